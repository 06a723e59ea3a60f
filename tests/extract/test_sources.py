"""Source typing: kind, count and affiliation of the source an attribution names."""

from __future__ import annotations

import pytest

from triangulate.extract.sources import SourceType, type_source

pytestmark = [pytest.mark.slow, pytest.mark.issue(4)]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # anonymous sources, counted and affiliated
        (
            "According to a US official and two other sources familiar with the details, "
            "the talks failed.",
            "a US official and two other sources familiar with the details",
            SourceType("anonymous", 3, "US"),
        ),
        (
            "A senior administration official said the talks failed.",
            "A senior administration official",
            SourceType("anonymous", 1, "administration"),
        ),
        (
            "Three Lissenburg officials said the talks failed.",
            "Three Lissenburg officials",
            SourceType("anonymous", 3, "Lissenburg"),
        ),
        ("Officials said the talks failed.", "Officials", SourceType("anonymous", None, None)),
        # vague sources
        ("Critics say the dam will fail.", "Critics", SourceType("vague")),
        ("Reports say the dam will fail.", "Reports", SourceType("vague")),
        # documents
        ("The memo says the dam will fail.", "The memo", SourceType("document")),
        # named sources
        ("Marta Vanek said the dam would hold.", "Marta Vanek", SourceType("person", 1)),
        ("She said the dam would hold.", "She", SourceType("person", 1)),
        ("Axios reported that the dam would hold.", "Axios", SourceType("outlet", 1)),
        ("Democrats said the dam would hold.", "Democrats", SourceType("group")),
    ],
)
def test_type_source(parse, text: str, source: str, expected: SourceType) -> None:
    doc = parse(text)
    start = text.index(source)
    span = doc.char_span(start, start + len(source))
    assert span is not None
    assert type_source(span) == expected
