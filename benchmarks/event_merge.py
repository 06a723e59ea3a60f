"""Story-level event merging measured on ECB+ cross-document event coreference.

ECB+ marks, in the sentences it selects, every mention of an event and which mentions across
articles refer to the same event (cross-document chains of ``ACTION_*``/``NEG_*`` mentions).
Each gold story's articles go through the whole per-article pipeline (spaCy sentences, time
expressions, attributions, coded PLOVER events) and then through the report's story step, so
the events are merged exactly as ``triangulate analyze`` merges them (entities, claims and
timeline of the story included). Every article is its own origin (ECB+ names no outlets).

Only the selected sentences that carry a coded event record take part. A gold pair is two
such sentences of different articles that mention one cross-document chain; a predicted
pair is two such sentences of different articles whose records were merged into one story
event. The script prints pairwise precision, recall and F1 of ``events.merge.v1`` (same type
and same name keys of actor and recipient) and ``events.merge.v2`` (the report's) side by
side, and how many gold pairs have records of one PLOVER type (no merge of same-type records
can find the others). A sentence is the line its first character lies on (ECB+ gives one
sentence per line; gold mentions are placed by their offsets, as the ``sentence`` numbers of
the ``ecbplus`` documents count the URL line the text no longer holds).

Usage: python benchmarks/event_merge.py [--data DIR] [--split dev|train|all]
"""

from __future__ import annotations

import argparse
import bisect
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from itertools import combinations
from pathlib import Path
from typing import Any

from triangulate.config import Settings
from triangulate.crossdoc.events import METHOD, METHOD_V1, merge_events_v1
from triangulate.models import Analysis, Article, Story
from triangulate.process import process_articles
from triangulate.report import build_report

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus"

Sentence = tuple[str, int]  # article id, line number
Pair = frozenset[Sentence]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="dev", choices=("dev", "train", "all"))
    args = parser.parse_args()
    docs = [json.loads(line) for line in (args.data / "dev.jsonl").open(encoding="utf-8")]
    mentions = {
        row["doc_id"]: row["mentions"]
        for row in map(json.loads, (args.data / "dev.mentions.jsonl").open(encoding="utf-8"))
    }
    chosen = [doc for doc in docs if args.split in ("all", doc["split"])]
    stories: dict[str, list[str]] = defaultdict(list)
    for doc in chosen:
        stories[doc["cluster"]].append(doc["doc_id"])
    articles = {doc["doc_id"]: Article(doc["doc_id"], doc["doc_id"], doc["text"]) for doc in chosen}
    analyses = _parsed(articles)
    starts = {a: _line_starts(article.text) for a, article in articles.items()}

    def line_of(article_id: str, offset: int) -> Sentence:
        return article_id, bisect.bisect_right(starts[article_id], offset) - 1

    types: dict[Sentence, set[str]] = defaultdict(set)
    for analysis in analyses.values():
        for record in analysis.events:
            types[line_of(record.article_id, record.start)].add(record.event)
    coded = set(types)
    gold = set()
    for ids in stories.values():
        gold |= _gold_pairs(ids, mentions, line_of, coded)
    report = build_report(
        [Story(cluster, cluster, tuple(ids), "gold") for cluster, ids in stories.items()],
        articles,
        analyses,
    )
    v2 = {
        frozenset(line_of(e["article"], e["start"]) for e in event["evidence"])
        for story in report["stories"]
        for event in story["events"]
    }
    v1 = {
        frozenset(line_of(r.article_id, r.start) for r in event.records)
        for ids in stories.values()
        for event in merge_events_v1(
            (r for a in ids if a in analyses for r in analyses[a].events), lambda a: [a]
        )
    }
    records = sum(len(a.events) for a in analyses.values())
    selected = len(coded & _selected(mentions, chosen, line_of))
    print(
        f"split={args.split} stories={len(stories)} articles={len(articles)} "
        f"event_records={records} selected_coded_sentences={selected} gold_pairs={len(gold)}"
    )
    typed = sum(1 for pair in gold if len(set.intersection(*(types[s] for s in pair))) > 0)
    print(
        f"gold pairs of one PLOVER type: {typed} (the recall a same-type merge can reach: "
        f"{typed / len(gold) if gold else 0.0:.3f})"
    )
    print(f"{'method':<16} {'events':>6} {'pairs':>6} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for name, events in ((METHOD_V1, v1), (METHOD, v2)):
        predicted = _predicted_pairs(events, coded & _selected(mentions, chosen, line_of))
        print(_row(name, len(events), predicted, gold))


def _parsed(articles: Mapping[str, Article]) -> dict[str, Analysis]:
    """The analyses of the whole per-article pipeline."""
    analyses = {}
    for article, outcome in process_articles(list(articles.values()), Settings()):
        if isinstance(outcome, Analysis):
            analyses[article.article_id] = outcome
    return analyses


def _line_starts(text: str) -> list[int]:
    return [0, *(n + 1 for n, char in enumerate(text) if char == "\n")]


def _selected(
    mentions: Mapping[str, list[dict[str, Any]]], docs: Iterable[dict[str, Any]], line_of: Any
) -> set[Sentence]:
    return {
        line_of(doc["doc_id"], m["start"])
        for doc in docs
        for m in mentions.get(doc["doc_id"], [])
        if m["selected"]
    }


def _gold_pairs(
    ids: list[str], mentions: Mapping[str, list[dict[str, Any]]], line_of: Any, coded: set[Sentence]
) -> set[Pair]:
    """Pairs of coded, selected sentences of different articles that mention one chain."""
    chains: dict[str, set[Sentence]] = defaultdict(set)
    for doc_id in ids:
        for mention in mentions.get(doc_id, []):
            chain = mention["chain"]
            if not mention["selected"] or mention["type"] != "event":
                continue
            if chain.startswith(("INTRA_", "SINGLETON_")):
                continue
            sentence = line_of(doc_id, mention["start"])
            if sentence in coded:
                chains[chain].add(sentence)
    return {pair for sentences in chains.values() for pair in _across(sentences)}


def _predicted_pairs(events: Iterable[frozenset[Sentence]], eligible: set[Sentence]) -> set[Pair]:
    return {pair for sentences in events for pair in _across(sentences & eligible)}


def _across(sentences: Iterable[Sentence]) -> set[Pair]:
    return {
        frozenset(pair)
        for pair in combinations(sorted(set(sentences)), 2)
        if pair[0][0] != pair[1][0]
    }


def _row(name: str, events: int, predicted: set[Pair], gold: set[Pair]) -> str:
    tp = len(predicted & gold)
    precision = tp / len(predicted) if predicted else 0.0
    recall = tp / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return (
        f"{name:<16} {events:>6} {len(predicted):>6} {tp:>5} "
        f"{precision:>6.3f} {recall:>6.3f} {f1:>6.3f}"
    )


if __name__ == "__main__":
    main()
