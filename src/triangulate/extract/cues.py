"""Cue words looked up in a stretch of parsed text: lemmas and the words themselves,
lower-cased, and word sequences ("tear gas", "state of emergency")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token


class CueText:
    """The words of some tokens, ready for cue lookups (``cue in text``)."""

    __slots__ = ("_phrase", "_words")

    def __init__(self, tokens: Iterable[Token]) -> None:
        ordered = sorted(tokens, key=lambda t: t.i)
        self._words = {t.lemma_.lower() for t in ordered} | {t.lower_ for t in ordered}
        joined = " ".join(t.lower_ for t in ordered).replace(" - ", "-")
        self._phrase = f" {joined} "

    def __contains__(self, cue: str) -> bool:
        if " " in cue:
            return f" {cue} " in self._phrase
        return cue in self._words

    def any_of(self, cues: Iterable[str]) -> bool:
        """Whether any of ``cues`` stands in the text."""
        return any(cue in self for cue in cues)
