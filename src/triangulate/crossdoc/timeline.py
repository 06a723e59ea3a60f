"""A story's timeline (first version): dated items that keep "when it happened" apart from
"when it was reported".

Each publication date is a *reported* item. Each calendar time expression becomes a
*happened* item when it falls on or before its article's publication date and a *scheduled*
item when after. Items with the same date and kind are merged, with every sentence that
supports them as evidence. Deeper anchoring and inferred dates come with the time extractor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from triangulate.models import Analysis, Article, Evidence, TimelineItem

METHOD = "timeline.v1"
_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_PRECISION = {4: "year", 7: "month", 10: "day"}


def build_timeline(
    article_ids: Sequence[str], articles: Mapping[str, Article], analyses: Mapping[str, Analysis]
) -> list[TimelineItem]:
    """Return the timeline of a story's articles, in date order."""
    merged: dict[tuple[str, str], list[tuple[str, str, Evidence | None]]] = {}
    for article_id in article_ids:
        article = articles[article_id]
        stated = article.published if article.published and not article.published.inferred else None
        published = stated.value if stated else None
        if published and _CALENDAR.match(published):
            title = article.title or article.outlet or article.source
            merged.setdefault((published, "reported"), []).append((article_id, title, None))
        analysis = analyses.get(article_id)
        for date, evidence in _dated_sentences(analysis, article.text) if analysis else ():
            kind = "scheduled" if published and date[: len(published)] > published else "happened"
            merged.setdefault((date, kind), []).append((article_id, evidence.text, evidence))
    items = [_item(date, kind, entries) for (date, kind), entries in merged.items()]
    return sorted(items, key=lambda i: (i.date, i.kind != "happened", i.kind))


def _dated_sentences(analysis: Analysis, text: str) -> Iterable[tuple[str, Evidence]]:
    for timex in analysis.timexes:
        if timex.type != "DATE" or not timex.value or not _CALENDAR.match(timex.value):
            continue
        start, end = next(
            ((s, e) for s, e in analysis.sentences if s <= timex.start < e),
            (timex.start, timex.end),
        )
        yield timex.value, Evidence(analysis.article_id, start, end, text[start:end])


def _item(date: str, kind: str, entries: list[tuple[str, str, Evidence | None]]) -> TimelineItem:
    article_ids = tuple(dict.fromkeys(article_id for article_id, _, _ in entries))
    evidence = tuple(dict.fromkeys(e for _, _, e in entries if e is not None))
    return TimelineItem(
        date=date,
        precision=_PRECISION[len(date)],
        kind=kind,
        text=entries[0][1],
        article_ids=article_ids,
        evidence=evidence,
    )
