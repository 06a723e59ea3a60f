"""Run one extractor over a benchmark file (the ``predict`` tasks of BENCHMARKS.md).

Each task reads only its input fields (never gold labels), runs the real pipeline and writes
one JSON line per input line, in input order, so researchers can score Triangulate with the
standard evaluators.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from triangulate.actors.gazetteer import load_gazetteer
from triangulate.actors.plover import party_codes
from triangulate.config import Settings
from triangulate.crossdoc.cluster import (
    ClusterInput,
    ClusterOptions,
    cluster_articles,
    publication_day,
)
from triangulate.errors import IngestError, NotFound
from triangulate.extract import attribution, citations, events, terms, timex
from triangulate.ingest.dates import parse_date
from triangulate.models import Article, Quote

Record = dict[str, Any]

TASKS = ("timex", "attribution", "events", "stories")


def predict(
    task: str, input_path: Path, output_path: Path, settings: Settings, nlp: Language
) -> int:
    """Run ``task`` on every line of ``input_path``; write predictions; return the line count.

    Raises:
        NotFound: the task is unknown.
        IngestError: the input is not JSON Lines or the output cannot be written.
    """
    if task not in TASKS:
        raise NotFound(f"unknown task {task!r}; choose one of {', '.join(TASKS)}")
    records = list(_read_jsonl(input_path))
    docs = nlp.pipe((_text(r) for r in records), batch_size=settings.batch_size)
    if task == "stories":
        lines = _stories(records, docs, settings)
    else:
        run = _PER_RECORD[task]
        lines = [run(record, doc) for record, doc in zip(records, docs, strict=True)]
    try:
        output_path.parent.mkdir(parents=True, exist_ok=True)
        with output_path.open("w", encoding="utf-8") as out:
            for line in lines:
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise IngestError(f"cannot write {output_path}: {exc}") from exc
    return len(lines)


def _timex(record: Record, doc: Doc) -> Record:
    article = _article(record, date_field="dct")
    found = timex.extract_timexes(doc, article)
    return {
        "doc_id": record.get("doc_id"),
        "timexes": [
            {"start": t.start, "end": t.end, "type": t.type, "value": t.value} for t in found
        ],
    }


def _attribution(record: Record, doc: Doc) -> Record:
    article = _article(record)
    cited = citations.extract_citations(doc, article)
    attributions = []
    for quote in attribution.univocal(attribution.extract_attributions(doc, article, cited)):
        source = None
        if quote.source_start is not None and quote.source_end is not None:
            source = {"start": quote.source_start, "end": quote.source_end}
        attributions.append(
            {
                "cue": {"start": quote.cue_start, "end": quote.cue_end},
                "source": source,
                "content": {"start": quote.start, "end": quote.end},
                "content_fragments": _fragments(quote),
                "kind": quote.kind,
            }
        )
    return {"doc_id": record.get("doc_id"), "attributions": attributions}


def _fragments(quote: Quote) -> list[list[int]]:
    """The content without the source and cue it wraps around ('"A," he said, "B."')."""
    inner = [(quote.cue_start, quote.cue_end)]
    if quote.source_start is not None and quote.source_end is not None:
        inner.append((quote.source_start, quote.source_end))
    inner = [(s, e) for s, e in inner if quote.start < s and e < quote.end]
    if not inner:
        return [[quote.start, quote.end]]
    cut_start, cut_end = min(s for s, _ in inner), max(e for _, e in inner)
    text, offset = quote.text, quote.start
    while cut_start > quote.start and text[cut_start - offset - 1] in " ,":
        cut_start -= 1
    while cut_end < quote.end and text[cut_end - offset] in " ,.\n":
        cut_end += 1
    return [[quote.start, cut_start], [cut_end, quote.end]]


def _events(record: Record, doc: Doc) -> Record:
    article = _article(record)
    found = events.extract_events(doc, article)
    gazetteer = load_gazetteer()

    def party(text: str) -> Record:
        code, sector = party_codes(text, gazetteer)
        return {"text": text, "code": code, "sector": sector}

    return {
        "id": record.get("id"),
        "events": [
            {
                "event": e.event,
                "mode": e.mode,
                "contexts": list(e.contexts),
                "actor": [party(a) for a in e.actor],
                "recipient": [party(r) for r in e.recipient],
            }
            for e in found
        ],
    }


def _stories(records: list[Record], docs: Iterator[Doc], settings: Settings) -> list[Record]:
    items = []
    for index, (record, doc) in enumerate(zip(records, docs, strict=True)):
        items.append(
            (
                record.get("date") or "9999",
                index,
                ClusterInput(
                    article_id=str(index),
                    terms=terms.extract_terms(doc, record.get("title")),
                    title=record.get("title"),
                    day=publication_day(_article(record).published),
                ),
            )
        )
    items.sort(key=lambda item: (item[0], item[1]))
    stories = cluster_articles(
        [item for _, _, item in items], ClusterOptions(threshold=settings.story_threshold)
    )
    cluster = {int(a): story.story_id for story in stories for a in story.article_ids}
    return [{"doc_id": r.get("doc_id"), "cluster": cluster[i]} for i, r in enumerate(records)]


_PER_RECORD: dict[str, Callable[[Record, Doc], Record]] = {
    "timex": _timex,
    "attribution": _attribution,
    "events": _events,
}


def _article(record: Record, date_field: str = "date") -> Article:
    raw = record.get(date_field)
    return Article(
        article_id=str(record.get("doc_id") or record.get("id") or ""),
        source="predict",
        text=_text(record),
        published=parse_date(raw) if isinstance(raw, str) else None,
    )


def _text(record: Record) -> str:
    text = record.get("text")
    return text if isinstance(text, str) else ""


def _read_jsonl(path: Path) -> Iterator[Record]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise IngestError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise IngestError(f"{path}:{number} is not JSON: {exc.msg}") from exc
            if not isinstance(record, dict):
                raise IngestError(f"{path}:{number} is not a JSON object")
            yield record
