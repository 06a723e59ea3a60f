"""Event mentions: each coded event record of a story, with what the story knows of its
sentence.

A record (``extract.events``: one PLOVER event per sentence, with actor and recipient words)
becomes an :class:`EventMention` carrying:

- its **parties**, read against the story's entities (``crossdoc.parties``);
- its **date**: the calendar dates its sentence gives for what it tells, as the claims read
  them (``crossdoc.claims.sentence_dates``: inside the content of an attribution when there is
  one, so "said on Tuesday that the dam failed on Monday" dates the failure Monday; no time
  stamps). One date, or several that overlap, give the most precise; dates that cannot be
  the same day say nothing. The value written is the story's agreed one: the date of the
  timeline's happening (``crossdoc.timeline``) that holds the sentence with an overlapping
  date ("late last month" is 2025-12-29 when the story's articles agree on that Monday);
- its **claims**: the ids of the story's claims (``crossdoc.claims``) with the sentence among
  their evidence;
- its **origins**: what its sentence rests on, by the rule the claims use
  (``crossdoc.claims.sentence_provenance``): the outlet that relays it ("according to
  Axios"), the outlet that is its source ("Axios reported"), else what its article rests on;
- its **version**: the article whose text it is (a syndicated copy's original), so that a
  copy never counts as another origin.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from triangulate.crossdoc.claims import sentence_dates, sentence_provenance
from triangulate.crossdoc.origins import copy_chain
from triangulate.crossdoc.parties import Party, read_parties
from triangulate.models import Analysis, Article, ClaimGroup, Entity, EventRecord, TimelineItem
from triangulate.temporal.intervals import Interval, interval, length, overlaps, published_interval

Spans = dict[str, list[tuple[int, int, str]]]  # per article: start, end and what they hold


@dataclass(frozen=True, slots=True)
class EventMention:
    """One event record of a story, read for merging with the others."""

    record: EventRecord
    order: int  # the record's position in the story: articles in order, then text order
    actor: tuple[Party, ...]
    recipient: tuple[Party, ...]
    date: str | None = None  # TIMEX3 value of when it happened, as the story agrees
    days: Interval | None = None  # the days that value can mean
    claim_ids: tuple[str, ...] = ()
    origins: tuple[str, ...] = ()  # what its sentence rests on, as written
    version: str = ""  # the article whose text it is: a copy's original, else its own
    published: Interval | None = None  # the days its article may have been published on
    inferred: bool = False  # its article's publication date was worked out, not stated


def event_mentions(
    article_ids: Sequence[str],
    articles: Mapping[str, Article],
    analyses: Mapping[str, Analysis],
    *,
    origins_of: Callable[[str], Sequence[str]],
    by_name: Mapping[str, Entity],
    claims: Sequence[ClaimGroup] = (),
    timeline: Sequence[TimelineItem] = (),
) -> list[EventMention]:
    """Return the event mentions of a story's articles, in story order.

    Args:
        article_ids: the story's articles, in story order.
        articles: the articles by id (originals of copies included when known).
        analyses: their analyses.
        origins_of: what an article rests on (the outlets it cites, or its own; a copy's:
            its original's).
        by_name: the story's entities by the name key of each name and alias.
        claims: the story's claims (``crossdoc.claims.group_claims``).
        timeline: the story's timeline (``crossdoc.timeline.build_timeline``).
    """
    in_claims = _spans(
        (e.article_id, e.start, e.end, c.claim_id) for c in claims for e in c.evidence
    )
    happenings = _spans(
        (e.article_id, e.start, e.end, item.date)
        for item in timeline
        if item.kind != "reported"
        for e in item.evidence
    )
    found: list[EventMention] = []
    for article_id in dict.fromkeys(article_ids):
        analysis, article = analyses.get(article_id), articles.get(article_id)
        if analysis is None or article is None:
            continue
        rests_on = tuple(origins_of(article_id))
        published = article.published
        for record in sorted(analysis.events, key=lambda r: r.start):
            span = (record.start, record.end)
            names, _ = sentence_provenance(span, analysis.quotes, rests_on)
            date, days = _date(record, analysis, article.text, happenings)
            found.append(
                EventMention(
                    record=record,
                    order=len(found),
                    actor=read_parties(record.actor, by_name),
                    recipient=read_parties(record.recipient, by_name),
                    date=date,
                    days=days,
                    claim_ids=_holding(in_claims, record),
                    origins=names,
                    version=copy_chain(article_id, articles)[-1],
                    published=published_interval(published),
                    inferred=published is not None and published.inferred,
                )
            )
    return found


def _date(
    record: EventRecord, analysis: Analysis, text: str, happenings: Spans
) -> tuple[str | None, Interval | None]:
    """The date of what the record's sentence tells, as the story agrees on it (see the
    module docstring), and its days."""
    dated = sentence_dates((record.start, record.end), analysis, text)
    if not dated:
        return None, None
    timex, days = min(dated, key=lambda d: length(d[1]))
    if any(not overlaps(days, other) for _, other in dated):
        return None, None  # two days it cannot be both of: which is the event's is not known
    agreed = [
        (value, span)
        for value in _holding(happenings, record)
        if (span := interval(value)) is not None and overlaps(span, days)
    ]
    if agreed:
        value, span = min(agreed, key=lambda a: length(a[1]))
        if length(span) <= length(days):
            return value, span
    return timex.value, days


def _spans(items: Iterable[tuple[str, int, int, str]]) -> Spans:
    found: Spans = {}
    for article_id, start, end, what in items:
        found.setdefault(article_id, []).append((start, end, what))
    return found


def _holding(spans: Spans, record: EventRecord) -> tuple[str, ...]:
    """What the spans of the record's article that hold most of its sentence hold."""
    size = record.end - record.start
    return tuple(
        dict.fromkeys(
            what
            for start, end, what in spans.get(record.article_id, ())
            if 2 * (min(end, record.end) - max(start, record.start)) > size
        )
    )
