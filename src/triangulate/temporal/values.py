"""TIMEX3 calendar values: move a day by units, format it at a grain, read a value back."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta


def shift(day: date, unit: str, amount: int) -> date:
    if unit in ("day",):
        return day + timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + timedelta(weeks=amount)
    if unit == "fortnight":
        return day + timedelta(weeks=2 * amount)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    return day + relativedelta(months=months * amount)


def format_value(day: date, grain: str) -> str:
    if grain == "day":
        return day.isoformat()
    if grain == "week":
        iso = day.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if grain == "month":
        return f"{day.year}-{day.month:02d}"
    if grain == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if grain == "half":
        return f"{day.year}-H{(day.month - 1) // 6 + 1}"
    if grain == "decade":
        return str(day.year // 10)
    if grain == "century":
        return str(day.year // 100)
    return str(day.year)


_POINT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12])|-W(\d{2}))?(?:T.*)?$")


def point(value: str) -> tuple[date, str] | None:
    """A TIMEX3 calendar value as (a representative day, its grain); None for others."""
    match = _POINT.match(value)
    if not match:
        return None
    year, month, day, quarter, half, week = match.groups()
    try:
        if day:
            return date(int(year), int(month), int(day)), "day"
        if month:
            return date(int(year), int(month), 1), "month"
        if quarter:
            return date(int(year), 3 * int(quarter) - 2, 1), "quarter"
        if half:
            return date(int(year), 6 * int(half) - 5, 1), "half"
        if week:
            return date.fromisocalendar(int(year), int(week), 1), "week"
        return date(int(year), 1, 1), "year"
    except ValueError:
        return None
