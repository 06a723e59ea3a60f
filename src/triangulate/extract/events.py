"""PLOVER events (first version): the main verb of a sentence looked up in a verb lexicon,
with its subject as actor and its object as recipient."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from triangulate.extract.spans import subtree_span
from triangulate.models import Article, EventRecord
from triangulate.nlp.lexicons.event_verbs import EVENT_VERBS

EXTRACTOR = "events.v1"


def extract_events(doc: Doc, article: Article) -> list[EventRecord]:
    """Return the coded events of ``doc``, at most one per sentence, most prominent first."""
    events = []
    for sent in doc.sents:
        event = _sentence_event(sent, article)
        if event is not None:
            events.append(event)
    return events


def _sentence_event(sent: Span, article: Article) -> EventRecord | None:
    candidates = sorted(
        (t for t in sent if t.pos_ in ("VERB", "NOUN") and t.lemma_.lower() in EVENT_VERBS),
        key=lambda t: (_depth(t), t.pos_ != "VERB", t.i),
    )
    for verb in candidates:
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        actor, recipient = _participants(verb)
        return EventRecord(
            article_id=article.article_id,
            start=sent.start_char,
            end=sent.end_char,
            text=sent.text,
            event=EVENT_VERBS[verb.lemma_.lower()],
            actor=(actor.text,) if actor is not None else (),
            recipient=(recipient.text,) if recipient is not None else (),
            extractor=EXTRACTOR,
        )
    return None


def _participants(verb: Token) -> tuple[Span | None, Span | None]:
    actor = recipient = None
    for child in verb.children:
        if child.dep_ == "nsubj":
            actor = subtree_span(child)
        elif child.dep_ == "agent":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            actor = subtree_span(obj) if obj is not None else actor
        elif child.dep_ in ("dobj", "nsubjpass") and recipient is None:
            recipient = subtree_span(child)
        elif (
            child.dep_ == "prep"
            and recipient is None
            and child.lower_ in ("on", "against", "with", "to")
        ):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            recipient = subtree_span(obj) if obj is not None else None
    if actor is None and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        actor = _participants(verb.head)[0]
    return actor, recipient


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth
