"""Who an attribution's source is: the subject a cue takes (through participles, relative
clauses and passives), the span of a source, the speaker it names and the outlets that relay
it. Speakers are the named entity a source names; a pronoun is the last person named before
it, a relative pronoun the noun it refers to, a description ("the minister") the last person
named before with that title. Docs: ``docs/attribution.md``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from triangulate.extract.citations import canonical_outlet
from triangulate.extract.sources import SourceType, type_source
from triangulate.extract.spans import entities_within, subtree_span
from triangulate.nlp.lexicons.attribution_cues import CUE_VERBS, LEMMA_FIXES
from triangulate.nlp.lexicons.reporting_verbs import REPORTING_VERBS

_PRONOUNS = frozenset({"he", "she", "him", "her"})
_SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP")
_INHERITING = frozenset({"advcl", "xcomp", "conj", "acl"})


def identify(source: Span) -> tuple[str | None, SourceType]:
    """The speaker a source names and what kind of source it is. An unnamed source has no
    speaker ("a US official" is not "US"); a description resolved to a person is that person."""
    entities = source.doc.ents  # built once: the doc rebuilds them on every access
    described = _described(source, entities)
    if described is not None:
        return described, SourceType("person", 1)
    typed = type_source(_described_span(source), entities=entities)
    if typed.kind in ("anonymous", "vague"):
        return None, typed
    speaker = _speaker(source, entities)
    if speaker is None and typed.kind == "outlet":
        speaker = canonical_outlet(source.text)
    return speaker, typed


def _described_span(source: Span) -> Span:
    """The span to type: a relative pronoun's antecedent ("Sanders, who said")."""
    if len(source) == 1 and source[0].tag_ in ("WP", "WDT"):
        noun = _antecedent(source[0].head)
        if noun is not None:
            return source_span(noun)
    return source


def subject_of(verb: Token) -> Span | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ != "there"]
    if subjects:  # the nearest: '"My apologies, I'm sorry," [Quick] said'
        return source_span(min(subjects, key=lambda c: abs(c.i - verb.i)))
    agent = agent_of(verb)
    if agent is not None:
        return agent
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and verb.lemma_.lower() in REPORTING_VERBS:
        return subject_of(head.head)  # "said [he had not ...] and said ...": a second saying
    if verb.dep_ in _INHERITING and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        controller = _object_controlling(verb)
        if controller is not None:
            return controller
        subject = subject_of(verb.head)  # "..., saying ...", "declined to comment and said ..."
        # "it's hard [to know]", "It doesn't take a mathematician [to see]"
        return _not_it(subject) if verb.dep_ == "xcomp" else subject
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "countered by suggesting ..."
        head = verb.head.head
        while head.dep_ in ("dobj", "pobj", "prep") and head.head.i != head.i:
            head = head.head  # "floated the notion of admitting ..."
        if head.pos_ in ("VERB", "AUX"):
            return subject_of(head)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ == "relcl" and infinitive and _object_of_verb(verb.head):
        return subject_of(verb.head.head)  # "adopted an attack [to exploit] ..."
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.doc[verb.head.left_edge.i : verb.head.i + 1]
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        noun = verb.head
        if _object_of_verb(noun):
            # "Gowdy released a statement [saying] ...", "took turns [rebutting]"
            return subject_of(noun.head)
        return verb.doc[noun.left_edge.i : noun.i + 1]  # "groups [backing] Cruz"
    if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":  # "was eager to show"
        return _not_it(subject_of(verb.head.head))
    previous = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        previous is not None
        and previous.head == verb
        and previous.pos_ in ("PROPN", "ADV")
        and (previous.text[:1].isupper())
    ):
        return verb.doc[previous.i : previous.i + 1]
    counted = [c for c in verb.children if c.i < verb.i and c.dep_ == "nummod"]
    if counted:  # "[About 4 in 10] say ...": the parser made the count a modifier
        return subtree_span(counted[-1])
    return None


def _not_it(subject: Span | None) -> Span | None:
    """An infinitive's inherited subject, unless it is an empty "it" ("it is unclear [to
    whom]")."""
    return None if subject is not None and subject.text.lower() == "it" else subject


def _object_controlling(verb: Token) -> Span | None:
    """The object that an infinitive's act belongs to: "led [some] to speculate", "allowed
    [him] to reassure"."""
    if verb.dep_ != "xcomp" or not any(c.lower_ == "to" for c in verb.children):
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or obj.lower_ in ("it", "what", "that") or obj.pos_ not in _NOMINAL:
        return None
    span = source_span(obj)
    kind = type_source(span).kind
    if kind in ("other", "document") or (kind == "vague" and obj.tag_ == "NN"):
        return None  # "used [a crude word] to describe": a means, not an actor
    return span


_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def _object_of_verb(noun: Token) -> bool:
    """Whether a noun is the object of a verb, and no name: "took [turns]", "made [an
    attempt]"."""
    return noun.dep_ == "dobj" and not noun.ent_type_ and noun.head.pos_ == "VERB"


def agent_of(verb: Token) -> Span | None:
    """The "by" phrase of a passive cue: "was first reported by [MSNBC]"."""
    for child in verb.children:
        if child.dep_ == "agent":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            return subtree_span(obj) if obj is not None else None
    return None


