"""Turn the bytes of an input into text, whatever their encoding; refuse binary data."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from triangulate.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data``: BOM, then strict UTF-8, then a declared charset, then detection.

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
    best = from_bytes(data).best()
    if best is None:
        raise IngestError("binary data or unknown encoding, not text")
    return str(best)
