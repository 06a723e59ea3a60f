"""A story's timeline: reported, happened and scheduled items with evidence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from triangulate.crossdoc.timeline import build_timeline
from triangulate.models import Analysis, Article, PublishedDate, TimeExpr

WIRE = (
    "The Ostra dam burst on Tuesday. "
    "Engineers inspected the spillway in January 2024. "
    "The ministry will hold an inquiry on 2 March."
)
FOLLOW_UP = "Rescue teams searched the east bank on Tuesday. Vanek spoke on Wednesday."


def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (0 if part.endswith(".") else 1)
        spans.append((start, end))
        start = end + 1
    return tuple(spans)


def _timexes(article_id: str, text: str, found: list[tuple[str, str, str]]) -> tuple:
    result = []
    for words, kind, value in found:
        start = text.index(words)
        result.append(TimeExpr(article_id, start, start + len(words), words, kind, value, "t.v1"))
    return tuple(result)


@pytest.fixture
def dam_story(
    make_article: Callable[..., Article],
) -> tuple[dict[str, Article], dict[str, Analysis]]:
    """Two articles of the Ostra dam story with their time expressions."""
    articles = {
        "mpa": make_article(WIRE, "mpa", published="2026-02-25", title="Dam bursts"),
        "knn": make_article(FOLLOW_UP, "knn", published="2026-02-26", outlet="Kestrel News"),
    }
    analyses = {
        "mpa": Analysis(
            "mpa",
            "p",
            sentences=_sentences(WIRE),
            timexes=_timexes(
                "mpa",
                WIRE,
                [
                    ("Tuesday", "DATE", "2026-02-24"),
                    ("January 2024", "DATE", "2024-01"),
                    ("2 March", "DATE", "2026-03-02"),
                ],
            ),
        ),
        "knn": Analysis(
            "knn",
            "p",
            sentences=_sentences(FOLLOW_UP),
            timexes=_timexes(
                "knn",
                FOLLOW_UP,
                [
                    ("Tuesday", "DATE", "2026-02-24"),
                    ("Wednesday", "DATE", "2026-02-25"),
                    ("Wednesday", "DURATION", "P1D"),  # not a calendar date
                ],
            ),
        ),
    }
    return articles, analyses


@pytest.mark.parametrize(
    "expected",
    [
        [
            ("2024-01", "month", "happened", ("mpa",)),
            ("2026-02-24", "day", "happened", ("mpa", "knn")),
            ("2026-02-25", "day", "happened", ("knn",)),
            ("2026-02-25", "day", "reported", ("mpa",)),
            ("2026-02-26", "day", "reported", ("knn",)),
            ("2026-03-02", "day", "scheduled", ("mpa",)),
        ]
    ],
)
def test_timeline_keeps_happened_reported_and_scheduled_apart(
    dam_story: tuple[dict[str, Article], dict[str, Analysis]],
    expected: list[tuple[str, str, str, tuple[str, ...]]],
) -> None:
    articles, analyses = dam_story
    items = build_timeline(["mpa", "knn"], articles, analyses)
    assert [(i.date, i.precision, i.kind, i.article_ids) for i in items] == expected


@pytest.mark.parametrize("article_ids", [["mpa", "knn"], ["knn", "mpa"]])
def test_timeline_evidence_offsets_index_the_article_text(
    dam_story: tuple[dict[str, Article], dict[str, Analysis]], article_ids: list[str]
) -> None:
    articles, analyses = dam_story
    items = build_timeline(article_ids, articles, analyses)
    evidence = [e for item in items for e in item.evidence]
    assert len(evidence) == 5
    for item in items:
        if item.kind == "reported":
            assert item.evidence == ()
        for e in item.evidence:
            assert articles[e.article_id].text[e.start : e.end] == e.text
    (burst,) = [i for i in items if i.date == "2026-02-24"]
    assert {e.text for e in burst.evidence} == {
        "The Ostra dam burst on Tuesday.",
        "Rescue teams searched the east bank on Tuesday.",
    }


@pytest.mark.parametrize(
    "published, expected_kinds",
    [
        # inferred dates are neither listed as reported nor used to tell past from future
        (
            PublishedDate("2026-02-25", "day", "2026-02-25", "2026-02-25", True, "file name"),
            {("2026-02-24", "happened"), ("2026-03-02", "happened")},
        ),
        (None, {("2026-02-24", "happened"), ("2026-03-02", "happened")}),
        (
            PublishedDate("2026-02", "month", "2026-02-01", "2026-02-28"),
            {("2026-02", "reported"), ("2026-02-24", "happened"), ("2026-03-02", "scheduled")},
        ),
        (
            PublishedDate("2026-03-05", "day", "2026-03-05", "2026-03-05"),
            {("2026-03-05", "reported"), ("2026-02-24", "happened"), ("2026-03-02", "happened")},
        ),
    ],
    ids=["inferred", "undated", "month", "after-both"],
)
def test_timeline_reported_items_come_from_stated_dates(
    make_article: Callable[..., Article],
    published: PublishedDate | None,
    expected_kinds: set[tuple[str, str]],
) -> None:
    text = "The dam burst on Tuesday. An inquiry opens on 2 March."
    article = make_article(text, "a", published=published)
    timexes = _timexes(
        "a", text, [("Tuesday", "DATE", "2026-02-24"), ("2 March", "DATE", "2026-03-02")]
    )
    analysis = Analysis("a", "p", sentences=_sentences(text), timexes=timexes)
    items = build_timeline(["a"], {"a": article}, {"a": analysis})
    assert {(i.date, i.kind) for i in items} == expected_kinds


@pytest.mark.parametrize(
    "value",
    ["2026-W09", "XXXX-02-24", "PRESENT_REF", "2026-02-24T10:00", None],
)
def test_timeline_ignores_non_calendar_values(
    make_article: Callable[..., Article], value: str | None
) -> None:
    text = "It happened then."
    article = make_article(text, "a")
    timexes = (TimeExpr("a", 11, 15, "then", "DATE", value, "t.v1"),)
    items = build_timeline(["a"], {"a": article}, {"a": Analysis("a", "p", timexes=timexes)})
    assert items == []


@pytest.mark.parametrize("sentences", [()])
def test_timeline_without_sentences_cites_the_time_expression(
    make_article: Callable[..., Article], sentences: tuple[tuple[int, int], ...]
) -> None:
    text = "Flooding began on 24 February, officials said."
    article = make_article(text, "a")
    timexes = _timexes("a", text, [("24 February", "DATE", "2026-02-24")])
    items = build_timeline(
        ["a"], {"a": article}, {"a": Analysis("a", "p", sentences, timexes=timexes)}
    )
    (item,) = items
    assert [(e.start, e.end, e.text) for e in item.evidence] == [(18, 29, "24 February")]
