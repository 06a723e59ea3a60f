"""Sentences of different articles that tell of the same happening, found by their content.

A *passage* is one sentence of an article reduced to its content terms: the Snowball stems of
the words outside its time expressions (so "on Monday" and "late last month" never make two
sentences alike) and any other spans a caller leaves out, weighted by how rare they are in
English (``wordfreq``) and by a caller's weight for names, plus its numbers. Two passages are
alike by the cosine of their weighted terms. An inverted index over the terms gives each
passage its candidates, so aligning a story costs about one lookup per sentence, not all
pairs. No spaCy: everything comes from the stored text, sentence offsets and time expressions.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import snowballstemmer

from triangulate.crossdoc.rarity import background_idf
from triangulate.models import Analysis

#: Words of time that sit outside time-expression spans ("Monday's collapse") but say nothing
#: about what happened.
_TIME_WORDS = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "june", "july", "august", "september"),
        *("october", "november", "december", "today", "yesterday", "tomorrow", "tonight"),
        *("week", "weeks", "month", "months", "year", "years", "day", "days"),
        *("morning", "evening", "afternoon", "night"),
    }
)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_POSSESSIVE = re.compile(r"['’]s$")
#: background IDF (8 - zipf) at or below which a word carries no weight: "the", "said", "way"
_COMMON = 2.0
_NUMBER_WEIGHT = 4.0


@dataclass(frozen=True, slots=True)
class Passage:
    """One sentence of one article, as weighted content terms for alignment."""

    article_id: str
    start: int
    end: int
    text: str
    terms: Mapping[str, float]
    norm: float


def build_passage(
    article_id: str,
    text: str,
    span: tuple[int, int],
    skip: Iterable[tuple[int, int]] = (),
    names: Iterable[tuple[int, int]] = (),
    name_weight: float = 1.0,
) -> Passage:
    """Return the passage of ``text[span]``, leaving out the words inside the ``skip`` spans
    and weighing the words inside the ``names`` spans by ``name_weight``."""
    start, end = span
    holes = sorted((s, e) for s, e in skip if s < end and e > start)
    named = [(s, e) for s, e in names if s < end and e > start]
    terms: dict[str, float] = {}
    for token in _TOKEN.finditer(text, start, end):
        if any(s < token.end() and token.start() < e for s, e in holes):
            continue
        key, weight = _term(token.group())
        if named and any(s < token.end() and token.start() < e for s, e in named):
            weight *= name_weight
        if key and weight > terms.get(key, 0.0):
            terms[key] = weight
    norm = math.sqrt(sum(w * w for w in terms.values()))
    return Passage(article_id, start, end, text[start:end], terms, norm)


def sentence_span(analysis: Analysis, start: int, end: int) -> tuple[int, int]:
    """Return the sentence of ``analysis`` that holds offset ``start``; the span itself if none.

    Sentences are stored in text order, so this is a binary search.
    """
    sentences = analysis.sentences
    index = bisect.bisect_right(sentences, (start, math.inf)) - 1
    if index >= 0 and sentences[index][0] <= start < sentences[index][1]:
        return sentences[index]
    return start, end


def similarity(first: Passage, second: Passage) -> float:
    """Return the cosine of two passages' weighted terms (0 when either has none)."""
    if not first.norm or not second.norm:
        return 0.0
    small, large = sorted((first.terms, second.terms), key=len)
    shared = sum(weight * large[term] for term, weight in small.items() if term in large)
    return shared / (first.norm * second.norm)


class PassageIndex:
    """An inverted index of passages by term, to find the passages like a given one.

    Terms held by more than ``max_postings`` passages are too common in the collection to
    narrow the search (a story's own name, "dam" in a story about a dam); they still count in
    the similarity. So each lookup compares at most a bounded number of passages per term,
    and a story costs about one lookup per sentence, not all pairs.
    """

    def __init__(self, passages: Sequence[Passage], max_postings: int = 64) -> None:
        self.passages = list(passages)
        self._postings: dict[str, list[int]] = {}
        for number, passage in enumerate(self.passages):
            for term in passage.terms:
                self._postings.setdefault(term, []).append(number)
        self._max_postings = max_postings

    def similar(self, passage: Passage, threshold: float) -> list[tuple[int, float]]:
        """Return (index, similarity) of the passages at least ``threshold`` alike, best first."""
        candidates: set[int] = set()
        for term in passage.terms:
            posting = self._postings.get(term, ())
            if len(posting) <= self._max_postings:
                candidates.update(posting)
        scored = [(n, similarity(passage, self.passages[n])) for n in candidates]
        return sorted(
            ((n, s) for n, s in scored if s >= threshold), key=lambda pair: (-pair[1], pair[0])
        )


def story_rarity(passages: Iterable[Passage]) -> dict[str, float]:
    """Return how rare each term is among the sentences of one story: 1 + ln((N + 1)/(df + 1)).

    A name in every other sentence of the story ("Velmar") tells its sentences apart less
    than one in a single sentence does, however rare it is in English.
    """
    counts: dict[str, int] = {}
    total = 0
    for passage in passages:
        total += 1
        for term in passage.terms:
            counts[term] = counts.get(term, 0) + 1
    return {term: 1 + math.log((total + 1) / (df + 1)) for term, df in counts.items()}


def reweighted(passage: Passage, rarity: Mapping[str, float]) -> Passage:
    """Return ``passage`` with each term's weight multiplied by its ``rarity`` in the story."""
    terms = {term: weight * rarity.get(term, 1.0) for term, weight in passage.terms.items()}
    norm = math.sqrt(sum(w * w for w in terms.values()))
    return Passage(passage.article_id, passage.start, passage.end, passage.text, terms, norm)


def passages_by_sentence(
    article_id: str, text: str, analysis: Analysis, offsets: Iterable[tuple[int, int]]
) -> dict[tuple[int, int], Passage]:
    """Return the passage of the sentence around each span in ``offsets``, keyed by sentence.

    Every time expression of the article is left out of the terms.
    """
    skip = [(t.start, t.end) for t in analysis.timexes]
    result: dict[tuple[int, int], Passage] = {}
    for start, end in offsets:
        span = sentence_span(analysis, start, end)
        if span not in result:
            result[span] = build_passage(article_id, text, span, skip)
    return result


def _term(token: str) -> tuple[str | None, float]:
    word = _POSSESSIVE.sub("", token.casefold())
    if word[0].isdigit():
        return f"n:{word}", _NUMBER_WEIGHT
    if len(word) < 3 or word in _TIME_WORDS:
        return None, 0.0
    weight = background_idf(word) - _COMMON
    if weight <= 0:
        return None, 0.0
    return _stem(word), weight


@functools.cache
def _stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a casefolded word: "flooded", "flooding" and "floods"
    share "flood", "strike" and "strikes" share "strike"."""
    stem: str = _english_stemmer().stemWord(word)
    return stem


@functools.cache
def _english_stemmer() -> Any:
    return snowballstemmer.stemmer("english")
