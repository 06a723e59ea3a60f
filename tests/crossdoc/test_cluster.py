"""Story clustering of articles given in time order."""

from __future__ import annotations

import pytest

from triangulate.crossdoc.cluster import (
    METHOD,
    ClusterInput,
    ClusterOptions,
    cluster_articles,
    story_id,
)

DAM = {"dam": 3.0, "burst": 2.0, "flood": 2.0, "e:ostra": 2.0, "e:valdoria": 2.0, "village": 1.0}
DAM_FOLLOW_UP = {"dam": 2.0, "flood": 1.0, "e:ostra": 2.0, "engineer": 2.0, "spillway": 1.0}
REGATTA = {"regatta": 3.0, "sail": 2.0, "e:port sarin": 2.0, "harbour": 2.0, "wind": 1.0}
REGATTA_FOLLOW_UP = {"regatta": 2.0, "heat": 2.0, "harbour": 1.0, "sail": 1.0, "quay": 1.0}
TARIFF = {"tariff": 3.0, "steel": 2.0, "e:carvenia": 2.0, "talk": 2.0, "n:25": 1.0}


def _item(article_id: str, terms: dict[str, float], **fields: str | None) -> ClusterInput:
    return ClusterInput(article_id=article_id, terms=terms, **fields)  # type: ignore[arg-type]


def _groups(items: list[ClusterInput], threshold: float = 0.2) -> list[tuple[str, ...]]:
    return [s.article_ids for s in cluster_articles(items, ClusterOptions(threshold=threshold))]


@pytest.mark.parametrize(
    "items, expected",
    [
        (
            [
                _item("dam-1", DAM),
                _item("regatta-1", REGATTA),
                _item("dam-2", DAM_FOLLOW_UP),
                _item("tariff-1", TARIFF),
                _item("regatta-2", REGATTA_FOLLOW_UP),
            ],
            [("dam-1", "dam-2"), ("regatta-1", "regatta-2"), ("tariff-1",)],
        ),
        ([_item("dam-1", DAM), _item("tariff-1", TARIFF)], [("dam-1",), ("tariff-1",)]),
        ([_item("dam-1", DAM), _item("dam-2", DAM_FOLLOW_UP)], [("dam-1", "dam-2")]),
        ([_item("empty-1", {}), _item("empty-2", {})], [("empty-1",), ("empty-2",)]),
        ([], []),
    ],
    ids=["three-stories", "unrelated", "related", "no-terms", "nothing"],
)
def test_cluster_groups_articles_sharing_distinctive_terms(
    items: list[ClusterInput], expected: list[tuple[str, ...]]
) -> None:
    assert _groups(items) == expected


@pytest.mark.parametrize("copy_terms", [{}, TARIFF, DAM])
def test_cluster_copies_join_the_story_of_their_original(copy_terms: dict[str, float]) -> None:
    items = [
        _item("mpa-dam", DAM),
        _item("regatta-1", REGATTA),
        _item("herald-copy", copy_terms, copy_of="mpa-dam"),
    ]
    assert _groups(items) == [("mpa-dam", "herald-copy"), ("regatta-1",)]


@pytest.mark.parametrize(
    "items, expected_title",
    [
        ([_item("a", DAM, title="Dam bursts"), _item("b", DAM, title="Later")], "Dam bursts"),
        ([_item("a", DAM), _item("b", DAM_FOLLOW_UP, title="Engineers sent")], "Engineers sent"),
        ([_item("a", DAM), _item("b", DAM_FOLLOW_UP)], "a"),
    ],
)
def test_cluster_story_title_is_the_first_title(
    items: list[ClusterInput], expected_title: str
) -> None:
    (story,) = cluster_articles(items, ClusterOptions())
    assert story.title == expected_title
    assert story.method == METHOD


@pytest.mark.parametrize("later", [[], [_item("dam-3", DAM_FOLLOW_UP)]])
def test_cluster_story_id_is_stable_while_its_first_article_stays_first(
    later: list[ClusterInput],
) -> None:
    base = [_item("dam-1", DAM), _item("dam-2", DAM_FOLLOW_UP), _item("regatta-1", REGATTA)]
    stories = cluster_articles([*base, *later], ClusterOptions())
    assert [s.story_id for s in stories] == [story_id(["dam-1"]), story_id(["regatta-1"])]
    assert story_id(["dam-1", "dam-2"]) == story_id(["dam-1"]) != story_id(["dam-2", "dam-1"])
    assert story_id(["dam-1"]).startswith("s")


