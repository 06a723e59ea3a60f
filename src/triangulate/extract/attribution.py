"""Attributions: who said, thought or wanted what, signalled by which cue, relayed by whom.

A cue is a verb of saying, stance, intention, belief or appearance, a noun naming a statement
("Trump's claim that"), an adjective of stance after "be" ("worried about"), "according to",
"X quoted Y as saying", a line's "Name:" label and a few more constructions (lexicons in
``nlp/lexicons``). Its content is, in this order, the verb's clausal complement ("said [the
inquiry would ...]"), what seems so ("[Cruz] seemed [lost]"), its infinitive ("declined [to
say ...]"), its object with what qualifies it ("accused [Obama of exploitation]"), its
prepositional object ("pointed to [Cruz's record]"), or, for a verb of saying without
complement, what precedes it ("..., police said") or the quotation around it ('"A," he said,
"B."'). Quotations are taken whole, over sentences and paragraphs. Sources and speakers come
from :mod:`triangulate.extract.speakers`, source types from :mod:`.sources`, hedges from
:mod:`.hedges`; ``via`` holds the outlets and outer sources that relay a statement. Docs:
``docs/attribution.md``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from triangulate.extract.citations import canonical_outlet
from triangulate.extract.hedges import find_hedges
from triangulate.extract.quotations import (
    CLOSE,
    OPEN,
    closing_mark,
    next_word,
    open_mark,
    quotation_before,
    quotation_ending_before,
    to_closing_quote,
    whole_quotation,
)
from triangulate.extract.sources import type_source
from triangulate.extract.spans import has_quote, is_quoted, subtree_span, widen_to_quotes
from triangulate.extract.speakers import (
    agent_of,
    identify,
    in_paragraph,
    relays,
    source_span,
    subject_of,
)
from triangulate.models import Article, Citation, Quote
from triangulate.nlp.lexicons.attribution_cues import (
    ADJECTIVE_PREPOSITIONS,
    APPEARANCE_VERBS,
    CLAUSAL_ADJECTIVES,
    COGNITION_VERBS,
    CUE_VERBS,
    HEADLINE_LABELS,
    HEARSAY_ADVERBS,
    HELD_NOMINAL_CUES,
    INTENT_VERBS,
    LEMMA_FIXES,
    LIGHT_ADJECTIVES,
    LIGHT_NOUNS,
    LIGHT_PREPOSITIONS,
    LIGHT_VERBS,
    NAMING_VERBS,
    NOMINAL_CUES,
    NOMINAL_PREPOSITIONS,
    PHRASAL_CUES,
    PHRASAL_PREPOSITIONS,
    POLL_NOUNS,
    PREPOSITION_CUES,
    QUOTING_VERBS,
    ROLE_NOUNS,
    ROLE_VERBS,
    STANCE_ADJECTIVES,
    STANCE_VERBS,
    STATED_NOUNS,
    WRITER_SUBJECTS,
)
from triangulate.nlp.lexicons.reporting_verbs import REPORTING_VERBS

EXTRACTOR = "attribution.v4"
_ADDRESSING = frozenset(
    {"tell", "ask", "warn", "urge", "remind", "inform", "assure", "notify", "brief", "advise"}
)
#: verbs of saying or intention whose object is not what is said: "added trucks", "chose X"
_PLAIN_OBJECTS = frozenset({"add", "maintain", "push", "choose", "vote", "decide", "charge"})
_DIRECTIVE = frozenset({"urge", "ask", "call", "warn", "advise", "order", "tell", "encourage"})
_QUESTION_WORDS = frozenset({"when", "why", "how", "whether", "if", "what", "where", "who"})
_CUE_CLAUSE = frozenset(
    {"nsubj", "aux", "neg", "advmod", "npadvmod", "prep", "dobj", "dative", "agent", "prt"}
)
_NOT_QUALIFIERS = frozenset({"punct", "cc", "conj", "parataxis", "advcl", "ccomp", "npadvmod"})
_ADJUNCT_PREPOSITIONS = frozenset(
    {"by", "through", "during", "after", "before", "since", "despite", "amid", "via", "until"}
)
_BARE_PRONOUNS = frozenset({"it", "this", "that", "them"})
_EMBEDDED = frozenset({"relcl", "acl", "advcl", "pcomp", "xcomp", "csubj", "amod"})


def extract_attributions(doc: Doc, article: Article, citations: list[Citation]) -> list[Quote]:
    """Return the attributions in ``doc``; ``citations`` name the outlets that may relay them."""
    outlets = {c.name.casefold() for c in citations}
    found: dict[tuple[int, int], Quote] = {}
    for token in doc:
        quote = _quoted_as_saying(token, article, outlets) or _from_verb(token, article, outlets)
        quote = quote or _according_to(token, article, outlets) or _from_noun(token, article)
        quote = quote or _headline_colon(token, article) or _from_adjective(token, article)
        quote = quote or _in_poll(token, article) or _made_clear(token, article)
        quote = quote or _hearsay(token, article) or _dash_credit(token, article)
        quote = quote or _put_it(token, article) or _known_as(token, article)
        quote = quote or _from_be(token, article) or _headline_verb(token, article)
        if quote is None:
            continue
        held = found.get((quote.start, quote.end))
        if held is None or (_inside(held) and not _inside(quote)):
            found[(quote.start, quote.end)] = quote  # of one content, the cue outside it
    quotes = sorted(found.values(), key=lambda q: q.start)
    return _chained([_cited_outlet(q, outlets) for q in quotes])


def _objects(preposition: Token) -> list[Token]:
    """What a preposition governs: its object or clause ("of [the plan]", "of [losing]")."""
    return [c for c in preposition.children if c.dep_ in ("pobj", "pcomp")]


def _inside(quote: Quote) -> bool:
    return quote.start <= quote.cue_start < quote.end


def _cited_outlet(quote: Quote, outlets: set[str]) -> Quote:
    """A source that the article cites as an outlet is an outlet, whatever its entity type."""
    name = (quote.speaker or quote.speaker_text or "").casefold()
    if quote.source_kind in ("institution", "other") and name in outlets:
        return replace(quote, source_kind="outlet", source_count=1)
    return quote


def _chained(quotes: list[Quote]) -> list[Quote]:
    """Nested attribution kept as a chain: a statement whose cue lies in another's content
    is relayed by that one's source, outermost first ("Axios" -> "a US official")."""
    chained = []
    for quote in quotes:
        holders = sorted(
            (
                h
                for h in quotes
                if h is not quote
                and h.start <= quote.cue_start < h.end
                and h.end - h.start > quote.end - quote.start
            ),
            key=lambda h: h.start - h.end,
        )
        names = [h.speaker or h.speaker_text for h in holders]
        chain = tuple(dict.fromkeys(n for n in (*quote.via, *names) if n))
        own = (quote.speaker or quote.speaker_text or "").casefold()
        chain = tuple(n for n in chain if n.casefold() != own)
        chained.append(replace(quote, via=chain) if chain != quote.via else quote)
    return chained


