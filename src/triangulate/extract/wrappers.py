"""Wrappers: the words that wrap a predicate in a modality or a negation, and the step from
each to the predicate it wraps.

A wrapper is a verb ("discussed [new strikes]", "agreed [to withdraw]", "urged the council
[to approve]", "denied [that it fired]"), an adjective after "be" ("is likely [to]"), a noun
("the possibility [of launching]", "a decision [to withdraw]") or a light verb, whose noun
is the act ("held [discussions]", "launched [an attack]"). Walking down from a clause's head,
:func:`lift` takes one step at a time and a :class:`Frame` gathers what the steps met: the
modality cues, the negations and who does the wrapped act. An event noun is stepped into from
a wrapper only when it is no known event ("discussed [new strikes]", not "discussed [the
attack]", which happened). Lexicons: ``nlp/lexicons/proposition_cues.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from triangulate.extract.participants import (
    NOMINAL,
    VERBAL,
    lemma_of,
    noun_who,
    phrase,
    subject_of,
    who_of,
)
from triangulate.nlp.lexicons.proposition_cues import (
    COMPLEMENT_PREPOSITIONS,
    DEFINITE_DETERMINERS,
    EVENT_NOUNS,
    INFINITIVE_VERBS,
    LIFTING_PREPOSITIONS,
    LIFTING_VERBS,
    LIGHT_VERBS,
    MODAL_ADVERBS,
    MODAL_AUXILIARIES,
    MODAL_NOUNS,
    NEGATING_PHRASAL,
    NEGATING_VERBS,
    NEGATIVE_DETERMINERS,
    PURPOSE_NOUNS,
    QUESTION_MARKS,
    REPORTED_FUTURE,
    WRAPPER_ADJECTIVES,
    WRAPPER_VERBS,
)

# the ways a wrapping verb takes its predicate
_INFINITIVE = frozenset({"xcomp"})
_NO_CLAUSE = frozenset({"xcomp", "noun"})
_ANY = frozenset({"xcomp", "ccomp", "noun"})


@dataclass(frozen=True, slots=True)
class Frame:
    """What a predicate inherits from the words above it."""

    subject: Span | None = None  # who, when its clause names nobody: "urged [him] to go"
    reported: bool = False  # under a past verb of saying: "would" is future
    modal: tuple[tuple[int, str], ...] = ()  # (token index, modality) of each cue
    negations: frozenset[int] = frozenset()  # token indices; an odd number: negative
    chain: tuple[int, ...] = ()  # the tokens walked through, outermost first


#: a step down: the wrapped predicate, the frame it inherits, the light verb it hangs on
Step = tuple[Token, Frame, Token | None]


def with_own_cues(token: Token, frame: Frame) -> Frame:
    """``frame`` with the cues that ``token`` carries (modal auxiliaries, adverbs of doubt,
    negations: "not", "never", "no agreement"), and ``token`` added to its chain."""
    modal = list(frame.modal)
    negations = set(frame.negations)
    for child in token.children:
        word, dep = child.lower_, child.dep_
        if dep in ("aux", "auxpass") and word in MODAL_AUXILIARIES and not _name(child):
            future = frame.reported and word in REPORTED_FUTURE
            modal.append((child.i, "future" if future else MODAL_AUXILIARIES[word]))
        elif dep == "advmod" and word in MODAL_ADVERBS:
            modal.append((child.i, "possible"))
        elif dep == "neg" or (dep == "det" and word in NEGATIVE_DETERMINERS):
            negations.add(child.i)
    return replace(
        frame, modal=tuple(modal), negations=frozenset(negations), chain=(*frame.chain, token.i)
    )


def lift(token: Token, frame: Frame, light: Token | None) -> Step | None:
    """The next step down from ``token`` (whose own cues ``frame`` holds), or None when
    ``token`` is the predicate. ``light`` is the light verb ``token`` hangs on, if any."""
    if token.pos_ in NOMINAL:
        return _lift_noun(token, frame, light)
    noun = _light_object(token)
    if noun is not None:
        return noun, replace(frame, subject=who_of(token, frame.subject)), token
    return _lift_verb(token, frame)


def own_modality(predicate: str) -> str | None:
    """The modality a predicate has of itself ("discuss": discussed), which counts when no
    other cue gives one."""
    return WRAPPER_VERBS.get(predicate)


def is_question(clause: Token) -> bool:
    """Whether a clause is a question: "would not say [whether] ..."."""
    return any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children)


def _name(word: Token) -> bool:
    """A capitalised word inside a sentence: "Will" the player, not the auxiliary."""
    return word.text[:1].isupper() and word.i != word.sent.start


def _light_object(verb: Token) -> Token | None:
    """The event noun that a light verb's act is: "held [talks]", "there was [an attack]"."""
    if any(c.dep_ == "expl" for c in verb.children):
        deps: tuple[str, ...] = ("attr",)
    elif lemma_of(verb) in LIGHT_VERBS:
        deps = ("dobj", "nsubjpass")
    else:
        return None
    for child in verb.children:
        if child.dep_ in deps and child.pos_ in NOMINAL and child.lemma_.lower() in EVENT_NOUNS:
            return child
    return None


