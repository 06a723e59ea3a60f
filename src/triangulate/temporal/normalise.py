"""TIMEX3 normalisation: the value of a time expression against an anchor date (no spaCy).

Deictic expressions ("on Monday", "last month") are anchored on the publication date; the
tense of the clause decides whether a weekday lies before or after it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date, timedelta

from triangulate.models import TimeExpr
from triangulate.nlp.lexicons.time_words import (
    MODS,
    MONTHS,
    NUMBER_WORDS,
    REFERENCES,
    SEASONS,
    UNITS,
    WEEKDAYS,
)

_WORD = re.compile(r"[a-z]+|\d+(?:[.,]\d+)?", re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")
_DECADE = re.compile(r"^((?:1[5-9]|20)\d)0s$")


def reanchor(timexes: Sequence[TimeExpr], anchor: date) -> list[TimeExpr]:
    """Normalise an article's time expressions again, in text order, against ``anchor``.

    For an article whose publication date was inferred: its deictic expressions ("on
    Monday", "last month") get the values they have if it was published on ``anchor``.
    """
    results = []
    for found in timexes:
        kind, value, mod = normalise_timex(found.text, anchor, future=found.tense == "future")
        if found.type == "TIME" and kind == "DATE" and value is None:
            kind = "TIME"
        results.append(
            dataclasses.replace(found, type=kind, value=value, mod=mod, anchor=anchor.isoformat())
        )
    return results


def normalise_timex(
    text: str, anchor: date | None, *, future: bool = False
) -> tuple[str, str | None, str | None]:
    """Return (type, value, mod) of a time expression; value is None when unknown."""
    lowered = text.lower()
    words = [w.lower() for w in _WORD.findall(text)]
    mod = next((MODS[w] for w in words if w in MODS and w not in ("over", "some")), None)
    iso = _ISO.search(text)
    if iso:
        return "DATE", iso.group(0), mod
    duration = _duration(words)
    if duration is not None and not {"ago", "last", "next", "this", "earlier", "later"} & set(
        words
    ):
        return "DURATION", duration, mod
    if any(w in REFERENCES for w in words) and len(words) <= 3:
        return "DATE", REFERENCES[next(w for w in words if w in REFERENCES)], None
    value = _calendar(words, lowered, anchor, future)
    return "DATE", value, mod


def _calendar(words: list[str], lowered: str, anchor: date | None, future: bool) -> str | None:
    year = next((int(w) for w in words if _YEAR.match(w)), None)
    month = next(
        (MONTHS[w] for w in words if w in MONTHS and not (w == "may" and len(words) == 1)), None
    )
    day = next(
        (int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31 and not _YEAR.match(w)), None
    )
    decade = next((m.group(1) for w in words if (m := _DECADE.match(w))), None)
    if decade:
        return decade
    if (
        year is None
        and anchor is not None
        and ("last" in words or "past" in words or "previous" in words)
    ):
        if "year" in words:
            return str(anchor.year - 1)
        if "month" in words:
            first = anchor.replace(day=1) - timedelta(days=1)
            return f"{first.year}-{first.month:02d}"
        if "week" in words:
            iso = (anchor - timedelta(days=7)).isocalendar()
            return f"{iso.year}-W{iso.week:02d}"
    if year is None and anchor is not None and ("next" in words or "coming" in words):
        if "year" in words:
            return str(anchor.year + 1)
        if "month" in words:
            nxt = (anchor.replace(day=28) + timedelta(days=4)).replace(day=1)
            return f"{nxt.year}-{nxt.month:02d}"
    if year is None and anchor is not None and "this" in words:
        if "year" in words:
            return str(anchor.year)
        if "month" in words:
            return f"{anchor.year}-{anchor.month:02d}"
    if anchor is not None and year is None:
        if "today" in words or "tonight" in words:
            return anchor.isoformat()
        if "yesterday" in words:
            return (anchor - timedelta(days=1)).isoformat()
        if "tomorrow" in words:
            return (anchor + timedelta(days=1)).isoformat()
        weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
        if weekday is not None and month is None:
            relative = "last" in words or "next" in words or "previous" in words
            return _weekday(anchor, weekday, future, relative).isoformat()
    season = next((SEASONS[w] for w in words if w in SEASONS), None)
    if month is not None:
        if year is None and anchor is not None:
            if "next" in words or future:
                year = anchor.year + (
                    month <= anchor.month if "next" in words else month < anchor.month
                )
            elif "last" in words:
                year = anchor.year - (month >= anchor.month)
            else:
                year = anchor.year - (month > anchor.month)
        if year is None:
            return None
        if day is not None:
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                return None
        return f"{year}-{month:02d}"
    if season and (year or anchor):
        return f"{year or anchor.year}-{season}"  # type: ignore[union-attr]
    if year is not None:
        return str(year)
    return None


def _weekday(anchor: date, weekday: int, future: bool, relative: bool) -> date:
    """The weekday nearest ``anchor`` in the tense's direction; its own weekday is the anchor
    day itself ("said on Monday" in Monday's paper) unless "last"/"next" says otherwise."""
    delta = (weekday - anchor.weekday()) % 7
    if delta == 0 and not relative:
        return anchor
    if future:
        return anchor + timedelta(days=delta or 7)
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7 or 7)


def _duration(words: list[str]) -> str | None:
    for index, word in enumerate(words):
        unit = word[:-1] if word.endswith("s") and word[:-1] in UNITS else word
        if unit not in UNITS or index == 0:
            continue
        number_word = words[index - 1]
        if number_word.isdigit():
            number: int | None = int(number_word)
        else:
            number = NUMBER_WORDS.get(number_word, -1)
            if number == -1:
                continue
        letter, is_time = UNITS[unit]
        amount = "X" if number is None else str(number)
        return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"
    return None
