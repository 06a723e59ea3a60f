"""Publication dates of undated articles, inferred from their story (``pubdate.v2``).

An undated article's deictic expressions ("on Monday", "last month") have no value until we
know when it was written, and the article itself says nothing of that. Its story does: the
dated articles tell of the same happenings with dates. So, for each candidate publication
day P around the story's dated articles:

1. re-anchor the undated article's time expressions on P (``temporal.reanchor_on_days``);
2. for each of its expressions, take the sentences of dated articles that tell of the same
   happening (``crossdoc.alignment``: content words outside time expressions, weighted by
   rarity; per article the best sentence, kept when alike enough; a dated sentence is also
   read with the undated sentence before it, whose happening its date may give) and add
   their similarity to P's score when the re-anchored value falls inside one of their
   dates' intervals; the dated expressions that equal another absolute expression of the
   same undated sentence are that one's, not evidence for this one;
3. add one point per expression whose tense agrees with P (past: not after P; future: not
   before P).

The inferred range is the best-scoring run of consecutive days. Ties are settled by two
rules, both written into the basis:

* an undated article is taken to be no later than the story's latest dated article, unless
  only later days fit best (the article itself points later);
* when runs of days give the article's matched expressions different values (readings), the
  run nearest the middle of the story's dated coverage is kept; news of a story is most
  likely published while the story is being covered.

When no day fits better than another, the article is placed within the span of the story's
dated articles, and the basis says so. The article's expressions are then re-anchored on the
chosen days; a value that differs from one of those days to another is dropped (None).

A present-tense expression of a dated article ("is due to visit on Wednesday") is read both
ways, since the tense does not say whether the weekday is the last or the next one.
Syndicated copies whose original is in the story are not evidence: they repeat it.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from triangulate.crossdoc.alignment import (
    Passage,
    PassageIndex,
    build_passage,
    passages_by_sentence,
    reweighted,
    sentence_span,
    story_rarity,
)
from triangulate.crossdoc.pubdate_basis import (
    EPSILON,
    METHOD,
    Anchored,
    Clue,
    Dated,
    Match,
    Meaning,
    Outcome,
    support,
    tense_agrees,
    write_basis,
)
from triangulate.models import Analysis, Article, InferredDate, PublishedDate, TimeExpr
from triangulate.temporal import normalise_timex, reanchor_on_days
from triangulate.temporal.intervals import Interval, interval, published_interval

__all__ = ["METHOD", "PubdateOptions", "infer_publication_dates"]


@dataclass(frozen=True, slots=True)
class PubdateOptions:
    """Tuning of publication-date inference; the defaults are the tested ones."""

    margin_days: int = 14  # candidate days reach this far beyond the story's dated span
    min_similarity: float = 0.25  # a sentence this alike (cosine) may tell the same happening
    relative_similarity: float = 0.6  # ... when also at least this share of the best match
    max_window_days: int = 400  # a story dated over years is searched around its middle


@dataclass(frozen=True, slots=True)
class _Story:
    articles: Mapping[str, Article]
    index: PassageIndex
    dated: Mapping[int, Dated]  # by passage number in the index
    rarity: Mapping[str, float]
    span: Interval  # first and last day of the story's stated publication dates
    options: PubdateOptions


def infer_publication_dates(
    article_ids: Sequence[str],
    articles: Mapping[str, Article],
    analyses: Mapping[str, Analysis],
    options: PubdateOptions | None = None,
) -> dict[str, InferredDate]:
    """Return an inferred date for each article of a story that states none, by article id.

    Articles without an analysis, and stories without a dated article, get nothing.
    """
    members = [a for a in dict.fromkeys(article_ids) if a in articles]
    undated = [a for a in members if articles[a].published is None and a in analyses]
    stated = {a: span for a in members if (span := _stated_span(articles[a])) is not None}
    if not undated or not stated:
        return {}
    story = _story(members, stated, articles, analyses, options or PubdateOptions())
    return {a: _infer(articles[a], analyses[a], story) for a in undated}


def _stated_span(article: Article) -> Interval | None:
    published = article.published
    if published is None or published.inferred:
        return None
    return published_interval(published)


def _story(
    members: list[str],
    stated: Mapping[str, Interval],
    articles: Mapping[str, Article],
    analyses: Mapping[str, Analysis],
    options: PubdateOptions,
) -> _Story:
    inside = set(members)
    originals = [a for a in members if a in analyses and articles[a].copy_of not in inside]
    sentences = {
        a: passages_by_sentence(a, articles[a].text, analyses[a], analyses[a].sentences)
        for a in originals
    }
    rarity = story_rarity(p for found in sentences.values() for p in found.values())
    passages: list[Passage] = []
    dated: dict[int, Dated] = {}
    for article_id in (a for a in originals if a in stated):
        analysis, anchor = analyses[article_id], _anchor(articles[article_id])
        by_sentence: dict[tuple[int, int], list[tuple[TimeExpr, tuple[Meaning, ...]]]] = {}
        for timex in analysis.timexes:
            if spans := _meanings(timex, anchor):
                key = sentence_span(analysis, timex.start, timex.end)
                by_sentence.setdefault(key, []).append((timex, spans))
        text = articles[article_id].text
        found = passages_by_sentence(article_id, text, analysis, by_sentence)
        skip = [(t.start, t.end) for t in analysis.timexes]
        for key, entries in by_sentence.items():
            dated[len(passages)] = tuple(entries)
            passages.append(reweighted(found[key], rarity))
            before = _sentence_before(analysis, key, text)
            if before is not None:  # 'held discussions with Trump ... The talks took place
                # late last month': the date may be of the happening the sentence before names
                dated[len(passages)] = tuple(entries)
                joined = build_passage(article_id, text, (before[0], key[1]), skip)
                passages.append(reweighted(joined, rarity))
    span = (min(s for s, _ in stated.values()), max(e for _, e in stated.values()))
    return _Story(articles, PassageIndex(passages), dated, rarity, span, options)


def _sentence_before(analysis: Analysis, key: tuple[int, int], text: str) -> tuple[int, int] | None:
    """The sentence before ``key`` in the same paragraph, if it has no date of its own."""
    sentences = analysis.sentences
    index = bisect.bisect_left(sentences, key)
    if index <= 0 or index >= len(sentences) or sentences[index] != key:
        return None
    before = sentences[index - 1]
    if "\n" in text[before[1] : key[0]]:
        return None
    dated = any(before[0] <= t.start < before[1] for t in analysis.timexes)
    return None if dated else before  # a sentence with a date of its own tells its own time


def _anchor(article: Article) -> date | None:
    published = article.published
    if published is None or published.precision != "day" or not published.value:
        return None
    return date.fromisoformat(published.value[:10])


def _meanings(timex: TimeExpr, anchor: date | None) -> tuple[Meaning, ...]:
    """What a dated article's expression may mean: its value and, in a clause of no clear
    tense, also the value read towards the future."""
    readings = [(timex.value, timex.mod)]
    if anchor is not None and timex.tense not in ("past", "future"):
        readings.append(normalise_timex(timex.text, anchor, tense="future")[1:])
    meanings: list[Meaning] = []
    for value, mod in readings:
        span = interval(value, mod)
        if value and span and span not in [s for _, s in meanings]:
            meanings.append((f"{value} ({mod})" if mod else value, span))
    return tuple(meanings)


def _clues(article: Article, analysis: Analysis, story: _Story) -> list[Clue]:
    spans = [(t.start, t.end) for t in analysis.timexes]
    passages = passages_by_sentence(article.article_id, article.text, analysis, spans)
    options = story.options
    keys = [sentence_span(analysis, t.start, t.end) for t in analysis.timexes]
    clues = []
    for position, timex in enumerate(analysis.timexes):
        key = keys[position]
        passage = reweighted(passages[key], story.rarity)
        claimed = _claimed(analysis.timexes, keys, position)
        best: dict[str, Match] = {}
        calendar = timex.type not in ("DURATION", "SET")  # else no date to compare
        found = story.index.similar(passage, options.min_similarity) if calendar else []
        for number, score in found:
            sibling = story.index.passages[number]
            dated = tuple(entry for entry in story.dated[number] if entry[0].value not in claimed)
            if dated and sibling.article_id not in best:  # each article's best sentence
                best[sibling.article_id] = Match(sibling, score, dated)
        top = max((m.similarity for m in best.values()), default=0.0)
        matches = tuple(
            m for m in best.values() if m.similarity >= top * options.relative_similarity
        )
        clues.append(Clue(position, timex, passage.text, matches))
    return clues


def _claimed(
    timexes: Sequence[TimeExpr], keys: Sequence[tuple[int, int]], position: int
) -> set[str]:
    """The values that the other absolute expressions of the clue's sentence give: a dated
    sentence's "in 2026" is the date of the undated sentence's own "in 2026", not of its "on
    Monday" ('discussed on Monday the possibility of a strike in 2026')."""
    return {
        t.value
        for other, t in enumerate(timexes)
        if other != position and keys[other] == keys[position] and t.value is not None
    }


