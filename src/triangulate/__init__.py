"""Triangulate: turn many news reports of one story into a cross-checked, attributed account.

The library is the product; the ``triangulate`` command is a thin layer over it::

    from triangulate import analyze, build_nlp, load_settings, open_store, report_run

    settings = load_settings()
    store = open_store("sqlite:///triangulate.db")
    result = analyze(["examples/"], settings, store, nlp=build_nlp(settings))
    report = report_run(result.stories, store)
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

from triangulate.analyze import RunResult, analyze, group_stories, report_run
from triangulate.config import Settings, load_settings
from triangulate.errors import (
    ExtractionError,
    IngestError,
    MigrationError,
    NotFound,
    PipelineError,
    StoreError,
    TriangulateError,
)
from triangulate.ingest import read_inputs
from triangulate.models import (
    Analysis,
    Article,
    Citation,
    Entity,
    EventRecord,
    Evidence,
    InferredDate,
    Mention,
    Origin,
    Proposition,
    PublishedDate,
    Quote,
    Skipped,
    Story,
    StoryEvent,
    TimeExpr,
    TimelineConflict,
    TimelineItem,
)
from triangulate.nlp.pipeline import build_nlp
from triangulate.predict import predict
from triangulate.report import build_report, render_html, write_report
from triangulate.store import open_store

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Analysis",
    "Article",
    "Citation",
    "Entity",
    "EventRecord",
    "Evidence",
    "ExtractionError",
    "InferredDate",
    "IngestError",
    "Mention",
    "MigrationError",
    "NotFound",
    "Origin",
    "PipelineError",
    "Proposition",
    "PublishedDate",
    "Quote",
    "RunResult",
    "Settings",
    "Skipped",
    "StoreError",
    "Story",
    "StoryEvent",
    "TimeExpr",
    "TimelineConflict",
    "TimelineItem",
    "TriangulateError",
    "__version__",
    "analyze",
    "build_nlp",
    "build_report",
    "group_stories",
    "load_settings",
    "open_store",
    "predict",
    "read_inputs",
    "render_html",
    "report_run",
    "write_report",
]
