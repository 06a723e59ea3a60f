"""The spaCy pipeline: built once, described the same loaded or not."""

from __future__ import annotations

import pytest

from triangulate.config import Settings
from triangulate.errors import PipelineError
from triangulate.nlp.pipeline import build_nlp, describe_installed, describe_pipeline


@pytest.mark.slow
def test_pipeline_described_alike_loaded_or_not(english_nlp, default_settings: Settings) -> None:
    assert describe_installed(default_settings) == describe_pipeline(english_nlp)


@pytest.mark.parametrize("name", ["no_such_pipeline_xyz"])
def test_pipeline_missing_is_a_pipeline_error(name: str) -> None:
    with pytest.raises(PipelineError, match="not installed"):
        describe_installed(Settings(pipeline=name))
    with pytest.raises(PipelineError, match="not installed"):
        build_nlp(Settings(pipeline=name))