def _antecedent(verb: Token) -> Token | None:
    """The noun a relative clause's verb is about: "[Sanders], who endorsed him and said"."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.head if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") else None


def source_span(token: Token) -> Span:
    """A source with what describes it, but without what is set off after it and tells of
    another act: a relative clause with a cue of its own ("Crawford[, who recalled ...]") or
    a participle ("an official[, speaking on condition of anonymity]"), and without a quote
    mark the parser hung on it ('...,[”] Shook said')."""
    span = subtree_span(token)
    doc = token.doc
    start, end = span.start, span.end
    while start < token.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if token.i < token.head.i < end:
        end = token.head.i  # '[he] boasts ...: the Iraq war': a misparse hung a list on him
    while end - 1 > token.i and doc[end - 1].is_punct:
        end -= 1
    start = in_paragraph(doc[start:end]).start
    for child in token.children:
        aside = child.left_edge.i
        cue = LEMMA_FIXES.get(child.lower_, child.lemma_.lower()) in CUE_VERBS
        if (
            ((child.dep_ == "relcl" and cue) or (child.dep_ == "acl" and child.tag_ == "VBG"))
            and aside > token.i
            and doc[aside - 1].text == ","
        ):
            return doc[start : aside - 1]
    return doc[start:end]


def in_paragraph(source: Span) -> Span:
    """A source as it stands in its own paragraph, without the lines or the dash before it:
    '10:20 p.m. [paragraph] Ted Cruz', '-Nate Cohn'."""
    doc, head = source.doc, source.root.i
    start, end = source.start, source.end
    breaks = [t.i for t in doc[start:head] if "\n" in t.text]
    if breaks:
        start = breaks[-1] + 1
    while start < head and (doc[start].is_space or doc[start].text in ("-", "—", "–", ",")):
        start += 1
    while end - 1 > head and doc[end - 1].is_space:
        end -= 1
    return doc[start:end]


def relays(verb: Token, outlets: set[str]) -> tuple[str, ...]:
    """Outlets that carry the statement: "told Axios", "confirmed to Axios", "according to"."""
    relays = []
    for child in verb.children:
        objects = [child] if child.dep_ in ("dobj", "dative") else []
        if child.dep_ == "prep" and child.lower_ == "to":
            objects = [o for o in child.children if o.dep_ == "pobj"]
        for obj in objects:
            name = canonical_outlet(subtree_span(obj).text)
            if name.casefold() in outlets:
                relays.append(name)
    for token in verb.sent:
        if token.lower_ == "according" and token.i + 1 < len(verb.doc):
            for obj in verb.doc[token.i + 1].children:
                name = canonical_outlet(subtree_span(obj).text)
                if obj.dep_ == "pobj" and name.casefold() in outlets:
                    relays.append(name)
    return tuple(dict.fromkeys(relays))


def _speaker(source: Span, entities: Sequence[Span]) -> str | None:
    """Name the speaker: the longest entity in the source span, or a pronoun's antecedent."""
    named = [e for e in entities_within(entities, source) if e.label_ in _SPEAKER_LABELS]
    if named:
        best = max(named, key=lambda e: (e.label_ == "PERSON", len(e)))
        return _full_name(best, entities)
    if len(source) == 1 and source[0].tag_ in ("WP", "WDT"):  # "Sanders, who said ..."
        noun = _antecedent(source[0].head)
        return _speaker(source_span(noun), entities) if noun is not None else None
    if len(source) == 1 and source[0].lower_ in _PRONOUNS:
        previous = [e for e in entities if e.label_ == "PERSON" and e.end <= source.start]
        return _full_name(previous[-1], entities) if previous else None
    head = source.root
    if head.pos_ == "PROPN":
        return canonical_outlet(source.text)
    return None


def _described(source: Span, entities: Sequence[Span]) -> str | None:
    """ "the minister", "Iran's foreign minister": the last person named before with that
    title ("Foreign Minister Abbas Araghchi") or described so ("Araghchi, the minister")."""
    head = source.root
    definite = any(c.lower_ == "the" or c.dep_ == "poss" for c in head.children)
    if head.pos_ != "NOUN" or not definite or head.tag_ == "NNS":
        return None
    if any(e.label_ == "PERSON" for e in entities_within(entities, source)):
        return None
    doc, title = source.doc, head.lemma_.lower()
    people = [e for e in entities if e.label_ == "PERSON" and e.end <= source.start]
    for entity in reversed(people):
        before = doc[max(entity.start - 4, entity.sent.start) : entity.start]
        described = [t for t in entity.root.children if t.dep_ == "appos"]
        words = [*before, *(w for t in described for w in t.subtree)]
        if any(w.lemma_.lower() == title for w in words):
            return _full_name(entity, entities)
    return None


def _full_name(entity: Span, entities: Sequence[Span]) -> str:
    """Return the longest earlier PERSON mention ending with the same surname."""
    if entity.label_ != "PERSON":
        return canonical_outlet(entity.text)
    surname = entity[-1].text
    for other in entities:
        if other.label_ == "PERSON" and other[-1].text == surname and len(other) > len(entity):
            return other.text
    return entity.text
