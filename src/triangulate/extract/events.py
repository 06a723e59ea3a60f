"""PLOVER events (``events.v3``): who did what to whom, one coded event per sentence.

1. **The event word.** The highest word of the sentence's parse whose lemma names an event
   type (``nlp.lexicons.event_verbs``), passing over verbs that only report ("said",
   "announced") into what they report.
2. **Its type.** A verb that frames another event decides with it: a promise or an offer of
   a cooperative event is AGREE, of a hostile one THREATEN ("vowed to retaliate"); a demand
   is REQUEST, a refusal REJECT, a warning THREATEN. An intention ("will send", "is ready
   to contribute", "plans to impose") is AGREE when the event helps and THREATEN when it
   harms; a negated cooperative event ("did not accept") is REJECT. Otherwise the lexicon's
   type stands.
3. **Actor and recipient.** The actor is the subject (a passive's agent), each conjunct a
   party, and conjoined modifiers share their noun ("Hungarian and Romanian officials":
   Hungarian officials, Romanian officials). The recipient comes from the framed event
   when there is one: its indirect or direct object, the object of "to", "with",
   "against", "on" or "into", a passive's subject, or the owner of the object ("Turkey's
   efforts": Turkey); a party that names an entity is preferred, then a place ("in Tokyo",
   "a force in Liberia", "the town of Cizre"). Conjoined verbs share their parties
   ("donated and delivered goods to X"), and the verb a purpose or manner clause hangs on
   lends its own ("summoned the ambassador to complain"); a clause with a subject of its
   own tells of another party's act and lends none. A party is kept compact: its noun with
   the names and modifiers before it, no clauses; but a common noun or a nationality keeps
   the name that says whose people they are ("rebels in the Ivory Coast").
4. **Mode and contexts**: ``extract/modes.py`` and ``extract/contexts.py``.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from triangulate.actors.gazetteer import load_gazetteer
from triangulate.extract.contexts import event_contexts
from triangulate.extract.modes import event_mode
from triangulate.extract.spans import subtree_span
from triangulate.models import Article, EventRecord
from triangulate.nlp.lexicons.event_modes import MODES
from triangulate.nlp.lexicons.event_verbs import (
    COMMIT_VERBS,
    COOPERATIVE,
    EVENT_VERBS,
    FORMULA_ACTS,
    HOSTILE,
    INTENT_WORDS,
    LABOUR_STRIKE,
    LIGHT_VERBS,
    MEDIA,
    NOUN_TYPES,
    OBLIGATION,
    PEOPLE,
    PROTEST_LODGED,
    REJECT_VERBS,
    REPORT_VERBS,
    REQUEST_VERBS,
    THREAT_VERBS,
)

EXTRACTOR = "events.v3"

_FRAMES = COMMIT_VERBS | REQUEST_VERBS | REJECT_VERBS | THREAT_VERBS
_MODALS = frozenset({"will", "would", "shall", "may", "might", "could"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECTS = ("dative", "iobj", "dobj", "attr")
_TOWARDS = frozenset(
    {"to", "with", "against", "on", "into", "toward", "towards", "at", "from", "between", "among"}
)
_PLACES = frozenset({"in"})
_WHOSE = frozenset({"of", "in", "from"})  # "rebels in the Ivory Coast"
_INSIDE = frozenset({"of", "for", "by"})  # prepositions that lead into a noun's parties
_NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"})
_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})
_PARTS = frozenset(
    {"thousand", "hundred", "dozen", "group", "member", "number", "third", "half", "majority"}
)
#: endings of nouns for people who do something ("worker", "activist", "politician")
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "eer", "ee")
_RELATIVE = frozenset({"WDT", "WP"})  # "which", "who", "that"
_NOUNS = frozenset({"NOUN", "PROPN", "PRON"})
_NOT_PARTIES = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


def extract_events(doc: Doc, article: Article) -> list[EventRecord]:
    """Return the coded events of ``doc``, at most one per sentence, in text order."""
    events = []
    for sent in doc.sents:
        event = _sentence_event(sent, article)
        if event is not None:
            events.append(event)
    return events


def _sentence_event(sent: Span, article: Article) -> EventRecord | None:
    word = _event_word(sent)
    if word is None:
        return None
    event, framed = _type(word)
    if event is None or (framed is not None and _lemma(framed) in FORMULA_ACTS):
        return None
    if event == "CONSULT" and _to_the_press(word):
        return None
    actor = _actor(word.head if framed is word else word)  # "said X must": the sayer
    if actor and not any(_can_act(party) for party in actor):
        return None  # "the wind eased", "the wall of water cut the road"
    if any(_nobody(party) for party in actor):
        return None  # "nobody complained", "no group has claimed the attack"
    recipient = _recipient(word, framed, actor)
    actor_texts = tuple(text for party in actor for text in _party_texts(party))
    recipient_texts = tuple(_party_texts(recipient[0])) if recipient else ()
    return EventRecord(
        article_id=article.article_id,
        start=sent.start_char,
        end=sent.end_char,
        text=sent.text,
        event=event,
        mode=event_mode(event, word, framed if framed is not word else None, _verb_of(word)),
        contexts=event_contexts(sent, event, actor_texts, recipient_texts),
        actor=actor_texts,
        recipient=recipient_texts,
        extractor=EXTRACTOR,
    )


def _event_word(sent: Span) -> Token | None:
    """The highest word that names an event, looking through verbs that only report."""
    candidates = [
        t
        for t in sent
        if _lexicon_type(t) is not None
        or _lemma(t) in _FRAMES
        or _obliged(t)
        or _object_type(t) is not None
    ]
    candidates = [t for t in candidates if not _is_report(t) and not _according(t)]
    if not candidates:
        return None
    return min(
        candidates,
        key=lambda t: (_depth(t), _purpose(t), _lemma(t) not in _FRAMES, t.pos_ != "VERB", t.i),
    )


def _to_the_press(word: Token) -> bool:
    """Whether a word is spoken to the press ("authorised to talk to the media")."""
    return any(
        c.dep_ == "pobj" and (_lemma(c) in MEDIA or c.lower_ in MEDIA)
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in ("to", "with")
        for c in prep.children
    )


def _according(token: Token) -> bool:
    """Whether a word is the "according" of "according to X" (a source, not an accord)."""
    return token.lower_ == "according" and any(c.lower_ == "to" for c in token.children)


def _purpose(token: Token) -> bool:
    """Whether a demand states the purpose of another act ("blocked roads demanding", "a
    hunger strike to demand"): the act is the event."""
    return _lemma(token) in REQUEST_VERBS and token.dep_ in ("advcl", "xcomp", "acl")


def _obliged(token: Token) -> bool:
    """Whether a reported clause says what its subject must do ("said China must drop its
    barriers"): a demand on that subject."""
    return (
        token.pos_ in ("VERB", "AUX")
        and token.dep_ in ("ccomp", "acl")
        and any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in token.children)
        and any(c.dep_ in _SUBJECTS for c in token.children)
    )


