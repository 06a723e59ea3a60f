"""Cues of a proposition's modality and polarity, light verbs and event nouns (data only;
the engine is ``extract/wrappers.py``, used by ``extract/propositions.py``).

A proposition's modality is one of :data:`MODALITIES`. The words that set it are modal
auxiliaries ("might strike"), adverbs of doubt ("possibly"), verbs, adjectives and nouns that
wrap the predicate ("discussed [striking]", "is likely [to strike]", "the possibility [of a
strike]") and light verbs whose noun names the act ("held [discussions]", "launched [an
attack]"). The lists were written by the Triangulate team from the modal and aspectual verb
classes of VerbNet and the event nouns of news on conflict and diplomacy.
"""

from __future__ import annotations

#: the modalities, weakest commitment first; of several cues on one predicate the weakest
#: wins ("might agree to strike": possible; "agreed to discuss strikes": discussed); the
#: predicate's own ("held talks": discussed) counts only when no cue gives one
MODALITIES = ("discussed", "possible", "demanded", "future", "agreed", "asserted")

#: modal auxiliaries and the modality they give
MODAL_AUXILIARIES = {
    "might": "possible", "may": "possible", "could": "possible", "can": "possible",
    "ca": "possible", "would": "possible", "'d": "possible", "’d": "possible",
    "will": "future", "'ll": "future", "’ll": "future", "shall": "future", "wo": "future",
    "should": "demanded", "must": "demanded", "ought": "demanded",
}  # fmt: skip
#: auxiliaries that, under a past verb of saying, are the past's future: "said he would go"
REPORTED_FUTURE = frozenset({"would", "'d", "’d"})

#: adverbs of doubt: "possibly", "perhaps"
MODAL_ADVERBS = frozenset(
    {"possibly", "perhaps", "maybe", "probably", "potentially", "likely", "conceivably"}
)

#: verbs that are a modality on their own, and wrap a predicate when they have one (their
#: infinitive, clause, prepositional object or an event noun as object): "discussed [new
#: strikes]", "agreed [to withdraw]", "demanded [that ...]", "intends [to visit]"
WRAPPER_VERBS = {
    **dict.fromkeys(
        (
            "discuss", "consider", "debate", "mull", "contemplate", "propose", "negotiate",
            "deliberate", "talk",
        ),
        "discussed",
    ),
    **dict.fromkeys(
        (
            "agree", "decide", "approve", "order", "sign", "authorize", "authorise",
            "endorse", "ratify", "finalize", "finalise", "greenlight",
        ),
        "agreed",
    ),
    **dict.fromkeys(("demand", "urge", "request", "insist", "implore"), "demanded"),
    **dict.fromkeys(
        ("intend", "vow", "pledge", "promise", "schedule", "expect", "want", "hope"),
        "future",
    ),
}  # fmt: skip

#: verbs that are a modality only when they wrap a predicate ("called [for a strike]",
#: "raised [the possibility of ...]", "plans [new strikes]"); alone they are plain ("called
#: him", "raised taxes", "planned the attack", "offered details", "sought refuge")
LIFTING_VERBS = {
    **dict.fromkeys(
        ("raise", "float", "broach", "weigh", "explore", "suggest", "offer"), "discussed"
    ),
    **dict.fromkeys(("accept", "adopt"), "agreed"),
    **dict.fromkeys(("call", "push", "press", "pressure", "appeal"), "demanded"),
    **dict.fromkeys(("plan", "aim", "prepare", "seek", "threaten"), "future"),
}

#: lifting verbs that wrap only with one of these prepositions: "called [on] Iran to halt",
#: "called [for] talks" (but "called his mother to break the news")
LIFTING_PREPOSITIONS = {"call": frozenset({"on", "upon", "for"})}

#: subjects whose "is to" states a purpose, not what is to happen: "the [aim] is to ..."
PURPOSE_NOUNS = frozenset(
    {
        "aim", "goal", "objective", "purpose", "idea", "task", "job", "mission", "priority",
        "point", "intention", "role", "challenge", "hope", "plan", "strategy", "it",
    }
)  # fmt: skip

#: verbs that are a modality with a preposition, whether or not they wrap a predicate:
#: "called [for] a ceasefire", "pressed [for] talks"
PREPOSITIONAL_WRAPPERS = {
    ("call", "for"): "demanded", ("call", "on"): "demanded", ("push", "for"): "demanded",
    ("press", "for"): "demanded", ("appeal", "for"): "demanded", ("ask", "for"): "demanded",
    ("talk", "about"): "discussed", ("agree", "on"): "agreed", ("decide", "on"): "agreed",
}  # fmt: skip

#: verbs that wrap only an infinitive: "told Israel [to halt]" (but "told Reuters that ..." is
#: a saying), "is [to visit]", "is going [to retaliate]", "is set [to arrive]", "seems [to
#: hold]", "began [to withdraw]"; ``None``: the predicate is asserted as if unwrapped
INFINITIVE_VERBS: dict[str, str | None] = {
    **dict.fromkeys(
        ("tell", "ask", "advise", "encourage", "instruct", "warn", "invite"), "demanded"
    ),
    **dict.fromkeys(("allow", "permit"), "agreed"),
    **dict.fromkeys(("be", "go", "set"), "future"),
    **dict.fromkeys(("seem", "appear"), "possible"),
    **dict.fromkeys(("begin", "start", "continue", "resume", "manage", "keep"), None),
}