def univocal(quotes: list[Quote]) -> list[Quote]:
    """One attribution per word, as the attribution corpora annotate (PolNeAR, PARC): a
    nested attribution, whose cue lies in another's content, gives way to the outer one.
    When two hold each other's cue ("A thinks X, B said"), the cue after its content is the
    outer one; of two with the same content, the one whose cue stands outside it."""
    kept: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: (q.start - q.end, q.start <= q.cue_start < q.end)):
        holders = [k for k in kept if k.start <= quote.cue_start < k.end]
        if holders and quote.end <= quote.cue_start:
            mutual = [k for k in holders if quote.start <= k.cue_start < quote.end]
            if len(mutual) == len(holders):
                kept = [k for k in kept if k not in mutual]
                holders = []
        if not holders:
            kept.append(quote)
    return sorted(kept, key=lambda q: q.start)


def _from_verb(verb: Token, article: Article, outlets: set[str]) -> Quote | None:
    lemma = LEMMA_FIXES.get(verb.lower_, verb.lemma_.lower())
    if lemma == "like" and any(c.lower_ in ("would", "'d", "’d") for c in verb.children):
        lemma = "want"  # "would like to"
    particle = _particle(verb, lemma)
    if particle is not None:
        return _phrasal(verb, lemma, particle, article)
    if verb.pos_ not in ("VERB", "AUX") or lemma not in CUE_VERBS or _imperative(verb):
        return None
    read_as_is = _has_read_as_is(verb)
    passive = any(c.dep_ == "auxpass" for c in verb.children) and not read_as_is
    found = _content(verb, lemma, passive)
    if found is None:
        return None
    content, cue_end = found
    if len(content) == 1 and content[0].lower_ in _BARE_PRONOUNS:
        return None  # "both our governments know it": a pronoun states nothing
    content = _with_elaboration(content, verb)
    if open_mark(verb.doc, verb.i) is None:  # a cue inside a quotation stays inside it
        content = whole_quotation(to_closing_quote(_without_asides(content, verb)), verb)
    if read_as_is:
        source: Span | None = source_span(next(c for c in verb.children if c.dep_ == "nsubjpass"))
    elif passive:
        source = agent_of(verb)
    elif lemma in APPEARANCE_VERBS or _asked(verb):
        source = None
    else:
        source = subject_of(verb)
    writer = source is None or source.text.lower() in WRITER_SUBJECTS
    if not passive and lemma in COGNITION_VERBS and writer:
        return None  # the writer's own thought or wish, or nobody's
    around = content.start < verb.i < content.end  # '"A," he said, "B."'
    if source is not None and content.start <= source.start < content.end and not around:
        return None  # the "content" holds the source: a misparse
    cue = verb.doc[_cue_start(verb) : max(cue_end, verb.i + 1)]
    return _make_quote(article, content, cue, source, relays(verb, outlets))


def _with_elaboration(content: Span, verb: Token) -> Span:
    """A content after its cue that a colon goes on to spell out runs to the end of what
    the colon introduces ("reiterated his pledges[: rebuilding the military, ...]")."""
    doc = verb.doc
    colon = content.end
    if content.start <= verb.i or colon + 1 >= len(doc) or doc[colon].text != ":":
        return content
    first = next_word(doc, colon + 1)
    if first >= len(doc) or "\n" in doc[colon + 1 : first + 1].text:
        return content
    end = doc[first].sent.end
    while end > first and (doc[end - 1].is_space or doc[end - 1].text in (".", ";")):
        end -= 1  # the sentence's own stop
    return doc[content.start : end]


def _has_read_as_is(verb: Token) -> bool:
    """Whether the parser read the "'s" of "he's said that ..." as "is", a passive: a
    person's subject and an object or clause show it is "has"."""
    children = list(verb.children)
    return (
        any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in children)
        and any(c.dep_ == "nsubjpass" and c.lower_ not in ("it", "that", "this") for c in children)
        and any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in children)
    )


def _particle(verb: Token, lemma: str) -> Token | None:
    """The particle or preposition that makes ``verb`` a phrasal cue ("laid [out]")."""
    particle = next((c for c in verb.children if c.dep_ in ("prt", "prep") and c.i > verb.i), None)
    if verb.pos_ != "VERB" or particle is None:
        return None
    pair = (lemma, particle.lower_)
    known = pair in PHRASAL_PREPOSITIONS or (pair in PHRASAL_CUES and particle.dep_ == "prt")
    return particle if known else None


def _phrasal(verb: Token, lemma: str, particle: Token, article: Article) -> Quote | None:
    """Phrasal cues: "laid out her plan" reads as "outlined", "went after Cruz" as
    "attacked Cruz"."""
    doc = verb.doc
    pair = (lemma, particle.lower_)
    if pair in PHRASAL_PREPOSITIONS:
        target = next((c for c in particle.children if c.dep_ == "pobj"), None)
        if target is None:
            return None
        content, cue_end = subtree_span(target), particle.i + 1
    else:
        found = _content(verb, PHRASAL_CUES[pair], False)
        if found is None:
            return None
        content, cue_end = found[0], max(found[1], particle.i + 1)
    source = None if _asked(verb) else subject_of(verb)
    return _make_quote(article, content, doc[_cue_start(verb) : cue_end], source, ())


def _asked(verb: Token) -> bool:
    """ "Asked about the repairs, Korvel said ...", "Trump, when asked about ...": the one
    asked is not the one who asks."""
    return (
        verb.lemma_.lower() == "ask"
        and verb.tag_ in ("VBN", "VBD")
        and verb.dep_ in ("advcl", "acl")
        and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)
    )


def _imperative(verb: Token) -> bool:
    """ "Note: ...", "Consider the bridge": the writer addresses the reader."""
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VB"
        and verb.i == verb.sent.start
        and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)
    )


def _from_noun(noun: Token, article: Article) -> Quote | None:
    """A statement or stance named by a noun: "Trump's claim [that ...]", "her criticism [of]
    the plan", "a call [for] calm", or by a light verb and its noun: "took [a shot at]". The
    source is the possessor, the "from"/"by" phrase or the light verb's subject."""
    lemma = noun.lemma_.lower()
    verb = noun.head
    light = noun.dep_ == "dobj" and verb.lemma_ in LIGHT_VERBS and lemma in LIGHT_NOUNS
    held = lemma in HELD_NOMINAL_CUES and any(c.dep_ == "poss" for c in noun.children)
    if noun.pos_ != "NOUN" or not (lemma in NOMINAL_CUES or light or held):
        return None
    doc = noun.doc
    content, cue_end = None, noun.i + 1
    prepositions = LIGHT_PREPOSITIONS if light else NOMINAL_PREPOSITIONS
    after = noun.right_edge.i + 1
    following = [c for c in verb.children if c.i == after] if light else []
    for child in [*(c for c in noun.children if c.i > noun.i), *following]:
        objects = _objects(child)
        if child.dep_ in ("acl", "ccomp") and child.left_edge.lower_ in ("that", "to"):
            content = subtree_span(child)
        elif child.i in (noun.i + 1, after) and child.lower_ in prepositions and objects:
            content, cue_end = subtree_span(objects[0]), child.i + 1
        if content is not None:
            break
    if content is None:
        return None
    cue_start = _cue_start(verb) if light else noun.i
    source = None
    for child in noun.children:
        if child.dep_ == "poss":
            source = subtree_span(child)
        elif child.dep_ == "prep" and child.lower_ in ("from", "by") and source is None:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            source = subtree_span(obj) if obj is not None else None
    if source is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        source = subject_of(noun.head)  # "Cruz voiced [support] for ..."
    if source is not None and source[-1].text in ("'s", "’s", "'"):
        source = doc[source.start : source.end - 1]
    return _make_quote(article, content, doc[cue_start:cue_end], source, ())


def _from_adjective(adjective: Token, article: Article) -> Quote | None:
    """A stance held by the subject of "be": "Democrats are [nervous about] turnout", "she
    is [confident] that ...", "it is [unclear] whether ..." (no source: the writer's)."""
    be = adjective.head
    if (
        adjective.dep_ != "acomp"
        or adjective.lemma_.lower() not in STANCE_ADJECTIVES
        or be.lemma_ != "be"
    ):
        return None
    doc = adjective.doc
    content, cue_end = None, adjective.i + 1
    for child in (*adjective.children, *be.children):
        if child.i <= adjective.i:
            continue
        objects = _objects(child)
        opens = child.left_edge.lower_ in (*_QUESTION_WORDS, "that")
        if child.dep_ in ("ccomp", "xcomp") or (child.dep_ == "advcl" and opens):
            content = doc[child.left_edge.i : subtree_span(child).end]
        elif (
            child.dep_ == "prep"
            and child.lower_ in ADJECTIVE_PREPOSITIONS
            and objects
            and adjective.lemma_.lower() not in CLAUSAL_ADJECTIVES
        ):
            content, cue_end = subtree_span(objects[0]), child.i + 1
            if child.i != adjective.i + 1:
                content = None
        if content is not None:
            break
    if content is None or len(content) < 1:
        return None
    source = subject_of(be)
    if source is not None and source.text.lower() in ("it", *WRITER_SUBJECTS):
        if source.text.lower() != "it":
            return None  # the writer's own feeling
        source = None
    cue = doc[_cue_start(be) : cue_end]
    return _make_quote(article, content, cue, source, ())


