"""A story's timeline: reported, happened and scheduled items with evidence and conflicts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from triangulate.crossdoc import alignment
from triangulate.crossdoc.alignment import Passage
from triangulate.crossdoc.timeline import build_timeline
from triangulate.models import Analysis, Article, EventRecord, PublishedDate, TimeExpr

WIRE = (
    "The Ostra dam burst on Tuesday. "
    "Engineers inspected the spillway in January 2024. "
    "The ministry will hold an inquiry on 2 March."
)
FOLLOW_UP = "Rescue teams searched the east bank on Tuesday. Vanek spoke on Wednesday."


def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (0 if part.endswith(".") else 1)
        spans.append((start, end))
        start = end + 1
    return tuple(spans)


def _timexes(article_id: str, text: str, found: list[tuple[str, str, str]]) -> tuple:
    result = []
    for words, kind, value in found:
        start = text.index(words)
        result.append(TimeExpr(article_id, start, start + len(words), words, kind, value, "t.v1"))
    return tuple(result)


@pytest.fixture
def dam_story(
    make_article: Callable[..., Article],
) -> tuple[dict[str, Article], dict[str, Analysis]]:
    """Two articles of the Ostra dam story with their time expressions."""
    articles = {
        "mpa": make_article(WIRE, "mpa", published="2026-02-25", title="Dam bursts"),
        "knn": make_article(FOLLOW_UP, "knn", published="2026-02-26", outlet="Kestrel News"),
    }
    analyses = {
        "mpa": Analysis(
            "mpa",
            "p",
            sentences=_sentences(WIRE),
            timexes=_timexes(
                "mpa",
                WIRE,
                [
                    ("Tuesday", "DATE", "2026-02-24"),
                    ("January 2024", "DATE", "2024-01"),
                    ("2 March", "DATE", "2026-03-02"),
                ],
            ),
        ),
        "knn": Analysis(
            "knn",
            "p",
            sentences=_sentences(FOLLOW_UP),
            timexes=_timexes(
                "knn",
                FOLLOW_UP,
                [
                    ("Tuesday", "DATE", "2026-02-24"),
                    ("Wednesday", "DATE", "2026-02-25"),
                    ("Wednesday", "DURATION", "P1D"),  # not a calendar date
                ],
            ),
        ),
    }
    return articles, analyses


@pytest.mark.parametrize(
    "expected",
    [
        [
            ("2024-01", "month", "happened", ("mpa",)),
            ("2026-02-24", "day", "happened", ("mpa", "knn")),
            ("2026-02-25", "day", "happened", ("knn",)),
            ("2026-02-25", "day", "reported", ("mpa",)),
            ("2026-02-26", "day", "reported", ("knn",)),
            ("2026-03-02", "day", "scheduled", ("mpa",)),
        ]
    ],
)
def test_timeline_keeps_happened_reported_and_scheduled_apart(
    dam_story: tuple[dict[str, Article], dict[str, Analysis]],
    expected: list[tuple[str, str, str, tuple[str, ...]]],
) -> None:
    articles, analyses = dam_story
    items = build_timeline(["mpa", "knn"], articles, analyses)
    assert [(i.date, i.precision, i.kind, i.article_ids) for i in items] == expected


@pytest.mark.parametrize("article_ids", [["mpa", "knn"], ["knn", "mpa"]])
def test_timeline_evidence_offsets_index_the_article_text(
    dam_story: tuple[dict[str, Article], dict[str, Analysis]], article_ids: list[str]
) -> None:
    articles, analyses = dam_story
    items = build_timeline(article_ids, articles, analyses)
    evidence = [e for item in items for e in item.evidence]
    assert len(evidence) == 5
    for item in items:
        if item.kind == "reported":
            assert item.evidence == ()
        for e in item.evidence:
            assert articles[e.article_id].text[e.start : e.end] == e.text
    (burst,) = [i for i in items if i.date == "2026-02-24"]
    assert {e.text for e in burst.evidence} == {
        "The Ostra dam burst on Tuesday.",
        "Rescue teams searched the east bank on Tuesday.",
    }


@pytest.mark.parametrize(
    "published, expected_kinds",
    [
        # inferred dates are not listed as reported, but tell past from future
        (
            PublishedDate("2026-02-25", "day", "2026-02-25", "2026-02-25", True, "file name"),
            {("2026-02-24", "happened"), ("2026-03-02", "scheduled")},
        ),
        (
            PublishedDate(None, "range", "2026-02-24", "2026-03-01", True, "pubdate.v1"),
            {("2026-02-24", "happened"), ("2026-03-02", "scheduled")},
        ),
        (None, {("2026-02-24", "happened"), ("2026-03-02", "happened")}),
        (
            PublishedDate("2026-02", "month", "2026-02-01", "2026-02-28"),
            {("2026-02", "reported"), ("2026-02-24", "happened"), ("2026-03-02", "scheduled")},
        ),
        (
            PublishedDate("2026-03-05", "day", "2026-03-05", "2026-03-05"),
            {("2026-03-05", "reported"), ("2026-02-24", "happened"), ("2026-03-02", "happened")},
        ),
    ],
    ids=["inferred", "inferred-range", "undated", "month", "after-both"],
)
def test_timeline_reported_items_come_from_stated_dates(
    make_article: Callable[..., Article],
    published: PublishedDate | None,
    expected_kinds: set[tuple[str, str]],
) -> None:
    text = "The dam burst on Tuesday. An inquiry opens on 2 March."
    article = make_article(text, "a", published=published)
    timexes = _timexes(
        "a", text, [("Tuesday", "DATE", "2026-02-24"), ("2 March", "DATE", "2026-03-02")]
    )
    analysis = Analysis("a", "p", sentences=_sentences(text), timexes=timexes)
    items = build_timeline(["a"], {"a": article}, {"a": analysis})
    assert {(i.date, i.kind) for i in items} == expected_kinds


@pytest.mark.parametrize("value", ["XXXX-02-24", "PRESENT_REF", "P3D", None])
def test_timeline_ignores_non_calendar_values(
    make_article: Callable[..., Article], value: str | None
) -> None:
    text = "It happened then."
    article = make_article(text, "a")
    timexes = (TimeExpr("a", 11, 15, "then", "DATE", value, "t.v1"),)
    items = build_timeline(["a"], {"a": article}, {"a": Analysis("a", "p", timexes=timexes)})
    assert items == []


@pytest.mark.parametrize("sentences", [()])
def test_timeline_without_sentences_cites_the_time_expression(
    make_article: Callable[..., Article], sentences: tuple[tuple[int, int], ...]
) -> None:
    text = "Flooding began on 24 February, officials said."
    article = make_article(text, "a")
    timexes = _timexes("a", text, [("24 February", "DATE", "2026-02-24")])
    items = build_timeline(
        ["a"], {"a": article}, {"a": Analysis("a", "p", sentences, timexes=timexes)}
    )
    (item,) = items
    assert [(e.start, e.end, e.text) for e in item.evidence] == [(18, 29, "24 February")]


@pytest.mark.parametrize(
    "value, precision", [("2026-W09", "week"), ("2026-02-24T10:00", "time"), ("197", "decade")]
)
def test_timeline_takes_every_calendar_shape(
    make_article: Callable[..., Article], value: str, precision: str
) -> None:
    text = "It happened then."
    article = make_article(text, "a")
    timexes = (TimeExpr("a", 11, 15, "then", "DATE", value, "t.v1"),)
    items = build_timeline(["a"], {"a": article}, {"a": Analysis("a", "p", timexes=timexes)})
    assert [(i.date, i.precision) for i in items] == [(value, precision)]


#: (id, text, published, copy_of, [(words, value, mod, tense)], events)
Member = tuple[str, str, str | None, str | None, list[tuple[str, str, str | None, str]], tuple]


def _story(make_article: Callable[..., Article], *members: Member):
    articles, analyses = {}, {}
    for article_id, text, published, copy_of, found, events in members:
        articles[article_id] = make_article(
            text, article_id, published=published, copy_of=copy_of, outlet=article_id.upper()
        )
        timexes = []
        for words, value, mod, tense in found:
            start = text.index(words)
            timexes.append(
                TimeExpr(article_id, start, start + len(words), words, "DATE", value, "t.v1",
                         mod=mod, tense=tense)
            )  # fmt: skip
        records = tuple(
            EventRecord(article_id, start, end, text[start:end], event, "ev.v1")
            for (start, end), event in zip(_sentences(text), events, strict=False)
            if event
        )
        analyses[article_id] = Analysis(
            article_id, "p", sentences=_sentences(text), timexes=tuple(timexes), events=records
        )
    return [m[0] for m in members], articles, analyses


MONDAY = "The Dravik dam collapsed on Monday, flooding the town of Velmar."
LATE_MONDAY = "The Dravik dam collapsed late on Monday and flooded the town of Velmar."
SUNDAY = "The Dravik dam collapsed on Sunday, flooding the town of Velmar."


@pytest.mark.parametrize(
    "copies, expected_date, conflict_date, conflict_articles",
    [
        ((), "2026-02-23", "2026-02-22", ("b",)),
        # two articles and a copy of one: the copy counts with its original
        (("b2",), "2026-02-23", "2026-02-22", ("b", "b2")),
    ],
    ids=["two-against-one", "copy-counts-once"],
)
def test_timeline_one_happening_with_conflicting_dates_is_one_item(
    make_article: Callable[..., Article],
    copies: tuple[str, ...],
    expected_date: str,
    conflict_date: str,
    conflict_articles: tuple[str, ...],
) -> None:
    members: list[Member] = [
        ("a", MONDAY, "2026-02-24", None, [("Monday", "2026-02-23", None, "past")], ()),
        ("c", LATE_MONDAY, "2026-02-24", None,
         [("late on Monday", "2026-02-23", "END", "past")], ()),
        ("b", SUNDAY, "2026-02-25", None, [("Sunday", "2026-02-22", None, "past")], ()),
    ]  # fmt: skip
    members += [(c, SUNDAY, "2026-02-25", "b", members[2][4], ()) for c in copies]
    if copies:  # without the copy rule, b and its copy would tie with a and c
        members = [m for m in members if m[0] != "c"] + [
            ("d", MONDAY.replace("Monday", "Monday night"), "2026-02-24", None,
             [("Monday night", "2026-02-23", None, "past")], ())
        ]  # fmt: skip
    ids, articles, analyses = _story(make_article, *members)
    happened = [i for i in build_timeline(ids, articles, analyses) if i.kind == "happened"]
    assert len(happened) == 1
    (item,) = happened
    assert item.date == expected_date
    assert [(c.date, c.precision, c.article_ids) for c in item.conflicts] == [
        (conflict_date, "day", conflict_articles)
    ]
    (conflict,) = item.conflicts
    assert {e.text for e in conflict.evidence} == {SUNDAY}
    assert not set(item.article_ids) & set(conflict.article_ids)


@pytest.mark.parametrize(
    "first, second, events",
    [
        # a sentence that dates two things is no evidence that either date is wrong
        ("Rescuers searched Velmar on Tuesday after the Dravik dam collapsed on Monday.",
         "Rescuers searched Velmar on Sunday after the Dravik dam collapsed.", ((), ())),
        # coded as different events: opening talks and agreeing are two happenings
        ("Valdoria and Carvenia opened steel tariff talks in Lissenburg on Tuesday.",
         "Valdoria and Carvenia agreed steel tariff talks in Lissenburg on Thursday.",
         (("REQUEST",), ("AGREE",))),
    ],
    ids=["two-dates-in-a-sentence", "different-events"],
)  # fmt: skip
def test_timeline_records_no_conflict_without_good_reason(
    make_article: Callable[..., Article], first: str, second: str, events: tuple[tuple, tuple]
) -> None:
    weekdays = {"Sunday": "2026-02-22", "Monday": "2026-02-23", "Tuesday": "2026-02-24",
                "Thursday": "2026-02-26"}  # fmt: skip
    members = [
        (name, text, "2026-02-27", None,
         [(day, value, None, "past") for day, value in weekdays.items() if day in text], found)
        for name, text, found in (("a", first, events[0]), ("b", second, events[1]))
    ]  # fmt: skip
    ids, articles, analyses = _story(make_article, *members)
    items = build_timeline(ids, articles, analyses)
    assert all(i.conflicts == () for i in items)
    assert {i.date for i in items if i.kind == "happened"} == {
        v for _, _, _, _, found, _ in members for _, v, _, _ in found
    }


@pytest.mark.parametrize(
    "tribune_value, tribune_mod, expected",
    [("2026-02", "END", "2026-02-23"), ("2026-W09", None, "2026-02-23")],
)
def test_timeline_compatible_dates_merge_with_the_most_precise(
    make_article: Callable[..., Article],
    tribune_value: str,
    tribune_mod: str | None,
    expected: str,
) -> None:
    tribune = "The Dravik dam collapsed late last month, flooding the town of Velmar."
    ids, articles, analyses = _story(
        make_article,
        ("a", MONDAY, "2026-02-24", None, [("Monday", "2026-02-23", None, "past")], ()),
        ("t", tribune, "2026-03-02", None,
         [("late last month", tribune_value, tribune_mod, "past")], ()),
    )  # fmt: skip
    (item,) = [i for i in build_timeline(ids, articles, analyses) if i.kind == "happened"]
    assert (item.date, item.precision, item.article_ids) == (expected, "day", ("a", "t"))
    assert item.text == MONDAY
    assert [e.text for e in item.evidence] == [MONDAY, tribune]


@pytest.mark.parametrize(
    "reports, expected_kind",
    [
        (("wire",), "scheduled"),  # announced only
        (("wire", "voice"), "happened"),  # announced, then reported done: one item
    ],
)
def test_timeline_scheduled_then_done_is_one_happened_item(
    make_article: Callable[..., Article], reports: tuple[str, ...], expected_kind: str
) -> None:
    members: dict[str, Member] = {
        "wire": ("wire", "Minister Teodor Vanek will visit flooded Velmar on Wednesday.",
                 "2026-02-24", None, [("Wednesday", "2026-02-25", None, "future")], ()),
        "voice": ("voice", "Minister Teodor Vanek visited flooded Velmar on Wednesday.",
                  "2026-02-27", None, [("Wednesday", "2026-02-25", None, "past")], ()),
    }  # fmt: skip
    ids, articles, analyses = _story(make_article, *(members[r] for r in reports))
    (item,) = [i for i in build_timeline(ids, articles, analyses) if i.kind != "reported"]
    assert (item.date, item.kind, item.article_ids) == ("2026-02-25", expected_kind, reports)


@pytest.mark.parametrize("size", [400])
def test_timeline_compares_alike_sentences_only(
    make_article: Callable[..., Article], monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    """A story of many unrelated dated sentences costs about one comparison per sentence."""
    calls = {"n": 0}
    original = alignment.similarity

    def counting(first: Passage, second: Passage) -> float:
        calls["n"] += 1
        return original(first, second)

    monkeypatch.setattr(alignment, "similarity", counting)
    letters = "bcdfghjklmnpqrstvwxz"
    members = []
    for n in range(size):
        word = "".join(letters[(n // 20**k) % 20] + "o" for k in range(3))  # unique names
        text = f"Zq{word} opened the Xv{word} bridge on Monday."
        members.append(
            (f"a{n}", text, "2026-02-24", None, [("Monday", "2026-02-23", None, "past")], ())
        )
    ids, articles, analyses = _story(make_article, *members)
    items = build_timeline(ids, articles, analyses)
    assert len([i for i in items if i.kind == "happened"]) == 1  # one day, no conflicts
    assert calls["n"] < 3 * size


@pytest.mark.parametrize(
    "passing",
    ["Opposition leader Mirela Stanek last week called for Teodor Vanek to resign over Velmar."],
)
def test_timeline_a_coarse_date_joins_the_sentence_that_tells_it_best(
    make_article: Callable[..., Article], passing: str
) -> None:
    """ "Last week" contains the collapse's day and names Vanek and Velmar like the sentence
    that mentions the collapse in passing, but the tribune tells the collapse elsewhere."""
    comment = "Teodor Vanek first spoke of the February 23 collapse of the Dravik dam in Velmar."
    tribune = f"The Dravik dam collapsed late last month, flooding Velmar. {passing}"
    ids, articles, analyses = _story(
        make_article,
        ("a", MONDAY, "2026-02-24", None, [("Monday", "2026-02-23", None, "past")], ()),
        ("bw", comment, "2026-03-03", None, [("February 23", "2026-02-23", None, "past")], ()),
        ("t", tribune, "2026-03-02", None, [
            ("late last month", "2026-02", "END", "past"), ("last week", "2026-W09", None, "past")
        ], ()),
    )  # fmt: skip
    happened = {i.date: i for i in build_timeline(ids, articles, analyses) if i.kind == "happened"}
    assert set(happened) == {"2026-02-23", "2026-W09"}
    assert passing not in {e.text for e in happened["2026-02-23"].evidence}
    assert [e.text for e in happened["2026-W09"].evidence] == [passing]
