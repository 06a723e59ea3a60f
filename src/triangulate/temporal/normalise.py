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
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from triangulate.models import TimeExpr
from triangulate.nlp.lexicons.time_words import (
    AMBIGUOUS_MONTHS,
    ANAPHORIC_WORDS,
    CLOCK_WORDS,
    DECADE_WORDS,
    FREQUENCIES,
    HOLIDAYS,
    LAST_ORDINALS,
    MODS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    REFERENCES,
    SEASONS,
    SET_WORDS,
    UNIT_FILLERS,
    UNIT_FORMS,
    UNITS,
    WEEKDAYS,
)

Timex3 = tuple[str, str | None, str | None]  # (type, value, mod)

_POSSESSIVE = re.compile(r"(?<=[a-z])'s?(?![a-z])")
_TOKEN = re.compile(
    r"\d{1,2}:\d\d|\d+/\d+|\d+(?:st|nd|rd|th)\b|'?\d+'?s\b|\d+(?:,\d{3})*(?:\.\d+)?"
    r"|[ap]\.m\.?|[a-z]+(?:'s?)?|'s",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")
_CLOCK = re.compile(
    r"\b(\d{1,2})(?::(\d\d))?\s*([ap])\.?\s?m\b\.?|\b(\d{1,2}):(\d\d)\b", re.IGNORECASE
)
_YEAR = re.compile(r"^(?:1[0-9]|20)\d\d$")
_DECADE = re.compile(r"^'?(\d{2,4})'?s$")
_ORDINAL_NUMBER = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_TEENS_HUNDREDS = {"sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
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


@dataclass(slots=True)
class Reading:
    """What the words of one time expression say, before any anchoring."""

    words: list[str]
    number: float | None = None  # the quantity before a unit; None when vague or absent
    vague: bool = False  # "several", "a few", "some"
    unit: str | None = None  # day | week | month | year | quarter | decade | hour ...
    plural: bool = False
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: str | None = None
    ordinal: int | None = None  # "third" in "the third quarter"
    half: int | None = None  # "first half"
    decade: str | None = None  # "197" for the 1970s
    century: str | None = None  # "19" for the 20th century
    part: str | None = None  # MO | AF | EV | NI | DT
    clock: tuple[int, int] | None = None
    holiday: tuple[int, ...] | None = None
    mod: str | None = None
    flags: set[str] = field(default_factory=set)

    def has(self, *words: str) -> bool:
        return any(w in self.flags for w in words)


def normalise_timex(
    text: str,
    anchor: date | None,
    *,
    future: bool = False,
    tense: str | None = None,
    reference: date | None = None,
    reference_grain: str | None = None,
) -> Timex3:
    """Return (type, value, mod) of a time expression; value is None when it cannot be known.

    ``anchor`` is the publication date; ``reference`` the narrative's last date (the anchor of
    "the next day"), defaulting to ``anchor``; ``tense`` of the clause (past | present |
    future; ``future=True`` is short for "future").
    """
    reading = read(text)
    tense = tense or ("future" if future else None)
    context = _Context(anchor, reference or anchor, reference_grain, tense)
    for rule in _RULES:
        result = rule(reading, context)
        if result is not None:
            kind, value = result
            return kind, value, reading.mod
    return "DATE", None, reading.mod


def normalise_document(
    expressions: Iterable[tuple[str, str | None]], anchor: date | None
) -> list[Timex3]:
    """Normalise an article's expressions, given as (text, tense) in text order.

    The reference time starts at ``anchor`` and moves to each date the narrative mentions,
    so anaphoric expressions ("the next day") follow the story.
    """
    reference, grain = anchor, "day"
    results = []
    for text, tense in expressions:
        result = normalise_timex(
            text, anchor, tense=tense, reference=reference, reference_grain=grain
        )
        results.append(result)
        kind, value, _ = result
        if kind in ("DATE", "TIME") and value:
            point = _point(value)
            if point is not None and not _derived(read(text)):
                reference, grain = point
    return results


def reanchor(timexes: Sequence[TimeExpr], anchor: date) -> list[TimeExpr]:
    """Normalise an article's time expressions again, in text order, against ``anchor``.

    For an article whose publication date was inferred: its deictic expressions ("on
    Monday", "last month") get the values they have if it was published on ``anchor``.
    """
    values = normalise_document(((t.text, t.tense) for t in timexes), anchor)
    return [
        dataclasses.replace(t, type=kind, value=value, mod=mod, anchor=anchor.isoformat())
        for t, (kind, value, mod) in zip(timexes, values, strict=True)
    ]


_DEICTIC_DAYS = frozenset({"today", "yesterday", "tomorrow", "tonight", "weekend", "weekends"})


def is_temporal(text: str) -> bool:
    """Whether ``text`` names a time at all (a parser's DATE entity may be a name or a number)."""
    reading = read(text)
    named = (
        reading.unit,
        reading.month,
        reading.weekday,
        reading.year,
        reading.season,
        reading.decade,
        reading.century,
        reading.clock,
        reading.part,
        reading.holiday,
    )
    if any(value is not None for value in named):
        return True
    words = reading.flags
    return bool(
        words & _DEICTIC_DAYS
        or words & REFERENCES.keys()
        or words & FREQUENCIES.keys()
        or any(f.startswith("short-decade:") for f in words)
    )


# --- reading ---------------------------------------------------------------------------------


def read(text: str) -> Reading:
    """Read the words of a time expression into a :class:`Reading`."""
    lowered = text.lower().replace("\u2019", "'")
    lowered = _POSSESSIVE.sub("", lowered).replace("-", " ")
    words = [w if w in ("a.m.", "p.m.") else w.rstrip(".") for w in _TOKEN.findall(lowered)]
    reading = Reading(words=[w for w in words if w])
    reading.flags = set(reading.words)
    _read_mod(reading)
    _read_clock(reading, lowered)
    _read_calendar(reading, lowered)
    _read_quantity(reading)
    if reading.year is None and (reading.unit is None or reading.number is None):
        reading.year = _spoken_year(reading.words)
    return reading


def _read_mod(reading: Reading) -> None:
    words = reading.words
    for index, word in enumerate(words):
        mod = MODS.get(word)
        if mod is None:
            continue
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in ("more", "less") and following != "than":
            continue
        if word in ("over", "under", "within", "some", "most", "least") and following in (
            "",
            "the",
            "this",
            "that",
        ):
            continue
        reading.mod = mod
        return
    if "or" in words and "so" in words:
        reading.mod = "APPROX"


def _read_clock(reading: Reading, lowered: str) -> None:
    match = _CLOCK.search(lowered)
    if match:
        if match.group(1):
            hour, minute = int(match.group(1)), int(match.group(2) or 0)
            if match.group(3) == "p" and hour < 12:
                hour += 12
            elif match.group(3) == "a" and hour == 12:
                hour = 0
        else:
            hour, minute = int(match.group(4)), int(match.group(5))
        if hour <= 24 and minute < 60:
            reading.clock = (hour, minute)
    for word in reading.words:
        if word in CLOCK_WORDS and reading.clock is None:
            reading.clock = CLOCK_WORDS[word]
        if word in PARTS_OF_DAY and reading.part is None:
            reading.part = PARTS_OF_DAY[word]
            if word.endswith("s"):
                reading.flags.add("plural-part")


def _read_calendar(reading: Reading, lowered: str) -> None:
    words = reading.words
    iso = _ISO_DATE.search(lowered)
    if iso:
        reading.year, reading.month, reading.day = (int(g) for g in iso.groups())
    numeric = _NUMERIC_DATE.search(lowered)
    if numeric and reading.year is None:
        month, day, year = (int(g) for g in numeric.groups())
        reading.year = year + (1900 if year >= 50 else 2000) if year < 100 else year
        reading.month, reading.day = month, day
    for index, word in enumerate(words):
        before = words[index - 1] if index else ""
        after = words[index + 1] if index + 1 < len(words) else ""
        if word in MONTHS and reading.month is None:
            if (
                word in AMBIGUOUS_MONTHS
                and len(words) > 1
                and not (after.isdigit() or _ORDINAL_NUMBER.match(after) or after in ORDINALS)
            ):
                continue
            reading.month = MONTHS[word]
        elif word in WEEKDAYS and reading.weekday is None:
            reading.weekday = WEEKDAYS[word]
        elif word.endswith("s") and word[:-1] in WEEKDAYS and reading.weekday is None:
            reading.weekday = WEEKDAYS[word[:-1]]
            reading.flags.add("plural-weekday")
        elif word in SEASONS and reading.season is None:
            reading.season = SEASONS[word]
        elif _YEAR.match(word) and reading.year is None and not _is_amount(words, index):
            reading.year = int(word)
        elif (match := _DECADE.match(word)) and reading.decade is None:
            digits = match.group(1)
            if len(digits) == 4:
                reading.decade = digits[:3]
            elif len(digits) == 2:
                reading.flags.add(f"short-decade:{digits[0]}")
        elif word in DECADE_WORDS and reading.decade is None:
            reading.flags.add(f"short-decade:{DECADE_WORDS[word]}")
        elif word in ("century", "centuries") and before:
            ordinal = ORDINALS.get(before) or _ordinal_number(before)
            if ordinal and ordinal > 0:
                reading.century = f"{ordinal - 1:02d}"
        elif word == "half" and before in ("first", "second", "1st", "2nd"):
            reading.half = ORDINALS[before]
        elif word == "half" and before in LAST_ORDINALS:
            reading.half = 2
        elif word in ("quarter", "quarters") and before in ORDINALS and ORDINALS[before] > 0:
            reading.ordinal = ORDINALS[before]
    if reading.month is not None and reading.day is None:
        reading.day = _day_of_month(words)
    for holiday_words, rule in HOLIDAYS.items():
        if _contains(words, holiday_words):
            reading.holiday = rule
            break


def _read_quantity(reading: Reading) -> None:
    words = reading.words
    units = [(i, u) for i, w in enumerate(words) if (u := _unit(w)) is not None]
    units = [(i, u) for i, u in units if not (u == "second" and i + 1 < len(words))]
    if not units:
        return
    index, unit = next(((i, u) for i, u in units if u == "quarter"), units[0])
    if reading.ordinal is None or unit != "quarter":
        index, unit = units[0] if reading.ordinal is None else (index, unit)
    reading.unit = unit
    reading.plural = words[index] != unit and words[index] not in UNIT_FORMS
    reading.plural = reading.plural or words[index] in ("centuries", "millennia")
    number, vague = _number_before(words, index)
    reading.number, reading.vague = number, vague
    if number is not None and _half_after(words, index):
        reading.number = number + 0.5


def _unit(word: str) -> str | None:
    if word in UNITS:
        return word
    if word in UNIT_FORMS:
        return UNIT_FORMS[word]
    if word.endswith("s") and word[:-1] in UNITS:
        return word[:-1]
    return None


def _number_before(words: list[str], index: int) -> tuple[float | None, bool]:
    """The quantity written just before ``words[index]``: (value, vague)."""
    end = index
    while end > 0 and words[end - 1] in UNIT_FILLERS:
        end -= 1
    start = end
    while start > 0 and _is_number_word(words[start - 1]):
        start -= 1
    phrase = [w for w in words[start:end] if w not in ("of", "and")]
    if len(phrase) == 1 and _YEAR.match(phrase[0]) and words[index] in ("quarter", "half"):
        return None, False
    if not phrase:
        return None, False
    if any(w in NUMBER_WORDS and NUMBER_WORDS[w] is None for w in phrase):
        return None, True
    if len(phrase) > 1:
        phrase = [w for w in phrase if w not in ("a", "an")] or phrase
    if phrase == ["half"]:
        return 0.5, False
    return _number_value(phrase), False


def _is_number_word(word: str) -> bool:
    return (
        word in NUMBER_WORDS
        or word in ("of", "and", "half")
        or bool(re.fullmatch(r"\d+(?:[.,]\d+)*|\d+/\d+", word))
    )


def _number_value(phrase: list[str]) -> float | None:
    total = current = 0.0
    seen = False
    for word in phrase:
        if re.fullmatch(r"\d+/\d+", word):
            top, bottom = word.split("/")
            current += int(top) / int(bottom) if int(bottom) else 0
        elif re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", word):
            current += float(word.replace(",", ""))
        elif word == "half":
            current += 0.5
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif word == "dozen":
            current = max(current, 1) * 12
        elif NUMBER_WORDS.get(word) is not None:
            current += NUMBER_WORDS[word] or 0
        else:
            continue
        seen = True
    return total + current if seen else None


def _half_after(words: list[str], index: int) -> bool:
    return words[index + 1 : index + 4] in (["and", "a", "half"], ["and", "one", "half"])


def _is_amount(words: list[str], index: int) -> bool:
    """A four-digit number that counts something ("1989 employees") rather than a year."""
    after = words[index + 1] if index + 1 < len(words) else ""
    return _unit(after) is not None and after not in ("quarter", "quarters", "second")


def _day_of_month(words: list[str]) -> int | None:
    for index, word in enumerate(words):
        if word in MONTHS:
            for near in words[index + 1 : index + 3] + words[max(0, index - 3) : index]:
                value = _ordinal_number(near) or (int(near) if near.isdigit() else None)
                if value is None and near in ORDINALS:
                    value = ORDINALS[near]
                if value is not None and 1 <= value <= 31:
                    return value
    return None


def _ordinal_number(word: str) -> int | None:
    match = _ORDINAL_NUMBER.match(word)
    return int(match.group(1)) if match else None


def _spoken_year(words: list[str]) -> int | None:
    """ "nineteen ninety-six" -> 1996, "two thousand (and) one" -> 2001."""
    for index, word in enumerate(words):
        rest = words[index + 1 :]
        if word in _TEENS_HUNDREDS and rest and (rest[0] in _TENS or rest[0] == "hundred"):
            tail = [w for w in rest if NUMBER_WORDS.get(w) is not None and w != "hundred"]
            century = _number_value([word]) or 0
            return int(century * 100 + (_number_value(tail) or 0))
        if word == "two" and rest[:1] == ["thousand"]:
            tail = [w for w in rest[1:] if NUMBER_WORDS.get(w) is not None]
            return 2000 + int(_number_value(tail) or 0)
    return None


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1))


