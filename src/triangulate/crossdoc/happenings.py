"""Dated happenings of a story: which dated sentences of its articles tell the same thing.

Every calendar time expression of a story (one with an interval in ``temporal.intervals``)
is an *observation*: a date, the sentence it sits in and its article. Observations are
grouped in three steps, with sentences compared by content (``crossdoc.alignment``):

1. **Happenings.** Two observations of different sentences whose dates overlap tell one
   happening when their sentences are alike (``same_similarity``), or a little alike when
   they give the very same value (``date_similarity``). A happening keeps the intersection
   of its dates (its *core*): "late last month" can join "2026-02-23", and then no longer
   "2026-02-18". Links are taken most alike first.
2. **Conflicts.** Two happenings are one told with conflicting dates when an observation of
   each, from different articles, has disjoint dates and the two sentences are very alike
   (``conflict_similarity``), each other's best match in the other article, each with only
   that one date, not coded as different event types, and no article dates both happenings
   (an article that gives two dates to two sentences tells two happenings). A false
   conflict misleads more than a missed one, so every rule leans towards missing it.
3. **Days.** Happenings without conflicts whose core is the same single day, and of the
   same kind, are gathered, so the timeline reads as a chronology of days.

Candidates come from an inverted index of sentence terms, so the cost grows with the number
of alike sentence pairs, not with all pairs of observations.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from triangulate.crossdoc.alignment import (
    Passage,
    PassageIndex,
    passages_by_sentence,
    reweighted,
    sentence_span,
    story_rarity,
)
from triangulate.models import Analysis, Article, Evidence, TimeExpr
from triangulate.temporal.intervals import (
    Interval,
    interval,
    length,
    overlaps,
    published_interval,
)

Group = tuple[Interval, list[int]]  # a core and the observations (by number) that agree on it
Link = tuple[float, int, int]  # similarity and two observations


@dataclass(frozen=True, slots=True)
class HappeningOptions:
    """How alike two sentences must be (cosine of weighted terms) to tell one happening."""

    same_similarity: float = 0.3  # with overlapping dates
    date_similarity: float = 0.1  # with the very same value
    conflict_similarity: float = 0.55  # with disjoint dates: a conflict, so be sure


@dataclass(frozen=True, slots=True)
class Observation:
    """One calendar time expression of a story's article, with its sentence as evidence."""

    article_id: str
    value: str
    span: Interval
    kind: str  # happened | scheduled, against the article's publication date
    evidence: Evidence
    order: int  # the article's position in the story
    passage: int  # number of the sentence's passage
    events: frozenset[str]  # PLOVER types coded in the sentence


@dataclass(slots=True)
class Happening:
    """Observations that tell one happening, in groups that agree on a date."""

    groups: list[Group]
    article_ids: set[str]


def observe(
    article_ids: Sequence[str], articles: Mapping[str, Article], analyses: Mapping[str, Analysis]
) -> tuple[list[Observation], list[Passage]]:
    """Return every calendar expression of a story's articles and the passages of their
    sentences (weighted by rarity among the story's originals, copies left out)."""
    inside = set(article_ids)
    found: dict[str, dict[tuple[int, int], Passage]] = {}
    pending: list[tuple[tuple[str, tuple[int, int]], Observation]] = []
    for order, article_id in enumerate(article_ids):
        if (analysis := analyses.get(article_id)) is None:
            continue
        article = articles[article_id]
        dated = [(t, s) for t in analysis.timexes if (s := interval(t.value, t.mod)) is not None]
        found[article_id] = passages_by_sentence(
            article_id, article.text, analysis, [(t.start, t.end) for t, _ in dated]
        )
        published = published_interval(article.published)
        for timex, span in dated:
            start, end = sentence_span(analysis, timex.start, timex.end)
            observation = Observation(
                article_id=article_id,
                value=timex.value or "",
                span=span,
                kind=_kind(timex, span, published),
                evidence=Evidence(article_id, start, end, article.text[start:end]),
                order=order,
                passage=-1,
                events=frozenset(
                    e.event for e in analysis.events if e.start < end and start < e.end
                ),
            )
            pending.append(((article_id, (start, end)), observation))
    rarity = story_rarity(
        p
        for a, by_span in found.items()
        if articles[a].copy_of not in inside
        for p in by_span.values()
    )
    numbers: dict[tuple[str, tuple[int, int]], int] = {}
    passages: list[Passage] = []
    for article_id, by_span in found.items():
        for sentence, passage in by_span.items():
            numbers[(article_id, sentence)] = len(passages)
            passages.append(reweighted(passage, rarity))
    observations = [_numbered(o, numbers[key]) for key, o in pending]
    return observations, passages


def group_happenings(
    observations: Sequence[Observation],
    passages: Sequence[Passage],
    options: HappeningOptions | None = None,
) -> list[Happening]:
    """Group ``observations`` into happenings, with conflicting dates as extra groups."""
    options = options or HappeningOptions()
    merges, conflicts = _links(observations, passages, options)
    forest = _Forest(observations)
    for _, first, second in merges:
        forest.agree(first, second)
    for _, first, second in conflicts:
        forest.conflict(first, second)
    forest.gather_days(observations)
    return forest.happenings()


def _numbered(observation: Observation, passage: int) -> Observation:
    return Observation(
        observation.article_id,
        observation.value,
        observation.span,
        observation.kind,
        observation.evidence,
        observation.order,
        passage,
        observation.events,
    )


def _kind(timex: TimeExpr, span: Interval, published: Interval | None) -> str:
    """Scheduled when after every day the article may have been published, or told in the
    future tense and not before it; happened otherwise."""
    if published is not None and span[0] > published[1]:
        return "scheduled"
    if timex.tense == "future" and (published is None or span[1] >= published[0]):
        return "scheduled"
    return "happened"


