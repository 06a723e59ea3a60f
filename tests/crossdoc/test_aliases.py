"""Outlet aliases: acronyms, trailing words, "the", and ambiguity."""

from __future__ import annotations

import pytest

from triangulate.crossdoc.aliases import is_alias, outlet_aliases, same_outlet


@pytest.mark.parametrize(
    "short, full, expected",
    [
        ("MPA", "Meridian Press Agency", True),
        ("KNN", "Kestrel News Network", True),
        ("VBC", "Valdoria-Bristow Courier", True),  # hyphenated words give an initial each
        ("Ledger", "The Daily Ledger", True),
        ("the Ledger", "The Daily Ledger", True),
        ("Valley Voice", "Ostra Valley Voice", True),
        ("MP", "Meridian Press Agency", False),
        ("Mpa", "Meridian Press Agency", False),  # an acronym is written in capitals
        ("Daily", "The Daily Ledger", False),  # leading words are not an alias
        ("The Daily Ledger", "Daily Ledger", False),  # not shorter once "the" is dropped
        ("Meridian Press Agency", "MPA", False),  # the alias is the short one
        ("Herald", "Herald", False),
    ],
)
def test_aliases_is_alias(short: str, full: str, expected: bool) -> None:
    assert is_alias(short, full) is expected


@pytest.mark.parametrize(
    "one, other, expected",
    [
        ("The Daily Ledger", "Daily Ledger", True),
        ("the daily ledger", "Daily Ledger", True),
        ("MPA", "Meridian Press Agency", True),
        ("Meridian Press Agency", "MPA", True),
        ("Ledger", "The Daily Ledger", True),
        ("The Coastal Herald", "The Riverside Chronicle", False),
        ("Harbourline News", "Brightwater News", False),
    ],
)
def test_aliases_same_outlet(one: str, other: str, expected: bool) -> None:
    assert same_outlet(one, other) is expected


@pytest.mark.parametrize(
    "names, expected",
    [
        (["MPA", "Meridian Press Agency"], {"MPA": "Meridian Press Agency"}),
        (["Ledger", "The Daily Ledger"], {"Ledger": "The Daily Ledger"}),
        (["the Ledger", "The Daily Ledger"], {"the Ledger": "The Daily Ledger"}),
        # chained: "Voice" → "Valley Voice" → "Ostra Valley Voice"
        (
            ["Voice", "Valley Voice", "Ostra Valley Voice"],
            {"Voice": "Ostra Valley Voice", "Valley Voice": "Ostra Valley Voice"},
        ),
        # "News" fits two outlets: ambiguous, so neither takes it
        (["News", "Harbourline News", "Brightwater News"], {}),
        (["The Coastal Herald", "The Riverside Chronicle"], {}),
        ([], {}),
    ],
)
def test_aliases_outlet_aliases(names: list[str], expected: dict[str, str]) -> None:
    assert outlet_aliases(names) == expected


@pytest.mark.issue(2)
@pytest.mark.parametrize(
    "names",
    [
        ["The Daily Ledger", "Daily Ledger", "Ledger"],
        ["Daily Ledger", "the Daily Ledger", "Ledger", "DL"],
    ],
)
def test_aliases_names_differing_by_the_are_one_outlet(names: list[str]) -> None:
    aliases = outlet_aliases(names)
    resolved = {aliases.get(name, name) for name in names}
    assert len(resolved) == 1
    assert resolved <= set(names)
    assert "Ledger" in aliases
