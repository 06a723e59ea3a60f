"""Load the actor data files into one lookup table of names, once per process.

A name is looked up by :func:`actor_key`, which ignores case, accents, typographic
apostrophes, a leading "the" and a possessive, so "the Élysée", "Elysee" and "Iran’s" find
their entries. Every key names one thing: a name listed for two different things is an
error in the data (:func:`load_gazetteer` raises), so a name that two countries share
("Korea", "Congolese", "Dominican") is left out of the files on purpose.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import TypeVar

#: What a known name stands for: a country named, a country's people or adjective
#: ("Iranian"), a capital, an organisation (seats of government such as "White House" too).
KINDS = ("country", "demonym", "capital", "organisation")
#: Roles of sector words: a title before a name (stripped from it), a style (stripped only
#: when two words of the name remain: "King Charles"), an honorific, a noun naming a body.
ROLES = ("title", "style", "honorific", "group")

_POSSESSIVE = re.compile(r"(?:'s|(?<=s)')$")
_ISO3 = re.compile(r"[A-Z]{3}")
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Known:
    """What a name stands for (a kind of :data:`KINDS`), its canonical name, country and sector
    (a seat of government such as "White House" is an organisation of sector GOV)."""

    kind: str
    name: str
    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class Country:
    """One row of countries.tsv."""

    iso3: str
    status: str
    name: str
    other_names: tuple[str, ...]
    adjectives: tuple[str, ...]
    people: tuple[str, ...]
    capitals: tuple[tuple[str, ...], ...]
    seats: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Organisation:
    """One row of organisations.tsv."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str
    note: str


@dataclass(frozen=True, slots=True)
class SectorWord:
    """One row of sector_words.tsv: words such as "Prime Minister" or "forces"."""

    words: str
    sector: str | None
    role: str


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """The data files and their lookup tables (keys from :func:`actor_key`)."""

    countries: tuple[Country, ...]
    organisations: tuple[Organisation, ...]
    sectors: Mapping[str, str]
    plover_sectors: Mapping[str, str]
    sector_words: Mapping[str, SectorWord]
    names: Mapping[str, Known]
    longest_name: int
    longest_sector_words: int

    def find(self, text: str) -> Known | None:
        """Return what ``text`` names, or None."""
        return self.names.get(actor_key(text))


@functools.lru_cache(maxsize=1 << 16)
def actor_key(text: str) -> str:
    """Return the lookup key of a name: casefolded, without accents, a leading "the" or a
    possessive, typographic apostrophes made plain. Memoised: readers ask for the same
    words again and again."""
    folded = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    words = _POSSESSIVE.sub("", " ".join(plain.split())).split()
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]
    return " ".join(words).casefold()


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Read the data files of the package (once per process)."""
    countries = tuple(_country(row) for row in _rows("countries.tsv"))
    codes = {c.iso3 for c in countries}
    organisations = tuple(_organisation(row) for row in _rows("organisations.tsv"))
    for code in [c.iso3 for c in countries] + [o.country for o in organisations if o.country]:
        if not _ISO3.fullmatch(code) or code not in codes:
            raise ValueError(f"{code!r} is no country code of countries.tsv; use ISO 3166 alpha-3")
    sector_rows = list(_rows("sectors.tsv"))
    sectors = {row["code"]: row["meaning"] for row in sector_rows}
    words: dict[str, SectorWord] = {}
    for row in _rows("sector_words.tsv"):
        word = SectorWord(row["words"], row["sector"] or None, row["role"])
        if word.role not in ROLES or (word.sector and word.sector not in sectors):
            raise ValueError(f"sector_words.tsv: {word}: unknown role or sector code")
        _add(words, actor_key(word.words), word, "sector_words.tsv")
    names: dict[str, Known] = {}
    for name, known in _known_names(countries, organisations):
        if known.sector and known.sector not in sectors:
            raise ValueError(f"{known.name}: unknown sector {known.sector!r}; see sectors.tsv")
        _add(names, actor_key(name), known, "the actor data files")
    return Gazetteer(
        countries=countries,
        organisations=organisations,
        sectors=sectors,
        plover_sectors={row["code"]: row["plover"] for row in sector_rows},
        sector_words=words,
        names=names,
        longest_name=max(len(key.split()) for key in names),
        longest_sector_words=max(len(key.split()) for key in words),
    )


def _known_names(
    countries: tuple[Country, ...], organisations: tuple[Organisation, ...]
) -> Iterator[tuple[str, Known]]:
    for c in countries:
        yield from (
            (name, Known("country", c.name, c.iso3, None)) for name in (c.name, *c.other_names)
        )
        yield from (
            (name, Known("demonym", c.name, c.iso3, None)) for name in (*c.adjectives, *c.people)
        )
        for spellings in c.capitals:
            yield from ((s, Known("capital", spellings[0], c.iso3, None)) for s in spellings)
        for spellings in c.seats:
            yield from ((s, Known("organisation", spellings[0], c.iso3, "GOV")) for s in spellings)
    for org in organisations:
        body = Known("organisation", org.name, org.country, org.sector)
        for name in (org.name, *org.aliases):
            yield name, body


def _add(table: dict[str, _T], key: str, value: _T, where: str) -> None:
    if table.setdefault(key, value) != value:
        raise ValueError(f"{where}: {key!r} names both {table[key]} and {value}; list it once")


def _rows(name: str) -> Iterator[dict[str, str]]:
    text = resources.files("triangulate.actors").joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def _split(field: str) -> tuple[str, ...]:
    return tuple(value for value in field.split("|") if value)


def _country(row: dict[str, str]) -> Country:
    return Country(
        iso3=row["iso3"],
        status=row["status"],
        name=row["name"],
        other_names=_split(row["other_names"]),
        adjectives=_split(row["adjectives"]),
        people=_split(row["people"]),
        capitals=tuple(tuple(place.split("/")) for place in _split(row["capitals"])),
        seats=tuple(tuple(place.split("/")) for place in _split(row["seats"])),
    )


def _organisation(row: dict[str, str]) -> Organisation:
    return Organisation(
        name=row["name"],
        aliases=_split(row["aliases"]),
        country=row["country"] or None,
        sector=row["sector"],
        note=row["note"],
    )
