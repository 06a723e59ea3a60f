"""The PLOVER contexts of a coded event: what its sentence is about ("military",
"diplomatic", "migration"...), read from the sentence's words (``nlp.lexicons.
event_contexts``). A sentence may have several contexts, or none.

A verbal event between two states or international bodies (one demands, accuses, promises,
meets... the other) is diplomatic, whatever its words: the manual's "diplomacy, which can be
both international and domestic"."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from triangulate.actors.gazetteer import load_gazetteer
from triangulate.actors.plover import party_codes
from triangulate.extract.cues import CueText
from triangulate.nlp.lexicons.event_contexts import CONTEXTS

#: PLOVER's verbal cooperation and verbal conflict types
VERBAL = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
)


def event_contexts(
    sent: Span, event: str, actor: Iterable[str], recipient: Iterable[str]
) -> tuple[str, ...]:
    """The contexts of an ``event`` coded in ``sent`` between the parties named ``actor``
    and ``recipient``, in the order of the PLOVER manual."""
    text = CueText(sent)
    found = {context for context, cues in CONTEXTS.items() if text.any_of(cues)}
    if event in VERBAL:
        sides = [_codes(actor), _codes(recipient)]
        if all(sides) and sides[0] != sides[1]:
            found.add("diplomatic")
    return tuple(context for context in CONTEXTS if context in found)


def _codes(parties: Iterable[str]) -> set[str]:
    """The top-level PLOVER codes (countries, IGO...) the parties name."""
    gazetteer = load_gazetteer()
    codes = {party_codes(text, gazetteer)[0] for text in parties}
    return {code for code in codes if code}
