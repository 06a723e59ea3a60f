"""A story's timeline (second version): dated happenings, with the dates articles give them.

The happenings come from ``crossdoc.happenings``: dated sentences of the story's articles
grouped by what they say, with conflicting dates recorded, and the conflict-free ones of a
day gathered. Each becomes one item:

* its date is the one most of its origins agree on (a syndicated copy counts with its
  original), written as the most precise value among them ("2026-02-23" rather than "late
  last month"); the other dates, with their articles and evidence, are its ``conflicts``;
* its kind is *happened* when some article puts it on or before its publication date, else
  *scheduled* (after the publication date, or in the future tense);
* its evidence is every sentence that dates it, in story order, and its text the sentence of
  its most precise date.

Each stated publication date is a *reported* item. Articles whose date was inferred
(``crossdoc.pubdate``) take part with their inferred range and re-anchored values, but their
publication is not a reported item (the article's ``published`` says it was inferred).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from triangulate.crossdoc.happenings import (
    Group,
    HappeningOptions,
    Observation,
    group_happenings,
    observe,
)
from triangulate.models import Analysis, Article, Evidence, TimelineConflict, TimelineItem
from triangulate.temporal.intervals import granularity, interval, length

METHOD = "timeline.v2"
_KINDS = {"happened": 0, "reported": 1, "scheduled": 2}


def build_timeline(
    article_ids: Sequence[str],
    articles: Mapping[str, Article],
    analyses: Mapping[str, Analysis],
    options: HappeningOptions | None = None,
) -> list[TimelineItem]:
    """Return the timeline of a story's articles, in date order."""
    ids = [a for a in dict.fromkeys(article_ids) if a in articles]
    observations, passages = observe(ids, articles, analyses)
    items = [
        _item(h.groups, observations, articles)
        for h in group_happenings(observations, passages, options)
    ]
    items.extend(_reported(ids, articles))
    return sorted(items, key=_order)


def _item(
    groups: Sequence[Group], observations: Sequence[Observation], articles: Mapping[str, Article]
) -> TimelineItem:
    """The item of a happening: the date most origins give; the other dates are conflicts."""

    def support(group: Group) -> tuple[int, int, date]:
        origins = {_origin(observations[n].article_id, articles) for n in group[1]}
        return -len(origins), length(group[0]), group[0][0]

    main, *others = sorted(groups, key=support)
    members = [observations[n] for n in main[1]]
    best = _most_precise(members)
    return TimelineItem(
        date=best.value,
        precision=granularity(best.value),
        kind="happened" if any(o.kind == "happened" for o in members) else "scheduled",
        text=best.evidence.text,
        article_ids=_articles(members),
        evidence=_evidence(members),
        conflicts=tuple(
            _conflict([observations[n] for n in group[1]])
            for group in sorted(others, key=lambda g: g[0])
        ),
    )


def _conflict(members: Sequence[Observation]) -> TimelineConflict:
    best = _most_precise(members)
    return TimelineConflict(
        date=best.value,
        precision=granularity(best.value),
        article_ids=_articles(members),
        evidence=_evidence(members),
    )


def _origin(article_id: str, articles: Mapping[str, Article]) -> str:
    """A syndicated copy counts as its original."""
    return articles[article_id].copy_of or article_id


def _most_precise(members: Sequence[Observation]) -> Observation:
    return min(members, key=lambda o: (length(o.span), o.order, o.evidence.start))


def _articles(members: Sequence[Observation]) -> tuple[str, ...]:
    ordered = sorted(members, key=lambda o: (o.order, o.evidence.start))
    return tuple(dict.fromkeys(o.article_id for o in ordered))


def _evidence(members: Sequence[Observation]) -> tuple[Evidence, ...]:
    ordered = sorted(members, key=lambda o: (o.order, o.evidence.start))
    return tuple(dict.fromkeys(o.evidence for o in ordered))


def _reported(ids: Sequence[str], articles: Mapping[str, Article]) -> list[TimelineItem]:
    """One *reported* item per stated publication date, with the articles published then."""
    merged: dict[str, list[Article]] = {}
    for article_id in ids:
        published = articles[article_id].published
        if published is None or published.inferred or not published.value:
            continue
        if interval(published.value) is not None:
            merged.setdefault(published.value, []).append(articles[article_id])
    return [
        TimelineItem(
            date=value,
            precision=granularity(value),
            kind="reported",
            text=group[0].title or group[0].outlet or group[0].source,
            article_ids=tuple(a.article_id for a in group),
            evidence=(),
        )
        for value, group in merged.items()
    ]


def _order(item: TimelineItem) -> tuple[date, date, int, str]:
    span = interval(item.date)
    assert span is not None  # every item's date is a calendar value
    return span[0], span[1], _KINDS[item.kind], item.date
