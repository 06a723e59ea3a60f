"""Weighted terms of an article for story clustering: content lemmas and named entities.

The result is a compact bag of words that cross-document work can use without spaCy.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

EXTRACTOR = "terms.v1"
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_ENTITY_WEIGHT = 2.0
_TITLE_WEIGHT = 2.0
_GENERIC = frozenset({"say", "tell", "be", "have", "do", "make", "get", "go", "take", "year"})


def extract_terms(doc: Doc, title: str | None = None) -> dict[str, float]:
    """Return term weights: lemma counts, entity names (``e:``-prefixed) and title words."""
    counts: defaultdict[str, float] = defaultdict(float)
    for token in doc:
        if token.pos_ in _CONTENT and not token.is_stop and token.is_alpha and len(token) > 1:
            lemma = token.lemma_.lower()
            if lemma not in _GENERIC:
                counts[lemma] += 1.0
        elif token.like_num and token.pos_ == "NUM" and any(c.isdigit() for c in token.text):
            counts[f"n:{token.text}"] += 1.0
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "NORP", "PRODUCT"):
            counts["e:" + " ".join(ent.text.lower().split())] += _ENTITY_WEIGHT
    if title:
        for word in title.lower().split():
            word = word.strip(".,:;!?\"'“”‘’()")
            if word in counts:
                counts[word] += _TITLE_WEIGHT
    return dict(counts)
