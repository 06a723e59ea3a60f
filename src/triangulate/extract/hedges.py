"""Hedges: the words that weaken or distance an attribution.

A hedge is an adverb of hearsay or doubt ("reportedly", "allegedly", "likely"), a modal of the
attributed predicate ("might", "could", "may"), a passive cue of expectation or hearsay ("is
expected to", "is said to") or a verb of appearance ("seemed"). They are read from the cue
and from the main predicate of the content (lexicons in ``nlp/lexicons/attribution_cues.py``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from triangulate.nlp.lexicons.attribution_cues import (
    APPEARANCE_VERBS,
    HEDGE_ADVERBS,
    HEDGE_MODALS,
    HEDGE_PASSIVES,
)


def find_hedges(cue: Span, content: Span) -> tuple[str, ...]:
    """The hedges of the attribution with ``cue`` and ``content``, in text order."""
    found: dict[int, str] = {}
    verb = cue.root
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    lemma = verb.lemma_.lower()
    if (passive and lemma in HEDGE_PASSIVES) or lemma in APPEARANCE_VERBS:
        to = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
        found[cue.start] = cue.text + (" to" if to else "")
    for token in (*cue, *_around(verb), *_around(content.root)):
        word = token.lower_
        if word in HEDGE_ADVERBS or (word in HEDGE_MODALS and token.dep_ == "aux"):
            found.setdefault(token.i, word)
    return tuple(found[i] for i in sorted(found))


def _around(predicate: Token) -> list[Token]:
    """The auxiliaries and adverbs of a predicate."""
    return [c for c in predicate.children if c.dep_ in ("aux", "advmod")]