def _links(
    observations: Sequence[Observation], passages: Sequence[Passage], options: HappeningOptions
) -> tuple[list[Link], list[Link]]:
    """Pairs of observations that may tell one happening, most alike first: with agreeing
    dates (merges) and with disjoint ones (conflicts)."""
    by_passage: dict[int, list[int]] = {}
    for number, observation in enumerate(observations):
        by_passage.setdefault(observation.passage, []).append(number)
    index = PassageIndex(passages)
    alike = {p: index.similar(passages[p], options.date_similarity) for p in by_passage}
    partners = _partners(observations, by_passage, alike)
    merges: list[Link] = []
    conflicts: list[Link] = []
    for first, members in by_passage.items():
        for second, score in alike[first]:
            if second <= first or second not in by_passage:
                continue
            pairs = [(i, j) for i in members for j in by_passage[second]]
            agreeing = [(i, j) for i, j in pairs if _agree(observations[i], observations[j])]
            for i, j in agreeing:
                same = observations[i].value == observations[j].value
                mutual = partners[i].get(observations[j].article_id) == j and (
                    partners[j].get(observations[i].article_id) == i
                )
                if mutual and (same or score >= options.same_similarity):
                    merges.append((score, i, j))
            if not agreeing and len(pairs) == 1 and score >= options.conflict_similarity:
                i, j = pairs[0]
                if _may_conflict(observations[i], observations[j], alike, passages):
                    conflicts.append((score, i, j))
    return sorted(merges, key=_strongest), sorted(conflicts, key=_strongest)


def _partners(
    observations: Sequence[Observation],
    by_passage: Mapping[int, list[int]],
    alike: Mapping[int, list[tuple[int, float]]],
) -> list[dict[str, int]]:
    """For each observation, per article, the observation with an agreeing date in the most
    alike sentence: a link needs each end to be the other's partner, so a sentence that only
    mentions a happening in passing ("…comment on the February 23 collapse") joins the one
    sentence of another article that tells it best, not every one that shares a name."""
    partners: list[dict[str, int]] = [{} for _ in observations]
    for first, members in by_passage.items():
        for second, _ in alike[first]:  # most alike first
            if second == first or second not in by_passage:
                continue
            for i in members:
                for j in by_passage[second]:
                    article_id = observations[j].article_id
                    if article_id not in partners[i] and _agree(observations[i], observations[j]):
                        partners[i][article_id] = j
    return partners


def _agree(first: Observation, second: Observation) -> bool:
    return overlaps(first.span, second.span)


def _may_conflict(
    first: Observation,
    second: Observation,
    alike: Mapping[int, list[tuple[int, float]]],
    passages: Sequence[Passage],
) -> bool:
    """Different articles, no different event types, and each sentence the other's best
    match among the other article's dated sentences."""
    if first.article_id == second.article_id:
        return False
    if first.events and second.events and not first.events & second.events:
        return False
    return _best_in(alike[first.passage], second.article_id, passages) == second.passage and (
        _best_in(alike[second.passage], first.article_id, passages) == first.passage
    )


def _best_in(
    matches: Iterable[tuple[int, float]], article_id: str, passages: Sequence[Passage]
) -> int:
    return next((p for p, _ in matches if passages[p].article_id == article_id), -1)


def _strongest(link: Link) -> tuple[float, int, int]:
    return -link[0], link[1], link[2]


class _Forest:
    """Union-find over observations, each root holding its happening."""

    def __init__(self, observations: Sequence[Observation]) -> None:
        self._parent = list(range(len(observations)))
        self._happenings = {
            n: Happening([(o.span, [n])], {o.article_id}) for n, o in enumerate(observations)
        }

    def agree(self, first: int, second: int) -> None:
        """Join two happenings whose single cores still overlap."""
        a, b = self._root(first), self._root(second)
        one, other = self._happenings[a], self._happenings[b]
        if a == b or len(one.groups) > 1 or len(other.groups) > 1:
            return
        (core_a, members_a), (core_b, members_b) = one.groups[0], other.groups[0]
        if overlaps(core_a, core_b):
            core = (max(core_a[0], core_b[0]), min(core_a[1], core_b[1]))
            one.groups = [(core, members_a + members_b)]
            self._join(a, b)

    def conflict(self, first: int, second: int) -> None:
        """Join two happenings as one told with different dates, unless an article dates both."""
        a, b = self._root(first), self._root(second)
        if a != b and not self._happenings[a].article_ids & self._happenings[b].article_ids:
            self._happenings[a].groups += self._happenings[b].groups
            self._join(a, b)

    def gather_days(self, observations: Sequence[Observation]) -> None:
        """Join the conflict-free happenings of one day and one kind."""
        days: dict[tuple[date, bool], int] = {}
        for root, happening in list(self._happenings.items()):
            if len(happening.groups) > 1 or length(happening.groups[0][0]) != 1:
                continue
            core, members = happening.groups[0]
            happened = any(observations[n].kind == "happened" for n in members)
            first = days.setdefault((core[0], happened), root)
            if first != root:
                kept = self._happenings[first]
                kept.groups = [(core, kept.groups[0][1] + members)]
                self._join(first, root)

    def happenings(self) -> list[Happening]:
        return list(self._happenings.values())

    def _join(self, kept: int, gone: int) -> None:
        self._happenings[kept].article_ids |= self._happenings.pop(gone).article_ids
        self._parent[gone] = kept

    def _root(self, number: int) -> int:
        while self._parent[number] != number:
            self._parent[number] = self._parent[self._parent[number]]
            number = self._parent[number]
        return number
