"""Reading a time expression: its words turned into numbers, units and calendar names.

The first step of normalisation (:mod:`triangulate.temporal.normalise`): nothing here is
anchored on a date. The vocabulary is data in :mod:`triangulate.nlp.lexicons.time_words`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from triangulate.nlp.lexicons.time_words import (
    AMBIGUOUS_MONTHS,
    CLOCK_WORDS,
    COUNTING_WORDS,
    DECADE_WORDS,
    DEICTIC_DAYS,
    FREQUENCIES,
    HOLIDAYS,
    LAST_ORDINALS,
    MODS,
    MONTH_MODIFIERS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    REFERENCES,
    REPORTING_PERIOD_WORDS,
    SEASONS,
    SPOKEN_CENTURIES,
    TENS,
    UNIT_FILLERS,
    UNIT_FORMS,
    UNITS,
    WEEKDAYS,
)

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
        words & DEICTIC_DAYS
        or words & REFERENCES.keys()
        or words & FREQUENCIES.keys()
        or any(f.startswith("short-decade:") for f in words)
    )


def read(text: str) -> Reading:
    """Read the words of a time expression into a :class:`Reading`."""
    raw = _POSSESSIVE.sub("", text.lower().replace("\u2019", "'"))
    lowered = raw.replace("-", " ")
    words = [w if w in ("a.m.", "p.m.") else w.rstrip(".") for w in _TOKEN.findall(lowered)]
    reading = Reading(words=[w for w in words if w])
    reading.flags = set(reading.words)
    _read_mod(reading)
    _read_clock(reading, lowered)
    _read_calendar(reading, raw)
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
        if word == "some" and not (following in NUMBER_WORDS or following.isdigit()):
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
                and before not in MONTH_MODIFIERS
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
        if contains(words, holiday_words):
            reading.holiday = rule
            break


def _read_quantity(reading: Reading) -> None:
    words = reading.words
    units = [(i, u) for i, w in enumerate(words) if (u := _unit(w)) is not None]
    units = [(i, u) for i, u in units if not (u == "second" and i + 1 < len(words))]
    if not units and "period" in words and reading.flags & REPORTING_PERIOD_WORDS:
        units = [(words.index("period"), "quarter")]  # "the latest period" of a report
    if not units:
        return
    index, unit = next(((i, u) for i, u in units if u == "quarter"), units[0])
    if reading.ordinal is None or unit != "quarter":
        index, unit = units[0] if reading.ordinal is None else (index, unit)
    counted = [
        (i, u) for i, u in units[1:] if i + 1 < len(words) and words[i + 1] in COUNTING_WORDS
    ]
    if counted and words[counted[0][0] - 1] in ("a", "an"):
        index, unit = counted[0]  # "the quarter [a year ago]": a year is what is counted
    reading.unit = unit
    reading.plural = words[index] != unit and words[index] not in UNIT_FORMS
    reading.plural = reading.plural or words[index] in ("centuries", "millennia")
    reading.plural = reading.plural and words[index] != "period"
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
        elif word in ("thousand", "million"):
            total += max(current, 1) * (NUMBER_WORDS[word] or 1)
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
        if word in SPOKEN_CENTURIES and rest and (rest[0] in TENS or rest[0] == "hundred"):
            tail = [w for w in rest if NUMBER_WORDS.get(w) is not None and w != "hundred"]
            century = _number_value([word]) or 0
            return int(century * 100 + (_number_value(tail) or 0))
        if word == "two" and rest[:1] == ["thousand"]:
            tail = [w for w in rest[1:] if NUMBER_WORDS.get(w) is not None]
            return 2000 + int(_number_value(tail) or 0)
    return None


def contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1))
