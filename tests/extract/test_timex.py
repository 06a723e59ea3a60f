"""Time expressions in a parse: TimeML extents, TIMEX3 values and the clause's tense."""

from __future__ import annotations

import pytest

from triangulate.extract.timex import extract_timexes

Found = list[tuple[str, str, str | None]]


@pytest.mark.slow
@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dam failed late last month, officials said.",
            [("late last month", "DATE", "2025-12")],
        ),
        # TimeML extents: no leading "earlier", no trailing possessive
        ("Shares fell earlier this week, traders said.", [("this week", "DATE", "2026-W01")]),
        ("Last year's profits fell.", [("Last year", "DATE", "2025")]),
        # one parser entity holding two expressions
        (
            "Profit for the quarter ended Sept. 30 rose 5%.",
            [("the quarter", "DATE", "2025-Q4"), ("Sept. 30", "DATE", "2025-09-30")],
        ),
        (
            "Revenue for the fiscal year ended Sept. 30 rose.",
            [("the fiscal year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "2025-09-30")],
        ),
        (
            "Sales in the first nine months of 1997 rose.",
            [("the first nine months", "DURATION", "P9M"), ("1997", "DATE", "1997")],
        ),
        # ages, adjectives of frequency: not time expressions
        ("Marta Jones, 49, said the plan had failed.", []),
        ("The 6-year-old boy was found at sea.", []),
        ("The company cut its quarterly dividend.", []),
        ("He told the show 60 Minutes that he would stay.", []),
        ("The editor of the Daily Ledger said so.", []),
        ("He moved to the coast when he was in his 30s.", []),
        ("Hundreds were arrested at this march in the capital.", []),
        # what the parser misses
        ("Iraq now controls 20 percent of the oil.", [("now", "DATE", "PRESENT_REF")]),
        ("Protests take place every Thursday.", [("every Thursday", "SET", "XXXX-WXX-4")]),
        ("Visas may be issued today.", [("today", "DATE", "2026-01-01")]),
        ("He urged her to run in this year's election.", [("this year", "DATE", "2026")]),
        ("``Today, we have a suspect,'' he said.", [("Today", "DATE", "2026-01-01")]),
        ("The editor of VOA Today said so.", []),
        (
            "A minute and a half later, the pilot called.",
            [("A minute and a half", "DURATION", "PT1M30S")],
        ),
        # a part of day joined to its day
        (
            "Shares fell in mid-afternoon yesterday.",
            [("mid-afternoon yesterday", "TIME", "2025-12-31TAF")],
        ),
        # tense decides the direction of a weekday; plans count as future
        ("The ministers met on Monday.", [("Monday", "DATE", "2025-12-29")]),
        ("The ministers will meet on Monday.", [("Monday", "DATE", "2026-01-05")]),
        ("The deal is scheduled to close Monday.", [("Monday", "DATE", "2026-01-05")]),
        # a clock time joined to its day
        ("He arrived at 10 p.m. Wednesday.", [("10 p.m. Wednesday", "TIME", "2025-12-31T22:00")]),
        # a weekday joined to its calendar date
        (
            "Of that, $14 million seeped out Friday Oct. 13 alone.",
            [("Friday Oct. 13", "DATE", "2025-10-13")],
        ),
    ],
)
def test_timex_extract_spans_and_values(parse, make_article, text: str, expected: Found) -> None:
    article = make_article(text, published="2026-01-01")
    found = extract_timexes(parse(text), article)
    assert [(t.text, t.type, t.value) for t in found] == expected
    for timex in found:
        assert text[timex.start : timex.end] == timex.text
        assert timex.anchor == "2026-01-01"


@pytest.mark.slow
@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("The ministers met on Monday.", "past"),
        ("The ministers will meet on Monday.", "future"),
        ("The talks are going to resume on Monday.", "future"),
        ("Talks were postponed until Monday.", "future"),
        ("Officials kept the boats in harbour until Monday.", "past"),
        ("The ministers meet on Mondays.", "present"),
        ("Trading is to resume in Paris on Tuesday.", "future"),
        ("The father could arrive as early as Tuesday.", "future"),
        ("The father could have arrived on Tuesday.", "past"),
        ("The offer had been due to expire Friday evening.", "past"),
    ],
)
def test_timex_records_the_tense_of_its_clause(parse, make_article, text: str, tense: str) -> None:
    found = extract_timexes(parse(text), make_article(text, published="2026-01-01"))
    assert [t.tense for t in found] == [tense]


@pytest.mark.slow
@pytest.mark.issue(3)
@pytest.mark.parametrize("text", ["The dam failed on Monday, officials said."])
def test_timex_without_a_publication_date_keeps_deictic_values_unknown(
    parse, make_article, text: str
) -> None:
    found = extract_timexes(parse(text), make_article(text))
    assert [(t.value, t.anchor, t.tense) for t in found] == [(None, None, "past")]
