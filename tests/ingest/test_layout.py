"""split_layout: header lines, datelines, trailing boilerplate and hard-wrapped paragraphs."""

from __future__ import annotations

import pytest

from triangulate.ingest.layout import split_layout

STRIKE = """\
Harbour cranes fall silent as dockworkers strike
24 February 2026 21:01 PM
WORLD
Source: Harbourline News
By Mira Castellane

PORT SARIN (MPA) - Dockworkers at the port of Sarin walked off the job on Tuesday, halting
the loading of grain ships for the second time this month.

The union said the strike would continue until wages were reviewed.

Comments Here:
Share this
Read more
"""


def test_layout_splits_a_full_plain_text_report() -> None:
    layout = split_layout(STRIKE)
    assert layout.title == "Harbour cranes fall silent as dockworkers strike"
    assert layout.published is not None
    assert (layout.published.value, layout.published.time) == ("2026-02-24", "21:01")
    assert layout.section == "WORLD"
    assert layout.outlet == "Harbourline News"
    assert layout.author == "Mira Castellane"
    assert layout.dateline == "PORT SARIN (MPA)"
    assert layout.agency == "MPA"
    assert layout.body == (
        "Dockworkers at the port of Sarin walked off the job on Tuesday, halting the loading "
        "of grain ships for the second time this month.\n"
        "The union said the strike would continue until wages were reviewed."
    )
    assert layout.boilerplate == ("Comments Here:", "Share this", "Read more")


@pytest.mark.parametrize(
    "date_line, day",
    [
        ("01 January 2026 21:01 PM", "2026-01-01"),
        ("Jan. 1, 2026", "2026-01-01"),
        ("Feb. 24, 2026", "2026-02-24"),
        ("2026-02-24", "2026-02-24"),
        ("Tuesday, February 24, 2026 - 09:15", "2026-02-24"),
        ("Mar. 2, 2026", "2026-03-02"),
        ("2026-03-03T08:00:00Z", "2026-03-03"),
    ],
)
def test_layout_reads_date_line_under_title(date_line: str, day: str) -> None:
    text = f"Council approves river tram\n{date_line}\n\nThe council voted on Monday to build it."
    layout = split_layout(text)
    assert layout.title == "Council approves river tram"
    assert layout.published is not None
    assert layout.published.value == day
    assert layout.body == "The council voted on Monday to build it."


@pytest.mark.parametrize(
    "label, section",
    [("WORLD", "WORLD"), ("NEWS DESK", "NEWS DESK"), ("Middle East", "Middle East")],
)
def test_layout_reads_desk_label(label: str, section: str) -> None:
    text = f"Council approves river tram\n{label}\n\nThe council voted on Monday to build it."
    layout = split_layout(text)
    assert layout.section == section
    assert layout.title == "Council approves river tram"
    assert layout.body == "The council voted on Monday to build it."


@pytest.mark.parametrize(
    "header, field, value",
    [
        ("Source: Valley Ledger", "outlet", "Valley Ledger"),
        ("Outlet: Valley Ledger", "outlet", "Valley Ledger"),
        ("Publisher: Valley Ledger", "outlet", "Valley Ledger"),
        ("By Tobias Wren", "author", "Tobias Wren"),
        ("BY TOBIAS WREN", "author", "TOBIAS WREN"),
        ("By: Tobias Wren", "author", "Tobias Wren"),
        ("Author: Tobias Wren", "author", "Tobias Wren"),
        ("URL: https://ledger.example/tram", "url", "https://ledger.example/tram"),
        ("Section: Local", "section", "Local"),
    ],
)
def test_layout_reads_header_fields(header: str, field: str, value: str) -> None:
    text = f"Council approves river tram\n{header}\n\nThe council voted on Monday to build it."
    layout = split_layout(text)
    assert getattr(layout, field) == value
    assert layout.title == "Council approves river tram"
    assert layout.body == "The council voted on Monday to build it."


