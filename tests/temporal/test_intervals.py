"""TIMEX3 values as calendar intervals: shapes, modifiers, leap years, year boundaries."""

from __future__ import annotations

from datetime import date

import pytest

from triangulate.temporal.intervals import granularity, interval, length, overlaps


def _d(text: str) -> date:
    return date.fromisoformat(text)


@pytest.mark.parametrize(
    "value, first, last",
    [
        ("2026-02-23", "2026-02-23", "2026-02-23"),
        ("2026-02-24TEV", "2026-02-24", "2026-02-24"),
        ("2026-02-24T21:01", "2026-02-24", "2026-02-24"),
        ("2026-02", "2026-02-01", "2026-02-28"),
        ("2024-02", "2024-02-01", "2024-02-29"),  # leap year
        ("2000-02", "2000-02-01", "2000-02-29"),  # divisible by 400: leap
        ("1900-02", "1900-02-01", "1900-02-28"),  # divisible by 100 only: not leap
        ("2025-12", "2025-12-01", "2025-12-31"),
        ("2026", "2026-01-01", "2026-12-31"),
        ("197", "1970-01-01", "1979-12-31"),
        ("19", "1900-01-01", "1999-12-31"),
        ("2026-W09", "2026-02-23", "2026-03-01"),
        ("2026-W09-WE", "2026-02-28", "2026-03-01"),
        ("2026-W09-3", "2026-02-25", "2026-02-25"),
        ("2026-W01", "2025-12-29", "2026-01-04"),  # ISO week 1 starts in the previous year
        ("2020-W53", "2020-12-28", "2021-01-03"),  # a 53-week year
        ("2026-W53", "2026-12-28", "2027-01-03"),  # 2026 starts on a Thursday: 53 weeks
        ("2026-W10TNI", "2026-03-02", "2026-03-08"),
        ("2026-Q1", "2026-01-01", "2026-03-31"),
        ("2024-Q1", "2024-01-01", "2024-03-31"),
        ("2026-Q4", "2026-10-01", "2026-12-31"),
        ("2026-H1", "2026-01-01", "2026-06-30"),
        ("2026-H2", "2026-07-01", "2026-12-31"),
        ("2026-SP", "2026-03-01", "2026-05-31"),
        ("2026-SU", "2026-06-01", "2026-08-31"),
        ("2026-FA", "2026-09-01", "2026-11-30"),
        ("2027-WI", "2027-12-01", "2028-02-29"),  # crosses the year, ends in a leap February
        ("2025-WI", "2025-12-01", "2026-02-28"),
    ],
)
def test_intervals_cover_every_calendar_shape(value: str, first: str, last: str) -> None:
    assert interval(value) == (_d(first), _d(last))


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "P3D",
        "PT2H",
        "P1W",
        "PAST_REF",
        "PRESENT_REF",
        "FUTURE_REF",
        "XXXX-02-24",
        "2026-XX",
        "XXXX-WXX-1",
        "2026-02-30",  # no such day
        "2026-13",
        "2025-W53",  # 2025 has 52 ISO weeks
        "2026-Q5",
        "tomorrow",
        "20260224",
    ],
)
def test_intervals_none_for_non_calendar_values(value: str | None) -> None:
    assert interval(value) is None


@pytest.mark.parametrize(
    "value, mod, first, last",
    [
        ("2026-02", "START", "2026-02-01", "2026-02-10"),
        ("2026-02", "MID", "2026-02-10", "2026-02-19"),
        ("2026-02", "END", "2026-02-19", "2026-02-28"),
        ("2024-02", "END", "2024-02-20", "2024-02-29"),  # leap February
        ("2025-12", "END", "2025-12-21", "2025-12-31"),
        ("2026", "START", "2026-01-01", "2026-05-02"),
        ("2026", "END", "2026-09-01", "2026-12-31"),
        ("197", "END", "1976-08-31", "1979-12-31"),
        ("2026-02-23", "END", "2026-02-23", "2026-02-23"),  # a day has no thirds
        ("2026-03-05", "APPROX", "2026-03-04", "2026-03-06"),
        ("2026-03", "APPROX", "2026-02-19", "2026-04-10"),
        ("2026-01-01", "APPROX", "2025-12-31", "2026-01-02"),  # across the new year
        ("2026-02-23", "LESS_THAN", "2026-02-23", "2026-02-23"),  # duration mods: unchanged
        ("2026-02-23", "UNKNOWN_MOD", "2026-02-23", "2026-02-23"),
    ],
)
def test_intervals_mods_narrow_or_widen(value: str, mod: str, first: str, last: str) -> None:
    assert interval(value, mod) == (_d(first), _d(last))


@pytest.mark.parametrize(
    "value, mod, expected",
    [
        ("2026-02", "BEFORE", (date.min, _d("2026-01-31"))),
        ("2026-02", "AFTER", (_d("2026-03-01"), date.max)),
        ("2026-02", "ON_OR_BEFORE", (date.min, _d("2026-02-28"))),
        ("2026-02", "ON_OR_AFTER", (_d("2026-02-01"), date.max)),
    ],
)
def test_intervals_open_mods_reach_the_calendar_edge(
    value: str, mod: str, expected: tuple[date, date]
) -> None:
    assert interval(value, mod) == expected


@pytest.mark.parametrize(
    "first, second, expected",
    [
        (("2026-02-23", None), ("2026-02", "END"), True),
        (("2026-02-18", None), ("2026-02", "END"), False),
        (("2026-W09", None), ("2026-02", "END"), True),
        (("2026-03-01", None), ("2026-02", None), False),
        (("2025-12-29", None), ("2025-12", "END"), True),
        (("2025-12-20", None), ("2025-12", "END"), False),
    ],
)
def test_intervals_overlap_means_compatible(
    first: tuple[str, str | None], second: tuple[str, str | None], expected: bool
) -> None:
    a, b = interval(*first), interval(*second)
    assert a is not None and b is not None
    assert overlaps(a, b) is expected
    assert overlaps(b, a) is expected


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2026-02-23", "day"),
        ("2026-02-24TEV", "time"),
        ("2026-W09", "week"),
        ("2026-W09-WE", "weekend"),
        ("2026-W09-1", "day"),
        ("2026-02", "month"),
        ("2026-Q1", "quarter"),
        ("2026-H1", "half"),
        ("2026-SU", "season"),
        ("2026", "year"),
        ("197", "decade"),
        ("19", "century"),
    ],
)
def test_intervals_granularity_names_the_precision(value: str, expected: str) -> None:
    assert granularity(value) == expected


@pytest.mark.parametrize("value, days", [("2026-02", 28), ("2024", 366), ("2026-W09", 7)])
def test_intervals_length_counts_days(value: str, days: int) -> None:
    span = interval(value)
    assert span is not None and length(span) == days


@pytest.mark.parametrize("value", ["P3D", "nonsense"])
def test_intervals_granularity_rejects_non_calendar_values(value: str) -> None:
    with pytest.raises(ValueError, match="not a calendar value"):
        granularity(value)
