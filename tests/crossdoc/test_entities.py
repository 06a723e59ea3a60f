"""Story-level entities: surface forms of one name, and lone surnames."""

from __future__ import annotations

import pytest

from triangulate.crossdoc.entities import name_key, resolve_entities
from triangulate.models import Mention


def _mentions(*pairs: tuple[str, str], article_id: str = "a1") -> list[Mention]:
    mentions, offset = [], 0
    for text, label in pairs:
        mentions.append(Mention(article_id, offset, offset + len(text), text, label, "entities.v1"))
        offset += len(text) + 1
    return mentions


@pytest.mark.parametrize(
    "text, key",
    [
        ("the Daily Ledger", "daily ledger"),
        ("Daily Ledger's", "daily ledger"),
        ("Daily  Ledger’s", "daily ledger"),
        ("The", "the"),
        ("Marta Vanek", "marta vanek"),
    ],
)
def test_entities_name_key(text: str, key: str) -> None:
    assert name_key(text) == key


@pytest.mark.parametrize(
    "pairs",
    [
        [("the Daily Ledger", "ORG"), ("Daily Ledger's", "ORG")],
        [("Daily Ledger", "ORG"), ("the Daily Ledger", "ORG"), ("Daily Ledger’s", "ORG")],
    ],
)
def test_entities_forms_of_one_name_are_one_entity(pairs: list[tuple[str, str]]) -> None:
    (entity,) = resolve_entities(_mentions(*pairs))
    assert entity.type == "ORG"
    assert name_key(entity.name) == "daily ledger"
    assert not entity.name.endswith(("'s", "’s"))
    assert {name_key(alias) for alias in entity.aliases} <= {"daily ledger"}
    assert len(entity.mentions) == len(pairs)


@pytest.mark.parametrize(
    "pairs, expected",
    [
        (
            [("Marta Vanek", "PERSON"), ("Vanek", "PERSON"), ("Vanek's", "PERSON")],
            [("Marta Vanek", ("Vanek",), 3)],
        ),
        # two people share the surname: the lone surname stays apart
        (
            [("Marta Vanek", "PERSON"), ("Tomas Vanek", "PERSON"), ("Vanek", "PERSON")],
            [("Marta Vanek", (), 1), ("Tomas Vanek", (), 1), ("Vanek", (), 1)],
        ),
        # a surname never joins an entity of another type
        (
            [("Vanek", "PERSON"), ("Vanek Holdings", "ORG")],
            [("Vanek", (), 1), ("Vanek Holdings", (), 1)],
        ),
        # the same words under two labels are two entities
        (
            [("Ostra", "GPE"), ("Ostra", "LOC"), ("Ostra", "GPE")],
            [("Ostra", (), 2), ("Ostra", (), 1)],
        ),
    ],
    ids=["unique-surname", "ambiguous-surname", "other-type", "two-labels"],
)
def test_entities_lone_surname_joins_the_unique_full_name(
    pairs: list[tuple[str, str]], expected: list[tuple[str, tuple[str, ...], int]]
) -> None:
    entities = resolve_entities(_mentions(*pairs))
    assert [(e.name, e.aliases, len(e.mentions)) for e in entities] == expected


@pytest.mark.parametrize("articles", [("a1",), ("a1", "a2")])
def test_entities_ids_are_stable_and_distinct(articles: tuple[str, ...]) -> None:
    mentions = [
        m
        for article_id in articles
        for m in _mentions(("Marta Vanek", "PERSON"), ("Ostra", "GPE"), article_id=article_id)
    ]
    first = resolve_entities(mentions)
    again = resolve_entities(reversed(mentions))
    assert {e.entity_id for e in first} == {e.entity_id for e in again}
    assert len({e.entity_id for e in first}) == 2
    assert all(e.entity_id.startswith("e") for e in first)


@pytest.mark.parametrize("mentions", [[]])
def test_entities_of_no_mentions_is_empty(mentions: list[Mention]) -> None:
    assert resolve_entities(mentions) == []