def _headline_verb(word: Token, article: Article) -> Quote | None:
    """ "Ben Carson Slams Hillary And The Media": in a title-case headline the tagger takes a
    cue verb in its third-person form for a name. Who comes before it is the source, what
    comes after it the content."""
    lower = word.lower_
    if word.i == 0 or word.pos_ not in ("PROPN", "NOUN") or not word.text[:1].isupper():
        return None
    stems = (lower[:-3] + "y", lower[:-2], lower[:-1]) if lower.endswith("s") else ()
    previous = word.doc[word.i - 1]  # a plural subject: "PBS Moderators Ignore ..."
    plural = previous.tag_ in ("NNS", "NNPS") or (previous.is_upper and previous.text[-1] == "S")
    if not any(stem in CUE_VERBS for stem in stems) and not (plural and lower in CUE_VERBS):
        return None
    sent = word.sent  # looked up only for the few words that pass the checks above
    if word.i == sent.start:
        return None
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if sum(t.text[:1].isupper() for t in words) < 0.7 * len(words):
        return None  # not a title-case headline
    doc = word.doc
    after, before = doc[word.i + 1] if word.i + 1 < len(doc) else None, doc[word.i - 1]
    if (after is not None and after.pos_ in ("VERB", "AUX")) or before.lower_ in ("'s", "’s"):
        return None  # a noun: "Leaked Documents Reveal ...", "Clinton's Attacks"
    source = _trim(doc[sent.start : word.i])
    content = _trim(doc[word.i + 1 : sent.end])
    while content is not None and len(content) > 1 and content[-1].is_punct:
        content = _trim(doc[content.start : content.end - 1])
    if source is None or content is None or len(content) < 2:
        return None
    return _make_quote(article, content, doc[word.i : word.i + 1], source, ())


def _from_be(be: Token, article: Article) -> Quote | None:
    """Statements made with "be": "[The question is] whether ...", "[One view is] that ...",
    "there are [fears] that ...", "[is a staunch opponent of] the death penalty"."""
    if be.lemma_ != "be":
        return None
    doc = be.doc
    children = [c for c in be.children if c.i > be.i]
    clause = next((c for c in children if c.dep_ in ("ccomp", "xcomp")), None)
    subject = next((c for c in be.children if c.dep_ == "nsubj" and c.i < be.i), None)
    if subject is not None and subject.lemma_.lower() in STATED_NOUNS and clause is not None:
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        source = subtree_span(owner) if owner is not None else None
        cue = doc[subject.left_edge.i : be.i + 1]
        if owner is not None:
            cue = doc[owner.right_edge.i + 1 : be.i + 1]
        return _make_quote(article, subtree_span(clause), cue, source, ())
    noun = next((c for c in children if c.dep_ == "attr"), None)
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    there = any(c.dep_ == "expl" for c in be.children)
    if there and lemma in STATED_NOUNS:
        content, end = _noun_content(noun, LIGHT_PREPOSITIONS)
        if content is not None:
            return _make_quote(article, content, doc[_cue_start(be) : end], None, ())
    if lemma in ROLE_NOUNS and subject is not None:
        content, end = _noun_content(noun, frozenset({"of", "for", "to", "on"}))
        if content is not None:
            cue = doc[_cue_start(be) : end]
            return _make_quote(article, content, cue, subject_of(be), ())
    return None


def _noun_content(noun: Token, prepositions: frozenset[str]) -> tuple[Span | None, int]:
    """A noun's content: its "that" or "to" clause, or the object of its preposition, and
    where the cue ends."""
    for child in (c for c in noun.children if c.i > noun.i):
        objects = _objects(child)
        if child.dep_ in ("acl", "ccomp", "relcl") and child.left_edge.lower_ in ("that", "to"):
            return subtree_span(child), noun.i + 1
        if child.dep_ == "prep" and child.lower_ in prepositions and objects:
            return subtree_span(objects[0]), child.i + 1
    return None, noun.i + 1


def _made_clear(verb: Token, article: Article) -> Quote | None:
    """ "Obama made [it] clear that he would veto the bill": "make" with "clear", "plain" or
    "known" says the clause after it."""
    if verb.lemma_ != "make" or verb.pos_ != "VERB":
        return None
    adjective = next(
        (c for c in verb.children if c.i > verb.i and c.lower_ in LIGHT_ADJECTIVES), None
    )
    if adjective is None:
        return None
    clauses = [c for c in (*adjective.children, *verb.children) if c.i > adjective.i]
    clause = next((c for c in clauses if c.dep_ in ("ccomp", "advcl")), None)
    if clause is None:
        return None
    doc = verb.doc
    cue = doc[_cue_start(verb) : adjective.i + 1]
    return _make_quote(article, subtree_span(clause), cue, subject_of(verb), ())


def _in_poll(prep: Token, article: Article) -> Quote | None:
    """A clause measured by a poll: "Cruz leads [in the latest poll]", "[In a new survey,] 40
    percent back Sanders". The poll is the source, the clause without it the content."""
    if prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    poll = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if poll is None or poll.lemma_.lower() not in POLL_NOUNS or poll.tag_ != "NN":
        return None  # one poll, not "leads in the polls"
    content = _clause_around(prep)
    if content is None:
        return None
    source = prep.doc[poll.left_edge.i : poll.right_edge.i + 1]
    return _make_quote(article, content, prep.doc[prep.i : prep.i + 1], source, ())


