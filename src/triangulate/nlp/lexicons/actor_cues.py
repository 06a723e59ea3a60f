"""Words around a capital's name that make it an actor (its government), not a place.

"Tehran warned", "Tehran was seeking", "talks with Tehran" speak of Iran's government;
"in Tehran", "strikes on Tehran" of the city. Compiled by the Triangulate team from news
usage; only these cues make a capital an actor, anything else leaves it a place.
"""

#: A word right after the capital that makes it the subject of an act of state.
ACTS_AFTER = frozenset(
    [
        "said",
        "says",
        "say",
        "warned",
        "warns",
        "accused",
        "accuses",
        "denied",
        "denies",
        "rejected",
        "rejects",
        "insisted",
        "insists",
        "announced",
        "announces",
        "threatened",
        "threatens",
        "vowed",
        "vows",
        "responded",
        "responds",
        "urged",
        "urges",
        "demanded",
        "demands",
        "condemned",
        "condemns",
        "blamed",
        "blames",
        "claimed",
        "claims",
        "agreed",
        "agrees",
        "refused",
        "refuses",
        "wants",
        "wanted",
        "seeks",
        "sought",
        "hopes",
        "hoped",
        "believes",
        "fears",
        "signalled",
        "signaled",
        "welcomed",
        "welcomes",
        "retaliated",
        "retaliates",
        "recalled",
        "expelled",
        "summoned",
        "sanctioned",
        "declined",
        "offered",
        "proposed",
        "pledged",
    ]
)

#: A modal right after the capital makes it an actor ("Tehran will respond").
MODALS = frozenset(("will", "would", "could", "can", "cannot", "must", "should", "may", "might"))

#: An auxiliary right after the capital: an actor when the next word is an act
#: (:data:`ACTS_AFTER`) or a verb in -ing ("Tehran was seeking"), or the auxiliary is a
#: modal ("Tehran will respond"); "Tehran was hit" stays a place.
AUXILIARIES = MODALS | frozenset(("is", "was", "has", "had", "have"))

#: A word right before the capital that makes it a party to an act ("talks with Tehran").
ACTS_BEFORE = frozenset(
    [
        "with",
        "urged",
        "warned",
        "told",
        "accused",
        "pressed",
        "between",
    ]
)
