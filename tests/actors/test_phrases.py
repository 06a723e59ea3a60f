"""Phrases read into a country and a sector."""

from __future__ import annotations

import pytest

from triangulate.actors.gazetteer import load_gazetteer
from triangulate.actors.phrases import Actor, read_actor, read_party, split_words
from triangulate.actors.plover import plover_codes


@pytest.mark.parametrize(
    "text, words",
    [
        ("U.S. President Donald Trump", ["U.S.", "President", "Donald", "Trump"]),
        ("Mr. Trump, Iran’s", ["Mr.", "Trump", ",", "Iran’s"]),
        ("Lt. Gen. Smith.", ["Lt.", "Gen.", "Smith", "."]),
    ],
)
def test_phrases_split_words(text: str, words: list[str]) -> None:
    assert split_words(text) == words


@pytest.mark.parametrize(
    "text, country, sector",
    [
        ("Israeli Prime Minister", "ISR", "GOV"),
        ("Iranian Foreign Minister", "IRN", "GOV"),
        ("U.S. President", "USA", "GOV"),
        ("U.S. forces", "USA", "MIL"),
        ("the Iranian government", "IRN", "GOV"),
        ("Iran’s Foreign Ministry", "IRN", "GOV"),
        ("Hezbollah", "LBN", "REB"),
        ("Hezbollah leader", "LBN", "REB"),
        ("Pentagon spokesman", "USA", "MIL"),
        ("Kremlin spokesman", "RUS", "GOV"),
        ("Israeli military spokesman", "ISR", "MIL"),
        ("British police", "GBR", "COP"),
        ("Houthi rebels", "YEM", "REB"),
        ("Iranian", "IRN", None),
        ("President", None, "GOV"),
        ("rebel forces", None, "REB"),
        ("U.S. forces in the region", "USA", "MIL"),
    ],
)
def test_phrases_read_actor(text: str, country: str | None, sector: str | None) -> None:
    assert read_actor(text, load_gazetteer()) == Actor(country, sector)


@pytest.mark.parametrize("text", ["Valdorian Trade Minister", "Mr.", "the harbour", ""])
def test_phrases_read_actor_of_nothing_known(text: str) -> None:
    # "Valdorian Trade Minister" starts with a word the data does not know: read nothing,
    # rather than guess from words further in
    assert read_actor(text, load_gazetteer()) is None


@pytest.mark.parametrize(
    "text, country, sector",
    [
        # words the data does not know are passed over; the last sector words are the head
        ("Lebanon's new President Elias Hrawi", "LBN", "GOV"),
        ("Liberian riot police", "LBR", "COP"),
        ("top U.S. official", "USA", "GOV"),
        # the first known name gives the country, wherever it stands
        ("rebels in the Ivory Coast", "CIV", "REB"),
        ("Radical French farmers", "FRA", "AGR"),
        ("Hezbollah leader", "LBN", "REB"),
        ("Valdorian Trade Minister", None, "GOV"),
    ],
)
def test_phrases_read_party(text: str, country: str | None, sector: str | None) -> None:
    assert read_party(text, load_gazetteer()) == Actor(country, sector)


def test_phrases_read_party_of_nothing_known() -> None:
    assert read_party("the harbour", load_gazetteer()) is None


@pytest.mark.parametrize(
    "actor, codes",
    [
        (Actor("USA", "MIL"), ("USA", "MIL")),
        (Actor(None, "IGO"), ("IGO", None)),  # PLOVER: {"code": "IGO"} for the UN
        (Actor("GBR", "MED"), ("GBR", "JRN")),  # media are JRN in PLOVER
        (Actor(None, "REB"), (None, "REB")),
        (None, (None, None)),
    ],
)
def test_plover_codes(actor: Actor | None, codes: tuple[str | None, str | None]) -> None:
    assert plover_codes(actor, load_gazetteer()) == codes
