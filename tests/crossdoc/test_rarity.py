"""Background IDF of clustering terms."""

from __future__ import annotations

import pytest

from triangulate.crossdoc.rarity import background_idf


@pytest.mark.parametrize(
    "common, rare",
    [("the", "dam"), ("dam", "spillway"), ("water", "e:ostra"), ("e:port", "e:qzxvbrtl")],
)
def test_rarity_rare_terms_weigh_more(common: str, rare: str) -> None:
    assert background_idf(common) < background_idf(rare)


@pytest.mark.parametrize(
    "term, expected",
    [("n:42", 5.0), ("n:2026", 5.0), ("e:qzxvbrtl_wq", 8.0), ("qzxvbrtl", 8.0), ("the", 1.0)],
)
def test_rarity_known_values(term: str, expected: float) -> None:
    assert background_idf(term) == pytest.approx(expected)


@pytest.mark.parametrize("term", ["the", "dam", "e:marta vanek", "n:3", "", "e:"])
def test_rarity_is_within_bounds(term: str) -> None:
    assert 1.0 <= background_idf(term) <= 8.0