def _type(word: Token) -> tuple[str | None, Token | None]:
    """The PLOVER type of the event ``word`` names, and the event it frames, if any."""
    lemma = _lemma(word)
    if _obliged(word):
        return "REQUEST", word
    framed = _framed(word)
    inner = _lexicon_type(framed) if framed is not None else None
    if lemma in THREAT_VERBS:
        if _warns_of_another(word, framed):
            return None, None  # "warned that Tehran was seeking to rebuild": no threat
        return "THREATEN", framed
    if lemma in REQUEST_VERBS:
        return "REQUEST", framed
    if lemma in REJECT_VERBS:
        return "REJECT", framed
    if lemma in COMMIT_VERBS:
        if _negated(word):
            return "REJECT", framed
        return ("THREATEN" if inner in HOSTILE else "AGREE"), framed
    own = _object_type(word) or _lexicon_type(word)
    if own is None:
        return None, None
    if _negated(word) and own in COOPERATIVE:
        return "REJECT", None
    if _intended(word):
        if own in HOSTILE or _unless(word) or (own == "SUPPORT" and _backs_harm(word)):
            return "THREATEN", None
        if own in COOPERATIVE:
            return "AGREE", None
    return own, None


def _object_type(verb: Token) -> str | None:
    """The type a light verb takes from its object ("imposed sanctions": SANCTION), if any."""
    if _lemma(verb) not in LIGHT_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN":
        return None
    if _lemma(obj) == "protest" and _lemma(verb) in PROTEST_LODGED:
        return "ACCUSE"
    return _lexicon_type(obj)


