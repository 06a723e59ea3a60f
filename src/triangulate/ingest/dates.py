"""Recognise and parse publication dates written in common news formats.

"01 January 2026 21:01 PM", "Jan. 1, 2026", "Monday, March 2, 2026 - 09:15", "2026-01-01",
"2026-01-01T08:00:00Z" and RFC 822 feed dates all become a :class:`PublishedDate`.
"""

from __future__ import annotations

import calendar
import re
from datetime import datetime

from dateutil import parser as dateutil_parser

from triangulate.models import PublishedDate

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
_TIME = r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}|\s*[+-]\d{2}:?\d{2})?)"
_SEP = r"[\s,\-–—|/@]*"
_DATE_LINE = re.compile(
    rf"""^\s*(?:(?:published|updated|posted|date)\s*:?\s*)?(?:{_WEEKDAY}\s*)?
    (?:
        \d{{4}}-\d{{2}}-\d{{2}}(?:[T\s]{_TIME})?(?:Z|[+-]\d{{2}}:?\d{{2}})?
      | \d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}
      | {_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}
      | \d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}
    )
    (?:{_SEP}(?:at\s+)?{_TIME})?{_SEP}$""",
    re.IGNORECASE | re.VERBOSE,
)
_AMPM_24H = re.compile(r"\b(1[3-9]|2[0-3])([:.]\d{2})\s*([ap]\.?m\.?)", re.IGNORECASE)
_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?$")
_HAS_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))


def is_date_line(line: str) -> bool:
    """Return whether ``line`` is nothing but a date (with optional weekday and time)."""
    return len(line) <= 80 and _DATE_LINE.match(line) is not None


def parse_date(text: str | None) -> PublishedDate | None:
    """Parse a date or date-time string into a :class:`PublishedDate`.

    A full date has day precision; "2026-03" or "March 2026" month precision and "2026" year
    precision, bounded by ``earliest``/``latest``. Returns None when ``text`` holds no
    recognisable date (a weekday, a time or a month alone is not one); never raises.
    """
    if not text or not text.strip():
        return None
    partial = _PARTIAL.match(text.strip())
    if partial:
        year, month = partial.group(1), partial.group(2)
        return _partial_date(int(year), int(month) if month else None)
    cleaned = _AMPM_24H.sub(r"\1\2", text.strip())  # "21:01 PM" is a 24-hour time
    cleaned = re.sub(r"^(published|updated|posted|date)\s*:?\s*", "", cleaned, flags=re.I)
    cleaned = re.sub(r"\s[-–—|@]\s", " ", cleaned)
    moments = _parse_moments(cleaned)
    if moments is None:
        return None
    moment, other = moments
    if not 1800 <= moment.year <= 2200 or (moment.year, moment.month) != (other.year, other.month):
        return None
    if moment.day != other.day:
        return _partial_date(moment.year, moment.month)
    day = moment.date().isoformat()
    clock = moment.strftime("%H:%M") if _HAS_TIME.search(cleaned) else None
    return PublishedDate(value=day, precision="day", earliest=day, latest=day, time=clock)


def _parse_moments(text: str) -> tuple[datetime, datetime] | None:
    """Parse ``text`` against two defaults that differ in year, month and day.

    dateutil fills what the text leaves out from its default (today, unless told otherwise), so
    a field that differs between the two results was never in the text. Time zones are
    ignored: the date and clock are kept as written, and "EDT" would make dateutil warn.
    """
    try:
        return (
            dateutil_parser.parse(text, default=_DEFAULTS[0], dayfirst=False, ignoretz=True),
            dateutil_parser.parse(text, default=_DEFAULTS[1], dayfirst=False, ignoretz=True),
        )
    except (ValueError, OverflowError, TypeError):
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return None
        return moment, moment


def _partial_date(year: int, month: int | None) -> PublishedDate | None:
    """Return a month- or year-precision date bounded by its first and last day."""
    if not 1800 <= year <= 2200 or (month is not None and not 1 <= month <= 12):
        return None
    if month is None:
        return PublishedDate(
            value=f"{year:04d}",
            precision="year",
            earliest=f"{year:04d}-01-01",
            latest=f"{year:04d}-12-31",
        )
    last = calendar.monthrange(year, month)[1]
    return PublishedDate(
        value=f"{year:04d}-{month:02d}",
        precision="month",
        earliest=f"{year:04d}-{month:02d}-01",
        latest=f"{year:04d}-{month:02d}-{last:02d}",
    )
