"""Counted quantities of harm in a sentence, and when two of them disagree."""

from __future__ import annotations

import math

import pytest

from triangulate.crossdoc.counts import Count, counts, disagree

pytestmark = pytest.mark.issue(5)
INF = math.inf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency said at least 42 people were killed.", [("killed", 42, INF, "at least 42")]),
        ("The ministry put the toll at 38 dead on Tuesday.", [("killed", 38, 38, "38")]),
        ("The wave killed at least 42 people.", [("killed", 42, INF, "at least 42")]),
        ("The collapse kills at least 42, dozens missing.", [("killed", 42, INF, "at least 42")]),
        ("61 people were still unaccounted for.", [("missing", 61, 61, "61")]),
        ("Nearly 300 were injured.", [("injured", 0, 300, "Nearly 300")]),
        ("About 40 were arrested.", [("arrested", 36, 44, "About 40")]),
        ("Some 12,000 people were evacuated.", [("displaced", 10800, 13200, "Some 12,000")]),
        # no count: a year, a number on its own, a kind across a clause boundary
        ("In 2024, the dam was inspected.", []),
        ("The dam is 60 metres high; many were hurt.", []),
        ("Dozens more were missing.", []),
        # no count: measures, dates, times and scores near a kind word
        ("A 36-year-old man died after the fall.", []),
        ("He fell some 700 metres to his death.", []),
        ("A 6.7-magnitude quake killed thousands.", []),
        ("Gray was killed on March 9 by police.", []),
        ("Felt died at 12:45 at his home.", []),
        ("The star died at age 91.", []),
        ("The safety was injured during the 13-10 loss.", []),
        ("Four men were arrested and 12 more were detained.", [("arrested", 12, 12, "12")]),
    ],
)
def test_counts(text: str, expected: list[tuple[str, float, float, str]]) -> None:
    found = [(c.kind, c.low, c.high, c.text) for c in counts(text)]
    assert found == [(k, pytest.approx(lo), pytest.approx(hi), t) for k, lo, hi, t in expected]


def test_counts_keep_offsets_into_the_article() -> None:
    (count,) = counts("At least 42 killed.", offset=100)
    assert (count.start, count.end) == (100, 111)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (("killed", 42, math.inf), ("killed", 38, 38), True),
        (("killed", 42, math.inf), ("killed", 45, 45), False),
        (("killed", 36, 44), ("killed", 42, 42), False),
        (("killed", 38, 38), ("injured", 42, 42), False),  # different kinds never disagree
    ],
)
def test_disagree(first: tuple, second: tuple, expected: bool) -> None:
    def count(kind: str, low: float, high: float) -> Count:
        return Count(kind, low, high, 0, 1, "n")

    assert disagree(count(*first), count(*second)) is expected
