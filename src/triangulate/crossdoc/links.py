"""Groups of items joined by links: the connected components of a graph, by union-find."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T", bound=Hashable)


def linked_groups(items: Sequence[T], links: Iterable[tuple[T, T]]) -> list[list[T]]:
    """The groups of ``items`` that ``links`` join, directly or through others; each group in
    the order of ``items``, the groups in the order of their first item."""
    parent = {item: item for item in items}

    def root(item: T) -> T:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for first, second in links:
        parent[root(second)] = root(first)
    groups: dict[T, list[T]] = {}
    for item in items:
        groups.setdefault(root(item), []).append(item)
    return list(groups.values())
