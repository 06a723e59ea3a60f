"""Story ids carried from run to run, and the merges and splits between runs."""

from __future__ import annotations

import pytest

from triangulate.crossdoc.lineage import carry_ids, fresh_id
from triangulate.models import Story, StoryChange


def _stories(*groups: tuple[str, ...]) -> list[Story]:
    return [Story(f"new-{g[0]}", g[0], g, "m") for g in groups]


def test_carry_ids_keeps_the_id_of_a_story_that_grew() -> None:
    stories, changes = carry_ids(_stories(("b", "a", "c"), ("x",)), {"s1": ("a", "b")})
    assert [s.story_id for s in stories] == ["s1", "new-x"]
    assert [s.article_ids for s in stories] == [("b", "a", "c"), ("x",)]
    assert changes == []


def test_carry_ids_records_a_merge_and_the_bigger_story_keeps_its_id() -> None:
    stored = {"s1": ("a",), "s2": ("b", "c")}
    stories, changes = carry_ids(_stories(("a", "b", "c", "d")), stored)
    assert [s.story_id for s in stories] == ["s2"]
    assert changes == [StoryChange("merged", ("s1", "s2"), ("s2",))]


def test_carry_ids_records_a_split_and_the_bigger_part_keeps_the_id() -> None:
    stored = {"s1": ("a", "b", "c")}
    stories, changes = carry_ids(_stories(("a",), ("b", "c")), stored)
    assert [s.story_id for s in stories] == ["new-a", "s1"]
    assert changes == [StoryChange("split", ("s1",), ("new-a", "s1"))]


def test_carry_ids_gives_a_split_off_story_a_fresh_id_even_when_its_own_id_was_stored() -> None:
    # the first article's story id is "s-a", stored for a story that now continues elsewhere
    stored = {"s-a": ("a", "b", "c")}
    stories, _ = carry_ids(
        [Story("s-a", "A", ("a",), "m"), Story("s-b", "B", ("b", "c"), "m")], stored
    )
    assert [s.story_id for s in stories] == [fresh_id(("a",)), "s-a"]


@pytest.mark.parametrize("stored", [{}, {"s9": ("z",)}])
def test_carry_ids_leaves_new_stories_alone(stored: dict) -> None:
    stories, changes = carry_ids(_stories(("a",), ("b",)), stored)
    assert [s.story_id for s in stories] == ["new-a", "new-b"]
    assert changes == []


def test_carry_ids_gives_each_stored_id_to_one_story_only() -> None:
    stored = {"s1": ("a", "b", "c", "d")}
    stories, changes = carry_ids(_stories(("a", "b"), ("c", "d", "e")), stored)
    assert [s.story_id for s in stories].count("s1") == 1
    assert len({s.story_id for s in stories}) == 2
    assert [c.kind for c in changes] == ["split"]
