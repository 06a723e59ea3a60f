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


HARSHLY = "In response, Iran warned it would respond “harshly” to any new attack."
STRONG = "The president warned that any aggression would be met with a “strong response.”"


@pytest.mark.parametrize(
    ("quoted", "sentence", "source", "expected"),
    [
        # a quoted phrase the other outlet quotes in other words
        ("strong response", HARSHLY, STRONG, "harshly"),
        # the other's phrase words what our sentence says unquoted: not this quotation's
        (
            "second round",
            "Trump could act if Iran takes “real and verifiable steps” towards a bomb.",
            "Trump might back a “second round” if real and verifiable evidence came.",
            None,
        ),
        # two different statements one person made are no variant of each other
        (
            "We have come here to solve problems, not to score points",
            "“We are closer than we were, but close is not finished,” she said.",
            "“We have come here to solve problems, not to score points,” she said.",
            None,
        ),
        # the other phrase stands in the place of the quotation nearest it
        (
            "respectful atmosphere",
            HARSHLY,
            "He warned of a “strong response,” while talks need a “respectful atmosphere.”",
            None,
        ),
    ],
)
def test_variant_takes_the_other_outlets_quoted_phrase(
    quoted: str, sentence: str, source: str, expected: str | None
) -> None:
    found = variant(quoted, sentence, source)
    assert found == (Variant(quoted, expected) if expected is not None else None)
