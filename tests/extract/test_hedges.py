"""Hedges of an attribution: adverbs of hearsay and doubt, modals, hedging passives."""

from __future__ import annotations

import pytest

from triangulate.extract.hedges import find_hedges

pytestmark = [pytest.mark.slow, pytest.mark.issue(4)]


@pytest.mark.parametrize(
    ("text", "cue", "content", "expected"),
    [
        (
            "The minister reportedly resigned on Monday.",
            "reportedly",
            "The minister reportedly resigned on Monday",
            ("reportedly",),
        ),
        (
            "Officials said the strikes might resume.",
            "said",
            "the strikes might resume",
            ("might",),
        ),
        (
            "The deal is expected to close in May.",
            "is expected",
            "The deal is expected to close in May",
            ("is expected to",),
        ),
        ("Vanek said the dam would hold.", "said", "the dam would hold", ()),
        (
            "Vanek warned that the dam could likely fail.",
            "warned",
            "that the dam could likely fail",
            ("could", "likely"),
        ),
    ],
)
def test_find_hedges(parse, text: str, cue: str, content: str, expected: tuple[str, ...]) -> None:
    doc = parse(text)
    cue_span = doc.char_span(text.index(cue), text.index(cue) + len(cue))
    content_span = doc.char_span(text.index(content), text.index(content) + len(content))
    assert cue_span is not None and content_span is not None
    assert find_hedges(cue_span, content_span) == expected
