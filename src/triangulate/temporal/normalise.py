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
from collections.abc import Iterable, Sequence
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
    FUTURE_WORDS,
    HOLIDAYS,
    MODS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    PAST_WORDS,
    REFERENCES,
    SEASONS,
    SET_WORDS,
    UNIT_FORMS,
    UNITS,
    WEEKDAYS,
)

Timex3 = tuple[str, str | None, str | None]  # (type, value, mod)

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
            if point is not None:
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
    lowered = text.lower().replace("-", " ").replace("\u2019", "'")
    words = [w.rstrip(".") if w not in ("a.m.", "p.m.") else w for w in _TOKEN.findall(lowered)]
    words = [w for w in words if w]
    reading = Reading(words=words)
    reading.flags = set(words)
    _read_mod(reading)
    _read_clock(reading, lowered)
    _read_calendar(reading, lowered)
    _read_quantity(reading)
    return reading


def _read_mod(reading: Reading) -> None:
    words = reading.words
    for index, word in enumerate(words):
        mod = MODS.get(word)
        if mod is None:
            continue
        if word in ("more", "less") and "than" not in words[index + 1 : index + 2]:
            continue
        if word in ("over", "under", "within", "some", "most", "least") and (
            index + 1 >= len(words) or words[index + 1] in ("the", "this", "that")
        ):
            continue
        if word == "end" and "ended" in words:
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
            if word in AMBIGUOUS_MONTHS and not (
                after.isdigit() or _ORDINAL_NUMBER.match(after) or before in ORDINALS
            ):
                if len(words) > 1 or word != "may":
                    continue
            reading.month = MONTHS[word]
        elif word in WEEKDAYS and reading.weekday is None:
            reading.weekday = WEEKDAYS[word]
            if word.endswith("s") and word[:-1] in WEEKDAYS:
                reading.flags.add("plural-weekday")
        elif word.endswith("s") and word[:-1] in WEEKDAYS and reading.weekday is None:
            reading.weekday = WEEKDAYS[word[:-1]]
            reading.flags.add("plural-weekday")
        elif word in SEASONS and reading.season is None:
            reading.season = SEASONS[word]
        elif _YEAR.match(word) and reading.year is None and not _is_amount(words, index):
            reading.year = int(word)
        elif (match := _DECADE.match(word)) and reading.decade is None:
            digits = match.group(1)
            reading.decade = digits[:3] if len(digits) == 4 else None
            if len(digits) == 2:
                reading.flags.add(f"short-decade:{digits[0]}")
        elif word in DECADE_WORDS and reading.decade is None:
            reading.flags.add(f"short-decade:{DECADE_WORDS[word]}")
        elif word in ("century", "centuries") and before:
            ordinal = ORDINALS.get(before) or _ordinal_number(before)
            if ordinal and ordinal > 0:
                reading.century = f"{ordinal - 1:02d}"
        elif word == "half" and before in ("first", "second", "1st", "2nd"):
            reading.half = ORDINALS[before]
        elif word in ("quarter", "quarters") and before in ORDINALS:
            reading.ordinal = ORDINALS[before]
    if reading.month is not None and reading.day is None:
        reading.day = _day_of_month(words)
    if reading.year is None:
        reading.year = _spoken_year(words)
    for holiday_words, rule in HOLIDAYS.items():
        if _contains(words, holiday_words):
            reading.holiday = rule
            break


def _read_quantity(reading: Reading) -> None:
    words = reading.words
    for index, word in enumerate(words):
        unit = _unit(word)
        if unit is None or (word == "second" and index + 1 < len(words)):
            continue
        if unit == "quarter" and reading.ordinal is not None:
            reading.unit = unit
            continue
        reading.unit = unit
        reading.plural = word != unit and not word.endswith("'s")
        number, vague = _number_before(words, index)
        reading.number, reading.vague = number, vague
        if number is not None and _half_after(words, index):
            reading.number = number + 0.5
        return


def _unit(word: str) -> str | None:
    word = word.removesuffix("'s").removesuffix("'")
    if word in UNITS:
        return word
    if word in UNIT_FORMS:
        return UNIT_FORMS[word]
    if word.endswith("s") and word[:-1] in UNITS:
        return word[:-1]
    return None


