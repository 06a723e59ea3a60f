"""Attributions: content, cue, source, speaker and the relaying chain."""

from __future__ import annotations

import pytest

from triangulate.extract.attribution import extract_attributions
from triangulate.extract.citations import extract_citations

pytestmark = pytest.mark.slow


def _quotes(parse, make_article, text: str):
    doc = parse(text)
    article = make_article(text)
    return extract_attributions(doc, article, extract_citations(doc, article))


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


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        # source before the content
        (
            "Interior Minister Teodor Vanek said the inquiry would examine the record.",
            "said",
            "Interior Minister Teodor Vanek",
            "the inquiry would examine the record",
        ),
        # source after the quotation
        (
            '"We will rebuild," said Mayor Dana Korvel.',
            "said",
            "Mayor Dana Korvel",
            '"We will rebuild,"',
        ),
        # a quotation split around its source and cue
        (
            '"The water came fast," Korvel said, "and it did not stop."',
            "said",
            "Korvel",
            '"The water came fast," Korvel said, "and it did not stop."',
        ),
        # source and cue inserted into the content
        (
            "The inquiry, the minister said, would take a year.",
            "said",
            "the minister",
            "The inquiry, the minister said, would take a year.",
        ),
        (
            "According to the ministry, 42 people were killed in the flood.",
            "According to",
            "the ministry",
            "42 people were killed in the flood.",
        ),
        # passive cues: no source, or the agent
        (
            "The strike is expected to begin on Monday.",
            "is expected",
            None,
            "The strike is expected to begin on Monday",
        ),
        (
            "It was reported that the dam had cracked.",
            "was reported",
            None,
            "that the dam had cracked",
        ),
        # stances, intentions and prepositional cues
        (
            "The senator criticized the plan as reckless.",
            "criticized",
            "The senator",
            "the plan as reckless",
        ),
        (
            "The minister declined to comment on the report.",
            "declined",
            "The minister",
            "to comment on the report",
        ),
        (
            "Blackwell pointed to the senator's record.",
            "pointed to",
            "Blackwell",
            "the senator's record",
        ),
        # the cue takes in its auxiliaries
        ("Vanek has said the dam was safe.", "has said", "Vanek", "the dam was safe"),
    ],
)
def test_attribution_constructions(parse, make_article, text, cue, source, content) -> None:
    found = _quotes(parse, make_article, text)
    outer = [q for q in found if not any(o.start <= q.cue_start < o.end for o in found if o != q)]
    assert [(q.cue, q.speaker_text, q.text) for q in outer] == [(cue, source, content)]


@pytest.mark.issue(4)
def test_a_quotation_before_a_bare_cue_is_its_content(parse, make_article) -> None:
    text = '"We need help now!"\n\nThe mayor said on the radio.'
    found = _quotes(parse, make_article, text)
    assert [(q.cue, q.speaker_text, q.text) for q in found] == [
        ("said", "The mayor", '"We need help now!"')
    ]


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "text",
    [
        "I think the plan will fail.",  # the writer's own view
        "The storm claimed several boats.",
        "We called the municipality twice.",
    ],
)
def test_not_attributions(parse, make_article, text: str) -> None:
    assert _quotes(parse, make_article, text) == []


@pytest.mark.issue(4)
def test_a_quotation_runs_to_its_closing_mark_within_the_paragraph(parse, make_article) -> None:
    text = 'Vanek said: "The dam held for forty years. Nobody expected this."\n\nRain fell.'
    found = _quotes(parse, make_article, text)
    assert [q.text for q in found] == ['"The dam held for forty years. Nobody expected this."']
