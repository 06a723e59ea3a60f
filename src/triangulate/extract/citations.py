"""Find the outlets and agencies an article cites: "according to Axios", "Reuters reported".

A name counts as a cited outlet when its construction says so (subject of a media verb such
as *reported*/*revealed*/*quoted*, object of *according to*, receiver of *told*, a dateline
agency) and the name looks like an outlet: a known outlet, an outlet word in the name
("Daily Ledger", "Anadolu Agency"), an outlet noun beside it ("the website Axios"), or a
media verb. Names already cited elsewhere in the article are accepted in weaker contexts.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from triangulate.models import Article, Citation
from triangulate.nlp.lexicons.outlets import ALIASES, OUTLETS
from triangulate.nlp.lexicons.reporting_verbs import (
    MEDIA_VERBS,
    OUTLET_DESCRIPTORS,
    OUTLET_NAME_WORDS,
    REPORTING_VERBS,
    TELLING_VERBS,
)

EXTRACTOR = "citations.v1"
_NOT_OUTLET = frozenset({"PERSON", "GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "NORP"})
_KNOWN = {name.casefold(): name for name in OUTLETS} | {
    alias.casefold(): name for alias, name in ALIASES.items()
}


def canonical_outlet(name: str) -> str:
    """Return the canonical form of an outlet name: known aliases resolved, "the" dropped."""
    cleaned = " ".join(name.replace("’s", "").replace("'s", "").split()).strip(" ,.;:")
    known = _KNOWN.get(cleaned.casefold())
    if known is None and cleaned.lower().startswith("the "):
        known = _KNOWN.get(cleaned[4:].casefold())
        cleaned = cleaned[4:]
    return known or cleaned


def extract_citations(doc: Doc, article: Article) -> list[Citation]:
    """Return every citation of an outlet or agency in ``doc`` (the text of ``article``)."""
    strong: list[tuple[Span, str]] = []
    weak: list[tuple[Span, str]] = []
    for token in doc:
        for span, pattern, evidence in _candidates(token):
            if _rejected(span):
                continue
            (strong if evidence or _outlet_like(span) else weak).append((span, pattern))
    cited = {canonical_outlet(span.text).casefold() for span, _ in strong}
    found = strong + [(s, p) for s, p in weak if canonical_outlet(s.text).casefold() in cited]
    citations = [
        Citation(
            article_id=article.article_id,
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            name=canonical_outlet(span.text),
            pattern=pattern,
            extractor=EXTRACTOR,
        )
        for span, pattern in sorted(found, key=lambda item: item[0].start)
    ]
    return _dedupe(citations)


def dateline_citation(article: Article) -> Citation | None:
    """Return the agency named in the article's dateline ("TEHRAN (Reuters) -") as a citation.

    The dateline is metadata, not part of ``article.text``, so the citation is an empty span
    at offset 0 (``text`` stays ``article.text[start:end]``); ``name`` carries the agency.
    """
    if not article.agency:
        return None
    return Citation(
        article_id=article.article_id,
        start=0,
        end=0,
        text="",
        name=canonical_outlet(article.agency),
        pattern="dateline",
        extractor=EXTRACTOR,
    )


def _candidates(token: Token) -> list[tuple[Span, str, bool]]:
    """Yield (name span, pattern, whether the construction itself proves an outlet)."""
    found: list[tuple[Span, str, bool]] = []
    lemma = token.lemma_.lower()
    if token.lower_ == "according" and token.i + 1 < len(token.doc):
        nxt = token.doc[token.i + 1]
        for obj in nxt.children:
            if obj.dep_ == "pobj":
                found.append((name_of(obj), "according_to", False))
    elif lemma == "cite" and token.pos_ == "VERB" and token.dep_ in ("advcl", "xcomp", "acl"):
        for obj in token.children:
            if obj.dep_ == "dobj":
                found.append((name_of(obj), "citing", False))
    elif lemma in ("interview", "conversation", "remark") and token.pos_ == "NOUN":
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "to"):
                found.extend(
                    (name_of(o), "interview", False) for o in prep.children if o.dep_ == "pobj"
                )
    if token.pos_ in ("VERB", "AUX") or lemma in MEDIA_VERBS:
        if lemma in REPORTING_VERBS or lemma in MEDIA_VERBS:
            subject = _subject(token)
            if subject is not None:
                found.append((name_of(subject), "media_verb", lemma in MEDIA_VERBS))
        if lemma in TELLING_VERBS or lemma == "advise":
            for child in token.children:
                if child.dep_ in ("dobj", "dative") and lemma in ("tell", "advise"):
                    found.append((name_of(child), "told", False))
                if child.dep_ in ("prep", "dative") and child.lower_ == "to":
                    found.extend(
                        (name_of(o), "told", False) for o in child.children if o.dep_ == "pobj"
                    )
    if token.lower_ in OUTLET_DESCRIPTORS and token.pos_ == "NOUN":
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if following is not None and following.text[:1].isupper() and not following.is_sent_start:
            found.append((_title_run(following), "descriptor", True))
    return found


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    previous = verb.doc[verb.i - 1] if verb.i > 0 else None
    if previous is not None and previous.head == verb and previous.text[:1].isupper():
        return previous  # the small parser often labels a bare outlet name "advmod"
    return None


def name_of(token: Token) -> Span:
    """Return the proper-name span headed by ``token`` (title-case run ending at it)."""
    doc = token.doc
    if token.dep_ == "nsubj" and token.lower_ in OUTLET_DESCRIPTORS:
        for child in token.children:
            if child.dep_ in ("appos", "npadvmod") and child.text[:1].isupper():
                return _title_run(child)
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.head.i in (token.i, token.head.i):
            return _title_run(nxt)
    start = token.i
    while start > 0 and _name_part(doc[start - 1]):
        start -= 1  # "Daily" of "the Daily Ledger" is part of the name: it is capitalised
    return doc[start : token.i + 1]


def _title_run(token: Token) -> Span:
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and _name_part(doc[end]):
        end += 1
    return doc[token.i : end]


def _name_part(token: Token) -> bool:
    return (
        token.text[:1].isupper()
        and token.pos_ in ("PROPN", "NOUN", "ADJ", "ADV")
        and not (token.is_sent_start and token.pos_ != "PROPN")
    )


def _rejected(span: Span) -> bool:
    """Reject spans that cannot be an outlet's name: people, places, demonyms, common nouns."""
    if not span.text[:1].isupper() or len(span) > 6:
        return True
    if _outlet_like(span):
        return False
    if any(t.ent_type_ in _NOT_OUTLET for t in span if t.pos_ != "PROPN" or t.ent_type_ != "NORP"):
        return True
    if all(t.pos_ == "ADJ" for t in span):
        return True  # demonyms: "Israeli", "American"
    return len(span) == 1 and span[0].pos_ in ("NOUN", "PRON", "DET", "VERB", "NUM")


def _outlet_like(span: Span) -> bool:
    words = {t.lower_ for t in span}
    return bool(words & OUTLET_NAME_WORDS) or canonical_outlet(span.text).casefold() in _KNOWN


def _dedupe(citations: list[Citation]) -> list[Citation]:
    seen: set[tuple[int, int]] = set()
    unique = []
    for citation in citations:
        if (citation.start, citation.end) not in seen:
            seen.add((citation.start, citation.end))
            unique.append(citation)
    return unique
