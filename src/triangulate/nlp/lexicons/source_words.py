"""Words that type the source of an attribution (data only; the engine is
``extract/sources.py``).

Written from the categories news style guides use for sourcing (AP Stylebook, "anonymous
sources"; Reuters Handbook of Journalism, "sourcing") and from PARC's source types: a named
person or body, an unnamed but specific source ("a US official", "two people familiar with
the talks"), a vague crowd ("critics", "observers", "reports"), and documents.
"""

from __future__ import annotations

#: head nouns of an unnamed but specific source: "a senior US [official]"
ANONYMOUS_NOUNS = frozenset(
    {
        "official", "source", "person", "people", "aide", "adviser", "advisor", "diplomat",
        "insider", "staffer", "officer", "employee", "member", "lawmaker", "spokesman",
        "spokeswoman", "spokesperson", "representative", "negotiator", "envoy", "confidant",
        "associate", "ally", "operative", "strategist", "donor", "executive", "investigator",
        "prosecutor", "agent", "witness", "resident", "commander", "minister", "analyst",
    }
)  # fmt: skip

#: head nouns (and pronouns) of a vague, uncounted source: "[critics] say", "[reports] said"
VAGUE_NOUNS = frozenset(
    {
        "critic", "observer", "expert", "commentator", "pundit", "rumor", "rumour",
        "many", "some", "others", "everyone", "everybody", "someone", "somebody", "nobody",
        "skeptic", "sceptic", "supporter", "opponent", "detractor", "speculation", "word",
        "media", "press",
    }
)  # fmt: skip

#: head nouns of a document, a record or a measurement: "the [memo] says", "a [poll] found";
#: a bare plural is a vague source ("[reports] say")
DOCUMENT_NOUNS = frozenset(
    {
        "statement", "document", "memo", "letter", "email", "e-mail", "filing", "record",
        "data", "study", "poll", "survey", "analysis", "transcript", "tweet", "post", "video",
        "ad", "advertisement", "release", "note", "report", "complaint", "lawsuit", "ruling",
        "indictment", "affidavit", "bill", "budget", "law", "order", "cable", "dossier",
    }
)  # fmt: skip

#: modifiers that say whom an unnamed source works for: "a senior [administration] official"
AFFILIATION_WORDS = frozenset(
    {
        "administration", "government", "military", "intelligence", "police", "security",
        "defense", "defence", "campaign", "company", "party", "embassy", "ministry",
        "state", "federal", "congressional", "diplomatic", "army", "navy", "union",
        "palace", "cabinet", "presidential", "senate", "house", "court", "agency",
    }
)  # fmt: skip

#: counting words: "[two] other sources"
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "both": 2,
    "dozen": 12, "single": 1,
}  # fmt: skip

#: pronouns that stand for one person or for a group
PERSON_PRONOUNS = frozenset({"he", "she", "i", "him", "her", "me"})
GROUP_PRONOUNS = frozenset({"we", "us", "they", "them"})
