"""Story-level events (``events.merge.v2``): the same event told by several reports is one
record, with its date, its supporting claims and the independent origins behind it.

GDELT counts reports; this counts events. The story's event records (one coded PLOVER event
per sentence, ``extract.events``) are read as :class:`~triangulate.crossdoc.event_mentions.
EventMention` (parties, date, claims, origins) and two mentions are one event when:

- they have the same PLOVER type;
- their actors are the same (``crossdoc.parties``: one story entity, "Teodor Vanek" and
  "Interior Minister Teodor Vanek", or the words of one all in the other, "Trump" and
  "President Donald Trump"); or, when it is not known whether they are (one names none, or
  only a pronoun; "the company" and "Microsoft"), their sentences are in one claim
  (``crossdoc.claims``: the sentences were aligned) or they have the same recipient;
- their recipients are not different (the same, or one names none);
- their dates do not conflict ("strikes on Monday" and "strikes on Thursday" are two events;
  no date conflicts with none).

Mentions of one article may join (a lead and a later paragraph); a sentence is in one event
only. Candidate pairs come from an index of (type, party or claim) keys, so the cost grows
with the pairs that share one, not with all pairs; pairs are joined strongest first (same
actor, then a shared claim, the same recipient, the same date), and two groups join only
when no pair across them has different parties and their dates still meet.

Each event carries its date (the most precise date its mentions give; they all agree), when
it was first reported (its articles' earliest publication day, stated dates before inferred
ones), its claims, and its origins: the origins its own sentences rest on, counted as the
claims count them (two sentences resting on a shared name are not independent). A
syndicated copy never counts: of each text only its original's sentences count, or, when
the original does not tell the event, one copy's.

``merge_events_v1`` (``events.merge.v1``: same type and the same name keys of actor and
recipient, every origin of every article counted) is kept for comparison
(``benchmarks/event_merge.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from triangulate.crossdoc.entities import name_key
from triangulate.crossdoc.event_mentions import EventMention
from triangulate.crossdoc.origins import independent_origins
from triangulate.crossdoc.parties import same_parties
from triangulate.models import EventRecord, StoryEvent
from triangulate.temporal.intervals import Interval, length, overlaps

METHOD = "events.merge.v2"
METHOD_V1 = "events.merge.v1"


def merge_events(mentions: Sequence[EventMention]) -> list[StoryEvent]:
    """Merge the event mentions of one story into its events, best supported first."""
    groups = _Groups(mentions)
    for first, second in _candidates(mentions):
        groups.join(first, second)
    events = [_event([mentions[n] for n in members]) for members in groups.members()]
    return sorted(
        events,
        key=lambda e: (-e.independent_origins, -len(e.article_ids), e.event, e.records[0].start),
    )


def _candidates(mentions: Sequence[EventMention]) -> list[tuple[int, int]]:
    """Pairs of mentions that may tell one event, strongest first: only mentions of one type
    that share a party key or a claim are compared."""
    postings: dict[tuple[str, str], list[int]] = {}
    for number, mention in enumerate(mentions):
        for key in _keys(mention):
            postings.setdefault((mention.record.event, key), []).append(number)
    pairs = {
        (first, second)
        for numbers in postings.values()
        for at, first in enumerate(numbers)
        for second in numbers[at + 1 :]
    }
    scored = [
        (strength, first, second)
        for first, second in pairs
        if (strength := _strength(mentions[first], mentions[second])) > 0
    ]
    return [(first, second) for _, first, second in sorted(scored, key=lambda s: (-s[0], *s[1:]))]


def _keys(mention: EventMention) -> set[str]:
    """The keys two mentions that may tell one event share: a claim, an entity or a word of
    an actor, of a recipient (two parties are the same only if they share a word)."""
    keys = {f"claim:{claim_id}" for claim_id in mention.claim_ids}
    for role, parties in (("actor", mention.actor), ("recipient", mention.recipient)):
        for party in parties:
            keys.update(f"{role}:{word}" for word in party.words)
            if party.entity_id is not None:
                keys.add(f"{role}:{party.entity_id}")
    return keys


def _strength(one: EventMention, other: EventMention) -> int:
    """How surely two mentions tell one event (0: they may not)."""
    if _differ(one, other):
        return 0
    actors = same_parties(one.actor, other.actor)
    shared_claim = bool(set(one.claim_ids) & set(other.claim_ids))
    same_recipient = same_parties(one.recipient, other.recipient) is True
    if actors is None and not (shared_claim or same_recipient):
        return 0
    dated_alike = one.days is not None and other.days is not None  # dates that meet
    return 8 * (actors is True) + 4 * shared_claim + 2 * same_recipient + dated_alike


def _differ(one: EventMention, other: EventMention) -> bool:
    """True when two mentions cannot tell one event: other types, other parties, or dates
    that cannot meet."""
    if one.record.event != other.record.event:
        return True
    if same_parties(one.actor, other.actor) is False:
        return True
    if same_parties(one.recipient, other.recipient) is False:
        return True
    return one.days is not None and other.days is not None and not overlaps(one.days, other.days)


class _Groups:
    """Mentions joined into events: each group keeps its members and the days all of its
    dated members allow."""

    def __init__(self, mentions: Sequence[EventMention]) -> None:
        self._mentions = mentions
        self._group_of = list(range(len(mentions)))
        self._members = {n: [n] for n in range(len(mentions))}
        self._days: dict[int, Interval | None] = {n: m.days for n, m in enumerate(mentions)}

    def join(self, first: int, second: int) -> None:
        kept, gone = self._group_of[first], self._group_of[second]
        if kept == gone:
            return
        days, other = self._days[kept], self._days[gone]
        if days is not None and other is not None:
            if not overlaps(days, other):
                return
            days = (max(days[0], other[0]), min(days[1], other[1]))
        mentions = self._mentions
        if any(
            _differ(mentions[a], mentions[b])
            for a in self._members[kept]
            for b in self._members[gone]
        ):
            return
        for number in self._members[gone]:
            self._group_of[number] = kept
        self._members[kept].extend(self._members.pop(gone))
        self._days[kept] = days if days is not None else other
        del self._days[gone]

    def members(self) -> list[list[int]]:
        return [sorted(members) for members in self._members.values()]


def _event(members: Sequence[EventMention]) -> StoryEvent:
    first = members[0]
    named = next((m for m in members if m.actor), first)
    receiving = next((m for m in members if m.recipient), first)
    counted = _counted(members)
    origins = dict.fromkeys(name.casefold() for m in counted for name in m.origins)
    return StoryEvent(
        event=first.record.event,
        mode=first.record.mode,
        actor=named.record.actor,
        recipient=receiving.record.recipient,
        date=_date(members),
        records=tuple(m.record for m in members),
        article_ids=tuple(dict.fromkeys(m.record.article_id for m in members)),
        independent_origins=independent_origins(
            frozenset(name.casefold() for name in m.origins) for m in counted
        ),
        first_reported=_first_reported(members),
        claim_ids=tuple(dict.fromkeys(c for m in members for c in m.claim_ids)),
        origins=tuple(
            next(name for m in counted for name in m.origins if name.casefold() == key)
            for key in origins
        ),
    )


def _date(members: Sequence[EventMention]) -> str | None:
    """The most precise date the mentions give (they all agree), the first of a tie."""
    dated = [(length(m.days), m.order, m.date) for m in members if m.days is not None]
    return min(dated)[2] if dated else None


def _counted(members: Sequence[EventMention]) -> list[EventMention]:
    """The mentions whose origins count: of each text, its original's, or when the original
    does not tell the event, the first copy's (a copy says nothing its original did not)."""
    by_version: dict[str, list[EventMention]] = {}
    for mention in members:
        by_version.setdefault(mention.version, []).append(mention)
    counted = []
    for version, mentions in by_version.items():
        teller = version if any(m.record.article_id == version for m in mentions) else None
        teller = teller or mentions[0].record.article_id
        counted += [m for m in mentions if m.record.article_id == teller]
    return counted