def _number_before(words: list[str], index: int) -> tuple[float | None, bool]:
    """The quantity written just before ``words[index]``: (value, vague)."""
    start = index
    while start > 0 and _is_number_word(words[start - 1]):
        start -= 1
    phrase = [w for w in words[start:index] if w not in ("of", "and")]
    if not phrase:
        return None, False
    if any(w in NUMBER_WORDS and NUMBER_WORDS[w] is None for w in phrase):
        return None, True
    if phrase == ["half"] or phrase[-2:] == ["half", "a"] or phrase[-2:] == ["half", "an"]:
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
    return _unit(after) is not None and after not in ("quarter", "quarters")


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
            tail = [w for w in rest if w in NUMBER_WORDS and NUMBER_WORDS[w] is not None]
            century = _number_value([word]) or 0
            value = _number_value([w for w in tail if w != "hundred"]) or 0
            return int(century * 100 + value)
        if word == "two" and rest[:1] == ["thousand"]:
            tail = [w for w in rest[1:] if w in NUMBER_WORDS and NUMBER_WORDS[w] is not None]
            return 2000 + int(_number_value(tail) or 0)
    return None


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1))


# --- rules -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Context:
    anchor: date | None
    reference: date | None
    reference_grain: str | None
    tense: str | None

    def base(self, reading: Reading) -> date | None:
        """The anchor for ``reading``: the reference time for anaphoric words."""
        anaphoric = reading.has("that", "same", "then", "following", "previous", "preceding")
        relative = reading.has("earlier", "later", "before", "after", "prior")
        if (anaphoric or relative) and not reading.has("this", "ago", "last", "next"):
            return self.reference
        return self.anchor


Rule = "Callable[[Reading, _Context], tuple[str, str | None] | None]"


def _frequency(reading: Reading, context: _Context) -> tuple[str, str | None] | None:
    words = reading.words
    for word in words:
        if word in FREQUENCIES:
            return "SET", FREQUENCIES[word]
    if reading.has(*SET_WORDS) or "plural-weekday" in reading.flags:
        if reading.weekday is not None:
            suffix = f"T{reading.part}" if reading.part else ""
            return "SET", f"XXXX-WXX-{reading.weekday + 1}{suffix}"
        if reading.month is not None:
            return "SET", f"XXXX-{reading.month:02d}"
        if reading.season is not None:
            return "SET", f"XXXX-{reading.season}"
        if reading.unit is not None and reading.has(*SET_WORDS):
            amount = reading.number if reading.number and reading.number != 1 else 1
            return "SET", _duration_value(amount, reading.unit)
        if reading.part is not None and reading.has(*SET_WORDS):
            return "SET", f"XXXX-XX-XXT{reading.part}"
    if words[:1] in (["a"], ["an"]) and len(words) == 2 and reading.unit and not reading.plural:
        return None
    return None


def _reference(reading: Reading, context: _Context) -> tuple[str, str | None] | None:
    words = [w for w in reading.words if w not in ("the", "right", "just", "very", "until")]
    if not words or reading.unit or reading.month or reading.weekday is not None:
        if words[:1] in (["current"], ["coming"], ["recent"]) and reading.plural:
            return ("DATE", "PRESENT_REF" if words[0] == "current" else None) if False else None
        return None
    if reading.year or reading.clock or reading.part or reading.season:
        return None
    if words in (["present"],) or "now" in words or words[-1:] == ["currently"]:
        return "DATE", "PRESENT_REF"
    if words[-1:] == ["current"] or words == ["then", "current"]:
        return "DATE", "PAST_REF" if "then" in words else "PRESENT_REF"
    if "future" in words or words in (["soon"], ["as", "soon", "as", "possible"]):
        return "DATE", "FUTURE_REF"
    if words[-1:] == ["term"] and ("near" in words or "short" in words):
        return "DATE", "FUTURE_REF"
    if "past" in words or words[-1:] in (["recently"], ["recent"], ["previously"], ["once"]):
        return "DATE", "PAST_REF"
    if words[-1:] == ["earlier"] and len(words) <= 2:
        return "DATE", "PAST_REF"
    if len(words) == 1 and words[0] in REFERENCES:
        return "DATE", REFERENCES[words[0]]
    return None