def _window(span: Interval, options: PubdateOptions) -> list[date]:
    """Candidate publication days: the dated span and a margin around it, within the calendar
    and at most ``options.max_window_days`` long (centred on the span's middle)."""
    low, high = date.min.toordinal(), date.max.toordinal()
    first = max(low, span[0].toordinal() - options.margin_days)
    last = min(high, span[1].toordinal() + options.margin_days)
    if last - first + 1 > options.max_window_days:
        middle = (span[0].toordinal() + span[1].toordinal()) // 2
        first = max(low, middle - options.max_window_days // 2)
        last = min(high, first + options.max_window_days - 1)
    return [date.fromordinal(day) for day in range(first, last + 1)]


def _infer(article: Article, analysis: Analysis, story: _Story) -> InferredDate:
    clues = _clues(article, analysis, story)
    window = _window(story.span, story.options)
    anchored = reanchor_on_days(analysis.timexes, window)
    scores = {day: _score(clues, anchored[day], day) for day in window}
    best = max(scores.values())
    capped = False
    if best - min(scores.values()) < EPSILON:  # nothing tells one day from another
        runs = [[d for d in window if story.span[0] <= d <= story.span[1]]]
    else:
        top = [d for d in window if scores[d] >= best - EPSILON]
        if any(d <= story.span[1] for d in top) and any(d > story.span[1] for d in top):
            top, capped = [d for d in top if d <= story.span[1]], True
        runs = _runs(top, [c.position for c in clues if c.matches], anchored, story.span)
    outcome = Outcome(clues, runs, anchored, window, story.span, capped)
    chosen = runs[0]
    single = len(chosen) == 1
    published = PublishedDate(
        value=chosen[0].isoformat() if single else None,
        precision="day" if single else "range",
        earliest=chosen[0].isoformat(),
        latest=chosen[-1].isoformat(),
        inferred=True,
        basis=write_basis(outcome, story.articles),
    )
    timexes = _agreed([anchored[d] for d in chosen])
    return InferredDate(article.article_id, published, timexes, METHOD)


def _score(clues: Sequence[Clue], anchored: Sequence[TimeExpr], day: date) -> float:
    total = 0.0
    for clue in clues:
        timex = anchored[clue.position]
        span = interval(timex.value, timex.mod)
        total += support(clue, span) + tense_agrees(timex.tense, span, day)
    return total


def _runs(
    top: list[date], matched: list[int], anchored: Anchored, span: Interval
) -> list[list[date]]:
    """Split the best days into runs of consecutive days on which the matched expressions keep
    their values (readings); the run nearest the middle of the story's coverage first."""
    runs: list[list[date]] = []
    for day in top:
        key = _values(anchored[day], matched)
        if (
            runs
            and runs[-1][-1].toordinal() + 1 == day.toordinal()
            and key == _values(anchored[runs[-1][-1]], matched)
        ):
            runs[-1].append(day)
            continue
        runs.append([day])
    middle = span[0] + (span[1] - span[0]) // 2

    def distance(run: list[date]) -> tuple[int, int, date]:
        if run[0] <= middle <= run[-1]:
            return 0, -len(run), run[0]
        return min(abs((run[0] - middle).days), abs((run[-1] - middle).days)), -len(run), run[0]

    return sorted(runs, key=distance)


def _values(timexes: Sequence[TimeExpr], positions: list[int]) -> list[str | None]:
    return [timexes[p].value for p in positions]


def _agreed(anchored: Sequence[Sequence[TimeExpr]]) -> tuple[TimeExpr, ...]:
    """The expressions re-anchored on the first chosen day, each keeping its value only when
    every chosen day gives the same one."""
    result = []
    for position, timex in enumerate(anchored[0]):
        values = {(day[position].value, day[position].mod) for day in anchored}
        result.append(timex if len(values) == 1 else dataclasses.replace(timex, value=None))
    return tuple(result)
