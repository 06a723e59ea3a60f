"""Time expressions: found in the parse, normalised to TIMEX3 against the publication date.

Spans are the parser's DATE and TIME entities, cut to TimeML extents, plus the expressions
the parser misses ("now", "daily", "every Thursday"); the rules are data in
:mod:`triangulate.nlp.lexicons.time_patterns`. Values come from
:mod:`triangulate.temporal`: deictic expressions against the publication date, anaphoric ones
against the narrative's last date, weekdays and months in the direction of the clause's tense.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from triangulate.models import Article, TimeExpr
from triangulate.nlp.lexicons import time_patterns as rules
from triangulate.nlp.lexicons.time_words import MONTHS, WEEKDAYS
from triangulate.temporal import is_temporal, normalise_document

EXTRACTOR = "timex.v4"
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "npadvmod", "poss"})


def extract_timexes(doc: Doc, article: Article) -> list[TimeExpr]:
    """Return the time expressions of ``doc`` with TIMEX3 type, value and mod."""
    published = article.published
    anchor = _to_date(published.value) if published and published.precision == "day" else None
    spans = find_spans(doc)
    tenses = [_tense(span) for span in spans]
    texts = [_with_period_end(span) for span in spans]
    values = normalise_document(zip(texts, tenses, strict=True), anchor)
    return [
        TimeExpr(
            article_id=article.article_id,
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            type=kind,
            value=value,
            mod=mod,
            anchor=anchor.isoformat() if anchor else None,
            extractor=EXTRACTOR,
            tense=tense,
        )
        for span, tense, (kind, value, mod) in zip(spans, tenses, values, strict=True)
    ]


def _with_period_end(span: Span) -> str:
    """The span's text, with "ended"/"ending" when they follow: "the year [ended] March 31" is
    a fiscal year, twelve months, not the calendar year."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in rules.PERIOD_ENDS:
        return f"{span.text} {doc[span.end].lower_}"
    return span.text


def find_spans(doc: Doc) -> list[Span]:
    """The time expressions of ``doc``, in text order, without overlaps."""
    found: list[Span] = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME"):
            found.extend(s for piece in _split(ent) if (s := _repair(piece)) is not None)
    taken = {i for span in found for i in range(span.start, span.end)}
    for kind, start, end in _matcher(doc.vocab)(doc):
        if doc.vocab.strings[kind] in rules.TRIM_FIRST:
            start += 1
        if not taken.intersection(range(start, end)):
            found.append(doc[start:end])
            taken.update(range(start, end))
    spans = sorted((s for s in map(_extend, found) if _keep(s)), key=lambda s: s.start)
    return _joined(_without_overlaps(spans))


@cache
def _matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    for kind, patterns in rules.PATTERNS.items():
        matcher.add(kind, patterns, greedy="LONGEST")
    return matcher


def _split(span: Span) -> Iterator[Span]:
    """Cut an entity holding two expressions at a joining word."""
    start = span.start
    for token in span:
        joins = token.lower_ in rules.SPLIT_WORDS or (
            token.lower_ == rules.SPLIT_OF and _counted(span.doc[start : token.i])
        )
        if joins and token.i > start and token.i + 1 < span.end and not _a_half(token):
            left, right = span.doc[start : token.i], span.doc[token.i + 1 : span.end]
            if is_temporal(left.text) and is_temporal(right.text):
                yield left
                start = token.i + 1
    yield span.doc[start : span.end]


def _a_half(joining: Token) -> bool:
    """ "a minute and [a half]": one duration, not two expressions."""
    after = [t.lower_ for t in joining.doc[joining.i + 1 : joining.i + 3]]
    return after[:1] == ["half"] or after == ["a", "half"]


def _counted(span: Span) -> bool:
    """A number of units ("the first nine months"): a duration, apart from the date after it."""
    return any(t.like_num for t in span) and span[-1].lower_ in rules.COUNTED_UNITS


def _repair(span: Span) -> Span | None:
    """Cut a span to its TimeML extent: no leading prepositions or hedges, no trailing 's."""
    doc, start, end = span.doc, span.start, span.end
    while start < end - 1:
        word = doc[start].lower_
        if (
            word in rules.STRIP_LEADING
            or (word in ("the", "a", "an") and _premodifier(doc[start + 1 : end]))
            or (doc[start].like_num and doc[start + 1].lower_ in ("a", "an"))
        ):
            start += 1
        else:
            break
    while end > start + 1 and (
        doc[end - 1].lower_ in rules.STRIP_TRAILING
        or (doc[end - 1].lower_ in rules.STRIP_TRAILING_WORDS and doc[end - 2].like_num is False)
    ):
        end -= 1
    return doc[start:end] if end > start else None