def _time_of_day(reading: Reading, context: _Context) -> tuple[str, str | None] | None:
    if reading.clock is None and reading.part is None:
        return None
    if reading.unit in ("hour", "minute", "second") and reading.clock is None:
        return None
    day = _day_of(reading, context)
    if reading.clock is not None:
        hour, minute = reading.clock
        suffix = f"T{hour:02d}:{minute:02d}"
    else:
        suffix = f"T{reading.part}"
    if day is None:
        if reading.part is not None and reading.has("the", "a") and not reading.has("this"):
            return "TIME", None
        return "TIME", None if context.anchor is None else f"{context.anchor.isoformat()}{suffix}"
    return "TIME", f"{day}{suffix}"


def _day_of(reading: Reading, context: _Context) -> str | None:
    """The calendar day a time of day falls on, as TIMEX3; None when the words name none."""
    anchor = context.base(reading)
    words = reading.flags
    if reading.weekday is not None or reading.month is not None or reading.year is not None:
        kind_value = _calendar(reading, context)
        return kind_value[1] if kind_value else None
    if anchor is None:
        return None
    if "yesterday" in words or ("last" in words and reading.part == "NI"):
        return (anchor - timedelta(days=1)).isoformat()
    if "tomorrow" in words:
        return (anchor + timedelta(days=1)).isoformat()
    if words & {"today", "tonight", "this", "overnight", "later", "earlier", "same"}:
        return anchor.isoformat()
    if reading.clock is not None:
        base = context.reference or anchor
        return base.isoformat()
    return None


def _calendar(reading: Reading, context: _Context) -> tuple[str, str | None] | None:
    """Dates named by the calendar: years, months, days, weekdays, seasons, quarters..."""
    anchor = context.base(reading)
    words = reading.flags
    if reading.holiday is not None:
        return "DATE", _holiday(reading, context)
    if reading.century is not None:
        return "DATE", reading.century
    decade = reading.decade or _short_decade(reading, anchor)
    if decade is not None:
        return "DATE", decade
    if reading.month is not None:
        return "DATE", _month_date(reading, context)
    if reading.season is not None and reading.unit is None:
        year = reading.year or _cycle_year(
            _SEASON_INDEX[reading.season], _season_index(anchor), 4, reading, context
        )
        return "DATE", None if year is None else f"{year}-{reading.season}"
    if reading.ordinal is not None and reading.unit == "quarter":
        year = reading.year or _cycle_year(
            reading.ordinal, _quarter_of(anchor), 4, reading, context
        )
        return "DATE", None if year is None else f"{year}-Q{reading.ordinal}"
    if reading.half is not None:
        year = reading.year or _cycle_year(
            reading.half, _half_of(anchor), 2, reading, context
        )
        return "DATE", None if year is None else f"{year}-H{reading.half}"
    if reading.weekday is not None:
        if anchor is None:
            return "DATE", None
        return "DATE", _weekday_date(reading, anchor, context.tense).isoformat()
    if reading.year is not None and not (reading.unit and reading.number and "ago" in words):
        if reading.unit == "quarter" and context.reference_grain == "quarter":
            return None
        return "DATE", str(reading.year)
    if anchor is None:
        return None
    if "today" in words or "tonight" in words:
        return "DATE", anchor.isoformat()
    if "yesterday" in words:
        return "DATE", (anchor - timedelta(days=1)).isoformat()
    if "tomorrow" in words:
        return "DATE", (anchor + timedelta(days=1)).isoformat()
    return None


_SEASON_INDEX = {"SP": 1, "SU": 2, "FA": 3, "WI": 4}


def _season_index(anchor: date | None) -> int | None:
    if anchor is None:
        return None
    return {12: 4, 1: 4, 2: 4, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2}.get(anchor.month, 3)


def _quarter_of(anchor: date | None) -> int | None:
    return None if anchor is None else (anchor.month - 1) // 3 + 1


def _half_of(anchor: date | None) -> int | None:
    return None if anchor is None else (anchor.month - 1) // 6 + 1