def _hearsay(adverb: Token, article: Article) -> Quote | None:
    """ "The minister reportedly resigned": an adverb of hearsay attributes its clause to an
    unnamed source."""
    if adverb.lower_ not in HEARSAY_ADVERBS or adverb.dep_ != "advmod":
        return None
    content = _clause_around(adverb)
    if content is None:
        return None
    return _make_quote(article, content, adverb.doc[adverb.i : adverb.i + 1], None, ())


def _clause_around(phrase: Token) -> Span | None:
    """The clause a phrase qualifies, without its subordinator and final stop, and without
    the phrase when it opens or closes the clause (inside, it is cut from the content's
    fragments); None when the clause's verb is a cue itself ("said in a poll")."""
    verb = phrase.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    lemma = LEMMA_FIXES.get(verb.lower_, verb.lemma_.lower())
    if lemma in CUE_VERBS or (verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT"):
        return None  # a verbless root is a misparsed clause: "[cases] ... included ..."
    doc = phrase.doc
    leading = {c.i for c in verb.children if c.dep_ == "mark" or c.tag_ in ("WRB", "WDT")}
    words = [t.i for t in verb.subtree if t.i not in leading]
    start, end = min(words), max(words) + 1
    while end > start and doc[end - 1].text in (".", "!", "?"):
        end -= 1
    if phrase.left_edge.i <= start:
        start = phrase.right_edge.i + 1
    elif phrase.right_edge.i + 1 >= end:
        end = phrase.left_edge.i
    content = _trim(doc[start:end]) if end > start else None
    return content if content is not None and len(content) >= 3 else None


def _put_it(verb: Token, article: Article) -> Quote | None:
    """ "As one diplomat put it, an 'extreme makeover'", "Cornyn put it: '...'": the words
    that follow, or the clause an "as ... put it" aside sits in."""
    it = any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    if verb.lemma_ != "put" or not it:
        return None
    doc = verb.doc
    cue = doc[verb.i : verb.i + 1]
    source = subject_of(verb)
    after = next_word(doc, verb.right_edge.i + 1)
    while after < len(doc) and doc[after].text in (",", ":"):
        after = next_word(doc, after + 1)
    if after < len(doc) and doc[after].text in OPEN:
        close = closing_mark(doc, after + 1)
        if close is not None:
            return _make_quote(article, doc[after : close + 1], cue, source, ())
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        content = _clause_around(verb)
        if content is not None:
            return _make_quote(article, content, doc[verb.i : verb.i + 2], source, ())
    return None


def _known_as(verb: Token, article: Article) -> Quote | None:
    """ "the program, known as the Renewable Fuel Standard": a name that is given."""
    if verb.lemma_ != "know" or verb.tag_ != "VBN" or verb.dep_ != "acl":
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    name = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if prep is None or name is None:
        return None
    doc = verb.doc
    return _make_quote(article, subtree_span(name), doc[verb.i : prep.i + 1], None, ())


def _dash_credit(dash: Token, article: Article) -> Quote | None:
    """'"We will rebuild." ― Dana Korvel': a dash and a name, alone on the rest of a line
    after a quotation, credit the quotation to the name."""
    doc = dash.doc
    if dash.text not in ("―", "—", "–", "-"):
        return None
    end = dash.i + 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws and not doc[end].is_space:
        end += 1
    credit = _trim(doc[dash.i + 1 : end])
    while credit is not None and credit[-1].text in (".", ","):
        credit = _trim(doc[credit.start : credit.end - 1]) if len(credit) > 1 else None
    if credit is None or len(credit) > 8 or any(t.pos_ in ("VERB", "AUX") for t in credit):
        return None
    named = any(e.label_ in ("PERSON", "ORG") for e in credit.ents)
    if not (named or all(t.text[:1].isupper() or t.is_punct for t in credit)):
        return None
    quotation = quotation_ending_before(doc, dash.i)
    if quotation is None:
        return None
    return _make_quote(article, quotation, doc[dash.i : dash.i + 1], credit, ())


def _headline_colon(colon: Token, article: Article) -> Quote | None:
    """'Lewandowski: FBI director acted as judge and jury': a name opening a line (or a
    transcript's turn, "PENCE:", "Q:", or the part of a line after a dash), then a colon,
    attributes the rest of the line to it, as headlines and transcripts do."""
    if colon.text != ":":
        return None
    doc = colon.doc
    start = colon.i
    while start > 0 and not _opens_line(doc[start - 1]) and colon.i - start < 7:
        start -= 1
    if start > 0 and not _opens_line(doc[start - 1]):
        return None  # not at the start of a line
    while start < colon.i and (doc[start].text in OPEN or doc[start].lower_ in ("more", "from")):
        start += 1
    left = doc[start : colon.i]
    if not left or any(t.pos_ in ("VERB", "AUX") and not t.text.isupper() for t in left):
        return None
    named = any(e.label_ in ("PERSON", "ORG") and e.start >= start for e in left.ents)
    titled = all(t.text[:1].isupper() or t.is_punct for t in left)
    if not (named or titled) or left[0].lower_ in HEADLINE_LABELS:
        return None
    for token in left[1:]:
        if token.lower_ in ("on", "about", "to"):  # "CNN President On Trump:"
            left = doc[start : token.i]
            break
    end = colon.i + 1
    while end < len(doc) and "\n" not in doc[end].text and end - colon.i < 120:
        end += 1  # to the end of the line: the parser may end a sentence at the colon
    content = _trim(doc[colon.i + 1 : end])
    verbless = content is not None and not any(t.pos_ in ("VERB", "AUX") for t in content)
    if content is None or len(content) < 3 or (verbless and not named):
        return None  # a statement has a verb, or a named speaker: "Agenda: the budget" is a list
    return _make_quote(article, content, doc[colon.i : colon.i + 1], left, ())


def _opens_line(before: Token) -> bool:
    """The token before a line's first word: a line break, or a dash that sets off a new
    item within the line ("... PRIMARY STATES - Michael P. McDonald: ...")."""
    return "\n" in before.text_with_ws or (before.text in ("-", "—", "–") and before.i > 0)


def _cue_start(verb: Token) -> int:
    """The cue takes in the auxiliaries before its verb, with the adverbs between them: "is
    expected", "has said", "was first reported"."""
    doc = verb.doc
    start = verb.i
    while start > 0 and (
        (left := doc[start - 1]).head.i == verb.i
        and left.dep_ in ("aux", "auxpass", "neg", "advmod")
    ):
        start -= 1
    while start < verb.i and doc[start].dep_ == "advmod":
        start += 1
    return start


def _content(verb: Token, lemma: str, passive: bool) -> tuple[Span, int] | None:
    """The content of a cue verb and where the cue ends ("pointed [to]")."""
    doc = verb.doc
    children = list(verb.children)
    clauses = [c for c in children if c.dep_ == "ccomp" and c.sent.start == verb.sent.start]
    before = [c for c in clauses if c.i < verb.i]
    behind = [c for c in clauses if c.i > verb.i]
    halves = before[-1:] + behind[:1]
    if len(halves) == 2 and all(open_mark(doc, c.i) is not None for c in halves):
        # '"A," he said, "and B."': the parser gave each quoted half to the cue
        return doc[subtree_span(halves[0]).start : subtree_span(halves[1]).end], verb.i + 1
    clause = min(clauses, key=lambda c: abs(c.i - verb.i), default=None)
    if clause is None and lemma in REPORTING_VERBS:
        clause = _misattached_clause(verb)
    if clause is not None:
        span = _before_second_saying(subtree_span(clause), clause)
        if span.end <= verb.i:
            span = _with_second_half(span, verb)
        return (span, verb.i + 1) if len(span) >= 2 else None
    if lemma in REPORTING_VERBS and (answer := _answer(verb)) is not None:
        return answer, verb.i + 1  # "46 percent said [yes]", "half said [so]"
    if lemma in APPEARANCE_VERBS and not passive:
        return _appearance(verb)
    infinitive = next((c for c in children if c.dep_ == "xcomp"), None)
    if infinitive is not None and passive:
        subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None  # "is expected to": what is expected is the subject's infinitive
        return doc[subject.left_edge.i : subtree_span(infinitive).end], verb.i + 1
    if infinitive is not None and lemma in INTENT_VERBS:
        span = doc[infinitive.left_edge.i : _clause_end(verb, infinitive)]
        target = next((c for c in children if c.dep_ in ("dobj", "dative")), None)
        if lemma in _DIRECTIVE and target is not None and target.i < infinitive.i:
            span = doc[target.left_edge.i : span.end]
        return (span, verb.i + 1) if len(span) >= 2 else None
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if passive and subject is not None and any(c.dep_ == "agent" for c in children):
        return subtree_span(subject), verb.i + 1  # "the move was first reported by MSNBC"
    if passive and subject is not None:
        roles = ("as", "of", "for")
        role = next(
            (c for c in children if c.dep_ == "prep" and c.lower_ in roles and c.i > verb.i), None
        )
        if role is not None and _objects(role):
            # "Twitter is seen [as] a source of news", "accused [of] ...", "known [for] ..."
            return doc[subject.left_edge.i : role.right_edge.i + 1], role.i + 1
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    named = lemma in NAMING_VERBS and any(c.dep_ == "oprd" for c in children)
    held = lemma in REPORTING_VERBS or lemma in COGNITION_VERBS or lemma in INTENT_VERBS
    plain = lemma in _ADDRESSING or lemma in _PLAIN_OBJECTS or obj is None
    if lemma == "claim" and held:  # "the storm claimed several boats": not a claim
        holder = subject_of(verb)
        held = holder is not None and type_source(holder).kind != "other"
    if lemma == "call" and obj is not None:  # 'called Merkel "the Chancellor"', not a phone call
        held = has_quote(verb.doc[obj.i : verb.right_edge.i + 1])
    if held and not plain and obj is not None and obj.ent_type_ != "PERSON":
        named = True  # "wants [a vast expansion]", "alleges [defamation]", "noted [reports]"
    if obj is not None and (lemma in STANCE_VERBS or named):
        return doc[obj.left_edge.i : _clause_end(verb, obj)], verb.i + 1
    marker = ROLE_VERBS.get(lemma)
    if obj is not None and marker is not None and any(c.lower_ == marker for c in children):
        return doc[obj.left_edge.i : _clause_end(verb, obj)], verb.i + 1  # "cast X [as] Y"
    predicate = next((c for c in children if c.dep_ == "oprd" and c.i > verb.i), None)
    if lemma in NAMING_VERBS and predicate is not None:  # 'called [Trump a "liar"]'
        first = min(c.left_edge.i for c in children if c.i > verb.i and c.dep_ != "punct")
        return doc[first : _clause_end(verb, predicate)], verb.i + 1
    after = verb.i + 1 + sum(1 for c in children if c.dep_ == "prt")
    while after < len(doc) and doc[after].dep_ == "advmod" and doc[after].head == verb:
        after += 1  # "sided overwhelmingly with", "spoke instead about"
    if after < len(doc) and doc[after].lower_ in PREPOSITION_CUES.get(lemma, ()):
        prep = doc[after]
        objects = _objects(prep)
        if prep.head == verb and objects:
            return doc[objects[0].left_edge.i : _clause_end(verb, prep)], after + 1
        if prep.dep_ == "mark" and prep.head.head == verb:  # "calling for [Trump to be banned]"
            return doc[after + 1 : subtree_span(prep.head).end], after + 1
    later = [
        c
        for c in children
        if c.dep_ == "prep"
        and c.i > after
        and c.lower_ in PREPOSITION_CUES.get(lemma, ())
        and _objects(c)
    ]
    if later:  # "talked with Clinton's aides [about] the next steps"
        objects = _objects(later[0])
        return doc[objects[0].left_edge.i : _clause_end(verb, later[0])], verb.i + 1
    aside = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in children
    )  # "..., as Politico reported", "As we learned in Iowa, ..."
    if aside and (around := _clause_around(verb)) is not None:
        return around, verb.i + 1
    if lemma in REPORTING_VERBS and (following := _quotation_after(verb)) is not None:
        return following, verb.i + 1  # 'telling reporters, "..."', 'adding: "..."'
    if verb.dep_ in _EMBEDDED:
        return None  # "the groups who wrote to her": not the sentence's frame
    if lemma in QUOTING_VERBS and any(c.dep_ == "nsubj" for c in children):
        return _quotation_around(verb) if _quoted(verb.sent) else None
    if lemma in REPORTING_VERBS and any(c.dep_ == "nsubj" for c in children):
        return _sentence_before(verb) or _quotation_around(verb)
    return None


