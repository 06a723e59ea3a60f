"""Groups of items joined by links."""

from __future__ import annotations

import pytest

from triangulate.crossdoc.links import linked_groups


@pytest.mark.parametrize(
    ("items", "links", "expected"),
    [
        ("abcde", [("a", "c"), ("d", "c")], [["a", "c", "d"], ["b"], ["e"]]),
        ("abc", [], [["a"], ["b"], ["c"]]),
        ("abc", [("c", "b"), ("b", "a")], [["a", "b", "c"]]),  # joined through another
        ("", [], []),
    ],
)
def test_linked_groups(items: str, links: list[tuple[str, str]], expected: list[list[str]]) -> None:
    assert linked_groups(list(items), links) == expected
