"""Attributions: content, cue, source, speaker and the relaying chain."""

from __future__ import annotations

import pytest

from triangulate.extract.citations import extract_citations
from triangulate.extract.quotes import extract_quotes

pytestmark = pytest.mark.slow


def _quotes(parse, make_article, text: str):
    doc = parse(text)
    article = make_article(text)
    return extract_quotes(doc, article, extract_citations(doc, article))


@pytest.mark.issue(2)
@pytest.mark.parametrize(
    ("text", "speaker", "content", "kind"),
    [
        (
            "Interior Minister Teodor Vanek said the inquiry would examine the maintenance record.",
            "Teodor Vanek",
            "the inquiry would examine the maintenance record",
            "indirect",
        ),
        (
            '"We have come here to solve problems," Trade Minister Irena Kosta told reporters.',
            "Irena Kosta",
            '"We have come here to solve problems,"',
            "direct",
        ),
    ],
)
def test_quotes_speaker_content_and_kind(parse, make_article, text, speaker, content, kind) -> None:
    found = _quotes(parse, make_article, text)
    assert len(found) == 1
    quote = found[0]
    assert quote.speaker == speaker
    assert quote.text == content
    assert quote.kind == kind
    assert text[quote.start : quote.end] == quote.text
    assert text[quote.cue_start : quote.cue_end] == quote.cue


@pytest.mark.parametrize(
    "text",
    ["Axios quoted a US official as saying that new strikes on the plant were discussed."],
)
def test_quotes_relay_chain_names_the_outlet(parse, make_article, text: str) -> None:
    found = _quotes(parse, make_article, text)
    assert any(q.via == ("Axios",) for q in found)


@pytest.mark.parametrize(
    "text",
    ["Maria Lopez arrived in Lissenburg on Monday. She said the talks would resume on Friday."],
)
def test_quotes_pronoun_speaker_is_the_last_person_named(parse, make_article, text: str) -> None:
    found = _quotes(parse, make_article, text)
    assert [q.speaker for q in found] == ["Maria Lopez"]
    assert found[0].speaker_text == "She"
