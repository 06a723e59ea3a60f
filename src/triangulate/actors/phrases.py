"""Read short phrases into actors: "Israeli Prime Minister" is ISR GOV, "U.S. forces" USA MIL,
"Hezbollah" LBN REB, "Pentagon spokesman" USA MIL.

A phrase is read as an optional leading "the", then at most one known name (a country, a
demonym, a capital or an organisation: the modifier), then sector words. The country is the
modifier's; the sector is the first sector word's, else the modifier's own (an
organisation's: "Hezbollah leader" is REB). Names are matched longest first, so "United
States" is one name and "Foreign Minister" one title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from triangulate.actors.gazetteer import Gazetteer, Known, SectorWord, actor_key

#: Initialisms with dots ("U.S.", "D.C.") and short forms ending in a dot ("Gen.", "Mr.",
#: "No.") are one word; any other punctuation is a word of its own.
_WORD = re.compile(
    r"(?:[A-Za-z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Brig|Adm|Sen|Rep|Gov|Rev|No|St)\."
    r"|[^\W_][\w’'-]*|[^\w\s]"
)


@dataclass(frozen=True, slots=True)
class Actor:
    """A country (ISO 3166 alpha-3) and a sector code (sectors.tsv), either may be unknown."""

    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class Phrase:
    """A phrase read by :func:`read_words`: its modifier, sector words and the actor."""

    modifier: Known | None
    sector_words: tuple[SectorWord, ...]
    actor: Actor


def split_words(text: str) -> list[str]:
    """Split ``text`` into words and punctuation marks ("U.S." and "Gen." stay whole)."""
    return _WORD.findall(text)


def word_starts(text: str) -> list[tuple[str, int]]:
    """Return the words of :func:`split_words` with their offsets in ``text``."""
    return [(match.group(), match.start()) for match in _WORD.finditer(text)]


def read_actor(text: str, gazetteer: Gazetteer) -> Actor | None:
    """Return the actor a phrase names ("Iranian Foreign Minister" -> IRN GOV), or None when
    it names no known country, organisation or sector. Words after the sector words are
    ignored ("U.S. forces in the region" is USA MIL)."""
    words = split_words(text)
    phrase = read_words(words, gazetteer, whole=False)
    return phrase.actor if phrase is not None else None


def read_party(text: str, gazetteer: Gazetteer) -> Actor | None:
    """Return the actor an event's party names, reading the whole phrase: the first known
    name anywhere gives the country ("rebels in the Ivory Coast": CIV), the last sector
    words give the sector ("Lebanon's new President", "Liberian riot police": COP), else the
    name's own. None when it names no known country, organisation or sector."""
    words = split_words(text)
    modifier: Known | None = None
    sector: str | None = None
    at = 0
    while at < len(words):
        if modifier is None and (named := match_name(words, at, gazetteer)):
            at, modifier = named
        elif matched := match_sector_words(words, at, gazetteer):
            at, word = matched
            sector = word.sector or sector
        else:
            at += 1
    country = modifier.country if modifier is not None else None
    sector = sector or (modifier.sector if modifier is not None else None)
    return Actor(country, sector) if country or sector else None


def read_words(words: Sequence[str], gazetteer: Gazetteer, *, whole: bool) -> Phrase | None:
    """Read ``words`` as [the] [modifier] [sector words...]; with ``whole``, every word must
    be read (the phrase just before a name: "the Israeli Prime Minister")."""
    at = 1 if words and words[0].casefold() == "the" else 0
    found = match_name(words, at, gazetteer)
    modifier, at = (found[1], found[0]) if found else (None, at)
    sector_words = []
    while at < len(words) and (matched := match_sector_words(words, at, gazetteer)):
        at, word = matched
        sector_words.append(word)
    if (whole and at < len(words)) or (modifier is None and not sector_words):
        return None
    sector = next((w.sector for w in sector_words if w.sector), None)
    if modifier is not None:
        sector = sector or modifier.sector
    country = modifier.country if modifier is not None else None
    if country is None and sector is None:
        return None
    return Phrase(modifier, tuple(sector_words), Actor(country, sector))


def match_name(words: Sequence[str], start: int, gazetteer: Gazetteer) -> tuple[int, Known] | None:
    """Return (end, what it names) of the longest known name at ``words[start]``, which must
    be capitalised."""
    if start >= len(words) or not words[start][:1].isupper():
        return None
    for end in range(min(len(words), start + gazetteer.longest_name), start, -1):
        known = gazetteer.names.get(actor_key(" ".join(words[start:end])))
        if known is not None:
            return end, known
    return None


def match_sector_words(
    words: Sequence[str], start: int, gazetteer: Gazetteer
) -> tuple[int, SectorWord] | None:
    """Return (end, entry) of the longest sector words at ``words[start]``."""
    for end in range(min(len(words), start + gazetteer.longest_sector_words), start, -1):
        word = gazetteer.sector_words.get(actor_key(" ".join(words[start:end])))
        if word is not None:
            return end, word
    return None