def _warns_of_another(word: Token, framed: Token | None) -> bool:
    """Whether a warning tells of what a named other party does, not what the warner will
    do ("warned that Tehran was seeking...", but "warned that it would respond")."""
    if framed is None or framed.dep_ != "ccomp":
        return False
    subject = next((c for c in framed.children if c.dep_ in _SUBJECTS), None)
    return subject is not None and subject.pos_ == "PROPN" and not _intended(framed)


def _framed(word: Token) -> Token | None:
    """The event a framing verb is about: "agreed to send" (send), "called for talks"; a
    framing noun's clause may hang on its verb ("reiterated its demand that Israel ease")."""
    clauses = list(word.children)
    if word.pos_ == "NOUN" and word.dep_ == "dobj":
        clauses += [c for c in word.head.children if c.i > word.i]
    for child in clauses:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            return child
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "to"):
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj
    dobj = next((c for c in word.children if c.dep_ == "dobj"), None)
    return dobj


def _actor(word: Token) -> list[Token]:
    """The parties that do it: the subject's conjuncts, or a passive's agent, looked for up
    the chain of verbs it depends on ("agreed to send": the subject of agreed); a nominal
    event's actor is that of the verb it hangs on ("staged a hunger strike"). A pronoun
    in what someone reports is the reporter ("the rebels said they will release": the
    rebels); a relative pronoun is the noun its clause describes ("an engineer, who spoke":
    the engineer); a count of people is the people ("thousands of Kurds": Kurds)."""
    if word.pos_ == "NOUN" and word.dep_ in _SUBJECTS:
        return _owners(word)  # "previous US strikes have focused on...": the US
    token: Token | None = _verb_of(word)
    start = token
    while token is not None:
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        if agent is not None:
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return _parties(_counted(obj))
        raised = token is not start or _lemma(token) in COMMIT_VERBS | INTENT_WORDS
        deps = ("nsubj", "csubj", "nsubjpass") if raised else ("nsubj", "csubj")
        subject = next((c for c in token.children if c.dep_ in deps), None)
        if subject is not None:
            if subject.tag_ in _RELATIVE and token.dep_ == "relcl":  # "an engineer, who spoke"
                return _parties(_counted(token.head))
            if subject.pos_ == "PRON":
                reporter = _reporter(token)
                if reporter is not None:
                    return _parties(_counted(reporter))
            return _parties(_counted(subject))
        if token.dep_ == "ccomp" and _is_report(token.head):
            token = None  # "civilians were killed, police said": the police did not kill
        elif token.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acomp") and token.head.i != token.i:
            token = token.head
        else:
            token = None
    return []


def _owners(noun: Token) -> list[Token]:
    """The parties a nominal event names as its doers: its owner ("Israel's strikes") or
    a name before it ("US strikes")."""
    for child in noun.lefts:
        if child.dep_ == "poss" or (child.dep_ in _MODIFIERS and child.ent_type_ in _NAMED):
            return _parties(child) if child.pos_ in _NOUNS else [child]
    return []


def _can_act(party: Token) -> bool:
    """Whether a party can be an actor: it names someone, is a person's pronoun, people, a
    body ("the army", "officials": the actor data's sector words) or a weapon or attack
    ("a roadside bomb", "an improvised explosive device"); not a thing ("the dam", "the
    wind")."""
    if party.pos_ in ("PRON", "PROPN") or _names(party) or _lemma(party) in PEOPLE:
        return True
    if _lemma(party).endswith(_AGENT_SUFFIXES):  # "workers", "activists", "residents"
        return True
    tokens = (party, *_left_modifiers(party))
    words = {_lemma(t) for t in tokens} | {t.lower_ for t in tokens}
    return bool(words & _acting_words()) or _lexicon_type(party) is not None


