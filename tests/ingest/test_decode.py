"""decode_bytes: BOMs, UTF-8, legacy Western encodings, and refusal of binary data."""

from __future__ import annotations

import codecs

import pytest

from triangulate.errors import IngestError
from triangulate.ingest.decode import decode_bytes

PLAIN = "Ferry crossings to Kessa resumed on Tuesday, the operator said."
ACCENTED = "Café owners in Saint-Rémy said the “new” rules – announced on Monday – would cost €200."


@pytest.mark.parametrize(
    "data, expected",
    [
        (PLAIN.encode("ascii"), PLAIN),
        (ACCENTED.encode("utf-8"), ACCENTED),
        ("Tromsø and Århus, “quoted”.".encode(), "Tromsø and Århus, “quoted”."),
    ],
)
def test_decode_reads_utf8(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


@pytest.mark.parametrize(
    "data, expected",
    [
        (codecs.BOM_UTF8 + ACCENTED.encode("utf-8"), ACCENTED),
        (ACCENTED.encode("utf-16"), ACCENTED),  # Python writes a BOM in native order
        (codecs.BOM_UTF16_LE + ACCENTED.encode("utf-16-le"), ACCENTED),
        (codecs.BOM_UTF16_BE + ACCENTED.encode("utf-16-be"), ACCENTED),
        (ACCENTED.encode("utf-32"), ACCENTED),
    ],
)
def test_decode_strips_byte_order_mark(data: bytes, expected: str) -> None:
    text = decode_bytes(data)
    assert text == expected
    assert not text.startswith("\ufeff")


@pytest.mark.parametrize(
    "text, encoding",
    [
        (ACCENTED, "cp1252"),
        ("The minister’s spokesman called the talks “constructive” on Friday.", "cp1252"),
        ("El ministro de España dijo que las conversaciones seguirán en Logroño.", "cp1252"),
        ("O ministro disse que as negociações serão retomadas em São Paulo.", "cp1252"),
        ("Le café de la gare a rouvert après les travaux, a annoncé la mairie.", "latin-1"),
        ("Müller sagte, die Gespräche würden am Freitag fortgesetzt.", "latin-1"),
    ],
    ids=[
        "cp1252-euro-dashes",
        "cp1252-curly",
        "cp1252-spanish",
        "cp1252-portuguese",
        "latin1-fr",
        "latin1-de",
    ],
)
def test_decode_reads_western_legacy_encodings(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("Министр заявил, что переговоры продолжатся в пятницу в столице.", "cp1251"),
        ("Ο υπουργός δήλωσε ότι οι συνομιλίες θα συνεχιστούν την Παρασκευή.", "cp1253"),
        ("Minister powiedział, że rozmowy będą kontynuowane w piątek w Łodzi.", "cp1250"),
    ],
    ids=["cp1251-russian", "cp1253-greek", "cp1250-polish"],
)
def test_decode_detects_other_single_byte_encodings(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize(
    "data, encoding",
    [("Ceská zpráva o pocasí.".encode("latin-1"), "latin-1")],
)
def test_decode_uses_declared_charset_when_utf8_fails(data: bytes, encoding: str) -> None:
    assert decode_bytes(data, declared=encoding) == data.decode(encoding)


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\x00\x00\x00\x10\x00" * 64,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00" + b"\x00" * 100,
        PLAIN.encode("ascii") + b"\x00" * 40,
    ],
)
def test_decode_refuses_binary_data(data: bytes) -> None:
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(data)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "])
def test_decode_refuses_empty_input(data: bytes) -> None:
    with pytest.raises(IngestError, match="empty"):
        decode_bytes(data)
