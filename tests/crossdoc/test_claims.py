"""Claim groups across a story's articles: alignment, provenance and verdicts."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import pytest

from triangulate.crossdoc.claims import group_claims
from triangulate.crossdoc.entities import resolve_entities
from triangulate.crossdoc.stances import entity_actors
from triangulate.models import (
    Analysis,
    Article,
    ClaimGroup,
    Mention,
    Proposition,
    Quote,
    TimeExpr,
)

pytestmark = pytest.mark.issue(5)

LEVEE = "The Harwick council approved a new flood levee along the eastern riverbank."
PUMPS = "Engineers installed four emergency pumps beside the broken eastern sluice gate."
MAYOR = "Mayor Dana Korvel promised compensation for every flooded farm within six weeks."


def _analysis(
    article_id: str,
    text: str,
    quotes: Sequence[Quote] = (),
    timexes: Sequence[TimeExpr] = (),
    propositions: Sequence[Proposition] = (),
) -> Analysis:
    sentences = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    return Analysis(
        article_id,
        "p",
        sentences=sentences,
        quotes=tuple(quotes),
        timexes=tuple(timexes),
        propositions=tuple(propositions),
    )


def _stating(
    article_id: str, text: str, verb: str, who: str | None, what: str, **fields: str
) -> Proposition:
    """The proposition of ``text`` (one clause, from its start): ``who`` ``verb`` ``what``."""
    at = text.index(verb)
    who_at = text.index(who) if who else None
    what_at = text.index(what)
    return Proposition(
        article_id, 0, len(text), text, fields.pop("predicate", verb), at, at + len(verb),
        fields.pop("polarity", "positive"), fields.pop("modality", "asserted"), "p.v1",
        who=who, who_start=who_at, who_end=who_at + len(who) if who_at is not None else None,
        what=what, what_start=what_at, what_end=what_at + len(what),
    )  # fmt: skip


def _relayed(article_id: str, text: str, sentence: str, via: str) -> Quote:
    """A quote over ``sentence`` relayed by the outlet ``via``."""
    start = text.index(sentence)
    return Quote(
        article_id, start, start + len(sentence), sentence, "indirect", "said", start, start + 4,
        "t.v1", speaker_text="an official", via=(via,), source_kind="anonymous",
    )  # fmt: skip


def _claims(
    make_article: Callable[..., Article],
    members: Sequence[tuple[str, str, list[str], list[Quote]]],
    copies: dict[str, str] | None = None,
) -> list[ClaimGroup]:
    """Claims of a story of (id, text, origins the article rests on, quotes) members."""
    copies = copies or {}
    articles = {a: make_article(t, a, copy_of=copies.get(a)) for a, t, _, _ in members}
    analyses = {a: _analysis(a, t, quotes) for a, t, _, quotes in members}
    rests = {a: origins for a, _, origins, _ in members}

    def origins_of(article_id: str) -> list[str]:
        return rests[copies.get(article_id, article_id)]

    return group_claims([a for a, *_ in members], articles, analyses, origins_of)


def _status(claims: list[ClaimGroup], words: str) -> tuple[str, int, tuple[str, ...]]:
    (claim,) = [c for c in claims if words in c.text]
    return claim.status, claim.independent_origins, claim.article_ids


def test_a_claim_two_outlets_report_on_their_own_is_corroborated(make_article) -> None:
    claims = _claims(
        make_article,
        [
            ("post", f"{LEVEE} {PUMPS}", ["Harwick Post"], []),
            ("voice", f"{LEVEE} {MAYOR}", ["Valley Voice"], []),
        ],
    )
    assert _status(claims, "levee") == ("corroborated", 2, ("post", "voice"))
    assert _status(claims, "pumps") == ("single_source", 1, ("post",))
    assert _status(claims, "compensation") == ("single_source", 1, ("voice",))


def test_two_outlets_that_rest_on_one_report_only_echo_it(make_article) -> None:
    claims = _claims(
        make_article,
        [
            ("post", f"{LEVEE} {PUMPS}", ["Daily Ledger"], []),
            ("voice", f"{LEVEE}", ["Daily Ledger"], []),
        ],
    )
    assert _status(claims, "levee") == ("echoed", 1, ("post", "voice"))


def test_a_relay_in_the_sentence_is_its_origin(make_article) -> None:
    # both articles cite other outlets too, but this sentence rests on the Daily Ledger
    post, voice = f"{LEVEE} {PUMPS}", f"{MAYOR} {LEVEE}"
    claims = _claims(
        make_article,
        [
            ("post", post, ["Harwick Post"], [_relayed("post", post, LEVEE, "Daily Ledger")]),
            ("voice", voice, ["Valley Voice"], [_relayed("voice", voice, LEVEE, "Daily Ledger")]),
        ],
    )
    assert _status(claims, "levee") == ("echoed", 1, ("post", "voice"))
    (levee,) = [c for c in claims if "levee" in c.text]
    assert [e.via for e in levee.evidence] == [("Daily Ledger", "an official")] * 2


def test_a_syndicated_copy_adds_no_origin(make_article) -> None:
    claims = _claims(
        make_article,
        [
            ("wire", f"{LEVEE} {PUMPS}", ["Meridian Press Agency"], []),
            ("copy", f"{LEVEE} {PUMPS}", ["The Coastal Herald"], []),
        ],
        copies={"copy": "wire"},
    )
    assert _status(claims, "levee") == ("echoed", 1, ("wire", "copy"))


def test_sentences_that_tell_different_things_stay_apart(make_article) -> None:
    claims = _claims(
        make_article,
        [("post", LEVEE, ["Harwick Post"], []), ("voice", PUMPS, ["Valley Voice"], [])],
    )
    assert sorted(c.status for c in claims) == ["single_source", "single_source"]


def test_counts_that_disagree_make_one_conflicting_claim(make_article) -> None:
    wire = "Rescue teams searched the valley, and the agency said at least 42 people were killed."
    knn = "The ministry put the toll from the collapse at 38 dead on Tuesday evening."
    voice = "Rescue teams searched the valley, where the flood killed at least 42 people."
    claims = _claims(
        make_article,
        [
            ("wire", wire, ["Meridian Press Agency"], []),
            ("knn", knn, ["Kestrel News Network"], []),
            ("voice", voice, ["Valley Voice"], []),
        ],
    )
    (conflicting,) = [c for c in claims if c.status == "conflicting"]
    assert set(conflicting.article_ids) == {"wire", "knn", "voice"}
    (conflict,) = conflicting.conflicts
    assert (conflict.type, conflict.detail) == ("number", "killed: at least 42 vs 38")
    assert [e.article_id for e in conflict.evidence] == ["wire", "knn"]


def test_counts_that_agree_or_come_from_one_article_are_no_conflict(make_article) -> None:
    post = "At least 42 people were killed in the flood. Later the toll rose to 45 dead."
    voice = "The flood killed 45 people in the valley below the dam."
    claims = _claims(
        make_article,
        [("post", post, ["Harwick Post"], []), ("voice", voice, ["Valley Voice"], [])],
    )
    assert all(c.status != "conflicting" for c in claims)


def _said(article_id: str, text: str, frame: str) -> Quote:
    """An attribution whose cue and source are ``frame`` ("A ministry official said")."""
    start = text.index(frame)
    end = start + len(frame)
    return Quote(
        article_id, end, len(text), text[end:], "indirect", "said", end - 4, end, "t.v1",
        speaker_text=frame[:-5], source_start=start, source_end=end - 5,
    )  # fmt: skip


def test_who_said_it_makes_no_two_sentences_alike(make_article) -> None:
    first = "A senior ministry official said the harbour crane collapsed during loading."
    second = "A senior ministry official said the spring barley harvest was delayed."
    frame = "A senior ministry official said"
    claims = _claims(
        make_article,
        [
            ("post", first, ["Harwick Post"], [_said("post", first, frame)]),
            ("voice", second, ["Valley Voice"], [_said("voice", second, frame)]),
        ],
    )
    assert len(claims) == 2


def test_one_claim_told_in_two_sentences_joins_both(make_article) -> None:
    one = (
        "Trump could favour renewed strikes if Iran takes verifiable steps, though both sides "
        "dispute what counts as rebuilding its nuclear programme."
    )
    two = (
        "Trump might support renewed strikes if verifiable evidence appears. "
        "Both sides dispute what counts as rebuilding its nuclear programme."
    )
    claims = _claims(
        make_article, [("post", one, ["Harwick Post"], []), ("voice", two, ["Valley Voice"], [])]
    )
    (joined,) = [c for c in claims if len(c.evidence) > 1]
    assert len(joined.evidence) == 3
    assert joined.article_ids == ("post", "voice")


def test_a_chain_of_links_does_not_string_unrelated_sentences_together(make_article) -> None:
    # b is linked to a and to c, but a and c have nothing in common: they are two claims
    a = "Engineers opened the eastern sluice gate near the pumping station."
    b = "Engineers opened the eastern sluice gate as the harbour council approved a crane budget."
    c = "The harbour council approved a budget for spring road repairs."
    claims = _claims(
        make_article,
        [
            ("post", a, ["Harwick Post"], []),
            ("voice", b, ["Valley Voice"], []),
            ("herald", c, ["Harwick Herald"], []),
        ],
    )
    assert sorted(claim.article_ids for claim in claims) == [("herald",), ("post", "voice")]


def _dated(article_id: str, text: str, phrase: str, value: str, **fields: str) -> TimeExpr:
    start = text.index(phrase)
    return TimeExpr(article_id, start, start + len(phrase), phrase, "DATE", value, "t.v1", **fields)


SLUICE = "Engineers opened the eastern sluice gate of the Harwick reservoir {when}."
MONDAY = ("on Monday", "2026-02-23", None, "past")
MONDAY_TEXT, TUESDAY = "opened: on Monday (2026-02-23)", "on Tuesday (2026-02-24)"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (MONDAY, ("on Tuesday", "2026-02-24", None, "past"), f"{MONDAY_TEXT} vs {TUESDAY}"),
        # a Monday late in the month is late last month
        (MONDAY, ("late last month", "2026-02", "END", "past"), None),
        # what happened and what will happen are no two dates of one thing
        (MONDAY, ("next week", "2026-W11", None, "future"), None),
    ],
)
def test_articles_that_date_a_claim_on_different_days_conflict(
    make_article, first: tuple, second: tuple, expected: str | None
) -> None:
    articles, analyses = {}, {}
    for article_id, (phrase, value, mod, tense) in (("post", first), ("voice", second)):
        text = SLUICE.format(when=phrase)
        articles[article_id] = make_article(text, article_id)
        timex = _dated(article_id, text, phrase, value, mod=mod, tense=tense)
        opened = _stating(article_id, text, "opened", "Engineers", "the eastern sluice gate")
        analyses[article_id] = _analysis(article_id, text, timexes=[timex], propositions=[opened])
    (claim,) = group_claims(["post", "voice"], articles, analyses, lambda a: [a])
    dates = [c.detail for c in claim.conflicts if c.type == "date"]
    assert dates == ([expected] if expected else [])
    assert claim.status == ("conflicting" if expected else "corroborated")


def test_the_day_a_statement_was_made_is_not_the_date_of_what_it_tells(make_article) -> None:
    articles, analyses = {}, {}
    for article_id, day, value in (
        ("post", "Monday", "2026-02-23"),
        ("voice", "Tuesday", "2026-02-24"),
    ):
        text = f"The mayor said on {day} that engineers opened the eastern sluice gate."
        articles[article_id] = make_article(text, article_id)
        content = text.index("engineers")
        quote = Quote(
            article_id,
            content,
            len(text),
            text[content:],
            "indirect",
            "said",
            10,
            14,
            "t.v1",
            speaker_text="The mayor",
            source_start=0,
            source_end=9,
        )
        timex = _dated(article_id, text, f"on {day}", value, tense="past")
        opened = _stating(article_id, text, "opened", "engineers", "the eastern sluice gate")
        clause = replace(opened, start=content, text=text[content:])  # the content clause
        analyses[article_id] = _analysis(article_id, text, [quote], [timex], [clause])
    (claim,) = group_claims(["post", "voice"], articles, analyses, lambda a: [a])
    assert claim.conflicts == ()


@pytest.mark.parametrize("stamp", ["Updated: February 25, 2026", "2/25/2026 11:11 PM"])
def test_a_time_stamp_is_not_the_date_of_what_is_told(make_article, stamp: str) -> None:
    value = "2026-02-25" if stamp.startswith("Updated") else "2026-02-25T23:11"
    texts = {
        "post": f"{stamp} Engineers opened the eastern sluice gate of the reservoir.",
        "voice": "Engineers opened the eastern sluice gate of the reservoir on February 23.",
    }
    dates = {"post": (stamp.split(": ")[-1], value), "voice": ("on February 23", "2026-02-23")}
    articles, analyses = {}, {}
    for article_id, text in texts.items():
        articles[article_id] = make_article(text, article_id)
        phrase, day = dates[article_id]
        timex = _dated(article_id, text, phrase, day, tense="past")
        opened = _stating(article_id, text, "opened", "Engineers", "the eastern sluice gate")
        analyses[article_id] = _analysis(article_id, text, timexes=[timex], propositions=[opened])
    (claim,) = group_claims(["post", "voice"], articles, analyses, lambda a: [a])
    assert claim.conflicts == ()


TALKS = "{who} {verb} new strikes on the coastal depots."


@pytest.mark.parametrize(
    ("first", "second", "days", "expected"),
    [
        # the issue's example: discussed against agreed, reported on one day
        (("Ministers", "discussed"), ("Ministers", "agreed"), ("2026-01-02",) * 2,
         [("modality", "strike: discussed vs agreed")]),
        # a later report that states more firmly what an earlier one expected: news, no conflict
        (("Ministers", "discussed"), ("Ministers", "agreed"), ("2026-01-02", "2026-01-05"), []),
        # ... but a later report that takes it back is a conflict
        (("Ministers", "agreed"), ("Ministers", "discussed"), ("2026-01-02", "2026-01-05"),
         [("modality", "strike: agreed vs discussed")]),
        # who did it
        (("Carvenia", "launched"), ("Valdoria", "launched"), ("2026-01-02",) * 2,
         [("actor", "strike: Carvenia vs Valdoria")]),
        # a name and its short form are one actor
        (("Carvenian Navy", "launched"), ("Navy", "launched"), ("2026-01-02",) * 2, []),
    ],
)  # fmt: skip
def test_propositions_of_one_claim_conflict_in_modality_and_actor(
    make_article, first: tuple, second: tuple, days: tuple, expected: list
) -> None:
    modality = {"discussed": "discussed", "agreed": "agreed", "launched": "asserted"}
    articles, analyses, mentions = {}, {}, []
    for article_id, (who, verb), day in zip(("post", "voice"), (first, second), days, strict=True):
        text = TALKS.format(who=who, verb=verb)
        articles[article_id] = make_article(text, article_id, published=day)
        stated = _stating(
            article_id, text, verb, who, "new strikes", predicate="strike",
            modality=modality[verb],
        )  # fmt: skip
        named = Mention(article_id, 0, len(who), who, "ORG", "m.v1")
        analysis = _analysis(article_id, text, propositions=[stated])
        analyses[article_id] = replace(analysis, mentions=(named,))
        mentions.append(named)
    actors = entity_actors(resolve_entities(mentions))
    (claim,) = group_claims(["post", "voice"], articles, analyses, lambda a: [a], actor_of=actors)
    assert [(c.type, c.detail) for c in claim.conflicts] == expected