def _before_second_saying(span: Span, clause: Token) -> Span:
    """ "says [Machado promised to back Clinton] and said she would ...": a verb of saying
    coordinated inside the said clause, without a subject of its own, starts a second
    statement, which the parser hung on the first."""
    for token in span:
        if (
            token.dep_ == "conj"
            and token.i > clause.i
            and token.lemma_.lower() in REPORTING_VERBS
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        ):
            end = token.left_edge.i
            while end > span.start and span.doc[end - 1].dep_ in ("cc", "punct"):
                end -= 1
            return span.doc[span.start : end] if end - span.start >= 2 else span
    return span


def _answer(verb: Token) -> Span | None:
    """A one-word answer right after the cue: "said [yes],", "said [so] in the poll"."""
    doc = verb.doc
    i = verb.i + 1
    if i >= len(doc) or doc[i].lower_ not in ("so", "yes", "no"):
        return None
    if i + 1 < len(doc) and not (doc[i + 1].is_punct or doc[i + 1].pos_ in ("ADP", "CCONJ")):
        return None  # "said no one would come"
    return doc[i : i + 1]


def _quotation_after(verb: Token) -> Span | None:
    """The quotation that opens right after a cue's own clause (its addressee, adverbials,
    and a comma or colon): 'telling the crowd, "Some people get carried away."'."""
    doc = verb.doc
    mine = _cue_clause(verb)
    if quotation_ending_before(doc, min(mine)) is not None:
        return None  # '"My hope," he said, "is ...": both halves, taken around the cue
    i = verb.i + 1
    while i < len(doc) and (i in mine or doc[i].is_space or doc[i].text in (",", ":")):
        i += 1
    if i >= len(doc) or doc[i].text not in OPEN or open_mark(doc, i) is not None:
        return None
    close = closing_mark(doc, i + 1)
    return doc[i : close + 1] if close is not None and close - i >= 3 else None


