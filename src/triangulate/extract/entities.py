"""Named-entity mentions from the spaCy parse, as offsets into the article text."""

from __future__ import annotations

from spacy.tokens import Doc

from triangulate.models import Article, Mention

EXTRACTOR = "entities.v1"
#: Entity labels kept as mentions (numbers and dates have their own extractors).
LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "LAW"})


def extract_mentions(doc: Doc, article: Article) -> list[Mention]:
    """Return the named-entity mentions of ``doc`` with a label in :data:`LABELS`."""
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        span = ent
        while len(span) > 1 and span[-1].is_space | span[-1].is_punct:
            span = span[:-1]
        if "\n" in span.text:
            continue  # the small model sometimes joins a heading to the next line
        mentions.append(
            Mention(
                article_id=article.article_id,
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                label=ent.label_,
                extractor=EXTRACTOR,
            )
        )
    return mentions
