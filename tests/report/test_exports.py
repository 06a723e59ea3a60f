"""Event exports: one row per story-level event, as CSV, JSON Lines or Parquet."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from triangulate.errors import TriangulateError
from triangulate.report.exports import EVENT_COLUMNS, event_rows, write_rows

pytestmark = pytest.mark.issue(6)

REPORT: dict[str, Any] = {
    "stories": [
        {
            "id": "s1",
            "title": "Dam, \"bursts\"; <b>42</b>",
            "events": [
                {
                    "event": "ASSAULT", "mode": None, "actor": ["Carvenian rebels", "militia"],
                    "recipient": ["Velmar"], "date": "2026-02-23", "articles": ["a", "b"],
                    "first_reported": "2026-02-24", "claims": ["c1a2b3"],
                    "origins": ["Meridian Press Agency", "Kestrel News Network"],
                    "actor_country": ["CRV", None], "actor_sector": ["REB", None],
                    "recipient_country": [None], "recipient_sector": [None],
                    "independent_origins": 2,
                    "evidence": [{"article": "a", "text": "Rebels shelled Velmar."}],
                },
                {
                    "event": "NOT-A-TYPE", "mode": None, "actor": [], "recipient": [],
                    "date": None, "articles": ["a"], "independent_origins": 1, "evidence": [],
                },
            ],
        }
    ]
}  # fmt: skip


def test_event_rows_carry_the_crosswalk() -> None:
    first, second = event_rows(REPORT)
    assert [name for name, _ in EVENT_COLUMNS] == list(first)
    assert (first["cameo_root"], first["cameo_label"], first["goldstein"]) == (
        "18",
        "Assault",
        -9.0,
    )
    assert first["evidence"] == "Rebels shelled Velmar."
    assert (second["cameo_root"], second["goldstein"], second["evidence"]) == (None, None, None)
    assert second["actor_country"] == []  # a report without codes exports empty lists
    assert (first["first_reported"], first["claims"]) == ("2026-02-24", ["c1a2b3"])
    assert (second["first_reported"], second["origins"]) == (None, [])


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_write_rows_round_trips(tmp_path: Path, fmt: str) -> None:
    rows = event_rows(REPORT)
    path = write_rows(rows, tmp_path / f"events.{fmt}", fmt)
    if fmt == "csv":
        with path.open(encoding="utf-8", newline="") as f:
            back = list(csv.DictReader(f))
        assert back[0]["actor"] == "Carvenian rebels; militia"
        assert (back[0]["actor_country"], back[0]["actor_sector"]) == ("CRV; ", "REB; ")
        assert back[0]["story_title"] == REPORT["stories"][0]["title"]
        assert back[0]["origins"] == "Meridian Press Agency; Kestrel News Network"
    elif fmt == "jsonl":
        back = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert back == rows
    else:
        table = pq.read_table(path)
        assert table.to_pylist() == rows
    assert not path.with_name(path.name + ".tmp").exists()


def test_write_rows_refuses_an_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(TriangulateError, match="unknown export format"):
        write_rows([], tmp_path / "x.xlsx", "xlsx")
