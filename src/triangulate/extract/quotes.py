"""Attributions (first version): who said what, signalled by which cue, relayed by whom.

Constructions: a reporting verb with a clausal complement ("X said that ...", direct quotes
parsed as the verb's complement, "X urged Y to ..."), "according to X", and "X quoted Y as
saying ...". Speakers are resolved to the named entity the source names, a pronoun to the
last person named before it. ``via`` holds the outlet that relays the statement.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from triangulate.extract.citations import canonical_outlet
from triangulate.extract.spans import has_quote, is_quoted, subtree_span, widen_to_quotes
from triangulate.models import Article, Citation, Quote
from triangulate.nlp.lexicons.reporting_verbs import REPORTING_VERBS

EXTRACTOR = "quotes.v1"
_DIRECTIVE = frozenset({"urge", "ask", "call", "warn", "advise", "order", "tell", "encourage"})
_PRONOUNS = frozenset({"he", "she", "him", "her"})
_SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP")


def extract_quotes(doc: Doc, article: Article, citations: list[Citation]) -> list[Quote]:
    """Return the attributions in ``doc``; ``citations`` name the outlets that may relay them."""
    outlets = {c.name.casefold() for c in citations}
    found: dict[tuple[int, int], Quote] = {}
    for token in doc:
        quote = _quoted_as_saying(token, article, outlets) or _from_verb(token, article, outlets)
        quote = quote or _according_to(token, article, outlets)
        if quote is not None and (quote.start, quote.end) not in found:
            found[(quote.start, quote.end)] = quote
    return sorted(found.values(), key=lambda q: q.start)


def _from_verb(verb: Token, article: Article, outlets: set[str]) -> Quote | None:
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in REPORTING_VERBS:
        return None
    content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if content is None and lemma in _DIRECTIVE:
        content = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if content is None:
        return None
    span = subtree_span(content)
    if lemma in _DIRECTIVE and content.dep_ == "xcomp":
        target = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
        if target is not None and target.i < content.i:
            span = verb.doc[target.left_edge.i : span.end]
    if len(span) < 2:
        return None
    source = _subject(verb)
    return _make_quote(article, span, verb.doc[verb.i : verb.i + 1], source, _relay(verb, outlets))


def _quoted_as_saying(token: Token, article: Article, outlets: set[str]) -> Quote | None:
    """ "Axios quoted Trump as saying that ...": source Trump, relayed by Axios."""
    if token.lemma_.lower() != "say" or token.dep_ != "pcomp" or token.head.lower_ != "as":
        return None
    quote_verb = token.head.head
    if quote_verb.lemma_.lower() != "quote":
        return None
    content = next((c for c in token.children if c.dep_ == "ccomp"), None)
    speaker = next((c for c in quote_verb.children if c.dep_ == "dobj"), None)
    if content is None:
        return None
    relay = _subject(quote_verb)
    via = (canonical_outlet(relay.text),) if relay is not None else ()
    cue = token.doc[quote_verb.i : token.i + 1]
    source = subtree_span(speaker) if speaker is not None else None
    return _make_quote(article, subtree_span(content), cue, source, via)


def _according_to(token: Token, article: Article, outlets: set[str]) -> Quote | None:
    doc = token.doc
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    obj = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    source = subtree_span(obj)
    sent = token.sent
    phrase_start, phrase_end = token.i, source.end
    before = doc[sent.start : phrase_start]
    after = doc[phrase_end : sent.end]
    content = _trim(after if len(after) > len(before) else before)
    if content is None or len(content) < 3:
        return None
    cue = doc[token.i : token.i + 2]
    return _make_quote(article, content, cue, source, ())


def _make_quote(
    article: Article, content: Span, cue: Span, source: Span | None, via: tuple[str, ...]
) -> Quote:
    if is_quoted(content):
        content, kind = widen_to_quotes(content), "direct"
    else:
        kind = "mixed" if has_quote(content) else "indirect"
    speaker = _speaker(source) if source is not None else None
    if speaker is not None and speaker.casefold() in {v.casefold() for v in via}:
        via = ()
    return Quote(
        article_id=article.article_id,
        start=content.start_char,
        end=content.end_char,
        text=content.text,
        kind=kind,
        cue=cue.text,
        cue_start=cue.start_char,
        cue_end=cue.end_char,
        speaker_text=source.text if source is not None else None,
        source_start=source.start_char if source is not None else None,
        source_end=source.end_char if source is not None else None,
        speaker=speaker,
        via=via,
        extractor=EXTRACTOR,
    )


def _subject(verb: Token) -> Span | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            return subtree_span(child)
        if child.dep_ == "agent":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return subtree_span(obj)
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in REPORTING_VERBS:
        return _subject(verb.head)
    previous = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        previous is not None
        and previous.head == verb
        and previous.pos_ in ("PROPN", "ADV")
        and (previous.text[:1].isupper())
    ):
        return verb.doc[previous.i : previous.i + 1]
    return None


def _relay(verb: Token, outlets: set[str]) -> tuple[str, ...]:
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


def _speaker(source: Span) -> str | None:
    """Name the speaker: the longest entity in the source span, or a pronoun's antecedent."""
    entities = [e for e in source.ents if e.label_ in _SPEAKER_LABELS]
    if entities:
        best = max(entities, key=lambda e: (e.label_ == "PERSON", len(e)))
        return _full_name(best)
    if len(source) == 1 and source[0].lower_ in _PRONOUNS:
        previous = [e for e in source.doc.ents if e.label_ == "PERSON" and e.end <= source.start]
        return _full_name(previous[-1]) if previous else None
    head = source.root
    if head.pos_ == "PROPN":
        return canonical_outlet(source.text)
    return None


def _full_name(entity: Span) -> str:
    """Return the longest earlier PERSON mention ending with the same surname."""
    if entity.label_ != "PERSON":
        return canonical_outlet(entity.text)
    surname = entity[-1].text
    for other in entity.doc.ents:
        if other.label_ == "PERSON" and other[-1].text == surname and len(other) > len(entity):
            return other.text
    return entity.text


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in (",", ";")):
        end -= 1
    return doc[start:end] if end > start else None
