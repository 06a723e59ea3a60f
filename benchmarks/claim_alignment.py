"""Claim alignment measured on ECB+ cross-document event coreference.

ECB+ marks, in the sentences it selects, every mention of an event and which mentions across
articles refer to the same event. Two selected sentences of different articles of one story
that mention the same event (a cross-document chain of an ``ACTION_*`` mention) tell of the
same happening: that pair is gold. Claim alignment (``crossdoc.claims.group_claims``) runs on
each gold story with the articles' lines as sentences (ECB+ gives one sentence per line) and
every article its own origin; a predicted pair is two selected sentences of different
articles in one claim (a sentence is the line its first character lies on). The script prints
pairwise precision, recall and F1 over the stories of the chosen split.

With ``--parse`` the articles go through the whole per-article pipeline first (spaCy's
sentences, time expressions and attributions, as in a real run; about a minute); without it
each line is a sentence and nothing else is known, which takes seconds.

This is a proxy: two sentences about one event may say different things of it ("checked into
rehab" and "did not say what she was treated for"), and claims need not pair those. Recall is
therefore the figure to read with care; precision says how often aligned sentences at least
tell of one event.

Usage: python benchmarks/claim_alignment.py [--data DIR] [--split dev|train|all] [--parse]
"""

from __future__ import annotations

import argparse
import bisect
import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from triangulate.config import Settings
from triangulate.crossdoc.claims import ClaimOptions, group_claims
from triangulate.models import Analysis, Article
from triangulate.process import process_articles

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus"

Sentence = tuple[str, int]  # article id, line number


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="dev", choices=("dev", "train", "all"))
    parser.add_argument("--min-similarity", type=float, default=ClaimOptions().min_similarity)
    parser.add_argument("--parse", action="store_true", help="run the per-article pipeline")
    args = parser.parse_args()
    docs = [json.loads(line) for line in (args.data / "dev.jsonl").open(encoding="utf-8")]
    mentions = {
        row["doc_id"]: row["mentions"]
        for row in map(json.loads, (args.data / "dev.mentions.jsonl").open(encoding="utf-8"))
    }
    stories: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc in docs:
        if args.split in ("all", doc["split"]):
            stories[doc["cluster"]].append(doc)
    options = ClaimOptions(min_similarity=args.min_similarity)
    chosen = [doc for members in stories.values() for doc in members]
    articles = {doc["doc_id"]: Article(doc["doc_id"], doc["doc_id"], doc["text"]) for doc in chosen}
    analyses = _parsed(articles) if args.parse else _lines(articles)
    tp = predicted = gold = 0
    for members in stories.values():
        selected, chains = _gold(members, mentions, articles)
        gold_pairs = _gold_pairs(chains)
        ids = [doc["doc_id"] for doc in members]
        predicted_pairs = _predicted_pairs(ids, articles, analyses, selected, options)
        tp += len(gold_pairs & predicted_pairs)
        predicted += len(predicted_pairs)
        gold += len(gold_pairs)
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    print(f"stories={len(stories)} gold_pairs={gold} predicted_pairs={predicted} tp={tp}")
    print(f"precision={precision:.3f} recall={recall:.3f} f1={f1:.3f}")


def _gold(
    members: list[dict[str, Any]],
    mentions: dict[str, list[dict[str, Any]]],
    articles: dict[str, Article],
) -> tuple[set[Sentence], dict[str, set[Sentence]]]:
    """The selected sentences of a story, and the sentences that mention each event chain.
    A mention is placed on the line its offset falls in (the data's ``sentence`` numbers
    count the URL line removed from the ``ecbplus`` texts)."""
    selected: set[Sentence] = set()
    chains: dict[str, set[Sentence]] = defaultdict(set)
    for doc in members:
        starts = [s for s, _ in _line_spans(articles[doc["doc_id"]].text)]
        for mention in mentions.get(doc["doc_id"], []):
            if not mention["selected"]:
                continue
            line = bisect.bisect_right(starts, mention["start"]) - 1
            sentence = (doc["doc_id"], line)
            selected.add(sentence)
            chain = mention["chain"]
            if mention["type"] == "event" and not chain.startswith(("INTRA_", "SINGLETON_")):
                chains[chain].add(sentence)
    return selected, chains


def _gold_pairs(chains: dict[str, set[Sentence]]) -> set[frozenset[Sentence]]:
    return {
        frozenset(pair)
        for sentences in chains.values()
        for pair in combinations(sorted(sentences), 2)
        if pair[0][0] != pair[1][0]
    }


def _lines(articles: dict[str, Article]) -> dict[str, Analysis]:
    """Each article's lines as its sentences, and nothing else."""
    return {
        article_id: Analysis(article_id, "lines", sentences=tuple(_line_spans(article.text)))
        for article_id, article in articles.items()
    }


def _parsed(articles: dict[str, Article]) -> dict[str, Analysis]:
    """The analyses of the whole per-article pipeline."""
    analyses = {}
    for article, outcome in process_articles(list(articles.values()), Settings()):
        if isinstance(outcome, Analysis):
            analyses[article.article_id] = outcome
    return analyses


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _predicted_pairs(
    ids: list[str],
    articles: dict[str, Article],
    analyses: dict[str, Analysis],
    selected: set[Sentence],
    options: ClaimOptions,
) -> set[frozenset[Sentence]]:
    starts = {a: [s for s, _ in _line_spans(articles[a].text)] for a in ids}
    pairs: set[frozenset[Sentence]] = set()
    for claim in group_claims(ids, articles, analyses, lambda a: [a], options):
        sentences = {
            (e.article_id, bisect.bisect_right(starts[e.article_id], e.start) - 1)
            for e in claim.evidence
        } & selected
        pairs.update(
            frozenset(pair)
            for pair in combinations(sorted(sentences), 2)
            if pair[0][0] != pair[1][0]
        )
    return pairs


if __name__ == "__main__":
    main()
