"""Time expressions normalised to TIMEX3 against the article's publication date (first version).

Spans come from the parser's DATE/TIME entities; values follow TIMEX3 (``2025-12-29``,
``2025-12``, ``2025``, ``P12D``, ``PRESENT_REF``) with ``mod`` for "late", "early", "about".
Deictic expressions ("on Monday", "last month") are anchored on the publication date; the
verb's tense decides whether a weekday lies before or after it.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

from triangulate.models import Article, TimeExpr
from triangulate.temporal import normalise_timex

EXTRACTOR = "timex.v1"


def extract_timexes(doc: Doc, article: Article) -> list[TimeExpr]:
    """Return the DATE/TIME expressions of ``doc`` with TIMEX3 type and value."""
    published = article.published
    anchor = _to_date(published.value) if published and published.precision == "day" else None
    results = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or "\n" in ent.text:
            continue
        tense = _tense(ent)
        kind, value, mod = normalise_timex(ent.text, anchor, future=tense == "future")
        if ent.label_ == "TIME" and kind == "DATE" and value is None:
            kind = "TIME"
        results.append(
            TimeExpr(
                article_id=article.article_id,
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                type=kind,
                value=value,
                mod=mod,
                anchor=anchor.isoformat() if anchor else None,
                extractor=EXTRACTOR,
                tense=tense,
            )
        )
    return results


def _tense(span: Span) -> str | None:
    """past | present | future of the clause the expression qualifies; None without a verb."""
    head = span.root.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    auxiliaries = [c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")]
    if (
        any(a in ("will", "'ll", "shall") for a in auxiliaries)
        or "going" in auxiliaries
        or (head.tag_ in ("VB", "VBP", "VBZ") and any(a in ("is", "are") for a in auxiliaries))
    ):
        return "future"
    if head.tag_ == "VBD" or any(a in ("was", "were", "had", "did") for a in auxiliaries):
        return "past"
    return "present"


def _to_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
