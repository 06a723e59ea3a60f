"""Verb and noun lemmas that name PLOVER 2.0 event types (first version of the lexicon).

Compiled by the Triangulate team from the PLOVER 2.0 manual's category definitions.
"""

_BY_TYPE = {
    "AGREE": "agree accord sign ratify settle endorse accept",
    "CONSULT": "meet discuss consult visit talk host negotiate confer",
    "SUPPORT": "support praise back commend defend welcome applaud",
    "COOPERATE": "cooperate collaborate partner ally coordinate",
    "AID": "aid donate supply fund assist rescue evacuate relieve",
    "CONCEDE": "concede release free ease lift yield apologize apologise allow",
    "RETREAT": "withdraw retreat evacuate pull demobilize disarm",
    "REQUEST": "request ask urge appeal demand call plead seek",
    "ACCUSE": "accuse blame condemn denounce criticize criticise charge allege",
    "REJECT": "reject refuse deny veto oppose dismiss decline boycott",
    "THREATEN": "threaten warn ultimatum vow",
    "PROTEST": "protest demonstrate rally march picket riot",
    "SANCTION": "sanction expel ban suspend embargo boycott freeze sever halt cut",
    "MOBILIZE": "mobilize mobilise deploy mass reinforce",
    "COERCE": "arrest detain seize confiscate deport raid impose blockade kidnap",
    "ASSAULT": "attack bomb shell kill shoot strike assault invade fire wound bombard "
    "ambush massacre assassinate execute airstrike",
}

#: lemma -> PLOVER event type (the first type listing a lemma wins)
EVENT_VERBS: dict[str, str] = {}
for _type, _words in _BY_TYPE.items():
    for _word in _words.split():
        EVENT_VERBS.setdefault(_word, _type)
