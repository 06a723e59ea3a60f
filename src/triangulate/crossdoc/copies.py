"""Near-duplicate detection: syndicated copies and lightly edited versions of one text.

MinHash signatures of word shingles go into an LSH index, so candidate pairs come from shared
hash bands, never from comparing all pairs. In each group of near-duplicates the earliest
published (then earliest ingested) article is the original; the others are its copies.
"""

from __future__ import annotations

from collections.abc import Iterable

from datasketch import MinHashLSH

from triangulate.ingest.identity import signature_minhash


def find_copies(
    signatures: Iterable[tuple[str, bytes, str | None, int]], *, threshold: float
) -> dict[str, str | None]:
    """Map every article id to the id of the original it copies, or None.

    Args:
        signatures: (article id, MinHash signature, publication date value, ingest order).
        threshold: estimated Jaccard similarity of shingles at which two texts are copies.
    """
    records = list(signatures)
    if not records:
        return {}
    sketches = {article_id: signature_minhash(sig) for article_id, sig, _, _ in records}
    num_perm = len(next(iter(sketches.values())).hashvalues)
    index = MinHashLSH(threshold=threshold, num_perm=num_perm)
    for article_id, sketch in sketches.items():
        index.insert(article_id, sketch)
    parent = {article_id: article_id for article_id in sketches}

    def root(item: str) -> str:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for article_id, sketch in sketches.items():
        for other in index.query(sketch):
            if other != article_id and sketch.jaccard(sketches[other]) >= threshold:
                parent[root(other)] = root(article_id)
    order = {article_id: (published or "9999", seq) for article_id, _, published, seq in records}
    groups: dict[str, list[str]] = {}
    for article_id in sketches:
        groups.setdefault(root(article_id), []).append(article_id)
    result: dict[str, str | None] = {}
    for members in groups.values():
        original = min(members, key=lambda a: order[a])
        for member in members:
            result[member] = None if member == original else original
    return result
