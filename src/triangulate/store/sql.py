"""The store: articles and everything extracted from them, in SQLite (default) or PostgreSQL.

Every write for one article happens in one transaction, so a crash mid-batch leaves complete
articles behind and the next run resumes with the rest. Re-running the same input adds nothing.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, insert, select
from sqlalchemy.exc import SQLAlchemyError

from triangulate.errors import StoreError
from triangulate.models import (
    Analysis,
    Article,
    Citation,
    CopySignature,
    EventRecord,
    Mention,
    Proposition,
    PublishedDate,
    Quote,
    Story,
    StoryChange,
    TimeExpr,
)
from triangulate.store import schema
from triangulate.store.migrations import migrate

INGEST_EXTRACTOR = "ingest.v1"
_R = TypeVar("_R")
_PUBLISHED = "published_"  # column prefix of the PublishedDate fields of an article
_CHUNK = 500


class SQLStore:
    """A store behind a SQLAlchemy URL (``sqlite:///triangulate.db``, ``postgresql://...``)."""

    def __init__(self, url: str) -> None:
        try:
            self.engine: Engine = create_engine(url, future=True)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise StoreError(f"cannot open store {url!r}: {exc}; give a SQLAlchemy URL") from exc
        if self.engine.dialect.name == "sqlite":
            database = self.engine.url.database
            if database and database != ":memory:":
                folder = Path(database).parent
                try:
                    folder.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(
                        f"cannot open store {url!r}: cannot create its folder {folder}: {exc}; "
                        "give a path in a writable folder"
                    ) from exc
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            migrate(self.engine)
        except StoreError:
            raise
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open store {url!r}: {exc}") from exc

    def close(self) -> None:
        """Release the store's connections."""
        self.engine.dispose()

    # -- articles ------------------------------------------------------------------------
    def analysed_ids(self, pipeline: str) -> set[str]:
        """Return the ids of articles already analysed by ``pipeline``."""
        query = select(schema.analyses.c.article_id).where(schema.analyses.c.pipeline == pipeline)
        with self.engine.connect() as connection:
            return set(connection.scalars(query))

    def add_source(self, article_id: str, source: str) -> None:
        """Record that ``source`` holds the text of a stored article (an exact duplicate)."""
        with self._write() as connection:
            _add_source(connection, article_id, source)

    def save_analysis(self, article: Article, analysis: Analysis, minhash: bytes | None) -> None:
        """Store ``article`` (if new) and replace its analysis, in one transaction."""
        with self._write() as connection:
            _insert_article(connection, article, minhash)
            _add_source(connection, article.article_id, article.source)
            for table in (*schema.ANNOTATION_TABLES, schema.analyses):
                connection.execute(delete(table).where(table.c.article_id == article.article_id))
            connection.execute(insert(schema.analyses).values(**_analysis_row(analysis)))
            for table, rows in _annotation_rows(analysis):
                if rows:
                    connection.execute(insert(table), rows)

    def get_articles(self, article_ids: Sequence[str]) -> list[Article]:
        """Return the stored articles with these ids, in the order given (unknown ids skipped)."""
        rows = self._select_in(schema.articles, article_ids)
        by_id = {row["article_id"]: _article(row) for row in rows}
        return [by_id[i] for i in article_ids if i in by_id]

    def iter_signatures(self) -> Iterator[CopySignature]:
        """Yield what near-duplicate detection needs of every stored article."""
        t = schema.articles
        query = select(
            t.c.article_id, t.c.minhash, t.c.published_value, t.c.seq, t.c.outlet, t.c.agency
        )
        with self.engine.connect() as connection:
            for row in connection.execute(query.where(t.c.minhash.is_not(None))):
                yield CopySignature(
                    article_id=row.article_id,
                    signature=row.minhash,
                    published=row.published_value,
                    seq=row.seq,
                    outlet=row.outlet,
                    agency=row.agency,
                )

    def set_copies(self, copies: Mapping[str, str | None]) -> None:
        """Set or clear ``copy_of`` for the given articles (only rows that change are written)."""
        table = schema.articles
        with self._write() as connection:
            query = select(table.c.article_id, table.c.copy_of)
            current = {row.article_id: row.copy_of for row in connection.execute(query)}
            for article_id, original in copies.items():
                if article_id in current and current[article_id] != original:
                    connection.execute(
                        table.update()
                        .where(table.c.article_id == article_id)
                        .values(copy_of=original)
                    )

    def get_terms(self, article_ids: Sequence[str]) -> dict[str, dict[str, float]]:
        """Return the clustering terms of these articles, by article id (no annotations read)."""
        rows = self._select_in(schema.analyses, article_ids)
        return {row["article_id"]: json.loads(row["terms"]) for row in rows}

    def get_analyses(self, article_ids: Sequence[str]) -> dict[str, Analysis]:
        """Return the stored analyses of these articles, by article id."""
        result = {}
        rows = self._select_in(schema.analyses, article_ids)
        annotations = {
            t.name: _group(self._select_in(t, article_ids)) for t in schema.ANNOTATION_TABLES
        }
        for row in rows:
            article_id = row["article_id"]
            result[article_id] = Analysis(
                article_id=article_id,
                pipeline=row["pipeline"],
                sentences=tuple(tuple(pair) for pair in json.loads(row["sentences"])),
                terms=json.loads(row["terms"]),
                mentions=tuple(_mention(r) for r in annotations["mentions"].get(article_id, [])),
                timexes=tuple(_timex(r) for r in annotations["time_exprs"].get(article_id, [])),
                quotes=tuple(_quote(r) for r in annotations["quotes"].get(article_id, [])),
                citations=tuple(_citation(r) for r in annotations["citations"].get(article_id, [])),
                events=tuple(_event(r) for r in annotations["events"].get(article_id, [])),
                propositions=tuple(
                    _proposition(r) for r in annotations["propositions"].get(article_id, [])
                ),
            )
        return result

    # -- stories -------------------------------------------------------------------------
    def save_stories(self, stories: Iterable[Story], changes: Iterable[StoryChange] = ()) -> None:
        """Store ``stories`` and the ``changes`` that made them, in one transaction.

        Their articles leave the stories they were in before, and a story saved again (same
        id) loses its earlier members too: a later run over fewer inputs re-creates a story
        without some of its articles. A stored story left without articles is deleted.
        """
        stories = list(stories)
        now = _now()
        table = schema.story_articles
        with self._write() as connection:
            members = [a for s in stories for a in s.article_ids]
            before: set[str] = set()
            for chunk in _chunks(members):
                query = select(table.c.story_id).where(table.c.article_id.in_(chunk))
                before.update(connection.scalars(query))
                connection.execute(delete(table).where(table.c.article_id.in_(chunk)))
            for chunk in _chunks([s.story_id for s in stories]):
                connection.execute(delete(table).where(table.c.story_id.in_(chunk)))
            for story in stories:
                connection.execute(
                    delete(schema.stories).where(schema.stories.c.story_id == story.story_id)
                )
                connection.execute(
                    insert(schema.stories).values(
                        story_id=story.story_id,
                        title=story.title,
                        method=story.method,
                        created_at=now,
                    )
                )
                if story.article_ids:
                    connection.execute(
                        insert(table),
                        [{"story_id": story.story_id, "article_id": a} for a in story.article_ids],
                    )
            emptied = sorted(before - {s.story_id for s in stories})
            for chunk in _chunks(emptied):
                still = set(
                    connection.scalars(select(table.c.story_id).where(table.c.story_id.in_(chunk)))
                )
                gone = [story_id for story_id in chunk if story_id not in still]
                if gone:
                    connection.execute(
                        delete(schema.stories).where(schema.stories.c.story_id.in_(gone))
                    )
            _insert_changes(connection, changes, now)

    def get_stories(self) -> dict[str, tuple[str, ...]]:
        """Return every stored story's article ids (in ingest order), by story id."""
        table, articles = schema.story_articles, schema.articles
        query = (
            select(table.c.story_id, table.c.article_id)
            .join(articles, articles.c.article_id == table.c.article_id)
            .order_by(articles.c.seq)
        )
        members: dict[str, list[str]] = {}
        with self.engine.connect() as connection:
            for row in connection.execute(query):
                members.setdefault(row.story_id, []).append(row.article_id)
        return {story_id: tuple(ids) for story_id, ids in members.items()}

    def get_story_records(self) -> list[Story]:
        """Return every stored story (title, method and articles in ingest order)."""
        members = self.get_stories()
        with self.engine.connect() as connection:
            rows = list(
                connection.execute(select(schema.stories).order_by(schema.stories.c.story_id))
            )
        return [
            Story(row.story_id, row.title, members[row.story_id], row.method)
            for row in rows
            if row.story_id in members
        ]

    def get_published(self, article_ids: Sequence[str]) -> dict[str, PublishedDate | None]:
        """Return the publication dates of these articles (without reading their text)."""
        t = schema.articles
        dated = [c for c in t.c if c.name.startswith(_PUBLISHED)]
        result: dict[str, PublishedDate | None] = {}
        with self.engine.connect() as connection:
            for chunk in _chunks(list(article_ids)):
                query = select(t.c.article_id, *dated).where(t.c.article_id.in_(chunk))
                for row in connection.execute(query):
                    result[row.article_id] = _published(dict(row._mapping))
        return result

    def get_story_changes(self, story_ids: Sequence[str]) -> list[StoryChange]:
        """Return the merges and splits that these stories took part in, oldest first."""
        t = schema.story_changes
        seqs: set[int] = set()
        with self.engine.connect() as connection:
            for chunk in _chunks(list(story_ids)):
                query = select(t.c.seq).where(t.c.from_id.in_(chunk) | t.c.into_id.in_(chunk))
                seqs.update(connection.scalars(query))
            rows: list[Any] = []
            ordered = sorted(seqs)
            for start in range(0, len(ordered), _CHUNK):
                chunk_seqs = ordered[start : start + _CHUNK]
                query = select(t).where(t.c.seq.in_(chunk_seqs)).order_by(t.c.change_id)
                rows.extend(connection.execute(query))
        grouped: dict[int, list[Any]] = {}
        for row in rows:
            grouped.setdefault(row.seq, []).append(row)
        return [
            StoryChange(
                kind=group[0].kind,
                from_ids=tuple(dict.fromkeys(r.from_id for r in group)),
                into_ids=tuple(dict.fromkeys(r.into_id for r in group)),
                at=group[0].at,
            )
            for _, group in sorted(grouped.items())
        ]

    def count(self, what: str) -> int:
        """Return the number of rows in table ``what`` (for summaries and tests)."""
        table = schema.metadata.tables[what]
        with self.engine.connect() as connection:
            return int(connection.scalar(select(func.count()).select_from(table)) or 0)

    def next_seq(self) -> int:
        """Return the ingest order number the next new article gets."""
        with self.engine.connect() as connection:
            return int(connection.scalar(select(func.max(schema.articles.c.seq))) or 0) + 1

    # -- helpers -------------------------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One transaction: all of it is saved or none of it."""
        try:
            with self.engine.begin() as connection:
                yield connection
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to the store: {exc}; nothing of it was saved") from exc

    def _select_in(self, table: Any, ids: Sequence[str]) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        with self.engine.connect() as connection:
            for chunk in _chunks(list(ids)):
                query = select(table).where(table.c.article_id.in_(chunk))
                rows.extend(dict(r._mapping) for r in connection.execute(query))
        return rows


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _group(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in sorted(rows, key=lambda r: (r["start"], r["id"])):
        grouped.setdefault(row["article_id"], []).append(row)
    return grouped


def _insert_article(connection: Connection, article: Article, minhash: bytes | None) -> None:
    table = schema.articles
    exists = connection.scalar(
        select(table.c.article_id).where(table.c.article_id == article.article_id)
    )
    if exists:
        return
    seq = int(connection.scalar(select(func.max(table.c.seq))) or 0) + 1
    published = article.published or PublishedDate(value=None, precision="")
    row = _to_row(article, boilerplate=json.dumps(list(article.boilerplate)))
    del row["published"]  # stored as published_* columns
    dated = _to_row(published, precision=published.precision or None)
    row |= {f"{_PUBLISHED}{name}": value for name, value in dated.items()}
    row |= {"minhash": minhash, "seq": seq, "ingested_at": _now(), "extractor": INGEST_EXTRACTOR}
    connection.execute(insert(table).values(**row))


def _insert_changes(connection: Connection, changes: Iterable[StoryChange], at: str) -> None:
    table = schema.story_changes
    seq = int(connection.scalar(select(func.max(table.c.seq))) or 0)
    for change in changes:
        seq += 1
        rows = [
            {"seq": seq, "kind": change.kind, "from_id": old, "into_id": new, "at": at}
            for old in change.from_ids
            for new in change.into_ids
        ]
        connection.execute(insert(table), rows)


def _add_source(connection: Connection, article_id: str, source: str) -> None:
    table = schema.article_sources
    query = select(table.c.source).where(table.c.article_id == article_id, table.c.source == source)
    if connection.scalar(query) is None:
        connection.execute(insert(table).values(article_id=article_id, source=source))


def _article(row: Mapping[str, Any]) -> Article:
    return _from_row(
        Article,
        row,
        published=_published(row),
        boilerplate=tuple(json.loads(row["boilerplate"])),
    )


def _published(row: Mapping[str, Any]) -> PublishedDate | None:
    if not (row["published_value"] or row["published_earliest"]):
        return None
    dated = {k[len(_PUBLISHED) :]: v for k, v in row.items() if k.startswith(_PUBLISHED)}
    return _from_row(
        PublishedDate,
        dated,
        precision=dated["precision"] or "day",
        inferred=bool(dated["inferred"]),
        basis=dated["basis"] or "",
    )


def _analysis_row(analysis: Analysis) -> dict[str, Any]:
    return {
        "article_id": analysis.article_id,
        "pipeline": analysis.pipeline,
        "sentences": json.dumps([list(pair) for pair in analysis.sentences]),
        "terms": json.dumps(analysis.terms, sort_keys=True),
        "created_at": _now(),
    }


def _annotation_rows(analysis: Analysis) -> list[tuple[Any, list[dict[str, Any]]]]:
    """Rows of each annotation table; columns are named like the records' fields."""
    return [
        (schema.mentions, [_to_row(m) for m in analysis.mentions]),
        (schema.time_exprs, [_to_row(t) for t in analysis.timexes]),
        (schema.quotes, [_quote_row(q) for q in analysis.quotes]),
        (schema.citations, [_to_row(c) for c in analysis.citations]),
        (
            schema.events,
            [
                _to_row(
                    e,
                    actor=json.dumps(list(e.actor)),
                    recipient=json.dumps(list(e.recipient)),
                    contexts=json.dumps(list(e.contexts)),
                )
                for e in analysis.events
            ],
        ),
        (
            schema.propositions,
            [_to_row(p, cues=json.dumps(list(p.cues))) for p in analysis.propositions],
        ),
    ]


def _to_row(record: Any, **converted: Any) -> dict[str, Any]:
    """A record's fields as a row (the twin of :func:`_from_row`), ``converted`` values replaced."""
    values = {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}
    return values | converted


def _from_row(record_type: type[_R], row: Mapping[str, Any], **converted: Any) -> _R:
    """Build a record from a row: columns named like its fields, plus ``converted`` values."""
    names = [f.name for f in dataclasses.fields(record_type)]  # type: ignore[arg-type]
    values = {name: row[name] for name in names if name in row and name not in converted}
    return record_type(**values, **converted)


def _mention(row: Mapping[str, Any]) -> Mention:
    return _from_row(Mention, row)


def _timex(row: Mapping[str, Any]) -> TimeExpr:
    return _from_row(TimeExpr, row)


def _quote_row(quote: Quote) -> dict[str, Any]:
    return _to_row(quote, via=json.dumps(list(quote.via)), hedges=json.dumps(list(quote.hedges)))


def _quote(row: Mapping[str, Any]) -> Quote:
    via, hedges = json.loads(row["via"]), json.loads(row["hedges"])
    return _from_row(Quote, row, via=tuple(via), hedges=tuple(hedges))


def _citation(row: Mapping[str, Any]) -> Citation:
    return _from_row(Citation, row)


def _event(row: Mapping[str, Any]) -> EventRecord:
    return _from_row(
        EventRecord,
        row,
        actor=tuple(json.loads(row["actor"])),
        recipient=tuple(json.loads(row["recipient"])),
        contexts=tuple(json.loads(row["contexts"])),
    )


def _proposition(row: Mapping[str, Any]) -> Proposition:
    return _from_row(Proposition, row, cues=tuple(json.loads(row["cues"])))
