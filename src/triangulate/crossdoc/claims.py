"""Claims across a story's articles: which sentences tell the same thing, on whose word, and
how many independent origins stand behind it (``claims.v1``).

1. **Claims.** Every sentence of the story's articles with enough content (four terms or
   more, time expressions left out) is a claim.
2. **Alignment.** Two sentences of different articles tell the same thing when their
   weighted terms are alike (``crossdoc.alignment``, cosine at least ``min_similarity``)
   and each is the other's most alike sentence in its article. Linked sentences form a
   claim group.
3. **Provenance.** A sentence rests on the origin of its attribution chain: the outermost
   outlet that relays it ("according to Axios", "told the Daily Ledger"), or the outlet
   that is its source ("Axios reported that ..."). Any other sentence rests on what its
   article rests on (``crossdoc.origins``: the outlets it cites, or its own outlet): an
   article that relays an outlet's report tells it on that outlet's word, even where a
   sentence does not say so. A syndicated copy rests on its original.
4. **Numbers.** Sentences of different articles that count one kind of harm with ranges
   that do not meet (``crossdoc.counts``: "at least 42 people were killed" and "38 dead")
   disagree: every sentence that counts that kind makes one more claim, the count, with a
   ``number`` conflict. The sentences keep their place in the groups of step 2 as well: a
   sentence tells more than its count.
5. **Verdict.** Two members whose origins share a name are not independent, so the group's
   independent origins are the groups of members linked that way. A claim with a conflict
   is ``conflicting``; otherwise one article is ``single_source``, several articles with
   one origin are ``echoed`` and two or more origins are ``corroborated``.

A quotation that another article of the claim words otherwise ("fast and transparent"
against "swift and transparent inquiry": ``crossdoc.variants``) is a ``wording`` conflict, and
both wordings are the claim's variants. Date, actor and modality conflicts are not typed yet.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from triangulate.crossdoc.alignment import (
    Passage,
    PassageIndex,
    build_passage,
    reweighted,
    story_rarity,
)
from triangulate.crossdoc.counts import Count, counts, disagree
from triangulate.crossdoc.links import linked_groups
from triangulate.crossdoc.variants import quotations, variant
from triangulate.models import Analysis, Article, ClaimConflict, ClaimGroup, Evidence, Quote

METHOD = "claims.v1"


@dataclass(frozen=True, slots=True)
class ClaimOptions:
    """How a sentence becomes a claim, and how alike two must be to tell the same thing."""

    min_terms: int = 4
    min_similarity: float = 0.5


@dataclass(frozen=True, slots=True)
class _Member:
    passage: Passage
    order: int  # the article's position in the story
    origins: frozenset[str]  # casefolded
    names: tuple[str, ...]  # as written
    via: tuple[str, ...]


def group_claims(
    article_ids: Sequence[str],
    articles: Mapping[str, Article],
    analyses: Mapping[str, Analysis],
    origins_of: Callable[[str], Sequence[str]],
    options: ClaimOptions | None = None,
) -> list[ClaimGroup]:
    """Return the claim groups of a story, in the order of their first sentence.
    ``origins_of`` gives what an article rests on (the outlets it cites, or its own; a
    copy's: its original's)."""
    options = options or ClaimOptions()
    ids = [a for a in dict.fromkeys(article_ids) if a in articles and a in analyses]
    members = _members(ids, articles, analyses, origins_of, options)
    inside = set(ids)
    rarity = story_rarity(
        m.passage for m in members if articles[m.passage.article_id].copy_of not in inside
    )
    passages = [reweighted(m.passage, rarity) for m in members]
    groups = _aligned(passages, options.min_similarity)
    claims = [_claim([members[i] for i in group]) for group in groups]
    claims += _number_claims(members)
    order = {article_id: n for n, article_id in enumerate(ids)}
    return sorted(claims, key=lambda c: (order[c.evidence[0].article_id], c.evidence[0].start))


def _members(
    ids: Sequence[str],
    articles: Mapping[str, Article],
    analyses: Mapping[str, Analysis],
    origins_of: Callable[[str], Sequence[str]],
    options: ClaimOptions,
) -> list[_Member]:
    members = []
    for order, article_id in enumerate(ids):
        article, analysis = articles[article_id], analyses[article_id]
        skip = [(t.start, t.end) for t in analysis.timexes]
        rests_on = tuple(origins_of(article_id))
        for span in analysis.sentences:
            passage = build_passage(article_id, article.text, span, skip)
            if len(passage.terms) < options.min_terms:
                continue
            names, via = _provenance(span, analysis.quotes, rests_on)
            origins = frozenset(name.casefold() for name in names)
            members.append(_Member(passage, order, origins, names, via))
    return members


def _provenance(
    span: tuple[int, int], quotes: Sequence[Quote], rests_on: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The origins a sentence rests on and the chain it is attributed through."""
    start, end = span
    overlapping = [q for q in quotes if q.start < end and start < q.end]
    if not overlapping:
        return rests_on, ()
    quote = max(overlapping, key=lambda q: min(end, q.end) - max(start, q.start))
    speaker = quote.speaker or quote.speaker_text
    via = tuple(dict.fromkeys((*quote.via, *([speaker] if speaker else []))))
    if quote.via:
        return (quote.via[0],), via  # "according to Axios, a US official said ..."
    if quote.source_kind == "outlet" and speaker:
        return (speaker,), via  # "Axios reported that ..."
    return rests_on, via


