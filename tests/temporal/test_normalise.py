"""TIMEX3 normalisation, one parametrised table per rule family."""

from __future__ import annotations

from datetime import date

import pytest

from triangulate.models import TimeExpr
from triangulate.temporal import normalise_document, normalise_timex, reanchor

THURSDAY = date(2026, 1, 1)  # a Thursday, the first day of a year
WEDNESDAY = date(2026, 3, 4)


def value(text: str, anchor: date | None = THURSDAY, **context: object) -> str | None:
    return normalise_timex(text, anchor, **context)[1]  # type: ignore[arg-type]


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-12-29", "2025-12-29"),
        ("December 29, 2025", "2025-12-29"),
        ("Dec. 29, 2025", "2025-12-29"),
        ("29 December 2025", "2025-12-29"),
        ("12/29/2025", "2025-12-29"),
        ("January 2028", "2028-01"),
        ("in 2024", "2024"),
        ("fiscal 1988", "1988"),
        ("nineteen ninety-six", "1996"),
        ("the year two thousand", "2000"),
        ("the 1970s", "197"),
        ("the nineties", "199"),
        ("the late 1970s", "197"),
        ("the 20th century", "19"),
        ("the third quarter of 1984", "1984-Q3"),
        ("the first half of 1990", "1990-H1"),
        ("the winter of 1994", "1994-WI"),
        ("Christmas 2025", "2025-12-25"),
        ("Thanksgiving Day 1999", "1999-11-25"),
        ("Election Day 1998", "1998-11-03"),
        ("Easter 2000", "2000-04-23"),
        ("Good Friday 2026", "2026-04-03"),
        ("Easter week 2000", "2000-W16"),
        ("Memorial Day 2026", "2026-05-25"),
    ],
)
def test_absolute_dates(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", "2026-01-01"),
        ("yesterday", "2025-12-31"),
        ("tomorrow", "2026-01-02"),
        ("last month", "2025-12"),
        ("late last month", "2025-12"),
        ("next month", "2026-02"),
        ("this year", "2026"),
        ("last year", "2025"),
        ("next year", "2027"),
        ("last week", "2025-W52"),
        ("this week", "2026-W01"),
        ("next week", "2026-W02"),
        ("two years ago", "2024"),
        ("10 days ago", "2025-12-22"),
        ("six weeks ago", "2025-W47"),
        ("five months ago", "2025-08"),
        ("a decade ago", "201"),
        ("last June", "2025-06"),
        ("this September", "2026-09"),
        ("the third quarter", "2025-Q3"),
        ("last fall", "2025-FA"),
        ("the weekend", "2025-W52-WE"),
        ("this morning", "2026-01-01TMO"),
        ("last night", "2025-12-31TNI"),
        ("tonight", "2026-01-01TNI"),
        ("10 p.m. Wednesday", "2025-12-31T22:00"),
        ("noon Monday", "2025-12-29T12:00"),
        ("mid-afternoon yesterday", "2025-12-31TAF"),
        # a day or week named from a day
        ("the day before yesterday", "2025-12-30"),
        ("the day after tomorrow", "2026-01-03"),
        ("the day before last Tuesday", "2025-12-29"),
        ("the week of Dec. 3", "2025-W49"),
    ],
)
def test_deictic_expressions_use_the_publication_date(text: str, expected: str) -> None:
    assert value(text, tense="past") == expected


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("expressions", "expected"),
    [
        (["March 3, 2024", "the next day"], ["2024-03-03", "2024-03-04"]),
        (["March 6, 2024", "a week earlier"], ["2024-03-06", "2024-W09"]),
        (["in 1988", "the following year"], ["1988", "1989"]),
        (["in 1988", "that year"], ["1988", "1988"]),
        (["July 4, 1999", "that day", "the same day"], ["1999-07-04", "1999-07-04", "1999-07-04"]),
        (["July 4, 1999", "two days later"], ["1999-07-04", "1999-07-06"]),
        # a counted date does not move the reference: both "earlier"s count from 1989-Q3
        (
            ["the third quarter of 1989", "a year earlier", "a year earlier"],
            ["1989-Q3", "1988-Q3", "1988-Q3"],
        ),
        # the period named first is the one counted back: "the quarter [a year ago]"
        (["the third quarter of 1989", "the quarter a year ago"], ["1989-Q3", "1988-Q3"]),
        # days and weeks count from the narrative's last day, not from a year it named
        (
            ["late on Monday", "in 2024", "more than a week earlier"],
            ["2025-12-29", "2024", "2025-W52"],
        ),
        # deictic expressions keep the publication date, whatever the narrative says
        (["March 3, 2024", "yesterday"], ["2024-03-03", "2025-12-31"]),
    ],
)
def test_anaphoric_expressions_follow_the_narrative(
    expressions: list[str], expected: list[str]
) -> None:
    results = normalise_document(((text, "past") for text in expressions), THURSDAY)
    assert [v for _, v, _ in results] == expected


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 days", "P12D"),
        ("three weeks", "P3W"),
        ("a month", "P1M"),
        ("two decades", "P20Y"),
        ("2 1/2 years", "P2Y6M"),
        ("two and a half years", "P2Y6M"),
        ("a minute and a half", "PT1M30S"),
        ("half an hour", "PT30M"),
        ("24 hours", "PT24H"),
        ("the past three months", "P3M"),
        ("the next two weeks", "P2W"),
        ("several years", "PXY"),
        ("a few minutes", "PTXM"),
        ("eight trading days", "P8D"),
        ("the past two quarters", "P2Q"),
        ("within 90 days", "P90D"),
        ("recent years", "PXY"),
        ("coming months", "PXM"),
    ],
)
def test_durations(text: str, expected: str) -> None:
    assert normalise_timex(text, THURSDAY)[:2] == ("DURATION", expected)


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("daily", "P1D"),
        ("every day", "P1D"),
        ("each year", "P1Y"),
        ("weekly", "P1W"),
        ("hourly", "PT1H"),
        ("every Thursday", "XXXX-WXX-4"),
        ("Tuesday nights", "XXXX-WXX-2TNI"),
        ("each July", "XXXX-07"),
        ("every summer", "XXXX-SU"),
    ],
)
def test_sets(text: str, expected: str) -> None:
    assert normalise_timex(text, THURSDAY)[:2] == ("SET", expected)


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("now", "PRESENT_REF"),
        ("currently", "PRESENT_REF"),
        ("these days", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("the past", "PAST_REF"),
        ("the future", "FUTURE_REF"),
        ("the near future", "FUTURE_REF"),
        ("several years ago", "PAST_REF"),
        ("a later date", "FUTURE_REF"),
    ],
)
def test_references(text: str, expected: str) -> None:
    assert normalise_timex(text, THURSDAY)[:2] == ("DATE", expected)


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("late last month", "END"),
        ("early March", "START"),
        ("mid-November", "MID"),
        ("the end of the year", "END"),
        ("about two weeks", "APPROX"),
        ("nearly four years ago", "APPROX"),
        ("almost two weeks", "LESS_THAN"),
        ("less than a decade", "LESS_THAN"),
        ("more than a week earlier", "MORE_THAN"),
        ("at least 20 more years", "EQUAL_OR_MORE"),
        ("within 90 days", "EQUAL_OR_LESS"),
        ("a week or so ago", "APPROX"),
        ("last week", None),
        ("some time", None),
    ],
)
def test_mods(text: str, mod: str | None) -> None:
    assert normalise_timex(text, THURSDAY)[2] == mod


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Monday", "past", "2025-12-29"),
        ("Monday", "future", "2026-01-05"),
        ("Tuesday", "present", "2025-12-30"),
        ("Friday", "present", "2026-01-02"),  # the nearer one when the tense does not say
        ("Thursday", "past", "2026-01-01"),  # its own weekday is the publication day
        ("Thursday", "future", "2026-01-01"),
        ("last Thursday", "past", "2025-12-25"),
        ("next Thursday", "future", "2026-01-08"),
        ("last Friday", "past", "2025-12-26"),
        ("this Saturday", "future", "2026-01-03"),
        ("until Thursday", "future", "2026-01-01"),
    ],
)
def test_weekday_direction_by_tense(text: str, tense: str, expected: str) -> None:
    assert value(text, tense=tense) == expected


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("text", "anchor", "tense", "expected"),
    [
        ("December", date(2026, 1, 5), "past", "2025-12"),
        ("December 29", date(2026, 1, 5), None, "2025-12-29"),
        ("January", date(2025, 12, 20), "future", "2026-01"),
        ("Jan. 2", date(1989, 11, 2), "future", "1990-01-02"),
        ("March", date(1989, 11, 2), "past", "1989-03"),
        ("last month", date(2026, 1, 15), None, "2025-12"),
        ("next month", date(2025, 12, 15), None, "2026-01"),
        ("last week", date(2026, 1, 1), None, "2025-W52"),
        ("next week", date(2025, 12, 29), None, "2026-W02"),
        ("the fourth quarter", date(2026, 1, 20), "past", "2025-Q4"),
        ("tomorrow", date(2025, 12, 31), None, "2026-01-01"),
        ("yesterday", date(2026, 1, 1), None, "2025-12-31"),
        ("Monday", date(2026, 1, 1), "past", "2025-12-29"),
    ],
)
def test_year_boundaries(text: str, anchor: date, tense: str | None, expected: str) -> None:
    assert value(text, anchor, tense=tense) == expected


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("February 29, 2024", THURSDAY, "2024-02-29"),
        ("February 29", date(2024, 3, 10), "2024-02-29"),
        ("yesterday", date(2024, 3, 1), "2024-02-29"),
        ("yesterday", date(2023, 3, 1), "2023-02-28"),
        ("tomorrow", date(2024, 2, 28), "2024-02-29"),
        ("a year ago", date(2024, 2, 29), "2023"),
        ("four years later", date(2024, 2, 29), "2028"),
        ("a week earlier", date(2024, 3, 4), "2024-W09"),
        ("10 days ago", date(2024, 3, 5), "2024-02-24"),
        ("10 days ago", date(2023, 3, 5), "2023-02-23"),
    ],
)
def test_leap_years(text: str, anchor: date, expected: str) -> None:
    assert value(text, anchor, tense="past") == expected


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("text", "expected"),
    [("on Monday", None), ("last month", None), ("in 2024", "2024"), ("12 days", "P12D")],
)
def test_without_an_anchor_only_absolute_values_are_known(text: str, expected: str | None) -> None:
    assert value(text, None, tense="past") == expected


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("anchor", "expected"),
    [
        (date(2026, 2, 25), ["2026-02-23", "2026-02-24", "2026-02-25"]),
        (date(2026, 3, 1), ["2026-02-23", "2026-02-24", "2026-02-25"]),
        (date(2026, 3, 2), ["2026-03-02", "2026-02-24", "2026-02-25"]),
    ],
)
def test_reanchor_gives_an_undated_article_the_values_of_a_publication_day(
    anchor: date, expected: list[str]
) -> None:
    undated = [
        TimeExpr("a", 0, 9, text, "DATE", None, "timex.v2", tense="past")
        for text in ("on Monday", "On Tuesday", "on Wednesday")
    ]
    moved = reanchor(undated, anchor)
    assert [t.value for t in moved] == expected
    assert {t.anchor for t in moved} == {anchor.isoformat()}


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3,000 years ago", ("DATE", None)),
        ("2,100 years earlier", ("DATE", None)),
        ("10,000 years from now", ("DATE", None)),
        ("a million years", ("DURATION", "P1000000Y")),
        ("February 30, 2024", ("DATE", "2024-02")),
        ("the 31st of June", ("DATE", "2026-06")),
    ],
)
def test_values_outside_the_calendar_are_unknown_not_errors(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert normalise_timex(text, THURSDAY, tense="past")[:2] == expected
    assert normalise_document([(text, "past")], THURSDAY)[0][:2] == expected


@pytest.mark.issue(3)
@pytest.mark.parametrize("text", ["the year 12000", "year 0", "9999 years later", "in 1 BC"])
def test_odd_numbers_never_raise(text: str) -> None:
    kind, _, _ = normalise_timex(text, THURSDAY, tense="past")
    assert kind in ("DATE", "DURATION", "TIME", "SET")


@pytest.mark.issue(3)
def test_reanchor_keeps_lengths_and_frequencies() -> None:
    found = [
        TimeExpr("a", 0, 15, "the fiscal year", "DURATION", "P1Y", "timex.v2", tense="past"),
        TimeExpr("a", 20, 25, "daily", "SET", "P1D", "timex.v2", tense="present"),
        TimeExpr("a", 30, 39, "on Monday", "DATE", None, "timex.v2", tense="past"),
    ]
    moved = reanchor(found, THURSDAY)
    assert [(t.type, t.value) for t in moved] == [
        ("DURATION", "P1Y"),
        ("SET", "P1D"),
        ("DATE", "2025-12-29"),
    ]


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("next Christmas", "2026-12-25"),
        ("this Christmas", "2026-12-25"),
        ("last Christmas", "2025-12-25"),
        ("next June", "2026-06"),
        ("last June", "2025-06"),
    ],
)
def test_holidays_and_months_share_their_year_rules(text: str, expected: str) -> None:
    assert value(text) == expected
