"""Storage of articles and their records; SQL stays inside this package."""

from triangulate.store.sql import SQLStore

__all__ = ["SQLStore", "open_store"]


def open_store(url: str) -> SQLStore:
    """Open (creating and migrating if needed) the store at a SQLAlchemy URL or a file path."""
    if "://" not in url:
        url = f"sqlite:///{url}"
    return SQLStore(url)
