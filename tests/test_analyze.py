"""End to end: ``analyze`` over the example corpus and the shared seed articles."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy.exc import SQLAlchemyError

from triangulate import analyze, open_store, report_run
from triangulate.config import Settings
from triangulate.errors import StoreError
from triangulate.report.build import date_undated
from triangulate.store import schema

pytestmark = pytest.mark.slow

STORY_A = {
    "mpa-dam-wire.txt",
    "coastal-herald-dam-copy.txt",
    "riverside-chronicle-dam-copy.txt",
    "knn-velmar-toll.txt",
    "ostra-valley-voice-velmar.txt",
    "valdorian-tribune-inquiry.txt",
    "brightwater-vanek-inquiry.html",
}
STORY_B = {
    "mpa-trade-talks-wire.txt",
    "harbourline-news-feed.xml#1",
    "trade-talks-articles.jsonl:1",
    "trade-talks-articles.jsonl:2",
}
STORY_C = {"coastal-herald-regatta.txt", "harbourline-news-feed.xml#2"}


@pytest.fixture(scope="module")
def example_run(tmp_path_factory, examples_dir: Path, english_nlp) -> tuple[dict, dict, dict]:
    """One run over ``examples/``: the report, and the articles and analyses it was built from
    (undated articles dated, their time expressions re-anchored)."""
    db = tmp_path_factory.mktemp("examples") / "triangulate.db"
    settings = Settings(db_url=f"sqlite:///{db}")
    store = open_store(settings.db_url)
    result = analyze([str(examples_dir)], settings, store, nlp=english_nlp)
    report = report_run(result.stories, store)
    articles = {a.article_id: a for a in store.get_articles(list(result.article_ids))}
    analyses = store.get_analyses(list(articles))
    store.close()
    return (report, *date_undated(result.stories, articles, analyses))


@pytest.fixture(scope="module")
def example_report(example_run: tuple[dict, dict, dict]) -> dict:
    """The report of one run over ``examples/``."""
    return example_run[0]


def _names(report: dict, article_ids) -> set[str]:
    sources = {a["id"]: a["source"] for a in report["articles"]}
    return {Path(sources[i]).name for i in article_ids}


def _by_name(report: dict) -> dict[str, dict]:
    return {Path(a["source"]).name: a for a in report["articles"]}


def test_analyze_examples_group_three_stories(example_report: dict) -> None:
    groups = [_names(example_report, s["articles"]) for s in example_report["stories"]]
    assert sorted(groups, key=len, reverse=True) == [STORY_A, STORY_B, STORY_C]


@pytest.mark.issue(5)
def test_analyze_examples_entities_keep_ids_across_stories_and_invent_no_country(
    example_report: dict,
) -> None:
    entities = [e for story in example_report["stories"] for e in story["entities"]]
    assert {"Valdoria", "Valdorian", "Teodor Vanek"} <= {e["name"] for e in entities}
    assert all(e["country"] is None for e in entities)  # the examples' countries are fictional
    ids: dict[tuple[str, str], set[str]] = {}
    for e in entities:
        ids.setdefault((e["name"].removeprefix("the "), e["type"]), set()).add(e["id"])
    assert ids[("Valdoria", "GPE")] and all(len(found) == 1 for found in ids.values())
    (vanek,) = [e for e in entities if e["name"] == "Teodor Vanek"]
    assert vanek["sector"] == "GOV" and "Vanek" in vanek["aliases"]  # "Interior Minister"


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("words", "status", "origins", "articles"),
    [
        # the wire and its two copies: three articles, one origin
        (
            "had been holding back",
            "echoed",
            1,
            {"mpa-dam-wire.txt", "coastal-herald-dam-copy.txt", "riverside-chronicle-dam-copy.txt"},
        ),
        # the Daily Ledger's unnamed official, echoed by two outlets: one origin
        (
            "spillway gates",
            "echoed",
            1,
            {"valdorian-tribune-inquiry.txt", "brightwater-vanek-inquiry.html"},
        ),
        # the detail only Brightwater News gives
        ("Anton Mirek", "single_source", 1, {"brightwater-vanek-inquiry.html"}),
    ],
)
def test_analyze_examples_claims_count_independent_origins(
    example_report: dict, words: str, status: str, origins: int, articles: set[str]
) -> None:
    claims = [c for s in example_report["stories"] for c in s["claims"] if words in c["text"]]
    assert [(c["status"], c["independent_origins"]) for c in claims] == [(status, origins)]
    assert _names(example_report, claims[0]["articles"]) == articles
    assert {e["article"] for e in claims[0]["evidence"]} == set(claims[0]["articles"])


def _conflicts(report: dict, kind: str) -> list[tuple[dict, dict]]:
    return [
        (claim, conflict)
        for story in report["stories"]
        for claim in story["claims"]
        for conflict in claim["conflicts"]
        if conflict["type"] == kind
    ]


@pytest.mark.issue(5)
def test_analyze_examples_find_the_casualty_conflict(example_report: dict) -> None:
    # "38 dead" against "at least 42 people were killed", and no other count
    ((claim, conflict),) = _conflicts(example_report, "number")
    assert claim["status"] == "conflicting"
    assert conflict["detail"] == "killed: 38 vs at least 42"
    sides = _names(example_report, [e["article"] for e in conflict["evidence"]])
    assert sides == {"knn-velmar-toll.txt", "mpa-dam-wire.txt"}


@pytest.mark.issue(5)
def test_analyze_examples_claims_have_distinct_ids(example_report: dict) -> None:
    # a sentence that counts the dead is in its claim and in the count's claim too
    ids = [c["id"] for s in example_report["stories"] for c in s["claims"]]
    assert len(ids) == len(set(ids))


@pytest.mark.issue(5)
def test_analyze_examples_find_the_quote_variant(example_report: dict) -> None:
    # the Daily Ledger interview, quoted in two wordings by two outlets
    ((claim, conflict),) = _conflicts(example_report, "wording")
    assert conflict["detail"] == "“fast and transparent” vs “swift and transparent inquiry”"
    sources = _by_id(example_report)
    variants = {(Path(sources[v["article"]]).name, v["text"]) for v in claim["variants"]}
    assert variants == {
        ("valdorian-tribune-inquiry.txt", "fast and transparent"),
        ("brightwater-vanek-inquiry.html", "swift and transparent inquiry"),
    }


def _by_id(report: dict) -> dict[str, str]:
    return {a["id"]: a["source"] for a in report["articles"]}


def test_analyze_examples_find_syndicated_copies(example_report: dict) -> None:
    articles = _by_name(example_report)
    wire = articles["mpa-dam-wire.txt"]["id"]
    assert articles["mpa-dam-wire.txt"]["copy_of"] is None
    assert articles["coastal-herald-dam-copy.txt"]["copy_of"] == wire
    assert articles["riverside-chronicle-dam-copy.txt"]["copy_of"] == wire
    assert articles["knn-velmar-toll.txt"]["copy_of"] is None


def test_analyze_examples_count_independent_origins(example_report: dict) -> None:
    story = next(s for s in example_report["stories"] if len(s["articles"]) == len(STORY_A))
    origins = {o["name"]: _names(example_report, o["articles"]) for o in story["origins"]}
    assert origins["Meridian Press Agency"] == {
        "mpa-dam-wire.txt",
        "coastal-herald-dam-copy.txt",
        "riverside-chronicle-dam-copy.txt",
    }
    assert origins["Daily Ledger"] == {
        "valdorian-tribune-inquiry.txt",
        "brightwater-vanek-inquiry.html",
    }
    assert len(origins) == 4


def test_analyze_examples_events_count_events_not_reports(example_report: dict) -> None:
    story = next(s for s in example_report["stories"] if len(s["articles"]) == len(STORY_A))
    (cooperating,) = [e for e in story["events"] if e["event"] == "COOPERATE"]
    # the wire, its two copies and Brightwater's own wording: one event, two origins
    assert _names(example_report, cooperating["articles"]) == {
        "mpa-dam-wire.txt",
        "coastal-herald-dam-copy.txt",
        "riverside-chronicle-dam-copy.txt",
        "brightwater-vanek-inquiry.html",
    }
    assert cooperating["origins"] == ["Meridian Press Agency", "Daily Ledger"]
    assert cooperating["independent_origins"] == 2
    assert cooperating["first_reported"] == "2026-02-24" and cooperating["claims"]
    claims = {c["id"] for c in story["claims"]}
    assert all(set(e["claims"]) <= claims for e in story["events"])
    # every sentence is in one event only
    sentences = [(x["article"], x["start"]) for e in story["events"] for x in e["evidence"]]
    assert len(sentences) == len(set(sentences))


def test_analyze_examples_read_metadata(example_report: dict) -> None:
    articles = _by_name(example_report)
    assert articles["knn-velmar-toll.txt"]["published"]["value"] == "2026-02-24"
    assert articles["ostra-valley-voice-velmar.txt"]["published"]["inferred"] is True
    assert articles["brightwater-vanek-inquiry.html"]["outlet"] == "Brightwater News"
    assert articles["harbourline-news-feed.xml#1"]["cites"] == ["Lissenburg Gazette"]
    assert articles["mpa-dam-wire.txt"]["dateline"] == "PORT SARIN (MPA)"


def test_analyze_examples_infer_the_undated_article_date(
    example_run: tuple[dict, dict, dict],
) -> None:
    """examples/README.md section 5: the Ostra Valley Voice was written within 2026-02-24 …
    2026-03-01 (ideally from 2026-02-25), never on 2026-03-02/03, and its weekdays resolve to
    the collapse (Monday), the volunteers (Tuesday) and Vanek's visit (Wednesday)."""
    report, articles, analyses = example_run
    voice = _by_name(report)["ostra-valley-voice-velmar.txt"]
    published = voice["published"]
    assert published["inferred"] is True and published["precision"] in ("range", "day")
    assert "2026-02-24" <= published["earliest"] <= published["latest"] <= "2026-03-01"
    assert "Meridian Press Agency" in published["basis"]
    values = {t.text: t.value for t in analyses[voice["id"]].timexes}
    assert (values["Monday"], values["Tuesday"], values["Wednesday"]) == (
        "2026-02-23",
        "2026-02-24",
        "2026-02-25",
    )
    assert articles[voice["id"]].published.earliest == published["earliest"]


