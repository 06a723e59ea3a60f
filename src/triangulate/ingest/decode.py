"""Turn the bytes of an input into text, whatever their encoding; refuse binary data."""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from triangulate.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Non-ASCII characters besides letters that Western news text in Windows-1252 often holds.
_WESTERN_MARKS = frozenset("\u00a0“”‘’‚„–—…€£¥§©®™°«»•·¡¿")
#: Above this share of non-ASCII bytes, text is not mostly Latin script: leave it to detection.
_WESTERN_MAX_SHARE = 0.2


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data``: BOM, UTF-8, a declared charset, Windows-1252, then detection.

    Raises:
        IngestError: the data is empty or looks binary.
    """
    if not data.strip():
        raise IngestError("empty input")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data[:8192]:
        raise IngestError("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    western = _decode_western(data)
    if western is not None:
        return western
    best = from_bytes(data).best()
    if best is None:
        raise IngestError("binary data or unknown encoding, not text")
    return str(best)


def _decode_western(data: bytes) -> str | None:
    """Decode mostly-ASCII ``data`` as Windows-1252 when it reads as Western text.

    Windows-1252 (a superset of Latin-1) is the legacy encoding of most English-language news.
    Detection guesses poorly on short texts ("Café" read as a Baltic DOS code page), so it is
    tried first; any non-ASCII character that is neither a letter nor common typography ("³"
    for a Polish "ł") means another encoding and leaves the choice to detection.
    """
    if sum(byte > 0x7F for byte in data) > len(data) * _WESTERN_MAX_SHARE:
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    for char in text:
        if char.isascii() or char in _WESTERN_MARKS:
            continue
        if not unicodedata.category(char).startswith("L"):
            return None
    return text
