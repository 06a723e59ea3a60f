"""Publication dates of undated articles, inferred from the dated articles of their story."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest

from triangulate.crossdoc.pubdate import METHOD, PubdateOptions, _window, infer_publication_dates
from triangulate.models import Analysis, Article, PublishedDate, TimeExpr

#: (words, value, tense, mod) of one time expression; the type is DATE
Found = tuple[str, str | None, str | None, str | None]

Corpus = tuple[dict[str, Article], dict[str, Analysis]]


def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))


def _analysis(article_id: str, text: str, found: list[Found]) -> Analysis:
    timexes = []
    for words, value, tense, mod in found:
        start = text.index(words)
        timexes.append(
            TimeExpr(
                article_id, start, start + len(words), words, "DATE", value, "t.v1", mod=mod,
                tense=tense,
            )
        )  # fmt: skip
    return Analysis(article_id, "p", sentences=_sentences(text), timexes=tuple(timexes))


@pytest.fixture
def build_story(make_article: Callable[..., Article]) -> Callable[..., Corpus]:
    """Build a story from (id, text, published or None, outlet, expressions) tuples."""

    def build(*members: tuple[str, str, str | None, str, list[Found]]) -> Corpus:
        articles = {
            a: make_article(text, a, published=published, outlet=outlet)
            for a, text, published, outlet, _ in members
        }
        analyses = {a: _analysis(a, text, found) for a, text, _, _, found in members}
        return articles, analyses

    return build


COUNCIL_DATED = "The Harwick council met late last month to approve the flood budget."
COUNCIL_UNDATED = "The Harwick council met on Monday to approve the flood budget."


@pytest.mark.parametrize(
    "earliest, latest, meeting, set_aside",
    [("2025-12-29", "2026-01-01", "2025-12-29", "2025-12-22 to 2025-12-28")],
)
def test_pubdate_late_last_month_and_on_monday_across_the_year_end(
    build_story: Callable[..., Corpus], earliest: str, latest: str, meeting: str, set_aside: str
) -> None:
    """The issue's example: "late last month" on 1 January is late December, whose Mondays
    are the 22nd and the 29th; the days nearer the dated article are kept, and nothing puts
    the undated article after it."""
    articles, analyses = build_story(
        ("post", COUNCIL_DATED, "2026-01-01", "Harwick Post", [
            ("late last month", "2025-12", "past", "END")]),
        ("voice", COUNCIL_UNDATED, None, "Valley Voice", [("Monday", None, "past", None)]),
    )  # fmt: skip
    found = infer_publication_dates(["post", "voice"], articles, analyses)
    assert list(found) == ["voice"]
    published = found["voice"].published
    assert (published.value, published.precision) == (None, "range")
    assert (published.earliest, published.latest, published.inferred) == (earliest, latest, True)
    assert [t.value for t in found["voice"].timexes] == [meeting]
    assert (
        "Harwick Post" in published.basis and "“late last month” = 2025-12 (END)" in published.basis
    )
    assert f"{set_aside} fits as well" in published.basis
    assert "latest dated article (2026-01-01)" in published.basis
    assert METHOD in published.basis


LEVY_DATED = (
    "The Harwick council held talks with the mayor on the possibility of a new flood levy. "
    "The talks took place late last month, officials said. "
    "An aide confirmed that the possibility of a new flood levy in 2026 was discussed."
)
LEVY_UNDATED = (
    "The Harwick council discussed with the mayor, during a meeting on Monday, the possibility "
    "of a new flood levy in 2026."
)


def test_pubdate_a_date_may_be_of_the_sentence_before_and_a_year_is_its_own(
    build_story: Callable[..., Corpus],
) -> None:
    """The seed articles' case: the dated article gives the talks' date in the sentence after
    the one that names them, and its "in 2026" is the levy's year, as the undated sentence's
    own "in 2026" is, not the date of its "on Monday"."""
    articles, analyses = build_story(
        ("post", LEVY_DATED, "2026-01-01", "Harwick Post", [
            ("late last month", "2025-12", "past", "END"), ("2026", "2026", None, None)]),
        ("voice", LEVY_UNDATED, None, "Valley Voice", [
            ("Monday", None, "past", None), ("2026", "2026", None, None)]),
    )  # fmt: skip
    published = infer_publication_dates(["post", "voice"], articles, analyses)["voice"]
    assert published.published.earliest == "2025-12-29"
    assert [t.value for t in published.timexes] == ["2025-12-29", "2026"]
    assert "“late last month” = 2025-12 (END)" in published.published.basis


WIRE = (
    "The Dravik dam gave way late on Monday, flooding the valley below Velmar. "
    "Interior Minister Teodor Vanek is due to visit Velmar on Wednesday."
)
TRIBUNE = "The Dravik dam failed late last month, flooding the valley below Velmar."
VOICE = (
    "The Dravik dam gave way on Monday, flooding the valley below Velmar. "
    "Minister Teodor Vanek toured Velmar on Wednesday and met rescue crews."
)


@pytest.mark.parametrize(
    "visit",
    [
        ("Wednesday", "2026-02-25", "future", None),  # the announced visit, read forwards
        ("Wednesday", "2026-02-18", "present", None),  # no clear tense: both directions count
    ],
    ids=["future", "present"],
)
def test_pubdate_undated_report_is_dated_by_the_happenings_it_shares(
    build_story: Callable[..., Corpus], visit: Found
) -> None:
    articles, analyses = build_story(
        ("wire", WIRE, "2026-02-24", "Meridian Press Agency", [
            ("late on Monday", "2026-02-23", "past", "END"), visit]),
        ("tribune", TRIBUNE, "2026-03-02", "The Valdorian Tribune", [
            ("late last month", "2026-02", "past", "END")]),
        ("voice", VOICE, None, "Ostra Valley Voice", [
            ("Monday", None, "past", None), ("Wednesday", None, "past", None)]),
    )  # fmt: skip
    inferred = infer_publication_dates(["wire", "tribune", "voice"], articles, analyses)["voice"]
    assert (inferred.published.earliest, inferred.published.latest) == ("2026-02-25", "2026-03-01")
    assert [t.value for t in inferred.timexes] == ["2026-02-23", "2026-02-25"]
    assert all(t.anchor == "2026-02-25" for t in inferred.timexes)
    for timex, original in zip(inferred.timexes, analyses["voice"].timexes, strict=True):
        assert (timex.start, timex.end, timex.text) == (original.start, original.end, original.text)
    assert "Meridian Press Agency (2026-02-24" in inferred.published.basis
    assert "published 2026-02-23 to 2026-03-01" in inferred.published.basis  # what Monday allows


@pytest.mark.parametrize(
    "voice, expected, capped",
    [
        # only "on Monday": 2026-02-23 to 2026-03-01 fit, cut at the latest dated article
        ("The Dravik dam gave way on Monday, flooding the valley below Velmar.",
         ("2026-02-23", "2026-02-24"), True),
        # an absolute past date after the dated articles points later: not cut
        ("The Dravik dam gave way on Monday, flooding the valley below Velmar. "
         "The inquiry opened on 27 February.", ("2026-02-27", "2026-03-01"), False),
    ],
    ids=["capped", "points-later"],
)  # fmt: skip
def test_pubdate_no_later_than_the_latest_dated_article_unless_the_text_says_so(
    build_story: Callable[..., Corpus], voice: str, expected: tuple[str, str], capped: bool
) -> None:
    found: list[Found] = [("Monday", None, "past", None)]
    if "27 February" in voice:
        found.append(("27 February", "2026-02-27", "past", None))
    articles, analyses = build_story(
        ("wire", WIRE, "2026-02-24", "Meridian Press Agency", [
            ("late on Monday", "2026-02-23", "past", "END")]),
        ("voice", voice, None, "Ostra Valley Voice", found),
    )  # fmt: skip
    published = infer_publication_dates(["wire", "voice"], articles, analyses)["voice"].published
    assert (published.earliest, published.latest) == expected
    assert ("nothing in the article points past" in published.basis) is capped
    if not capped:
        assert "“27 February”" in published.basis and "past tense" in published.basis


@pytest.mark.parametrize(
    "voice, found",
    [
        ("Flood water is still standing in the lower town today.", [("today", None, None, None)]),
        ("Volunteers cleared mud from the school.", []),
    ],
    ids=["unmatched-today", "no-expressions"],
)
def test_pubdate_falls_back_on_the_story_span_and_says_so(
    build_story: Callable[..., Corpus], voice: str, found: list[Found]
) -> None:
    articles, analyses = build_story(
        ("wire", WIRE, "2026-02-24", "Meridian Press Agency", []),
        ("tribune", TRIBUNE, "2026-03-02", "The Valdorian Tribune", []),
        ("voice", voice, None, "Ostra Valley Voice", found),
    )
    inferred = infer_publication_dates(["wire", "tribune", "voice"], articles, analyses)["voice"]
    assert (inferred.published.earliest, inferred.published.latest) == ("2026-02-24", "2026-03-02")
    assert "Nothing in the article pins the day" in inferred.published.basis
    assert [t.value for t in inferred.timexes] == [None] * len(found)  # "today" differs by day


@pytest.mark.parametrize(
    "members",
    [
        [("wire", "2026-02-24"), ("tribune", "2026-03-02")],  # nobody undated
        [("voice", None)],  # nobody dated
        [("wire", "2026-02-24"), ("orphan", None)],  # undated but not analysed
    ],
    ids=["all-dated", "none-dated", "no-analysis"],
)
def test_pubdate_infers_only_what_it_can(
    make_article: Callable[..., Article], members: list[tuple[str, str | None]]
) -> None:
    articles = {a: make_article(VOICE, a, published=p) for a, p in members}
    analyses = {a: _analysis(a, VOICE, []) for a, _ in members if a != "orphan"}
    assert infer_publication_dates([a for a, _ in members], articles, analyses) == {}


@pytest.mark.parametrize("copy_outlet", ["The Coastal Herald"])
def test_pubdate_copies_are_not_evidence_of_their_own(
    make_article: Callable[..., Article], copy_outlet: str
) -> None:
    found: list[Found] = [("late on Monday", "2026-02-23", "past", "END")]
    articles = {
        "wire": make_article(WIRE, "wire", published="2026-02-24", outlet="Meridian Press Agency"),
        "copy": make_article(
            WIRE, "copy", published="2026-02-24", outlet=copy_outlet, copy_of="wire"
        ),
        "voice": make_article(VOICE, "voice", outlet="Ostra Valley Voice"),
    }
    analyses = {
        "wire": _analysis("wire", WIRE, found),
        "copy": _analysis("copy", WIRE, found),
        "voice": _analysis("voice", VOICE, [("Monday", None, "past", None)]),
    }
    basis = infer_publication_dates(list(articles), articles, analyses)["voice"].published.basis
    assert "Meridian Press Agency" in basis
    assert copy_outlet not in basis


@pytest.mark.issue(3)
@pytest.mark.parametrize("stated", ["0001-01-01", "9999-12-31", "1800-01-01"])
def test_pubdate_at_the_ends_of_the_calendar_never_raises(stated: str) -> None:
    text = "The dam failed on Monday."
    dated = Article("a", "s", text, published=PublishedDate(value=stated, precision="day"))
    undated = Article("b", "s", text)
    analyses = {
        "a": Analysis(
            "a",
            "p",
            sentences=((0, 25),),
            timexes=(TimeExpr("a", 16, 22, "Monday", "DATE", stated, "timex.v2", tense="past"),),
        ),
        "b": Analysis(
            "b",
            "p",
            sentences=((0, 25),),
            timexes=(TimeExpr("b", 16, 22, "Monday", "DATE", None, "timex.v2", tense="past"),),
        ),
    }
    inferred = infer_publication_dates(["a", "b"], {"a": dated, "b": undated}, analyses)
    assert inferred["b"].published.inferred is True


@pytest.mark.issue(3)
@pytest.mark.parametrize(("first", "last"), [("2010-01-01", "2025-12-31")])
def test_pubdate_searches_a_long_story_around_its_middle(first: str, last: str) -> None:
    window = _window((date.fromisoformat(first), date.fromisoformat(last)), PubdateOptions())
    assert len(window) == PubdateOptions().max_window_days
    assert window[0] < date(2018, 1, 1) < window[-1]
