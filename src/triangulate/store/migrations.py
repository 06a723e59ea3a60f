"""Numbered schema migrations, each applied once in a transaction and recorded.

Migration 1 creates the version-1 tables. A later schema change appends a function to
:data:`MIGRATIONS` (``ALTER TABLE ...`` through SQLAlchemy) and edits ``schema.py`` to match;
``tests/store/test_migrations.py`` checks that the migrated database equals ``schema.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, select, text
from sqlalchemy.exc import SQLAlchemyError

from triangulate.errors import MigrationError
from triangulate.store import schema

_V1_TABLES = (
    "schema_migrations",
    "articles",
    "article_sources",
    "analyses",
    "mentions",
    "time_exprs",
    "quotes",
    "citations",
    "events",
    "stories",
    "story_articles",
)


def _m001_initial(connection: Connection) -> None:
    tables = [schema.metadata.tables[name] for name in _V1_TABLES]
    schema.metadata.create_all(connection, tables=tables)


def _m002_timex_tense(connection: Connection) -> None:
    # Migration 1 builds tables from the current schema, so a new store has the column already.
    columns = {c["name"] for c in inspect(connection).get_columns("time_exprs")}
    if "tense" not in columns:
        connection.execute(text("ALTER TABLE time_exprs ADD COLUMN tense VARCHAR(10)"))


def _m003_source_types(connection: Connection) -> None:
    columns = {c["name"] for c in inspect(connection).get_columns("quotes")}
    added = {
        "source_kind": "VARCHAR(20)",
        "source_count": "INTEGER",
        "source_affiliation": "TEXT",
        "hedges": "TEXT NOT NULL DEFAULT '[]'",
    }
    for name, kind in added.items():
        if name not in columns:
            connection.execute(text(f"ALTER TABLE quotes ADD COLUMN {name} {kind}"))


def _m004_story_changes(connection: Connection) -> None:
    if not inspect(connection).has_table("story_changes"):
        schema.story_changes.create(connection)


def _m005_propositions(connection: Connection) -> None:
    if not inspect(connection).has_table("propositions"):
        schema.propositions.create(connection)


def _m006_event_contexts(connection: Connection) -> None:
    columns = {c["name"] for c in inspect(connection).get_columns("events")}
    if "contexts" not in columns:
        connection.execute(
            text("ALTER TABLE events ADD COLUMN contexts TEXT NOT NULL DEFAULT '[]'")
        )


#: (version, name, function), in order
MIGRATIONS: tuple[tuple[int, str, Callable[[Connection], None]], ...] = (
    (1, "initial tables", _m001_initial),
    (2, "tense of time expressions", _m002_timex_tense),
    (3, "source types and hedges of quotes", _m003_source_types),
    (4, "merges and splits of stories", _m004_story_changes),
    (5, "propositions", _m005_propositions),
    (6, "contexts of events", _m006_event_contexts),
)


def migrate(engine: Engine) -> list[int]:
    """Apply every migration the database lacks; return the versions applied."""
    applied_now = []
    try:
        with engine.begin() as connection:
            if not inspect(connection).has_table("schema_migrations"):
                schema.schema_migrations.create(connection)
            done = set(connection.scalars(select(schema.schema_migrations.c.version)))
        for version, name, function in MIGRATIONS:
            if version in done:
                continue
            with engine.begin() as connection:
                function(connection)
                connection.execute(
                    schema.schema_migrations.insert().values(
                        version=version, name=name, applied_at=datetime.now(UTC).isoformat()
                    )
                )
            applied_now.append(version)
    except SQLAlchemyError as exc:
        raise MigrationError(
            f"cannot bring the store's schema up to date: {exc}; check the database URL and "
            "that no other version of Triangulate is writing to it"
        ) from exc
    return applied_now
