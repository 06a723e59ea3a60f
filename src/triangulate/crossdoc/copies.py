"""Near-duplicate detection: syndicated copies and lightly edited versions of one text.

MinHash signatures of word shingles go into an LSH index, so candidate pairs come from shared
hash bands, never from comparing all pairs. In each group of near-duplicates the original is
the article published by the agency its dateline credits ("PORT SARIN (MPA) -" in an MPA
article), else the earliest published, then the earliest ingested; the others are its copies.
"""

from __future__ import annotations

from collections.abc import Iterable

from datasketch import MinHashLSH

from triangulate.crossdoc.aliases import same_outlet
from triangulate.crossdoc.links import linked_groups
from triangulate.ingest.identity import signature_minhash
from triangulate.models import CopySignature


def find_copies(signatures: Iterable[CopySignature], *, threshold: float) -> dict[str, str | None]:
    """Map every article id to the id of the original it copies, or None.

    Args:
        signatures: the MinHash signature and ordering facts of every article.
        threshold: estimated Jaccard similarity of shingles at which two texts are copies.
    """
    records = list(signatures)
    if not records:
        return {}
    sketches = {r.article_id: signature_minhash(r.signature) for r in records}
    num_perm = len(next(iter(sketches.values())).hashvalues)
    index = MinHashLSH(threshold=threshold, num_perm=num_perm)
    for article_id, sketch in sketches.items():
        index.insert(article_id, sketch)
    links = (
        (article_id, other)
        for article_id, sketch in sketches.items()
        for other in index.query(sketch)
        if other != article_id and sketch.jaccard(sketches[other]) >= threshold
    )
    order = {r.article_id: (not _agency_original(r), r.published or "9999", r.seq) for r in records}
    result: dict[str, str | None] = {}
    for members in linked_groups(list(sketches), links):
        original = min(members, key=lambda a: order[a])
        for member in members:
            result[member] = None if member == original else original
    return result


def _agency_original(record: CopySignature) -> bool:
    return bool(record.agency and record.outlet and same_outlet(record.agency, record.outlet))
