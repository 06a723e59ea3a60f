"""Story clustering: incremental TF-IDF centroid clustering with blocking.

Articles are taken in publication/ingest order; each joins the most similar existing story
(cosine of TF-IDF vectors against the story centroid) when the similarity reaches a threshold,
or opens a new story. IDF mixes counts within the run with a background frequency of English
words (:mod:`triangulate.crossdoc.rarity`), so a run of ten articles clusters like a run of
ten thousand. Candidate stories come from an inverted index on each article's heaviest
names (or top terms, for an article that names nothing), so the cost grows with the number
of articles times the candidates, not all pairs.
A story that no dated article joined for ``window_days`` is closed: it leaves the index, so
the candidates stay few however long the stream runs.
Copies always join the story of their original. Each story is then split into the events of
one kind it mixes (:mod:`triangulate.crossdoc.split`).
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from triangulate.crossdoc.rarity import background_idf
from triangulate.crossdoc.split import SplitOptions, split_story
from triangulate.crossdoc.vectors import tfidf_vector
from triangulate.models import PublishedDate, Story

METHOD = "cluster.tfidf-centroid.v2"


@dataclass(frozen=True, slots=True)
class ClusterOptions:
    """Tuning knobs of :func:`cluster_articles`."""

    threshold: float = 0.15
    top_terms: int = 12  # blocking keys of an article that names nothing
    name_keys: int = 20  # blocking keys of an article that names people, places, bodies
    max_terms: int = 80
    window_days: float = 14.0  # a story no article joined for this long takes no more
    split: SplitOptions | None = field(default_factory=SplitOptions)


@dataclass(frozen=True, slots=True)
class ClusterInput:
    """What clustering needs of one article."""

    article_id: str
    terms: Mapping[str, float]
    title: str | None = None
    copy_of: str | None = None
    day: float | None = None  # when it was published, in days (any origin); None: unknown


def publication_day(published: PublishedDate | None) -> float | None:
    """An article's publication day as a day number, when known to the day."""
    if published is None or published.precision != "day":
        return None
    try:
        return float(
            date.fromisoformat((published.earliest or published.value or "")[:10]).toordinal()
        )
    except ValueError:
        return None


def cluster_articles(items: Sequence[ClusterInput], options: ClusterOptions) -> list[Story]:
    """Group articles (given in time order) into stories."""
    idf = _idf(items)
    vectors = {item.article_id: tfidf_vector(item.terms, idf, options.max_terms) for item in items}
    centroids: list[dict[str, float]] = []
    norms: list[float] = []  # squared norm of each centroid, kept up to date by _add
    members: list[list[str]] = []
    latest: list[float | None] = []  # the day of each story's latest dated article
    index: dict[str, set[int]] = defaultdict(set)
    story_of: dict[str, int] = {}
    for item in _originals_first(items):
        vector = vectors[item.article_id]
        ranked = sorted(vector, key=vector.__getitem__, reverse=True)
        keys = _blocking_keys(ranked, options)
        if item.copy_of is not None and item.copy_of in story_of:
            best: int | None = story_of[item.copy_of]
        else:
            candidates = _open_stories(keys, index, latest, item.day, options.window_days)
            best = _best_story(vector, candidates, centroids, norms, options.threshold)
        if best is None:
            best = len(centroids)
            centroids.append({})
            norms.append(0.0)
            members.append([])
            latest.append(None)
        norms[best] = _add(centroids[best], norms[best], vector)
        members[best].append(item.article_id)
        story_of[item.article_id] = best
        if item.day is not None:
            latest[best] = max(item.day, latest[best] or item.day)
        for term in {*keys, *ranked[: options.top_terms]}:
            index[term].add(best)  # found by name, or by topic from an article with no name
    if options.split is not None:
        members = _split_events(members, items, idf, options.split)
    titles = {item.article_id: item.title for item in items}
    copies = {item.article_id for item in items if item.copy_of is not None}
    return [
        Story(
            story_id=story_id(ids),
            title=_title(ids, titles, copies),
            article_ids=tuple(ids),
            method=METHOD,
        )
        for ids in members
    ]


def _blocking_keys(ranked: Sequence[str], options: ClusterOptions) -> list[str]:
    """The terms (heaviest first) that find an article its candidate stories: the names it
    weighs most (two reports of one event name its people and places), or its top terms when
    it names none."""
    names = [term for term in ranked if term.startswith("e:")][: options.name_keys]
    return names or list(ranked[: options.top_terms])


