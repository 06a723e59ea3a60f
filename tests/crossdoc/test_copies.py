"""Near-duplicate detection on MinHash signatures, and which article is the original."""

from __future__ import annotations

import pytest

from triangulate.crossdoc.copies import find_copies
from triangulate.ingest.identity import minhash_signature, shingles
from triangulate.models import CopySignature

WIRE = (
    "PORT SARIN (MPA) - The Ostra dam in northern Valdoria burst late on Tuesday after three "
    "days of heavy rain, flooding the villages of Lesk and Orvane and forcing thousands of "
    "people from their homes, regional officials said on Wednesday. At least forty-two people "
    "were killed and more than a hundred are missing, according to the regional governor, "
    "Marta Vanek, who said rescue teams were still searching the east bank of the river. The "
    "interior ministry said it would send engineers and army units to shore up two smaller "
    "dams downstream, which were also under strain. The dam, built in 1961, had been due for "
    "repairs since an inspection found cracks in its spillway two years ago."
)
LIGHT_EDIT = (
    WIRE.replace("PORT SARIN (MPA) - ", "")
    .replace("late on Tuesday", "on Tuesday night")
    .replace("regional officials said", "officials said")
    .replace("more than a hundred", "over 100")
)
UNRELATED = (
    "Strong winds and driving rain forced organisers to postpone the opening day of the Port "
    "Sarin Harbour Regatta on Saturday, the first delay in the event's forty-year history. "
    "Crews from eleven sailing clubs had gathered in the harbour since Thursday, and race "
    "officials said the first heats would now start on Sunday morning if the forecast held. "
    "Local cafés reported brisk trade as spectators sheltered from the weather along the quay."
)


def _signature(
    article_id: str,
    text: str,
    seq: int,
    published: str | None = "2026-02-25",
    outlet: str | None = None,
    agency: str | None = None,
) -> CopySignature:
    return CopySignature(
        article_id=article_id,
        signature=minhash_signature(shingles(text, 5), 128),
        published=published,
        seq=seq,
        outlet=outlet,
        agency=agency,
    )


@pytest.mark.parametrize(
    "copy_text", [WIRE, LIGHT_EDIT, WIRE + " Reporting by the Coastal Herald desk."]
)
def test_copies_groups_near_duplicates_but_not_unrelated_text(copy_text: str) -> None:
    signatures = [
        _signature("wire", WIRE, 1, "2026-02-25"),
        _signature("copy", copy_text, 2, "2026-02-25"),
        _signature("regatta", UNRELATED, 3, "2026-02-25"),
    ]
    assert find_copies(signatures, threshold=0.5) == {
        "wire": None,
        "copy": "wire",
        "regatta": None,
    }


@pytest.mark.parametrize(
    "signatures, original",
    [
        # the agency's own article is the original, though published later and ingested last
        (
            [
                _signature("herald", LIGHT_EDIT, 1, "2026-02-25", "The Coastal Herald", "MPA"),
                _signature("chronicle", WIRE, 2, "2026-02-25", "Riverside Chronicle", "MPA"),
                _signature("mpa", WIRE, 3, "2026-02-26", "Meridian Press Agency", "MPA"),
            ],
            "mpa",
        ),
        # no agency publishes its own copy: the earliest published wins
        (
            [
                _signature("herald", LIGHT_EDIT, 1, "2026-02-26", "The Coastal Herald", "MPA"),
                _signature("chronicle", WIRE, 2, "2026-02-25", "Riverside Chronicle", "MPA"),
            ],
            "chronicle",
        ),
        # same publication date: the first ingested wins
        (
            [
                _signature("chronicle", WIRE, 7, "2026-02-25", "Riverside Chronicle"),
                _signature("herald", LIGHT_EDIT, 4, "2026-02-25", "The Coastal Herald"),
            ],
            "herald",
        ),
        # an undated article never beats a dated one
        (
            [
                _signature("undated", WIRE, 1, None, "Ostra Valley Voice"),
                _signature("dated", LIGHT_EDIT, 2, "2026-02-27", "The Coastal Herald"),
            ],
            "dated",
        ),
    ],
    ids=["agency-outlet", "earliest-published", "lowest-seq", "undated-last"],
)
def test_copies_chooses_the_original(signatures: list[CopySignature], original: str) -> None:
    copies = find_copies(signatures, threshold=0.5)
    assert copies[original] is None
    assert {a: o for a, o in copies.items() if a != original} == {
        s.article_id: original for s in signatures if s.article_id != original
    }


@pytest.mark.parametrize("signatures", [[]])
def test_copies_of_nothing_is_empty(signatures: list[CopySignature]) -> None:
    assert find_copies(signatures, threshold=0.5) == {}


@pytest.mark.parametrize("threshold", [0.5, 0.8])
def test_copies_every_article_maps_to_an_original_never_to_a_copy(threshold: float) -> None:
    signatures = [
        _signature("a", WIRE, 1, "2026-02-25"),
        _signature("b", LIGHT_EDIT, 2, "2026-02-26"),
        _signature("c", WIRE, 3, "2026-02-27"),
        _signature("d", UNRELATED, 4, "2026-02-24"),
    ]
    copies = find_copies(signatures, threshold=threshold)
    assert set(copies) == {"a", "b", "c", "d"}
    assert copies["c"] == "a"
    for original in copies.values():
        assert original is None or copies[original] is None
