"""Participants of a proposition, read from the parse: who does it, what it is done to or
about, where it happens, and the words that negate a participant ("[nobody] was hurt").

Each is a phrase: a word with what depends on it, less the asides set off by a comma. A
clause that names no subject takes the one it inherits (``inherited``): the controller of an
infinitive ("urged [the council] to approve"), the subject of a coordinated verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from triangulate.extract.spans import subtree_span
from triangulate.nlp.lexicons.attribution_cues import LEMMA_FIXES
from triangulate.nlp.lexicons.proposition_cues import (
    NEGATIVE_DETERMINERS,
    NEGATIVE_PRONOUNS,
    NOUN_OBJECT_PREPOSITIONS,
    OBJECT_PREPOSITIONS,
    PLACE_LABELS,
    PLACE_PREPOSITIONS,
)

VERBAL = frozenset({"VERB", "AUX"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_ACTORS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_ASIDES = frozenset({"relcl", "acl", "appos", "advcl"})
_TIMES = frozenset({"DATE", "TIME"})


def lemma_of(token: Token) -> str:
    """The lower-case lemma, with the parser's known slips fixed ("hopes" is not "hop")."""
    return LEMMA_FIXES.get(token.lower_, token.lemma_.lower())


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of ``verb``, also a passive's or an existential "there"."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def who_of(token: Token, inherited: Span | None) -> Span | None:
    """Who does what ``token`` says: its subject, a passive's agent, an act's possessor,
    else ``inherited`` (a passive without agent names nobody)."""
    if token.pos_ in NOMINAL:
        return noun_who(token) or inherited
    for child in token.children:
        if child.dep_ == "nsubj" and child.lower_ != "there":
            return phrase(child)
        if child.dep_ == "agent":
            target = _object(child)
            return phrase(target) if target is not None else None
    return None if is_passive(token) else inherited


def noun_who(noun: Token) -> Span | None:
    """Whose act a noun names: "[Israel's] strike", "an attack [by rebels]", "[Israeli]
    strikes"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return phrase(child)
        if child.dep_ == "prep" and child.lower_ == "by":
            target = _object(child)
            if target is not None:
                return phrase(target)
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and child.ent_type_ in _ACTORS and child.i < noun.i:
            return noun.doc[child.left_edge.i : child.i + 1]
    return None


def what_of(predicate: Token, light: Token | None, inherited: Span | None) -> Span | None:
    """What the predicate is done to or about: its object, a passive's subject (or the
    subject it inherits), a copula's complement, its clause, or its prepositional object
    ("responded [to] the strikes"); of an act's noun, its "on"/"against"/... phrase."""
    if predicate.pos_ in NOMINAL:
        return _noun_what(predicate, light)
    children = list(predicate.children)
    passive = is_passive(predicate)
    deps = ("nsubjpass", "dobj") if passive else ("dobj",)
    for dep in (*deps, "attr", "acomp", "oprd", "ccomp", "xcomp"):
        child = next((c for c in children if c.dep_ == dep), None)
        if child is not None:
            return phrase(child)
    if passive and inherited is not None:
        return inherited
    for child in children:
        if child.dep_ != "prep" or child.lower_ not in OBJECT_PREPOSITIONS:
            continue
        target = next((o for o in child.children if o.dep_ in ("pobj", "pcomp")), None)
        if target is None or target.ent_type_ in _TIMES:
            continue
        if child.lower_ in PLACE_PREPOSITIONS and target.ent_type_ in PLACE_LABELS:
            continue  # a place: where, not what
        return phrase(target)
    return None


def _noun_what(noun: Token, light: Token | None) -> Span | None:
    for preposition in NOUN_OBJECT_PREPOSITIONS:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == preposition:
                target = _object(child)
                if target is not None:
                    return phrase(target)
    verb = light
    if verb is None and noun.dep_ in ("dobj", "nsubjpass", "attr"):
        verb = noun.head
    for child in verb.children if verb is not None else ():
        if child.dep_ == "prep" and child.lower_ in ("on", "against"):  # "discussed strikes [on] X"
            target = _object(child)
            if target is not None:
                return phrase(target)
    return None


def where_of(chain: tuple[int, ...], doc: Doc) -> Span | None:
    """The place phrase nearest the predicate, on it or on the words that wrap it ("in
    [Gaza]", "near [the Rafah crossing]"): a place preposition whose object is a place."""
    for i in reversed(chain):
        for child in doc[i].children:
            if child.dep_ != "prep" or child.lower_ not in PLACE_PREPOSITIONS:
                continue
            target = _object(child)
            if target is not None and target.ent_type_ in PLACE_LABELS:
                return phrase(target)
    return None


def negative_words(span: Span | None) -> set[int]:
    """The word that negates a participant: "[Nobody] was hurt", "fired [no] missiles"."""
    if span is None:
        return set()
    root = span.root
    if root.lower_ in NEGATIVE_PRONOUNS:
        return {root.i}
    return {c.i for c in root.children if c.dep_ == "det" and c.lower_ in NEGATIVE_DETERMINERS}


def phrase(token: Token) -> Span:
    """``token`` with what depends on it, less the asides set off by a comma ("Trump[, who
    spoke on Monday,]")."""
    doc = token.doc
    cut: set[int] = set()
    for child in token.children:
        before = child.left_edge.i - 1
        while before > token.i and doc[before].is_space:
            before -= 1
        if child.dep_ in _ASIDES and child.i > token.i and doc[before].text == ",":
            cut.update(t.i for t in child.subtree)
    return trimmed(subtree_span(token, exclude=frozenset(cut)))


def trimmed(span: Span) -> Span:
    """``span`` without punctuation and spaces at its edges (quote marks, a closing stop)."""
    start, end = span.start, span.end
    doc = span.doc
    while end - start > 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end - start > 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def _object(preposition: Token) -> Token | None:
    return next((o for o in preposition.children if o.dep_ == "pobj"), None)
