"""Quote variants: one statement quoted in other words by another article."""

from __future__ import annotations

import pytest

from triangulate.crossdoc.variants import Variant, quotations, variant

pytestmark = pytest.mark.issue(5)

TRIBUNE = 'Vanek promised an inquiry that would be "fast and transparent", the Ledger reported.'
BRIGHTWATER = 'Vanek has vowed a "swift and transparent inquiry" into the failure of the dam.'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TRIBUNE, ["fast and transparent"]),
        ("He called it “a real and verifiable step” forward.", ["a real and verifiable step"]),
        ("It was the party's ‘clear choice’ for 2026.", ["clear choice"]),
        ('He said "no" twice.', []),  # one word is no quotation to compare
        ("It's the workers' union, not the owners' club.", []),  # apostrophes are no marks
    ],
)
def test_quotations(text: str, expected: list[str]) -> None:
    assert quotations(text) == expected


@pytest.mark.parametrize(
    ("quoted", "sentence", "expected"),
    [
        ("fast and transparent", BRIGHTWATER, "swift and transparent inquiry"),
        ("swift and transparent inquiry", TRIBUNE, "fast and transparent"),
        (  # the other outlet paraphrases without quote marks
            "real and verifiable steps",
            "Trump might support strikes if real and verifiable evidence became available.",
            "real and verifiable evidence",
        ),
        ("fast and transparent", 'The inquiry will be "fast and transparent".', None),  # same
        ("fast and transparent", "Rescue teams searched the valley and the town.", None),
        ("swift and transparent inquiry", "Transparent inquiry.", None),  # shorter than it
    ],
)
def test_variant(quoted: str, sentence: str, expected: str | None) -> None:
    found = variant(quoted, sentence)
    assert found == (Variant(quoted, expected) if expected is not None else None)
