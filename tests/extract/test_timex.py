"""Time expressions: TIMEX3 values against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from triangulate.extract.timex import extract_timexes
from triangulate.temporal import normalise_timex

ANCHOR = date(2026, 1, 1)  # a Thursday


@pytest.mark.issue(2)
@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("on Monday", False, ("DATE", "2025-12-29", None)),
        ("on Thursday", False, ("DATE", "2026-01-01", None)),
        ("last Thursday", False, ("DATE", "2025-12-25", None)),
        ("Monday", True, ("DATE", "2026-01-05", None)),
        ("late last month", False, ("DATE", "2025-12", "END")),
        ("last June", False, ("DATE", "2025-06", None)),
        ("in 2026", False, ("DATE", "2026", None)),
        ("12 days", False, ("DURATION", "P12D", None)),
        ("today", False, ("DATE", "2026-01-01", None)),
        ("yesterday", False, ("DATE", "2025-12-31", None)),
    ],
)
def test_timex_normalise_against_anchor(text: str, future: bool, expected: tuple) -> None:
    assert normalise_timex(text, ANCHOR, future=future) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "value"),
    [("The dam failed late last month, officials said.", "2025-12")],
)
def test_timex_extract_offsets_and_values(parse, make_article, text: str, value: str) -> None:
    article = make_article(text, published="2026-01-01")
    found = extract_timexes(parse(text), article)
    assert [t.value for t in found] == [value]
    for timex in found:
        assert text[timex.start : timex.end] == timex.text