def _premodifier(span: Span) -> bool:
    """The expression modifies a noun outside it: "the [Oct. 23] slaying", "a [two-day] visit"."""
    if any(t.lower_ in ("past", "last", "next", "first", "coming") for t in span[:1]):
        return False
    last = span[-1]
    if last.dep_ in _MODIFIER_DEPS and last.head.i >= span.end:
        return last.head.pos_ in ("NOUN", "PROPN")
    # "the [year-ago] quarter": the parser hangs the noun on a word inside the expression
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        following is not None
        and following.pos_ in ("NOUN", "PROPN", "SYM", "NUM")
        and following.head.i < span.end
        and following.dep_ in ("npadvmod", "dobj", "pobj", "nsubj", "compound", "nmod")
        and span[-1].lower_ in ("ago", "earlier")
    )


def _keep(span: Span) -> bool:
    """Not an age ("49", "a 6-year-old boy"), a model number or a name tagged as a date."""
    words = [t.lower_ for t in span]
    if "old" in words or (span.end < len(span.doc) and span.doc[span.end].lower_ == "old"):
        return False
    if all(t.like_num for t in span) and not (
        len(span) == 1
        and span[0].text.isdigit()
        and len(span[0].text) == 4
        and span[0].text[:2] in ("19", "20", "18")
    ):
        return False
    if (
        len(span) == 1
        and span[0].lower_ in rules.ADJECTIVE_FREQUENCIES
        and span[0].dep_ in ("amod", "compound")
    ):
        return False  # "a quarterly dividend": a kind of thing
    if any(t.lower_ in MONTHS and t.is_alpha and t.text.islower() for t in span):
        return False  # "at this march": a month is written with a capital
    if _of_a_person(span):
        return False  # "in his 30s": an age
    if len(span) == 1 and span[0].lower_ in rules.NOT_ALONE:
        return False
    if any(_capitalised_mid_sentence(t) for t in span) and not _calendar_name(span):
        return False  # a name: "This Week" on ABC, "60 Minutes", "VOA Today"
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if span[-1].pos_ == "PROPN" and following is not None and following.pos_ == "PROPN":
        return _names_a_date(span)  # "Daily [Ledger]" is a name, "Thanksgiving Day" a date
    return is_temporal(span.text)


def _of_a_person(span: Span) -> bool:
    """A decade someone is in: "his 30s"."""
    decade = span[-1]
    owner = [c for c in decade.children if c.dep_ == "poss" and c.lower_ in rules.PERSONAL]
    if not owner and span.start > 0:
        before = span.doc[span.start - 1]
        owner = [before] if before.lower_ in rules.PERSONAL and before.head == decade else []
    return bool(owner) and decade.lower_.endswith("s") and decade.lower_[:1].isdigit()


def _capitalised_mid_sentence(token: Token) -> bool:
    return (
        token.is_title
        and not token.is_sent_start
        and token.lower_ in rules.NAMEABLE_TIME_WORDS
        and token.i > 0
        and not _opens(token.doc[token.i - 1])
    )


def _opens(token: Token) -> bool:
    """Punctuation or space before a word, which may then be capitalised: '``Today, ...'."""
    return token.is_punct or token.is_space or token.is_quote or token.pos_ == "PUNCT"


def _calendar_name(span: Span) -> bool:
    return any(t.lower_ in rules.CALENDAR_NAMES for t in span)


def _names_a_date(span: Span) -> bool:
    return _calendar_name(span) or any(t.like_num for t in span)


def _extend(span: Span) -> Span:
    """Join a neighbouring part of day, clock word or "each"/"every" to the span."""
    doc, start, end = span.doc, span.start, span.end
    if end < len(doc) and doc[end].lower_ in rules.PARTS_OF_DAY and doc[end - 1].ent_type_:
        end += 1
    if start > 0 and doc[start - 1].lower_ in ("noon", "midnight", "each", "every"):
        start -= 1
    if (
        start > 0
        and doc[start - 1].lower_ in rules.TAKE_DETERMINERS
        and _unit_first(span)
        and not (doc[start - 1].lower_ == "the" and _premodifier(span))
    ):
        start -= 1
    if end < len(doc) and doc[end].lower_ in rules.PERIOD_NOUNS and span[-1].like_num:
        end += 1
    return doc[start:end]


