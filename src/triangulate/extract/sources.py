"""The kind of source an attribution names, with its count and affiliation.

A source is a person ("Trump", "he"), a state ("Iran", "Tehran"), an institution ("the White
House", "the ministry"), an outlet ("Axios"), a group ("Democrats", "they"), an unnamed but
specific source ("a US official", "two other sources familiar with the details"), a vague one
("critics", "observers", "reports say") or a document ("the memo", "a new poll"). Named
sources are typed by the parser's entity label and the outlet list; unnamed ones by their head
noun (lexicons in ``nlp/lexicons/source_words.py``). Unnamed sources are counted ("two other
sources" is 2; "a US official and two other sources" is 3) and their affiliation is the
entity or institution word that qualifies them ("a [US] official", "a senior [administration]
official", "an official [at the Pentagon]").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from triangulate.extract.citations import canonical_outlet
from triangulate.extract.spans import entities_within
from triangulate.nlp.lexicons.outlets import OUTLETS
from triangulate.nlp.lexicons.source_words import (
    AFFILIATION_WORDS,
    ANONYMOUS_NOUNS,
    DOCUMENT_NOUNS,
    GROUP_PRONOUNS,
    NUMBER_WORDS,
    PERSON_PRONOUNS,
    VAGUE_NOUNS,
)

_OUTLETS = frozenset(name.casefold() for name in OUTLETS)
_ENTITY_KINDS = {"PERSON": "person", "GPE": "state", "ORG": "institution", "FAC": "institution"}
_ENTITY_KINDS |= {"NORP": "group"}
_AFFILIATED_BY = frozenset({"at", "from", "in", "with", "of", "inside", "within"})


@dataclass(frozen=True, slots=True)
class SourceType:
    """What a source is: ``kind`` (person | state | institution | outlet | group | anonymous |
    vague | document | other), how many it counts when unnamed, and whom it speaks for."""

    kind: str
    count: int | None = None
    affiliation: str | None = None


def type_source(
    source: Span, outlets: frozenset[str] = frozenset(), entities: Sequence[Span] | None = None
) -> SourceType:
    """Type ``source``; ``outlets`` are outlet names (casefolded) the article cites,
    ``entities`` the doc's entities when the caller has them already."""
    head = source.root
    within = entities_within(source.doc.ents if entities is None else entities, source)
    found = _type(head, source, outlets, within)
    if found.kind != "anonymous":
        return found
    count = found.count
    for part in head.conjuncts:
        other = _type(part, source, outlets, within)
        if other.kind != "anonymous":
            return found
        count = None if count is None or other.count is None else count + other.count
    return SourceType("anonymous", count, found.affiliation)


def _type(head: Token, source: Span, outlets: frozenset[str], within: list[Span]) -> SourceType:
    word = head.lower_
    if word in PERSON_PRONOUNS:
        return SourceType("person", 1)
    if word in GROUP_PRONOUNS:
        return SourceType("group")
    entity = next((e for e in within if e.start <= head.i < e.end), None)
    name = canonical_outlet(entity.text if entity is not None else source.text).casefold()
    if name in _OUTLETS or name in outlets:
        return SourceType("outlet", 1)
    if entity is not None:
        kind = _ENTITY_KINDS.get(entity.label_)
        if kind is not None:
            return SourceType(kind, 1 if kind == "person" else None)
    lemma = head.lemma_.lower()
    plural = head.tag_ in ("NNS", "NNPS")
    determined = any(c.dep_ in ("det", "nummod", "poss") for c in head.children)
    if lemma in DOCUMENT_NOUNS:
        return SourceType("vague" if plural and not determined else "document")
    if lemma in ANONYMOUS_NOUNS:
        return SourceType("anonymous", _count(head, plural), _affiliation(head))
    if lemma in VAGUE_NOUNS or word in VAGUE_NOUNS:
        return SourceType("vague")
    if head.pos_ == "PROPN":
        return SourceType("institution")
    return SourceType("other")


def _count(head: Token, plural: bool) -> int | None:
    """ "[two] other sources" is 2, "[a] US official" 1, "officials" unknown."""
    for child in head.children:
        if child.dep_ in ("nummod", "det") or child.like_num:
            word = child.lower_
            if word.isdigit():
                return int(word)
            if word in NUMBER_WORDS:
                return NUMBER_WORDS[word]
    return None if plural else 1


def _affiliation(head: Token) -> str | None:
    """The entity or institution word that qualifies an unnamed source."""
    doc = head.doc
    for child in head.children:
        if child.i < head.i and child.dep_ in ("compound", "amod", "nmod", "poss"):
            if child.ent_type_ in ("GPE", "NORP", "ORG"):
                entity = next(e for e in doc.ents if e.start <= child.i < e.end)
                return entity.text
            if child.lemma_.lower() in AFFILIATION_WORDS:
                return child.text
    for child in head.children:
        if child.i > head.i and child.dep_ == "prep" and child.lower_ in _AFFILIATED_BY:
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                if obj.ent_type_ in ("GPE", "NORP", "ORG"):
                    entity = next(e for e in doc.ents if e.start <= obj.i < e.end)
                    return entity.text
                if obj.lemma_.lower() in AFFILIATION_WORDS:
                    return doc[obj.left_edge.i : obj.i + 1].text
    return None