def _lift_verb(verb: Token, frame: Frame) -> Step | None:
    lemma = lemma_of(verb)
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    negating = lemma in NEGATING_VERBS or (lemma, particle) in NEGATING_PHRASAL
    adjective = next(
        (c for c in verb.children if c.dep_ == "acomp" and c.lower_ in WRAPPER_ADJECTIVES), None
    )
    modality: str | None
    if negating:
        modality, ways = None, _ANY
    elif adjective is not None:
        target = _adjective_complement(verb, adjective)
        if target is None:
            return None
        modality = WRAPPER_ADJECTIVES[adjective.lower_]
        subject = who_of(verb, frame.subject)
        return target, _wrapped(frame, adjective, modality, False, subject), None
    elif lemma in WRAPPER_VERBS:
        modality, ways = WRAPPER_VERBS[lemma], _ANY
    elif lemma in LIFTING_VERBS and _has_preposition(verb, LIFTING_PREPOSITIONS.get(lemma)):
        modality, ways = LIFTING_VERBS[lemma], _NO_CLAUSE
    elif lemma in INFINITIVE_VERBS and not (lemma == "be" and _purpose(verb)):
        modality, ways = INFINITIVE_VERBS[lemma], _INFINITIVE
    else:
        return None
    found = _verb_complement(verb, ways, frame, modality)
    if found is None:
        return None
    target, subject = found
    return target, _wrapped(frame, verb, modality, negating, subject), None


def _has_preposition(verb: Token, needed: frozenset[str] | None) -> bool:
    if needed is None:
        return True
    return any(c.dep_ in ("prep", "prt") and c.lower_ in needed for c in verb.children)


def _purpose(be: Token) -> bool:
    """ "The aim is to ...", "it is important to ...": no "is to" of what is to happen."""
    subject = subject_of(be)
    return (
        subject is None
        or subject.lemma_.lower() in PURPOSE_NOUNS
        or any(c.dep_ in ("acomp", "attr") for c in be.children)
    )


def _adjective_complement(verb: Token, adjective: Token) -> Token | None:
    """ "is likely [to approve]", "it is possible [that ...]"."""
    for owner in (adjective, verb):
        for child in owner.children:
            if child.dep_ in ("xcomp", "ccomp") and child.pos_ in VERBAL and not is_question(child):
                return child
    return None


def _verb_complement(
    verb: Token, ways: frozenset[str], frame: Frame, modality: str | None
) -> tuple[Token, Span | None] | None:
    """The predicate a wrapping verb takes, and who does it: its infinitive ("agreed [to
    go]"), its clause ("demanded [that ...]"), an event noun as its object ("discussed [new
    strikes]") or its prepositional object ("called for [talks]", "refrained from
    [striking]"). Who is called for is not the caller."""
    children = list(verb.children)
    for child in children:
        if child.dep_ == "xcomp" and child.pos_ in VERBAL:
            return child, _controller(verb, child, frame)
    if "ccomp" in ways:
        for child in children:
            if child.dep_ == "ccomp" and child.pos_ in VERBAL and not is_question(child):
                return child, None
    if "noun" not in ways:
        return None
    doer = who_of(verb, frame.subject)
    subject = None if modality == "demanded" else doer
    for child in children:
        if child.dep_ in ("dobj", "nsubjpass") and _noun_target(child):
            return child, subject
    for child in children:
        if child.dep_ == "prep" and child.lower_ in COMPLEMENT_PREPOSITIONS:
            target = _prepositional_target(child)
            if target is not None:
                return target, subject if target.pos_ in NOMINAL else doer
    return None


