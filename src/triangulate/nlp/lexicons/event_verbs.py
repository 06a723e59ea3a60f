"""Verb and noun lemmas that name PLOVER 2.0 event types, and the verbs that frame another
event (a promise, a threat, a demand, a refusal).

Compiled by the Triangulate team from the PLOVER 2.0 manual's category definitions and its
examples (``../shared/data/plover/spec``), with the CAMEO verb classes its crosswalk names.
Data only; the engine is ``extract/events.py``.
"""


def _set_of(text: str) -> frozenset[str]:
    return frozenset(text.split())


_BY_TYPE = {
    "AGREE": "agree accord sign ratify settle endorse promise pledge commit guarantee",
    "CONSULT": "meet discuss consult visit talk host negotiate confer telephone phone mediate",
    "SUPPORT": "support praise back commend defend welcome applaud hail congratulate "
    "recognize recognise thank approve apologize apologise establish restore renew resume",
    "COOPERATE": "cooperate collaborate partner ally coordinate share extradite",
    "AID": "aid donate supply fund assist rescue relieve help provide give send grant lend "
    "finance shelter contribute",
    "CONCEDE": "concede release free ease lift yield allow relax accept pardon reinstate",
    "RETREAT": "withdraw retreat evacuate pull demobilize demobilise disarm resign surrender "
    "ceasefire truce",
    "REQUEST": "request ask urge appeal demand call plead seek press insist petition",
    "ACCUSE": "accuse blame condemn denounce criticize criticise charge allege sue "
    "investigate complain indict investigation",
    "REJECT": "reject refuse deny veto oppose dismiss decline rebuff renege spurn",
    "THREATEN": "threaten warn ultimatum vow",
    "PROTEST": "protest demonstrate rally march picket riot boycott block",
    "SANCTION": "sanction expel ban suspend embargo freeze sever halt cut cancel recall break",
    "MOBILIZE": "mobilize mobilise deploy mass reinforce alert",
    "COERCE": "arrest detain seize confiscate deport raid impose blockade jail "
    "imprison curfew outlaw censor hack",
    "ASSAULT": "attack bomb shell kill shoot strike assault invade fire wound bombard ambush "
    "massacre assassinate execute airstrike clash fight storm torch burn behead beat torture "
    "capture retake kidnap abduct hijack",
}

#: lemma -> PLOVER event type (the first type listing a lemma wins; a noun whose type
#: differs from its verb's is in NOUN_TYPES)
EVENT_VERBS: dict[str, str] = {}
for _type, _words in _BY_TYPE.items():
    for _word in _words.split():
        EVENT_VERBS.setdefault(_word, _type)

#: nouns whose type differs from the verb's ("a demonstration"; "a strike" is PROTEST or
#: ASSAULT, as extract/events.py reads it)
NOUN_TYPES = {
    "demonstration": "PROTEST",
    "protest": "PROTEST",
    # meetings are told as nouns ("held talks", "their meeting"), and "hold" alone is no event
    "meeting": "CONSULT",
    "talk": "CONSULT",
    "talks": "CONSULT",
    "summit": "CONSULT",
    "negotiation": "CONSULT",
    "consultation": "CONSULT",
    "mediation": "CONSULT",
    # nouns made from verbs, whose lemma is not the verb's
    "withdrawal": "RETREAT",
    "pullout": "RETREAT",
    "pullback": "RETREAT",
    "bombing": "ASSAULT",
    "shelling": "ASSAULT",
    "killing": "ASSAULT",
    "invasion": "ASSAULT",
    "assassination": "ASSAULT",
    "kidnapping": "ASSAULT",
    "abduction": "ASSAULT",
    "deportation": "COERCE",
    "expulsion": "SANCTION",
    "accusation": "ACCUSE",
    "criticism": "ACCUSE",
    "condemnation": "ACCUSE",
}

#: words that make "strike" a stoppage of work (PROTEST) rather than an attack (ASSAULT):
#: its modifiers ("hunger strike", "general strike"), who strikes ("workers"), or "on strike"
LABOUR_STRIKE = _set_of(
    "hunger general labour labor national nationwide worker union employee staff teacher "
    "doctor nurse driver miner docker pay wage walkout"
)

#: verbs that take the type of the event their object names ("imposed sanctions": SANCTION,
#: "renewed negotiations": CONSULT, "lodged a protest": see PROTEST_LODGED)
LIGHT_VERBS = _set_of(
    "impose launch stage carry conduct hold issue declare renew resume begin start continue "
    "mount lodge file register complete"
)
#: a protest lodged or filed is a complaint, not a demonstration: ACCUSE
PROTEST_LODGED = _set_of("lodge file register issue deliver")

#: verbs that commit their subject to the event they frame ("agreed to send troops"):
#: AGREE for a cooperative event, THREATEN for a hostile one
COMMIT_VERBS = _set_of("agree promise pledge offer vow swear commit undertake")
#: verbs that ask for the event they frame: REQUEST
REQUEST_VERBS = _set_of("urge ask demand call appeal request plead press insist")
#: verbs that refuse it: REJECT
REJECT_VERBS = _set_of("reject refuse deny decline veto rebuff renege spurn")
#: verbs that threaten it: THREATEN
THREAT_VERBS = _set_of("threaten warn")
#: verbs that report an event rather than make one ("said", "announced")
REPORT_VERBS = _set_of("say tell report announce add state declare confirm note quote claim")
#: modals that make a clause a demand on its subject ("said China must drop barriers")
OBLIGATION = _set_of("must should")
#: words that make the event they frame an intention ("ready to send", "plans to impose")
INTENT_WORDS = _set_of("ready willing prepared plan intend expect prepare decide")

#: what a newsroom formula asks, declines or requests: no event ("asked not to be named",
#: "declined to comment", "did not respond to a request for comment")
FORMULA_ACTS = _set_of("comment name identify")

#: who a word to the press is spoken to: talking to them is no consultation
MEDIA = _set_of("media press reporter journalist correspondent newspaper")

#: lemmas of nouns for people and the bodies they form: an object the event is done to,
#: though it names no one ("kidnapped 16 advisers", "granted asylum to 18 rebels"), and a
#: subject that can act ("the directorate asked")
PEOPLE = _set_of(
    """people person civilian refugee officer official rebel militant soldier protester
    demonstrator student worker prisoner hostage resident villager police government
    leader force peacekeeper diplomat journalist citizen adviser advisor delegation minister
    opposition activist member inspector observer negotiator side serviceman troop
    supporter follower loyalist fighter crowd mob faction settler group party union
    organisation organization association committee council agency company cleric foe
    enemy ally rival neighbour neighbor man woman child family youth elder priest monk imam
    rabbi directorate department office service commission authority"""
)

#: the event types that harm or force the other side
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
#: the event types that help or give way to it
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE"})
