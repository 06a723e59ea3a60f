"""``predict``: one prediction line per input line, in the formats of BENCHMARKS.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triangulate.config import Settings
from triangulate.errors import IngestError, NotFound
from triangulate.predict import TASKS, predict

TEXT = (
    "Interior Minister Teodor Vanek said on Monday that the inquiry would report within 90 days. "
    "Rebels attacked a police station in the north of the country."
)
RECORDS = [
    {
        "doc_id": "d1",
        "id": "d1",
        "dct": "2026-03-02",
        "date": "2026-03-02",
        "title": "Inquiry",
        "text": TEXT,
    },
    {
        "doc_id": "d2",
        "id": "d2",
        "dct": "2026-03-03",
        "date": "2026-03-03",
        "title": "Inquiry",
        "text": TEXT,
    },
]


@pytest.mark.slow
@pytest.mark.parametrize("task", TASKS)
def test_predict_writes_one_line_per_input(task: str, tmp_path: Path, english_nlp) -> None:
    source = tmp_path / "gold.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in RECORDS))
    target = tmp_path / "pred.jsonl"
    assert predict(task, source, target, Settings(), english_nlp) == 2
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert len(lines) == 2
    key = "id" if task == "events" else "doc_id"
    assert [line[key] for line in lines] == ["d1", "d2"]
    field = {
        "timex": "timexes",
        "attribution": "attributions",
        "events": "events",
        "stories": "cluster",
    }[task]
    assert lines[0][field]
    if task == "timex":
        assert {"start", "end", "type", "value"} <= lines[0]["timexes"][0].keys()
        assert {"2026-03-02"} <= {t["value"] for t in lines[0]["timexes"]}
    if task == "events":  # parties carry PLOVER's entity fields
        assert {"text", "code", "sector"} <= lines[0]["events"][0]["actor"][0].keys()
    if task == "stories":
        assert lines[0]["cluster"] == lines[1]["cluster"]


@pytest.mark.parametrize("task", ["summaries"])
def test_predict_unknown_task_is_not_found(task: str, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        predict(task, tmp_path / "in.jsonl", tmp_path / "out.jsonl", Settings(), None)  # type: ignore[arg-type]


@pytest.mark.parametrize("content", ["{not json\n", "[1, 2]\n"])
def test_predict_bad_input_is_an_ingest_error(content: str, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(content)

    class _NoModel:
        def pipe(self, texts, batch_size=0):
            return iter(())

    with pytest.raises(IngestError, match=r"in\.jsonl:1"):
        predict("timex", source, tmp_path / "out.jsonl", Settings(), _NoModel())  # type: ignore[arg-type]


@pytest.mark.slow
@pytest.mark.issue(4)
def test_predict_attribution_is_univocal_and_cuts_the_cue_out_of_the_content(
    tmp_path: Path, english_nlp
) -> None:
    text = (
        "The minister declined to comment on the report. "
        "The inquiry, the minister said, would take a year."
    )
    source = tmp_path / "gold.jsonl"
    source.write_text(json.dumps({"doc_id": "d1", "text": text}) + "\n")
    target = tmp_path / "pred.jsonl"
    predict("attribution", source, target, Settings(), english_nlp)
    found = json.loads(target.read_text())["attributions"]
    cues = [text[a["cue"]["start"] : a["cue"]["end"]] for a in found]
    assert cues == ["declined", "said"]  # "comment on" lies inside what was declined
    pieces = [text[s:e] for s, e in found[1]["content_fragments"]]
    assert pieces == ["The inquiry", "would take a year"]
