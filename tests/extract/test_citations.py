"""Citations: outlets and agencies an article names as its source."""

from __future__ import annotations

import pytest

from triangulate.extract.citations import canonical_outlet, dateline_citation, extract_citations

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The American website Axios revealed that the two leaders met on Monday.", {"Axios"}),
        ("The talks stalled, according to Axios, after a row over tariffs.", {"Axios"}),
        (
            "News agency Anadolu Agency reported that the meeting lasted two hours.",
            {"Anadolu Agency"},
        ),
        ("Reuters said the minister would travel to Lissenburg next week.", {"Reuters"}),
        ("The minister told the Daily Ledger that the inquiry would be swift.", {"Daily Ledger"}),
        (
            "In an interview with the Daily Ledger, Vanek said the inquiry would be fast.",
            {"Daily Ledger"},
        ),
        ("The minister said the inquiry would be swift and transparent.", set()),
        ("President Marta Ilves said the talks were useful.", set()),
    ],
)
def test_citations_find_cited_outlets(parse, make_article, text: str, expected: set[str]) -> None:
    article = make_article(text)
    found = extract_citations(parse(text), article)
    assert {c.name for c in found} == expected
    for citation in found:
        assert text[citation.start : citation.end] == citation.text


@pytest.mark.parametrize(
    ("name", "canonical"),
    [("the Daily Ledger", "Daily Ledger"), ("Axios's", "Axios"), ("AP", "Associated Press")],
)
def test_citations_canonical_outlet(name: str, canonical: str) -> None:
    assert canonical_outlet(name) == canonical


@pytest.mark.parametrize("agency", ["Reuters"])
def test_citations_dateline_agency_is_an_empty_span(make_article, agency: str) -> None:
    article = make_article("Talks resumed on Tuesday in the capital.", agency=agency)
    citation = dateline_citation(article)
    assert citation is not None
    assert (citation.name, citation.pattern) == (agency, "dateline")
    assert article.text[citation.start : citation.end] == citation.text == ""
