"""Opening a store: URLs, file paths, persistence and helpful errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from triangulate.errors import StoreError
from triangulate.models import Analysis, Article
from triangulate.store import open_store
from triangulate.store.migrations import MIGRATIONS


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_store_opens_an_empty_in_memory_store(url: str) -> None:
    store = open_store(url)
    try:
        assert store.count("articles") == 0
        assert store.count("schema_migrations") == len(MIGRATIONS)
    finally:
        store.close()


@pytest.mark.parametrize(
    "location",
    [
        lambda tmp: str(tmp / "plain.db"),
        lambda tmp: str(tmp / "new" / "nested" / "dir" / "store.db"),
        lambda tmp: f"sqlite:///{tmp / 'as-url' / 'store.db'}",
    ],
    ids=["path", "nested-path", "url"],
)
def test_store_keeps_articles_in_a_file_across_openings(
    tmp_path: Path,
    make_article: Callable[..., Article],
    location: Callable[[Path], str],
) -> None:
    url = location(tmp_path)
    article = make_article("The Ostra dam held overnight.", "kept", published="2026-02-25")
    store = open_store(url)
    store.save_analysis(article, Analysis("kept", "pipeline-a", terms={"dam": 1.0}), None)
    store.close()

    reopened = open_store(url)
    try:
        assert reopened.get_articles(["kept"]) == [article]
        assert reopened.analysed_ids("pipeline-a") == {"kept"}
        assert reopened.count("schema_migrations") == len(MIGRATIONS)
    finally:
        reopened.close()
    assert list(tmp_path.rglob("*.db"))


@pytest.mark.issue(2)
@pytest.mark.parametrize(
    "location, hint",
    [
        (lambda tmp: "nosuchdialect://somewhere/db", "SQLAlchemy URL"),
        (lambda tmp: str(tmp / "directory-not-a-db"), "database URL"),
        (lambda tmp: str(tmp / "a-file.txt" / "store.db"), "a-file.txt"),
        (lambda tmp: f"sqlite:///{tmp / 'a-file.txt' / 'deeper' / 'store.db'}", "a-file.txt"),
    ],
    ids=["unknown-dialect", "directory", "under-a-file", "url-under-a-file"],
)
def test_store_unopenable_location_raises_store_error(
    tmp_path: Path, location: Callable[[Path], str], hint: str
) -> None:
    (tmp_path / "directory-not-a-db").mkdir()
    (tmp_path / "a-file.txt").write_text("not a folder", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot") as raised:
        open_store(location(tmp_path))
    assert hint in str(raised.value)
