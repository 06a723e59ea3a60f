"""Extractors: pure functions from a spaCy Doc and its Article to plain records.

Each extractor has a versioned name; :data:`EXTRACTORS` lists the ones the pipeline runs, and
:func:`pipeline_signature` records them (with the spaCy pipeline) on every stored analysis so
a changed extractor can be re-run and compared.
"""

from __future__ import annotations

from spacy.tokens import Doc

from triangulate.extract import (
    attribution,
    citations,
    entities,
    events,
    propositions,
    terms,
    timex,
)
from triangulate.models import Analysis, Article

__all__ = ["EXTRACTORS", "analyze_doc", "pipeline_signature"]

EXTRACTORS = (
    entities.EXTRACTOR,
    timex.EXTRACTOR,
    citations.EXTRACTOR,
    attribution.EXTRACTOR,
    events.EXTRACTOR,
    terms.EXTRACTOR,
    propositions.EXTRACTOR,
)


def pipeline_signature(pipeline: str) -> str:
    """Return the name of the whole per-article pipeline: spaCy pipeline plus extractors."""
    return ";".join((pipeline, *EXTRACTORS))


def analyze_doc(doc: Doc, article: Article, pipeline: str) -> Analysis:
    """Run every extractor on ``doc`` (parsed from ``article.text``) and collect the records."""
    cited = citations.extract_citations(doc, article)
    dateline = citations.dateline_citation(article)
    if dateline is not None:
        cited.insert(0, dateline)
    quotes = attribution.extract_attributions(doc, article, cited)
    return Analysis(
        article_id=article.article_id,
        pipeline=pipeline,
        sentences=tuple((s.start_char, s.end_char) for s in doc.sents),
        mentions=tuple(entities.extract_mentions(doc, article)),
        timexes=tuple(timex.extract_timexes(doc, article)),
        quotes=tuple(quotes),
        citations=tuple(cited),
        events=tuple(events.extract_events(doc, article)),
        terms=extract_terms_for(doc, article),
        propositions=tuple(propositions.extract_propositions(doc, article, quotes)),
    )


def extract_terms_for(doc: Doc, article: Article) -> dict[str, float]:
    """Return the clustering terms of ``article`` (title included)."""
    return terms.extract_terms(doc, article.title)
