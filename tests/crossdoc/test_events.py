"""Story-level events: one record per event however many reports tell it, with its date, its
claims and the independent origins behind its own sentences."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from triangulate.crossdoc.entities import name_key
from triangulate.crossdoc.event_mentions import EventMention
from triangulate.crossdoc.events import merge_events, merge_events_v1
from triangulate.crossdoc.parties import read_parties
from triangulate.extract import analyze_doc
from triangulate.models import Entity, EventRecord, Story
from triangulate.report import build_report
from triangulate.temporal.intervals import interval

ENTITIES = (
    Entity("e-brenner", "Aldo Brenner", "PERSON", ("Brenner",), ()),
    Entity("e-ostra", "Ostra", "GPE", (), ()),
)
BY_NAME = {name_key(alias): e for e in ENTITIES for alias in (e.name, *e.aliases)}


def _mention(
    article_id: str,
    event: str,
    actor: tuple[str, ...] = (),
    recipient: tuple[str, ...] = (),
    *,
    when: str | None = None,
    claims: tuple[str, ...] = (),
    origins: tuple[str, ...] = (),
    copy_of: str | None = None,
    published: str | None = None,
    inferred: bool = False,
    start: int = 0,
) -> EventMention:
    text = f"{' and '.join(actor) or 'Someone'} {event.lower()} {' and '.join(recipient)}."
    record = EventRecord(article_id, start, start + len(text), text, event, "events.v2")
    return EventMention(
        record=record,
        order=0,
        actor=read_parties(actor, BY_NAME),
        recipient=read_parties(recipient, BY_NAME),
        date=when,
        days=interval(when),
        claim_ids=claims,
        origins=origins or (article_id,),
        version=copy_of or article_id,
        published=interval(published),
        inferred=inferred,
    )


def _merged(*mentions: EventMention) -> list[tuple[str, ...]]:
    numbered = [dataclasses.replace(m, order=n) for n, m in enumerate(mentions)]
    return sorted(e.article_ids for e in merge_events(numbered))


@pytest.mark.parametrize(
    "mentions, expected",
    [
        # one entity in two forms, or one name's words within the other's: one event
        (
            [
                _mention("mpa", "COERCE", ("President Aldo Brenner",), ("Ostra",)),
                _mention("knn", "COERCE", ("Brenner",), ("Ostra",)),
            ],
            [("mpa", "knn")],
        ),
        # a recipient one report does not name is no obstacle
        (
            [
                _mention("mpa", "COERCE", ("Carvenian forces",), ("Ostra",)),
                _mention("knn", "COERCE", ("forces",)),
            ],
            [("mpa", "knn")],
        ),
        # another PLOVER type is another event
        (
            [
                _mention("mpa", "COERCE", ("Brenner",), ("Ostra",)),
                _mention("knn", "THREATEN", ("Brenner",), ("Ostra",)),
            ],
            [("knn",), ("mpa",)],
        ),
        # other actors, or other recipients, are other events
        (
            [
                _mention("mpa", "ASSAULT", ("Carvenian forces",), ("Ostra",)),
                _mention("knn", "ASSAULT", ("Valdorian forces",), ("Ostra",)),
                _mention("gaz", "ASSAULT", ("Carvenian forces",), ("Lesk",)),
            ],
            [("gaz",), ("knn",), ("mpa",)],
        ),
        # an actor not named ("he") joins through a claim its sentence shares, or the
        # same recipient; without either it stays apart
        (
            [
                _mention("mpa", "COERCE", ("Brenner",), claims=("c1",)),
                _mention("knn", "COERCE", ("he",), claims=("c1",)),
                _mention("gaz", "COERCE", ("they",)),
            ],
            [("gaz",), ("mpa", "knn")],
        ),
        # a lead and a later paragraph of one article tell one event
        (
            [
                _mention("mpa", "COERCE", ("Brenner",), ("Ostra",)),
                _mention("mpa", "COERCE", ("Aldo Brenner",), start=200),
            ],
            [("mpa",)],
        ),
    ],
    ids=["name-forms", "missing-recipient", "type", "parties", "unnamed-actor", "one-article"],
)
def test_events_merge_mentions(mentions: list[EventMention], expected: list[tuple]) -> None:
    assert _merged(*mentions) == expected


@pytest.mark.parametrize(
    "dates, expected",
    [
        (("2026-03-02", "2026-03-05"), [("knn",), ("mpa",)]),  # Monday and Thursday: two
        (("2026-03-02", "2026-03"), [("mpa", "knn")]),  # the day is in the month
        (("2026-03-02", None), [("mpa", "knn")]),  # no date conflicts with none
    ],
)
def test_events_different_days_are_different_events(dates: tuple, expected: list) -> None:
    one, other = dates
    assert (
        _merged(
            _mention("mpa", "ASSAULT", ("Carvenian forces",), when=one),
            _mention("knn", "ASSAULT", ("Carvenian forces",), when=other),
        )
        == expected
    )


def test_events_a_sentence_is_in_one_event_only() -> None:
    # the undated report could join either dated one, but the two dates cannot meet
    mentions = [
        _mention("mpa", "ASSAULT", ("Carvenian forces",), when="2026-03-02", claims=("c1",)),
        _mention("knn", "ASSAULT", ("Carvenian forces",), claims=("c1",)),
        _mention("gaz", "ASSAULT", ("Carvenian forces",), when="2026-03-05"),
    ]
    assert _merged(*mentions) == [("gaz",), ("mpa", "knn")]


@pytest.mark.parametrize(
    "mentions, origins, independent",
    [
        # a copy (and a copy of it) rests on its original: one origin, however edited
        (
            [
                _mention("mpa", "AID", ("Ostra",), origins=("Meridian Press Agency",)),
                _mention("herald", "AID", ("Ostra",), origins=("Coastal Herald",), copy_of="mpa"),
                _mention("voice", "AID", ("Ostra",), origins=("Ostra Voice",), copy_of="mpa"),
            ],
            ("Meridian Press Agency",),
            1,
        ),
        # without its original, one copy counts
        (
            [
                _mention(
                    "herald", "AID", ("Ostra",), origins=("Meridian Press Agency",), copy_of="mpa"
                ),
                _mention(
                    "voice", "AID", ("Ostra",), origins=("Meridian Press Agency",), copy_of="mpa"
                ),
                _mention("knn", "AID", ("Ostra",), origins=("Kestrel News Network",)),
            ],
            ("Meridian Press Agency", "Kestrel News Network"),
            2,
        ),
        # sentences resting on a shared name are not independent
        (
            [
                _mention("mpa", "AID", ("Ostra",), origins=("Meridian Press Agency",)),
                _mention(
                    "gaz", "AID", ("Ostra",), origins=("Daily Ledger", "meridian press agency")
                ),
                _mention("knn", "AID", ("Ostra",), origins=("Kestrel News Network",)),
            ],
            ("Meridian Press Agency", "Daily Ledger", "Kestrel News Network"),
            2,
        ),
    ],
    ids=["copies", "copies-without-original", "shared-name"],
)
def test_events_count_independent_origins(
    mentions: list[EventMention], origins: tuple[str, ...], independent: int
) -> None:
    (event,) = merge_events(mentions)
    assert event.origins == origins
    assert event.independent_origins == independent


def test_events_carry_date_first_report_and_claims() -> None:
    mentions = [
        _mention("knn", "AID", ("Ostra",), when="2026-02", published="2026-02-26", claims=("c2",)),
        _mention(
            "mpa", "AID", ("Ostra",), when="2026-02-23", published="2026-02-24", claims=("c1",)
        ),
        # an inferred publication date counts only when none is stated
        _mention("voice", "AID", ("Ostra",), published="2026-02-20", inferred=True),
    ]
    (event,) = merge_events(mentions)
    assert event.date == "2026-02-23"  # the most precise of the dates they agree on
    assert event.first_reported == date(2026, 2, 24).isoformat()
    assert event.claim_ids == ("c2", "c1")


def test_events_best_supported_first() -> None:
    events = merge_events(
        [
            _mention("mpa", "AID", ("army",)),
            _mention("knn", "DISASTER", ("dam",)),
            _mention("gaz", "DISASTER", ("dam",)),
        ]
    )
    assert [(e.event, e.independent_origins) for e in events] == [("DISASTER", 2), ("AID", 1)]


# ---- on real parses: the report's story step, from articles to events ----

OUTLETS = {
    "mpa": "Meridian Press Agency",
    "knn": "Kestrel News Network",
    "gaz": "Harbourline News",
    "herald": "Coastal Herald",
}
TEXTS = {
    "mpa": (
        "Carvenian President Aldo Brenner imposed new tariffs on Valdorian steel on Monday, "
        "the ministry said. The move angered steelworkers."
    ),
    "knn": "Brenner imposed tariffs on Valdorian steel on Monday. Unions in Lissenburg protested.",
    "gaz": (
        "Carvenia's president imposed tariffs on Valdorian steel on Thursday, according to "
        "the Lissenburg Gazette."
    ),
    "herald": (
        "Carvenian President Aldo Brenner imposed new tariffs on Valdorian steel on Monday, "
        "the Coastal Herald reported. The move angered steelworkers."
    ),
}
PUBLISHED = {"mpa": "2026-03-03", "knn": "2026-03-04", "gaz": "2026-03-06", "herald": "2026-03-03"}


@pytest.fixture
def tariff_events(parse, make_article) -> dict[str, list[dict[str, Any]]]:
    """The events of a story of four articles, by the article of their first sentence."""
    articles = {
        a: make_article(
            text,
            a,
            outlet=OUTLETS[a],
            published=PUBLISHED[a],
            copy_of="mpa" if a == "herald" else None,
        )
        for a, text in TEXTS.items()
    }
    analyses = {
        a: analyze_doc(parse(article.text), article, "test") for a, article in articles.items()
    }
    report = build_report([Story("s", "Tariffs", tuple(articles), "test")], articles, analyses)
    events: dict[str, list[dict[str, Any]]] = {}
    for event in report["stories"][0]["events"]:
        events.setdefault(event["articles"][0], []).append(event)
    return events | {"claims": report["stories"][0]["claims"]}


@pytest.mark.slow
def test_events_story_merges_name_forms_and_splits_days(tariff_events) -> None:
    (monday,) = [e for e in tariff_events["mpa"] if e["event"] == "COERCE"]
    # "Carvenian President Aldo Brenner" and "Brenner", both on Monday, and the copy
    assert monday["articles"] == ["mpa", "knn", "herald"]
    assert monday["date"] == "2026-03-02"
    assert monday["first_reported"] == "2026-03-03"
    # "on Thursday" is another day: another event, though its words are alike
    (thursday,) = [e for e in tariff_events["gaz"] if e["event"] == "COERCE"]
    assert (thursday["articles"], thursday["date"]) == (["gaz"], "2026-03-05")


@pytest.mark.slow
def test_events_story_counts_origins_of_its_own_sentences(tariff_events) -> None:
    (monday,) = [e for e in tariff_events["mpa"] if e["event"] == "COERCE"]
    # the copy's own attribution ("the Coastal Herald reported") adds no origin
    assert monday["origins"] == ["Meridian Press Agency", "Kestrel News Network"]
    assert monday["independent_origins"] == 2
    # a sentence attributed to the Lissenburg Gazette rests on it, not on its outlet
    (thursday,) = [e for e in tariff_events["gaz"] if e["event"] == "COERCE"]
    assert (thursday["origins"], thursday["independent_origins"]) == (["Lissenburg Gazette"], 1)


@pytest.mark.slow
def test_events_story_links_claims(tariff_events) -> None:
    (monday,) = [e for e in tariff_events["mpa"] if e["event"] == "COERCE"]
    claims = {c["id"]: c for c in tariff_events["claims"]}
    assert monday["claims"]
    for claim_id in monday["claims"]:
        texts = {e["text"] for e in claims[claim_id]["evidence"]}
        assert any("imposed" in text for text in texts)
    (protest,) = tariff_events["knn"][-1:]
    assert protest["event"] == "PROTEST" and protest["articles"] == ["knn"]


# ---- events.merge.v1, kept for comparison ----

V1_ORIGINS = {
    "mpa": ["Meridian Press Agency"],
    "herald": ["Meridian Press Agency"],  # a copy of the wire
    "knn": ["Kestrel News Network"],
    "chronicle": ["Daily Ledger", "Meridian Press Agency"],
}


def _record(article_id: str, event: str, actor: tuple = (), recipient: tuple = ()) -> EventRecord:
    text = f"{' and '.join(actor) or 'Someone'} {event.lower()} {' and '.join(recipient)}."
    return EventRecord(article_id, 0, len(text), text, event, "events.v1", None, actor, recipient)


@pytest.mark.parametrize(
    "records, expected",
    [
        (
            [
                _record("mpa", "AID", ("the interior ministry",), ("Ostra",)),
                _record("knn", "AID", ("Interior Ministry",), ("Ostra",)),
                _record("herald", "AID", ("interior ministry's",), ("Ostra",)),
                _record("knn", "AID", ("army",), ("Ostra",)),
            ],
            [(("herald", "knn", "mpa"), 2), (("knn",), 1)],
        ),
    ],
)
def test_events_v1_merges_by_exact_keys(records: list[EventRecord], expected: list) -> None:
    events = merge_events_v1(records, V1_ORIGINS.__getitem__)
    assert sorted((tuple(sorted(e.article_ids)), e.independent_origins) for e in events) == sorted(
        expected
    )
