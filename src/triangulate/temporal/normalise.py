"""TIMEX3 normalisation: type, value and mod of a time expression (no spaCy).

An expression's words are read into a :class:`Reading` (numbers, units, calendar names,
direction, frequency words...), then rule families turn the reading into a TIMEX3 value, in
this order: frequencies (SET), references ("now", "the past"), clock times and parts of day
(TIME), calendar dates (absolute, or deictic against the publication date), relative
expressions ("two weeks ago", "a year earlier"), and durations. The vocabulary is data in
:mod:`triangulate.nlp.lexicons.time_words`.

Anchoring follows the TimeML guidelines: deictic expressions ("on Monday", "last month",
"two years ago") are anchored on the publication date; anaphoric ones ("the next day", "a
year earlier", "that week") on the reference time, the last date the narrative mentioned
(:func:`normalise_document` keeps it up to date). The tense of the clause decides whether a
weekday, month or quarter without a year lies before or after the anchor.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from triangulate.models import TimeExpr
from triangulate.nlp.lexicons.time_words import (
    ANAPHORIC_WORDS,
    COUNTING_WORDS,
    FREQUENCIES,
    REFERENCE_PHRASES,
    REFERENCES,
    SET_WORDS,
    UNITS,
)
from triangulate.temporal.reading import Reading, contains, read
from triangulate.temporal.values import format_value, point, shift

Timex3 = tuple[str, str | None, str | None]  # (type, value, mod)

_GRAIN_OF_UNIT = {
    "day": "day",
    "week": "week",
    "weekend": "week",
    "fortnight": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
    "century": "century",
}


def normalise_timex(
    text: str,
    anchor: date | None,
    *,
    tense: str | None = None,
    reference: date | None = None,
    reference_grain: str | None = None,
    day_reference: date | None = None,
) -> Timex3:
    """Return (type, value, mod) of a time expression; value is None when it cannot be known.

    ``anchor`` is the publication date; ``reference`` the narrative's last date (the anchor of
    "the next day"), defaulting to ``anchor``; ``tense`` of the clause (past | present |
    future); ``day_reference`` the narrative's last
    day, the anchor of "a week earlier" when the last date it mentioned was only a year.
    """
    context = _Context(
        anchor, reference or anchor, reference_grain, tense, day_reference or reference or anchor
    )
    return _normalise(read(text), context)[0]


def _normalise(reading: Reading, context: _Context) -> tuple[Timex3, Rule | None]:
    """The value of ``reading`` and the rule that gave it."""
    for rule in _RULES:
        try:
            result = rule(reading, context)
        except (ValueError, OverflowError):  # "3,000 years ago": before year 1, no date holds it
            return ("DATE", None, reading.mod), rule
        if result is not None:
            kind, value = result
            return (kind, value, reading.mod), rule
    return ("DATE", None, reading.mod), None


def normalise_document(
    expressions: Iterable[tuple[str, str | None]], anchor: date | None
) -> list[Timex3]:
    """Normalise an article's expressions, given as (text, tense) in text order.

    The reference time starts at ``anchor`` and moves to each date the narrative mentions,
    so anaphoric expressions ("the next day") follow the story.
    """
    return _normalise_readings([(read(text), tense) for text, tense in expressions], anchor)


def reanchor(timexes: Sequence[TimeExpr], anchor: date) -> list[TimeExpr]:
    """Normalise an article's time expressions again, in text order, against ``anchor``.

    For an article whose publication date was inferred: its deictic expressions ("on
    Monday", "last month") get the values they have if it was published on ``anchor``.
    """
    return reanchor_on_days(timexes, [anchor])[anchor]


def reanchor_on_days(
    timexes: Sequence[TimeExpr], days: Iterable[date]
) -> dict[date, list[TimeExpr]]:
    """:func:`reanchor` on each of ``days``, reading each expression once."""
    readings = [(read(t.text), t.tense) for t in timexes]
    kept = {i for i, t in enumerate(timexes) if t.type in ("DURATION", "SET") and t.value}
    fixed: dict[int, Timex3] = {}  # values that no anchor changes, computed once
    anchored = {}
    for day in days:
        values = _normalise_readings(readings, day, fixed)
        anchored[day] = [  # lengths and frequencies do not move with the anchor
            dataclasses.replace(t, anchor=day.isoformat())
            if i in kept
            else dataclasses.replace(t, type=kind, value=value, mod=mod, anchor=day.isoformat())
            for i, (t, (kind, value, mod)) in enumerate(zip(timexes, values, strict=True))
        ]
    return anchored


def _normalise_readings(
    readings: Sequence[tuple[Reading, str | None]],
    anchor: date | None,
    fixed: dict[int, Timex3] | None = None,
) -> list[Timex3]:
    reference, grain, day = anchor, "day", anchor
    results = []
    for index, (reading, tense) in enumerate(readings):
        if fixed is not None and index in fixed:
            results.append(fixed[index])
            continue
        result, rule = _normalise(reading, _Context(anchor, reference, grain, tense, day))
        if fixed is not None and rule in _ANCHORLESS:
            fixed[index] = result
        results.append(result)
        kind, value, _ = result
        if kind in ("DATE", "TIME") and value:
            mentioned = point(value)
            if mentioned is not None and not _derived(reading):
                reference, grain = mentioned
                day = reference if grain == "day" else day
    return results


# --- rules -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Context:
    anchor: date | None  # the publication date
    reference: date | None  # the narrative's last date
    reference_grain: str | None
    tense: str | None
    day_reference: date | None = None  # the narrative's last day

    def base(self, reading: Reading) -> date | None:
        """The anchor for ``reading``: the reference time for anaphoric words; for days and
        weeks counted from it, the last day the narrative named ("more than a week earlier"
        after "in 2024" counts from the day of the story, not from 2024)."""
        if not is_anaphoric(reading):
            return self.anchor
        fine = reading.unit in _FINE_UNITS or reading.weekday is not None or reading.part
        if fine and self.reference_grain not in ("day", "week"):
            return self.day_reference
        return self.reference


def is_anaphoric(reading: Reading) -> bool:
    """Anchored on the narrative's last date ("the next day", "a year earlier", "that week")."""
    if reading.has("ago", "this", "last", "now", "today", "yesterday", "tomorrow"):
        return False
    if reading.has("next") and not reading.has("the"):
        return False
    return bool(reading.flags & ANAPHORIC_WORDS) or (
        reading.has("the", "next") and reading.unit in ("day", "morning")
    )


def _derived(reading: Reading) -> bool:
    """Counted from another date ("a year ago", "the next day"): not a new reference time."""
    return is_anaphoric(reading) or reading.has(*COUNTING_WORDS)


_FINE_UNITS = frozenset({"day", "week", "weekend", "fortnight", "hour", "minute", "second"})
_Result = tuple[str, str | None] | None


def _composed(reading: Reading, context: _Context) -> _Result:
    """A day or week named from a day: "the day before last Tuesday", "the week of March 6"."""
    words = reading.words[1:] if reading.words[:1] == ["the"] else reading.words
    if len(words) < 3 or (words[0], words[1]) not in _COMPOSITIONS:
        return None
    inner = _normalise(read(" ".join(words[2:])), context)[0][1]
    found = point(inner) if inner else None
    if found is None or found[1] != "day":
        return None
    if words[0] == "week":
        return "DATE", format_value(found[0], "week")
    return "DATE", shift(found[0], "day", _COMPOSITIONS[words[0], words[1]]).isoformat()


_COMPOSITIONS = {("day", "before"): -1, ("day", "after"): 1, ("week", "of"): 0}


def _frequency(reading: Reading, context: _Context) -> _Result:
    for word in reading.words:
        if word in FREQUENCIES:
            return "SET", FREQUENCIES[word]
    every = reading.has(*SET_WORDS) or reading.has("times")
    plural = reading.has("plural-weekday") or (
        reading.has("plural-part") and reading.weekday is not None
    )
    if not (every or plural):
        return None
    suffix = f"T{reading.part}" if reading.part else ""
    if reading.weekday is not None:
        return "SET", f"XXXX-WXX-{reading.weekday + 1}{suffix}"
    if reading.month is not None:
        return "SET", f"XXXX-{reading.month:02d}"
    if reading.season is not None:
        return "SET", f"XXXX-{reading.season}"
    if reading.unit is not None and reading.unit in UNITS:
        amount = reading.number if reading.number and reading.number != 1 else 1
        if reading.has("times"):
            amount = 1
        return "SET", _duration_value(amount, reading.unit)
    if reading.part is not None:
        return "SET", f"XXXX-XX-XXT{reading.part}"
    return None


def _weekends(reading: Reading, context: _Context) -> _Result:
    """ "weekends": every weekend; "a weekend": two days."""
    if reading.unit != "weekend" or reading.has("the", "this", "last", "next", "that"):
        return None
    if reading.plural and reading.number is None and not reading.vague:
        return "SET", "XXXX-WXX-WE"
    amount = 1 if reading.number is None else reading.number
    return "DURATION", _duration_value(2 * amount, "day")


_PHRASE_STARTS = frozenset(phrase[0] for phrase in REFERENCE_PHRASES)


def _reference(reading: Reading, context: _Context) -> _Result:
    words = [w for w in reading.words if w not in ("the", "right", "just", "very", "more")]
    if reading.flags & _PHRASE_STARTS:
        for phrase, value in REFERENCE_PHRASES.items():
            if contains(words, phrase):
                return "DATE", value
    if reading.unit and reading.plural and reading.number is None and reading.has("future"):
        return "DATE", "FUTURE_REF"  # "future quarters"
    named = (reading.month, reading.weekday, reading.year, reading.season, reading.clock)
    if not words or reading.unit or reading.part or any(v is not None for v in named):
        return None
    if "now" in words:
        return "DATE", "PRESENT_REF"
    if "future" in words:
        return "DATE", "FUTURE_REF"
    if "past" in words:
        return "DATE", "PAST_REF"
    if len(words) <= 2 and words[-1] in REFERENCES:
        return "DATE", REFERENCES[words[-1]]
    return None


def _time_of_day(reading: Reading, context: _Context) -> _Result:
    if reading.clock is None and reading.part is None:
        return None
    if reading.unit in ("hour", "minute", "second") and reading.clock is None:
        return None
    if reading.clock is not None:
        suffix = "T{:02d}:{:02d}".format(*reading.clock)
    else:
        suffix = f"T{reading.part}"
    day = _day_of(reading, context)
    return "TIME", None if day is None else f"{day}{suffix}"


def _day_of(reading: Reading, context: _Context) -> str | None:
    """The calendar day a time of day falls on, as TIMEX3."""
    if reading.weekday is not None or reading.month is not None or reading.holiday is not None:
        found = _calendar(reading, context)
        return found[1] if found else None
    base = context.base(reading)
    if base is None:
        return None
    words = reading.flags
    if "yesterday" in words or ("last" in words and reading.part == "NI"):
        return (base - timedelta(days=1)).isoformat()
    if "tomorrow" in words:
        return (base + timedelta(days=1)).isoformat()
    day = context.reference if context.reference_grain == "day" else context.anchor
    day = day or base
    if words & {"next", "following"}:  # "the next morning"
        return (day + timedelta(days=1)).isoformat()
    if words & {"previous", "preceding"}:
        return (day - timedelta(days=1)).isoformat()
    if words & {"the", "that"} or (reading.clock is not None and not words & {"this", "today"}):
        return day.isoformat()
    return base.isoformat()


def _calendar(reading: Reading, context: _Context) -> _Result:
    """Dates named by the calendar: holidays, centuries, decades, months, seasons, quarters,
    halves, weekdays, years, and today/yesterday/tomorrow."""
    base = context.base(reading)
    words = reading.flags
    if reading.holiday is not None:
        return "DATE", _holiday(reading, context)
    if reading.century is not None:
        return "DATE", reading.century
    decade = reading.decade or _short_decade(reading, base)
    if decade is not None:
        return "DATE", decade
    if reading.month is not None:
        return "DATE", _month_date(reading, context)
    if reading.season is not None and reading.unit is None:
        year = reading.year or _year_of(_SEASON_INDEX[reading.season], _season_of, reading, context)
        return "DATE", None if year is None else f"{year}-{reading.season}"
    if reading.ordinal is not None and reading.unit == "quarter":
        year = reading.year or _year_of(reading.ordinal, _quarter_of, reading, context)
        return "DATE", None if year is None else f"{year}-Q{reading.ordinal}"
    if reading.half is not None:
        year = reading.year or _year_of(reading.half, _half_of, reading, context)
        return "DATE", None if year is None else f"{year}-H{reading.half}"
    if reading.weekday is not None:
        if base is None:
            return "DATE", None
        return "DATE", _weekday_date(reading, base, context.tense).isoformat()
    if reading.year is not None and not (reading.number and reading.unit):
        if words & {"quarter", "period"} and context.reference_grain == "quarter":
            assert context.reference is not None
            return "DATE", f"{reading.year}-Q{_quarter_of(context.reference)}"
        return "DATE", str(reading.year)
    if base is None:
        return None
    if "today" in words or "tonight" in words:
        return "DATE", base.isoformat()
    if "yesterday" in words:
        return "DATE", (base - timedelta(days=1)).isoformat()
    if "tomorrow" in words:
        return "DATE", (base + timedelta(days=1)).isoformat()
    return None


_SEASON_INDEX = {"SP": 1, "SU": 2, "FA": 3, "WI": 4}


def _season_of(day: date) -> int:
    return {12: 4, 1: 4, 2: 4, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2}.get(day.month, 3)


def _quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def _half_of(day: date) -> int:
    return (day.month - 1) // 6 + 1


def _year_of(
    position: int, cycle_of: Callable[[date], int], reading: Reading, context: _Context
) -> int | None:
    """The year of a season, quarter or half named without one."""
    base = context.base(reading)
    if base is None:
        return None
    relative = _relative_year(reading, base)
    if relative is not None:
        return relative
    current = cycle_of(base)
    if cycle_of is _season_of and base.month <= 2:
        base = date(base.year - 1, 12, 31)  # January's winter began last December
    if reading.has("last", "previous", "past"):
        return base.year if position < current else base.year - 1
    if reading.has("next", "coming"):
        return base.year if position > current else base.year + 1
    if reading.has("this", "current"):
        return base.year
    if cycle_of is not _season_of and position > current and context.tense != "future":
        return base.year - 1  # reports name quarters already over: "the fourth quarter"
    ahead = (position - current) % 4
    if cycle_of is _season_of and ahead:  # the nearer season, unless the tense rules it out
        if context.tense == "past" or (ahead > 2 and context.tense != "future"):
            return base.year if position < current else base.year - 1
        return base.year if position > current else base.year + 1
    return _year_by_tense(position, current, base.year, context.tense)


def _relative_year(reading: Reading, base: date) -> int | None:
    """ "next year's first quarter", "the third quarter of last year"."""
    if "year" not in reading.words:
        return None
    if reading.has("last", "previous", "ago", "earlier"):
        return base.year - 1
    if reading.has("next", "following", "coming"):
        return base.year + 1
    if reading.has("this", "current"):
        return base.year
    return None


def _month_date(reading: Reading, context: _Context) -> str | None:
    month = reading.month
    assert month is not None
    base = context.base(reading)
    year = reading.year
    if year is None and base is not None:
        if reading.day is not None and _relative_year(reading, base) is None:
            return _nearest_day(month, reading.day, base, context.tense)
        year = _month_year(month, reading, base, context.tense)
    if year is None:
        return None
    if reading.day is not None:
        try:
            return date(year, month, reading.day).isoformat()
        except ValueError:
            return f"{year}-{month:02d}"
    return f"{year}-{month:02d}"


def _month_year(month: int, reading: Reading, base: date, tense: str | None) -> int:
    """The year of a month (or a holiday in it) named without one: "last June", "next
    Christmas", "this September", "December of last year", else by tense."""
    relative = _relative_year(reading, base)
    if relative is not None:
        return relative
    if reading.has("last", "previous", "past"):
        return base.year if month < base.month else base.year - 1
    if reading.has("next", "coming"):
        return base.year if month > base.month else base.year + 1
    if reading.has("this"):
        return base.year
    return _year_by_tense(month, base.month, base.year, tense)


def _year_by_tense(position: int, current: int, year: int, tense: str | None) -> int:
    """The year of a month named without one: the nearer occurrence, but never one the tense
    rules out (a past-tense clause does not move into next year, a future one not back)."""
    ahead = (position - current) % 12
    if ahead == 0:
        return year
    if ahead < 6:
        return year if position > current or tense == "past" else year + 1
    return year if position < current or tense == "future" else year - 1


def _nearest_day(month: int, day: int, base: date, tense: str | None) -> str | None:
    year = _year_by_tense(month, base.month, base.year, tense)
    try:
        return date(year, month, day).isoformat()
    except ValueError:  # "June 31": the month is still known
        return f"{year}-{month:02d}"


def _short_decade(reading: Reading, base: date | None) -> str | None:
    short = next((f for f in reading.flags if f.startswith("short-decade:")), None)
    if short is None:
        return None
    digit = int(short.rsplit(":", 1)[1])
    century = 19 if base is None else base.year // 100
    if base is not None and century * 100 + digit * 10 > base.year:
        century -= 1
    return f"{century}{digit}"


def _holiday(reading: Reading, context: _Context) -> str | None:
    rule = reading.holiday
    assert rule is not None
    base = context.base(reading)
    month = rule[0] or 4  # Easter-relative feasts fall around April
    year = reading.year
    if year is None and base is not None:
        year = _month_year(month, reading, base, context.tense)
    if year is None:
        return None
    day = holiday_date(rule, year)
    if "week" in reading.words:  # "Easter week"
        return format_value(day, "week")
    return day.isoformat()


def holiday_date(rule: tuple[int, ...], year: int) -> date:
    """The day of a holiday rule of ``HOLIDAYS`` in ``year``: (month, day); (month, weekday,
    n) for the n-th weekday (-1: the last); (month, weekday, n, day) for the n-th weekday on
    or after that day; (0, offset) for days from Easter Sunday."""
    if rule[0] == 0:
        return easter(year) + timedelta(days=rule[1])
    month = rule[0]
    if len(rule) == 2:
        return date(year, month, rule[1])
    weekday, nth = rule[1], rule[2]
    first = date(year, month, rule[3] if len(rule) > 3 else 1)
    if nth > 0:
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year, month, 1) + relativedelta(months=1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _weekday_date(reading: Reading, base: date, tense: str | None) -> date:
    """The weekday in the tense's direction from ``base``; its own weekday is the base day
    itself ("said on Monday" in Monday's paper) unless "last"/"next" says otherwise."""
    weekday = reading.weekday
    assert weekday is not None
    ahead = (weekday - base.weekday()) % 7
    behind = (base.weekday() - weekday) % 7
    if reading.has("last", "previous", "past", "preceding"):
        return base - timedelta(days=behind or 7)
    if reading.has("next", "coming", "following"):
        return base + timedelta(days=ahead or 7)
    if ahead == 0:
        return base
    if tense == "future" or (reading.has("this") and tense != "past"):
        return base + timedelta(days=ahead)
    if tense != "past" and ahead < behind:
        return base + timedelta(days=ahead)
    return base - timedelta(days=behind)


def _period(reading: Reading, context: _Context) -> _Result:
    """A named unit of the calendar: "last week", "this year", "the quarter", "that day"."""
    unit = reading.unit
    if unit is None or unit not in _GRAIN_OF_UNIT or reading.plural:
        return None
    if reading.number is not None or reading.vague or reading.has("a", "an", "one"):
        return None
    words = reading.flags
    if unit == "year" and words & {"ended", "ending"}:
        return "DURATION", _duration_value(1, unit)  # "the fiscal year ended Jan. 31"
    if unit == "weekend":
        base = context.base(reading)
        return "DATE", None if base is None else _weekend(base, reading, context.tense)
    if contains(reading.words, ("year", "end")) and not words & {"last", "next", "this", "the"}:
        base = context.reference or context.anchor  # "year-end": the last day of the year
        return "DATE", None if base is None else f"{base.year}-12-31"
    if words & {"last", "previous", "past", "preceding", "latest"}:
        steps = -1  # "the latest fiscal year": the last one completed
    elif words & {"next", "coming", "following", "upcoming"}:
        steps = 1
    elif words & {"this", "current", "same", "that", "present", "latest", "the"} or (
        reading.words == [unit]
    ):
        steps = 0
    else:
        return None
    base = context.base(reading)
    if base is None:
        return "DATE", None
    grain = _GRAIN_OF_UNIT[unit]
    definite = steps == 0 and not words & {"this", "current", "that", "same", "present"}
    if unit == "quarter" and (definite or "latest" in words):
        if context.reference_grain == "quarter" and context.reference is not None:
            return "DATE", format_value(context.reference, "quarter")
        steps = -1  # "the quarter", "the latest quarter": the last one reported
    return "DATE", format_value(shift(base, unit, steps), grain)


def _relative(reading: Reading, context: _Context) -> _Result:
    """Units counted from an anchor: "two years ago", "a year earlier", "three days later"."""
    unit = reading.unit
    if unit is None or unit not in _GRAIN_OF_UNIT:
        return None
    words = reading.flags
    if words & {"ago", "earlier", "before", "prior"}:
        direction = -1
    elif words & {"later", "after", "hence"} or ("from" in words and "now" in words):
        direction = 1
    else:
        return None
    if reading.vague or (reading.number is None and reading.plural):
        return "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF"
    amount = int(reading.number) if reading.number is not None else 1
    # "year-earlier" as a modifier compares with the report's own period, not the narrative's
    base = context.anchor if reading.words[:1] == ["year"] else context.base(reading)
    if base is None:
        return "DATE", None
    if unit == "year" and amount == 1 and direction < 0:
        period = _reported_period(reading, context)
        if period is not None:
            day, grain = period
            return "DATE", format_value(shift(day, "year", -1), grain)
    return "DATE", format_value(shift(base, unit, direction * amount), _GRAIN_OF_UNIT[unit])


def _reported_period(reading: Reading, context: _Context) -> tuple[date, str] | None:
    """The period a "year-ago" comparison is about: the quarter the report is on."""
    if context.reference_grain in ("quarter", "half") and context.reference is not None:
        return context.reference, context.reference_grain
    if reading.has("quarter", "period") and context.anchor is not None:
        return shift(context.anchor, "quarter", -1), "quarter"
    return None


def _weekend(base: date, reading: Reading, tense: str | None) -> str:
    if reading.has("last", "past", "previous"):
        day = base - timedelta(days=base.weekday() + 1)
    elif reading.has("next", "coming"):
        day = base + timedelta(days=7 - base.weekday())
    elif base.weekday() >= 5 or tense == "future" or reading.has("this"):
        day = base
    else:
        day = base - timedelta(days=base.weekday() + 1)
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}-WE"


def _duration(reading: Reading, context: _Context) -> _Result:
    unit = reading.unit
    if unit is None or unit == "weekend":
        return None
    if reading.number is None and not reading.vague and not reading.plural:
        if reading.has("a", "an", "one", "half", "long"):  # "a year", "year-long"
            return "DURATION", _duration_value(1, unit)
        return None
    amount = None if reading.vague or reading.number is None else reading.number
    return "DURATION", _duration_value(amount, unit)


def _duration_value(amount: float | None, unit: str) -> str:
    letter, is_time = UNITS[unit]
    if amount is not None:
        scale = {"fortnight": 2.0, "decade": 10.0, "century": 100.0, "millennium": 1000.0}
        if unit in scale:
            letter, amount = "Y" if unit != "fortnight" else "W", amount * scale[unit]
    if amount is None:
        return f"PT{'X'}{letter}" if is_time else f"PX{letter}"
    if amount != int(amount):
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "Q": ("M", 3)}
        table = {"H": ("M", 60), "M": ("S", 60)} if is_time else smaller
        if letter in table:
            small, factor = table[letter]
            whole, rest = int(amount), round((amount - int(amount)) * factor)
            prefix = "PT" if is_time else "P"
            head = f"{whole}{letter}" if whole else ""
            return f"{prefix}{head}{rest}{small}"
        if letter == "D":
            whole, hours = int(amount), round((amount - int(amount)) * 24)
            return f"P{whole}DT{hours}H" if whole else f"PT{hours}H"
    text = str(int(amount)) if amount == int(amount) else str(amount)
    return f"PT{text}{letter}" if is_time else f"P{text}{letter}"


Rule = Callable[["Reading", "_Context"], "_Result"]
_RULES: tuple[Rule, ...] = (
    _composed,
    _frequency,
    _weekends,
    _reference,
    _time_of_day,
    _calendar,
    _relative,
    _period,
    _duration,
)
#: rules whose values do not depend on the anchor or the narrative
_ANCHORLESS: frozenset[Rule] = frozenset({_frequency, _weekends, _reference, _duration})