def _aligned(passages: Sequence[Passage], threshold: float) -> list[list[int]]:
    """Groups of passages linked as each other's most alike passage in the other article."""
    index = PassageIndex(passages)
    best: list[dict[str, int]] = []
    for passage in passages:
        mine: dict[str, int] = {}
        for other, _ in index.similar(passage, threshold):
            article_id = passages[other].article_id
            if article_id != passage.article_id and article_id not in mine:
                mine[article_id] = other  # best first: the most alike in each article
        best.append(mine)
    mutual = (
        (number, other)
        for number, mine in enumerate(best)
        for other in mine.values()
        if best[other].get(passages[number].article_id) == number
    )
    return linked_groups(range(len(passages)), mutual)


def _number_claims(members: Sequence[_Member]) -> list[ClaimGroup]:
    """One conflicting claim per kind of harm that articles count with ranges that do not
    meet, made of every sentence that counts that kind."""
    found = [
        (m, count)
        for m, member in enumerate(members)
        for count in counts(member.passage.text, member.passage.start)
    ]
    clashing: set[str] = set()
    for a, (m, first) in enumerate(found):
        for n, second in found[a + 1 :]:
            other_article = members[m].passage.article_id != members[n].passage.article_id
            if other_article and disagree(first, second):
                clashing.add(first.kind)
    claims = []
    for kind in sorted(clashing):
        sides = [(m, count) for m, count in found if count.kind == kind]
        involved = [members[m] for m in dict.fromkeys(m for m, _ in sides)]
        conflict = _number_conflict(kind, sides, members)
        claims.append(_claim(involved, (conflict,), about=f"count of {kind}"))
    return claims


def _number_conflict(
    kind: str, sides: Sequence[tuple[int, Count]], members: Sequence[_Member]
) -> ClaimConflict:
    """One conflict per kind: each reading ("at least 42", "38") with its first sentence."""
    readings: dict[tuple[float, float], tuple[str, _Member]] = {}
    for m, count in sorted(sides, key=lambda side: (members[side[0]].order, side[1].start)):
        readings.setdefault((count.low, count.high), (count.text, members[m]))
    detail = f"{kind}: " + " vs ".join(text for text, _ in readings.values())
    evidence = tuple(_evidence(m) for _, m in readings.values())
    return ClaimConflict("number", detail, evidence)


def _wordings(members: Sequence[_Member]) -> tuple[list[tuple[str, str]], list[ClaimConflict]]:
    """Quotations that another article of the claim words otherwise: the variants, and a
    ``wording`` conflict for each pair."""
    variants: list[tuple[str, str]] = []
    conflicts: list[ClaimConflict] = []
    seen: set[frozenset[str]] = set()
    for first in members:
        for quoted in quotations(first.passage.text):
            for second in members:
                if second.passage.article_id == first.passage.article_id:
                    continue
                found = variant(quoted, second.passage.text)
                if found is None:
                    continue
                pair = frozenset({found.quoted.casefold(), found.other.casefold()})
                if pair in seen:
                    continue
                seen.add(pair)
                variants += [(first.passage.article_id, found.quoted)]
                variants += [(second.passage.article_id, found.other)]
                conflicts.append(
                    ClaimConflict(
                        "wording",
                        f"“{found.quoted}” vs “{found.other}”",
                        (_evidence(first), _evidence(second)),
                    )
                )
    return list(dict.fromkeys(variants)), conflicts


def _evidence(member: _Member) -> Evidence:
    passage = member.passage
    return Evidence(passage.article_id, passage.start, passage.end, passage.text, member.via)


def _claim(
    members: Sequence[_Member], conflicts: tuple[ClaimConflict, ...] = (), about: str = ""
) -> ClaimGroup:
    """The claim of ``members``; ``about`` names what it is about when its sentences also make
    another claim (a count), so that the two keep distinct ids."""
    ordered = sorted(members, key=lambda m: (m.order, m.passage.start))
    article_ids = tuple(dict.fromkeys(m.passage.article_id for m in ordered))
    independent = _independent(ordered)
    variants, wording = _wordings(ordered) if len(article_ids) > 1 else ([], [])
    conflicts = (*conflicts, *wording)
    if conflicts:
        status = "conflicting"
    elif len(article_ids) == 1:
        status = "single_source"
    elif independent == 1:
        status = "echoed"
    else:
        status = "corroborated"
    first = ordered[0].passage
    names = tuple(dict.fromkeys(name for m in ordered for name in m.names))
    return ClaimGroup(
        claim_id=_claim_id(first, about),
        text=first.text.strip(),
        status=status,
        independent_origins=independent,
        origins=names,
        article_ids=article_ids,
        evidence=tuple(_evidence(m) for m in ordered),
        conflicts=conflicts,
        variants=tuple(variants),
    )


def _independent(members: Sequence[_Member]) -> int:
    """How many groups of members remain when two that share an origin are joined."""
    groups: list[set[str]] = []
    for member in members:
        joined = [g for g in groups if g & member.origins]
        merged = set(member.origins).union(*joined)
        groups = [g for g in groups if not g & member.origins] + [merged]
    return max(1, len(groups))


def _claim_id(passage: Passage, about: str) -> str:
    key = f"{passage.article_id}:{passage.start}" + (f":{about}" if about else "")
    return "c" + hashlib.sha256(key.encode()).hexdigest()[:11]