def test_analyze_examples_timeline_tells_the_collapse_once(example_report: dict) -> None:
    """Five outlets date the dam's collapse, in five ways; the timeline has one item for it."""
    story = next(s for s in example_report["stories"] if len(s["articles"]) == len(STORY_A))
    told = [
        "gave way late on Monday",  # the wire and its copies
        "shortly before midnight yesterday",  # KNN
        "the February 23 collapse",  # Brightwater
        "failed late last month",  # the Tribune
        "gave way on Monday",  # the Ostra Valley Voice, dated by inference
    ]
    collapse = [
        i
        for i in story["timeline"]
        if i["date"].startswith("2026-02-23") and i["kind"] == "happened"
    ]
    assert len(collapse) == 1
    (item,) = collapse  # "shortly before midnight" may make it 2026-02-23T24:00
    assert item["precision"] in ("day", "time") and item["conflicts"] == []
    assert all(any(t in e["text"] for e in item["evidence"]) for t in told)
    assert _names(example_report, item["articles"]) == STORY_A
    for phrase in told[1:]:  # sentences with no other date tell nothing else
        assert [
            i for i in story["timeline"] if any(phrase in e["text"] for e in i["evidence"])
        ] == [item]


def test_analyze_examples_offsets_index_the_text(example_report: dict) -> None:
    texts = {a["id"]: a["text"] for a in example_report["articles"]}
    checked = 0
    for story in example_report["stories"]:
        spans = [*story["quotes"], *(e for item in story["timeline"] for e in item["evidence"])]
        for span in spans:
            assert texts[span["article"]][span["start"] : span["end"]] == span["text"]
            checked += 1
    assert checked > 20


