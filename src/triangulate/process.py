"""Run the per-article pipeline (spaCy parse + extractors) over many articles, in batches.

With one worker the caller's ``nlp`` object is used; with N workers, N processes each build
their own pipeline once and parse and extract whole chunks, returning plain records. One
article that fails never stops the batch: it comes back as a failure with its reason.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language

from triangulate.config import Settings
from triangulate.extract import analyze_doc, pipeline_signature
from triangulate.models import Analysis, Article
from triangulate.nlp.pipeline import build_nlp, describe_pipeline

log = logging.getLogger(__name__)

Outcome = tuple[Article, Analysis | str]

_worker_nlp: Language | None = None  # set once in each worker process by _init_worker


def process_articles(
    articles: Iterable[Article],
    settings: Settings,
    nlp: Language | None = None,
) -> Iterator[Outcome]:
    """Yield (article, analysis) for each article, or (article, reason) when it failed.

    Results come back in input order. ``nlp`` is built from ``settings`` when not given and
    one worker is asked for; worker processes always build their own.
    """
    chunks = _chunked(articles, settings.batch_size)
    if settings.workers <= 1:
        model = nlp if nlp is not None else build_nlp(settings)
        for chunk in chunks:
            yield from _process_chunk(model, chunk)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(settings.workers, initializer=_init_worker, initargs=(settings,)) as pool:
        for results in pool.imap(_worker_chunk, chunks):
            yield from results


def _process_chunk(nlp: Language, chunk: list[Article]) -> list[Outcome]:
    signature = pipeline_signature(describe_pipeline(nlp))
    try:
        docs = list(nlp.pipe([a.text for a in chunk]))
    except Exception:
        log.warning("batch of %d failed in spaCy; retrying article by article", len(chunk))
        return [_process_one(nlp, article, signature) for article in chunk]
    return [_extract(doc, article, signature) for doc, article in zip(docs, chunk, strict=True)]


def _process_one(nlp: Language, article: Article, signature: str) -> Outcome:
    try:
        doc = nlp(article.text)
    except Exception as exc:
        return article, f"the NLP pipeline failed: {type(exc).__name__}: {exc}"
    return _extract(doc, article, signature)


def _extract(doc: object, article: Article, signature: str) -> Outcome:
    try:
        return article, analyze_doc(doc, article, signature)  # type: ignore[arg-type]
    except Exception as exc:
        log.exception("extraction failed for %s", article.source)
        return article, f"extraction failed: {type(exc).__name__}: {exc}"


def _chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk


def _init_worker(settings: Settings) -> None:
    global _worker_nlp
    _worker_nlp = build_nlp(settings)


def _worker_chunk(chunk: list[Article]) -> list[Outcome]:
    assert _worker_nlp is not None, "worker used before _init_worker ran"
    return _process_chunk(_worker_nlp, chunk)
