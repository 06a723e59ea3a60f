"""TIMEX3 values as calendar intervals: the first and last day a value can mean (no spaCy).

Cross-document work compares dates of different precision: "2026-02-23" from one article,
"late last month" (``2026-02`` with mod ``END``) from another. Turning both into closed day
intervals makes the comparison one rule: two values are compatible when their intervals
overlap, and one is more precise when its interval is shorter.

Shapes understood (anything else, and anything with an ``X``, gives None):

==================  =========================================================
``2026-02-23``      that day; a time part (``T21:01``, ``TEV``) keeps its day
``2026-02``         the month          ``2026``  the year
``197``             the decade 1970-1979;  ``19``  the century 1900-1999
``2026-W09``        ISO week, Monday to Sunday; ``2026-W09-WE`` its weekend,
                    ``2026-W09-3`` its third day (Wednesday)
``2026-Q1``         quarter;  ``2026-H2``  half year
``2026-SP``         meteorological season of the northern hemisphere: SP March-May,
                    SU June-August, FA September-November, WI December of that year to
                    February of the next (a season belongs to the year it begins in)
==================  =========================================================

Durations (``P3D``), sets, references (``PAST_REF``) and unknowns have no interval.

Modifiers (TIMEX3 ``mod``):

* ``START``/``MID``/``END``: the first, middle and last third of the days. The thirds are
  rounded outwards, so a border day belongs to both neighbours ("late February" 2026 is
  19-28 February): vague words should not make a near miss look like a contradiction.
* ``APPROX``: widened on each side by a third of its length, at least one day ("about
  5 March" is 4-6 March; "around March" 2026 is 19 February - 10 April).
* ``BEFORE``/``AFTER``/``ON_OR_BEFORE``/``ON_OR_AFTER``: open towards the past or the future
  (``date.min``/``date.max`` stand for the open end).
* Duration modifiers (``LESS_THAN``, ``MORE_THAN``, ``EQUAL_OR_LESS``, ``EQUAL_OR_MORE``)
  and unknown ones leave a date unchanged.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta

from triangulate.models import PublishedDate

Interval = tuple[date, date]

_DAY = timedelta(days=1)
_SHAPES = re.compile(
    r"""^(?:
        (?P<year>\d{4})
        (?:-(?:
            (?P<month>\d{2})(?:-(?P<day>\d{2}))?
          | W(?P<week>\d{2})(?:-(?P<weekday>WE|[1-7]))?
          | Q(?P<quarter>[1-4])
          | H(?P<half>[12])
          | (?P<season>SP|SU|FA|WI)
        ))?
      | (?P<decade>\d{3})
      | (?P<century>\d{2})
    )$""",
    re.VERBOSE,
)
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_THIRDS = {"START": 0, "MID": 1, "END": 2}
_OPEN = ("BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER")


def interval(value: str | None, mod: str | None = None) -> Interval | None:
    """Return the first and last day ``value`` (a TIMEX3 value) can mean, narrowed by ``mod``.

    None when the value is not a calendar date (durations, sets, references, unknowns).
    """
    if not value or "X" in value:
        return None
    found = _SHAPES.match(value.split("T", 1)[0])
    if found is None:
        return None
    try:
        bounds = _bounds(found)
    except ValueError:  # 2026-02-30, week 53 of a 52-week year, year 0
        return None
    return _modified(bounds, mod) if mod else bounds


def published_interval(published: PublishedDate | None) -> Interval | None:
    """The days an article may have been published on: its stated or inferred range, else the
    interval of its date's value."""
    if published is None:
        return None
    if published.earliest and published.latest:
        return date.fromisoformat(published.earliest), date.fromisoformat(published.latest)
    return interval(published.value)


def granularity(value: str) -> str:
    """Name the precision of a TIMEX3 calendar value: day, week, month, year, time, ...

    ``interval(value)`` must not be None.
    """
    if "T" in value:
        return "time"
    found = _SHAPES.match(value)
    if found is None:
        raise ValueError(f"{value!r} is not a calendar value; check it with interval() first")
    if found["century"]:
        return "century"
    if found["decade"]:
        return "decade"
    if found["day"]:
        return "day"
    if found["weekday"]:
        return "weekend" if found["weekday"] == "WE" else "day"
    for name in ("week", "quarter", "half", "season", "month"):
        if found[name]:
            return name
    return "year"


def overlaps(first: Interval, second: Interval) -> bool:
    """Whether two intervals share at least one day (the values may mean the same date)."""
    return first[0] <= second[1] and second[0] <= first[1]


def length(span: Interval) -> int:
    """Return the number of days of ``span``."""
    return (span[1] - span[0]).days + 1


def _bounds(found: re.Match[str]) -> Interval:
    if found["century"]:
        start = max(int(found["century"]) * 100, 1)
        return date(start, 1, 1), date(int(found["century"]) * 100 + 99, 12, 31)
    if found["decade"]:
        start = max(int(found["decade"]) * 10, 1)
        return date(start, 1, 1), date(int(found["decade"]) * 10 + 9, 12, 31)
    year = int(found["year"])
    if found["day"]:
        day = date(year, int(found["month"]), int(found["day"]))
        return day, day
    if found["month"]:
        month = int(found["month"])
        if not 1 <= month <= 12:
            raise ValueError(f"no month {month}")
        return _months(year, month, month)
    if found["week"]:
        return _week(year, int(found["week"]), found["weekday"])
    if found["quarter"]:
        last = int(found["quarter"]) * 3
        return _months(year, last - 2, last)
    if found["half"]:
        last = int(found["half"]) * 6
        return _months(year, last - 5, last)
    if found["season"]:
        return _months(year, *_SEASON_MONTHS[found["season"]])
    return date(year, 1, 1), date(year, 12, 31)


def _months(year: int, first: int, last: int) -> Interval:
    """From the first day of month ``first`` to the last of month ``last`` (13, 14 = next year)."""
    start = date(year + (first - 1) // 12, (first - 1) % 12 + 1, 1)
    after = date(year + last // 12, last % 12 + 1, 1)
    return start, after - _DAY


def _week(year: int, week: int, weekday: str | None) -> Interval:
    if weekday == "WE":
        return date.fromisocalendar(year, week, 6), date.fromisocalendar(year, week, 7)
    if weekday:
        day = date.fromisocalendar(year, week, int(weekday))
        return day, day
    return date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)


def _modified(bounds: Interval, mod: str) -> Interval:
    start, end = bounds
    days = length(bounds)
    if mod in _THIRDS:
        third = _THIRDS[mod]
        first = math.floor(days * third / 3)
        last = math.ceil(days * (third + 1) / 3) - 1
        return start + timedelta(days=first), start + timedelta(days=last)
    if mod == "APPROX":
        margin = timedelta(days=max(1, days // 3))
        return _clamped(start, -margin), _clamped(end, margin)
    if mod in _OPEN:
        if mod == "BEFORE":
            return date.min, _clamped(start, -_DAY)
        if mod == "AFTER":
            return _clamped(end, _DAY), date.max
        return (date.min, end) if mod == "ON_OR_BEFORE" else (start, date.max)
    return bounds


def _clamped(day: date, shift: timedelta) -> date:
    try:
        return day + shift
    except OverflowError:
        return date.min if shift.days < 0 else date.max
