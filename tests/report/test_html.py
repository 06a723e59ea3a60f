"""The HTML page: hostile text escaped, self-contained, every story shown."""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser
from typing import Any

import pytest

from triangulate.models import (
    Analysis,
    Article,
    Citation,
    Mention,
    PublishedDate,
    Quote,
    Story,
    StoryChange,
)
from triangulate.report import build_report, render_html

SCRIPT = "<script>alert(1)</script>"
IMAGE = '"><img src=x onerror=alert(document.cookie)>'
STYLE = "</pre><style>body{display:none}</style>"
LINK = '<a href="https://evil.example/">click</a>'


def _hostile_report(make_article: Callable[..., Article], payload: str) -> dict[str, Any]:
    text = f"Officials said {payload} the dam held. “{payload} we are safe,” said {payload}."
    quote_start = text.index("“") + 1
    quote_end = text.index("”")
    article = make_article(
        text,
        "evil",
        title=f"Dam {payload} holds",
        outlet=f"Outlet {payload}",
        published=PublishedDate("2026-02-25", "day", "2026-02-25", "2026-02-25", True, payload),
        dateline=f"PORT SARIN {payload} -",
        url=f"https://ostra.example/{payload}",
        source=f"inbox/{payload}.txt",
    )
    copy = make_article(
        "Copy of the text.",
        "copy",
        outlet=None,
        copy_of="evil",
        title=None,
        source=f"mirror/{payload}.html",
    )
    analysis = Analysis(
        "evil",
        "p",
        mentions=(Mention("evil", 0, 9, payload, "PERSON", "e.v1"),),
        quotes=(
            Quote(
                "evil",
                quote_start,
                quote_end,
                text[quote_start:quote_end],
                "direct",
                payload,
                0,
                4,
                "q.v1",
                payload,
                speaker=payload,
                via=(payload,),
            ),
        ),
        citations=(Citation("evil", 0, 9, payload, payload, "according_to", "c.v1"),),
    )
    story = Story("s-evil", f"Story {payload}", ("evil", "copy"), "m")
    return build_report(
        [story], {"evil": article, "copy": copy}, {"evil": analysis}, generator=f"gen {payload}"
    )


