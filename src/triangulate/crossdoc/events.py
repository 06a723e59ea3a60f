"""Story-level events (first version): per-sentence event records merged across articles.

Records with the same PLOVER type, actor and recipient (names compared by their key) are one
event; it carries every article that reports it and the number of independent origins behind
those articles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from triangulate.crossdoc.entities import name_key
from triangulate.models import EventRecord, StoryEvent

METHOD = "events.merge.v1"


def merge_events(
    records: Iterable[EventRecord], origins_of: Callable[[str], Sequence[str]]
) -> list[StoryEvent]:
    """Merge ``records`` of one story; ``origins_of`` names the origins an article rests on."""
    groups: dict[tuple[str, tuple[str, ...], tuple[str, ...]], list[EventRecord]] = {}
    for record in records:
        key = (
            record.event,
            tuple(name_key(a) for a in record.actor),
            tuple(name_key(r) for r in record.recipient),
        )
        groups.setdefault(key, []).append(record)
    events = []
    for members in groups.values():
        article_ids = tuple(dict.fromkeys(r.article_id for r in members))
        origins = {name for article_id in article_ids for name in origins_of(article_id)}
        first = members[0]
        events.append(
            StoryEvent(
                event=first.event,
                mode=first.mode,
                actor=first.actor,
                recipient=first.recipient,
                date=None,
                records=tuple(members),
                article_ids=article_ids,
                independent_origins=len(origins),
            )
        )
    return sorted(events, key=lambda e: (-e.independent_origins, -len(e.article_ids), e.event))
