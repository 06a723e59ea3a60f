"""Weighted term vectors for comparing articles: TF-IDF, cut to the heaviest terms, unit length."""

from __future__ import annotations

import math
from collections.abc import Mapping


def tfidf_vector(
    terms: Mapping[str, float], idf: Mapping[str, float], limit: int
) -> dict[str, float]:
    """The unit vector of ``terms`` weighted ``(1 + ln count) * idf`` (1 for a term ``idf``
    does not know), keeping the ``limit`` heaviest."""
    weights = {t: (1.0 + math.log(w)) * idf.get(t, 1.0) for t, w in terms.items() if w > 0}
    top = sorted(weights.items(), key=lambda kv: kv[1], reverse=True)[:limit]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: w / norm for t, w in top}


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """The dot product of two sparse vectors (the cosine of two unit vectors)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(term, 0.0) for term, weight in a.items())
