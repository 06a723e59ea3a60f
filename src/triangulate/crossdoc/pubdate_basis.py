"""The evidence for an inferred publication date, scored and said in plain words.

``crossdoc.pubdate`` finds, for each expression of an undated article, the sentences of
dated articles that tell the same happening (a *clue* and its *matches*); this module
scores a candidate publication day by them and writes the basis: which expressions, which
articles and which of their dates bound the inferred range, and what was set aside.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from triangulate.crossdoc.alignment import Passage
from triangulate.models import Article, TimeExpr
from triangulate.temporal.intervals import Interval, interval, overlaps

METHOD = "pubdate.v2"
EPSILON = 1e-9
_LISTED = 3  # matching articles named per expression

Meaning = tuple[str, Interval]  # a value as written (with its mod) and its interval
Dated = tuple[tuple[TimeExpr, tuple[Meaning, ...]], ...]  # a sentence's dated expressions
Anchored = Mapping[date, Sequence[TimeExpr]]  # the undated article's expressions, per day
_Scorer = Callable[[date], float]
_Bound = tuple[date | None, date | None]  # first and last day allowed; None: no bound


@dataclass(frozen=True, slots=True)
class Match:
    """A dated article's sentence that tells the same happening as an undated expression's."""

    passage: Passage
    similarity: float
    dated: Dated


@dataclass(frozen=True, slots=True)
class Clue:
    """One expression of the undated article and the dated sentences that match its own."""

    position: int
    timex: TimeExpr
    sentence: str
    matches: tuple[Match, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the basis is written from: the runs of best days (the chosen one first)."""

    clues: Sequence[Clue]
    runs: Sequence[Sequence[date]]
    anchored: Anchored
    window: Sequence[date]
    span: Interval
    capped: bool  # later days fitted as well but were cut at the latest dated article


def support(clue: Clue, span: Interval | None) -> float:
    """The summed similarity of the clue's matches whose dates ``span`` meets."""
    if span is None:
        return 0.0
    return sum(m.similarity for m in clue.matches if meets(span, m.dated))


def meets(span: Interval, dated: Dated) -> bool:
    """Whether ``span`` overlaps any meaning of any of a sentence's dated expressions."""
    return any(overlaps(span, s) for _, meanings in dated for _, s in meanings)


def tense_agrees(tense: str | None, span: Interval | None, day: date) -> float:
    """1 when a past-tense value is not after ``day`` or a future one not before it, else 0;
    expressions without a tense or a value count 0 on every day."""
    if span is None or tense not in ("past", "future"):
        return 0.0
    agrees = span[0] <= day if tense == "past" else span[1] >= day
    return 1.0 if agrees else 0.0


def write_basis(outcome: Outcome, articles: Mapping[str, Article]) -> str:
    """Say in plain words which sentences and articles bound the inferred range."""
    chosen = outcome.runs[0]
    parts = [
        f"The article states no date; {_days(chosen)} is inferred ({METHOD}) from "
        f"the story's dated articles ({_days(outcome.span)})."
    ]
    reasons = [p for clue in outcome.clues for p in _cluewrite_basis(clue, outcome, articles)]
    if not reasons:
        reasons.append("Nothing in the article pins the day: it is placed within their span.")
    parts.extend(reasons)
    if outcome.capped:
        parts.append(
            f"Later days fit as well, but nothing in the article points past the story's "
            f"latest dated article ({outcome.span[1].isoformat()})."
        )
    for other in outcome.runs[1:]:
        parts.append(
            f"{_days(other)} fits as well but reads "
            f"{_differences(outcome, other)}; the days nearer the middle of the story's "
            "dated coverage are kept."
        )
    return " ".join(parts)


def _cluewrite_basis(clue: Clue, outcome: Outcome, articles: Mapping[str, Article]) -> list[str]:
    chosen = outcome.runs[0]
    timex = outcome.anchored[chosen[0]][clue.position]
    span = interval(timex.value, timex.mod)
    if span is None:
        return []
    said = f"“{clue.timex.text}” (“{_clip(clue.sentence)}”)"
    parts = []
    agreeing = [m for m in clue.matches if meets(span, m.dated)]
    if agreeing:
        bound = _bound(chosen, outcome.window, lambda d: _support_on(clue, outcome, d))
        parts.append(
            f"{said} is {timex.value}, as in {_sources(agreeing, span, articles)}: "
            f"that holds if published {_when(bound)}."
        )
    elif clue.matches:
        parts.append(f"{said} would match {_sources(clue.matches, None, articles)}; outweighed.")
    tense = _tense_bound(clue, outcome)
    if tense is not None:
        parts.append(f"{said} is told in the {timex.tense} tense: published {_when(tense)}.")
    return parts


def _support_on(clue: Clue, outcome: Outcome, day: date) -> float:
    timex = outcome.anchored[day][clue.position]
    return support(clue, interval(timex.value, timex.mod))


def _tense_bound(clue: Clue, outcome: Outcome) -> _Bound | None:
    """The bound the clue's tense puts on publication, when it is an edge of the chosen days."""
    chosen = outcome.runs[0]

    def agrees(day: date) -> float:
        timex = outcome.anchored[day][clue.position]
        return tense_agrees(timex.tense, interval(timex.value, timex.mod), day)

    if not agrees(chosen[0]):
        return None
    first, last = _bound(chosen, outcome.window, agrees)
    return (first, last) if first == chosen[0] or last == chosen[-1] else None


def _bound(chosen: Sequence[date], window: Sequence[date], score: _Scorer) -> _Bound:
    """The first and last day of the window's run of consecutive days around ``chosen`` that
    score at least as well as its first day; None for a side that reaches the window's edge
    (it bounds nothing)."""
    level = score(chosen[0])
    start = end = window.index(chosen[0])
    while start > 0 and score(window[start - 1]) >= level - EPSILON:
        start -= 1
    while end < len(window) - 1 and score(window[end + 1]) >= level - EPSILON:
        end += 1
    return (window[start] if start > 0 else None), (window[end] if end < len(window) - 1 else None)


def _when(bound: _Bound) -> str:
    first, last = bound
    if first and last:
        return _days((first, last))
    if first:
        return f"on or after {first.isoformat()}"
    return f"on or before {last.isoformat()}" if last else "on any day near the story"


def _differences(outcome: Outcome, other: Sequence[date]) -> str:
    mine, theirs = outcome.anchored[outcome.runs[0][0]], outcome.anchored[other[0]]
    changed = [
        f"“{c.timex.text}” as {theirs[c.position].value}"
        for c in outcome.clues
        if c.matches and theirs[c.position].value != mine[c.position].value
    ]
    return ", ".join(changed) or "the same values"


def _sources(
    matches: Sequence[Match], span: Interval | None, articles: Mapping[str, Article]
) -> str:
    """Name the matching articles with their date and expressions (those ``span`` meets)."""
    named = []
    for match in matches[:_LISTED]:
        article = articles[match.passage.article_id]
        name = article.outlet or article.title or article.source
        stated = article.published.value if article.published else None
        said = ", ".join(
            f"“{t.text}” = {value}"
            for t, meanings in match.dated
            for value, s in meanings
            if span is None or overlaps(span, s)
        )
        named.append(f"{name} ({stated}: {said})")
    more = len(matches) - _LISTED
    return "; ".join(named) + (f" and {more} more" if more > 0 else "")


def _days(days: Sequence[date] | Interval) -> str:
    first, last = days[0], days[-1]
    return first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"


def _clip(text: str, width: int = 60) -> str:
    text = " ".join(text.split()).strip('"“” ')
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