def _cycle_year(
    position: int, current: int | None, size: int, reading: Reading, context: _Context
) -> int | None:
    """The year of a named month, quarter or season without one, by tense and direction."""
    anchor = context.base(reading)
    if anchor is None or current is None:
        return None
    year = anchor.year
    if reading.has("last", "previous", "past"):
        return year - 1 if position >= current or size == 12 else year
    if reading.has("next", "coming"):
        return year + 1 if position <= current or size == 12 else year
    if reading.has("this", "current"):
        return year
    if position == current:
        return year
    if context.tense == "future":
        return year if position > current else year + 1
    if context.tense == "past" or position < current:
        return year if position < current else year - 1
    # present tense or none: the nearer occurrence
    ahead = (position - current) % size
    return year if ahead <= size // 2 and position > current else year - 1


def _month_date(reading: Reading, context: _Context) -> str | None:
    month = reading.month
    assert month is not None
    anchor = context.base(reading)
    year = reading.year
    if year is None:
        if "last" in reading.flags and anchor is not None:
            year = anchor.year - 1
        else:
            current = None if anchor is None else anchor.month
            year = _cycle_year(month, current, 12, _without(reading, "last"), context)
    if year is None:
        return None
    if reading.day is not None:
        try:
            value = date(year, month, reading.day)
        except ValueError:
            return f"{year}-{month:02d}"
        return value.isoformat()
    if reading.has("end") and reading.mod == "END" and not reading.has("late"):
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}"


def _without(reading: Reading, word: str) -> Reading:
    copy = dataclasses.replace(reading, flags=set(reading.flags))
    copy.flags.discard(word)
    return copy


def _short_decade(reading: Reading, anchor: date | None) -> str | None:
    short = next((f for f in reading.flags if f.startswith("short-decade:")), None)
    if short is None:
        return None
    digit = short.rsplit(":", 1)[1]
    century = 19 if anchor is None or int(f"{anchor.year // 100}{digit}") * 10 > anchor.year else (
        anchor.year // 100
    )
    return f"{century}{digit}"


def _holiday(reading: Reading, context: _Context) -> str | None:
    rule = reading.holiday
    assert rule is not None
    anchor = context.base(reading)
    month = rule[0]
    year = reading.year
    if year is None:
        current = None if anchor is None else anchor.month
        year = _cycle_year(month, current, 12, reading, context)
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


def _weekday_date(reading: Reading, anchor: date, tense: str | None) -> date:
    """The weekday in the tense's direction from ``anchor``; its own weekday is the anchor day
    itself ("said on Monday" in Monday's paper) unless "last"/"next" says otherwise."""
    weekday = reading.weekday
    assert weekday is not None
    ahead = (weekday - anchor.weekday()) % 7
    behind = (anchor.weekday() - weekday) % 7
    if reading.has("last", "previous", "past"):
        return anchor - timedelta(days=behind or 7)
    if reading.has("next", "coming", "following"):
        return anchor + timedelta(days=ahead or 7)
    if ahead == 0:
        return anchor
    if reading.has("this") and tense != "past":
        return anchor + timedelta(days=ahead)
    if tense == "future":
        return anchor + timedelta(days=ahead)
    if tense == "past" or tense is None:
        return anchor - timedelta(days=behind)
    return anchor - timedelta(days=behind) if behind <= ahead else anchor + timedelta(days=ahead)


