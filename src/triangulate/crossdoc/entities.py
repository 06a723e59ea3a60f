"""Entities of a story (``entities.v2``): mentions joined into the real-world things they name.

Each mention is first read on its own (:mod:`triangulate.crossdoc.readings`): countries and
their demonyms, organisations of the actor data, seats of government and capitals are
resolved by the data; titles are cut from people's names. Mentions with one reading form a
group; then, with dictionary lookups only (linear in the mentions):

- a lone surname ("Vanek") joins the only full name of the story ending with it, or, when
  the story has none, the only one of the whole run;
- a one-word ORG or NORP mention that NER also labels PERSON somewhere in the run
  ("Trump" tagged ORG) joins a person the same way: a small model's label slips;
- an acronym ("IAEA", all capitals) joins the full name it abbreviates: the one defined by
  "(IAEA)" after it, else the only multi-word name of the story, then of the run, whose
  capitalised words' initials it is.

What a run teaches (full names, acronyms, and the country and sector learnt from titles
and modifiers, by majority; a tie teaches nothing) is collected once by
:func:`learn_names`, so every story of a report resolves the same way and an entity keeps
its id across stories: ids hash ``country:IRN``, ``org:<name>`` or ``<LABEL>:<full name>``.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from triangulate.actors.gazetteer import load_gazetteer
from triangulate.crossdoc.readings import Reading, read_mention
from triangulate.crossdoc.readings import name_key as name_key  # re-exported: events, report
from triangulate.models import Entity, Mention

METHOD = "entities.v2"
_SLIP_LABELS = frozenset({"ORG", "NORP"})  # labels a small model gives a person's surname
_TYPES = {"country": "GPE", "org": "ORG"}  # entity type of the data's keys
_POSSESSIVE = re.compile(r"[’']s$")

_Group = list[tuple[Mention, Reading]]


@dataclass(frozen=True, slots=True)
class KnownNames:
    """What the mentions of a run teach about names, used by each of its stories."""

    surnames: Mapping[str, frozenset[str]] = field(default_factory=dict)
    person_words: frozenset[str] = frozenset()
    defined: Mapping[str, frozenset[str]] = field(default_factory=dict)
    initials: Mapping[str, frozenset[str]] = field(default_factory=dict)
    names: Mapping[str, str] = field(default_factory=dict)
    countries: Mapping[str, str] = field(default_factory=dict)
    sectors: Mapping[str, str] = field(default_factory=dict)
    readings: Mapping[Mention, Reading] = field(default_factory=dict)  # each mention, read once


def learn_names(mentions: Iterable[Mention], texts: Mapping[str, str] | None = None) -> KnownNames:
    """Collect what the mentions of a run (every story) teach: full names by surname, words
    NER labels PERSON, acronyms, and each entity's country and sector learnt from context.

    ``texts`` maps article ids to article texts; without it nothing is read around mentions.
    """
    readings = _read(mentions, texts)
    index = _index(readings, KnownNames())
    groups = _group(readings, index)
    countries: dict[str, str] = {}
    sectors: dict[str, str] = {}
    for key, members in groups.items():
        learnt = [r.learnt for _, r in members if r.learnt is not None]
        if (country := _majority(a.country for a in learnt)) is not None:
            countries[key] = country
        if (sector := _majority(a.sector for a in learnt)) is not None:
            sectors[key] = sector
    names = {key: _name(members) for key, members in groups.items()}
    return KnownNames(
        surnames=index.surnames,
        person_words=index.person_words,
        defined=index.defined,
        initials=index.initials,
        names=names,
        countries=countries,
        sectors=sectors,
        readings=dict(readings),
    )


def resolve_entities(
    mentions: Iterable[Mention],
    texts: Mapping[str, str] | None = None,
    *,
    known: KnownNames | None = None,
) -> list[Entity]:
    """Group ``mentions`` (of one story) into entities, most mentioned first.

    ``known`` is what the whole run teaches (:func:`learn_names`); without it, what these
    mentions teach is used.
    """
    mentions = list(mentions)
    run = known if known is not None else learn_names(mentions, texts)
    readings = _read(mentions, texts, run.readings)
    groups = _group(readings, _index(readings, run))
    entities = [_entity(key, members, run) for key, members in groups.items() if members]
    return sorted(entities, key=lambda e: (-len(e.mentions), e.name.casefold()))


def _read(
    mentions: Iterable[Mention],
    texts: Mapping[str, str] | None,
    read: Mapping[Mention, Reading] | None = None,
) -> _Group:
    """Each mention with its reading (taken from ``read`` when it was read already)."""
    gazetteer = load_gazetteer()
    texts, read = texts or {}, read or {}
    return [
        (m, read.get(m) or read_mention(m, texts.get(m.article_id, ""), gazetteer))
        for m in mentions
    ]


@dataclass(frozen=True, slots=True)
class _Index:
    """The full names and acronyms of one story, with those of the run behind them."""

    surnames: dict[str, frozenset[str]]
    person_words: frozenset[str]
    defined: dict[str, frozenset[str]]
    initials: dict[str, frozenset[str]]
    run: KnownNames


def _index(readings: _Group, run: KnownNames) -> _Index:
    surnames: dict[str, set[str]] = {}
    defined: dict[str, set[str]] = {}
    initials: dict[str, set[str]] = {}
    person_words = set()
    for _, r in readings:
        words = r.key.partition(":")[2].split()
        if r.label == "PERSON" and r.known is None:
            if len(words) > 1:
                surnames.setdefault(words[-1], set()).add(r.key)
            else:
                person_words.add(r.key.partition(":")[2])
        if r.acronym is not None and len(words) > 1:
            defined.setdefault(r.acronym.casefold(), set()).add(r.key)
        abbreviation = _initials(r.form) if r.label != "PERSON" and r.known is None else ""
        if abbreviation:
            initials.setdefault(abbreviation, set()).add(r.key)
    return _Index(
        surnames={k: frozenset(v) for k, v in surnames.items()},
        person_words=frozenset(person_words) | run.person_words,
        defined={k: frozenset(v) for k, v in defined.items()},
        initials={k: frozenset(v) for k, v in initials.items()},
        run=run,
    )


def _initials(form: str) -> str:
    """The initials of a name's capitalised words ("International Atomic Energy Agency")."""
    capitalised = [w for w in form.split() if w[:1].isupper() and w.casefold() != "the"]
    return "".join(w[0] for w in capitalised).casefold() if len(capitalised) > 1 else ""


