"""Parties of a story's events: which actor and recipient words name the same one.

An event record gives its parties as words of its sentence ("President Donald Trump",
"U.S. forces", "the interior ministry"). Two reports of one event name its parties in
different forms, so each party is read as:

- the story's **entity** it names: the whole words, or their longest ending that starts with
  a capital ("Interior Minister Teodor Vanek": Teodor Vanek), looked up among the names and
  aliases of the story's entities (``crossdoc.entities``);
- its **words**, casefolded, without determiners, pronouns and possessives, up to the words
  that say whose people they are ("rebels in the Ivory Coast": rebels); for a party that
  names an entity, the words of the entity's name ("Trump": donald trump);
- whether it is **named**: it names an entity or has a word with a capital.

Two parties are the same when they name one entity, or when the words of one are all words
of the other ("Trump" and "President Donald Trump"; "Staunton police" and "the Staunton
Police Department"; "Hansbrough", which the story's entities leave apart from "Tyler
Hansbrough" as it also has a Gene Hansbrough, and "Tyler Hansbrough"; "forces" and "U.S.
forces"). Otherwise two named parties are different ("U.S. forces" and "Israeli forces"),
and a named party and a common noun, or two common nouns, may or may not be the same ("the
company" and "Microsoft"; "the fire" and "the blaze"): that is not known. A pronoun ("he",
"they", "who") names no party.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from triangulate.crossdoc.entities import name_key
from triangulate.models import Entity

#: words that stand for a party without naming it
_UNNAMED = frozenset(
    {
        *("i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them"),
        *("who", "whom", "whose", "which", "what", "that", "this", "these", "those"),
        *("one", "someone", "somebody", "anyone", "everyone", "nobody", "nothing", "none"),
        *("all", "both", "others", "some", "many", "each"),
    }
)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
#: prepositions that start the words saying whose people a party is ("rebels in X")
_WHOSE = frozenset({"in", "of", "from", "at", "for", "with"})
_WORD = re.compile(r"[^\W_]+(?:[.'’-][^\W_]+)*\.?")
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True, slots=True)
class Party:
    """One party of an event record: the entity it names (its id, or None), its words (or
    its entity's name's words), and whether it is named."""

    text: str
    entity_id: str | None
    words: frozenset[str]  # casefolded
    is_named: bool


def read_parties(texts: Sequence[str], by_name: Mapping[str, Entity]) -> tuple[Party, ...]:
    """Read each of ``texts`` as a :class:`Party`; words that name no party are left out.

    ``by_name`` maps the :func:`~triangulate.crossdoc.entities.name_key` of each name and
    alias of the story's entities to the entity.
    """
    parties = (_party(text, by_name) for text in texts)
    return tuple(p for p in parties if p is not None)


def same_party(one: Party, other: Party) -> bool | None:
    """Whether two parties are the same: True, False, or None when that is not known (see
    the module docstring)."""
    if one.entity_id is not None and one.entity_id == other.entity_id:
        return True
    if one.words <= other.words or other.words <= one.words:
        return True
    if one.is_named and other.is_named:
        return False
    return None


def same_parties(one: Sequence[Party], other: Sequence[Party]) -> bool | None:
    """Whether two records' parties are the same: True when one of each is, False when
    every pair is different, None when that is not known (or either record names none)."""
    found = [same_party(a, b) for a in one for b in other]
    if True in found:
        return True
    if not found or None in found:
        return None
    return False


def _party(text: str, by_name: Mapping[str, Entity]) -> Party | None:
    written = _WORD.findall(text)
    for n, word in enumerate(written):
        if n and word.casefold() in _WHOSE:
            written = written[:n]
            break
    words = _words(written)
    if not words:
        return None
    entity = _entity(written, by_name)
    if entity is not None:
        return Party(text, entity.entity_id, _words(_WORD.findall(entity.name)) or words, True)
    return Party(text, None, words, any(w[:1].isupper() for w in written))


def _words(written: Sequence[str]) -> frozenset[str]:
    keys = (_POSSESSIVE.sub("", w.casefold()) for w in written)
    return frozenset(k for k in keys if k and k not in _DETERMINERS and k not in _UNNAMED)


def _entity(written: Sequence[str], by_name: Mapping[str, Entity]) -> Entity | None:
    """The story entity the words name: all of them, or their longest ending that starts
    with a capital."""
    for n in range(len(written)):
        if n and not written[n][:1].isupper():
            continue
        entity = by_name.get(name_key(" ".join(written[n:])))
        if entity is not None:
            return entity
    return None
