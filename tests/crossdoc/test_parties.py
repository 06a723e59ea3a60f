"""Parties of events: which actor and recipient words of two records name the same one."""

from __future__ import annotations

import pytest

from triangulate.crossdoc.entities import name_key
from triangulate.crossdoc.parties import read_parties, same_parties, same_party
from triangulate.models import Entity

ENTITIES = (
    Entity("e-brenner", "Aldo Brenner", "PERSON", ("Brenner",), ()),
    Entity("e-ilse", "Ilse Brenner", "PERSON", (), ()),
    Entity("e-lone", "Marek", "PERSON", (), ()),  # a short form the story left unresolved
    Entity("e-marek", "Tomas Marek", "PERSON", (), ()),
    Entity("e-carvenia", "Carvenia", "GPE", (), (), country="CRV"),
)
BY_NAME = {name_key(alias): e for e in ENTITIES for alias in (e.name, *e.aliases)}


def _one(text: str):
    (party,) = read_parties((text,), BY_NAME)
    return party


@pytest.mark.parametrize(
    "text, entity_id, words",
    [
        ("Carvenian President Aldo Brenner", "e-brenner", {"aldo", "brenner"}),
        ("Brenner's", "e-brenner", {"aldo", "brenner"}),
        ("the interior ministry", None, {"interior", "ministry"}),
        ("rebels in the Carvenia", None, {"rebels"}),  # whose people they are: not the party
    ],
)
def test_parties_read_entity_and_words(text: str, entity_id: str | None, words: set) -> None:
    party = _one(text)
    assert (party.entity_id, set(party.words)) == (entity_id, words)


@pytest.mark.parametrize("texts", [("he",), ("who",), ("They",), ()])
def test_parties_pronouns_name_none(texts: tuple[str, ...]) -> None:
    assert read_parties(texts, BY_NAME) == ()


@pytest.mark.parametrize(
    "one, other, expected",
    [
        ("President Aldo Brenner", "Brenner", True),  # one entity, two forms
        ("Aldo Brenner", "Ilse Brenner", False),  # two entities of one surname
        ("Marek", "Tomas Marek", True),  # a short form the entities left apart
        ("Staunford police", "the Staunford Police Department", True),
        ("forces", "Carvenian forces", True),
        ("Carvenian forces", "Valdorian forces", False),
        ("the company", "Ostra Hydro", None),  # a common noun may name it: not known
        ("the fire", "the blaze", None),
    ],
)
def test_parties_same_party(one: str, other: str, expected: bool | None) -> None:
    assert same_party(_one(one), _one(other)) is expected
    assert same_party(_one(other), _one(one)) is expected


@pytest.mark.parametrize(
    "one, other, expected",
    [
        (("Carvenia", "Valdoria"), ("Carvenia",), True),  # one party of each is the same
        (("Carvenia",), ("Valdoria",), False),
        (("Carvenia",), ("the ministry",), None),
        ((), ("Carvenia",), None),  # a record that names none
        (("he",), ("Carvenia",), None),
    ],
)
def test_parties_same_parties(one: tuple, other: tuple, expected: bool | None) -> None:
    found = same_parties(read_parties(one, BY_NAME), read_parties(other, BY_NAME))
    assert found is expected
