"""Story-level entities (first version): mentions grouped by type and normalised name.

Within one story, "the Daily Ledger" and "Daily Ledger's" are one ORG, and a lone surname
("Vanek") joins the only PERSON of the story whose full name ends with it ("Marta Vanek").
The most frequent full form names the entity; the other surface forms are its aliases.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable

from triangulate.models import Entity, Mention

METHOD = "entities.surface.v1"
_POSSESSIVE = re.compile(r"[’']s$")


def resolve_entities(mentions: Iterable[Mention]) -> list[Entity]:
    """Group ``mentions`` (of one story) into entities, most mentioned first."""
    groups: dict[tuple[str, str], list[Mention]] = {}
    for mention in mentions:
        groups.setdefault((mention.label, name_key(mention.text)), []).append(mention)
    _merge_surnames(groups)
    entities = [_entity(label, members) for (label, _), members in groups.items() if members]
    return sorted(entities, key=lambda e: (-len(e.mentions), e.name.casefold()))


def name_key(text: str) -> str:
    """Return the comparison key of a name: no leading "the", no possessive, casefolded."""
    words = _POSSESSIVE.sub("", " ".join(text.split())).split()
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]
    return " ".join(words).casefold()


def _merge_surnames(groups: dict[tuple[str, str], list[Mention]]) -> None:
    by_surname: dict[str, list[str]] = {}
    for label, key in groups:
        if label == "PERSON" and " " in key:
            by_surname.setdefault(key.rsplit(" ", 1)[-1], []).append(key)
    for label, key in list(groups):
        if label != "PERSON" or " " in key:
            continue
        owners = by_surname.get(key, [])
        if len(owners) == 1:
            groups[("PERSON", owners[0])].extend(groups.pop((label, key)))


def _entity(label: str, members: list[Mention]) -> Entity:
    forms = Counter(_POSSESSIVE.sub("", m.text) for m in members)
    name = max(forms, key=lambda form: (len(form.split()), forms[form], form))
    digest = hashlib.sha256(f"{label}:{name_key(name)}".encode()).hexdigest()[:10]
    return Entity(
        entity_id=f"e{digest}",
        name=name,
        type=label,
        aliases=tuple(sorted(f for f in forms if f != name)),
        mentions=tuple(members),
    )
