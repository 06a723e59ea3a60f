"""Splitting a story that mixes two events of one kind: two earthquakes, two arrests of two
players of one team, two patches for one browser.

Articles about two such events share the words of their kind ("quake", "magnitude", "Saints",
"injured reserve"), so they join one story in the first pass. What tells them apart is what
they do not share: the names, places and numbers of each event. Within a story, a term
that most of its articles use says nothing, and a term that only some of them use says a
lot: the story's own IDF (times the term's IDF at large) weighs them so. Average-link
clustering on those weights then joins the articles of each event and stops where two groups
have (almost) nothing particular in common. A group too small to stand for an event joins
the group it is closest to.

The cost is quadratic in the size of a story, so stories larger than
:attr:`SplitOptions.max_articles` are left whole.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from triangulate.crossdoc.vectors import dot, tfidf_vector


@dataclass(frozen=True, slots=True)
class SplitOptions:
    """Tuning knobs of :func:`split_story`."""

    threshold: float = 0.05  # average similarity below which two groups are two events
    min_articles: int = 3  # a group smaller than this is no event of its own
    max_articles: int = 200  # larger stories are left whole (the cost is quadratic)
    max_terms: int = 80


def split_story(
    article_ids: Sequence[str],
    terms: Mapping[str, Mapping[str, float]],
    rarity: Callable[[str], float],
    options: SplitOptions,
) -> list[list[str]]:
    """Split a story's articles (in story order) into the events they report, each in story
    order, the group of the story's first article first."""
    count = len(article_ids)
    if count < 2 * options.min_articles or count > options.max_articles:
        return [list(article_ids)]
    vectors = _story_vectors(article_ids, terms, rarity, options.max_terms)
    groups = _average_link(vectors, options.threshold)
    groups = _absorb_small(groups, vectors, options.min_articles)
    ordered = [[article_ids[i] for i in sorted(group)] for group in groups]
    return sorted(ordered, key=lambda group: article_ids.index(group[0]))


def _story_vectors(
    article_ids: Sequence[str],
    terms: Mapping[str, Mapping[str, float]],
    rarity: Callable[[str], float],
    limit: int,
) -> list[dict[str, float]]:
    """Unit vectors weighted by the story's own IDF; a term only one article uses links none."""
    frequency: Counter[str] = Counter()
    for article_id in article_ids:
        frequency.update(terms[article_id].keys())
    total = len(article_ids) + 1
    idf = {
        term: math.log(total / (count + 0.5)) * rarity(term)
        for term, count in frequency.items()
        if count >= 2
    }
    return [
        tfidf_vector({t: w for t, w in terms[a].items() if idf.get(t, 0.0) > 0}, idf, limit)
        for a in article_ids
    ]


def _average_link(vectors: Sequence[Mapping[str, float]], threshold: float) -> list[list[int]]:
    """Average-link agglomeration (Lance-Williams updates) until no two groups reach
    ``threshold``."""
    count = len(vectors)
    groups: dict[int, list[int]] = {i: [i] for i in range(count)}
    similarity: dict[tuple[int, int], float] = {
        (i, j): dot(vectors[i], vectors[j]) for i in range(count) for j in range(i + 1, count)
    }
    next_id = count
    while len(groups) > 1:
        (x, y), best = max(similarity.items(), key=lambda item: item[1])
        if best < threshold:
            break
        size_x, size_y = len(groups[x]), len(groups[y])
        merged = groups.pop(x) + groups.pop(y)
        for other in groups:
            to_x = similarity.pop(_pair(other, x))
            to_y = similarity.pop(_pair(other, y))
            similarity[_pair(other, next_id)] = (size_x * to_x + size_y * to_y) / (size_x + size_y)
        del similarity[(x, y)]
        groups[next_id] = merged
        next_id += 1
    return list(groups.values())


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _absorb_small(
    groups: list[list[int]], vectors: Sequence[Mapping[str, float]], minimum: int
) -> list[list[int]]:
    """Let each group too small to be an event join the event group it is closest to."""
    events = [group for group in groups if len(group) >= minimum]
    if not events:
        return [[i for group in groups for i in group]]
    for group in groups:
        if len(group) >= minimum:
            continue
        closest = max(
            events,
            key=lambda event: (
                sum(dot(vectors[a], vectors[b]) for a in group for b in event)
                / (len(group) * len(event))
            ),
        )
        closest.extend(group)
    return events
