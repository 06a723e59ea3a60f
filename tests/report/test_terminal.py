"""The terminal summary: story titles, outlets, origins and quotes as plain text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rich.console import Console

from triangulate.models import Analysis, Article, Citation, PublishedDate, Quote, Story
from triangulate.report import build_report, render_summary

WIRE = "PORT SARIN (MPA) - The Ostra dam burst. “We lost the east bank,” said Marta Vanek."


def _quotes(article_id: str, count: int) -> tuple[Quote, ...]:
    start, end = WIRE.index("We"), WIRE.index("”")
    return tuple(
        Quote(
            article_id,
            start,
            end,
            WIRE[start:end],
            "direct",
            "said",
            0,
            4,
            "q.v1",
            f"Speaker {n}",
            via=("Daily Ledger",) if n == 0 else (),
        )
        for n in range(count)
    )


@pytest.fixture
def summary_report(make_article: Callable[..., Article]) -> Callable[[int], dict[str, Any]]:
    """Build a two-story report whose dam story has ``n`` quotes."""

    def build(quotes: int) -> dict[str, Any]:
        articles = {
            "mpa": make_article(
                WIRE, "mpa", outlet="Meridian Press Agency", published="2026-02-25"
            ),
            "herald": make_article(
                WIRE,
                "herald",
                outlet="The Coastal Herald",
                copy_of="mpa",
                published=PublishedDate("2026-02", "month", inferred=True),
            ),
            "regatta": make_article(
                "Wind delayed the regatta.", "regatta", source="feeds/harbourline.xml#4"
            ),
        }
        analyses = {
            "mpa": Analysis(
                "mpa",
                "p",
                quotes=_quotes("mpa", quotes),
                citations=(Citation("mpa", 12, 15, "MPA", "MPA", "dateline", "c.v1"),),
            ),
        }
        stories = [
            Story("s-dam", "Ostra dam bursts after heavy rain", ("mpa", "herald"), "m"),
            Story("s-regatta", "Harbour regatta delayed by wind", ("regatta",), "m"),
        ]
        return build_report(stories, articles, analyses)

    return build


def _text(report: dict[str, Any]) -> str:
    console = Console(record=True, width=100, force_terminal=False)
    console.print(render_summary(report))
    return console.export_text()


@pytest.mark.parametrize(
    "fragment",
    [
        "3 articles in 2 stories",
        "Ostra dam bursts after heavy rain",
        "(2 articles, 1 independent origins)",
        "Harbour regatta delayed by wind",
        "origins: Meridian Press Agency (2)",
        "harbourline.xml (1)",
        "The Coastal Herald",
        "copy of Meridian Press Agency",
        "2026-02 (inferred)",
        "undated",
        "Speaker 0 via Daily Ledger: We lost the east bank,",
    ],
)
def test_terminal_summary_shows_titles_origins_and_quotes(
    summary_report: Callable[[int], dict[str, Any]], fragment: str
) -> None:
    assert fragment in _text(summary_report(1))


@pytest.mark.parametrize("quotes, shown, more", [(5, 5, None), (8, 5, "… 3 more quotes")])
def test_terminal_summary_caps_quotes(
    summary_report: Callable[[int], dict[str, Any]], quotes: int, shown: int, more: str | None
) -> None:
    text = _text(summary_report(quotes))
    assert sum(f"Speaker {n}" in text for n in range(quotes)) == shown
    assert ("more quotes" in text) is (more is not None)
    if more:
        assert more in text


def _report_with(published: dict[str, Any] | None, conflicts: list[dict[str, Any]]):
    """A hand-made report: one story, a dated wire and a second article."""
    article = {"source": "x.txt", "title": None, "cites": [], "copy_of": None}
    return {
        "articles": [
            {**article, "id": "mpa", "outlet": "Meridian Press Agency",
             "published": {"value": "2026-02-24", "earliest": "2026-02-24",
                           "latest": "2026-02-24", "inferred": False, "basis": ""}},
            {**article, "id": "voice", "outlet": "Ostra Valley Voice", "published": published},
        ],
        "stories": [
            {"title": "Dam", "articles": ["mpa", "voice"], "origins": [], "quotes": [],
             "timeline": [{"date": "2026-02-23", "kind": "happened", "articles": ["mpa"],
                           "text": "The dam gave way late on Monday.", "conflicts": conflicts}]}
        ],
    }  # fmt: skip


@pytest.mark.parametrize(
    "published, fragments",
    [
        (
            {"value": None, "precision": "range", "earliest": "2026-02-25",
             "latest": "2026-03-01", "inferred": True, "basis": "“Monday” is 2026-02-23."},
            ["2026-02-25 to 2026-03-01 (inferred)", "Ostra Valley Voice: 2026-02-25 to",
             "“Monday” is 2026-02-23."],
        ),
        (None, ["undated"]),
    ],
    ids=["inferred", "undated"],
)  # fmt: skip
def test_terminal_summary_shows_inferred_dates_with_their_basis(
    published: dict[str, Any] | None, fragments: list[str]
) -> None:
    text = " ".join(_text(_report_with(published, [])).split())
    for fragment in fragments:
        assert fragment in text
    assert "dates disagree" not in text


@pytest.mark.parametrize(
    "conflict, expected",
    [
        (
            {"date": "2026-02-22", "precision": "day", "articles": ["voice"], "evidence": []},
            "dates disagree: 2026-02-23 (Meridian Press Agency) vs 2026-02-22 (Ostra Valley Voice)",
        )
    ],
)
def test_terminal_summary_shows_conflicting_dates(conflict: dict[str, Any], expected: str) -> None:
    text = " ".join(_text(_report_with(None, [conflict])).split())
    assert expected in text