def _open_stories(
    keys: Sequence[str],
    index: dict[str, set[int]],
    latest: Sequence[float | None],
    day: float | None,
    window: float,
) -> set[int]:
    """The stories that share a blocking key with the article and are still open on its day: a
    story no dated article joined within ``window`` days is closed, and leaves the index, so
    the candidates stay few however long the stream runs."""
    candidates: set[int] = set()
    for term in keys:
        stories = index.get(term)
        if not stories:
            continue
        if day is not None:
            closed = {s for s in stories if (last := latest[s]) is not None and last < day - window}
            stories -= closed
        candidates |= stories
    return candidates


def _split_events(
    members: list[list[str]],
    items: Sequence[ClusterInput],
    idf: Mapping[str, float],
    options: SplitOptions,
) -> list[list[str]]:
    """Split each story into the events it mixes; a copy counts as nothing new and stays
    with its original."""
    terms = {item.article_id: item.terms for item in items}
    original_of = {item.article_id: item.copy_of for item in items if item.copy_of is not None}
    split: list[list[str]] = []
    for ids in members:
        present = set(ids)
        root = {a: _original(a, original_of, present) for a in ids}
        roots = set(root.values())
        originals = [a for a in ids if a in roots]
        events = split_story(originals, terms, lambda t: idf.get(t, 1.0), options)
        event_of = {a: index for index, event in enumerate(events) for a in event}
        grouped: list[list[str]] = [[] for _ in events]
        for article_id in ids:  # copies follow their original, in story order
            grouped[event_of[root[article_id]]].append(article_id)
        split.extend(grouped)
    return split


def _original(article_id: str, original_of: Mapping[str, str], present: set[str]) -> str:
    """The first article up the chain of copies that is an original within the story."""
    seen = {article_id}
    while (original := original_of.get(article_id)) in present and original not in seen:
        seen.add(original)
        article_id = original
    return article_id


def _title(ids: Sequence[str], titles: Mapping[str, str | None], copies: set[str]) -> str:
    """A story's title: the first original's headline, else any headline, else the first id."""
    ranked = sorted(ids, key=lambda a: a in copies)  # stable: originals first, in story order
    return next((title for a in ranked if (title := titles[a])), ids[0])


def _originals_first(items: Sequence[ClusterInput]) -> list[ClusterInput]:
    """Return ``items`` in order, except that a copy waits for its original when that comes later.

    An agency's own article is the original even when a copy is dated earlier or the original
    is undated, so without this a copy could open a story of its own before its original.
    """
    present = {item.article_id for item in items}
    waiting: dict[str, list[ClusterInput]] = defaultdict(list)
    placed: set[str] = set()
    ordered: list[ClusterInput] = []

    def place(item: ClusterInput) -> None:
        if item.article_id in placed:
            return
        ordered.append(item)
        placed.add(item.article_id)
        for copy in waiting.pop(item.article_id, []):
            place(copy)

    for item in items:
        original = item.copy_of
        if original is not None and original in present and original not in placed:
            waiting[original].append(item)
        else:
            place(item)
    for copies in list(waiting.values()):  # only a cycle of copies is left here
        for copy in copies:
            place(copy)
    return ordered


def story_id(article_ids: Sequence[str]) -> str:
    """A story's id: stable as long as its first article stays its first."""
    return "s" + hashlib.sha256(article_ids[0].encode()).hexdigest()[:11]


def _best_story(
    vector: Mapping[str, float],
    candidates: set[int],
    centroids: list[dict[str, float]],
    norms: list[float],
    threshold: float,
) -> int | None:
    best, best_score = None, threshold
    for candidate in candidates:
        score = _cosine(vector, centroids[candidate], norms[candidate])
        if score >= best_score:
            best, best_score = candidate, score
    return best


def _idf(items: Sequence[ClusterInput]) -> dict[str, float]:
    """IDF of each term: the geometric mean of its IDF in this run and in English at large."""
    frequency: Counter[str] = Counter()
    for item in items:
        frequency.update(item.terms.keys())
    total = len(items) + 1
    return {
        term: math.sqrt((math.log(total / (count + 0.5)) + 1.0) * background_idf(term))
        for term, count in frequency.items()
    }


def _add(centroid: dict[str, float], norm: float, vector: Mapping[str, float]) -> float:
    """Add ``vector`` to ``centroid``; return the centroid's new squared norm from the old one."""
    dot = sum(weight * centroid.get(term, 0.0) for term, weight in vector.items())
    for term, weight in vector.items():
        centroid[term] = centroid.get(term, 0.0) + weight
    return norm + 2.0 * dot + sum(weight * weight for weight in vector.values())


def _cosine(vector: Mapping[str, float], centroid: Mapping[str, float], norm: float) -> float:
    """Cosine of a unit ``vector`` and ``centroid`` whose squared norm is ``norm``."""
    dot = sum(weight * centroid.get(term, 0.0) for term, weight in vector.items())
    return dot / (math.sqrt(norm) or 1.0)