def _controller(verb: Token, infinitive: Token, frame: Frame) -> Span | None:
    """Who does what an infinitive says: the object before it ("urged [the council] to"),
    "called on [Israel] to", a passive's subject ("[the envoy] is expected to"), else the
    subject."""
    for child in verb.children:
        if child.i > infinitive.i:
            continue
        if child.dep_ == "dobj" and child.pos_ in NOMINAL:
            return phrase(child)
        if child.dep_ == "prep" and child.lower_ == "on":
            target = next((o for o in child.children if o.dep_ == "pobj"), None)
            if target is not None:
                return phrase(target)
    passive_subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive_subject is not None:
        return phrase(passive_subject)
    return who_of(verb, frame.subject)


def _lift_noun(noun: Token, frame: Frame, light: Token | None) -> Step | None:
    """From a noun that wraps a predicate to it: "talks [on a ceasefire]", "a decision [to
    withdraw]", "the possibility [of launching]"."""
    lemma = noun.lemma_.lower()
    verb = EVENT_NOUNS.get(lemma)
    modality = MODAL_NOUNS.get(lemma) or _wrapper_modality(verb)
    negating = verb in NEGATING_VERBS
    if modality is None and not negating:
        return None
    target = _noun_complement(noun, light)
    if target is None:
        return None
    subject = noun_who(noun)
    if subject is None and modality != "demanded":
        subject = frame.subject
    return target, _wrapped(frame, noun, modality, negating, subject), None


def _wrapper_modality(verb: str | None) -> str | None:
    if verb is None:
        return None
    return WRAPPER_VERBS.get(verb) or LIFTING_VERBS.get(verb)


def _noun_complement(noun: Token, light: Token | None = None) -> Token | None:
    """What a wrapping noun wraps: its infinitive or "that" clause, its prepositional object
    or the light verb's ("held talks with Trump [on] ...", "reached a deal [to end] ...")."""
    for child in noun.children:
        if child.dep_ == "acl" and child.pos_ in VERBAL:
            marks = {c.lower_ for c in child.children if c.dep_ in ("aux", "mark")}
            if marks & {"to", "that"}:
                return child
    for owner in (noun,) if light is None else (noun, light):
        for child in owner.children:
            if child.dep_ == "prep" and child.lower_ in COMPLEMENT_PREPOSITIONS:
                target = _prepositional_target(child)
                if target is not None:
                    return target
    if light is not None and _wrapper_modality(EVENT_NOUNS.get(noun.lemma_.lower())):
        for child in light.children:
            if child.dep_ == "advcl" and any(c.lower_ == "to" for c in child.children):
                return child
    return None


def _prepositional_target(preposition: Token) -> Token | None:
    for child in preposition.children:
        if child.dep_ == "pcomp" and child.pos_ in VERBAL:
            return child
        if child.dep_ == "pobj" and _noun_target(child):
            return child
    return None


def _noun_target(noun: Token) -> bool:
    """Whether a wrapper's noun is a predicate to step into: a wrapping noun with what it
    wraps ("the possibility of ..."), or an event noun that is no known event ("new strikes",
    not "the attack")."""
    if noun.pos_ not in NOMINAL:
        return False
    lemma = noun.lemma_.lower()
    verb = EVENT_NOUNS.get(lemma)
    wraps = lemma in MODAL_NOUNS or _wrapper_modality(verb) is not None or verb in NEGATING_VERBS
    if wraps and _noun_complement(noun) is not None:
        return True
    return verb is not None and not _definite(noun)


def _definite(noun: Token) -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or c.dep_ == "poss"
        for c in noun.children
    )


def _wrapped(
    frame: Frame, cue: Token, modality: str | None, negating: bool, subject: Span | None
) -> Frame:
    modal = (*frame.modal, (cue.i, modality)) if modality is not None else frame.modal
    negations = frame.negations | {cue.i} if negating else frame.negations
    return replace(frame, modal=modal, negations=negations, subject=subject)