@pytest.mark.parametrize(
    "order",
    [["dam-1", "bridge", "regatta-1"], ["dam-1", "regatta-1", "bridge"]],
    ids=["bridge-second", "bridge-last"],
)
def test_cluster_result_depends_on_the_order_of_articles(order: list[str]) -> None:
    """Clustering is incremental: an article that shares terms with two stories can merge
    them when it comes before the second one opens, and joins only one when it comes after.
    This documents the behaviour (callers sort articles by publication date first)."""
    terms = {"dam-1": DAM, "regatta-1": REGATTA, "bridge": {**DAM, **REGATTA}}
    groups = _groups([_item(a, terms[a]) for a in order])
    if order.index("bridge") < order.index("regatta-1"):
        assert groups == [("dam-1", "bridge", "regatta-1")]
    else:
        assert len(groups) == 2
        assert sorted(len(g) for g in groups) == [1, 2]


@pytest.mark.issue(2)
@pytest.mark.parametrize("copy_terms", [{}, TARIFF])
def test_cluster_copy_taken_before_its_original_still_joins_it(
    copy_terms: dict[str, float],
) -> None:
    """An agency's own article is the original even when a copy is dated earlier (or the
    original is undated), so a copy can come first in time order."""
    items = [
        _item("herald-copy", copy_terms, copy_of="mpa-dam", title="Copy headline"),
        _item("regatta-1", REGATTA),
        _item("mpa-dam", DAM, title="Dam bursts in Ostra valley"),
    ]
    stories = cluster_articles(items, ClusterOptions())
    assert [s.article_ids for s in stories] == [("regatta-1",), ("mpa-dam", "herald-copy")]
    assert stories[1].story_id == story_id(["mpa-dam"])
    assert stories[1].title == "Dam bursts in Ostra valley"


@pytest.mark.parametrize(
    "items",
    [
        # a copy of a copy waits for both
        [
            _item("second-copy", {}, copy_of="first-copy"),
            _item("first-copy", {}, copy_of="mpa-dam"),
            _item("mpa-dam", DAM),
        ],
        # a cycle (never produced by find_copies) still places every article once
        [_item("x", DAM, copy_of="y"), _item("y", DAM, copy_of="x")],
    ],
    ids=["chain", "cycle"],
)
def test_cluster_places_every_article_exactly_once(items: list[ClusterInput]) -> None:
    stories = cluster_articles(items, ClusterOptions())
    placed = [a for s in stories for a in s.article_ids]
    assert sorted(placed) == sorted(i.article_id for i in items)
    assert len(stories) == 1


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ((100.0, 103.0, 110.0), [("dam-1", "dam-2", "dam-3")]),  # each within two weeks
        ((100.0, 103.0, 140.0), [("dam-1", "dam-2"), ("dam-3",)]),  # the story had closed
        ((100.0, None, 140.0), [("dam-1", "dam-2"), ("dam-3",)]),  # undated: no day to close
    ],
)
def test_cluster_a_story_closes_when_no_article_joins_it_for_two_weeks(
    days: tuple[float | None, ...], expected: list[tuple[str, ...]]
) -> None:
    items = [
        ClusterInput(article_id=f"dam-{n}", terms=terms, day=day)
        for n, (terms, day) in enumerate(zip((DAM, DAM_FOLLOW_UP, DAM), days, strict=True), 1)
    ]
    assert [s.article_ids for s in cluster_articles(items, ClusterOptions())] == expected


def test_cluster_articles_that_name_no_one_in_common_are_no_candidates() -> None:
    # the same kind of event, told in the same words, with other names: blocking on names
    # keeps the second from even being compared with the first's story
    velmar = {**DAM, "e:velmar": 3.0}
    lissa = {"dam": 3.0, "burst": 2.0, "flood": 2.0, "village": 1.0, "e:lissa": 3.0}
    items = [ClusterInput(article_id="velmar", terms=velmar), ClusterInput("lissa", lissa)]
    assert [s.article_ids for s in cluster_articles(items, ClusterOptions())] == [
        ("velmar",),
        ("lissa",),
    ]
    blind = ClusterOptions(name_keys=0)  # blocking on top terms only: one story
    assert len(cluster_articles(items, blind)) == 1
