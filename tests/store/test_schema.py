"""The tables hold every field of the records they store."""

from __future__ import annotations

from dataclasses import fields

import pytest
from sqlalchemy import Table

from triangulate.models import (
    Article,
    Citation,
    EventRecord,
    Mention,
    Proposition,
    Quote,
    Story,
    TimeExpr,
)
from triangulate.store import schema


@pytest.mark.parametrize(
    "table, record, renamed",
    [
        (schema.mentions, Mention, {}),
        (schema.time_exprs, TimeExpr, {}),
        (schema.quotes, Quote, {}),
        (schema.citations, Citation, {}),
        (schema.events, EventRecord, {}),
        (schema.propositions, Proposition, {}),
        (schema.stories, Story, {"article_ids": None}),
        (
            schema.articles,
            Article,
            {
                "published": (
                    "published_value",
                    "published_precision",
                    "published_earliest",
                    "published_latest",
                    "published_inferred",
                    "published_basis",
                    "published_time",
                )
            },
        ),
    ],
    ids=lambda value: getattr(value, "name", getattr(value, "__name__", "")),
)
def test_schema_has_a_column_for_every_record_field(
    table: Table, record: type, renamed: dict[str, tuple[str, ...] | None]
) -> None:
    columns = set(table.columns.keys())
    for field in fields(record):
        expected = renamed.get(field.name, (field.name,))
        if expected is not None:
            assert set(expected) <= columns, f"{table.name} lacks {field.name}"


@pytest.mark.parametrize("table", schema.ANNOTATION_TABLES, ids=lambda t: t.name)
def test_schema_annotations_point_into_an_article(table: Table) -> None:
    article_id = table.columns["article_id"]
    assert not article_id.nullable
    assert article_id.index
    assert [fk.target_fullname for fk in article_id.foreign_keys] == ["articles.article_id"]
    for name in ("start", "end", "text", "extractor"):
        assert not table.columns[name].nullable
