"""Phrases read into a country and a sector."""

from __future__ import annotations

import pytest

from triangulate.actors.gazetteer import load_gazetteer
from triangulate.actors.phrases import Actor, read_actor, split_words


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