def _group(readings: _Group, index: _Index) -> dict[str, _Group]:
    groups: dict[str, _Group] = {}
    for mention, reading in readings:
        groups.setdefault(reading.key, []).append((mention, reading))
    for key in list(groups):
        owner = _owner(key, groups[key], index)
        if owner is not None and owner != key:
            groups.setdefault(owner, []).extend(groups.pop(key))
    return groups


def _owner(key: str, members: _Group, index: _Index) -> str | None:
    """The key of the group a one-word group belongs to, or None."""
    label, _, words = key.partition(":")
    if " " in words or members[0][1].known is not None:
        return None
    if label == "PERSON" or (label in _SLIP_LABELS and words in index.person_words):
        return _unique(index.surnames.get(words), index.run.surnames.get(words))
    if any(r.form.isalpha() and r.form.isupper() and 1 < len(r.form) < 9 for _, r in members):
        return _unique(
            index.defined.get(words),
            index.run.defined.get(words),
            index.initials.get(words),
            index.run.initials.get(words),
        )
    return None


def _unique(*candidates: frozenset[str] | None) -> str | None:
    """The only key of the first non-empty candidate set, or None when it holds several."""
    for keys in candidates:
        if keys:
            return next(iter(keys)) if len(keys) == 1 else None
    return None


def _majority(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v is not None).most_common(2)
    if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def _name(members: _Group) -> str:
    """The data's name, else the form with most words, then the most frequent."""
    known = next((r.known for _, r in members if r.known is not None), None)
    if known is not None:
        return known.name
    forms = Counter(r.form for _, r in members)
    return max(forms, key=lambda form: (len(form.split()), forms[form], form))


def _entity(key: str, members: _Group, run: KnownNames) -> Entity:
    kind, _, words = key.partition(":")
    known = next((r.known for _, r in members if r.known is not None), None)
    name = _name(members)
    if known is None and name_key(name) != words:
        name = run.names.get(key, name)  # a lone surname or acronym named by the run's full name
    forms = {_POSSESSIVE.sub("", m.text) for m, _ in members}
    digest = hashlib.sha256(key.encode()).hexdigest()[:10]
    return Entity(
        entity_id=f"e{digest}",
        name=name,
        type=_TYPES.get(kind, kind),
        aliases=tuple(sorted(f for f in forms if f != name)),
        mentions=tuple(m for m, _ in members),
        country=known.country if known is not None else run.countries.get(key),
        sector=known.sector if known is not None else run.sectors.get(key),
    )
