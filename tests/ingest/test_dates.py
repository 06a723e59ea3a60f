"""Date lines and publication dates in the formats news reports use."""

from __future__ import annotations

import pytest

from triangulate.ingest.dates import is_date_line, parse_date
from triangulate.models import PublishedDate


@pytest.mark.parametrize(
    "line, day, clock",
    [
        ("01 January 2026 21:01 PM", "2026-01-01", "21:01"),
        ("24 February 2026 21:01 PM", "2026-02-24", "21:01"),
        ("Jan. 1, 2026", "2026-01-01", None),
        ("Feb. 24, 2026", "2026-02-24", None),
        ("Mar. 2, 2026", "2026-03-02", None),
        ("2026-02-24", "2026-02-24", None),
        ("Tuesday, February 24, 2026 - 09:15", "2026-02-24", "09:15"),
        ("2026-03-03T08:00:00Z", "2026-03-03", "08:00"),
        ("Published: Feb. 24, 2026", "2026-02-24", None),
        ("Updated 3rd March 2026, 7:45 am", "2026-03-03", "07:45"),
        ("June 3, 2026 at 9:15 a.m.", "2026-06-03", "09:15"),
    ],
)
def test_dates_parses_news_date_lines(line: str, day: str, clock: str | None) -> None:
    assert is_date_line(line)
    assert parse_date(line) == PublishedDate(
        value=day, precision="day", earliest=day, latest=day, time=clock
    )


@pytest.mark.parametrize(
    "text, day, clock",
    [
        ("Tue, 24 Feb 2026 09:15:00 +0000", "2026-02-24", "09:15"),
        ("2026-02-24T23:30:00-05:00", "2026-02-24", "23:30"),
        ("2026-02-24 09:15", "2026-02-24", "09:15"),
        ("Feb. 24, 2026 09:15 EDT", "2026-02-24", "09:15"),
        ("Tuesday, 24 February 2026 23:40 CEST", "2026-02-24", "23:40"),
    ],
)
def test_dates_parses_feed_and_metadata_dates(text: str, day: str, clock: str | None) -> None:
    published = parse_date(text)
    assert published is not None
    assert (published.value, published.precision, published.time) == (day, "day", clock)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2026-03", PublishedDate("2026-03", "month", earliest="2026-03-01", latest="2026-03-31")),
        ("2026-02", PublishedDate("2026-02", "month", earliest="2026-02-01", latest="2026-02-28")),
        (
            "March 2026",
            PublishedDate("2026-03", "month", earliest="2026-03-01", latest="2026-03-31"),
        ),
        ("2026", PublishedDate("2026", "year", earliest="2026-01-01", latest="2026-12-31")),
    ],
)
def test_dates_parses_partial_dates_with_bounds(text: str, expected: PublishedDate) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "   ",
        "yesterday",
        "Tuesday",
        "March",
        "10:30",
        "12",
        "2026-13-45",
        "The minister said on Tuesday that talks would resume.",
        "Budget 2026 passes after long night",
    ],
)
def test_dates_parse_returns_none_without_a_full_date(text: str | None) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "line",
    [
        "The minister said on Tuesday, Feb. 24, 2026, that talks would resume.",
        "Budget 2026 passes after long night",
        "Harbour strike enters second day as talks stall",
        "WORLD",
        "By Mira Castellane",
        "2026 in review: the year the trams came back",
        "Feb. 24, 2026 was a day the port will remember",
    ],
)
def test_dates_rejects_lines_that_are_not_only_a_date(line: str) -> None:
    assert not is_date_line(line)
