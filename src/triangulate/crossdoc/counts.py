"""Counted quantities of harm in a sentence: "at least 42 people were killed" is killed ≥ 42,
"the toll ... at 38 dead" is killed = 38.

A number counts a kind when a word of that kind (``nlp.lexicons.counts``) stands within four
words of it in the same clause, after or before ("killed at least 42 people"), the nearest
one first; the words just before the number
bound it ("at least", "nearly", "about"). Years, numbers below two, and measures, dates,
times and scores ("a 36-year-old man died", "killed on March 9", "the 13-10 loss") count
nothing. Two
counts of one kind whose ranges do not meet disagree: "at least 42" and "38" do, "at least
42" and "45" do not.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from triangulate.nlp.lexicons.counts import BOUNDS, COUNT_WORDS, MEASURES, MONTHS

_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[^\W\d_]+|[,;:.!?()-]")
_STOPS = frozenset(",;:.!?()")
_AGE = frozenset({"age", "aged"})  # "died at age 91"
_JOINERS = frozenset("-")  # "36-year-old", "13-10": what follows a hyphen belongs to the number
_WINDOW = 4
_ABOUT = 0.1  # "about 40" is 36 to 44


@dataclass(frozen=True, slots=True)
class Count:
    """A number that counts a kind, as the range it allows, with its offsets in the text."""

    kind: str
    low: float
    high: float
    start: int
    end: int
    text: str  # "at least 42"


def counts(text: str, offset: int = 0) -> list[Count]:
    """Return the counts of harm in ``text`` (offsets shifted by ``offset``)."""
    tokens = list(_TOKEN.finditer(text))
    words = [t.group().casefold() for t in tokens]
    found = []
    for i, token in enumerate(tokens):
        if not token.group()[0].isdigit():
            continue
        value = float(token.group().replace(",", ""))
        if value < 2 or (1900 <= value <= 2100 and "," not in token.group()):
            continue
        if _measure(words, i):
            continue
        kind = _kind(words, i)
        if kind is None:
            continue
        bound, first = _bound(words, i)
        low, high = _range(value, bound)
        start = tokens[first].start()
        found.append(
            Count(kind, low, high, offset + start, offset + token.end(), text[start : token.end()])
        )
    return found


def _measure(words: list[str], i: int) -> bool:
    """True when the number is a measure, a date, a time or a score, not a count of people:
    a unit after it ("36-year-old", "700 metres"), an age ("aged 91"), a month next to it
    ("March 9", "29 July"), a colon next to it ("12:45"), a number joined to it ("13-10")."""
    after = [w for w in words[i + 1 : i + 3] if w not in _JOINERS][:1]
    before = words[i - 1] if i else ""
    if after and (after[0] in MEASURES or after[0] in MONTHS or after[0][0].isdigit()):
        return True
    if before in MONTHS or before in _AGE or ":" in (before, *words[i + 1 : i + 2]):
        return True
    return i >= 2 and before in _JOINERS and words[i - 2][0].isdigit()


def disagree(first: Count, second: Count) -> bool:
    """Whether two counts of one kind allow no common value."""
    return first.kind == second.kind and (first.high < second.low or second.high < first.low)


def _kind(words: list[str], i: int) -> str | None:
    """The kind named by the nearest count word within the number's clause, after it first."""
    for distance in range(1, _WINDOW + 1):
        for j in (i + distance, i - distance):
            if 0 <= j < len(words) and words[j] in COUNT_WORDS and not _stop_between(words, i, j):
                return COUNT_WORDS[words[j]]
    return None


def _stop_between(words: list[str], i: int, j: int) -> bool:
    low, high = sorted((i, j))
    return any(word in _STOPS for word in words[low + 1 : high])


def _bound(words: list[str], i: int) -> tuple[str | None, int]:
    for phrase, bound in BOUNDS.items():
        size = len(phrase)
        if i >= size and tuple(words[i - size : i]) == phrase:
            return bound, i - size
    return None, i


def _range(value: float, bound: str | None) -> tuple[float, float]:
    if bound == "low":
        return value, math.inf
    if bound == "high":
        return 0.0, value
    if bound == "about":
        return value * (1 - _ABOUT), value * (1 + _ABOUT)
    return value, value
