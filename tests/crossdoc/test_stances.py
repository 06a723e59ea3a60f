"""How two articles state one claim: actors named, and the conflicts of modality, actor, date."""

from __future__ import annotations

import pytest

from triangulate.crossdoc.stances import Stated, clashes, entity_actors
from triangulate.models import Entity, Mention, Proposition

pytestmark = pytest.mark.issue(5)

TEXT = "Israeli Prime Minister Benjamin Netanyahu met the head of the Harwick council."


def _entity(name: str, start: int, country: str | None = None, label: str = "PERSON") -> Entity:
    mention = Mention("a", start, start + len(name), name, label, "m.v1")
    return Entity(f"e-{name}", name, label, (), (mention,), country=country)


ACTORS = entity_actors(
    [
        _entity("Israeli", 0, "ISR", "NORP"),
        _entity("Benjamin Netanyahu", TEXT.index("Benjamin"), "ISR"),
        _entity("Harwick", TEXT.index("Harwick"), None, "GPE"),
    ]
)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Israeli Prime Minister Benjamin Netanyahu", ("Benjamin Netanyahu", "ISR")),
        ("the head of the Harwick council", None),  # the head is no name
        ("Israeli", ("Israeli", "ISR")),
    ],
)
def test_entity_actors_name_the_entity_the_words_end_with(words: str, expected) -> None:
    start = TEXT.index(words)
    assert ACTORS("a", start, start + len(words)) == expected


def _stated(who: str | None, verb: str, what: str, article: str = "a", **fields) -> Stated:
    text = f"{who or 'It'} {verb} {what}."
    who_end = len(who) if who else None
    proposition = Proposition(
        article, 0, len(text), text, fields.pop("predicate", verb), 0, 1,
        fields.pop("polarity", "positive"), fields.pop("modality", "asserted"), "p.v1",
        who=who, who_start=0 if who else None, who_end=who_end,
        what=what, what_start=0, what_end=1,
    )  # fmt: skip
    return Stated(proposition)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # the same predicate and actor, said otherwise
        (_stated("Ministers", "agree", "new strikes", modality="discussed"),
         _stated("Ministers", "agree", "new strikes", modality="agreed", article="b"),
         [("modality", "agree: discussed vs agreed")]),
        (_stated(None, "reach", "an agreement"),
         _stated(None, "reach", "an agreement", polarity="negative", article="b"),
         [("modality", "reach: asserted vs not asserted")]),
        # two things of one predicate: "did not hear a shot", "heard a commotion"
        (_stated("Pigeon", "hear", "a gunshot", polarity="negative"),
         _stated("Pigeon", "hear", "a commotion", article="b"), []),
        # "be" says too little to compare
        (_stated("Ministers", "be", "ready", modality="possible"),
         _stated("Ministers", "be", "ready", article="b"), []),
        # different predicates are different things
        (_stated("Ministers", "agree", "strikes"), _stated("Ministers", "reject", "strikes"), []),
    ],
)  # fmt: skip
def test_clashes_of_modality(first: Stated, second: Stated, expected: list) -> None:
    assert clashes(first, [second], None) == expected


@pytest.mark.parametrize(
    ("one", "other", "countries", "expected"),
    [
        ("Carvenia", "Valdoria", ("CRV", "VLD"), [("actor", "strike: Carvenia vs Valdoria")]),
        ("Carvenia", "Carvenian Navy", ("CRV", "CRV"), []),  # one country
        ("Sarah Palin", "Palin", (None, None), []),  # a name and its short form
        ("Anthony LaCalamita III", "LaCalamita", (None, None), []),
        ("Carvenia and Valdoria", "Valdoria", ("CRV", "VLD"), []),  # several actors
    ],
)
def test_clashes_of_actor(one: str, other: str, countries: tuple, expected: list) -> None:
    known = {one: countries[0], other: countries[1]}

    def actor_of(article_id: str, start: int, end: int) -> tuple[str, str | None] | None:
        who = (first if article_id == "a" else second).proposition.who or ""
        name = who[: end - start]
        return (name, known.get(name)) if name in known else None

    first = _stated(one, "strike", "the depots", predicate="strike")
    second = _stated(other, "strike", "the depots", article="b", predicate="strike")
    assert clashes(first, [second], actor_of) == expected


def test_clashes_of_actor_need_the_same_object() -> None:
    def actor_of(article_id: str, start: int, end: int) -> tuple[str, str | None] | None:
        return ("Carvenia", "CRV") if article_id == "a" else ("Valdoria", "VLD")

    first = _stated("Carvenia", "strike", "the depots")
    second = _stated("Valdoria", "strike", "a convoy", article="b")
    assert clashes(first, [second], actor_of) == []
