"""Splitting a story that mixes two events of one kind."""

from __future__ import annotations

import pytest

from triangulate.crossdoc.cluster import ClusterInput, ClusterOptions, cluster_articles
from triangulate.crossdoc.split import SplitOptions, split_story

pytestmark = pytest.mark.issue(5)

_KIND = {"quake": 3.0, "magnitude": 2.0, "rescue": 1.0, "aftershock": 1.0}


def _quake(town: str, size: str, extra: str) -> dict[str, float]:
    return {**_KIND, "e:valdoria": 1.0, f"e:{town}": 3.0, f"n:{size}": 1.0, extra: 1.0}


def _two_quakes() -> dict[str, dict[str, float]]:
    """Four reports of a quake in Velmar, four of another in Port Sarin, interleaved; both
    towns are in Valdoria."""
    terms = {}
    for n in range(4):
        terms[f"v{n}"] = _quake("velmar", "6.1", "dam" if n % 2 else "school")
        terms[f"p{n}"] = _quake("port sarin", "7.2", "tsunami" if n % 2 else "harbour")
    return terms


def test_two_events_of_one_kind_are_split() -> None:
    terms = _two_quakes()
    order = ["v0", "p0", "v1", "p1", "v2", "p2", "v3", "p3"]
    events = split_story(order, terms, lambda term: 1.0, SplitOptions())
    assert events == [["v0", "v1", "v2", "v3"], ["p0", "p1", "p2", "p3"]]


def test_one_event_stays_whole() -> None:
    terms = {f"v{n}": _quake("velmar", "6.1", f"detail{n}") for n in range(8)}
    events = split_story(list(terms), terms, lambda term: 1.0, SplitOptions())
    assert events == [list(terms)]


def test_a_group_too_small_for_an_event_joins_the_closest() -> None:
    terms = _two_quakes()
    terms["odd"] = {**_KIND, "e:velmar": 1.0, "volcano": 2.0}
    order = [*terms]
    events = split_story(order, terms, lambda term: 1.0, SplitOptions())
    assert len(events) == 2
    assert "odd" in events[0]


def test_small_and_large_stories_are_left_whole() -> None:
    terms = _two_quakes()
    order = ["v0", "p0", "v1", "p1"]
    assert split_story(order, terms, lambda term: 1.0, SplitOptions()) == [order]
    capped = SplitOptions(max_articles=6)
    assert split_story([*terms], terms, lambda term: 1.0, capped) == [[*terms]]


def test_copies_count_as_nothing_new_and_stay_with_their_original() -> None:
    # three verbatim copies of one wire would stand as an "event" of their own
    terms = _two_quakes()
    items = [ClusterInput(article_id=a, terms=t) for a, t in terms.items()]
    wire = terms["v0"]
    items += [ClusterInput(article_id=f"copy{n}", terms=wire, copy_of="v0") for n in range(3)]
    stories = cluster_articles(items, ClusterOptions())
    groups = sorted(sorted(s.article_ids) for s in stories)
    assert groups == [
        ["copy0", "copy1", "copy2", "v0", "v1", "v2", "v3"],
        ["p0", "p1", "p2", "p3"],
    ]


def test_without_splitting_the_two_quakes_are_one_story() -> None:
    terms = _two_quakes()
    items = [ClusterInput(article_id=a, terms=t) for a, t in terms.items()]
    whole = cluster_articles(items, ClusterOptions(split=None))
    assert len(whole) == 1