def _clause_end(verb: Token, first: Token) -> int:
    """Where a content that starts with ``first`` ends: with the verb's last qualifier after
    it ("showed [Rubio in third at 11 percent]"), not with a new clause or coordination."""
    end = subtree_span(first).end
    for child in verb.children:
        adjunct = child.dep_ == "prep" and child.lower_ in _ADJUNCT_PREPOSITIONS
        if child.i > first.i and child.dep_ not in _NOT_QUALIFIERS and not adjunct:
            end = max(end, subtree_span(child).end)
    return end


def _appearance(verb: Token) -> tuple[Span, int] | None:
    """What seems so: the subject with the complement ("Cruz seemed [lost]", "[the plan]
    appears [to work]", "it looked [as if he might win]")."""
    doc = verb.doc
    complement = next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and (
                c.dep_ in ("xcomp", "oprd", "acomp", "attr", "ccomp")
                or (c.dep_ == "prep" and c.lower_ in ("like", "as"))
                or (c.dep_ == "advcl" and c.left_edge.lower_ in ("as", "like"))
            )
        ),
        None,
    )
    if complement is None:
        return None
    end = subtree_span(complement).end
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ == "it":
        return doc[complement.left_edge.i : end], verb.i + 1
    return doc[subject.left_edge.i : end], verb.i + 1


def _misattached_clause(verb: Token) -> Token | None:
    """The said clause where the parser did not make it a complement: "said [legalizing it
    could ...]", "have not said [when they would ...]"."""
    for child in verb.children:
        if child.i < verb.i or len(list(child.subtree)) < 3:
            continue
        first = child.left_edge
        if child.dep_ == "xcomp" and child.tag_ in ("VBG", "VBD", "VBZ", "VBP"):
            return child
        if child.dep_ == "advcl" and first.lower_ in _QUESTION_WORDS:
            return child
    for token in (verb.doc[i] for i in range(verb.i + 1, verb.right_edge.i + 1)):
        deep = token.head.i != verb.i and token.dep_ in ("ccomp", "acl", "relcl", "advcl")
        marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
        if deep and marked and token.head.pos_ != "VERB":
            return token  # "telling reporters during a visit on Friday [that he thinks ...]"
    return None


