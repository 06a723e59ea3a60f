"""The report JSON: every key of the contract in DESIGN.md, offsets, resolved names."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from triangulate.models import (
    Analysis,
    Article,
    Citation,
    EventRecord,
    Mention,
    PublishedDate,
    Quote,
    Story,
    TimeExpr,
)
from triangulate.report import SCHEMA_VERSION, build_report, canonical_cites

WIRE = (
    "PORT SARIN (MPA) - The Ostra dam burst on Tuesday, flooding two villages. "
    "“We lost the east bank,” said Marta Vanek, the regional governor. "
    "Vanek said engineers would arrive on 2 March."
)
COPY = WIRE.replace("two villages", "the villages of Lesk and Orvane")
KNN = (
    "According to the Daily Ledger, the interior ministry sent engineers to Ostra. "
    "Vanek told the Daily Ledger the dam had been due for repairs."
)
LEDGER = "The interior ministry sent engineers to the Ostra dam on Wednesday."
REGATTA = "Wind and rain delayed the Port Sarin Harbour Regatta, organisers said on Saturday."

ARTICLE_KEYS = {"id", "source", "outlet", "title", "published", "dateline", "copy_of", "cites"}
PUBLISHED_KEYS = {"value", "precision", "earliest", "latest", "inferred", "basis"}
STORY_KEYS = {
    "id",
    "title",
    "articles",
    "origins",
    "entities",
    "quotes",
    "claims",
    "timeline",
    "events",
}
ORIGIN_KEYS = {"name", "kind", "articles"}
ENTITY_KEYS = {"id", "name", "type", "aliases", "country", "sector"}
QUOTE_KEYS = {"article", "start", "end", "text", "kind", "speaker", "speaker_text", "cue", "via"}
QUOTE_KEYS |= {"source_kind", "source_count", "source_affiliation", "hedges"}
TIMELINE_KEYS = {"date", "precision", "text", "kind", "articles", "evidence", "conflicts"}
CONFLICT_KEYS = {"date", "precision", "articles", "evidence"}
EVIDENCE_KEYS = {"article", "start", "end", "text", "via"}
EVENT_KEYS = {"event", "mode", "actor", "recipient", "date", "articles", "independent_origins"}
EVENT_KEYS |= {"first_reported", "claims", "origins"}


def _at(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (0 if part.endswith(".") else 1)
        spans.append((start, end))
        start = end + 1
    return tuple(spans)


def _wire_analysis(article_id: str, text: str) -> Analysis:
    quote = _at(text, "We lost the east bank,")
    indirect = _at(text, "engineers would arrive on 2 March")
    return Analysis(
        article_id,
        "test-pipeline",
        sentences=_sentences(text),
        mentions=(
            Mention(article_id, *_at(text, "Ostra"), "Ostra", "GPE", "e.v1"),
            Mention(article_id, *_at(text, "Marta Vanek"), "Marta Vanek", "PERSON", "e.v1"),
            Mention(article_id, *_at(text, "Vanek", 1), "Vanek", "PERSON", "e.v1"),
        ),
        timexes=(
            TimeExpr(article_id, *_at(text, "Tuesday"), "Tuesday", "DATE", "2026-02-24", "t.v1"),
            TimeExpr(article_id, *_at(text, "2 March"), "2 March", "DATE", "2026-03-02", "t.v1"),
        ),
        quotes=(
            Quote(
                article_id,
                *quote,
                text[slice(*quote)],
                "direct",
                "said",
                *_at(text, "said"),
                "q.v1",
                "Marta Vanek",
                speaker="Marta Vanek",
            ),
            Quote(
                article_id,
                *indirect,
                text[slice(*indirect)],
                "indirect",
                "said",
                *_at(text, "said", 1),
                "q.v1",
                "Vanek",
                speaker="Vanek",
            ),
        ),
        citations=(Citation(article_id, 12, 15, "MPA", "MPA", "dateline", "c.v1"),),
        events=(
            EventRecord(
                article_id,
                *_sentences(text)[0],
                text[slice(*_sentences(text)[0])],
                "DISASTER",
                "ev.v1",
                None,
                ("Ostra dam",),
            ),
        ),
    )


@pytest.fixture
def dam_corpus(
    make_article: Callable[..., Article],
) -> tuple[list[Story], dict[str, Article], dict[str, Analysis]]:
    """Two stories: the Ostra dam (wire, copy, two Ledger-based reports) and a regatta."""
    articles = [
        make_article(
            WIRE,
            "mpa",
            published="2026-02-25",
            title="Dam bursts in Ostra valley",
            outlet="Meridian Press Agency",
            dateline="PORT SARIN (MPA) -",
            agency="MPA",
        ),
        make_article(
            COPY,
            "herald",
            published="2026-02-25",
            outlet="The Coastal Herald",
            dateline="PORT SARIN (MPA) -",
            agency="MPA",
            copy_of="mpa",
            title="Ostra dam bursts",
        ),
        make_article(
            KNN,
            "knn",
            published="2026-02-26",
            outlet="Kestrel News Network",
            title="Engineers sent to Ostra",
        ),
        make_article(
            LEDGER,
            "ledger",
            published="2026-02-26",
            outlet="The Daily Ledger",
            title="Ministry sends engineers",
        ),
        make_article(
            REGATTA,
            "regatta",
            source="feeds/harbourline.xml#7",
            outlet="Harbourline News",
            title="Regatta delayed",
            published=PublishedDate(
                "2026-02-21", "day", "2026-02-21", "2026-02-21", True, "weekday in the text"
            ),
        ),
    ]
    knn_cite = _at(KNN, "the Daily Ledger")
    knn_quote = _at(KNN, "the dam had been due for repairs")
    analyses = {
        "mpa": _wire_analysis("mpa", WIRE),
        "herald": _wire_analysis("herald", COPY),
        "knn": Analysis(
            "knn",
            "test-pipeline",
            sentences=_sentences(KNN),
            mentions=(Mention("knn", *_at(KNN, "Vanek"), "Vanek", "PERSON", "e.v1"),),
            quotes=(
                Quote(
                    "knn",
                    *knn_quote,
                    KNN[slice(*knn_quote)],
                    "indirect",
                    "told",
                    *_at(KNN, "told"),
                    "q.v1",
                    "Vanek",
                    speaker="Vanek",
                    via=("Daily Ledger",),
                ),
            ),
            citations=(
                Citation(
                    "knn", *knn_cite, "the Daily Ledger", "Daily Ledger", "according_to", "c.v1"
                ),
            ),
            events=(
                EventRecord(
                    "knn",
                    *_sentences(KNN)[0],
                    KNN[slice(*_sentences(KNN)[0])],
                    "AID",
                    "ev.v1",
                    None,
                    ("interior ministry",),
                    ("Ostra",),
                ),
            ),
        ),
        "ledger": Analysis(
            "ledger",
            "test-pipeline",
            sentences=_sentences(LEDGER),
            events=(
                EventRecord(
                    "ledger",
                    0,
                    len(LEDGER),
                    LEDGER,
                    "AID",
                    "ev.v1",
                    None,
                    ("The interior ministry",),
                    ("Ostra",),
                ),
            ),
        ),
        "regatta": Analysis("regatta", "test-pipeline", sentences=_sentences(REGATTA)),
    }
    stories = [
        Story("s-dam", "Dam bursts in Ostra valley", ("mpa", "herald", "knn", "ledger"), "m"),
        Story("s-regatta", "Regatta delayed", ("regatta",), "m"),
    ]
    return stories, {a.article_id: a for a in articles}, analyses


@pytest.fixture
def dam_report(dam_corpus: tuple[list[Story], dict[str, Article], dict[str, Analysis]]) -> Any:
    """The report of the dam corpus."""
    return build_report(*dam_corpus, generator="triangulate test")


@pytest.mark.parametrize("version", ["1"])
def test_build_report_has_the_schema_version(dam_report: dict[str, Any], version: str) -> None:
    assert version == SCHEMA_VERSION
    assert dam_report["schema_version"] == version


@pytest.mark.parametrize("keys", [ARTICLE_KEYS])
def test_build_articles_carry_every_contract_key(dam_report: dict[str, Any], keys: set) -> None:
    assert [a["id"] for a in dam_report["articles"]] == [
        "mpa",
        "herald",
        "knn",
        "ledger",
        "regatta",
    ]
    for article in dam_report["articles"]:
        assert keys <= set(article)
        assert set(article["published"]) >= PUBLISHED_KEYS
        assert isinstance(article["cites"], list)


@pytest.mark.parametrize(
    "article_id, field, expected",
    [
        (
            "mpa",
            "published",
            {
                "value": "2026-02-25",
                "precision": "day",
                "earliest": "2026-02-25",
                "latest": "2026-02-25",
                "inferred": False,
                "basis": "",
            },
        ),
        (
            "regatta",
            "published",
            {
                "value": "2026-02-21",
                "precision": "day",
                "earliest": "2026-02-21",
                "latest": "2026-02-21",
                "inferred": True,
                "basis": "weekday in the text",
            },
        ),
        ("herald", "copy_of", "mpa"),
        ("mpa", "copy_of", None),
        ("mpa", "dateline", "PORT SARIN (MPA) -"),
        ("regatta", "source", "feeds/harbourline.xml#7"),
        ("regatta", "outlet", "Harbourline News"),
        ("knn", "title", "Engineers sent to Ostra"),
        ("mpa", "cites", ["Meridian Press Agency"]),  # "MPA" resolved to the outlet's full name
        ("herald", "cites", ["Meridian Press Agency"]),
        ("knn", "cites", ["The Daily Ledger"]),  # one name for the outlet with or without "the"
        ("ledger", "cites", []),
    ],
)
def test_build_article_values(
    dam_report: dict[str, Any], article_id: str, field: str, expected: object
) -> None:
    article = next(a for a in dam_report["articles"] if a["id"] == article_id)
    if field == "published":
        assert {k: article[field][k] for k in PUBLISHED_KEYS} == expected
    else:
        assert article[field] == expected


@pytest.mark.parametrize("published", [None])
def test_build_undated_article_has_null_published(
    make_article: Callable[..., Article], published: None
) -> None:
    article = make_article("Undated text.", "u", published=published)
    report = build_report([Story("s", "Undated", ("u",), "m")], {"u": article}, {})
    assert report["articles"][0]["published"] is None
    assert report["articles"][0]["cites"] == []
    assert report["stories"][0]["origins"] == [
        {"name": "u.txt", "kind": "outlet", "articles": ["u"]}
    ]


@pytest.mark.parametrize(
    "part, keys",
    [
        ("origins", ORIGIN_KEYS),
        ("entities", ENTITY_KEYS),
        ("quotes", QUOTE_KEYS),
        ("timeline", TIMELINE_KEYS),
        ("events", EVENT_KEYS),
    ],
)
def test_build_stories_carry_every_contract_key(
    dam_report: dict[str, Any], part: str, keys: set[str]
) -> None:
    dam, regatta = dam_report["stories"]
    assert set(dam) >= STORY_KEYS and set(regatta) >= STORY_KEYS
    assert dam["id"] == "s-dam" and dam["title"] == "Dam bursts in Ostra valley"
    assert dam["articles"] == ["mpa", "herald", "knn", "ledger"]
    assert isinstance(dam["claims"], list)
    assert dam[part], f"the dam story should have {part}"
    for item in dam[part]:
        assert keys <= set(item)
        for evidence in item.get("evidence", []):
            assert set(evidence) >= EVIDENCE_KEYS


@pytest.mark.parametrize(
    "expected",
    [
        [
            {"name": "Meridian Press Agency", "kind": "agency", "articles": ["mpa", "herald"]},
            {"name": "The Daily Ledger", "kind": "outlet", "articles": ["knn", "ledger"]},
        ]
    ],
)
def test_build_story_origins(dam_report: dict[str, Any], expected: list[dict[str, Any]]) -> None:
    assert dam_report["stories"][0]["origins"] == expected
    assert dam_report["stories"][1]["origins"] == [
        {"name": "Harbourline News", "kind": "outlet", "articles": ["regatta"]}
    ]


@pytest.mark.parametrize("story_index", [0])
def test_build_quote_offsets_index_the_article_text(
    dam_report: dict[str, Any], story_index: int
) -> None:
    texts = {a["id"]: a["text"] for a in dam_report["articles"]}
    quotes = dam_report["stories"][story_index]["quotes"]
    assert len(quotes) == 5
    for quote in quotes:
        assert texts[quote["article"]][quote["start"] : quote["end"]] == quote["text"]
    for item in dam_report["stories"][story_index]["timeline"]:
        for evidence in item["evidence"]:
            assert (
                texts[evidence["article"]][evidence["start"] : evidence["end"]] == evidence["text"]
            )


@pytest.mark.parametrize("speaker_text", ["Vanek"])
def test_build_quote_speakers_name_the_story_entity(
    dam_report: dict[str, Any], speaker_text: str
) -> None:
    quotes = [q for q in dam_report["stories"][0]["quotes"] if q["speaker_text"] == speaker_text]
    assert quotes
    assert {q["speaker"] for q in quotes} == {"Marta Vanek"}
    (relayed,) = [q for q in quotes if q["article"] == "knn"]
    assert relayed["via"] == ["Daily Ledger"]
    entity_names = {e["name"] for e in dam_report["stories"][0]["entities"]}
    assert "Marta Vanek" in entity_names and "Vanek" not in entity_names


@pytest.mark.parametrize(
    "event, articles, independent_origins, date, first_reported",
    [
        # KNN relays the Ledger: one origin; neither analysis has a time expression
        ("AID", ["knn", "ledger"], 1, None, "2026-02-26"),
        # the wire and its copy: one origin
        ("DISASTER", ["mpa", "herald"], 1, "2026-02-24", "2026-02-25"),
    ],
)
def test_build_story_events(
    dam_report: dict[str, Any],
    event: str,
    articles: list[str],
    independent_origins: int,
    date: str | None,
    first_reported: str,
) -> None:
    (found,) = [e for e in dam_report["stories"][0]["events"] if e["event"] == event]
    assert found["articles"] == articles
    assert found["independent_origins"] == independent_origins
    assert found["date"] == date and found["first_reported"] == first_reported


@pytest.mark.parametrize(
    "date, kind, articles",
    [
        ("2026-02-24", "happened", ["mpa", "herald"]),
        ("2026-02-25", "reported", ["mpa", "herald"]),
        ("2026-02-26", "reported", ["knn", "ledger"]),
        ("2026-03-02", "scheduled", ["mpa", "herald"]),
    ],
)
def test_build_story_timeline(
    dam_report: dict[str, Any], date: str, kind: str, articles: list[str]
) -> None:
    timeline = dam_report["stories"][0]["timeline"]
    (item,) = [i for i in timeline if i["date"] == date and i["kind"] == kind]
    assert item["articles"] == articles
    assert item["precision"] == "day"
    # the regatta's publication date is inferred, so it is not a reported item
    assert not [i for i in dam_report["stories"][1]["timeline"] if i["kind"] == "reported"]


@pytest.mark.parametrize("indent", [None, 2])
def test_build_report_is_json_serialisable(dam_report: dict[str, Any], indent: int | None) -> None:
    assert json.loads(json.dumps(dam_report, indent=indent, allow_nan=False)) == dam_report


@pytest.mark.parametrize(
    "outlet, cited, expected",
    [
        ("Meridian Press Agency", "MPA", "Meridian Press Agency"),
        ("The Daily Ledger", "Ledger", "The Daily Ledger"),
        ("The Daily Ledger", "Daily Ledger", "The Daily Ledger"),
        ("Kestrel News Network", "Axios", "Axios"),
    ],
)
def test_build_canonical_cites_resolve_aliases_from_outlets(
    make_article: Callable[..., Article], outlet: str, cited: str, expected: str
) -> None:
    articles = {
        "own": make_article("Own report.", "own", outlet=outlet),
        "citing": make_article(f"{cited} reported it.", "citing", outlet="Ostra Valley Voice"),
    }
    analyses = {
        "citing": Analysis(
            "citing",
            "p",
            citations=(Citation("citing", 0, len(cited), cited, cited, "media_verb", "c.v1"),),
        )
    }
    assert canonical_cites(articles, analyses) == {"citing": [expected]}


VOICE = "Ostra valley, LOCAL NEWS. The Ostra dam burst on Tuesday, flooding two villages."


@pytest.mark.parametrize(
    "earliest, latest, values",
    [("2026-02-24", "2026-02-26", ["2026-02-24"])],
)
def test_build_undated_article_gets_an_inferred_date_from_its_story(
    dam_corpus: tuple[list[Story], dict[str, Article], dict[str, Analysis]],
    make_article: Callable[..., Article],
    earliest: str,
    latest: str,
    values: list[str],
) -> None:
    """The voice tells the burst the wire dates (Tuesday 2026-02-24), so it was written from
    that Tuesday on, and is taken to be no later than the latest dated article."""
    stories, articles, analyses = dam_corpus
    articles["voice"] = make_article(VOICE, "voice", outlet="Ostra Valley Voice")
    found = [("Tuesday", None)]
    timexes = []
    for words, value in found:
        start = VOICE.index(words)
        timexes.append(
            TimeExpr("voice", start, start + len(words), words, "DATE", value, "t", tense="past")
        )
    analyses["voice"] = Analysis("voice", "p", sentences=_sentences(VOICE), timexes=tuple(timexes))
    dam = stories[0]
    stories = [Story(dam.story_id, dam.title, (*dam.article_ids, "voice"), dam.method), stories[1]]
    report = build_report(stories, articles, analyses)
    (voice,) = [a for a in report["articles"] if a["id"] == "voice"]
    published = voice["published"]
    assert (published["earliest"], published["latest"], published["inferred"]) == (
        earliest,
        latest,
        True,
    )
    assert published["value"] == (earliest if earliest == latest else None)
    assert "Meridian Press Agency" in published["basis"]
    timeline = report["stories"][0]["timeline"]
    dated = {i["date"] for i in timeline if "voice" in i["articles"]}
    assert dated == set(values)
    assert not [i for i in timeline if i["kind"] == "reported" and "voice" in i["articles"]]


@pytest.mark.parametrize("keys", [CONFLICT_KEYS])
def test_build_timeline_conflicts_carry_dates_articles_and_evidence(
    make_article: Callable[..., Article], keys: set[str]
) -> None:
    texts = {
        "a": "The Dravik dam collapsed on Monday, flooding the town of Velmar.",
        "c": "The Dravik dam collapsed late on Monday, flooding the town of Velmar.",
        "b": "The Dravik dam collapsed on Sunday, flooding the town of Velmar.",
    }
    days = {
        "a": ("Monday", "2026-02-23"),
        "c": ("Monday", "2026-02-23"),
        "b": ("Sunday", "2026-02-22"),
    }
    articles = {
        k: make_article(t, k, published="2026-02-25", outlet=k.upper()) for k, t in texts.items()
    }
    analyses = {}
    for key, text in texts.items():
        words, value = days[key]
        start = text.index(words)
        timex = TimeExpr(key, start, start + len(words), words, "DATE", value, "t", tense="past")
        analyses[key] = Analysis(key, "p", sentences=((0, len(text)),), timexes=(timex,))
    report = build_report([Story("s", "Dam", tuple(texts), "m")], articles, analyses)
    (item,) = [i for i in report["stories"][0]["timeline"] if i["kind"] == "happened"]
    assert (item["date"], item["articles"]) == ("2026-02-23", ["a", "c"])
    (conflict,) = item["conflicts"]
    assert set(conflict) == keys
    assert (conflict["date"], conflict["precision"], conflict["articles"]) == (
        "2026-02-22",
        "day",
        ["b"],
    )
    assert [e["text"] for e in conflict["evidence"]] == [texts["b"]]