@pytest.mark.parametrize(
    "payload, forbidden, escaped",
    [
        (SCRIPT, "<script", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        (IMAGE, "<img", "&lt;img src=x onerror=alert(document.cookie)&gt;"),
        (IMAGE, "onerror=alert(document.cookie)>", "&#34;&gt;&lt;img"),
        (STYLE, "<style>body", "&lt;/pre&gt;&lt;style&gt;"),
        (LINK, 'href="https://evil', "&lt;a href=&#34;https://evil.example/&#34;&gt;"),
    ],
    ids=["script", "img", "attribute-break", "style", "link"],
)
def test_html_escapes_hostile_article_text(
    make_article: Callable[..., Article], payload: str, forbidden: str, escaped: str
) -> None:
    page = render_html(_hostile_report(make_article, payload))
    assert forbidden not in page
    assert escaped in page
    assert payload not in page


class _Elements(HTMLParser):
    """Collects the tags and attributes of a page, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend(attrs)


@pytest.mark.parametrize("payload", [SCRIPT, IMAGE, LINK, STYLE])
def test_html_page_has_no_scripts_or_external_resources(
    make_article: Callable[..., Article], payload: str
) -> None:
    page = render_html(_hostile_report(make_article, payload))
    elements = _Elements()
    elements.feed(page)
    assert not {"script", "img", "link", "iframe", "object", "embed"} & set(elements.tags)
    assert elements.tags.count("style") == 1  # the page's own inline CSS
    references = [value or "" for name, value in elements.attributes if name in {"src", "href"}]
    assert references, "the page links its own sections"
    assert all(ref.startswith("#") for ref in references), references
    assert not [name for name, _ in elements.attributes if name.startswith("on")]
    assert "<script" not in page.lower()
    assert "@import" not in page and "url(" not in page


@pytest.fixture
def two_story_report(make_article: Callable[..., Article]) -> dict[str, Any]:
    """A report of two plain stories."""
    articles = {
        "dam": make_article(
            "The Ostra dam burst.",
            "dam",
            outlet="Meridian Press Agency",
            title="Dam bursts",
            published="2026-02-25",
        ),
        "regatta": make_article("The regatta was delayed.", "regatta", title="Regatta delayed"),
    }
    stories = [
        Story("s-dam", "Ostra dam bursts after heavy rain", ("dam",), "m"),
        Story("s-regatta", "Harbour regatta delayed by wind", ("regatta",), "m"),
    ]
    merge = StoryChange("merged", ("s-dam", "s-flood"), ("s-dam",), "2026-02-26T08:00:00+00:00")
    return build_report(stories, articles, {}, changes=[merge])


@pytest.mark.parametrize(
    "expected",
    [
        [
            "Ostra dam bursts after heavy rain",
            "Harbour regatta delayed by wind",
            'id="s-dam"',
            'id="s-regatta"',
            "The Ostra dam burst.",
            "undated",
            "Meridian Press Agency",
            "merged from stories s-dam, s-flood",
        ]
    ],
)
def test_html_shows_every_story(two_story_report: dict[str, Any], expected: list[str]) -> None:
    page = render_html(two_story_report)
    assert page.startswith("<!doctype html>")
    for fragment in expected:
        assert fragment in page


@pytest.mark.parametrize("stories", [[]])
def test_html_renders_an_empty_report(stories: list[Story]) -> None:
    page = render_html(build_report(stories, {}, {}))
    assert "0 stories" in page and "</html>" in page


#: the fields of a report article that the page needs besides id, outlet and published
_ARTICLE = {
    "source": "a.txt",
    "title": None,
    "cites": [],
    "copy_of": None,
    "url": None,
    "dateline": None,
    "text": "...",
}


@pytest.mark.parametrize("payload", [SCRIPT, IMAGE])
def test_html_shows_inferred_basis_and_date_conflicts_escaped(payload: str) -> None:
    evidence = {"article": "b", "start": 0, "end": 5, "text": f"Sunday {payload}", "via": []}
    article = _ARTICLE
    report = {
        "schema_version": "1", "generator": "test",
        "articles": [
            {**article, "id": "a", "outlet": "Meridian Press Agency",
             "published": {"value": None, "precision": "range", "earliest": "2026-02-25",
                           "latest": "2026-03-01", "inferred": True,
                           "basis": f"“Monday” matches {payload}"}},
            {**article, "id": "b", "outlet": "Kestrel News", "published": None},
        ],
        "stories": [
            {"id": "s", "title": "Dam", "articles": ["a", "b"], "origins": [], "entities": [],
             "quotes": [], "claims": [], "events": [],
             "timeline": [{"date": "2026-02-23", "precision": "day", "kind": "happened",
                           "text": "The dam gave way.", "articles": ["a"], "evidence": [],
                           "conflicts": [{"date": "2026-02-22", "precision": "day",
                                          "articles": ["b"], "evidence": [evidence]}]}]}
        ],
    }  # fmt: skip
    page = render_html(report)
    assert "2026-02-25 – 2026-03-01" in page
    assert "“Monday” matches " in page and payload not in page
    assert "also dated 2026-02-22 by" in page and "Kestrel News" in page
    elements = _Elements()
    elements.feed(page)
    assert "script" not in elements.tags and "img" not in elements.tags


@pytest.mark.issue(5)
@pytest.mark.parametrize("payload", [SCRIPT, IMAGE])
def test_html_shows_claims_and_the_source_by_claim_matrix_escaped(payload: str) -> None:
    def evidence(article: str) -> dict[str, Any]:
        return {"article": article, "start": 0, "end": 5, "text": f"42 {payload}", "via": []}

    article = {**_ARTICLE, "published": None}
    shared = {
        "id": "c1",
        "text": f"At least 42 killed {payload}",
        "status": "conflicting",
        "independent_origins": 2,
        "origins": ["Meridian Press Agency", "Kestrel News"],
        "articles": ["a", "b"],
        "evidence": [evidence("a"), evidence("b")],
        "variants": [{"article": "a", "text": f"fast {payload}"}],
        "proposition": {
            "who": f"Rescuers {payload}",
            "predicate": "find",
            "what": f"42 bodies {payload}",
            "when": "2026-02-24",
            "where": None,
            "polarity": "negative",
            "modality": "asserted",
            "said_by": None,
            "article": "a",
            "start": 0,
            "end": 5,
        },
        "conflicts": [
            {
                "type": "number",
                "detail": f"killed: 38 vs at least 42 {payload}",
                "evidence": [evidence("a"), evidence("b")],
            }
        ],
    }
    single = {
        **shared,
        "id": "c2",
        "text": "Only one says so.",
        "status": "single_source",
        "articles": ["a"],
        "evidence": [evidence("a")],
        "conflicts": [],
    }
    report = {
        "schema_version": "1", "generator": "test",
        "articles": [{**article, "id": "a", "outlet": "Meridian Press Agency"},
                     {**article, "id": "b", "outlet": "Kestrel News"}],
        "stories": [{"id": "s", "title": "Dam", "articles": ["a", "b"], "origins": [],
                     "entities": [], "quotes": [], "claims": [shared, single], "events": [],
                     "timeline": []}],
    }  # fmt: skip
    page = render_html(report)
    assert "Sources × claims" in page and page.count("<td>●</td>") == 2  # the shared claim
    assert "number conflict: killed: 38 vs at least 42" in page
    assert "not find" in page and "2026-02-24" in page  # the claim's proposition
    assert payload not in page
    elements = _Elements()
    elements.feed(page)
    assert "script" not in elements.tags and "img" not in elements.tags


@pytest.mark.parametrize("payload", [SCRIPT, IMAGE])
def test_html_shows_events_with_date_origins_and_claims_escaped(payload: str) -> None:
    evidence = {"article": "a", "start": 0, "end": 5, "text": f"Forces shelled Velmar {payload}"}
    claim = {
        "id": "c1",
        "text": f"Forces shelled Velmar {payload}",
        "status": "single_source",
        "independent_origins": 1,
        "origins": ["Meridian Press Agency"],
        "articles": ["a"],
        "evidence": [{**evidence, "via": []}],
        "variants": [],
        "conflicts": [],
        "proposition": None,
    }
    event = {
        "event": "ASSAULT",
        "mode": None,
        "actor": [f"Carvenian forces {payload}"],
        "recipient": ["Velmar"],
        "date": "2026-02-23",
        "first_reported": "2026-02-24",
        "articles": ["a"],
        "claims": ["c1"],
        "origins": ["Meridian Press Agency"],
        "independent_origins": 1,
        "evidence": [evidence],
    }
    report = {
        "schema_version": "1", "generator": "test",
        "articles": [{**_ARTICLE, "id": "a", "outlet": "Meridian Press Agency",
                      "published": None}],
        "stories": [{"id": "s", "title": "Velmar", "articles": ["a"], "origins": [],
                     "entities": [], "quotes": [], "claims": [claim], "events": [event],
                     "timeline": []}],
    }  # fmt: skip
    page = render_html(report)
    events = page[page.index("<h3>Events</h3>") :]
    assert "2026-02-23" in events and "2026-02-24" in events
    assert "Meridian Press Agency" in events
    assert 'href="#c1"' in events and 'id="c1"' in page  # the event links to its claim
    assert payload not in page
    elements = _Elements()
    elements.feed(page)
    assert "script" not in elements.tags and "img" not in elements.tags
