"""How rare a term is in English at large: a background IDF that steadies clustering when a
run holds only a handful of articles (where counts within the run say little).

Frequencies come from the ``wordfreq`` package (Apache-2.0; offline word lists). The result is
``8 - zipf`` clipped to [1, 8]: about 1 for "the", 4 for "dam", 8 for names it has never seen.
"""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency

_NUMBER_IDF = 5.0


@lru_cache(maxsize=200_000)
def background_idf(term: str) -> float:
    """Return the background IDF of a clustering term (``e:``/``n:`` prefixes understood)."""
    if term.startswith("n:"):
        return _NUMBER_IDF
    words = term[2:] if term.startswith("e:") else term
    zipf = zipf_frequency(words.replace("_", " "), "en")
    return min(8.0, max(1.0, 8.0 - zipf))