@functools.cache
def _acting_words() -> frozenset[str]:
    """Words that make a common noun a party that can act: the actor data's sector words
    ("army", "officials", "protesters") and the weapons of ASSAULT's modes ("bomb")."""
    weapons = {cue for _, cues in MODES["ASSAULT"] for cue in cues if " " not in cue}
    return frozenset(load_gazetteer().sector_words.keys() | weapons)  # keys: actor_key


def _nobody(party: Token) -> bool:
    return _lemma(party) in ("nobody", "none") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in party.children
    )


def _verb_of(word: Token) -> Token:
    """The verb a nominal event hangs on ("staged a hunger strike": staged), or the word."""
    token = word
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else word


def _reporter(verb: Token) -> Token | None:
    """The subject of the verb that reports the clause of ``verb``, if it names someone."""
    token = verb
    while token.dep_ in ("ccomp", "xcomp", "conj") and token.head.i != token.i:
        token = token.head
        if _is_report(token) or _lemma(token) in INTENT_WORDS:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ != "PRON":
                return subject
    return None


def _counted(head: Token) -> Token:
    """The people a count or a part names: "thousands of Kurds", "a group of diplomats",
    "members of the association"."""
    if head.ent_type_ == "CARDINAL" or _lemma(head) in _PARTS:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if obj is not None:
            return obj
    return head


def _recipient(word: Token, framed: Token | None, actor: list[Token]) -> list[Token]:
    """The parties it is done to, best first: named parties, then a named place ("in
    Tokyo"), then a group of people that names no one ("kidnapped 16 advisers"). What is
    given ("sent material") is no recipient. The event a verb frames speaks first: the one
    asked to act ("demanded that the US cancel"), then the parties of the framed event, then
    those of the framing verb ("offered its troops to Lebanon"); a nominal event's own
    parties come before those of the verb it hangs on ("staged rallies against Abbas")."""
    taken = {t.i for party in actor for t in party.subtree}
    ranked: list[tuple[float, Token]] = []
    if framed is not None and framed.pos_ in ("VERB", "AUX"):
        subject = next((c for c in framed.children if c.dep_ in _SUBJECTS), None)
        if subject is not None and subject.i not in taken:
            ranked += [(0, party) for party in _parties(subject)]
    verb = _verb_of(word)
    shared = [c for c in word.conjuncts if c.pos_ == "VERB" and not _own_subject(c)]
    sources = [v for v in (framed, word, verb if verb.i != word.i else None) if v is not None]
    sources += shared  # "donated and delivered goods to X": what both verbs do
    head = word.head
    if word.dep_ in ("advcl", "xcomp") and head.pos_ == "VERB" and not _is_report(head):
        sources.append(head)  # "summoned the ambassador to complain", "fired at X, killing 50"
    for depth, source in enumerate(sources):
        ranked += [(rank + 4 * depth, party) for rank, party in _ranked(source, taken)]
    ranked = [(rank, t) for rank, t in ranked if _is_party(t)]
    named = sorted(((rank, t.i), t) for rank, t in ranked if _names(t))
    people = sorted(((rank, t.i), t) for rank, t in ranked if _lemma(t) in PEOPLE)
    return [t for _, t in named] + [t for _, t in people if not _names(t)]