def _first_reported(members: Iterable[EventMention]) -> str | None:
    """The earliest day an article of the event may have been published: of the stated
    dates, or of the inferred ones when none is stated."""
    stated = [m.published[0] for m in members if m.published is not None and not m.inferred]
    days = stated or [m.published[0] for m in members if m.published is not None]
    return min(days).isoformat() if days else None


def merge_events_v1(
    records: Iterable[EventRecord], origins_of: Callable[[str], Sequence[str]]
) -> list[StoryEvent]:
    """Merge ``records`` of one story the first way (``events.merge.v1``): records with the
    same type and the same name keys of actor and recipient are one event, and every origin
    of its articles (``origins_of``) counts."""
    groups: dict[tuple[str, tuple[str, ...], tuple[str, ...]], list[EventRecord]] = {}
    for record in records:
        key = (
            record.event,
            tuple(name_key(a) for a in record.actor),
            tuple(name_key(r) for r in record.recipient),
        )
        groups.setdefault(key, []).append(record)
    events = []
    for members in groups.values():
        article_ids = tuple(dict.fromkeys(r.article_id for r in members))
        origins = {name for article_id in article_ids for name in origins_of(article_id)}
        first = members[0]
        events.append(
            StoryEvent(
                event=first.event,
                mode=first.mode,
                actor=first.actor,
                recipient=first.recipient,
                date=None,
                records=tuple(members),
                article_ids=article_ids,
                independent_origins=len(origins),
            )
        )
    return sorted(events, key=lambda e: (-e.independent_origins, -len(e.article_ids), e.event))
