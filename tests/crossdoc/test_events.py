"""Story-level events: records merged across articles, with their independent origins."""

from __future__ import annotations

import pytest

from triangulate.crossdoc.events import merge_events
from triangulate.models import EventRecord

ORIGINS = {
    "mpa": ["Meridian Press Agency"],
    "herald": ["Meridian Press Agency"],  # a copy of the wire
    "knn": ["Kestrel News Network"],
    "chronicle": ["Daily Ledger", "Meridian Press Agency"],
}


def _record(
    article_id: str,
    event: str,
    actor: tuple[str, ...] = (),
    recipient: tuple[str, ...] = (),
    mode: str | None = None,
) -> EventRecord:
    text = f"{' and '.join(actor) or 'Someone'} {event.lower()} {' and '.join(recipient)}."
    return EventRecord(article_id, 0, len(text), text, event, "events.v1", mode, actor, recipient)


@pytest.mark.parametrize(
    "records, expected",
    [
        # same type, actor and recipient (names compared by key): one event
        (
            [
                _record("mpa", "AID", ("the interior ministry",), ("Ostra",)),
                _record("knn", "AID", ("Interior Ministry",), ("Ostra",)),
                _record("herald", "AID", ("interior ministry's",), ("Ostra",)),
            ],
            [("AID", ("the interior ministry",), ("Ostra",), ("mpa", "knn", "herald"), 2)],
        ),
        # a different recipient, actor or type is another event
        (
            [
                _record("mpa", "AID", ("interior ministry",), ("Ostra",)),
                _record("mpa", "AID", ("interior ministry",), ("Lesk",)),
                _record("knn", "AID", ("army",), ("Ostra",)),
                _record("knn", "PROTEST", ("interior ministry",), ("Ostra",)),
            ],
            [
                ("AID", ("army",), ("Ostra",), ("knn",), 1),
                ("AID", ("interior ministry",), ("Lesk",), ("mpa",), 1),
                ("AID", ("interior ministry",), ("Ostra",), ("mpa",), 1),
                ("PROTEST", ("interior ministry",), ("Ostra",), ("knn",), 1),
            ],
        ),
        ([], []),
    ],
    ids=["merged", "distinct", "none"],
)
def test_events_merge_by_type_actor_and_recipient(
    records: list[EventRecord], expected: list[tuple]
) -> None:
    events = merge_events(records, ORIGINS.__getitem__)
    got = [(e.event, e.actor, e.recipient, e.article_ids, e.independent_origins) for e in events]
    assert sorted(got) == sorted(expected)
    assert sum(len(e.records) for e in events) == len(records)


@pytest.mark.parametrize(
    "article_ids, independent_origins",
    [
        (["mpa"], 1),
        (["mpa", "herald"], 1),  # the copy rests on the same wire
        (["mpa", "knn"], 2),
        (["mpa", "herald", "knn", "chronicle"], 3),
        (["mpa", "mpa"], 1),
    ],
)
def test_events_count_distinct_origins(article_ids: list[str], independent_origins: int) -> None:
    records = [_record(a, "DISASTER", ("Ostra dam",)) for a in article_ids]
    (event,) = merge_events(records, ORIGINS.__getitem__)
    assert event.independent_origins == independent_origins
    assert event.article_ids == tuple(dict.fromkeys(article_ids))


@pytest.mark.parametrize(
    "records",
    [
        [
            _record("mpa", "AID", ("army",)),
            _record("knn", "DISASTER", ("dam",)),
            _record("chronicle", "DISASTER", ("dam",)),
        ]
    ],
)
def test_events_best_supported_first(records: list[EventRecord]) -> None:
    events = merge_events(records, ORIGINS.__getitem__)
    assert [e.event for e in events] == ["DISASTER", "AID"]
    assert [e.independent_origins for e in events] == [3, 1]
