"""Helpers shared by extractors to turn parse structures into character spans."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

_OPEN_QUOTES = {'"', "''", "“", "‘", "«", "'"}
_CLOSE_QUOTES = {'"', "''", "”", "’", "»", "'"}
_EDGE_PUNCT = {",", ".", ";", ":", "-", "–", "—"}


def entities_within(entities: Sequence[Span], span: Span) -> list[Span]:
    """The entities of ``entities`` (a doc's, in order) that lie wholly in ``span``, as
    ``span.ents`` gives them, without building the doc's entity list again."""
    return [e for e in entities if span.start <= e.start and e.end <= span.end]


def subtree_span(token: Token, *, exclude: frozenset[int] = frozenset()) -> Span:
    """Return the contiguous span of ``token``'s subtree, cut before any token in ``exclude``."""
    indices = [t.i for t in token.subtree if t.i not in exclude]
    start, end = min(indices), max(indices) + 1
    doc = token.doc
    while end - start > 1 and doc[end - 1].text in _EDGE_PUNCT:
        end -= 1
    while end - start > 1 and doc[start].text in _EDGE_PUNCT:
        start += 1
    return doc[start:end]


def is_quoted(span: Span) -> bool:
    """Return whether ``span`` is wrapped in quote marks (inside or just outside it)."""
    doc = span.doc
    first = span.start - 1 if span.start > 0 and doc[span.start - 1].text in _OPEN_QUOTES else None
    if first is None and span[0].text in _OPEN_QUOTES:
        first = span.start
    after = [t.text for t in doc[span.end : span.end + 2]]
    last_out = bool(after) and (
        after[0] in _CLOSE_QUOTES
        or (len(after) == 2 and after[0] in _EDGE_PUNCT and after[1] in _CLOSE_QUOTES)
    )
    last_in = span[-1].text in _CLOSE_QUOTES or (
        len(span) > 1 and span[-1].text in _EDGE_PUNCT and span[-2].text in _CLOSE_QUOTES
    )
    return first is not None and (last_out or last_in)


def has_quote(span: Span) -> bool:
    """Return whether ``span`` contains a quote mark."""
    return any(t.text in _OPEN_QUOTES or t.text in _CLOSE_QUOTES for t in span)


def widen_to_quotes(span: Span) -> Span:
    """Include quote marks (and a comma before a closing quote) that hug ``span``."""
    doc = span.doc
    start, end = span.start, span.end
    if start > 0 and doc[start - 1].text in _OPEN_QUOTES:
        start -= 1
    while end < len(doc) and doc[end].text in _EDGE_PUNCT | _CLOSE_QUOTES and end - span.end < 2:
        if doc[end].text in _CLOSE_QUOTES:
            end += 1
            break
        if end + 1 < len(doc) and doc[end + 1].text in _CLOSE_QUOTES:
            end += 2
            break
        break
    return doc[start:end]
