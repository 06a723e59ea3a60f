"""Cue words of the PLOVER 2.0 modes: how an event was carried out ("ASSAULT, explosives"),
or for a demand, refusal or threat, what it is about ("REQUEST, yield").

Compiled by the Triangulate team from the mode definitions of the PLOVER 2.0 manual
(``../shared/data/plover/spec``) and the CAMEO verb classes its crosswalk maps to each mode.
Data only; the engine is ``extract/modes.py``. For each event type the modes are listed in
the order they are tried, the most specific first ("suicide car bomb" is a suicide attack
before it is explosives). A cue is a lemma, or words joined by spaces that must stand
together in the text.
"""


def _cues(text: str) -> frozenset[str]:
    return frozenset(cue.replace("_", " ") for cue in text.split())


#: event type -> ((mode, cue words), ...) in the order the modes are tried
MODES: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
    "CONSULT": (
        ("phone", _cues("telephone phone call phoned telephoned videoconference")),
        ("visit", _cues("visit arrive travel tour trip")),
        ("multilateral", _cues("summit conference multilateral forum")),
        ("third-party", _cues("mediate mediator mediation broker host")),
    ),
    "RETREAT": (
        ("resign", _cues("resign resignation step_down quit")),
        ("release", _cues("release free freed hostage prisoner captive")),
        ("disarm", _cues("disarm demobilize demobilise disarmament weapon arms")),
        ("ceasefire", _cues("ceasefire cease-fire truce armistice")),
        ("access", _cues("access allow let admit")),
        ("withdraw", _cues("withdraw withdrawal retreat pull evacuate leave")),
    ),
    "ACCUSE": (
        ("investigate", _cues("investigate investigation probe inquiry inquest examine")),
        ("allege", _cues("accuse blame charge indict sue allege prosecute trial lawsuit")),
        ("disapprove", _cues("condemn criticize criticise denounce complain deplore decry")),
    ),
    "THREATEN": (
        ("arrest", _cues("arrest detain jail imprison prison")),
        ("expel", _cues("expel expulsion deport")),
        ("relations", _cues("relation tie talk negotiation negotiate meeting mediation")),
        ("territory", _cues("occupy annex seize territory invade")),
        ("restrict", _cues("ban restrict restriction blockade boycott curfew embargo close block")),
        (
            "violence",
            _cues(
                "attack kill bomb strike retaliate war force destroy assault fire violence "
                "terrorist"
            ),
        ),
    ),
    "PROTEST": (
        ("hunger", _cues("hunger_strike hunger")),
        ("riot", _cues("riot rioter rioting")),
        ("strike", _cues("strike walkout stoppage")),
        ("boycott", _cues("boycott")),
        ("vandalize", _cues("vandalize vandalise deface graffiti")),
        ("obstruct", _cues("block blockade barricade sit-in occupy obstruct")),
        ("demo", _cues("demonstrate demonstration rally march protest picket protester")),
    ),
    "SANCTION": (
        ("convict", _cues("convict sentence guilty verdict")),
        ("expel", _cues("expel expulsion oust")),
        ("withdraw", _cues("withdraw recall")),
        (
            "discontinue",
            _cues("cut sever suspend halt break freeze cancel embargo ban outlaw sanction"),
        ),
    ),
    "MOBILIZE": (
        ("police", _cues("police policeman officer")),
        ("militia", _cues("militia fighter volunteer")),
        ("weapons", _cues("missile weapon warhead alert launcher")),
        ("troops", _cues("troop soldier reservist army force unit division battalion")),
    ),
    "COERCE": (
        ("cyber", _cues("hack hacker cyber cyberattack")),
        ("misinformation", _cues("misinformation disinformation propaganda")),
        ("curfew", _cues("curfew")),
        ("martial-law", _cues("martial_law state_of_emergency emergency")),
        ("deport", _cues("deport deportation expel")),
        ("censor", _cues("censor censorship newspaper website broadcast")),
        ("arrest", _cues("arrest detain jail imprison custody round_up")),
        ("seize", _cues("seize confiscate raid search")),
        ("withhold", _cues("cut_off shut_off electricity water power internet")),
        ("restrict", _cues("restrict restriction cordon ban outlaw block")),
    ),
    "ASSAULT": (
        # what was done to people, before the weapon it was done with
        ("abduct", _cues("kidnap abduct hijack hostage abduction kidnapping")),
        ("targeted", _cues("assassinate assassination execute execution")),
        ("torture", _cues("torture")),
        ("sexual", _cues("rape sexual")),
        ("suicide-attack", _cues("suicide")),
        ("unconventional", _cues("chemical nerve_agent biological nuclear radiological sarin")),
        ("drone", _cues("drone")),
        (
            "aerial",
            _cues("airstrike air_strike air_raid aircraft warplane jet helicopter bomber plane"),
        ),
        # "bomb" alone says nothing of how ("warplanes bombed"): the bomb's kind does
        (
            "explosives",
            _cues(
                "car_bomb car_bombing roadside_bomb roadside_bombing explosive explode "
                "explosion blast mine ied grenade"
            ),
        ),
        ("heavy-weapons", _cues("artillery shell mortar rocket tank missile")),
        ("crowd-control", _cues("tear_gas water_cannon rubber_bullet baton disperse")),
        ("firearms", _cues("shoot gunfire gunman gun rifle bullet sniper gunmen fire")),
        ("beat", _cues("beat club lynch")),
        ("destroy", _cues("destroy demolish raze torch burn")),
        ("primitive", _cues("knife stab machete stone axe")),
    ),
}

#: REQUEST and REJECT share their modes: what is asked for or refused
_ASKED = (
    ("yield", _cues("release free lift end ease ceasefire truce withdraw halt stop")),
    ("meet", _cues("meet meeting talk negotiate negotiation summit mediate mediation")),
    ("assist", _cues("aid help assist assistance support relation trade supply loan")),
    ("change", _cues("reform resign change independence referendum election removal")),
)
MODES["REQUEST"] = _ASKED
MODES["REJECT"] = _ASKED
