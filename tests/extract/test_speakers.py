"""Source spans on parses built by hand, so that a parser's misreadings can be tested."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from triangulate.extract.speakers import source_span

pytestmark = pytest.mark.issue(4)


def test_a_source_ends_before_its_cue_whatever_the_parser_hung_on_it() -> None:
    # "he boasts about them: the war, the bailout" with "war" hung on "he"
    words = ["he", "boasts", "about", "them", ":", "the", "war", ",", "the", "bailout"]
    heads = [1, 1, 1, 2, 1, 6, 0, 6, 9, 6]
    deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "det", "appos", "punct", "det", "conj"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert source_span(doc[0]).text == "he"


def test_a_source_starts_in_its_own_paragraph() -> None:
    words = ["10:20", "p.m.", "\n\n", "Korvel", "said", "so"]
    heads = [3, 0, 1, 4, 4, 4]
    deps = ["nmod", "appos", "dep", "nsubj", "ROOT", "advmod"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert source_span(doc[3]).text == "Korvel"