def _cue_clause(verb: Token) -> set[int]:
    """The cue verb with its subject, auxiliaries, addressee and adverbials: what is left of
    its sentence, when it has no complement, is what it says."""
    clause = {verb.i}
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    nearest = min(subjects, key=lambda c: abs(c.i - verb.i), default=None)
    for child in verb.children:
        if child.dep_ in _CUE_CLAUSE and (child.dep_ != "nsubj" or child == nearest):
            clause.update(t.i for t in child.subtree)
    return clause


def _sentence_before(verb: Token) -> tuple[Span, int] | None:
    """'The girl was hurt by a bystander, police said.': a cue that closes its sentence after
    a comma says what comes before the comma, however the parser attached it."""
    doc, sent = verb.doc, verb.sent
    tail = _cue_clause(verb)
    comma = sent.end - 1
    while comma > sent.start and (comma in tail or doc[comma].is_space or doc[comma].text == "."):
        comma -= 1
    if doc[comma].text != "," or comma - sent.start < 3 or not comma < verb.i:
        return None
    return _strip(doc[sent.start : comma]), verb.i + 1


def _quotation_around(verb: Token) -> tuple[Span, int] | None:
    """'"A," he said, "B."': the quoted words of the verb's sentence, to the closing mark."""
    if open_mark(verb.doc, verb.i) is not None:
        return None  # a cue inside a quotation is the quoted speaker's own words
    sent = verb.sent
    mine = _cue_clause(verb)
    inserted = verb.dep_ == "parataxis"
    if inserted:  # "An ambassador's job, he said, should be to ..."
        outside = [t.i for t in verb.head.subtree if t.i not in mine]
    else:
        outside = [t.i for t in sent if t.i not in mine]
    outside = [i for i in outside if not verb.doc[i].is_space]
    while (
        outside
        and outside[-1] > verb.i
        and (verb.doc[outside[-1]].text in (".", "!", "?") or _opens_next(verb.doc[outside[-1]]))
    ):
        outside.pop()  # the stop that ends the cue's own clause, the next quotation's mark
    trailing = {t.i for c in verb.children if c.dep_ == "advcl" and c.i > verb.i for t in c.subtree}
    bare = [i for i in outside if i not in trailing and not verb.doc[i].is_punct]
    if not _quoted(sent) and len(bare) <= 2:
        return quotation_before(verb)  # '"...." / Trump said, looking out on the crowd.'

    if len(outside) < 2 or not (inserted or _quoted(sent)):
        return None
    span = verb.doc[min(outside) : max(outside) + 1]
    return _strip(span), verb.i + 1


def _quoted(sent: Span) -> bool:
    """Whether a sentence has a quote mark of its own, not only the next one's opening."""
    return any(t.text in OPEN | CLOSE and not _opens_next(t) for t in sent)


def _opens_next(token: Token) -> bool:
    """Whether a mark the parser left at the end of a sentence opens the next one's
    quotation ('she said. "Are we ...'): it is written close against the word after it."""
    doc = token.doc
    return (
        token.text in OPEN
        and not token.whitespace_
        and token.i + 1 < len(doc)
        and not doc[token.i + 1].is_space
        and token.i + 1 >= token.sent.end
    )


def _without_asides(content: Span, verb: Token) -> Span:
    """Cut from an indirect content what the writer adds after it: a relative clause or an
    apposition set off by a comma or dash (", which ...", ", a modest boost")."""
    doc = verb.doc
    if content.start < verb.i or doc[content.end - 1].text in CLOSE or len(content) < 4:
        return content
    for token in content[2:]:
        if (
            token.dep_ in ("relcl", "appos")
            and not (token.dep_ == "appos" and any(c.dep_ == "conj" for c in token.children))
            and doc[token.left_edge.i - 1].text in (",", "—", "–")
            and token.right_edge.i >= content.end - 1
            and open_mark(doc, token.i) is None
            and token.left_edge.i - 1 - content.start >= 2
        ):
            return doc[content.start : token.left_edge.i - 1]
    return content


def _with_second_half(first: Span, verb: Token) -> Span:
    """'"The water came fast," Korvel said, "and it did not stop."': both halves."""
    doc = verb.doc
    subject = subject_of(verb)
    after = verb.i + 1
    if subject is not None and subject.start == after:
        after = subject.end  # '..., said Mayor Korvel, "..."'
    while after < len(doc) and doc[after].text in (",", ":"):
        after += 1
    if after < len(doc) and doc[after].text in OPEN and first.end > first.start:
        close = closing_mark(doc, after + 1)
        if close is not None:
            return doc[first.start : close + 1]
    return first


def _strip(span: Span) -> Span:
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and (doc[start].text in (",", ";", "—", "-") or doc[start].is_space):
        start += 1
    while end > start + 1 and (doc[end - 1].text in (",", ";", "—", "-") or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


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
    relay = subject_of(quote_verb)
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
    while content is not None and len(content) > 1 and content[-1].text in (".", "!", "?"):
        content = _trim(doc[content.start : content.end - 1])  # the sentence's own stop
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
    source = in_paragraph(source) if source is not None else None
    speaker, typed = identify(source) if source is not None else (None, None)
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
        source_kind=typed.kind if typed is not None else None,
        source_count=typed.count if typed is not None else None,
        source_affiliation=typed.affiliation if typed is not None else None,
        hedges=find_hedges(cue, content),
    )


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in (",", ";")):
        end -= 1
    return doc[start:end] if end > start else None
