"""Plain typed records of the domain: articles, their annotations, stories.

Every annotation points into its article's ``text`` with ``start``/``end`` character offsets
(end exclusive); those offsets are the truth and ``text`` fields are copies for display.
Records that come from an extractor carry its versioned name (``extractor``) so that stored
data can be traced to the code that produced it. No I/O and no spaCy here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Offsets = tuple[int, int]


@dataclass(frozen=True, slots=True)
class PublishedDate:
    """When an article was published, as a TIMEX3 value with its precision.

    ``earliest``/``latest`` bound the date (equal for a known day); ``inferred`` is true when
    the date was not stated but worked out, and ``basis`` says from what.
    """

    value: str | None
    precision: str  # day | month | year | range
    earliest: str | None = None
    latest: str | None = None
    inferred: bool = False
    basis: str = ""
    time: str | None = None  # "21:01" when the source gives a time of day


@dataclass(frozen=True, slots=True)
class Article:
    """One news report, as ingested. ``text`` is the body every annotation points into."""

    article_id: str
    source: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: PublishedDate | None = None
    dateline: str | None = None
    agency: str | None = None  # the agency a dateline names: "TEHRAN (Reuters) -"
    author: str | None = None
    url: str | None = None
    section: str | None = None
    language: str = "en"
    boilerplate: tuple[str, ...] = ()
    copy_of: str | None = None


@dataclass(frozen=True, slots=True)
class CopySignature:
    """What near-duplicate detection needs of one stored article."""

    article_id: str
    signature: bytes  # MinHash of word shingles
    published: str | None
    seq: int  # ingest order
    outlet: str | None = None
    agency: str | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be turned into an article, and why."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity span (PERSON, ORG, GPE, ...)."""

    article_id: str
    start: int
    end: int
    text: str
    label: str
    extractor: str


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression normalised to TIMEX3 (type, value, mod) against ``anchor``."""

    article_id: str
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    extractor: str
    mod: str | None = None
    anchor: str | None = None
    tense: str | None = None  # past | present | future: of the clause it qualifies


@dataclass(frozen=True, slots=True)
class Quote:
    """An attribution: who (source) said what (content), signalled by which cue.

    ``start``/``end`` delimit the content. ``via`` is the chain of intermediaries, outermost
    first: the outlet that relays the speaker's words and the sources whose statements hold
    this one ("Axios" -> "a US official"). ``source_kind`` is person, state, institution,
    outlet, group, anonymous, vague, document or other; an unnamed source has its
    ``source_count`` ("two other sources": 2) and ``source_affiliation`` ("a US official":
    "US"). ``hedges`` are the words that weaken it ("reportedly", "might", "is expected to").
    """

    article_id: str
    start: int
    end: int
    text: str
    kind: str  # direct | indirect | mixed
    cue: str
    cue_start: int
    cue_end: int
    extractor: str
    speaker_text: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    speaker: str | None = None
    via: tuple[str, ...] = ()
    source_kind: str | None = None
    source_count: int | None = None
    source_affiliation: str | None = None
    hedges: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Citation:
    """An outlet or agency that the article cites as its source ("according to Axios")."""

    article_id: str
    start: int
    end: int
    text: str
    name: str
    pattern: str  # which construction found it: according_to, media_verb, told, dateline, ...
    extractor: str


@dataclass(frozen=True, slots=True)
class EventRecord:
    """A coded event in one sentence: PLOVER type and mode, actor and recipient words, and the
    PLOVER contexts of the sentence."""

    article_id: str
    start: int
    end: int
    text: str
    event: str
    extractor: str
    mode: str | None = None
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    contexts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Proposition:
    """What one clause states: who did (``predicate``) what, where, with which polarity and
    modality, and in which attribution it sits.

    ``start``/``end`` delimit the clause (the evidence span; for reported speech the content
    clause, so that the time expressions inside it are the proposition's own). ``predicate``
    is a lower-case verb lemma, for a light verb and its noun the noun's verb ("launched an
    attack": "attack"); ``predicate_start``/``predicate_end`` are the words it comes from.
    ``polarity`` is positive or negative; ``modality`` asserted, possible, future,
    discussed, agreed or demanded, and ``cues`` are the words that set the two.
    ``quote_start``/``quote_end`` are the content offsets of the article's :class:`Quote`
    that holds the predicate, and ``said_by`` its source text.
    """

    article_id: str
    start: int
    end: int
    text: str
    predicate: str
    predicate_start: int
    predicate_end: int
    polarity: str  # positive | negative
    modality: str  # asserted | possible | future | discussed | agreed | demanded
    extractor: str
    who: str | None = None
    who_start: int | None = None
    who_end: int | None = None
    what: str | None = None
    what_start: int | None = None
    what_end: int | None = None
    where: str | None = None
    where_start: int | None = None
    where_end: int | None = None
    said_by: str | None = None
    quote_start: int | None = None
    quote_end: int | None = None
    cues: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the per-article pipeline produced for one article."""

    article_id: str
    pipeline: str
    sentences: tuple[Offsets, ...] = ()
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[TimeExpr, ...] = ()
    quotes: tuple[Quote, ...] = ()
    citations: tuple[Citation, ...] = ()
    events: tuple[EventRecord, ...] = ()
    terms: dict[str, float] = field(default_factory=dict)
    propositions: tuple[Proposition, ...] = ()


@dataclass(frozen=True, slots=True)
class Story:
    """Articles that report one event or developing situation."""

    story_id: str
    title: str
    article_ids: tuple[str, ...]
    method: str


@dataclass(frozen=True, slots=True)
class StoryChange:
    """Stories that a later run merged or split: ``from_ids`` became ``into_ids``.

    A merge has several ``from_ids`` and one ``into_ids``; a split the other way round.
    """

    kind: str  # merged | split
    from_ids: tuple[str, ...]
    into_ids: tuple[str, ...]
    at: str = ""  # when the store recorded it (ISO 8601, UTC)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a story's information comes from, and which articles rest on it."""

    name: str
    kind: str  # outlet | agency | ...
    article_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing named in a story, with the mentions that name it."""

    entity_id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of one article that supports a cross-document item, with the chain of sources
    it is attributed through, outermost first ("Axios" -> "a US official")."""

    article_id: str
    start: int
    end: int
    text: str
    via: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ClaimConflict:
    """Articles of a claim that disagree: ``type`` number, wording, date, modality or actor,
    what differs in words, and a sentence for each side."""

    type: str
    detail: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """Sentences of a story's articles that tell the same thing, and the verdict on it:
    ``conflicting`` (articles disagree), ``corroborated`` (two or more independent origins),
    ``echoed`` (several articles, one origin) or ``single_source`` (one article)."""

    claim_id: str
    text: str
    status: str
    independent_origins: int
    origins: tuple[str, ...]
    article_ids: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    conflicts: tuple[ClaimConflict, ...] = ()
    variants: tuple[tuple[str, str], ...] = ()  # (article id, words) of a quotation's wordings
    proposition: Proposition | None = None  # what its first sentence states, first clause
    when: str | None = None  # the TIMEX3 value of the one date that clause gives


@dataclass(frozen=True, slots=True)
class InferredDate:
    """A publication date worked out for an undated article, with its time expressions
    normalised again as if published then (values that differ across the range are None)."""

    article_id: str
    published: PublishedDate
    timexes: tuple[TimeExpr, ...]
    method: str


@dataclass(frozen=True, slots=True)
class TimelineConflict:
    """Another date that some articles give for the happening of a timeline item."""

    date: str
    precision: str
    article_ids: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One dated point of a story: a happening told by one or more articles, or a publication.

    ``conflicts`` lists the dates that other articles give for the same happening.
    """

    date: str
    precision: str
    kind: str  # happened | reported | scheduled
    text: str
    article_ids: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    conflicts: tuple[TimelineConflict, ...] = ()


@dataclass(frozen=True, slots=True)
class StoryEvent:
    """One event of a story, deduplicated across its reports.

    ``date`` is the TIMEX3 value of when it happened, as its reports agree ("2026-02-23");
    ``first_reported`` the earliest day one of its articles was published; ``claim_ids`` the
    story's claims that hold its sentences; ``origins`` the names its sentences rest on, of
    which ``independent_origins`` are independent.
    """

    event: str
    mode: str | None
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    date: str | None
    records: tuple[EventRecord, ...]
    article_ids: tuple[str, ...]
    independent_origins: int
    first_reported: str | None = None
    claim_ids: tuple[str, ...] = ()
    origins: tuple[str, ...] = ()
