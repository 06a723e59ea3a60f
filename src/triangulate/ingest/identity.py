"""Article identity: a stable id from the normalised text, and MinHash signatures of shingles.

Exact duplicates share an id (and are stored once); near-duplicates (syndicated copies, light
edits) share most of their word shingles, which MinHash estimates cheaply.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np
from datasketch import MinHash

_WORD = re.compile(r"\w+", re.UNICODE)


_SEED = 1
_SCHEME = "affine32"  # datasketch's hashing scheme; stored signatures depend on it


def normalise_text(text: str) -> str:
    """Return ``text`` in NFKC with typographic quotes unified and whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_QUOTES)
    return " ".join(text.split())


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def make_article_id(text: str, title: str | None = None) -> str:
    """Return the stable id of an article: 16 hex digits of SHA-256 of its normalised headline
    and body. The same report read twice gets the same id; a syndicated copy under its own
    headline gets its own id (and is then found as a near-duplicate)."""
    normal = normalise_text(title or "") + "\n" + normalise_text(text)
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def shingles(text: str, size: int) -> set[bytes]:
    """Return the set of ``size``-word shingles of ``text`` (lower-cased words)."""
    words = _WORD.findall(normalise_text(text).casefold())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def minhash_signature(items: set[bytes], num_perm: int) -> bytes:
    """Return the MinHash signature of ``items`` as bytes (``num_perm`` unsigned 32-bit ints)."""
    sketch = MinHash(num_perm=num_perm, seed=_SEED, scheme=_SCHEME)
    sketch.update_batch(list(items))
    return np.asarray(sketch.hashvalues, dtype=np.uint32).tobytes()


def signature_minhash(signature: bytes) -> MinHash:
    """Rebuild a :class:`MinHash` from :func:`minhash_signature` bytes."""
    values = np.frombuffer(signature, dtype=np.uint32)
    return MinHash(num_perm=len(values), seed=_SEED, hashvalues=values, scheme=_SCHEME)
