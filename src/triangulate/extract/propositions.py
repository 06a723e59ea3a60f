"""Propositions: what each clause states, as who / predicate / what / where, with its
polarity and modality and the attribution it sits in.

Each sentence with a verb gives the proposition of its main clause, and one more for each
verb coordinated with it ("Israel struck the port and Iran fired back"); a sentence without
a verb gives none. From the clause's head the extractor walks down:

* through a verb of saying to what it says ("an official said [Trump might support X]"):
  the attributions of :mod:`.attribution` tell which verbs are cues and where their content
  lies; a question ("would not say [whether] ...") is not walked into, and "would" under a
  past verb of saying is the past's future;
* through the words that wrap a predicate in a modality or a negation, and from a light
  verb to its noun (:mod:`.wrappers`): "held discussions [with Trump] on the possibility of
  launching a strike" is a strike, discussed; "launched an attack" is an attack.

The modality is the weakest of the cues met (``MODALITIES`` in
``nlp/lexicons/proposition_cues.py``); with none, the predicate's own ("discuss":
discussed), else "asserted". The polarity is negative for an odd number of negations ("not",
"never", "no agreement", "nobody", "denied that", "failed to", "ruled out"). Who, what and
where come from :mod:`.participants`.

The evidence span (``start``/``end``) is the clause: for reported speech the content's, so
that the time expressions inside it are the proposition's own; for a coordinated verb its
own words. The attribution is the innermost quote whose content holds the predicate, unless
its source is the proposition's own actor ("Israel is considering strikes, officials said":
the officials); its ``via`` holds the outer sources.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from triangulate.extract.participants import (
    NOMINAL,
    VERBAL,
    lemma_of,
    negative_words,
    phrase,
    subject_of,
    trimmed,
    what_of,
    where_of,
    who_of,
)
from triangulate.extract.wrappers import Frame, is_question, lift, own_modality, with_own_cues
from triangulate.models import Article, Proposition, Quote
from triangulate.nlp.lexicons.proposition_cues import (
    EVENT_NOUNS,
    MODALITIES,
    PREPOSITIONAL_WRAPPERS,
)

EXTRACTOR = "propositions.v1"
_RANK = {modality: rank for rank, modality in enumerate(MODALITIES)}
_MAX_DEPTH = 12


class _Context(NamedTuple):
    article: Article
    quotes: list[Quote]  # innermost (shortest content) first
    cues: dict[int, list[Quote]]  # token index -> the quotes whose cue holds it


def extract_propositions(doc: Doc, article: Article, quotes: Sequence[Quote]) -> list[Proposition]:
    """Return the propositions of ``doc``, in text order; ``quotes`` are its attributions."""
    context = _Context(article, sorted(quotes, key=lambda q: q.end - q.start), _cues(doc, quotes))
    found: list[Proposition] = []
    for sent in doc.sents:
        if sent.root.pos_ in VERBAL:
            found.extend(_clause(sent.root, Frame(), context, 0))
    return sorted(found, key=lambda p: (p.start, p.predicate_start))


def _cues(doc: Doc, quotes: Iterable[Quote]) -> dict[int, list[Quote]]:
    cues: dict[int, list[Quote]] = {}
    for quote in quotes:
        cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
        for token in cue if cue is not None else ():
            cues.setdefault(token.i, []).append(quote)
    return cues


def _clause(
    head: Token,
    frame: Frame,
    context: _Context,
    depth: int,
    stop: frozenset[int] | None = None,
) -> list[Proposition]:
    """The propositions of the clause headed by ``head`` and of the verbs coordinated with it.

    ``stop`` is given for a coordinated verb: the words of its fellow conjuncts, which its
    clause leaves out (the first conjunct handles them all).
    """
    if depth > _MAX_DEPTH:
        return []
    walked = with_own_cues(head, frame)
    step = lift(head, walked, None)
    content = _said(head, context) if step is None else None
    if content is not None:
        reported = head.tag_ in ("VBD", "VBN")
        inner = Frame(reported=reported, modal=frame.modal, negations=frame.negations)
        found = _clause(content, inner, context, depth + 1)
        if stop is None:
            pairs = [(c, _for_conjunct(frame, head, c)) for c in _later_conjuncts(head)]
            found += _coordinated(pairs, context, depth)
        return found
    predicate, light, inherited = head, None, frame
    while step is not None:
        predicate, inherited, light = step
        walked = with_own_cues(predicate, inherited)
        step = lift(predicate, walked, light)
    pairs = []
    if stop is None:
        if predicate is not head:
            pairs = [(c, _for_conjunct(frame, head, c)) for c in _later_conjuncts(head)]
        for conjunct in _later_conjuncts(predicate):
            pairs.append((conjunct, _for_later_verb(conjunct, predicate, inherited, walked)))
    clause = _clause_span(head, stop if stop is not None else _words_of(pairs))
    found = [_proposition(predicate, light, walked, clause, context)]
    return found + _coordinated(pairs, context, depth)


def _said(verb: Token, context: _Context) -> Token | None:
    """The head of what ``verb`` says in its sentence, when it is an attribution's cue and
    what it says is a clause and no question."""
    doc, sent = verb.doc, verb.sent
    for quote in context.cues.get(verb.i, ()):
        content = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if content is None:
            continue
        start, end = max(content.start, sent.start), min(content.end, sent.end)
        if start >= end or start <= verb.i < end:
            continue
        root = doc[start:end].root
        if root.pos_ in VERBAL and root.i != verb.i and not is_question(root):
            return root
    return None


# -- coordination --------------------------------------------------------------------------
def _later_conjuncts(verb: Token) -> list[Token]:
    return [c for c in verb.conjuncts if c.i > verb.i and c.pos_ in VERBAL]


def _for_conjunct(entry: Frame, head: Token, conjunct: Token) -> Frame:
    """A verb coordinated with a clause's head shares what is above it, and its subject
    when it has none ("Iran fired missiles and [threatened] more")."""
    if subject_of(conjunct) is not None:
        return entry
    return replace(entry, subject=_shared_subject(head, entry))


def _for_later_verb(conjunct: Token, verb: Token, inherited: Frame, walked: Frame) -> Frame:
    """A verb coordinated with the predicate, without subject or auxiliary of its own,
    shares the predicate's subject and modals ("will strike and destroy"), and its negation
    after "or" ("did not strike or kill", but "did not confirm it but said")."""
    if subject_of(conjunct) is not None or _has_aux(conjunct):
        return inherited
    joint = next((c for c in conjunct.head.children if c.dep_ == "cc" and c.i < conjunct.i), None)
    shares_negation = joint is not None and joint.lower_ in ("or", "nor")
    negations = walked.negations if shares_negation else inherited.negations
    return replace(walked, subject=_shared_subject(verb, walked), negations=negations)


def _shared_subject(verb: Token, frame: Frame) -> Span | None:
    """The subject a coordinated verb without one shares: the grammatical subject, also of
    a passive ("Police [were called] and found ...")."""
    subject = subject_of(verb)
    if subject is None or subject.dep_ == "expl":
        return frame.subject
    return phrase(subject)


def _has_aux(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)


def _coordinated(
    pairs: list[tuple[Token, Frame]], context: _Context, depth: int
) -> list[Proposition]:
    members = {c.i for c, _ in pairs}
    found = []
    for conjunct, frame in pairs:
        stop = frozenset(
            t.i
            for t in conjunct.subtree
            if _nearest(t, members) != conjunct.i or (t.dep_ == "cc" and t.head == conjunct)
        )
        found += _clause(conjunct, frame, context, depth + 1, stop)
    return found


def _nearest(token: Token, members: set[int]) -> int:
    """The conjunct that ``token`` belongs to: the nearest of ``members`` above it."""
    while token.i not in members and token.head.i != token.i:
        token = token.head
    return token.i


def _words_of(pairs: list[tuple[Token, Frame]]) -> frozenset[int]:
    """The words of coordinated verbs, with the "and" before each."""
    words: set[int] = set()
    for conjunct, _ in pairs:
        words.update(t.i for t in conjunct.subtree)
        words.update(c.i for c in conjunct.head.children if c.dep_ == "cc")
    return frozenset(words)


def _clause_span(head: Token, stop: frozenset[int]) -> Span:
    """The words of ``head``'s subtree around it up to the first word of ``stop`` on either
    side, without edge punctuation or a leading "that"."""
    kept = {t.i for t in head.subtree} - stop
    start = end = head.i
    while start - 1 in kept:
        start -= 1
    while end + 1 in kept:
        end += 1
    clause = trimmed(head.doc[start : end + 1])
    while len(clause) > 1 and clause[0].dep_ == "mark" and clause[0].head == head:
        clause = trimmed(clause[1:])  # "said [that] ..."
    return clause


# -- the record ----------------------------------------------------------------------------
def _proposition(
    predicate: Token, light: Token | None, frame: Frame, clause: Span, context: _Context
) -> Proposition:
    doc = predicate.doc
    if predicate.pos_ in NOMINAL:
        lemma = EVENT_NOUNS.get(predicate.lemma_.lower(), predicate.lemma_.lower())
        who = who_of(predicate, frame.subject)
    else:
        particle = next((c.lower_ for c in predicate.children if c.dep_ == "prt"), None)
        lemma = " ".join(w for w in (lemma_of(predicate), particle) if w)
        existential = any(c.dep_ == "expl" for c in predicate.children)
        who = None if existential else who_of(predicate, frame.subject)
    modal = list(frame.modal)
    own = own_modality(lemma) or _prepositional_modality(predicate)
    if own is not None and not modal:  # "held talks": discussed; "agreed to hold talks": agreed
        modal.append((predicate.i, own))
    first, last = (predicate.i, predicate.i) if light is None else sorted((light.i, predicate.i))
    words = doc[first : last + 1]
    what = what_of(predicate, light, frame.subject)
    where = where_of(frame.chain, doc)
    negations = frame.negations | negative_words(who) | negative_words(what)
    quote = _attribution(predicate, who, context.quotes)
    who_text, who_start, who_end = _offsets(who)
    what_text, what_start, what_end = _offsets(what)
    where_text, where_start, where_end = _offsets(where)
    return Proposition(
        article_id=context.article.article_id,
        start=clause.start_char,
        end=clause.end_char,
        text=clause.text,
        predicate=lemma,
        predicate_start=words.start_char,
        predicate_end=words.end_char,
        polarity="negative" if len(negations) % 2 else "positive",
        modality=min((m for _, m in modal), key=_RANK.__getitem__, default="asserted"),
        extractor=EXTRACTOR,
        who=who_text,
        who_start=who_start,
        who_end=who_end,
        what=what_text,
        what_start=what_start,
        what_end=what_end,
        where=where_text,
        where_start=where_start,
        where_end=where_end,
        said_by=quote.speaker_text if quote is not None else None,
        quote_start=quote.start if quote is not None else None,
        quote_end=quote.end if quote is not None else None,
        cues=tuple(doc[i].text for i in sorted({i for i, _ in modal} | negations)),
    )


def _offsets(span: Span | None) -> tuple[str | None, int | None, int | None]:
    if span is None:
        return None, None, None
    return span.text, span.start_char, span.end_char


def _prepositional_modality(verb: Token) -> str | None:
    """ "called [for] a ceasefire": demanded, whether or not it wraps a predicate."""
    if verb.pos_ not in VERBAL:
        return None
    lemma = lemma_of(verb)
    for child in verb.children:
        if child.dep_ in ("prep", "prt") and (lemma, child.lower_) in PREPOSITIONAL_WRAPPERS:
            return PREPOSITIONAL_WRAPPERS[(lemma, child.lower_)]
    return None


def _attribution(predicate: Token, who: Span | None, quotes: list[Quote]) -> Quote | None:
    """The innermost attribution whose content holds the predicate, unless its source is the
    proposition's own actor: in "Israel is considering strikes, officials said" Israel's
    stance is the modality, and the officials are the source."""
    for quote in quotes:
        if not quote.start <= predicate.idx < quote.end:
            continue
        own = (
            who is not None
            and quote.source_start is not None
            and quote.source_end is not None
            and quote.source_start < who.end_char
            and who.start_char < quote.source_end
        )
        if not own:
            return quote
    return None