@pytest.mark.issue(5)
def test_analyze_examples_store_propositions_that_index_the_text(
    example_run: tuple[dict, dict, dict],
) -> None:
    _, articles, analyses = example_run
    found = [p for analysis in analyses.values() for p in analysis.propositions]
    assert len(found) > 100
    for proposition in found:
        text = articles[proposition.article_id].text
        assert text[proposition.start : proposition.end] == proposition.text
        assert text[proposition.predicate_start : proposition.predicate_end]
        if proposition.who is not None:
            assert text[proposition.who_start : proposition.who_end] == proposition.who
    assert {p.modality for p in found} >= {"asserted", "future", "possible"}
    assert {p.polarity for p in found} == {"positive", "negative"}


def test_analyze_rerun_adds_nothing(tmp_path: Path, examples_dir: Path, english_nlp) -> None:
    settings = Settings(db_url=f"sqlite:///{tmp_path / 't.db'}")
    store = open_store(settings.db_url)
    first = analyze([str(examples_dir)], settings, store, nlp=english_nlp)
    counts = {t: store.count(t) for t in schema.metadata.tables}
    second = analyze([str(examples_dir)], settings, store, nlp=english_nlp)
    assert (first.analysed, second.analysed, second.reused) == (13, 0, 13)
    assert {t: store.count(t) for t in schema.metadata.tables} == counts
    assert [s.article_ids for s in second.stories] == [s.article_ids for s in first.stories]
    store.close()


