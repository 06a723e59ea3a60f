"""Cues of attribution beyond the verbs of saying (data only; the engine is
``extract/attribution.py``).

News attributes more than speech: stances ("Cruz blamed the law on ..."), intentions ("the
group seeks to ..."), beliefs ("some Democrats think ..."), findings ("the survey found ...")
and appearances ("the candidate seemed to ..."). The lists are grouped by what the cue's
complement is; they were written from the categories of the PARC annotation guidelines
(Pareti 2016) and of VerbNet's communication, judgement and psychological verb classes.
"""

from __future__ import annotations

from triangulate.nlp.lexicons.reporting_verbs import REPORTING_VERBS

#: verbs whose object is what the source holds a view on: "Pate supported Charlie Crist"
STANCE_VERBS = frozenset(
    {
        "support", "endorse", "back", "oppose", "criticize", "criticise", "praise", "accuse",
        "blame", "attack", "defend", "reject", "dismiss", "slam", "blast", "mock", "cite",
        "describe", "applaud", "condemn", "welcome", "question", "decry",
        "denounce", "deride", "hail", "laud", "fault", "credit", "thank", "label", "brand",
        "characterize", "characterise", "portray", "mention", "express", "offer",
        "issue", "recommend", "propose", "demand", "request", "favor", "favour", "prefer",
        "dispute", "deny", "acknowledge", "admit", "announce", "confirm", "reveal", "disclose",
        "highlight", "emphasize", "emphasise", "stress", "tout", "promise", "pledge", "vow",
        "predict", "forecast", "estimate", "project", "see", "view", "regard", "consider",
        "know", "recall", "tweet", "post", "write", "say", "read", "quote",
        "voice", "echo", "repeat", "reiterate", "ask", "answer", "argue",
        "suggest", "show", "find", "indicate", "report", "urge",
        "discuss", "remind", "list", "promote", "reference", "advocate", "embrace", "invoke",
        "liken", "bemoan", "chide", "assail", "champion", "detail", "outline", "email",
        "paint", "envision", "congratulate", "attribute", "rebuke", "dub", "downplay",
        "reaffirm", "affirm", "scold", "trumpet", "disparage", "belittle", "implore",
        "convince", "persuade", "lecture", "lambast", "lambaste", "articulate", "disavow",
        "clarify", "retweet", "recite", "rebut", "rebuff", "document", "unveil", "resist",
        "judge", "interpret", "contrast",
    }
)  # fmt: skip

#: verbs whose infinitive is the source's intention or claim: "Cook declined to say"
INTENT_VERBS = frozenset(
    {
        "want", "plan", "seek", "hope", "intend", "refuse", "decline", "promise", "vow",
        "pledge", "expect", "wish", "aim", "threaten", "agree", "offer", "vote", "urge",
        "ask", "call", "encourage", "push", "press", "order", "tell", "warn", "advise",
        "claim", "pretend", "prefer", "decide", "choose", "hesitate",
    }
)  # fmt: skip

#: verbs whose prepositional object is the content: "Blackwell pointed to Cruz's record"
PREPOSITION_CUES = {
    "point": frozenset({"to"}),
    "refer": frozenset({"to"}),
    "speak": frozenset({"about", "of", "against"}),
    "talk": frozenset({"about", "of"}),
    "agree": frozenset({"with", "on", "to"}),
    "respond": frozenset({"to", "by"}),
    "react": frozenset({"to"}),
    "comment": frozenset({"on"}),
    "vote": frozenset({"for", "against"}),
    "call": frozenset({"for", "on"}),
    "argue": frozenset({"for", "against"}),
    "push": frozenset({"for"}),
    "look": frozenset({"for", "to"}),
    "hope": frozenset({"for"}),
    "worry": frozenset({"about"}),
    "complain": frozenset({"about"}),
    "warn": frozenset({"about", "of", "against"}),
    "insist": frozenset({"on"}),
    "disagree": frozenset({"with"}),
    "side": frozenset({"with"}),
    "object": frozenset({"to"}),
    "testify": frozenset({"about"}),
    "boast": frozenset({"about", "of"}),
    "brag": frozenset({"about"}),
    "joke": frozenset({"about"}),
    "write": frozenset({"about"}),
    "tweet": frozenset({"about"}),
    "ask": frozenset({"about", "for"}),
    "rail": frozenset({"against"}),
    "lash": frozenset({"at"}),
    "apologize": frozenset({"for"}),
    "apologise": frozenset({"for"}),
    "plead": frozenset({"for", "with"}),
    "vouch": frozenset({"for"}),
    "balk": frozenset({"at"}),
    "allude": frozenset({"to"}),
    "distance": frozenset({"from"}),
    "spar": frozenset({"over", "with", "on"}),
    "pivot": frozenset({"to"}),
    "acquiesce": frozenset({"to", "in"}),
    "admit": frozenset({"to"}),
    "press": frozenset({"for"}),
    "report": frozenset({"on", "about"}),
    "advocate": frozenset({"for"}),
    "double": frozenset({"on"}),
    "stand": frozenset({"by"}),
}

