"""The PLOVER mode of a coded event: how it was carried out, or what a demand, refusal or
threat is about (``nlp.lexicons.event_modes``).

The event's own words speak first, with the words before a noun ("hunger strike" is PROTEST
hunger), then the words of the act a framing verb is about ("demanded the release of the
prisoners": REQUEST yield), then the rest of the event's clause ("killed by a car bomb":
explosives); within each, the modes are tried in the lexicon's order. No cue, no mode.
"""

from __future__ import annotations

from spacy.tokens import Token

from triangulate.extract.cues import CueText
from triangulate.nlp.lexicons.event_modes import MODES


def event_mode(event: str, word: Token, framed: Token | None, clause: Token) -> str | None:
    """The mode of an ``event`` named by ``word`` (framing ``framed``, if any), in the clause
    headed by ``clause``; None when no mode's cue stands there."""
    modes = MODES.get(event)
    if not modes:
        return None
    named = [word, *(c for c in word.lefts if c.dep_ in ("compound", "amod"))]
    scopes = [CueText(named)]  # "hunger strike"
    if framed is not None:
        scopes.append(CueText(framed.subtree))
    scopes.append(CueText(clause.subtree))
    for scope in scopes:
        for mode, cues in modes:
            if scope.any_of(cues):
                return mode
    return None
