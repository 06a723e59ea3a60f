"""Propositions: who / predicate / what / where, polarity, modality and attribution per clause."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from triangulate.extract.attribution import extract_attributions
from triangulate.extract.citations import extract_citations
from triangulate.extract.propositions import EXTRACTOR, extract_propositions
from triangulate.models import Proposition

pytestmark = pytest.mark.issue(5)
_FIELDS = ("who", "predicate", "what", "polarity", "modality")


def _propositions(parse, make_article, text: str) -> list[Proposition]:
    doc = parse(text)
    article = make_article(text)
    quotes = extract_attributions(doc, article, extract_citations(doc, article))
    return extract_propositions(doc, article, quotes)


def _only(parse, make_article, text: str) -> Proposition:
    found = _propositions(parse, make_article, text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active and passive
        (
            "The army shelled the harbour in Tripoli.",
            ("The army", "shell", "the harbour", "positive", "asserted"),
        ),
        (
            "The plan was discussed by the ministers.",
            ("the ministers", "discuss", "The plan", "positive", "discussed"),
        ),
        (
            "The budget was approved on Monday.",
            (None, "approve", "The budget", "positive", "agreed"),
        ),
        # negation
        (
            "The army did not withdraw from the town.",
            ("The army", "withdraw", None, "negative", "asserted"),
        ),
        ("No agreement was reached.", (None, "agree", None, "negative", "agreed")),
        (
            "Nobody was injured in the blast.",
            (None, "injure", "Nobody", "negative", "asserted"),
        ),
        (
            "The council never approved the budget.",
            ("The council", "approve", "the budget", "negative", "agreed"),
        ),
        (
            "The rebels refused to lay down their weapons.",
            ("The rebels", "lay down", "their weapons", "negative", "asserted"),
        ),
        (
            "The president ruled out new sanctions.",
            ("The president", "sanction", None, "negative", "asserted"),
        ),
        # possible
        (
            "The council might reject the plan.",
            ("The council", "reject", "the plan", "positive", "possible"),
        ),
        (
            "The council is likely to approve the budget.",
            ("The council", "approve", "the budget", "positive", "possible"),
        ),
        # future
        (
            "The minister will visit Ankara next week.",
            ("The minister", "visit", "Ankara", "positive", "future"),
        ),
        (
            "The minister is expected to visit Ankara.",
            ("The minister", "visit", "Ankara", "positive", "future"),
        ),
        (
            "The minister is to visit Ankara.",
            ("The minister", "visit", "Ankara", "positive", "future"),
        ),
        # discussed
        (
            "The ministers discussed new sanctions on the regime.",
            ("The ministers", "sanction", "the regime", "positive", "discussed"),
        ),
        (
            "The prime minister held discussions with the president on the possibility of "
            "launching a strike.",
            ("The prime minister", "strike", None, "positive", "discussed"),
        ),
        # agreed
        (
            "The two leaders agreed to resume the talks.",
            ("The two leaders", "talk", None, "positive", "agreed"),
        ),
        (
            "The governor ordered an evacuation of the valley.",
            ("The governor", "evacuate", "the valley", "positive", "agreed"),
        ),
        # demanded
        (
            "Officials urged the council to approve the budget.",
            ("the council", "approve", "the budget", "positive", "demanded"),
        ),
        (
            "The union called on the mayor to resign.",
            ("the mayor", "resign", None, "positive", "demanded"),
        ),
        # light verbs
        (
            "The rebels launched an attack on the garrison.",
            ("The rebels", "attack", "the garrison", "positive", "asserted"),
        ),
        (
            "The mayor failed to reach a deal with the union.",
            ("The mayor", "agree", "the union", "negative", "agreed"),
        ),
    ],
)
def test_propositions_fields_of_one_clause(parse, make_article, text, expected) -> None:
    found = _only(parse, make_article, text)
    assert tuple(getattr(found, name) for name in _FIELDS) == expected
    assert found.extractor == EXTRACTOR


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected", "said_by"),
    [
        (
            "A US official said Trump might support a second round of strikes.",
            ("Trump", "support", "a second round of strikes", "positive", "possible"),
            "A US official",
        ),
        (
            "The ministry denied that its troops had crossed the border.",
            ("its troops", "cross", "the border", "negative", "asserted"),
            "The ministry",
        ),
        (
            "According to the Daily Ledger, the ministry will send engineers to the dam.",
            ("the ministry", "send", "engineers", "positive", "future"),
            "the Daily Ledger",
        ),
        (
            # "would" under a past verb of saying is the past's future
            "On Monday the minister said the bridge would reopen in May.",
            ("the bridge", "reopen", None, "positive", "future"),
            "the minister",
        ),
        (
            # the actor's own stance is the modality; the source is who tells of it
            "The cabinet is considering a withdrawal from the treaty, two officials said.",
            ("The cabinet", "withdraw", "the treaty", "positive", "discussed"),
            "two officials",
        ),
    ],
)
def test_propositions_reported_speech_is_about_the_content(
    parse, make_article, text, expected, said_by
) -> None:
    found = _only(parse, make_article, text)
    assert tuple(getattr(found, name) for name in _FIELDS) == expected
    assert found.said_by == said_by
    assert found.quote_start is not None and found.quote_end is not None
    assert found.quote_start <= found.predicate_start < found.quote_end


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "On Monday the minister said the bridge would reopen in May.",
            "the bridge would reopen in May",
        ),
        ('"We will rebuild the bridge," the mayor said.', "We will rebuild the bridge"),
        ("The army shelled the harbour on Friday.", "The army shelled the harbour on Friday"),
    ],
)
def test_propositions_evidence_span_is_the_clause(parse, make_article, text, clause) -> None:
    assert _only(parse, make_article, text).text == clause


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel struck the port and Iran fired missiles at Haifa.",
            [
                ("Israel", "strike", "Israel struck the port"),
                ("Iran", "fire", "Iran fired missiles at Haifa"),
            ],
        ),
        (
            "Police were called and found the bodies.",
            [(None, "call", "Police were called"), ("Police", "find", "found the bodies")],
        ),
        (
            '"We will not retreat. We will rebuild the bridge," the mayor said.',
            [
                ("We", "retreat", "We will not retreat"),
                ("We", "rebuild", "We will rebuild the bridge"),
            ],
        ),
    ],
)
def test_propositions_one_per_clause(parse, make_article, text, expected) -> None:
    found = _propositions(parse, make_article, text)
    assert [(p.who, p.predicate, p.text) for p in found] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "polarities"),
    [
        ("Officials did not confirm the toll but said the dam had held.", ["negative", "positive"]),
        ("Iran will not strike or retaliate.", ["negative", "negative"]),
    ],
)
def test_propositions_coordinated_verbs_share_negation_only_after_or(
    parse, make_article, text, polarities
) -> None:
    assert [p.polarity for p in _propositions(parse, make_article, text)] == polarities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("The army shelled the harbour in Tripoli.", "Tripoli"),
        ("The cabinet signed the treaty in Geneva.", "Geneva"),
        ("The army shelled the harbour.", None),
    ],
)
def test_propositions_where_is_a_place_phrase(parse, make_article, text, where) -> None:
    assert _only(parse, make_article, text).where == where


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "predicate", "words"),
    [
        ("The rebels launched an attack on the garrison.", "attack", "launched an attack"),
        ("No agreement was reached.", "agree", "agreement was reached"),
        ("The council might reject the plan.", "reject", "reject"),
    ],
)
def test_propositions_predicate_offsets_name_its_words(
    parse, make_article, text, predicate, words
) -> None:
    found = _only(parse, make_article, text)
    assert found.predicate == predicate
    assert text[found.predicate_start : found.predicate_end] == words


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Strikes on the capital.", "A new day of talks in Geneva."])
def test_propositions_sentence_without_verb_gives_none(parse, make_article, text) -> None:
    assert _propositions(parse, make_article, text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "According to the Daily Ledger, the ministry will send engineers to the dam in Tripoli. "
        '"We will not retreat," the mayor said. Nobody was injured, and the talks resumed '
        "on Friday in Geneva, where the envoys discussed the possibility of a ceasefire."
    ],
)
def test_propositions_offsets_point_into_the_text(parse, make_article, text) -> None:
    found = _propositions(parse, make_article, text)
    assert len(found) >= 4
    for proposition in found:
        assert text[proposition.start : proposition.end] == proposition.text
        for name in ("who", "what", "where"):
            value = getattr(proposition, name)
            start, end = getattr(proposition, f"{name}_start"), getattr(proposition, f"{name}_end")
            assert (value is None) == (start is None) == (end is None)
            if value is not None:
                assert text[start:end] == value
                assert proposition.start <= start < end <= proposition.end or name == "who"


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "expected"),
    [
        (
            ["Rebels", "seized", "the", "port", "."],
            [1, 1, 3, 1, 1],
            ["nsubj", "ROOT", "det", "dobj", "punct"],
            ["NOUN", "VERB", "DET", "NOUN", "PUNCT"],
            [("Rebels", "seize", "the port")],
        ),
        (
            ["Clashes", "in", "the", "north", "."],
            [0, 0, 3, 1, 0],
            ["ROOT", "prep", "det", "pobj", "punct"],
            ["NOUN", "ADP", "DET", "NOUN", "PUNCT"],
            [],
        ),
    ],
)
def test_propositions_hand_built_doc(make_article, words, heads, deps, pos, expected) -> None:
    lemmas = [
        w.lower().removesuffix("d") if p == "VERB" else w.lower()
        for w, p in zip(words, pos, strict=True)
    ]
    doc = Doc(
        Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
        spaces=[True, True, True, False, False],
    )  # fmt: skip
    found = extract_propositions(doc, make_article(doc.text), [])
    assert [(p.who, p.predicate, p.what) for p in found] == expected
