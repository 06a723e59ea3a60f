"""PLOVER event types with the CAMEO root code most of their CAMEO codes fall under, and that
root's Goldstein score, for users of GDELT-style data.

The CAMEO roots and their labels are those of the CAMEO codebook (Schrodt, version 1.1b3);
the scores are the Goldstein (1992) conflict-cooperation scale as GDELT publishes it for
the root codes. Which root a PLOVER type takes was counted by the Triangulate team over the
PLOVER manual's CAMEO crosswalk: the root of most of the CAMEO codes that map to the type
(ASSAULT spans roots 17 to 20 and takes 18, "assault"; ACCUSE spans 09 and 11 and takes 11,
"disapprove"). Data only.
"""

from __future__ import annotations

#: PLOVER event type -> (CAMEO root code, CAMEO root label, Goldstein score of the root)
CAMEO_ROOTS: dict[str, tuple[str, str, float]] = {
    "AGREE": ("03", "Express intent to cooperate", 4.0),
    "CONSULT": ("04", "Consult", 1.0),
    "SUPPORT": ("05", "Engage in diplomatic cooperation", 3.5),
    "COOPERATE": ("06", "Engage in material cooperation", 6.0),
    "AID": ("07", "Provide aid", 7.0),
    "CONCEDE": ("08", "Yield", 5.0),
    "RETREAT": ("08", "Yield", 5.0),
    "REQUEST": ("10", "Demand", -5.0),
    "ACCUSE": ("11", "Disapprove", -2.0),
    "REJECT": ("12", "Reject", -4.0),
    "THREATEN": ("13", "Threaten", -6.0),
    "PROTEST": ("14", "Protest", -6.5),
    "MOBILIZE": ("15", "Exhibit force posture", -7.2),
    "SANCTION": ("16", "Reduce relations", -4.0),
    "COERCE": ("17", "Coerce", -7.0),
    "ASSAULT": ("18", "Assault", -9.0),
}
