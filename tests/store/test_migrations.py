"""Schema migrations: applied once, recorded, and leaving the database equal to schema.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, select

from triangulate.errors import MigrationError
from triangulate.store import open_store, schema
from triangulate.store.migrations import MIGRATIONS, migrate


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """The URL of a SQLite file that does not exist yet."""
    return f"sqlite:///{tmp_path / 'migrations.db'}"


@pytest.mark.parametrize("expected", [[version for version, _, _ in MIGRATIONS]])
def test_migrations_apply_every_version_once(database_url: str, expected: list[int]) -> None:
    engine = create_engine(database_url)
    try:
        assert migrate(engine) == expected
        assert migrate(engine) == []
        with engine.connect() as connection:
            rows = connection.execute(select(schema.schema_migrations)).all()
    finally:
        engine.dispose()
    assert [row.version for row in rows] == expected
    assert all(row.name and row.applied_at for row in rows)


@pytest.mark.parametrize("openings", [2, 3])
def test_migrations_reopening_an_existing_store_is_a_no_op(
    database_url: str, openings: int
) -> None:
    for _ in range(openings):
        open_store(database_url).close()
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            applied = connection.execute(select(schema.schema_migrations.c.applied_at)).all()
        assert migrate(engine) == []
    finally:
        engine.dispose()
    assert len(applied) == len(MIGRATIONS)


@pytest.mark.parametrize("table_name", sorted(schema.metadata.tables))
def test_migrations_leave_the_database_equal_to_schema(database_url: str, table_name: str) -> None:
    engine = create_engine(database_url)
    try:
        migrate(engine)
        inspector = inspect(engine)
        columns = {c["name"]: c for c in inspector.get_columns(table_name)}
        primary_key = inspector.get_pk_constraint(table_name)["constrained_columns"]
    finally:
        engine.dispose()
    table = schema.metadata.tables[table_name]
    assert list(columns) == [c.name for c in table.columns]
    nullable = {name: c["nullable"] for name, c in columns.items() if name not in primary_key}
    assert nullable == {c.name: c.nullable for c in table.columns if not c.primary_key}
    assert sorted(primary_key) == sorted(c.name for c in table.primary_key.columns)


@pytest.mark.parametrize("statement", ["CREATE TABLE schema_migrations (version TEXT)"])
def test_migrations_failure_raises_migration_error(database_url: str, statement: str) -> None:
    engine = create_engine(database_url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(statement)
        with pytest.raises(MigrationError, match="schema up to date"):
            migrate(engine)
    finally:
        engine.dispose()


def _columns_after_upgrade(
    database_url: str, table: str, version: int, downgrade: list[str]
) -> list[str]:
    """Build a current store, turn ``table`` back to schema ``version`` with the
    ``downgrade`` statements, migrate again, and return the table's columns."""
    engine = create_engine(database_url)
    try:
        migrate(engine)
        with engine.begin() as connection:
            for statement in downgrade:
                connection.exec_driver_sql(statement)
            connection.exec_driver_sql(f"DELETE FROM schema_migrations WHERE version > {version}")
        assert migrate(engine) == [v for v, _, _ in MIGRATIONS if v > version]
        return [c["name"] for c in inspect(engine).get_columns(table)]
    finally:
        engine.dispose()


@pytest.mark.parametrize("old_columns", ["type TEXT, value TEXT, mod TEXT, anchor TEXT"])
def test_migrations_add_the_tense_column_to_a_version_1_store(
    database_url: str, old_columns: str
) -> None:
    downgrade = [
        "DROP TABLE time_exprs",
        f"CREATE TABLE time_exprs (article_id TEXT, {old_columns})",
    ]
    assert "tense" in _columns_after_upgrade(database_url, "time_exprs", 1, downgrade)


@pytest.mark.parametrize("added", [["source_kind", "source_count", "source_affiliation", "hedges"]])
def test_migrations_add_source_types_to_a_version_2_store(
    database_url: str, added: list[str]
) -> None:
    downgrade = [f"ALTER TABLE quotes DROP COLUMN {name}" for name in added]
    assert set(added) <= set(_columns_after_upgrade(database_url, "quotes", 2, downgrade))


@pytest.mark.parametrize("version", [4])
def test_migrations_add_the_propositions_table_to_a_version_4_store(
    database_url: str, version: int
) -> None:
    columns = _columns_after_upgrade(
        database_url, "propositions", version, ["DROP TABLE propositions"]
    )
    assert [c.name for c in schema.propositions.columns] == columns