#: verbs that attribute without a source: "the candidate seemed to be shrinking"
APPEARANCE_VERBS = frozenset({"seem", "appear", "look"})

#: verbs of thought and wish: the writer's own ("I think", "you know") is no attribution
COGNITION_VERBS = frozenset(
    {
        "think", "know", "see", "want", "believe", "find", "hope", "feel", "wish", "consider",
        "expect", "plan", "decide", "guess", "suppose", "understand", "realize", "realise",
        "imagine", "doubt", "wonder", "suspect", "assume", "fear", "remember", "recognize",
        "recognise", "learn", "regret", "notice", "discover", "forget", "contemplate",
    }
)  # fmt: skip
#: subjects that speak for the writer or address the reader
WRITER_SUBJECTS = frozenset({"i", "we", "you"})

#: adjectives of attitude, emotion and certainty after "be": "Democrats are [nervous about]
#: turnout", "she is [confident that] ...", "it is [unclear whether] ..." (Biber's stance
#: adjectives)
STANCE_ADJECTIVES = frozenset(
    {
        "certain", "sure", "confident", "convinced", "aware", "unaware", "doubtful", "unsure",
        "uncertain", "clear", "unclear", "hopeful", "optimistic", "pessimistic", "afraid",
        "fearful", "scared", "terrified", "worried", "concerned", "anxious", "nervous",
        "happy", "glad", "pleased", "delighted", "proud", "thrilled", "excited", "eager",
        "keen", "willing", "reluctant", "hesitant", "unwilling", "determined", "angry",
        "furious", "upset", "disappointed", "frustrated", "irritated", "annoyed", "outraged",
        "critical", "skeptical", "sceptical", "supportive", "opposed", "wary", "distrustful",
        "suspicious", "tired", "sick", "aghast", "shocked", "surprised", "satisfied",
        "dissatisfied", "unhappy", "sorry", "grateful", "thankful", "ambivalent", "cynical",
        "adamant", "insistent", "emphatic", "vocal", "open", "hostile", "sympathetic",
        "enthusiastic", "alarmed", "troubled", "embarrassed", "ashamed", "impressed",
        "unimpressed", "comfortable", "uncomfortable", "mindful", "fond", "resentful",
        "dismissive", "appreciative", "receptive", "focused", "upbeat", "divided", "unified",
        "united", "frank", "candid", "explicit", "silent", "firm", "apparent", "evident",
        "obvious", "partial", "unapologetic", "conscious", "forthcoming",
        "devoted", "measured",
    }
)  # fmt: skip
#: stance adjectives whose content must be a clause ("it is clear [that ...]", not "clear of ice")
CLAUSAL_ADJECTIVES = frozenset(
    {"clear", "unclear", "certain", "sure", "apparent", "evident", "obvious"}
)
#: prepositions that take a stance adjective's content: "nervous [about] turnout"
ADJECTIVE_PREPOSITIONS = frozenset(
    {"about", "of", "on", "with", "over", "at", "against", "toward", "towards", "for", "in", "to"}
)

#: nouns of measured opinion whose "in" phrase attributes its clause: "Cruz leads [in] the
#: latest poll", "[In] a new survey, 40 percent back Sanders"
POLL_NOUNS = frozenset({"poll", "survey", "polling", "study"})

#: first words of a line's label that introduce no speaker: "Note:", "Update:", "Photo:"
HEADLINE_LABELS = frozenset(
    {
        "note", "update", "updated", "correction", "photo", "video", "watch", "read", "related",
        "source", "sources", "editor", "editors", "see", "also", "tags", "agenda", "subject",
        "disclosure", "credit", "caption", "image", "advertisement", "posted", "published",
    }
)  # fmt: skip

#: adverbs that attribute their clause to an unnamed source: "the minister [reportedly] quit"
HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "reputedly"})

#: words that weaken or distance what is attributed: "[reportedly]", "[might]", "[likely]"
HEDGE_ADVERBS = frozenset(
    {
        "reportedly", "allegedly", "apparently", "reputedly", "purportedly", "supposedly",
        "seemingly", "possibly", "probably", "perhaps", "maybe", "likely", "conceivably",
        "presumably", "ostensibly",
    }
)  # fmt: skip
HEDGE_MODALS = frozenset({"might", "may", "could", "can"})
#: cue verbs that hedge in the passive: "[is expected] to", "[is said] to", "[is believed]"
HEDGE_PASSIVES = frozenset(
    {"expect", "say", "believe", "think", "report", "rumor", "rumour", "understand", "suspect"}
)

