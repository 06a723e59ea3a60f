"""Tables of the store (SQLAlchemy Core). Rows are plain dicts inside ``store/`` only."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("article_id", String(32), primary_key=True),
    Column("source", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("outlet", Text),
    Column("published_value", String(40)),
    Column("published_precision", String(10)),
    Column("published_earliest", String(40)),
    Column("published_latest", String(40)),
    Column("published_inferred", Boolean, nullable=False, default=False),
    Column("published_basis", Text, nullable=False, default=""),
    Column("published_time", String(10)),
    Column("dateline", Text),
    Column("agency", Text),
    Column("author", Text),
    Column("url", Text),
    Column("section", Text),
    Column("language", String(10), nullable=False, default="en"),
    Column("boilerplate", Text, nullable=False, default="[]"),
    Column("copy_of", String(32)),
    Column("minhash", LargeBinary),
    Column("seq", Integer, nullable=False),
    Column("ingested_at", String(40), nullable=False),
    Column("extractor", String(60), nullable=False),
)

article_sources = Table(
    "article_sources",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.article_id"), primary_key=True),
    Column("source", Text, primary_key=True),
)

analyses = Table(
    "analyses",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.article_id"), primary_key=True),
    Column("pipeline", String(300), nullable=False),
    Column("sentences", Text, nullable=False),
    Column("terms", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
)


def _annotation(name: str, *columns: Column) -> Table:  # type: ignore[type-arg]
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column(
            "article_id", String(32), ForeignKey("articles.article_id"), index=True, nullable=False
        ),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("text", Text, nullable=False),
        *columns,
        Column("extractor", String(60), nullable=False),
    )


mentions = _annotation("mentions", Column("label", String(20), nullable=False))
time_exprs = _annotation(
    "time_exprs",
    Column("type", String(10), nullable=False),
    Column("value", String(40)),
    Column("mod", String(20)),
    Column("anchor", String(40)),
    Column("tense", String(10)),
)
quotes = _annotation(
    "quotes",
    Column("kind", String(10), nullable=False),
    Column("cue", Text, nullable=False),
    Column("cue_start", Integer, nullable=False),
    Column("cue_end", Integer, nullable=False),
    Column("speaker_text", Text),
    Column("source_start", Integer),
    Column("source_end", Integer),
    Column("speaker", Text),
    Column("via", Text, nullable=False, default="[]"),
    Column("source_kind", String(20)),
    Column("source_count", Integer),
    Column("source_affiliation", Text),
    Column("hedges", Text, nullable=False, default="[]"),
)
citations = _annotation(
    "citations",
    Column("name", Text, nullable=False),
    Column("pattern", String(30), nullable=False),
)
events = _annotation(
    "events",
    Column("event", String(20), nullable=False),
    Column("mode", String(20)),
    Column("actor", Text, nullable=False, default="[]"),
    Column("recipient", Text, nullable=False, default="[]"),
    Column("contexts", Text, nullable=False, default="[]"),
)
propositions = _annotation(
    "propositions",
    Column("predicate", String(60), nullable=False),
    Column("predicate_start", Integer, nullable=False),
    Column("predicate_end", Integer, nullable=False),
    Column("polarity", String(10), nullable=False),
    Column("modality", String(10), nullable=False),
    Column("who", Text),
    Column("who_start", Integer),
    Column("who_end", Integer),
    Column("what", Text),
    Column("what_start", Integer),
    Column("what_end", Integer),
    Column("where", Text),
    Column("where_start", Integer),
    Column("where_end", Integer),
    Column("said_by", Text),
    Column("quote_start", Integer),
    Column("quote_end", Integer),
    Column("cues", Text, nullable=False, default="[]"),
)

stories = Table(
    "stories",
    metadata,
    Column("story_id", String(32), primary_key=True),
    Column("title", Text, nullable=False),
    Column("method", String(60), nullable=False),
    Column("created_at", String(40), nullable=False),
)

story_articles = Table(
    "story_articles",
    metadata,
    Column("story_id", String(32), ForeignKey("stories.story_id"), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.article_id"), primary_key=True),
    Column("score", Float, nullable=False, default=1.0),
)

story_changes = Table(
    "story_changes",
    metadata,
    Column("change_id", Integer, primary_key=True),
    Column("seq", Integer, nullable=False),  # rows of one merge or split share it
    Column("kind", String(10), nullable=False),
    Column("from_id", String(32), nullable=False, index=True),
    Column("into_id", String(32), nullable=False, index=True),
    Column("at", String(40), nullable=False),
)

#: per-article annotation tables, deleted and rewritten together with an analysis
ANNOTATION_TABLES = (mentions, time_exprs, quotes, citations, events, propositions)