def _relative(reading: Reading, context: _Context) -> tuple[str, str | None] | None:
    """Units moved from the anchor: "last week", "two years ago", "the next day"..."""
    unit = reading.unit
    if unit is None or unit not in _GRAIN_OF_UNIT:
        return None
    words = reading.flags
    anchor = context.base(reading)
    number = reading.number
    has_past = bool(words & PAST_WORDS)
    has_future = bool(words & FUTURE_WORDS) or "from" in words and "now" in words
    # "the past three months", "the next two weeks": a duration ending or starting now
    if reading.plural and not words & {"ago", "earlier", "later", "before", "after", "hence"}:
        if reading.vague and has_past or (reading.vague is False and number is None and
                                          words & {"recent", "past", "last"} and
                                          not words & {"ago"}):
            if number is None and words & {"recent", "past", "last"}:
                if "recent" in words and unit in ("month", "quarter"):
                    return None
                return "DATE", "PAST_REF"
        if number is None and words & {"coming", "upcoming"}:
            return "DATE", "FUTURE_REF"
        return None
    if unit == "weekend":
        if anchor is None:
            return "DATE", None
        return "DATE", _weekend(anchor, reading, context.tense)
    shift = 0
    if words & {"ago", "earlier", "before", "prior"} or (
        has_past and reading.number is not None and unit != "week" and not reading.plural
    ):
        if number is None and not reading.vague and not words & {"a", "an", "one"}:
            number = 1 if words & {"last", "previous", "past", "preceding"} else None
        if reading.vague:
            return "DATE", "PAST_REF"
        shift = -int(number if number is not None else 1)
    elif words & {"later", "after", "hence"} or ("from" in words and "now" in words):
        if reading.vague:
            return "DATE", "FUTURE_REF"
        shift = int(number if number is not None else 1)
    elif words & {"last", "previous", "past", "preceding"}:
        shift = -1
    elif words & {"next", "coming", "following", "upcoming"}:
        shift = 1
    elif words & {"this", "current", "same", "that", "present"}:
        shift = 0
    elif "year" in reading.words and words & {"ago"}:
        shift = -1
    else:
        return None
    if anchor is None:
        return "DATE", None
    grain = _GRAIN_OF_UNIT[unit]
    if (
        unit == "year"
        and shift != 0
        and abs(shift) == 1
        and anchor is context.reference
        and context.reference_grain in ("quarter", "half", "month")
        and words & {"ago", "earlier", "before"}
    ):
        grain = context.reference_grain or grain
    if reading.number is None and reading.words.count("a") == 0 and unit == "year" and (
        "ago" in words and "year" in reading.words[0:1]
    ):
        grain = context.reference_grain if context.reference_grain in ("quarter",) else grain
    moved = _shift(anchor, unit, shift)
    if grain == "day" and unit != "day":
        grain = "day"
    if unit == "day" and number is not None and number > 1 and not reading.has("ago", "earlier",
                                                                                "later", "before",
                                                                                "after"):
        return None
    return "DATE", _format(moved, grain)


def _weekend(anchor: date, reading: Reading, tense: str | None) -> str:
    if reading.has("last", "past", "previous"):
        base = anchor - timedelta(days=anchor.weekday() + 1)
    elif reading.has("next", "coming"):
        base = anchor + timedelta(days=7 - anchor.weekday())
    elif anchor.weekday() >= 5 or tense == "future" or reading.has("this"):
        base = anchor
    else:
        base = anchor - timedelta(days=anchor.weekday() + 1)
    iso = base.isocalendar()
    return f"{iso.year}-W{iso.week:02d}-WE"


def _duration(reading: Reading, context: _Context) -> tuple[str, str | None] | None:
    unit = reading.unit
    if unit is None or unit == "weekend":
        return None
    if reading.number is None and not reading.vague and not reading.plural:
        if reading.words and reading.words[0] in ("a", "an", "one"):
            return "DURATION", _duration_value(1, unit)
        if unit in ("day", "week", "month", "year") and reading.words[:1] == ["the"]:
            return "DURATION", _duration_value(1, unit)
        return None
    amount = None if reading.vague or reading.number is None else reading.number
    return "DURATION", _duration_value(amount, unit)


def _duration_value(amount: float | None, unit: str) -> str:
    letter, is_time = UNITS[unit]
    if unit == "fortnight" and amount is not None:
        amount *= 2
    if unit == "decade" and amount is not None:
        letter, amount = "Y", amount * 10
    elif unit == "century" and amount is not None:
        letter, amount = "Y", amount * 100
    elif unit == "millennium" and amount is not None:
        letter, amount = "Y", amount * 1000
    elif unit == "quarter":
        letter, amount = "M", None if amount is None else amount * 3
    if amount is None:
        text = "X"
    elif amount != int(amount):
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24)}
        time_smaller = {"H": ("M", 60), "M": ("S", 60)}
        table = time_smaller if is_time else smaller
        if letter in table:
            small_letter, factor = table[letter]
            whole, rest = int(amount), round((amount - int(amount)) * factor)
            if letter == "D":
                return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
            prefix = "PT" if is_time else "P"
            return f"{prefix}{whole}{letter}{rest}{small_letter}" if whole else (
                f"{prefix}{rest}{small_letter}"
            )
        text = str(amount)
    else:
        text = str(int(amount))
    return f"PT{text}{letter}" if is_time else f"P{text}{letter}"


_RULES = (_frequency, _reference, _time_of_day, _calendar, _relative, _duration)


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
