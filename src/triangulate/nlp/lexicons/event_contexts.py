"""Cue words of the PLOVER 2.0 contexts: what an event's sentence is about ("military",
"diplomatic", "migration"...), several at once if need be.

Compiled by the Triangulate team from the context definitions of the PLOVER 2.0 manual
(``../shared/data/plover/spec``). Data only; the engine is ``extract/contexts.py``. A cue is
a lemma, or words joined by spaces that must stand together in the text. Contexts whose
cues are too rare or too vague to read from words (pro_democracy, pro_autocracy, inequality,
reparations, technology) have none: they are never coded.
"""


def _cues(text: str) -> frozenset[str]:
    return frozenset(cue.replace("_", " ") for cue in text.split())


#: context -> cue words
CONTEXTS: dict[str, frozenset[str]] = {
    "military": _cues(
        "army military troop soldier navy naval air_force marine airstrike warplane warship "
        "artillery tank battalion brigade regiment commander pentagon defence defense "
        "serviceman offensive armed_forces war fighting clash ceasefire cease-fire truce "
        "arms weapon reservist"
    ),
    "intelligence": _cues("intelligence spy espionage cia mossad fsb surveillance"),
    "executive": _cues("presidency cabinet monarchy royal_family"),
    "legislative": _cues("parliament parliamentary congress senate lawmaker legislature mp"),
    "election": _cues("election electoral vote voter ballot poll campaign candidate referendum"),
    "political_institutions": _cues("party coalition opposition constitution constitutional"),
    "economic": _cues(
        "economy economic trade tariff export import investment finance financial bank loan "
        "debt inflation market currency budget tax"
    ),
    "legal": _cues(
        "court judge trial law legal lawsuit sue indict convict sentence verdict prosecutor "
        "prosecute extradite extradition tribunal justice"
    ),
    "human_rights": _cues("human_rights rights_group abuse"),
    "rights_freedoms": _cues("freedom liberty censorship press_freedom civil_rights democracy"),
    "repression": _cues("crackdown repression disperse tear_gas"),
    "human_security": _cues("food water housing famine hunger electricity"),
    "gender": _cues("woman women gender abortion"),
    "lgbt": _cues("gay lesbian lgbt transgender"),
    "religion_ethnicity": _cues(
        "ethnic religious religion muslim moslem christian jewish hindu islamic church mosque "
        "temple sect"
    ),
    "diplomatic": _cues(
        "diplomatic diplomat ambassador embassy envoy foreign_minister secretary_of_state "
        "talk negotiation negotiate summit treaty accord relation tie visit mediator mediation "
        "consulate"
    ),
    "territory": _cues("territory border territorial annex sovereignty independence occupation"),
    "peacekeeping": _cues("peacekeeper peacekeeping peace-keeping blue_helmets"),
    "health": _cues("health disease epidemic outbreak hospital vaccine virus medical doctor"),
    "asylum": _cues("asylum"),
    "migration": _cues("refugee migrant migration displaced immigrant immigration"),
    "disasters": _cues("earthquake flood hurricane disaster drought tsunami"),
    "natural_resource": _cues("oil gas energy mining mineral water_resources pipeline"),
    "environment": _cues("environment environmental pollution climate emission"),
    "terrorism": _cues(
        "terrorist terrorism terror suicide_bomber al-qaeda qaeda bombing extremist jihadist"
    ),
    "cbrn": _cues("nuclear chemical biological radiological missile warhead weapons_inspector"),
    "cyber": _cues("cyber hacker hack cyberattack"),
    "misinformation": _cues("misinformation disinformation propaganda fake_news"),
    "crime": _cues("crime criminal gang murder robbery theft police"),
    "corruption": _cues("corruption bribe bribery embezzle embezzlement fraud nepotism"),
    "illegal_drugs": _cues("drug cocaine heroin narcotic cartel"),
    "trafficking": _cues("trafficking smuggle smuggling trafficker smuggler"),
}