def _ranked(verb: Token, taken: set[int]) -> list[tuple[float, Token]]:
    """The candidate parties an event word is done to, ranked: an indirect object (0); a
    direct object, a passive's subject, the object of "to", "with", "against"... (1); the
    owner of an object (1.5); a party inside such a noun, one rank lower for each step
    ("aid to Mozambique", "the removal of President X", "demands from the rebels"); the
    object of "in" (3) and the places inside it ("in the town of Cizre"). Clauses hanging
    on the verb are searched too ("to help defend Saudi Arabia", one rank lower), unless
    they have a subject of their own."""
    ranked: list[tuple[float, Token]] = []
    for child in verb.children:
        if child.i in taken:
            continue
        if child.dep_ == "dative" and child.pos_ == "ADP":  # "providing photographs to X"
            ranked += _within(1, _prep_heads(child))
        elif child.dep_ in _OBJECTS or child.dep_ == "nsubjpass":
            ranked += _within(0 if child.dep_ in ("dative", "iobj") else 1, _heads(child))
        elif child.dep_ == "prep" and child.lower_ in _TOWARDS:
            ranked += _within(1, _prep_heads(child))
        elif child.dep_ == "prep" and child.lower_ in _PLACES:
            ranked += _within(3, _prep_heads(child))
        elif child.dep_ in ("xcomp", "advcl") and child.pos_ == "VERB" and not _own_subject(child):
            ranked += [(rank + 1, party) for rank, party in _ranked(child, taken)]
    return ranked


def _own_subject(clause: Token) -> bool:
    """Whether a clause tells of another party's act: it has a subject of its own that is
    not a pronoun ("resigned as the opposition threatened to storm his residence")."""
    return any(c.dep_ in _SUBJECTS and c.pos_ != "PRON" for c in clause.children)


def _inside(noun: Token, depth: int = 0) -> list[tuple[float, Token]]:
    """A noun (0), its owner (0.5) and the parties inside it, one rank lower for each
    preposition ("the computers of South Korean army officers") and two lower for a place
    ("the force in Liberia"), three deep at most."""
    found: list[tuple[float, Token]] = [(0.0, noun)]
    found += [(0.5, c) for c in noun.children if c.dep_ == "poss"]
    if depth < 3:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in _TOWARDS | _INSIDE:
                found += _within(1, _prep_heads(prep), depth + 1)
            elif prep.dep_ == "prep" and prep.lower_ in _PLACES:
                found += _within(2, _prep_heads(prep), depth + 1)
        for clause in noun.children:  # "crimes committed by Croat forces"
            if clause.dep_ == "acl":
                agent = next((c for c in clause.children if c.dep_ == "agent"), None)
                if agent is not None:
                    found += [(1.0, p) for p in _prep_heads(agent)]
    return found


def _within(rank: float, heads: list[Token], depth: int = 0) -> list[tuple[float, Token]]:
    """The parties of and inside ``heads`` (:func:`_inside`), ``rank`` lower."""
    return [(rank + r, party) for head in heads for r, party in _inside(head, depth)]


def _heads(head: Token) -> list[Token]:
    """A noun and its conjuncts, whatever they are: a sum of money is no party, but what
    hangs on it may be ("a million kroner to Gondor")."""
    return [head, *head.conjuncts]


def _prep_heads(prep: Token) -> list[Token]:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return _heads(obj) if obj is not None else []


def _parties(head: Token) -> list[Token]:
    """A noun and its conjuncts, each a party; no dates, times or numbers."""
    return [t for t in _heads(head) if _is_party(t)]


def _is_party(token: Token) -> bool:
    return token.pos_ in _NOUNS and token.ent_type_ not in _NOT_PARTIES


def _party_texts(head: Token) -> list[str]:
    """A party's compact words, or one for each of its conjoined modifiers ("Hungarian and
    Romanian officials": Hungarian officials, Romanian officials)."""
    for child in head.lefts:
        if child.dep_ in ("amod", "compound") and child.conjuncts:
            return [f"{m.text} {head.text}" for m in (child, *child.conjuncts)]
    return [_party_text(head)]


def _party_text(head: Token) -> str:
    """A party's compact words: the noun and the modifiers before it, or for a name, the
    whole name with the names before it ("war-torn Mozambique": Mozambique)."""
    doc = head.doc
    if head.ent_type_ in _NAMED:
        first, end = _entity_bounds(head)
        modifiers = _left_modifiers(head)
        named = [t.i for t in modifiers if t.ent_type_ in _NAMED]
        titles = {t.i for t in modifiers if t.is_title}  # "President Abdelaziz Bouteflika"
        while first - 1 in titles:
            first -= 1
        text = _trimmed(doc[min([first, *named]) : end]).text
        return " ".join([text, *_whose(head)]) if head.ent_type_ == "NORP" else text
    modifiers = _left_modifiers(head)
    words = sorted([*modifiers, head], key=lambda t: t.i)
    return " ".join([t.text for t in words] + _whose(head))


