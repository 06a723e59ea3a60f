"""The single conftest: options, markers and shared fixtures.

Tests marked ``slow`` load the real spaCy model; they run with ``--slow`` (``make test`` passes
it). Everything else builds its inputs by hand and runs in well under a second.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from triangulate.config import Settings
from triangulate.models import Article, PublishedDate
from triangulate.nlp.pipeline import build_nlp
from triangulate.store import open_store
from triangulate.store.sql import SQLStore

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run tests that load the spaCy model")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="loads the spaCy model; run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def default_settings() -> Settings:
    """Settings with every default (the store URL is overridden per test)."""
    return Settings()


@pytest.fixture
def memory_settings(tmp_path: Path) -> Settings:
    """Settings whose store is a throwaway SQLite file under ``tmp_path``."""
    return Settings(db_url=f"sqlite:///{tmp_path / 'triangulate.db'}")


@pytest.fixture
def memory_store() -> Iterator[SQLStore]:
    """An empty in-memory store."""
    store = open_store("sqlite://")
    yield store
    store.close()


@pytest.fixture(scope="session")
def english_nlp(default_settings: Settings) -> Language:
    """The real spaCy pipeline, built once per test session (slow tests only)."""
    return build_nlp(default_settings)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The example corpus shipped in the repository."""
    return ROOT / "examples"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` beside the checkout; tests that need it skip when it is absent."""
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip(f"{path} not found: the shared development data sits beside the checkout")
    return path


@pytest.fixture
def make_article() -> Callable[..., Article]:
    """Build an Article by hand: ``make_article("text", published="2026-01-01", outlet=...)``."""

    def build(text: str, article_id: str = "a1", **fields: Any) -> Article:
        published = fields.pop("published", None)
        if isinstance(published, str):
            published = PublishedDate(
                value=published, precision="day", earliest=published, latest=published
            )
        return Article(
            article_id=article_id,
            source=fields.pop("source", f"{article_id}.txt"),
            text=text,
            published=published,
            **fields,
        )

    return build


@pytest.fixture
def parse(english_nlp: Language) -> Callable[[str], Any]:
    """Parse a text with the real pipeline (slow tests only)."""
    return english_nlp
