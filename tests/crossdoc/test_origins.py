"""Independent origins: what each article of a story rests on."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from triangulate.crossdoc.origins import origin_kind, origin_names, trace_origins
from triangulate.models import Article


@pytest.fixture
def newsroom(make_article: Callable[..., Article]) -> dict[str, Article]:
    """Articles of one story: two citing Axios, a wire, its copy, one citing nothing."""
    articles = [
        make_article(
            "Axios reported the talks had stalled.", "herald", outlet="The Coastal Herald"
        ),
        make_article(
            "According to Axios, talks stalled.", "chronicle", outlet="Riverside Chronicle"
        ),
        make_article("PORT SARIN (MPA) - Talks stalled.", "mpa", outlet="Meridian Press Agency"),
        make_article(
            "PORT SARIN (MPA) - Talks stalled.", "voice", outlet="Ostra Valley Voice", copy_of="mpa"
        ),
        make_article("Our reporter saw the delegates leave.", "knn", outlet="Kestrel News Network"),
        make_article("Nobody says who published this.", "anon", source="inbox/anon.txt"),
    ]
    return {a.article_id: a for a in articles}


CITES = {
    "herald": ["Axios"],
    "chronicle": ["Axios", "Axios"],
    "mpa": ["Meridian Press Agency", "Reuters"],
    "voice": [],
}


@pytest.mark.parametrize(
    "article_id, expected",
    [
        ("herald", ["Axios"]),
        ("chronicle", ["Axios"]),  # each name once
        ("mpa", ["Meridian Press Agency", "Reuters"]),
        ("voice", ["Meridian Press Agency", "Reuters"]),  # a copy rests on its original
        ("knn", ["Kestrel News Network"]),  # citing nothing: its own outlet
        ("anon", ["anon.txt"]),  # no outlet: the file it came from
        ("unknown", ["unknown"]),
    ],
)
def test_origins_origin_names(
    newsroom: dict[str, Article], article_id: str, expected: list[str]
) -> None:
    assert origin_names(article_id, newsroom, CITES) == expected


@pytest.mark.parametrize(
    "article_ids, expected",
    [
        (
            ["herald", "chronicle", "mpa", "voice", "knn"],
            [
                ("Axios", "outlet", ("herald", "chronicle")),
                ("Meridian Press Agency", "agency", ("mpa", "voice")),
                ("Reuters", "agency", ("mpa", "voice")),
                ("Kestrel News Network", "outlet", ("knn",)),
            ],
        ),
        # the copy without its original in the story still adds no origin of its own
        (
            ["voice", "herald"],
            [
                ("Axios", "outlet", ("herald",)),
                ("Meridian Press Agency", "agency", ("voice",)),
                ("Reuters", "agency", ("voice",)),
            ],
        ),
        ([], []),
    ],
    ids=["story", "copy-alone", "empty"],
)
def test_origins_trace_origins(
    newsroom: dict[str, Article],
    article_ids: list[str],
    expected: list[tuple[str, str, tuple[str, ...]]],
) -> None:
    origins = trace_origins(article_ids, newsroom, CITES)
    assert [(o.name, o.kind, o.article_ids) for o in origins] == expected


@pytest.mark.parametrize("copies", [1, 4])
def test_origins_syndication_never_adds_an_origin(
    newsroom: dict[str, Article], make_article: Callable[..., Article], copies: int
) -> None:
    articles = dict(newsroom)
    for number in range(copies):
        copy = make_article(
            "Talks stalled.", f"copy-{number}", outlet=f"Outlet {number}", copy_of="mpa"
        )
        articles[copy.article_id] = copy
    ids = ["mpa", *(f"copy-{n}" for n in range(copies))]
    names = {o.name for o in trace_origins(ids, articles, CITES)}
    assert names == {"Meridian Press Agency", "Reuters"}


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Reuters", "agency"),
        ("reuters", "agency"),
        ("Associated Press", "agency"),
        ("Axios", "outlet"),
        ("Meridian Press Agency", "agency"),  # says so in its name
        ("Daily Ledger", "outlet"),
        ("Kestrel News Network", "outlet"),
    ],
)
def test_origins_origin_kind(name: str, kind: str) -> None:
    assert origin_kind(name) == kind