def _whose(head: Token) -> list[str]:
    """The words that say whose a common noun's people are, when a name follows it
    ("rebels in the Ivory Coast", "supporters of former President Ben Bella")."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in _WHOSE:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and _names(obj):
                return [prep.text, _party_text(obj)]
    return []


def _entity_bounds(token: Token) -> tuple[int, int]:
    """The token range of the named entity ``token`` is in, read from its IOB tags (building
    ``Doc.ents`` would make every entity span of the document anew)."""
    doc = token.doc
    first = token.i
    while doc[first].ent_iob_ == "I" and first > 0:
        first -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return first, end


def _left_modifiers(head: Token) -> list[Token]:
    """The modifiers before a noun with their own modifiers, each conjoined modifier's
    partners and the "and" left out."""
    found: list[Token] = []
    for child in head.lefts:
        if child.dep_ in _MODIFIERS:
            found.extend(
                t
                for t in subtree_span(child)
                if t.dep_ not in ("cc", "conj", "punct", "det", "case") or t.i == child.i
            )
    return [t for t in found if (t.dep_ != "conj" or t.head.i != head.i) and t.tag_ != "WP$"]


def _trimmed(span: Span) -> Span:
    doc = span.doc
    start = span.start
    while start < span.end - 1 and doc[start].dep_ in ("det", "punct", "case"):
        start += 1
    return doc[start : span.end]


def _lexicon_type(token: Token) -> str | None:
    lemma = _lemma(token)
    if token.pos_ == "NOUN" and lemma == "strike":
        return "PROTEST" if _labour_strike(token) else "ASSAULT"
    if token.pos_ == "NOUN" and lemma in NOUN_TYPES:
        return NOUN_TYPES[lemma]
    if token.pos_ not in ("VERB", "NOUN"):
        return None
    return EVENT_VERBS.get(lemma)


def _labour_strike(strike: Token) -> bool:
    """Whether a "strike" is a stoppage of work ("a hunger strike", "a general strike",
    "workers went on strike", "the strike they have been planning") rather than an attack
    ("renewed strikes on Iran", "the June strikes")."""
    if strike.dep_ == "pobj" and strike.head.lower_ == "on" and strike.head.head.pos_ == "VERB":
        return True  # "went on strike"
    subjects = (t for t in strike.sent if t.dep_ in _SUBJECTS)  # the verb's among them
    return any(_lemma(t) in LABOUR_STRIKE for t in (*strike.subtree, *subjects))


def _is_report(token: Token) -> bool:
    return _lemma(token) in REPORT_VERBS and token.pos_ == "VERB"


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _backs_harm(verb: Token) -> bool:
    """Whether what is backed is a hostile act ("might support a second round of strikes")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    return any(_lexicon_type(t) in HOSTILE for t in obj.subtree if t.pos_ == "NOUN")


def _unless(token: Token) -> bool:
    """Whether an intended act hangs on a condition the other side must meet ("will withdraw
    its force unless the president arranges a ceasefire"): a threat."""
    verb = _verb_of(token)
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for c in verb.children
    )


def _intended(token: Token) -> bool:
    """Whether the event is an intention: "will send", "is ready to send", "plans to send";
    a nominal event's verb says it ("will extend the curfew")."""
    token = _verb_of(token)
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in token.children):
        return True
    head = token.head
    return token.dep_ == "xcomp" and head.i != token.i and _lemma(head) in INTENT_WORDS


def _names(token: Token) -> bool:
    """Whether a party names someone: its noun, or a name before it ("Panamanian army
    officers"). An owner's name does not count: "Serbia's feuding republics" names Serbia,
    which is a party of its own."""
    owned = {t.i for c in token.children if c.dep_ == "poss" for t in c.subtree}
    return any(
        t.ent_type_ in _NAMED or (t.pos_ == "PROPN" and not t.ent_type_)
        for t in (token, *_left_modifiers(token))
        if t.i not in owned
    )


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth
