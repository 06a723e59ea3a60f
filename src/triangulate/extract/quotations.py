"""Quotation marks: where a quotation opens and closes, and how far a quoted content runs.

A quotation may open before the sentence of its cue, close sentences later, go on over the
quoted sentences that follow its cue, and run over paragraphs that each open with a mark.
``"`` and ``''`` both open and close; curly and angle marks open or close.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from triangulate.extract.spans import has_quote

_TOGGLES = frozenset({'"', "''"})  # marks that both open and close a quotation
OPEN = _TOGGLES | {"“", "«"}
CLOSE = _TOGGLES | {"”", "»"}


def open_mark(doc: Doc, i: int) -> int | None:
    """The opening mark of the quotation that token ``i`` lies in, within its paragraph."""
    start = i
    while start > 0 and i - start < 300 and "\n" not in doc[start - 1].text:
        start -= 1
    return _still_open(doc, start, i)


def closing_mark(doc: Doc, start: int) -> int | None:
    """The closing quote mark from token ``start`` on, within the paragraph; None when a
    paragraph break or a new curly opening mark comes first."""
    for i in range(start, min(len(doc), start + 300)):
        if doc[i].text in CLOSE:
            return i
        if "\n" in doc[i].text or (doc[i].text in OPEN and doc[i].text not in _TOGGLES):
            return None
    return None


def to_closing_quote(span: Span) -> Span:
    """Extend a quotation that opens in ``span`` and closes later in its paragraph."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].text in OPEN and not has_quote(span):
        span = doc[span.start - 1 : span.end]  # 'said: "The dam held ...'
    if _still_open(doc, span.start, span.end) is None:
        return span
    close = closing_mark(doc, span.end)
    return span if close is None else doc[span.start : close + 1]


def whole_quotation(content: Span, verb: Token) -> Span:
    """Widen a content to the quotation it belongs to: back to the opening mark when the
    quotation began sentences before, and on over the quoted sentences that follow its cue
    ('"A. B," she said. "C."')."""
    doc = verb.doc
    start, end = content.start, content.end
    opening = open_mark(doc, start)
    if opening is not None and opening < start and open_mark(doc, verb.i) != opening:
        start = opening
    if end <= verb.i and open_mark(doc, end) is not None:
        close = closing_mark(doc, end)
        if close is not None and close < verb.i:
            end = close + 1  # on to the closing mark before the cue
    if verb.i < start or not (doc[end - 1].text in CLOSE or open_mark(doc, end) is None):
        return doc[start:end]
    k = max(end, verb.sent.end)
    while k - 1 > max(verb.i, end - 1) and (doc[k - 1].is_space or doc[k - 1].text in OPEN):
        k -= 1  # the parser put the next quotation's opening mark into this sentence
    k = next_word(doc, k)
    while k < len(doc) and doc[k].text in OPEN and open_mark(doc, k) is None:
        close = _quotation_end(doc, k)
        if close is None:
            break
        if not _ends_sentence(doc, close):
            if _names_a_speaker(doc, close):
                break  # '"C," she added.': a quotation of its own
            end = close + 1
            break  # '"... a tax increase" for the top incomes.': the quotation is taken
        end = close + 1
        k = next_word(doc, end)
    return doc[start:end]


def _names_a_speaker(doc: Doc, close: int) -> bool:
    """Whether the rest of the sentence after a closing mark has a verb of its own."""
    sent = doc[close].sent
    return any(t.pos_ in ("VERB", "AUX") for t in doc[close + 1 : sent.end])


def quotation_before(verb: Token) -> tuple[Span, int] | None:
    """'"We need it now!" [paragraph] Trump said on Twitter.': the quotation just before."""
    quotation = quotation_ending_before(verb.doc, verb.sent.start)
    return (quotation, verb.i + 1) if quotation is not None else None


def quotation_ending_before(doc: Doc, i: int) -> Span | None:
    """The quotation that closes just before token ``i``, over white space and a stop."""
    i -= 1
    while i >= 0 and (doc[i].is_space or doc[i].text in (".", ",")):
        i -= 1
    if i < 0 or doc[i].text not in CLOSE:
        return None
    for j in range(i - 1, max(-1, i - 400), -1):
        if doc[j].text in OPEN:
            return doc[j : i + 1]
    return None


def _quotation_end(doc: Doc, opening: int) -> int | None:
    """The closing mark of the quotation opening at ``opening``. A quotation may run over
    paragraphs, each opening with a mark and only the last closed."""
    i = opening + 1
    for _ in range(10):
        close = closing_mark(doc, i)
        if close is not None:
            return close
        while i < len(doc) and "\n" not in doc[i].text:
            i += 1
        i = next_word(doc, i)
        if i >= len(doc) or doc[i].text not in OPEN or doc[i - 1].text in CLOSE:
            return None
        i += 1
    return None


def _ends_sentence(doc: Doc, close: int) -> bool:
    """Whether the quotation closing at ``close`` is a sentence of its own ('"C." Then ...'),
    not one its speaker is named after ('"C," she added.')."""
    if close + 1 >= len(doc) or doc[close + 1].is_space:
        return True
    return doc[close - 1].text in (".", "?", "!", "…") and bool(doc[close].whitespace_)


def _still_open(doc: Doc, start: int, stop: int) -> int | None:
    """The opening mark of a quotation still open after reading tokens ``start`` to
    ``stop`` (exclusive), or None."""
    open_at = None
    for j in range(start, stop):
        text = doc[j].text
        if text in _TOGGLES:
            open_at = None if open_at is not None else j
        elif text in OPEN:
            open_at = j
        elif text in CLOSE:
            open_at = None
    return open_at


def next_word(doc: Doc, i: int) -> int:
    """The first token from ``i`` on that is not white space."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i