#: adjectives after "be" that wrap a predicate: "is likely [to strike]", "it is possible
#: [that ...]", "is poised [to win]"
WRAPPER_ADJECTIVES = {
    **dict.fromkeys(("likely", "unlikely", "possible", "probable"), "possible"),
    **dict.fromkeys(("due", "poised", "set", "ready", "scheduled", "expected"), "future"),
}

#: verbs whose wrapped predicate did not or will not happen: "denied [that it fired]",
#: "failed [to capture]", "ruled out [new sanctions]"; alone they are plain ("denied the
#: report")
NEGATING_VERBS = frozenset({"deny", "fail", "refuse", "decline", "reject", "avoid", "refrain"})
NEGATING_PHRASAL = frozenset({("rule", "out"), ("call", "off")})

#: nouns that name no act but a modality, and wrap one: "the possibility [of a strike]"
MODAL_NOUNS = {
    **dict.fromkeys(
        ("possibility", "prospect", "chance", "option", "likelihood", "risk"), "possible"
    ),
    **dict.fromkeys(("idea", "notion"), "discussed"),
}

#: nouns that name an act, with the verb that names it: "held [discussions]" -> discuss,
#: "launched [an attack]" -> attack. A noun whose verb is a wrapper wraps like it ("talks
#: [on a ceasefire]", "a decision [to withdraw]")
EVENT_NOUNS = {
    "discussion": "discuss", "talk": "talk", "negotiation": "negotiate",
    "consultation": "consult", "debate": "debate", "deliberation": "deliberate",
    "proposal": "propose", "offer": "offer", "suggestion": "suggest",
    "consideration": "consider", "agreement": "agree", "deal": "agree", "accord": "agree",
    "decision": "decide", "approval": "approve", "order": "order",
    "authorization": "authorize", "authorisation": "authorise", "endorsement": "endorse",
    "ratification": "ratify", "demand": "demand", "call": "call", "appeal": "appeal",
    "request": "request", "ultimatum": "demand", "plan": "plan", "intention": "intend",
    "pledge": "pledge", "promise": "promise", "threat": "threaten", "vow": "vow",
    "refusal": "refuse", "failure": "fail", "denial": "deny", "rejection": "reject",
    "attack": "attack", "strike": "strike", "airstrike": "strike", "raid": "raid",
    "bombing": "bomb", "bombardment": "bombard", "shelling": "shell", "assault": "assault",
    "offensive": "attack", "invasion": "invade", "incursion": "invade", "ambush": "ambush",
    "assassination": "assassinate", "killing": "kill", "shooting": "shoot",
    "arrest": "arrest", "detention": "detain", "visit": "visit", "meeting": "meet",
    "summit": "meet", "withdrawal": "withdraw", "retreat": "retreat",
    "evacuation": "evacuate", "deployment": "deploy", "sanction": "sanction", "ban": "ban",
    "embargo": "embargo", "protest": "protest", "demonstration": "demonstrate",
    "election": "elect", "vote": "vote", "investigation": "investigate",
    "probe": "investigate", "inquiry": "investigate", "announcement": "announce",
    "statement": "state", "warning": "warn", "response": "respond",
    "retaliation": "retaliate", "release": "release", "exchange": "exchange",
    "launch": "launch", "test": "test", "crackdown": "crack down", "blockade": "blockade",
}  # fmt: skip

#: verbs whose object noun names the act: "held [talks]", "carried out [strikes]", "struck
#: [a deal]"; "there was [an attack]" counts too
LIGHT_VERBS = frozenset(
    {
        "hold", "have", "make", "take", "launch", "carry", "conduct", "stage", "mount",
        "give", "issue", "reach", "strike", "seal", "open", "begin", "start", "resume",
        "engage", "deliver", "unleash", "wage",
    }
)  # fmt: skip

#: prepositions that take a wrapped predicate: "agreed [on] a plan", "called [for] talks",
#: "the possibility [of] launching", "refrained [from] striking"
COMPLEMENT_PREPOSITIONS = frozenset({"on", "about", "over", "of", "for", "to", "regarding", "from"})
#: prepositions whose object is what a noun's act is about or aimed at: "an attack [on]
#: Tehran", "talks [about] the border", in this order of preference
NOUN_OBJECT_PREPOSITIONS = (
    "on", "against", "about", "over", "of", "to", "at", "into", "with", "from",
)  # fmt: skip
#: prepositions whose object is what a verb without an object is about: "responded [to] the
#: strikes", "spoke [with] Netanyahu"
OBJECT_PREPOSITIONS = frozenset(
    {"on", "against", "to", "with", "for", "about", "at", "over", "into", "of"}
)
#: prepositions of place, and the entity types that make their object a place
PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "inside", "outside", "across", "into", "throughout", "around",
     "within", "off"}
)  # fmt: skip
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

#: determiners and pronouns that negate: "[no] agreement was reached", "[nobody] was hurt"
NEGATIVE_DETERMINERS = frozenset({"no"})
NEGATIVE_PRONOUNS = frozenset({"nobody", "nothing", "none", "noone", "no-one"})
#: determiners that make an event noun a known one ("discussed [the] attack": it happened)
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
#: words that make a clause a question, whose content is not asserted: "said [whether] ..."
QUESTION_MARKS = frozenset({"whether", "if"})
