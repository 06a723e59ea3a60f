"""What one mention names, read from its words and the plain words around it (entities.v2).

A mention carries offsets, text and an NER label only, and crossdoc never parses, so a
mention is read with the actor data (:mod:`triangulate.actors`) and the article's text:

- a country's name or demonym ("Iran", "Iran's", "Iranian", "U.S.", "America"; any label but
  PERSON): the country, key ``country:IRN``, type GPE;
- an organisation of the data or a seat of government ("Hezbollah", "the White House",
  "the Kremlin"; any label): that organisation, key ``org:<name>``, type ORG, with its country
  and sector ("White House": USA GOV);
- a capital (any label but PERSON) is the city, type GPE, with its country; it stands for
  its government (type ORG, sector GOV: an entity of its own) only when NER calls it an ORG
  or a cue of ``nlp.lexicons.actor_cues`` says it acts: "Tehran warned", "Tehran was
  seeking", "talks with Tehran". "Strikes on Tehran" and "in Tehran" keep the city, and so
  does any use the cues do not cover: a wrong government is worse than a missed one;
- a person: leading titles and honorifics are not part of the name ("President Donald
  Trump", "Mr. Trump"); a title phrase right before the name or in an apposition after it
  ("Israeli Prime Minister Benjamin Netanyahu", "Netanyahu, Israel's prime minister,") is
  what the mention teaches about the person's country and sector;
- another organisation: its own leading words ("Iranian Foreign Ministry": IRN GOV) and a
  country right before it ("Iran's Foreign Ministry") teach its country and sector;
- "(IAEA)" right after a mention defines an acronym of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from triangulate.actors.gazetteer import Gazetteer, Known
from triangulate.actors.phrases import (
    Actor,
    Phrase,
    match_name,
    read_words,
    split_words,
    word_starts,
)
from triangulate.models import Mention
from triangulate.nlp.lexicons.actor_cues import ACTS_AFTER, ACTS_BEFORE, AUXILIARIES, MODALS

_POSSESSIVE = re.compile(r"[’']s$")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z&]{1,7})\)")
_WINDOW = 120  # characters of context read on each side of a mention
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG", "FAC"})


@dataclass(frozen=True, slots=True)
class Reading:
    """What a mention names: the key of its group, its type, its name as read (no possessive,
    no title), what the data says it is, what its context teaches, an acronym it defines."""

    key: str
    label: str
    form: str
    known: Known | None = None
    learnt: Actor | None = None
    acronym: str | None = None


def name_key(text: str) -> str:
    """Return the comparison key of a name: no leading "the", no possessive, casefolded."""
    words = _POSSESSIVE.sub("", " ".join(text.split())).split()
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]
    return " ".join(words).casefold()


def read_mention(mention: Mention, text: str, gazetteer: Gazetteer) -> Reading:
    """Read ``mention`` of an article whose text is ``text`` ("" when not known)."""
    form = _POSSESSIVE.sub("", " ".join(mention.text.split()))
    known = gazetteer.find(form) if any(c.isupper() for c in form) else None
    if known is not None and (mention.label != "PERSON" or known.kind == "organisation"):
        return _known(mention, text, known)
    if mention.label == "PERSON":
        return _person(mention, form, text, gazetteer)
    acronym = _ACRONYM_AFTER.match(text, mention.end) if text else None
    learnt = _organisation(mention, form, text, gazetteer) if mention.label == "ORG" else None
    return Reading(
        key=f"{mention.label}:{name_key(form)}",
        label=mention.label,
        form=form,
        learnt=learnt,
        acronym=acronym.group(1) if acronym else None,
    )


def _known(mention: Mention, text: str, known: Known) -> Reading:
    if known.kind in ("country", "demonym"):
        return Reading(f"country:{known.country}", "GPE", known.name, known)
    if known.kind == "organisation":
        return Reading(f"org:{name_key(known.name)}", "ORG", known.name, known)
    if mention.label == "ORG" or _acts(mention, text):
        government = Known("organisation", known.name, known.country, "GOV")
        return Reading(f"ORG:{name_key(known.name)}", "ORG", known.name, government)
    if mention.label not in _PLACE_LABELS:
        return Reading(f"{mention.label}:{name_key(known.name)}", mention.label, known.name)
    return Reading(f"GPE:{name_key(known.name)}", "GPE", known.name, known)


def _acts(mention: Mention, text: str) -> bool:
    """True when the words around a capital make it its government."""
    after = [w.casefold() for w in split_words(text[mention.end : mention.end + 40])][:2]
    before = split_words(text[max(0, mention.start - 20) : mention.start])[-1:]
    if before and before[0].casefold() in ACTS_BEFORE:
        return True
    if not after:
        return False
    if after[0] in ACTS_AFTER or after[0] in MODALS:
        return True
    return (
        after[0] in AUXILIARIES
        and len(after) > 1
        and (after[1] in ACTS_AFTER or after[1].endswith("ing"))
    )


def _person(mention: Mention, form: str, text: str, gazetteer: Gazetteer) -> Reading:
    name, inside = _strip_titles(form, gazetteer)
    learnt = inside or _title_before(mention, text, gazetteer)
    learnt = learnt or _title_after(mention, text, gazetteer)
    return Reading(f"PERSON:{name_key(name)}", "PERSON", name, learnt=learnt)


def _strip_titles(form: str, gazetteer: Gazetteer) -> tuple[str, Actor | None]:
    """Return the name without its leading title phrase, and what that phrase says."""
    words = word_starts(form)
    for cut in range(min(len(words) - 1, 6), 0, -1):
        phrase = read_words([w for w, _ in words[:cut]], gazetteer, whole=True)
        if phrase is None or not phrase.sector_words:
            continue
        role = phrase.sector_words[-1].role
        if role == "group" or (role == "style" and len(words) - cut < 2):
            continue
        return form[words[cut][1] :], phrase.actor
    if len(words) > 1 and gazetteer.sector_words.get(words[0][0].casefold()) is not None:
        word = gazetteer.sector_words[words[0][0].casefold()]
        if word.role == "honorific":
            return form[words[1][1] :], None
    return form, None


def _title_before(mention: Mention, text: str, gazetteer: Gazetteer) -> Actor | None:
    """What a title phrase right before the name says ("Israeli Prime Minister ___")."""
    words = split_words(text[max(0, mention.start - _WINDOW) : mention.start])
    if words and words[-1] == ",":
        words = words[:-1]
    for start in range(max(0, len(words) - 8), len(words)):
        phrase = read_words(words[start:], gazetteer, whole=True)
        if phrase is not None and _ends_in_title(phrase):
            return phrase.actor
    return None


def _title_after(mention: Mention, text: str, gazetteer: Gazetteer) -> Actor | None:
    """What an apposition right after the name says ("___, Israel's prime minister,")."""
    words = split_words(text[mention.end : mention.end + _WINDOW])
    if len(words) < 3 or words[0] != ",":
        return None
    end = next((i for i, w in enumerate(words[1:], 1) if not w[:1].isalnum()), None)
    if end is None:
        return None
    phrase = read_words(words[1:end], gazetteer, whole=True)
    return phrase.actor if phrase is not None and _ends_in_title(phrase) else None


def _ends_in_title(phrase: Phrase) -> bool:
    """True when a phrase ends in a person's title or style ("Prime Minister", "King")."""
    return bool(phrase.sector_words) and phrase.sector_words[-1].role in ("title", "style")


def _organisation(mention: Mention, form: str, text: str, gazetteer: Gazetteer) -> Actor | None:
    """What an organisation's own words and a country right before it say."""
    own = read_words(split_words(form), gazetteer, whole=False)
    country = own.actor.country if own is not None else None
    if country is None and text:
        country = _country_before(mention, text, gazetteer)
    sector = own.actor.sector if own is not None else None
    return Actor(country, sector) if country or sector else None


def _country_before(mention: Mention, text: str, gazetteer: Gazetteer) -> str | None:
    """The country of a possessive or a demonym right before a mention ("Iran's ___")."""
    words = split_words(text[max(0, mention.start - 60) : mention.start])
    for start in range(max(0, len(words) - gazetteer.longest_name), len(words)):
        found = match_name(words, start, gazetteer)
        if found is None or found[0] != len(words):
            continue
        known = found[1]
        if known.kind == "demonym" or _POSSESSIVE.search(words[-1]):
            return known.country
    return None