#: nouns whose "is" states their content: "[The question is] whether ...", "[One view is]
#: that ...", "there are [fears] that ..."
STATED_NOUNS = frozenset(
    {
        "view", "question", "refrain", "advice", "response", "strategy", "plan", "slogan",
        "assumption", "saying", "message", "point", "idea", "thinking", "sense", "feeling",
        "worry", "answer", "reply", "conclusion", "consensus", "expectation", "hope",
        "fear", "concern", "argument", "theory", "explanation", "claim", "belief", "pressure",
        "speculation", "talk", "call", "doubt", "suggestion", "promise", "warning", "hunch",
    }
)  # fmt: skip
#: nouns of a role in a stance, after "is a": "is a staunch [opponent] of the death penalty"
ROLE_NOUNS = frozenset(
    {
        "opponent", "backer", "supporter", "critic", "booster", "champion", "proponent",
        "advocate", "fan", "architect", "defender", "ally", "foe", "skeptic", "sceptic",
        "admirer", "detractor", "sponsor", "cheerleader", "enemy",
    }
)  # fmt: skip

#: phrasal verbs that are cues, read as the single verb they mean: "[laid out] her plan"
PHRASAL_CUES = {
    ("lay", "out"): "outline",
    ("spell", "out"): "outline",
    ("shoot", "back"): "retort",
    ("hit", "back"): "retort",
    ("fire", "back"): "retort",
    ("brush", "off"): "dismiss",
    ("brush", "aside"): "dismiss",
    ("play", "down"): "downplay",
    ("call", "out"): "criticize",
    ("single", "out"): "cite",
    ("weigh", "in"): "comment",
}
#: phrasal verbs whose preposition takes the content: "[went after] Cruz"
PHRASAL_PREPOSITIONS = {("go", "after"): "attack"}

#: verbs that present their object as something with "as" or "with": "cast the Clintons
#: [as] the establishment", "charged him [with] fraud"
ROLE_VERBS = {"cast": "as", "identify": "as", "present": "as", "charge": "with"}

#: verbs that name their object as something: "called them [a cancer in our system]"
NAMING_VERBS = frozenset({"call", "dub", "label", "brand", "term", "deem", "title"})

#: nouns that name a statement, stance or belief: "Trump's claim that ...", "her criticism of"
NOMINAL_CUES = frozenset(
    {
        "claim", "criticism", "endorsement", "opposition", "concern", "promise", "assertion",
        "argument", "suggestion", "complaint", "allegation", "announcement", "warning",
        "pledge", "statement", "doubt", "hope", "fear", "praise", "condemnation", "rejection",
        "reference", "opinion", "estimate", "admission", "insistence", "accusation", "belief",
        "contention", "assurance", "vow", "acknowledgment", "acknowledgement", "critique",
        "denial", "prediction", "remark", "question", "comment", "proposal", "assessment",
        "embrace", "aversion", "call", "agreement", "mention", "chant", "defense", "advice",
        "confidence", "backing", "thought",
    }
)  # fmt: skip

#: nouns that name a statement only with the one who made it: "[Trump's] attacks on Cruz",
#: not "the attacks on Paris"
HELD_NOMINAL_CUES = frozenset({"attack"})

#: prepositions that take a nominal cue's content: "criticism [of] the plan"
NOMINAL_PREPOSITIONS = frozenset({"of", "to", "for", "about", "on", "over", "against"})

#: light verbs and the nouns that make a cue with them: "took [a shot at]", "made [the case
#: for]", "made no [secret of]", "has strong [views on]"
LIGHT_VERBS = frozenset({"make", "take", "have", "hold", "draw", "launch", "level", "lodge"})
LIGHT_NOUNS = frozenset(
    {
        "case", "secret", "mention", "apology", "shot", "swipe", "jab", "dig", "aim", "issue",
        "exception", "offense", "offence", "stance", "stand", "position", "view", "feeling",
        "illusion", "attack", "charge", "argument", "joke", "point", "objection", "reservation",
        "qualm", "plea", "appeal", "pitch", "allegation", "accusation", "complaint",
    }
)  # fmt: skip
#: prepositions that take a light verb's content: "took a shot [at]", "took issue [with]"
LIGHT_PREPOSITIONS = NOMINAL_PREPOSITIONS | {"at", "with", "toward", "towards"}
#: adjectives that make a cue with "make": "made [it] clear that"
LIGHT_ADJECTIVES = frozenset({"clear", "plain", "known"})

#: verbs that attribute only the quotation around them: '"Not yet," he continued.'
QUOTING_VERBS = frozenset(
    {
        "continue", "chant", "shout", "yell", "scream", "joke", "quip", "exclaim", "muse",
        "sigh", "laugh", "whisper", "mutter", "snap", "scoff", "marvel", "gush", "tease",
        "plead", "beg", "cry", "cheer", "interject", "interrupt",
        "summarize", "summarise", "wonder", "chime",
    }
)  # fmt: skip

#: forms the parser's lemmatiser gets wrong, with their lemma ("hopes" is not "hop")
LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope", "retweeted": "retweet"}

#: every verb lemma that can be a cue
CUE_VERBS = (
    REPORTING_VERBS
    | STANCE_VERBS
    | INTENT_VERBS
    | APPEARANCE_VERBS
    | NAMING_VERBS
    | PREPOSITION_CUES.keys()
    | QUOTING_VERBS
    | COGNITION_VERBS
    | ROLE_VERBS.keys()
)