# --- rules -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Context:
    anchor: date | None  # the publication date
    reference: date | None  # the narrative's last date
    reference_grain: str | None
    tense: str | None

    def base(self, reading: Reading) -> date | None:
        """The anchor for ``reading``: the reference time for anaphoric words."""
        if is_anaphoric(reading):
            return self.reference
        return self.anchor


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
    return is_anaphoric(reading) or reading.has(*_COUNTING_WORDS)


_COUNTING_WORDS = ("ago", "earlier", "later", "before", "after", "prior", "hence")
_Result = tuple[str, str | None] | None


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


_REFERENCE_PHRASES = {
    ("these", "days"): "PRESENT_REF",
    ("nowadays",): "PRESENT_REF",
    ("as", "soon", "as", "possible"): "FUTURE_REF",
    ("near", "term"): "FUTURE_REF",
    ("short", "term"): "FUTURE_REF",
    ("long", "term"): "FUTURE_REF",
    ("then", "current"): "PAST_REF",
}


def _reference(reading: Reading, context: _Context) -> _Result:
    words = [w for w in reading.words if w not in ("the", "right", "just", "very", "more")]
    for phrase, value in _REFERENCE_PHRASES.items():
        if _contains(words, phrase):
            return "DATE", value
    if reading.unit and reading.plural and reading.number is None:
        if reading.has("future", "coming", "upcoming"):
            return "DATE", "FUTURE_REF"
        if reading.has("recent", "past") and not reading.vague:
            return "DATE", "PAST_REF"
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
    if words & {"the", "that"} or (reading.clock is not None and not words & {"this", "today"}):
        return (context.reference or base).isoformat()
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
    if reading.has("last", "previous", "past"):
        return base.year if position < current else base.year - 1
    if reading.has("next", "coming"):
        return base.year if position > current else base.year + 1
    if reading.has("this", "current"):
        return base.year
    if position > current and context.tense != "future":
        return base.year - 1  # reports name quarters already over: "the fourth quarter"
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
        year = _relative_year(reading, base)
    if year is None and base is not None:
        if reading.day is not None and not reading.has("last", "next", "this", "coming"):
            return _nearest_day(month, reading.day, base, context.tense)
        if reading.has("last", "previous", "past"):
            year = base.year if month < base.month else base.year - 1
        elif reading.has("next", "coming"):
            year = base.year if month > base.month else base.year + 1
        elif reading.has("this"):
            year = base.year
        else:
            year = _year_by_tense(month, base.month, base.year, context.tense)
    if year is None:
        return None
    if reading.day is not None:
        try:
            return date(year, month, reading.day).isoformat()
        except ValueError:
            return f"{year}-{month:02d}"
    return f"{year}-{month:02d}"


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
    except ValueError:
        return None


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
    month = rule[0]
    year = reading.year
    if year is None and base is not None:
        year = _relative_year(reading, base)
        if year is None and reading.has("last", "previous"):
            year = base.year if month < base.month else base.year - 1
        if year is None:
            year = _year_by_tense(month, base.month, base.year, context.tense)
    if year is None:
        return None
    if len(rule) == 2:
        return date(year, month, rule[1]).isoformat()
    weekday, nth = rule[1], rule[2]
    first = date(year, month, 1)
    if nth > 0:
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = first + relativedelta(months=1) - timedelta(days=1)
        day = last - timedelta(days=(last.weekday() - weekday) % 7)
    return day.isoformat()


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
    if unit == "weekend":
        base = context.base(reading)
        return "DATE", None if base is None else _weekend(base, reading, context.tense)
    if words & {"last", "previous", "past", "preceding"}:
        shift = -1
    elif words & {"next", "coming", "following", "upcoming"}:
        shift = 1
    elif words & {"this", "current", "same", "that", "present", "latest", "the"}:
        shift = 0
    else:
        return None
    base = context.base(reading)
    if base is None:
        return "DATE", None
    grain = _GRAIN_OF_UNIT[unit]
    definite = shift == 0 and not words & {"this", "current", "that", "same", "present"}
    if unit == "quarter" and definite:
        if context.reference_grain == "quarter" and context.reference is not None:
            return "DATE", _format(context.reference, "quarter")
        shift = -1  # "the quarter", "the latest quarter": the last one reported
    return "DATE", _format(_shift(base, unit, shift), grain)


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
    base = context.base(reading)
    if base is None:
        return "DATE", None
    if unit == "year" and amount == 1 and direction < 0:
        period = _reported_period(reading, context)
        if period is not None:
            day, grain = period
            return "DATE", _format(_shift(day, "year", -1), grain)
    return "DATE", _format(_shift(base, unit, direction * amount), _GRAIN_OF_UNIT[unit])


def _reported_period(reading: Reading, context: _Context) -> tuple[date, str] | None:
    """The period a "year-ago" comparison is about: the quarter the report is on."""
    if context.reference_grain in ("quarter", "half") and context.reference is not None:
        return context.reference, context.reference_grain
    if reading.has("quarter", "period") and context.anchor is not None:
        return _shift(context.anchor, "quarter", -1), "quarter"
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
        if reading.has("a", "an", "one", "half"):
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


_RULES: tuple[Callable[[Reading, _Context], _Result], ...] = (
    _frequency,
    _reference,
    _time_of_day,
    _calendar,
    _relative,
    _period,
    _duration,
)


# --- values ----------------------------------------------------------------------------------


def _shift(day: date, unit: str, amount: int) -> date:
    if unit in ("day",):
        return day + timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + timedelta(weeks=amount)
    if unit == "fortnight":
        return day + timedelta(weeks=2 * amount)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    return day + relativedelta(months=months * amount)


def _format(day: date, grain: str) -> str:
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


def _point(value: str) -> tuple[date, str] | None:
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