def _unit_first(span: Span) -> bool:
    return span[0].lower_ in rules.DETERMINED_WORDS


def _joined(spans: list[Span]) -> list[Span]:
    """Join a clock time or part of day to the day after it ("4 a.m. EDT Thursday",
    "5 p.m. EST, Nov. 9", "mid-afternoon yesterday") and a weekday to its calendar date
    ("Friday Oct. 13")."""
    joined: list[Span] = []
    for span in spans:
        if joined and (_clock_then_day(joined[-1], span) or _weekday_then_date(joined[-1], span)):
            joined[-1] = span.doc[joined[-1].start : span.end]
        else:
            joined.append(span)
    return joined


def _clock_then_day(first: Span, second: Span) -> bool:
    between = [t.lower_ for t in first.doc[first.end : second.start]]
    return (
        all(w in rules.TIME_ZONES or w == "," for w in between)
        and len(between) <= 2
        and _time_of_day(first)
        and not _time_of_day(second)
        and (not between or any(t.lower_ in rules.CLOCK_WORDS for t in first))
    )


def _weekday_then_date(first: Span, second: Span) -> bool:
    between = [t.lower_ for t in first.doc[first.end : second.start]]
    return (
        between in ([], [","])
        and len(first) == 1
        and first[0].lower_ in WEEKDAYS
        and any(t.lower_.rstrip(".") in MONTHS for t in second)
    )


def _time_of_day(span: Span) -> bool:
    """A clock time or part of day: "5 p.m.", "noon", "mid-afternoon"."""
    return any(
        t.lower_ in rules.CLOCK_WORDS or t.lower_.rsplit("-", 1)[-1] in rules.PARTS_OF_DAY
        for t in span
    )


def _without_overlaps(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in spans:
        if kept and span.start < kept[-1].end:
            if len(span) > len(kept[-1]):
                kept[-1] = span
            continue
        kept.append(span)
    return kept


def _tense(span: Span) -> str | None:
    """past | present | future of the clause the expression qualifies; None without a verb.

    Plans and deadlines count as future ("is scheduled to close Monday", "postponed until
    Tuesday") unless the plan itself lies in the past ("had been due to expire Friday").
    A possessive weekday ("Thursday's closing price") is past.
    """
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in ("'s", "'") and span.root.ent_type_:
        return "past"
    head = span.root.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    governor = head
    if head.dep_ in ("xcomp", "ccomp", "advcl"):
        governor = head.head
        while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
            governor = governor.head  # "had been [due] to expire": the verb "due" hangs on
    auxiliaries = _auxiliaries(head)
    governing = _auxiliaries(governor) if governor.i != head.i else []
    if {"had", "'d"} & {*auxiliaries, *governing} or (
        governor.tag_ == "VBD" and "to" in auxiliaries and governor.lemma_ in rules.FUTURE_LEMMAS
    ):
        return "past"  # "had been due to expire Friday", "planned to pay on Friday"
    participle = head.tag_ == "VBN" and not {"has", "have", "be", "been"} & set(auxiliaries)
    modal = any(a in rules.FUTURE_MODALS for a in auxiliaries)
    if modal and "have" in auxiliaries:
        return "past"  # "could have arrived on Tuesday"
    if span.root.head.lower_ in rules.FUTURE_PREPOSITIONS and (
        head.tag_ not in ("VBD", "VBN") or head.lemma_ in rules.FUTURE_LEMMAS
    ):
        return "future"  # "talks resume until Friday", "postponed until Tuesday"
    planned = head.lemma_ in rules.FUTURE_LEMMAS or (
        "to" in auxiliaries
        and (governor.lemma_ in rules.FUTURE_LEMMAS or governor.lower_ == "going")
    )
    if planned and head.tag_ != "VBD":
        return "future"
    if (
        any(a in rules.FUTURE_AUXILIARIES for a in auxiliaries)
        or (modal and head.tag_ == "VB")  # "could come as early as Tuesday"
        or (
            "to" in auxiliaries and governor.lemma_ == "be" and governor.tag_ in ("VBZ", "VBP")
        )  # "is to resume on Tuesday"
        or "going" in auxiliaries
        or (head.tag_ in ("VB", "VBP", "VBZ") and any(a in ("is", "are") for a in auxiliaries))
    ):
        return "future"
    if head.tag_ == "VBD" or any(a in ("was", "were", "did") for a in auxiliaries):
        return "past"
    if participle:
        return "past"  # "the injunction issued Thursday"
    return "present"


def _auxiliaries(verb: Token) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _to_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
