"""Ingest: turn paths, globs, directories and stdin into Articles; report what cannot be read.

One bad input never stops a batch: it becomes a :class:`~triangulate.models.Skipped` record
naming the input and the reason.
"""

from __future__ import annotations

import glob
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from triangulate.config import Settings
from triangulate.errors import IngestError
from triangulate.ingest.decode import decode_bytes
from triangulate.ingest.readers import read_feed, read_html, read_json, read_text
from triangulate.models import Article, Skipped

__all__ = ["expand_inputs", "read_bytes", "read_inputs"]

log = logging.getLogger(__name__)

_HTML = {".html", ".htm", ".xhtml", ".shtml"}
_FEED = {".rss", ".atom", ".xml"}
_JSON = {".json", ".jsonl", ".ndjson"}
_SKIP_NAMES = ("readme", "license", "licence", "changelog", "copying")


def expand_inputs(inputs: Iterable[str]) -> Iterator[str | Skipped]:
    """Yield file paths from paths, directories (recursively) and globs; ``-`` is stdin."""
    for item in inputs:
        if item == "-":
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                relative = child.relative_to(path).parts
                if any(part.startswith(".") for part in relative):
                    continue
                if _is_repository_file(child):
                    continue
                yield str(child)
        elif path.exists():
            yield str(path)
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield Skipped(item, "the pattern matches no file")
            for match in matches:
                yield from expand_inputs([match])
        else:
            yield Skipped(item, "no such file or directory")


def _is_repository_file(path: Path) -> bool:
    """Whether ``path`` is README, LICENSE and the like (any extension), not a report.

    Only the whole first name part counts: "license-fees-rise.txt" is a report.
    """
    return path.name.lower().split(".", 1)[0] in _SKIP_NAMES


def read_inputs(inputs: Iterable[str], settings: Settings) -> Iterator[Article | Skipped]:
    """Yield an Article for every readable report in ``inputs``, a Skipped for the rest."""
    for item in expand_inputs(inputs):
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            data = _load(item, settings.max_bytes)
            yield from read_bytes(data, item)
        except IngestError as exc:
            log.info("skipped %s: %s", item, exc)
            yield Skipped(item, str(exc))


def _load(item: str, max_bytes: int) -> bytes:
    try:
        if item == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            if Path(item).stat().st_size > max_bytes:
                raise IngestError(f"larger than the {max_bytes:,}-byte cap (max_bytes)")
            data = Path(item).read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise IngestError(f"larger than the {max_bytes:,}-byte cap (max_bytes)")
    return data


def read_bytes(data: bytes, source: str) -> Iterator[Article | Skipped]:
    """Decode ``data`` and read it with the reader its name or content calls for."""
    text = decode_bytes(data)
    suffix = Path(source).suffix.lower() if source != "-" else ""
    head = text.lstrip()[:512].lower()
    if suffix in _JSON or (suffix not in _HTML | _FEED and head.startswith(("{", "["))):
        yield from read_json(text, source)
    elif suffix in _FEED or "<rss" in head or "<feed" in head or "<rdf:rdf" in head:
        yield from read_feed(text, source)
    elif suffix in _HTML or head.startswith(("<!doctype html", "<html")):
        yield read_html(text, source)
    else:
        yield read_text(text, source)
