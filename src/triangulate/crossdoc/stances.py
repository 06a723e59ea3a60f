"""How two articles' sentences of one claim state it: who does it, when, and how surely.

Each sentence carries the propositions the per-article extractor found in it
(:class:`~triangulate.models.Proposition`: predicate, who, what, polarity, modality). Two
propositions of different articles with the same predicate ("strike", "agree"; not "be" or
"have", which say too little) can disagree:

- in **modality**, when they have the same actor and object: one outlet says they "discussed" new
  strikes, another that they "agreed" to them; one says a thing happened, another that it
  "might". A negation counts here too: "an agreement was reached" against "no agreement was
  reached". A later report that states more firmly what an earlier one expected ("is
  expected to present the cup", then "presented the trophy"; "offered to cut", then "will
  cut") is the story moving on, not a conflict;
- in **actor**, when they act on the same thing (their objects share a word) and no
  proposition of the other sentence has the same predicate and actor: one says Israel
  struck the sites, the other that the United States did. Actors are compared by the
  entity their words name (``actor_of``); two entities of one country ("Iran" and its
  president) are no conflict, nor a name and its short form ("Palin", "Sarah Palin";
  "Microsoft Corp."), nor an actor the text does not name (a pronoun, a passive without
  agent, "the head of the family"). An apposition is cut from the actor's words;
- in **date**, when they have the same actor and each clause gives one calendar date, of
  the same tense, and the two cannot be the same day ("on Monday" against "on Tuesday";
  "late last month" and a Monday in it agree). A date outside the clauses of the
  predicate (a date line, the year of some earlier event) is not compared.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from triangulate.models import Entity, Proposition, TimeExpr
from triangulate.nlp.lexicons.proposition_cues import MODALITIES
from triangulate.temporal.intervals import Interval, overlaps

_RANK = {modality: rank for rank, modality in enumerate(MODALITIES)}  # weakest first
_STATIVE = frozenset({"be", "have"})  # predicates that say too little to compare
_WORD = re.compile(r"[^\W\d_]{4,}")  # words of four letters or more, to compare objects
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_JOINED = re.compile(r"\s(?:and|&)\s", re.IGNORECASE)

#: (entity name, country or None) of the words ``article_id[start:end]``, None if they name none
ActorOf = Callable[[str, int, int], tuple[str, str | None] | None]
Dated = tuple[TimeExpr, Interval]


@dataclass(frozen=True, slots=True)
class Stated:
    """A proposition as one article states it: with its article's publication day and the
    dates its clause gives."""

    proposition: Proposition
    day: date | None = None
    dates: tuple[Dated, ...] = ()


def clashes(
    first: Stated, others: Sequence[Stated], actor_of: ActorOf | None
) -> list[tuple[str, str]]:
    """The (type, detail) conflicts between one article's statement and another article's
    statements of one sentence: ``modality`` and ``date`` against those of the same
    predicate and actor, ``actor`` when none of the same predicate has its actor."""
    one = first.proposition
    if one.predicate in _STATIVE:
        return []
    alike = [o for o in others if o.proposition.predicate == one.predicate]
    same = [o for o in alike if _same_actor(one, o.proposition, actor_of)]
    found = []
    for second in same:
        if not _same_object(one, second.proposition, missing=True):
            continue  # "did not hear a shot" and "heard a commotion" tell two things
        modality = _modality(first, second)
        if modality is not None:
            found.append(("modality", modality))
        dated = _date(first, second)
        if dated is not None:
            found.append(("date", dated))
    if not same and actor_of is not None:
        for second in alike:
            other = second.proposition
            actors = _actors(one, other, actor_of) if _same_object(one, other) else None
            if actors is not None:
                found.append(("actor", f"{one.predicate}: {actors[0]} vs {actors[1]}"))
    return found


def stance(proposition: Proposition) -> str:
    """The modality of a proposition, with "not" before it when it is negated."""
    negated = proposition.polarity == "negative"
    return f"not {proposition.modality}" if negated else proposition.modality


def entity_actors(entities: Iterable[Entity]) -> ActorOf:
    """An :data:`ActorOf` over a story's entities: words name the entity of a mention that
    ends where they end ("Israeli Prime Minister Benjamin Netanyahu": Benjamin Netanyahu;
    "the head of the Genovese family": nothing), unless they join several ("the FBI and
    ATF")."""
    by_article: dict[str, list[tuple[int, int, Entity]]] = {}
    for entity in entities:
        for mention in entity.mentions:
            by_article.setdefault(mention.article_id, []).append(
                (mention.start, mention.end, entity)
            )
    for spans in by_article.values():
        spans.sort(key=lambda span: (span[0], span[1]))

    def actor_of(article_id: str, start: int, end: int) -> tuple[str, str | None] | None:
        spans = by_article.get(article_id, [])
        heads = []
        for at in range(bisect_left(spans, (start, -1)), len(spans)):
            span = spans[at]
            if span[0] >= end:
                break
            if end - 2 <= span[1] <= end:  # the words end with the name ("Trump's": 's)
                heads.append(span)
        if not heads:
            return None
        _, _, entity = max(heads, key=lambda span: span[1] - span[0])
        return entity.name, entity.country

    return actor_of


def _same_actor(one: Proposition, other: Proposition, actor_of: ActorOf | None) -> bool:
    """True when both have no actor, or name one: one entity, or the same last word."""
    if one.who is None or other.who is None:
        return one.who is None and other.who is None
    if actor_of is not None:
        named = _actor(one, actor_of), _actor(other, actor_of)
        if named[0] is not None and named[1] is not None:
            return _one_name(named[0][0], named[1][0])
    return one.who.split()[-1].casefold() == other.who.split()[-1].casefold()


def _modality(first: Stated, second: Stated) -> str | None:
    """``"strike: discussed vs agreed"``, unless the later article states more firmly what
    the earlier one expected (same polarity): then the story moved on."""
    one, other = first.proposition, second.proposition
    if stance(one) == stance(other):
        return None
    if first.day is not None and second.day is not None and first.day != second.day:
        before, after = (one, other) if first.day < second.day else (other, one)
        firmer = _RANK.get(after.modality, -1) > _RANK.get(before.modality, -1)
        if firmer and after.polarity == before.polarity:
            return None
    return f"{one.predicate}: {stance(one)} vs {stance(other)}"


def _date(first: Stated, second: Stated) -> str | None:
    """``"fail: on Monday (2026-02-23) vs on Tuesday (2026-02-24)"`` when each clause gives
    one date of the same tense and the two cannot be the same day."""
    if len(first.dates) != 1 or len(second.dates) != 1:
        return None
    (timex, days), (other, other_days) = first.dates[0], second.dates[0]
    if timex.tense is None or timex.tense != other.tense or overlaps(days, other_days):
        return None
    return (
        f"{first.proposition.predicate}: {timex.text} ({timex.value})"
        f" vs {other.text} ({other.value})"
    )


def _same_object(one: Proposition, other: Proposition, missing: bool = False) -> bool:
    """True when the two objects share a word of four letters or more; ``missing`` when
    either has no object."""
    if not one.what or not other.what:
        return missing
    words = {w.casefold() for w in _WORD.findall(one.what)}
    return bool(words & {w.casefold() for w in _WORD.findall(other.what)})


def _actors(one: Proposition, other: Proposition, actor_of: ActorOf) -> tuple[str, str] | None:
    """The names of two different actors of different (or unknown) countries, or None."""
    first, second = _actor(one, actor_of), _actor(other, actor_of)
    if first is None or second is None or _one_name(first[0], second[0]):
        return None
    if first[1] is not None and first[1] == second[1]:
        return None  # a country and its government, or two of its officials
    return first[0], second[0]


def _actor(proposition: Proposition, actor_of: ActorOf) -> tuple[str, str | None] | None:
    """The entity an actor's words name, up to an apposition ("Lo Presti, alleged boss of a
    clan in Palermo": Lo Presti)."""
    start, end, who = proposition.who_start, proposition.who_end, proposition.who
    if start is None or end is None or who is None:
        return None
    who = who.split(",", 1)[0]
    if _JOINED.search(who):
        return None
    return actor_of(proposition.article_id, start, start + len(who.rstrip()))


def _one_name(first: str, second: str) -> bool:
    """True when two names are one, or one is the other's first or last words ("Palin",
    "Sarah Palin"; "Saints", "The New Orleans Saints"; "Microsoft", "Microsoft Corp."), a
    generational suffix aside ("Anthony LaCalamita III")."""
    one, other = _name_words(first), _name_words(second)
    short, long = sorted((one, other), key=len)
    return bool(short) and short in (long[: len(short)], long[-len(short) :])


def _name_words(name: str) -> list[str]:
    """A name's casefolded words without a generational suffix ("Jr.", "III")."""
    words = name.casefold().split()
    return words[:-1] if len(words) > 1 and words[-1].rstrip(".,") in _SUFFIXES else words


def dates_in(proposition: Proposition, dates: Sequence[Dated]) -> tuple[Dated, ...]:
    """The dates inside a proposition's clause."""
    return tuple(
        (timex, days)
        for timex, days in dates
        if proposition.start <= timex.start and timex.end <= proposition.end
    )
