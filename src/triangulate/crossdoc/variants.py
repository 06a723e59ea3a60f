"""Quote variants: one statement quoted in other words by another article ("fast and
transparent" against "swift and transparent inquiry", "real and verifiable steps" against
"real and verifiable evidence").

A quotation of two words or more in one sentence is compared with another article's sentence
about the same thing. If that sentence quotes words sharing at least half of the quotation's,
those are its counterpart; otherwise the stretch of the sentence that shares the most of the
quotation's words, in a window of the quotation's length (one word more or less), the words
in the same places first. When no stretch shares more than half of the words of a quoted
phrase (four words or fewer) and the other sentence quotes one phrase that the quoting
sentence does not word itself, that phrase is the counterpart of the quotation whose
neighbouring words it shares most: the same statement quoted as "strong response" by one
outlet and "harshly" by another. Quoted statements longer than that are not paired so: two
different things one person said are no variant of each other. A counterpart that is
the same words is no variant, nor one that shares only short words ("and", "the"). The
counterpart need not be quoted itself: an outlet may paraphrase what another quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTED = re.compile(
    r"“([^”]{3,200})”"
    r"|(?<![\w'])\"([^\"]{3,200})\""
    r"|‘([^’]{3,200})’(?!\w)"
    r"|(?<![\w'])'([^']{3,200})'(?!\w)"
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_MIN_WORDS = 2
_MIN_SHARED = 0.5
_PHRASE = 4  # words of a quoted phrase ("harshly", "strong response"), not a quoted statement


@dataclass(frozen=True, slots=True)
class Variant:
    """A quotation and the other words another sentence gives for it."""

    quoted: str
    other: str


def quotations(text: str, min_words: int = _MIN_WORDS) -> list[str]:
    """The quoted stretches of ``text`` of ``min_words`` words or more."""
    found = []
    for match in _QUOTED.finditer(text):
        quoted = next(group for group in match.groups() if group is not None).strip(" ,.;:")
        if len(_WORD.findall(quoted)) >= min_words:
            found.append(quoted)
    return found


def variant(quoted: str, sentence: str, source: str = "") -> Variant | None:
    """The counterpart of ``quoted`` (from the sentence ``source``) in ``sentence``, when it
    words the same thing otherwise."""
    words = [w.casefold() for w in _WORD.findall(quoted)]
    quoted_there = [q for q in quotations(sentence) if _shared(q, words) >= _MIN_SHARED]
    if quoted_there:  # the other sentence quotes it too: its quotation is the counterpart
        other = max(quoted_there, key=lambda q: _shared(q, words))
        same = [w.casefold() for w in _WORD.findall(other)] == words
        return None if same else Variant(quoted, other)
    spans = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(sentence)]
    best: tuple[tuple[float, int], int, int] | None = None
    for size in (len(words), len(words) + 1, len(words) - 1):  # the quotation's length first
        if size < 1 or size > len(spans):
            continue
        for i in range(len(spans) - size + 1):
            window = [w for _, _, w in spans[i : i + size]]
            shared = len(set(window) & set(words)) / len(set(words))
            in_place = sum(1 for a, b in zip(window, words, strict=False) if a == b)
            score = (shared, in_place)  # then the words in the same places
            if best is None or score > best[0]:
                best = (score, i, i + size)
    others = quotations(sentence, min_words=1)
    short = len(words) <= _PHRASE and len(others) == 1 and len(_WORD.findall(others[0])) <= _PHRASE
    if short and (best is None or best[0][0] <= _MIN_SHARED):
        theirs = [w.casefold() for w in _WORD.findall(others[0])]
        mine = quotations(source) or [quoted]
        around = _context(others[0], sentence)
        closest = max(mine, key=lambda q: len(_context(q, source) & around))
        if _shared(source, theirs) < _MIN_SHARED and closest == quoted:
            return Variant(quoted, others[0])  # it quotes other words for it: "harshly"
    if best is None or best[0][0] < _MIN_SHARED:
        return None
    common = {w for _, _, w in spans[best[1] : best[2]]} & set(words)
    if not any(len(w) >= 4 for w in common):
        return None  # only "and", "the", "of" in common
    _, first, last = best
    other = sentence[spans[first][0] : spans[last - 1][1]].strip("\"“”‘’' ")
    if [w.casefold() for w in _WORD.findall(other)] == words:
        return None  # the same words: the same quotation
    return Variant(quoted, other)


def _context(quoted: str, sentence: str, width: int = 6) -> set[str]:
    """The words of four letters or more within ``width`` words either side of ``quoted``."""
    at = sentence.find(quoted)
    if at < 0:
        return set()
    before = _WORD.findall(sentence[:at])[-width:]
    after = _WORD.findall(sentence[at + len(quoted) :])[:width]
    return {w.casefold() for w in (*before, *after) if len(w) >= 4}


def _shared(text: str, words: list[str]) -> float:
    """The share of ``words`` that ``text`` uses."""
    return len({w.casefold() for w in _WORD.findall(text)} & set(words)) / len(set(words))
