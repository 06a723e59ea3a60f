"""Article identity: stable ids from normalised text, word shingles and MinHash signatures."""

from __future__ import annotations

import re

import pytest

from triangulate.ingest.identity import (
    make_article_id,
    minhash_signature,
    normalise_text,
    shingles,
    signature_minhash,
)

TRAM = (
    "The city council voted on Monday to build a tram line along the river, ending a decade "
    "of debate. “This is a good day for the valley,” said councillor Hana Ostrow. Construction "
    "is due to start next spring and the first trams should run within three years, according "
    "to the transport department, which will publish a detailed timetable in the autumn."
)
RESERVOIR = (
    "Reservoir levels across the valley reached their highest point in five years after weeks "
    "of steady rain, the water authority said on Tuesday, warning farmers near the lower dam "
    "to move livestock to higher ground before the weekend."
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“Good day,” she said – and left.", '"Good day," she said - and left.'),
        ("‘Maybe’ — he said", "'Maybe' - he said"),
        ("  two\n\nlines\tand   spaces  ", "two lines and spaces"),
        ("ﬁnal\u00a0report", "final report"),
    ],
)
def test_identity_normalises_quotes_dashes_and_whitespace(text: str, expected: str) -> None:
    assert normalise_text(text) == expected


@pytest.mark.parametrize(
    "first, second",
    [
        (TRAM, TRAM),
        (TRAM, "  " + TRAM.replace(". ", ".\n\n") + "\n"),
        (TRAM, TRAM.replace("“", '"').replace("”", '"')),
        (TRAM, TRAM.replace(" ", "  ")),
    ],
)
def test_identity_same_normalised_text_gets_same_id(first: str, second: str) -> None:
    assert make_article_id(first, "Council backs river tram") == make_article_id(
        second, "  Council   backs river tram "
    )


@pytest.mark.parametrize("text", [TRAM])
def test_identity_id_is_sixteen_hex_digits(text: str) -> None:
    assert re.fullmatch(r"[0-9a-f]{16}", make_article_id(text))


@pytest.mark.parametrize(
    "first, second",
    [
        ((TRAM, "Council backs river tram"), (TRAM, "River tram approved")),
        ((TRAM, "Council backs river tram"), (TRAM, None)),
        ((TRAM, None), (TRAM + " More to follow.", None)),
        ((TRAM, None), (RESERVOIR, None)),
    ],
)
def test_identity_different_headline_or_text_gets_different_id(
    first: tuple[str, str | None], second: tuple[str, str | None]
) -> None:
    assert make_article_id(*first) != make_article_id(*second)


@pytest.mark.parametrize(
    "text, size, expected",
    [
        (
            "One two, three. Four five",
            3,
            {b"one two three", b"two three four", b"three four five"},
        ),
        ("Tram line", 3, {b"tram line"}),
        ("", 3, set()),
        ("... — ...", 3, set()),
        ("The TRAM the tram", 2, {b"the tram", b"tram the"}),
    ],
)
def test_identity_shingles_are_lowercased_word_windows(
    text: str, size: int, expected: set[bytes]
) -> None:
    assert shingles(text, size) == expected


@pytest.mark.parametrize("num_perm", [16, 128])
def test_identity_minhash_signature_round_trips(num_perm: int) -> None:
    signature = minhash_signature(shingles(TRAM, 5), num_perm)
    assert len(signature) == num_perm * 4
    sketch = signature_minhash(signature)
    assert len(sketch.hashvalues) == num_perm
    assert minhash_signature(shingles(TRAM, 5), num_perm) == signature
    assert sketch.jaccard(signature_minhash(signature)) == 1.0


@pytest.mark.parametrize(
    "other, low, high",
    [
        (TRAM.replace("next spring", "next April"), 0.6, 1.0),
        ("VALLEY (VNA) - " + TRAM + " Reporting by Lena Ash.", 0.6, 1.0),
        (RESERVOIR, 0.0, 0.1),
    ],
)
def test_identity_minhash_estimates_shingle_similarity(other: str, low: float, high: float) -> None:
    base = signature_minhash(minhash_signature(shingles(TRAM, 5), 128))
    estimate = base.jaccard(signature_minhash(minhash_signature(shingles(other, 5), 128)))
    assert low <= estimate <= high
