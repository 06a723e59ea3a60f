"""The main job: ingest inputs, analyse new articles, find copies, group stories.

Every step writes to the store, so a run can stop anywhere and the next run resumes: an
article already analysed by the same pipeline is not analysed again, an exact duplicate only
adds its source, and copies and stories are recomputed from what is stored.

Stories follow the stream: a run's articles are clustered together with the articles of the
stored stories still open in the run's days (see :func:`open_stories`), so today's report joins
yesterday's story. Stories keep their ids from run to run, and the merges and splits a run
makes are stored (:mod:`triangulate.crossdoc.lineage`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from triangulate import __version__
from triangulate.config import Settings
from triangulate.crossdoc.cluster import (
    ClusterInput,
    ClusterOptions,
    cluster_articles,
    publication_day,
)
from triangulate.crossdoc.copies import find_copies
from triangulate.crossdoc.lineage import carry_ids
from triangulate.extract import pipeline_signature
from triangulate.ingest import read_inputs
from triangulate.ingest.identity import minhash_signature, shingles
from triangulate.models import Article, Skipped, Story, StoryChange
from triangulate.nlp.pipeline import describe_installed, describe_pipeline
from triangulate.process import process_articles
from triangulate.report import build_report
from triangulate.report.exports import event_rows, write_rows
from triangulate.store.sql import SQLStore

log = logging.getLogger(__name__)

#: Called with (articles done, articles to do) as the per-article pipeline advances.
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class RunResult:
    """What one ``analyze`` run did."""

    article_ids: tuple[str, ...]  # every article of this run's inputs, duplicates once
    stories: tuple[Story, ...]  # the stories that hold this run's articles
    analysed: int  # articles newly analysed in this run
    reused: int  # articles found already analysed in the store
    duplicates: int  # inputs whose text was an exact duplicate of another input or article
    skipped: tuple[Skipped, ...]  # inputs that could not be read or analysed, with reasons
    changes: tuple[StoryChange, ...] = ()  # stored stories this run merged or split


def analyze(
    inputs: Sequence[str],
    settings: Settings,
    store: SQLStore,
    *,
    nlp: Language | None = None,
    progress: Progress | None = None,
) -> RunResult:
    """Ingest ``inputs`` into ``store``, analyse what is new, and group the run's stories."""
    articles, skipped, duplicates = _read_unique(inputs, settings)
    installed = describe_pipeline(nlp) if nlp is not None else describe_installed(settings)
    signature = pipeline_signature(installed)
    done = store.analysed_ids(signature)
    todo = [a for a in articles if a.article_id not in done]
    failed = _analyse(todo, settings, store, nlp, progress) if todo else []
    lost = {a.article_id for a, _ in failed}
    for article in articles:
        if article.article_id in done:
            store.add_source(article.article_id, article.source)
    for article, source in duplicates:
        if article.article_id not in lost:
            store.add_source(article.article_id, source)
    article_ids = tuple(a.article_id for a in articles if a.article_id not in lost)
    store.set_copies(find_copies(store.iter_signatures(), threshold=settings.copy_similarity))
    stored = store.get_stories()
    following = open_stories(article_ids, stored, store, ClusterOptions().window_days)
    clustered = list(dict.fromkeys([*following, *article_ids]))
    stories, changes = carry_ids(group_stories(clustered, settings, store), stored)
    store.save_stories(stories, changes)
    run = set(article_ids)
    return RunResult(
        article_ids=article_ids,
        stories=tuple(s for s in stories if run.intersection(s.article_ids)),
        changes=tuple(changes),
        analysed=len(todo) - len(failed),
        reused=len(articles) - len(todo),
        duplicates=len(duplicates),
        skipped=tuple(skipped) + tuple(Skipped(a.source, reason) for a, reason in failed),
    )


