"""Exports of a report's story-level events as rows: CSV, JSON Lines or Parquet.

One row per event of a story (the same event told by several articles is one row, with its
date, when it was first reported, the claims that hold its sentences, and the origins and
number of independent origins behind it). The columns are :data:`EVENT_COLUMNS`; ``actor``,
``recipient``, ``articles``, ``claims`` and ``origins`` are lists (joined by "; " in CSV);
``cameo_root``, ``cameo_label`` and ``goldstein`` come from the PLOVER type
(``nlp.lexicons.cameo``). Files are written to a temporary name and renamed, so a crash
never leaves half a file.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from triangulate.errors import TriangulateError
from triangulate.nlp.lexicons.cameo import CAMEO_ROOTS

FORMATS = ("csv", "jsonl", "parquet")
_CODES = ("actor_country", "actor_sector", "recipient_country", "recipient_sector")

#: (column, meaning) of an exported event
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("story_id", "the story the event belongs to"),
    ("story_title", "the story's title"),
    ("event", "PLOVER 2.0 event type (AGREE, ..., ASSAULT)"),
    ("mode", "PLOVER mode, or empty"),
    ("contexts", "PLOVER contexts of its sentences (military, diplomatic, ...)"),
    ("actor", "who did it: the actor's words in the article, one per party"),
    ("recipient", "to whom: the recipient's words, one per party"),
    ("actor_country", "each actor party's country, ISO 3166 alpha-3, or empty"),
    ("actor_sector", "each actor party's sector (GOV, MIL, REB, ...), or empty"),
    ("recipient_country", "each recipient party's country, or empty"),
    ("recipient_sector", "each recipient party's sector, or empty"),
    ("date", "TIMEX3 date of the event when known, as its reports agree (2026-02-23, 2026-02)"),
    ("first_reported", "the earliest publication day of its articles (2026-02-24), or empty"),
    ("articles", "ids of the articles that report it"),
    ("claims", "ids of the story's claims that hold its sentences"),
    ("origins", "the origins its sentences rest on (outlets, agencies), copies counted once"),
    ("independent_origins", "how many independent origins stand behind it"),
    ("cameo_root", "the CAMEO root code of the PLOVER type (two digits)"),
    ("cameo_label", "that root's label"),
    ("goldstein", "that root's Goldstein score, -10 (conflict) to 10 (cooperation)"),
    ("evidence", "the sentence of the first article that reports it"),
)


def event_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The events of every story of ``report`` (as :func:`~triangulate.report.build_report`
    builds it), one row each, with the columns of :data:`EVENT_COLUMNS`."""
    rows = []
    for story in report["stories"]:
        for event in story.get("events", []):
            root, label, goldstein = CAMEO_ROOTS.get(event["event"], (None, None, None))
            evidence = event.get("evidence") or [{}]
            rows.append(
                {
                    "story_id": story["id"],
                    "story_title": story["title"],
                    "event": event["event"],
                    "mode": event.get("mode"),
                    "contexts": list(event.get("contexts", [])),
                    "actor": list(event["actor"]),
                    "recipient": list(event["recipient"]),
                    **{key: list(event.get(key, [])) for key in _CODES},
                    "date": event.get("date"),
                    "first_reported": event.get("first_reported"),
                    "articles": list(event["articles"]),
                    "claims": list(event.get("claims", [])),
                    "origins": list(event.get("origins", [])),
                    "independent_origins": event["independent_origins"],
                    "cameo_root": root,
                    "cameo_label": label,
                    "goldstein": goldstein,
                    "evidence": evidence[0].get("text"),
                }
            )
    return rows


def write_rows(rows: Sequence[dict[str, Any]], path: Path, fmt: str) -> Path:
    """Write ``rows`` to ``path`` as ``fmt`` (csv, jsonl or parquet); return the path.

    Raises:
        TriangulateError: an unknown format, or the file cannot be written.
    """
    if fmt not in FORMATS:
        raise TriangulateError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    temporary = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        {"csv": _csv, "jsonl": _jsonl, "parquet": _parquet}[fmt](rows, temporary)
        temporary.replace(path)
    except OSError as exc:
        raise TriangulateError(f"cannot write {path}: {exc}") from exc
    return path


def _csv(rows: Sequence[dict[str, Any]], path: Path) -> None:
    names = [name for name, _ in EVENT_COLUMNS]
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=names)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _joined(v) if isinstance(v, list) else v for k, v in row.items()})


def _joined(values: list[str | None]) -> str:
    return "; ".join(value or "" for value in values)


def _jsonl(rows: Sequence[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _parquet(rows: Sequence[dict[str, Any]], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    strings, lists = pa.string(), pa.list_(pa.string())
    listed = ("contexts", "actor", "recipient", "articles", "claims", "origins", *_CODES)
    types = {name: lists for name in listed}
    types |= {"independent_origins": pa.int64(), "goldstein": pa.float64()}
    schema = pa.schema([(name, types.get(name, strings)) for name, _ in EVENT_COLUMNS])
    columns = {name: [row[name] for row in rows] for name, _ in EVENT_COLUMNS}
    pq.write_table(pa.table(columns, schema=schema), path)
