"""The main job: ingest inputs, analyse new articles, find copies, group stories.

Every step writes to the store, so a run can stop anywhere and the next run resumes: an
article already analysed by the same pipeline is not analysed again, an exact duplicate only
adds its source, and copies and stories are recomputed from what is stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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
from triangulate.extract import pipeline_signature
from triangulate.ingest import read_inputs
from triangulate.ingest.identity import minhash_signature, shingles
from triangulate.models import Article, Skipped, Story
from triangulate.nlp.pipeline import describe_installed, describe_pipeline
from triangulate.process import process_articles
from triangulate.report import build_report
from triangulate.store.sql import SQLStore

log = logging.getLogger(__name__)

#: Called with (articles done, articles to do) as the per-article pipeline advances.
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class RunResult:
    """What one ``analyze`` run did."""

    article_ids: tuple[str, ...]  # every article of this run's inputs, duplicates once
    stories: tuple[Story, ...]
    analysed: int  # articles newly analysed in this run
    reused: int  # articles found already analysed in the store
    duplicates: int  # inputs whose text was an exact duplicate of another input or article
    skipped: tuple[Skipped, ...]  # inputs that could not be read or analysed, with reasons


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
    stories = group_stories(article_ids, settings, store)
    store.save_stories(stories)
    return RunResult(
        article_ids=article_ids,
        stories=tuple(stories),
        analysed=len(todo) - len(failed),
        reused=len(articles) - len(todo),
        duplicates=len(duplicates),
        skipped=tuple(skipped) + tuple(Skipped(a.source, reason) for a, reason in failed),
    )


def group_stories(article_ids: Sequence[str], settings: Settings, store: SQLStore) -> list[Story]:
    """Cluster stored articles into stories, taking them in publication, then ingest, order."""
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
    return build_report(stories, articles, analyses, generator=f"triangulate {__version__}")


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