def test_analyze_later_articles_join_the_stored_story_and_keep_its_id(
    tmp_path: Path, examples_dir: Path, english_nlp
) -> None:
    settings = Settings(db_url=f"sqlite:///{tmp_path / 't.db'}")
    store = open_store(settings.db_url)
    day_one = ["mpa-dam-wire.txt", "knn-velmar-toll.txt", "coastal-herald-regatta.txt"]
    first = analyze([str(examples_dir / n) for n in day_one], settings, store, nlp=english_nlp)
    (dam,) = [s for s in first.stories if len(s.article_ids) == 2]
    later = ["brightwater-vanek-inquiry.html", "valdorian-tribune-inquiry.txt"]
    second = analyze([str(examples_dir / n) for n in later], settings, store, nlp=english_nlp)
    assert [s.story_id for s in second.stories] == [dam.story_id]  # the regatta is not reported
    assert set(dam.article_ids) < set(second.stories[0].article_ids)
    assert len(second.stories[0].article_ids) == 4
    assert second.changes == ()
    report = report_run(second.stories, store)
    assert report["stories"][0]["history"] == []
    assert store.count("stories") == 2
    store.close()


def test_analyze_records_stories_merged_since_the_last_run(
    tmp_path: Path, examples_dir: Path, english_nlp
) -> None:
    strict = Settings(db_url=f"sqlite:///{tmp_path / 't.db'}", story_threshold=0.99)
    store = open_store(strict.db_url)
    inputs = [str(examples_dir / n) for n in ("mpa-dam-wire.txt", "knn-velmar-toll.txt")]
    first = analyze(inputs, strict, store, nlp=english_nlp)
    assert len(first.stories) == 2
    second = analyze(inputs, replace(strict, story_threshold=0.15), store, nlp=english_nlp)
    (story,) = second.stories
    assert story.story_id in {s.story_id for s in first.stories}
    merged = tuple(sorted(s.story_id for s in first.stories))
    assert [(c.kind, c.from_ids, c.into_ids) for c in second.changes] == [
        ("merged", merged, (story.story_id,))
    ]
    history = report_run(second.stories, store)["stories"][0]["history"]
    assert [(h["kind"], tuple(h["from"]), tuple(h["into"])) for h in history] == [
        ("merged", merged, (story.story_id,))
    ]
    assert store.count("stories") == 1
    store.close()


