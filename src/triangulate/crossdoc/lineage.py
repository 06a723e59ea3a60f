"""Story lineage: stable story ids from run to run, and the merges and splits between runs.

Every run clusters its articles anew. A new story keeps the id of the stored story it shares
the most articles with; pairs are taken largest overlap first, so one stored id goes to one
new story. A story that shares no article with a stored one, or whose stored ids all went to
bigger overlaps, gets an id of its own. A new story that holds the articles of two or more
stored stories records a merge; a stored story whose articles now lie in two or more stories
records a split.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from triangulate.models import Story, StoryChange


def carry_ids(
    stories: Sequence[Story], stored: Mapping[str, Sequence[str]]
) -> tuple[list[Story], list[StoryChange]]:
    """Give ``stories`` the ids of the ``stored`` stories (id -> article ids) they continue.

    Return the renamed stories, in the same order, and the merges and splits since ``stored``.
    Only articles present in ``stories`` count: a stored story none of whose articles were
    clustered again is left alone.
    """
    was = {article: old for old, ids in stored.items() for article in ids}
    overlap: Counter[tuple[int, str]] = Counter(
        (index, was[article])
        for index, story in enumerate(stories)
        for article in story.article_ids
        if article in was
    )
    ids: dict[int, str] = {}
    taken: set[str] = set()
    for (index, old), _ in sorted(overlap.items(), key=lambda pair: (-pair[1], pair[0])):
        if index not in ids and old not in taken:
            ids[index] = old
            taken.add(old)
    renamed = []
    for index, story in enumerate(stories):
        new_id = ids.get(index, story.story_id)
        if index not in ids and new_id in stored:  # its first article's story went elsewhere
            new_id = fresh_id(story.article_ids)
        renamed.append(replace(story, story_id=new_id))
    return renamed, _changes(renamed, was)


def fresh_id(article_ids: Sequence[str]) -> str:
    """An id for a story split off a stored one: it depends on all of its articles."""
    return "s" + hashlib.sha256("\n".join(article_ids).encode()).hexdigest()[:11]


def _changes(stories: Sequence[Story], was: Mapping[str, str]) -> list[StoryChange]:
    changes = []
    now_in: dict[str, set[str]] = {}  # stored id -> the stories its clustered articles are in
    for story in stories:
        before = {was[a] for a in story.article_ids if a in was}
        for old in before:
            now_in.setdefault(old, set()).add(story.story_id)
        if len(before) > 1:
            changes.append(StoryChange("merged", tuple(sorted(before)), (story.story_id,)))
    for old, into in sorted(now_in.items()):
        if len(into) > 1:
            changes.append(StoryChange("split", (old,), tuple(sorted(into))))
    return changes
