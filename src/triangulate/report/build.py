"""Build the report (the public JSON contract of DESIGN.md, ``schema_version`` "1").

The report is a plain dict ready for ``json.dumps``; the HTML and terminal views render it,
so every view shows the same data. Offsets index the article ``text`` carried in the report.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from triangulate.actors.gazetteer import load_gazetteer
from triangulate.actors.phrases import read_party
from triangulate.crossdoc.aliases import outlet_aliases
from triangulate.crossdoc.claims import group_claims
from triangulate.crossdoc.entities import KnownNames, learn_names, name_key, resolve_entities
from triangulate.crossdoc.event_mentions import event_mentions
from triangulate.crossdoc.events import merge_events
from triangulate.crossdoc.origins import origin_names, trace_origins
from triangulate.crossdoc.pubdate import infer_publication_dates
from triangulate.crossdoc.stances import entity_actors
from triangulate.crossdoc.timeline import build_timeline
from triangulate.models import (
    Analysis,
    Article,
    ClaimGroup,
    Entity,
    Evidence,
    Proposition,
    PublishedDate,
    Quote,
    Story,
    StoryChange,
    StoryEvent,
    TimelineConflict,
    TimelineItem,
)
from triangulate.nlp.lexicons.event_contexts import CONTEXTS

SCHEMA_VERSION = "1"

Json = dict[str, Any]


def build_report(
    stories: Sequence[Story],
    articles: Mapping[str, Article],
    analyses: Mapping[str, Analysis],
    *,
    generator: str = "",
    changes: Sequence[StoryChange] = (),
) -> Json:
    """Return the report of ``stories`` over ``articles`` and their ``analyses``.

    ``articles`` must hold every article of the stories (and may hold originals of copies).
    ``changes`` are the merges and splits of stored stories; each story lists those it took
    part in as its ``history``.
    An article that states no publication date gets one inferred from its story
    (``crossdoc.pubdate``), and its time expressions are re-anchored on it.
    """
    articles, analyses = date_undated(stories, articles, analyses)
    cites = canonical_cites(articles, analyses)
    members = [a for story in stories for a in story.article_ids]
    texts = {a: articles[a].text for a in members}
    known = learn_names((m for a in members if a in analyses for m in analyses[a].mentions), texts)
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": generator,
        "articles": [_article(articles[a], cites.get(a, [])) for a in members],
        "stories": [
            _story(story, articles, analyses, cites, known)
            | {"history": [_change(c) for c in changes if _touches(c, story.story_id)]}
            for story in stories
        ],
    }


def date_undated(
    stories: Sequence[Story], articles: Mapping[str, Article], analyses: Mapping[str, Analysis]
) -> tuple[dict[str, Article], dict[str, Analysis]]:
    """Return ``articles`` and ``analyses`` with the undated articles of each story dated.

    Each inferred date is marked ``inferred`` with its basis; the article's time expressions
    take the values they have on the inferred days (None where those days disagree).
    """
    dated_articles, dated_analyses = dict(articles), dict(analyses)
    for story in stories:
        for article_id, found in infer_publication_dates(
            story.article_ids, articles, analyses
        ).items():
            dated_articles[article_id] = dataclasses.replace(
                articles[article_id], published=found.published
            )
            dated_analyses[article_id] = dataclasses.replace(
                analyses[article_id], timexes=found.timexes
            )
    return dated_articles, dated_analyses


def canonical_cites(
    articles: Mapping[str, Article], analyses: Mapping[str, Analysis]
) -> dict[str, list[str]]:
    """Return each article's cited outlets, aliases ("MPA", "the Ledger") resolved to full names.

    Aliases are learnt from every cited name and every article's own outlet.
    """
    names = {c.name for analysis in analyses.values() for c in analysis.citations}
    names |= {a.outlet for a in articles.values() if a.outlet}
    aliases = outlet_aliases(names)
    return {
        article_id: list(dict.fromkeys(aliases.get(c.name, c.name) for c in analysis.citations))
        for article_id, analysis in analyses.items()
    }


def _article(article: Article, cites: list[str]) -> Json:
    return {
        "id": article.article_id,
        "source": article.source,
        "outlet": article.outlet,
        "title": article.title,
        "published": _published(article.published),
        "dateline": article.dateline,
        "copy_of": article.copy_of,
        "cites": cites,
        "author": article.author,
        "url": article.url,
        "text": article.text,
    }


def _published(published: PublishedDate | None) -> Json | None:
    if published is None:
        return None
    return {
        "value": published.value,
        "precision": published.precision,
        "earliest": published.earliest,
        "latest": published.latest,
        "inferred": published.inferred,
        "basis": published.basis,
    }


def _story(
    story: Story,
    articles: Mapping[str, Article],
    analyses: Mapping[str, Analysis],
    cites: Mapping[str, list[str]],
    known: KnownNames,
) -> Json:
    ids = story.article_ids
    story_analyses = [analyses[a] for a in ids if a in analyses]
    entities = resolve_entities(
        (m for analysis in story_analyses for m in analysis.mentions),
        {a: articles[a].text for a in ids},
        known=known,
    )
    by_name = {name_key(alias): e for e in entities for alias in (e.name, *e.aliases)}

    def origins_of(article_id: str) -> list[str]:
        return origin_names(article_id, articles, cites)

    claims = group_claims(ids, articles, analyses, origins_of, actor_of=entity_actors(entities))
    timeline = build_timeline(ids, articles, analyses)
    mentions = event_mentions(
        ids,
        articles,
        analyses,
        origins_of=origins_of,
        by_name=by_name,
        claims=claims,
        timeline=timeline,
    )
    return {
        "id": story.story_id,
        "title": story.title,
        "method": story.method,
        "articles": list(ids),
        "origins": [
            {"name": o.name, "kind": o.kind, "articles": list(o.article_ids)}
            for o in trace_origins(ids, articles, cites)
        ],
        "entities": [_entity(e) for e in entities],
        "quotes": [_quote(q, by_name) for analysis in story_analyses for q in analysis.quotes],
        "claims": [_claim(c) for c in claims],
        "timeline": [_timeline_item(i) for i in timeline],
        "events": [_event(e) | _codes(e, by_name) for e in merge_events(mentions)],
    }


def _touches(change: StoryChange, story_id: str) -> bool:
    return story_id in change.from_ids or story_id in change.into_ids


def _change(change: StoryChange) -> Json:
    return {
        "kind": change.kind,
        "from": list(change.from_ids),
        "into": list(change.into_ids),
        "at": change.at,
    }


def _entity(entity: Entity) -> Json:
    return {
        "id": entity.entity_id,
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "country": entity.country,
        "sector": entity.sector,
        "mentions": len(entity.mentions),
    }


def _quote(quote: Quote, by_name: Mapping[str, Entity]) -> Json:
    named = by_name.get(name_key(quote.speaker)) if quote.speaker else None
    speaker = named.name if named is not None else quote.speaker
    return {
        "article": quote.article_id,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "kind": quote.kind,
        "speaker": speaker,
        "speaker_text": quote.speaker_text,
        "cue": quote.cue,
        "via": list(quote.via),
        "source_kind": quote.source_kind,
        "source_count": quote.source_count,
        "source_affiliation": quote.source_affiliation,
        "hedges": list(quote.hedges),
    }


def _evidence(evidence: Evidence) -> Json:
    return {
        "article": evidence.article_id,
        "start": evidence.start,
        "end": evidence.end,
        "text": evidence.text,
        "via": list(evidence.via),
    }


def _claim(claim: ClaimGroup) -> Json:
    return {
        "id": claim.claim_id,
        "text": claim.text,
        "status": claim.status,
        "independent_origins": claim.independent_origins,
        "origins": list(claim.origins),
        "articles": list(claim.article_ids),
        "evidence": [_evidence(e) for e in claim.evidence],
        "variants": [{"article": a, "text": text} for a, text in claim.variants],
        "conflicts": [
            {"type": c.type, "detail": c.detail, "evidence": [_evidence(e) for e in c.evidence]}
            for c in claim.conflicts
        ],
        "proposition": _proposition(claim.proposition, claim.when),
    }


def _proposition(proposition: Proposition | None, when: str | None) -> Json | None:
    if proposition is None:
        return None
    return {
        "who": proposition.who,
        "predicate": proposition.predicate,
        "what": proposition.what,
        "when": when,
        "where": proposition.where,
        "polarity": proposition.polarity,
        "modality": proposition.modality,
        "said_by": proposition.said_by,
        "article": proposition.article_id,
        "start": proposition.start,
        "end": proposition.end,
    }


def _timeline_item(item: TimelineItem) -> Json:
    return {
        "date": item.date,
        "precision": item.precision,
        "text": item.text,
        "kind": item.kind,
        "articles": list(item.article_ids),
        "evidence": [_evidence(e) for e in item.evidence],
        "conflicts": [_conflict(c) for c in item.conflicts],
    }


def _conflict(conflict: TimelineConflict) -> Json:
    return {
        "date": conflict.date,
        "precision": conflict.precision,
        "articles": list(conflict.article_ids),
        "evidence": [_evidence(e) for e in conflict.evidence],
    }


def _codes(event: StoryEvent, by_name: Mapping[str, Entity]) -> Json:
    """The country (ISO 3166 alpha-3) and sector of each party of an event: read from its
    words ("Israeli Prime Minister ...": ISR GOV, ``actors.phrases``), else from the story's
    entity it names ("Benjamin Netanyahu", whose titles elsewhere in the story say ISR GOV)."""
    gazetteer = load_gazetteer()

    def code(text: str) -> tuple[str | None, str | None]:
        actor = read_party(text, gazetteer)
        if actor is not None and (actor.country or actor.sector):
            return actor.country, actor.sector
        entity = by_name.get(name_key(text))
        return (entity.country, entity.sector) if entity is not None else (None, None)

    actor = [code(t) for t in event.actor]
    recipient = [code(t) for t in event.recipient]
    return {
        "actor_country": [c for c, _ in actor],
        "actor_sector": [s for _, s in actor],
        "recipient_country": [c for c, _ in recipient],
        "recipient_sector": [s for _, s in recipient],
    }


def _event(event: StoryEvent) -> Json:
    return {
        "event": event.event,
        "mode": event.mode,
        "contexts": [c for c in CONTEXTS if any(c in r.contexts for r in event.records)],
        "actor": list(event.actor),
        "recipient": list(event.recipient),
        "date": event.date,
        "first_reported": event.first_reported,
        "articles": list(event.article_ids),
        "claims": list(event.claim_ids),
        "origins": list(event.origins),
        "independent_origins": event.independent_origins,
        "evidence": [
            _evidence(Evidence(r.article_id, r.start, r.end, r.text)) for r in event.records
        ],
    }
