"""Sentences alike by content: terms outside time expressions, weighted by rarity."""

from __future__ import annotations

import pytest

from triangulate.crossdoc.alignment import (
    PassageIndex,
    build_passage,
    reweighted,
    sentence_span,
    similarity,
    story_rarity,
)
from triangulate.models import Analysis


def _passage(text: str, article_id: str = "a", skip: tuple[tuple[int, int], ...] = ()):
    return build_passage(article_id, text, (0, len(text)), skip)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("The Dravik dam gave way on Monday.", {"dravik", "dam"}, {"monday", "the", "way"}),
        ("Floods flooded the flooding valley.", {"flood", "valley"}, {"floods", "flooded"}),
        ("Vanek's visit to Velmar", {"vanek", "velmar", "visit"}, {"vanek's", "to"}),
        ("At least 42 people died.", {"n:42", "die"}, {"people", "at"}),
    ],
)
def test_alignment_terms_keep_content_words_only(
    text: str, present: set[str], absent: set[str]
) -> None:
    terms = _passage(text).terms
    assert present <= terms.keys()
    assert not absent & terms.keys()


@pytest.mark.parametrize("text, words", [("The dam failed late last month.", "late last month")])
def test_alignment_terms_skip_time_expressions(text: str, words: str) -> None:
    start = text.index(words)
    terms = _passage(text, skip=((start, start + len(words)),)).terms
    assert "late" not in terms and "dam" in terms


@pytest.mark.parametrize(
    "first, second, expected",
    [
        ("The Dravik dam gave way on Monday.", "The Dravik dam gave way late last month.", 1.0),
        ("The Dravik dam gave way.", "Volunteers ferried residents by boat.", 0.0),
    ],
)
def test_alignment_similarity_ignores_the_dates(first: str, second: str, expected: float) -> None:
    skip = [(second.index("late"), second.index("month") + 5)] if "late" in second else []
    a, b = _passage(first), _passage(second, "b", tuple(skip))
    assert similarity(a, b) == pytest.approx(expected)
    assert similarity(a, b) == pytest.approx(similarity(b, a))


@pytest.mark.parametrize("common, rare", [("velmar", "boat")])
def test_alignment_story_rarity_discounts_terms_of_many_sentences(common: str, rare: str) -> None:
    passages = [
        _passage("Velmar was flooded."),
        _passage("Velmar residents left."),
        _passage("Boats took Velmar residents away."),
    ]
    rarity = story_rarity(passages)
    assert rarity[common] < rarity[rare]
    weighted = reweighted(passages[2], rarity)
    assert weighted.terms[common] / weighted.terms[rare] < (
        passages[2].terms[common] / passages[2].terms[rare]
    )


@pytest.mark.parametrize("threshold, expected", [(0.1, ["dam"]), (0.99, [])])
def test_alignment_index_finds_alike_passages_only(threshold: float, expected: list[str]) -> None:
    passages = [
        _passage("The Dravik dam gave way near Velmar.", "dam"),
        _passage("Volunteers ferried residents by boat.", "boats"),
    ]
    index = PassageIndex(passages)
    found = index.similar(_passage("The Dravik dam burst above Velmar.", "x"), threshold)
    assert [passages[n].article_id for n, _ in found] == expected


@pytest.mark.parametrize(
    "offset, expected",
    [(0, (0, 10)), (12, (11, 20)), (25, (25, 26))],  # the last is between sentences
)
def test_alignment_sentence_span_finds_the_sentence(offset: int, expected: tuple[int, int]) -> None:
    analysis = Analysis("a", "p", sentences=((0, 10), (11, 20)))
    assert sentence_span(analysis, offset, offset + 1) == expected
