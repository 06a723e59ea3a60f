"""Readers: each turns the text of one input into Articles (plain text, HTML, feeds, JSON)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import feedparser
import trafilatura

from triangulate.errors import ExtractionError, IngestError
from triangulate.ingest.dates import parse_date
from triangulate.ingest.identity import make_article_id
from triangulate.ingest.layout import Layout, split_layout
from triangulate.models import Article, PublishedDate, Skipped

_FEED_TITLE_TAIL = re.compile(r"\s+[-–—|:]\s+")
_EMAIL_NAME = re.compile(r"^[^\s@]+@[^\s@]+\s*\((?P<name>[^()]+)\)$")
#: JSON field names read for each Article field, first match wins (documented in docs/ingest.md).
JSON_FIELDS: Mapping[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "maintext", "description"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "site", "sitename", "site_name", "publisher", "domain"),
    "published": ("published", "date", "published_at", "pubdate", "datePublished", "date_publish"),
    "url": ("url", "link", "canonical_url"),
    "author": ("author", "byline", "authors"),
}


def read_text(text: str, source: str) -> Article:
    """Read a plain-text report: title line, date line, desk label, dateline, body."""
    return build_article(split_layout(text), source)


def read_html(html: str, source: str) -> Article:
    """Read an HTML page: main text and metadata (title, date, site, author, URL)."""
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    if document is None or isinstance(document, dict) or not document.text:
        raise ExtractionError(f"{source}: no main text found in the HTML page")
    title = document.title or None
    layout = split_layout(document.text, title=title, has_title=False)
    return build_article(
        layout,
        source,
        title=title,
        outlet=document.sitename,
        published=parse_date(document.date),
        author=document.author,
        url=document.url,
    )


def read_feed(data: str, source: str) -> Iterator[Article | Skipped]:
    """Read an RSS/Atom feed: one article per entry, from its content or summary."""
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None) or "no entries"
        raise ExtractionError(f"{source}: not a readable RSS/Atom feed ({reason})")
    outlet = feed_outlet(feed.feed.get("title"))
    for number, entry in enumerate(feed.entries, 1):
        where = f"{source}#{number}"
        try:
            yield _feed_entry(entry, where, outlet)
        except IngestError as exc:
            yield Skipped(where, str(exc))


def feed_outlet(title: str | None) -> str | None:
    """Return the outlet a feed's title names: "Harbourline News - Latest" -> "Harbourline News"."""
    if not title:
        return None
    return _FEED_TITLE_TAIL.split(title.strip(), maxsplit=1)[0].strip() or title.strip()


def _feed_entry(entry: Any, source: str, outlet: str | None) -> Article:
    contents = entry.get("content") or []
    markup = contents[0].get("value", "") if contents else entry.get("summary", "")
    text = _fragment_text(markup)
    if not text:
        raise ExtractionError(f"{source}: feed entry has no content or summary")
    title = entry.get("title")
    published = parse_date(entry.get("published") or entry.get("updated"))
    layout = split_layout(text, title=title, has_title=False)
    return build_article(
        layout,
        source,
        title=title,
        outlet=outlet,
        published=published,
        author=_feed_author(entry.get("author")),
        url=entry.get("link"),
    )


def _feed_author(value: str | None) -> str | None:
    """Return the name in an RSS 2.0 author, "desk@example.com (Mira Castellane)"."""
    if not value or not value.strip():
        return None
    match = _EMAIL_NAME.match(value.strip())
    return match.group("name").strip() if match else value.strip()


def _fragment_text(markup: str) -> str:
    if "<" not in markup:
        return markup.strip()
    wrapped = f"<html><body><article>{markup}</article></body></html>"
    text = trafilatura.extract(wrapped, favor_recall=True, include_comments=False)
    return (text or "").strip()


def read_json(data: str, source: str) -> Iterator[Article | Skipped]:
    """Read JSON (one object or a list) or JSON Lines, mapping fields with :data:`JSON_FIELDS`.

    Records come out in input order; a bad line or record becomes a Skipped in its place.
    """
    stripped = data.lstrip()
    if stripped.startswith("["):
        try:
            records = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise ExtractionError(f"{source}: invalid JSON ({exc})") from exc
        items: list[tuple[str, Any] | Skipped] = [
            (f"{source}#{i}", r) for i, r in enumerate(records, 1)
        ]
    else:
        items = _json_lines(data, source)
    for item in items:
        if isinstance(item, Skipped):
            yield item
            continue
        where, record = item
        try:
            yield _json_record(record, where)
        except IngestError as exc:
            yield Skipped(where, str(exc))


def _json_lines(data: str, source: str) -> list[tuple[str, Any] | Skipped]:
    """Parse JSON Lines, or one object spread over many lines; a bad line becomes a Skipped."""
    items: list[tuple[str, Any] | Skipped] = []
    for line_no, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{line_no}"
        try:
            items.append((where, json.loads(line)))
        except json.JSONDecodeError as exc:
            if not items and data.lstrip().startswith("{"):
                try:
                    return [(source, json.loads(data))]
                except json.JSONDecodeError:
                    pass
            items.append(Skipped(where, f"invalid JSON ({exc.msg})"))
    return items


def _json_record(record: Any, source: str) -> Article:
    if not isinstance(record, dict):
        raise ExtractionError(f"expected a JSON object, got {type(record).__name__}")
    values = {name: _first(record, keys) for name, keys in JSON_FIELDS.items()}
    text = values["text"]
    if not text:
        raise ExtractionError(f"no text field (one of {', '.join(JSON_FIELDS['text'])})")
    if "<" in text and "</" in text:
        text = _fragment_text(text)
    layout = split_layout(text, title=values["title"], has_title=False)
    return build_article(
        layout,
        source,
        title=values["title"],
        outlet=values["outlet"],
        published=parse_date(values["published"]),
        author=values["author"],
        url=values["url"],
    )


def _first(record: Mapping[str, Any], keys: tuple[str, ...]) -> str | None:
    lowered = {k.lower(): v for k, v in record.items()}
    for key in keys:
        value = lowered.get(key.lower())
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        if isinstance(value, dict):
            value = value.get("name") or value.get("title")
        if value not in (None, ""):
            return str(value)
    return None


def build_article(
    layout: Layout,
    source: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    published: PublishedDate | None = None,
    author: str | None = None,
    url: str | None = None,
) -> Article:
    """Make an Article from a layout and metadata; metadata wins over what the text says."""
    if len(layout.body.split()) < 5:
        raise ExtractionError("no article text (fewer than five words)")
    title = title or layout.title
    return Article(
        article_id=make_article_id(layout.body, title),
        source=source,
        text=layout.body,
        title=title,
        outlet=outlet or layout.outlet,
        published=published or layout.published,
        dateline=layout.dateline,
        author=author or layout.author,
        url=url or layout.url,
        section=layout.section,
        boilerplate=layout.boilerplate,
        agency=layout.agency,
    )
