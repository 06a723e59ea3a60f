"""Claims across a story's articles: which sentences tell the same thing, on whose word, and
how many independent origins stand behind it (``claims.v2``).

1. **Claims.** Every sentence of the story's articles with enough content (four terms or
   more) is a claim. Its terms leave out time expressions and the spans that say where it
   comes from (attribution cues and sources, cited outlets); names count half.
2. **Alignment** (:func:`_aligned`). Each sentence picks its most alike sentence in every
   other article (``crossdoc.alignment``, cosine at least ``min_similarity``, two terms in
   common), and the next one too when it is nearly as alike; sentences that picked each
   other are linked, and links join groups by average link, one sentence per article (or
   two that follow each other).
3. **Provenance.** A sentence rests on the origin of its attribution chain: the outermost
   outlet that relays it ("according to Axios", "told the Daily Ledger"), or the outlet
   that is its source ("Axios reported that ..."). Any other sentence rests on what its
   article rests on (``crossdoc.origins``: the outlets it cites, or its own outlet): an
   article that relays an outlet's report tells it on that outlet's word, even where a
   sentence does not say so. A syndicated copy rests on its original.
4. **Numbers.** Sentences of different articles that count one kind of harm with ranges
   that do not meet (``crossdoc.counts``: "at least 42 people were killed" and "38 dead")
   disagree (a sentence dated a month or more before its article counts an earlier event
   and is left out): every sentence that counts that kind makes one more claim, the count, with a
   ``number`` conflict. The sentences keep their place in the groups of step 2 as well: a
   sentence tells more than its count.
5. **Wording, modality, actor, date.** A quotation that another article of the claim
   words otherwise ("fast and transparent" against "swift and transparent inquiry",
   "strong response" against "harshly": ``crossdoc.variants``) is a ``wording`` conflict,
   and both wordings are the claim's variants. The propositions of the sentences, compared
   predicate by predicate (``crossdoc.stances``), give ``modality`` ("discussed" against
   "agreed"), ``actor`` (who did it) and ``date`` conflicts (days that cannot be the same).
6. **Verdict.** Two members whose origins share a name are not independent, so the group's
   independent origins are the groups of members linked that way. A claim with a conflict
   is ``conflicting``; otherwise one article is ``single_source``, several articles with
   one origin are ``echoed`` and two or more origins are ``corroborated``.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from triangulate.crossdoc.alignment import (
    Passage,
    PassageIndex,
    build_passage,
    reweighted,
    similarity,
    story_rarity,
)
from triangulate.crossdoc.counts import Count, counts, disagree
from triangulate.crossdoc.origins import independent_origins
from triangulate.crossdoc.stances import ActorOf, Dated, Stated, clashes, dates_in
from triangulate.crossdoc.variants import quotations, variant
from triangulate.models import (
    Analysis,
    Article,
    ClaimConflict,
    ClaimGroup,
    Evidence,
    Proposition,
    Quote,
)
from triangulate.temporal.intervals import interval, published_interval

METHOD = "claims.v2"
_MIN_SHARED = 2  # terms two sentences share, at the least, to tell the same thing
#: words that stamp an article with its time ("Posted: July 29, 2004"), just before a date
_STAMP = re.compile(r"\b(?:posted|published|updated|last updated)\b\W*(?:on|at)?\W*$", re.I)
#: a date with a clock time: a time stamp, not the date of what is told
_CLOCKED = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_BACKGROUND_DAYS = 30  # a count dated this long before its article counts an earlier event
_NEAR_TIE = 0.9  # a neighbour this nearly as alike as the best sentence is picked too


@dataclass(frozen=True, slots=True)
class ClaimOptions:
    """How a sentence becomes a claim, and how alike two must be to tell the same thing."""

    min_terms: int = 4
    min_similarity: float = 0.25
    name_weight: float = 0.5  # names say whom a sentence is about, not what it claims


@dataclass(frozen=True, slots=True)
class _Member:
    passage: Passage
    order: int  # the article's position in the story
    origins: frozenset[str]  # casefolded
    names: tuple[str, ...]  # as written
    via: tuple[str, ...]
    when: tuple[Dated, ...] = ()  # the dates of what it tells
    propositions: tuple[Proposition, ...] = ()  # what its clauses state
    day: date | None = None  # its article's publication day (the first, for a range)


def group_claims(
    article_ids: Sequence[str],
    articles: Mapping[str, Article],
    analyses: Mapping[str, Analysis],
    origins_of: Callable[[str], Sequence[str]],
    options: ClaimOptions | None = None,
    actor_of: ActorOf | None = None,
) -> list[ClaimGroup]:
    """Return the claim groups of a story, in the order of their first sentence.
    ``origins_of`` gives what an article rests on (the outlets it cites, or its own; a
    copy's: its original's); ``actor_of`` the entity that words of an article name, to
    find ``actor`` conflicts (none without it)."""
    options = options or ClaimOptions()
    ids = [a for a in dict.fromkeys(article_ids) if a in articles and a in analyses]
    members = _members(ids, articles, analyses, origins_of, options)
    inside = set(ids)
    rarity = story_rarity(
        m.passage for m in members if articles[m.passage.article_id].copy_of not in inside
    )
    passages = [reweighted(m.passage, rarity) for m in members]
    groups = _aligned(passages, options.min_similarity)
    claims = [_claim([members[i] for i in group], actor_of=actor_of) for group in groups]
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
        skip = [(t.start, t.end) for t in analysis.timexes] + _frames(analysis)
        rests_on = tuple(origins_of(article_id))
        named = [(m.start, m.end) for m in analysis.mentions]
        stated_in = sorted(analysis.propositions, key=lambda p: p.predicate_start)
        published = published_interval(article.published)
        day = published[0] if published else None
        starts = [p.predicate_start for p in stated_in]
        for span in analysis.sentences:
            passage = build_passage(
                article_id, article.text, span, skip, named, options.name_weight
            )
            if len(passage.terms) < options.min_terms:
                continue
            names, via = sentence_provenance(span, analysis.quotes, rests_on)
            origins = frozenset(name.casefold() for name in names)
            when = sentence_dates(span, analysis, article.text)
            stated = tuple(stated_in[bisect_left(starts, span[0]) : bisect_left(starts, span[1])])
            members.append(_Member(passage, order, origins, names, via, when, stated, day))
    return members


def sentence_dates(span: tuple[int, int], analysis: Analysis, text: str) -> tuple[Dated, ...]:
    """The calendar dates a sentence gives for what it tells: those inside the content of its
    attribution when it has one ("said on Tuesday that the dam failed on Monday": Monday),
    and not a time stamp of the article ("Posted: July 29, 2004", "2/3/2009 11:11 PM")."""
    start, end = span
    contents = [(q.start, q.end) for q in analysis.quotes if q.start < end and start < q.end]
    found = []
    for timex in analysis.timexes:
        if not (start <= timex.start and timex.end <= end) or timex.type not in ("DATE", "TIME"):
            continue
        if contents and not any(s <= timex.start and timex.end <= e for s, e in contents):
            continue
        if _STAMP.search(text, max(0, timex.start - 20), timex.start) or _CLOCKED.match(
            timex.value or ""
        ):
            continue
        days = interval(timex.value, timex.mod)
        if days is not None:
            found.append((timex, days))
    return tuple(found)


def _frames(analysis: Analysis) -> list[tuple[int, int]]:
    """The spans that say where a sentence comes from, not what it claims: the cues and
    sources of attributions and the outlets cited ("a US official said", "according to
    Axios"), so sharing them makes no two sentences alike."""
    spans = [(q.cue_start, q.cue_end) for q in analysis.quotes]
    spans += [
        (q.source_start, q.source_end)
        for q in analysis.quotes
        if q.source_start is not None and q.source_end is not None
    ]
    return spans + [(c.start, c.end) for c in analysis.citations]


def sentence_provenance(
    span: tuple[int, int], quotes: Sequence[Quote], rests_on: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The origins a sentence rests on and the chain it is attributed through, outermost
    first: the chain's outermost outlet ("according to Axios, a US official said ..."), the
    outlet that is its source ("Axios reported that ..."), else ``rests_on`` (what its article
    rests on)."""
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
    """Groups of passages that tell the same thing, one per article or two that follow each
    other (one outlet may say in two sentences what another says in one).

    Each passage picks its most alike passage in every other article, and the next sentence
    or the one before when that is nearly as alike (a near tie). Two passages that picked
    each other are linked. Links join groups from the most alike down, and only when the
    joined group keeps one passage per article (or two that follow each other) and its
    passages are alike on average (average link): so a chain of links, each alike enough,
    never strings unrelated sentences into one claim.
    """
    index = PassageIndex(passages)
    picks: list[dict[str, dict[int, float]]] = []
    for passage in passages:
        mine: dict[str, dict[int, float]] = {}
        for other, score in index.similar(passage, threshold):
            article_id = passages[other].article_id
            if article_id == passage.article_id:
                continue
            if len(passage.terms.keys() & passages[other].terms.keys()) < _MIN_SHARED:
                continue  # one rare word in common is no claim in common
            chosen = mine.setdefault(article_id, {})
            if not chosen:
                chosen[other] = score  # best first: the most alike in the article
            elif len(chosen) == 1 and _NEAR_TIE * max(chosen.values()) <= score:
                (first,) = chosen
                if abs(first - other) == 1:
                    chosen[other] = score
        picks.append(mine)
    links = sorted(
        (
            (score, number, other)
            for number, mine in enumerate(picks)
            for chosen in mine.values()
            for other, score in chosen.items()
            if number < other and number in picks[other].get(passages[number].article_id, {})
        ),
        key=lambda link: (-link[0], link[1], link[2]),
    )
    group_of = list(range(len(passages)))
    groups: dict[int, list[int]] = {n: [n] for n in range(len(passages))}
    for _, first, second in links:
        kept, joined = group_of[first], group_of[second]
        if kept == joined or not _may_join(groups[kept], groups[joined], passages, threshold):
            continue
        for member in groups[joined]:
            group_of[member] = kept
        groups[kept].extend(groups.pop(joined))
    return sorted(groups.values(), key=min)


def _may_join(
    one: Sequence[int], two: Sequence[int], passages: Sequence[Passage], threshold: float
) -> bool:
    """True when the two groups joined keep one passage per article, or two that follow each
    other, and their passages are alike on average."""
    by_article: dict[str, list[int]] = {}
    for number in (*one, *two):
        by_article.setdefault(passages[number].article_id, []).append(number)
    for numbers in by_article.values():
        if len(numbers) > 2 or (len(numbers) == 2 and abs(numbers[0] - numbers[1]) != 1):
            return False
    pairs = [(a, b) for a in one for b in two if passages[a].article_id != passages[b].article_id]
    if not pairs:
        return False
    total = sum(similarity(passages[a], passages[b]) for a, b in pairs)
    return total / len(pairs) >= threshold


def _number_claims(members: Sequence[_Member]) -> list[ClaimGroup]:
    """One conflicting claim per kind of harm that articles count with ranges that do not
    meet, made of every sentence that counts that kind."""
    found = [
        (m, count)
        for m, member in enumerate(members)
        if not _looks_back(member)
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


def _looks_back(member: _Member) -> bool:
    """True when a sentence dates what it tells well before its article was published ("a
    quake killed 26,000 in December 2003"): its counts are of an earlier event."""
    if member.day is None:
        return False
    return any((member.day - days[1]).days > _BACKGROUND_DAYS for _, days in member.when)


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
                found = variant(quoted, second.passage.text, first.passage.text)
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


def _stance_conflicts(members: Sequence[_Member], actor_of: ActorOf | None) -> list[ClaimConflict]:
    """``modality``, ``actor`` and ``date`` conflicts between the propositions of sentences
    of different articles (``crossdoc.stances``), one per distinct detail."""
    found: dict[tuple[str, str], ClaimConflict] = {}
    states = [[Stated(p, m.day, dates_in(p, m.when)) for p in m.propositions] for m in members]
    for n, first in enumerate(members):
        for m, second in enumerate(members[n + 1 :], start=n + 1):
            if first.passage.article_id == second.passage.article_id:
                continue
            for stated in states[n]:
                for kind, detail in clashes(stated, states[m], actor_of):
                    if (kind, detail) not in found:
                        evidence = (_evidence(first), _evidence(second))
                        found[(kind, detail)] = ClaimConflict(kind, detail, evidence)
    return list(found.values())


def _evidence(member: _Member) -> Evidence:
    passage = member.passage
    return Evidence(passage.article_id, passage.start, passage.end, passage.text, member.via)


def _claim(
    members: Sequence[_Member],
    conflicts: tuple[ClaimConflict, ...] = (),
    about: str = "",
    actor_of: ActorOf | None = None,
) -> ClaimGroup:
    """The claim of ``members``; ``about`` names what it is about when its sentences also make
    another claim (a count), so that the two keep distinct ids."""
    ordered = sorted(members, key=lambda m: (m.order, m.passage.start))
    article_ids = tuple(dict.fromkeys(m.passage.article_id for m in ordered))
    independent = independent_origins(m.origins for m in ordered)
    variants, wording = _wordings(ordered) if len(article_ids) > 1 else ([], [])
    stated = _stance_conflicts(ordered, actor_of) if len(article_ids) > 1 else []
    conflicts = (*conflicts, *wording, *stated)
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
    main = ordered[0].propositions[0] if ordered[0].propositions else None
    dated = dates_in(main, ordered[0].when) if main is not None else ()
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
        proposition=main,
        when=dated[0][0].value if len(dated) == 1 else None,
    )


def _claim_id(passage: Passage, about: str) -> str:
    key = f"{passage.article_id}:{passage.start}" + (f":{about}" if about else "")
    return "c" + hashlib.sha256(key.encode()).hexdigest()[:11]