@pytest.mark.parametrize(
    "first_line, dateline, agency, body",
    [
        (
            "Washington, USA – The council voted on Monday to approve the tram line.",
            "Washington, USA",
            None,
            "The council voted on Monday to approve the tram line.",
        ),
        (
            "TEHRAN (Reuters) - Officials announced a new round of talks on Wednesday.",
            "TEHRAN (Reuters)",
            "Reuters",
            "Officials announced a new round of talks on Wednesday.",
        ),
        (
            "PORT SARIN (MPA) - Dockworkers walked off the job on Tuesday.",
            "PORT SARIN (MPA)",
            "MPA",
            "Dockworkers walked off the job on Tuesday.",
        ),
        (
            "ALDER POINT — The ferry resumed service on Tuesday morning after the storm.",
            "ALDER POINT",
            None,
            "The ferry resumed service on Tuesday morning after the storm.",
        ),
    ],
)
def test_layout_splits_dateline_and_agency(
    first_line: str, dateline: str, agency: str | None, body: str
) -> None:
    layout = split_layout(first_line, has_title=False)
    assert (layout.dateline, layout.agency, layout.body) == (dateline, agency, body)


@pytest.mark.parametrize(
    "body",
    ["The council, which met on Monday - and again on Tuesday - approved the tram line."],
)
def test_layout_leaves_body_without_dateline_alone(body: str) -> None:
    layout = split_layout(body, has_title=False)
    assert (layout.dateline, layout.agency, layout.body) == (None, None, body)


@pytest.mark.parametrize(
    "tail",
    [
        ("Comments Here:",),
        ("Share this",),
        ("Read more",),
        ("Share this article:", "Read more: Tram works begin"),
        ("(Reporting by Dara Velin; Editing by Tomas Reke)",),
        ("Reporting by Dara Velin", "Editing by Tomas Reke"),
        ("Tags: transport, council", "© 2026 Valley Ledger"),
    ],
)
def test_layout_moves_trailing_boilerplate_out_of_body(tail: tuple[str, ...]) -> None:
    body = "The council voted on Monday to approve the tram line, officials said."
    text = "Council approves river tram\n\n" + body + "\n\n" + "\n".join(tail) + "\n\n"
    layout = split_layout(text)
    assert layout.body == body
    assert layout.boilerplate == tail
    for line in tail:
        assert line not in layout.body


@pytest.mark.parametrize(
    "wrapped, paragraphs",
    [
        (
            "The ferry between Alder Point and Kessa resumed on Tuesday after a\n"
            "three-day suspension caused by high winds, the operator said.\n"
            "\n"
            "Passengers queued from dawn at the terminal, where staff handed\n"
            "out hot drinks.",
            [
                "The ferry between Alder Point and Kessa resumed on Tuesday after a three-day "
                "suspension caused by high winds, the operator said.",
                "Passengers queued from dawn at the terminal, where staff handed out hot drinks.",
            ],
        ),
        (
            "Officials said the bridge would reopen on Friday.\n"
            "Traffic will be limited to one lane for a week.",
            [
                "Officials said the bridge would reopen on Friday.",
                "Traffic will be limited to one lane for a week.",
            ],
        ),
        (
            "“We are running a full timetable again,” said Oren Vale, a spokesperson for\n"
            "the operator.",
            [
                "“We are running a full timetable again,” said Oren Vale, "
                "a spokesperson for the operator."
            ],
        ),
    ],
)
def test_layout_unwraps_hard_wrapped_paragraphs(wrapped: str, paragraphs: list[str]) -> None:
    layout = split_layout(wrapped, has_title=False)
    assert layout.body.split("\n") == paragraphs


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "Tram approved\n\nTram approved\n\nThe council voted on Monday to build it.",
            "Tram approved",
        )
    ],
)
def test_layout_drops_first_line_equal_to_known_title(text: str, title: str) -> None:
    layout = split_layout(text, title=title, has_title=False)
    assert layout.title == title
    assert layout.body == "The council voted on Monday to build it."


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_layout_accepts_windows_and_old_mac_newlines(newline: str) -> None:
    text = newline.join(["Council approves river tram", "Feb. 24, 2026", "", "The council voted."])
    layout = split_layout(text)
    assert layout.title == "Council approves river tram"
    assert layout.published is not None
    assert layout.published.value == "2026-02-24"
    assert layout.body == "The council voted."