def test_analyze_crash_mid_batch_leaves_store_consistent_and_resumes(
    tmp_path: Path, examples_dir: Path, english_nlp, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(db_url=f"sqlite:///{tmp_path / 't.db'}")
    store = open_store(settings.db_url)
    original = type(store).save_analysis
    calls = {"n": 0}

    def failing(self, article, analysis, minhash):
        calls["n"] += 1
        if calls["n"] == 5:
            with self._write() as connection:  # the fifth article's transaction fails half-way
                connection.execute(schema.articles.insert().values(article_id=article.article_id))
                raise SQLAlchemyError("disk I/O error")
        return original(self, article, analysis, minhash)

    monkeypatch.setattr(type(store), "save_analysis", failing)
    with pytest.raises(StoreError):
        analyze([str(examples_dir)], settings, store, nlp=english_nlp)
    assert store.count("articles") == store.count("analyses") == 4
    monkeypatch.setattr(type(store), "save_analysis", original)
    resumed = analyze([str(examples_dir)], settings, store, nlp=english_nlp)
    assert (resumed.analysed, resumed.reused) == (9, 4)
    assert store.count("articles") == store.count("analyses") == 13
    store.close()


def test_analyze_bad_inputs_are_skipped_not_fatal(
    tmp_path: Path, examples_dir: Path, english_nlp
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(examples_dir / "knn-velmar-toll.txt", corpus)
    (corpus / "empty.txt").write_text("")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    (corpus / "broken.jsonl").write_text('{"title": "no text here"}\n{not json\n')
    settings = Settings(db_url=f"sqlite:///{tmp_path / 't.db'}", max_bytes=100_000)
    store = open_store(settings.db_url)
    result = analyze([str(corpus), str(tmp_path / "missing.txt")], settings, store, nlp=english_nlp)
    store.close()
    assert result.analysed == 1
    skipped = {Path(s.source.split(":")[0].split("#")[0]).name: s.reason for s in result.skipped}
    assert {"empty.txt", "binary.txt", "broken.jsonl", "missing.txt"} <= skipped.keys()
    assert all(reason and "\n" not in reason for reason in skipped.values())


def test_analyze_seed_articles_form_one_story_citing_axios(
    shared_data: Path, tmp_path: Path, english_nlp
) -> None:
    seeds = shared_data / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"{seeds} not found")
    settings = replace(Settings(), db_url=f"sqlite:///{tmp_path / 't.db'}")
    store = open_store(settings.db_url)
    result = analyze([str(seeds)], settings, store, nlp=english_nlp)
    report = report_run(result.stories, store)
    store.close()
    assert len(report["articles"]) == 2
    assert len(report["stories"]) == 1
    for article in report["articles"]:
        assert "Axios" in article["cites"], article["source"]
    # the issue's example: the undated article's meeting "on Monday" is the dated article's
    # "late last month" (1 January 2026), so it was written from 29 December 2025 on
    (undated,) = [a for a in report["articles"] if a["published"]["inferred"]]
    assert undated["published"]["earliest"] == "2025-12-29"
    assert "2025-12-31" <= undated["published"]["latest"] <= "2026-01-01"
    monday = [
        item
        for item in report["stories"][0]["timeline"]
        if "held on Monday" in item["text"] and item["kind"] == "happened"
    ]
    assert [item["date"] for item in monday] == ["2025-12-29"]
    # the strike discussion rests on Axios in both articles: echoed, not corroborated
    (strike,) = [
        c for c in report["stories"][0]["claims"] if "possibility of launching" in c["text"]
    ]
    assert (strike["status"], strike["independent_origins"]) == ("echoed", 1)
    assert "Axios" in strike["origins"] and len(strike["articles"]) == 2
    # events carry their parties' country and sector (issue 6)
    coded = {
        (actor, country, sector)
        for event in report["stories"][0]["events"]
        for actor, country, sector in zip(
            event["actor"], event["actor_country"], event["actor_sector"], strict=True
        )
    }
    assert {("U.S. forces", "USA", "MIL"), ("Trump", "USA", "GOV")} <= coded
    # its proposition: Netanyahu discussed (not agreed to) a second round of strikes
    proposition = strike["proposition"]
    assert (proposition["modality"], proposition["polarity"]) == ("discussed", "positive")
    assert "Netanyahu" in proposition["who"] and "strikes" in proposition["what"]
    statuses = {c["status"] for c in report["stories"][0]["claims"]}
    assert "single_source" in statuses and "corroborated" not in statuses
    # the issue's quote variants: one statement quoted in other words by the two articles
    wordings = {
        conflict["detail"]
        for claim in report["stories"][0]["claims"]
        for conflict in claim["conflicts"]
        if conflict["type"] == "wording"
    }
    assert wordings == {
        "“strong response” vs “harshly”",
        "“real and verifiable steps” vs “real and verifiable evidence”",
    }
    # entities (issue 5): a country with its demonym, the US by any name, people typed by
    # the titles in front of their names, a seat of government as its government
    entities = {(e["name"], e["type"]): e for e in report["stories"][0]["entities"]}
    iran = entities[("Iran", "GPE")]
    assert iran["country"] == "IRN" and "Iranian" in iran["aliases"]
    others = {name for name, type_ in entities if (name, type_) != ("Iran", "GPE")}
    assert "Iran" not in others and "Iranian" not in others
    assert {"U.S.", "US", "the United States"} <= set(entities[("United States", "GPE")]["aliases"])
    for name, country, sector in [
        ("Donald Trump", "USA", "GOV"),
        ("Benjamin Netanyahu", "ISR", "GOV"),
        ("Abbas Araghchi", "IRN", "GOV"),
        ("White House", "USA", "GOV"),
        ("Hezbollah", "LBN", "REB"),
    ]:
        (entity,) = [e for (n, _), e in entities.items() if n == name]
        assert (entity["country"], entity["sector"]) == (country, sector), name


def test_analyze_with_two_workers_matches_one(
    tmp_path: Path, examples_dir: Path, english_nlp
) -> None:
    inputs = [
        str(examples_dir / name)
        for name in ("knn-velmar-toll.txt", "mpa-dam-wire.txt", "trade-talks-articles.jsonl")
    ]
    results = {}
    for workers in (1, 2):
        settings = Settings(
            db_url=f"sqlite:///{tmp_path / f'w{workers}.db'}", workers=workers, batch_size=1
        )
        store = open_store(settings.db_url)
        result = analyze(inputs, settings, store, nlp=english_nlp)
        results[workers] = (result.analysed, report_run(result.stories, store))
        store.close()
    assert results[1][0] == results[2][0] == 4
    assert results[1][1]["stories"] == results[2][1]["stories"]


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("name", "expression", "value"),
    [  # examples/README.md, section 6
        ("mpa-dam-wire.txt", "Tuesday", "2026-02-24"),
        ("mpa-dam-wire.txt", "Monday", "2026-02-23"),
        ("mpa-dam-wire.txt", "2024", "2024"),
        ("mpa-dam-wire.txt", "almost two weeks", "P2W"),
        ("mpa-dam-wire.txt", "the 1970s", "197"),
        ("mpa-dam-wire.txt", "Sunday", "2026-02-22"),
        ("mpa-dam-wire.txt", "Wednesday", "2026-02-25"),
        ("knn-velmar-toll.txt", "Tuesday evening", "2026-02-24TEV"),
        ("ostra-valley-voice-velmar.txt", "Monday", "2026-02-23"),
        ("ostra-valley-voice-velmar.txt", "Tuesday", "2026-02-24"),
        ("ostra-valley-voice-velmar.txt", "Wednesday", "2026-02-25"),
        ("valdorian-tribune-inquiry.txt", "Sunday", "2026-03-01"),
        ("valdorian-tribune-inquiry.txt", "late last month", "2026-02"),
        ("valdorian-tribune-inquiry.txt", "October 2024", "2024-10"),
        ("valdorian-tribune-inquiry.txt", "Monday", "2026-03-02"),
        ("valdorian-tribune-inquiry.txt", "last week", "2026-W09"),
        ("brightwater-vanek-inquiry.html", "Sunday", "2026-03-01"),
        ("brightwater-vanek-inquiry.html", "February 23", "2026-02-23"),
        ("brightwater-vanek-inquiry.html", "90 days", "P90D"),
        ("brightwater-vanek-inquiry.html", "Monday", "2026-03-02"),
        ("mpa-trade-talks-wire.txt", "Tuesday", "2026-03-03"),
        ("mpa-trade-talks-wire.txt", "last April", "2025-04"),
        ("mpa-trade-talks-wire.txt", "last year", "2025"),
        ("mpa-trade-talks-wire.txt", "Thursday", "2026-03-05"),
        ("harbourline-news-feed.xml#1", "Tuesday evening", "2026-03-03TEV"),
        ("harbourline-news-feed.xml#1", "July", "2026-07"),
        ("harbourline-news-feed.xml#1", "Wednesday morning", "2026-03-04TMO"),
        ("harbourline-news-feed.xml#1", "Thursday", "2026-03-05"),
        ("harbourline-news-feed.xml#2", "Saturday", "2026-02-21"),
        ("harbourline-news-feed.xml#2", "Sunday", "2026-02-22"),
        ("harbourline-news-feed.xml#2", "February", "2026-02"),
        ("trade-talks-articles.jsonl:1", "Wednesday", "2026-03-04"),
        ("trade-talks-articles.jsonl:1", "last month", "2026-02"),
        ("trade-talks-articles.jsonl:1", "Thursday", "2026-03-05"),
        ("trade-talks-articles.jsonl:2", "July 1", "2026-07-01"),
        ("trade-talks-articles.jsonl:2", "January 2028", "2028-01"),
        ("trade-talks-articles.jsonl:2", "next week", "2026-W11"),
        ("coastal-herald-regatta.txt", "Yesterday", "2026-02-21"),
        ("coastal-herald-regatta.txt", "today", "2026-02-22"),
        ("coastal-herald-regatta.txt", "1978", "1978"),
    ],
)
def test_analyze_examples_time_values(
    example_run: tuple[dict, dict, dict], name: str, expression: str, value: str
) -> None:
    report, _, analyses = example_run
    article = _by_name(report)[name]
    values = {t.value for t in analyses[article["id"]].timexes if t.text == expression}
    assert values == {value}


@pytest.mark.issue(3)
def test_analyze_examples_counted_dates_count_from_the_story(
    example_run: tuple[dict, dict, dict],
) -> None:
    """ "more than a week earlier" follows "in 2024" in the wire, but counts from the collapse."""
    report, _, analyses = example_run
    wire = _by_name(report)["mpa-dam-wire.txt"]
    (found,) = [t for t in analyses[wire["id"]].timexes if t.text == "more than a week earlier"]
    assert (found.type, found.value, found.mod) == ("DATE", "2026-W08", "MORE_THAN")