def open_stories(
    article_ids: Sequence[str],
    stored: Mapping[str, Sequence[str]],
    store: SQLStore,
    window_days: float,
) -> list[str]:
    """The articles of the stored stories that this run's articles may join: those that hold
    one of them, and those with an article dated within ``window_days`` of the run's dated
    articles. Undated stored stories are open only when the run is undated too."""
    if not stored:
        return []
    run = set(article_ids)
    days = store.get_published([a for ids in stored.values() for a in ids] + list(run))
    day = {a: d for a, published in days.items() if (d := publication_day(published)) is not None}
    run_days = [day[a] for a in run if a in day]
    first, last = (min(run_days), max(run_days)) if run_days else (None, None)
    following: list[str] = []
    for ids in stored.values():
        dated = [day[a] for a in ids if a in day]
        if run.intersection(ids):
            is_open = True
        elif first is None or last is None or not dated:
            is_open = first is None and not dated
        else:
            is_open = max(dated) >= first - window_days and min(dated) <= last + window_days
        if is_open:
            following.extend(ids)
    return following


def group_stories(article_ids: Sequence[str], settings: Settings, store: SQLStore) -> list[Story]:
    """Cluster stored articles into stories, taking them in publication, then ingest, order.

    ``article_ids`` gives the ingest order (articles read again keep their first place).
    """
    articles = store.get_articles(article_ids)
    terms = store.get_terms(article_ids)
    order = {article_id: index for index, article_id in enumerate(article_ids)}
    articles.sort(key=lambda a: (_date_key(a), order[a.article_id]))
    items = [
        ClusterInput(
            article_id=a.article_id,
            terms=terms.get(a.article_id, {}),
            title=a.title or lead_words(a.text),
            copy_of=a.copy_of,
            day=publication_day(a.published),
        )
        for a in articles
    ]
    return cluster_articles(items, ClusterOptions(threshold=settings.story_threshold))


def lead_words(text: str, count: int = 12) -> str:
    """Return the first ``count`` words of ``text``'s first line, to name an untitled story."""
    words = text.split("\n", 1)[0].split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def report_run(stories: Sequence[Story], store: SQLStore) -> dict[str, Any]:
    """Build the report of ``stories`` from what the store holds about their articles."""
    ids = [article_id for story in stories for article_id in story.article_ids]
    articles = {a.article_id: a for a in store.get_articles(ids)}
    originals = sorted({a.copy_of for a in articles.values() if a.copy_of} - articles.keys())
    articles.update({a.article_id: a for a in store.get_articles(originals)})
    analyses = store.get_analyses(list(articles))
    changes = store.get_story_changes([story.story_id for story in stories])
    return build_report(
        stories, articles, analyses, generator=f"triangulate {__version__}", changes=changes
    )


def export_events(store: SQLStore, path: Path, fmt: str) -> int:
    """Write the story-level events of every stored story to ``path`` as ``fmt`` (csv,
    jsonl, parquet; ``report.exports``); return the number of events written."""
    rows = event_rows(report_run(store.get_story_records(), store))
    write_rows(rows, path, fmt)
    return len(rows)


def _read_unique(
    inputs: Sequence[str], settings: Settings
) -> tuple[list[Article], list[Skipped], list[tuple[Article, str]]]:
    articles: dict[str, Article] = {}
    skipped: list[Skipped] = []
    duplicates: list[tuple[Article, str]] = []
    for item in read_inputs(inputs, settings):
        if isinstance(item, Skipped):
            skipped.append(item)
        elif item.article_id in articles:
            duplicates.append((articles[item.article_id], item.source))
        else:
            articles[item.article_id] = item
    return list(articles.values()), skipped, duplicates


def _analyse(
    todo: list[Article],
    settings: Settings,
    store: SQLStore,
    nlp: Language | None,
    progress: Progress | None,
) -> list[tuple[Article, str]]:
    failed: list[tuple[Article, str]] = []
    if progress is not None:
        progress(0, len(todo))
    for count, (article, outcome) in enumerate(process_articles(todo, settings, nlp), start=1):
        if isinstance(outcome, str):
            log.warning("could not analyse %s: %s", article.source, outcome)
            failed.append((article, outcome))
        else:
            signature = minhash_signature(
                shingles(article.text, settings.shingle_size), settings.minhash_perm
            )
            store.save_analysis(article, outcome, signature)
        if progress is not None:
            progress(count, len(todo))
    return failed


def _date_key(article: Article) -> str:
    published = article.published
    return (published.value or published.earliest or "9999") if published else "9999"
