"""Story clustering at scale: time and peak memory per 10,000 articles as a stream grows to
100,000.

The articles are synthetic but made of real news text: the ECB+ development texts are parsed
once, and each synthetic story takes one ECB+ story as its template. Its articles mix 3 to 8
sentences of the template's articles (and now and then one sentence of an unrelated
article), with the template's names and numbers renamed for the synthetic story, so that many
stories are distinct events of one kind (as two earthquakes are). Stories start at a steady
rate (about 300 articles a simulated day) and their articles arrive over the next four
days; the stream is clustered in order of arrival.

For each size N (10,000, 20,000, ... 100,000) a fresh process clusters the first N articles
of the same stream and reports the time taken, time per 10,000 articles, the process's peak
memory (which holds the whole generated stream), the memory clustering itself allocates at
its peak (measured by ``tracemalloc`` in a second run), and the B³ F1 against the synthetic
stories. The last line is ``growth=T100/T10``: time per
10,000 at the largest size over time per 10,000 at the smallest (near-linear growth keeps it
at or below 2).

Usage: python benchmarks/story_scale.py [--data PATH] [--max N] [--step N] [--seed N]
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter, defaultdict
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus" / "dev.jsonl"
_STORY_SIZES = (2, 3, 4, 6, 8, 12, 20)
_PER_DAY = 300  # articles a simulated day


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="ECB+ JSON Lines file")
    parser.add_argument("--max", type=int, default=100_000, help="largest stream size")
    parser.add_argument("--step", type=int, default=10_000, help="size step")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--prepare", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare is not None:
        _write_sentence_terms(args.data, args.prepare)
        return 0
    if args.child is not None:
        return _child(args.child, args.size, args.max, args.seed)
    if not args.data.is_file():
        print(f"error: {args.data} not found (the shared data sits beside the checkout)")
        return 1
    with tempfile.TemporaryDirectory() as work:
        cache = Path(work) / "sentences.pickle"
        started = time.perf_counter()
        # the parse runs in a process of its own: a child forked from a process that holds
        # the parser would report the parser's memory as its own peak
        prepare = [sys.executable, __file__, "--data", str(args.data), "--prepare", str(cache)]
        subprocess.run(prepare, check=True)
        print(f"parsed the template texts in {time.perf_counter() - started:.1f} s")
        print("articles  stories  seconds  s/10k  peak_MB  clustering_MB  bcubed_f1")
        per_10k = []
        for size in range(args.step, args.max + 1, args.step):
            command = [sys.executable, __file__, "--child", str(cache), "--size", str(size)]
            command += ["--max", str(args.max)]
            result = json.loads(
                subprocess.run(
                    [*command, "--seed", str(args.seed)],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
            )
            per_10k.append(result["seconds"] / (size / 10_000))
            print(
                f"{size:8d} {result['stories']:8d} {result['seconds']:8.1f} {per_10k[-1]:6.2f} "
                f"{result['peak_mb']:8.0f} {result['clustering_mb']:14.0f} "
                f"{result['bcubed_f1']:10.3f}"
            )
    print(f"growth={per_10k[-1] / per_10k[0]:.2f}")
    return 0


def _write_sentence_terms(data: Path, cache: Path) -> None:
    """Parse the template texts once; keep, per ECB+ story, its sentences' clustering terms."""
    from triangulate import build_nlp, load_settings
    from triangulate.extract.terms import extract_terms

    records = [json.loads(line) for line in data.open(encoding="utf-8") if line.strip()]
    nlp = build_nlp(load_settings())
    stories: defaultdict[str, list[list[dict[str, float]]]] = defaultdict(list)
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        sentences = [extract_terms(sentence.as_doc()) for sentence in doc.sents]
        stories[record["cluster"]].append([s for s in sentences if s])
    with cache.open("wb") as handle:
        pickle.dump(dict(stories), handle)


def _synthetic_stream(
    cache: Path, size: int, seed: int
) -> list[tuple[float, str, dict[str, float]]]:
    """(day, synthetic story, terms) of ``size`` articles in order of arrival."""
    with cache.open("rb") as handle:
        templates: dict[str, list[list[dict[str, float]]]] = pickle.load(handle)
    names = sorted(templates)
    every_sentence = [s for name in names for article in templates[name] for s in article]
    rng = random.Random(seed)
    stream: list[tuple[float, str, dict[str, float]]] = []
    story = 0
    while len(stream) < size:
        template = templates[rng.choice(names)]
        start = rng.uniform(0, size / _PER_DAY)
        for _ in range(rng.choice(_STORY_SIZES)):
            base = rng.choice(template)
            picked = rng.sample(base, min(len(base), rng.randint(3, 8)))
            if rng.random() < 0.3:
                picked.append(rng.choice(every_sentence))
            terms: Counter[str] = Counter()
            for sentence in picked:
                terms.update(sentence)
            stream.append((start + rng.uniform(0, 4), f"story{story}", _renamed(terms, story)))
        story += 1
    stream.sort(key=lambda item: item[0])
    return stream[:size]


def _renamed(terms: Counter[str], story: int) -> dict[str, float]:
    """Give the story its own names and numbers: the same kind of event, other participants."""
    return {
        (f"{term}~{story}" if term.startswith(("e:", "n:")) else term): weight
        for term, weight in terms.items()
    }


def _child(cache: Path, size: int, largest: int, seed: int) -> int:
    from triangulate.crossdoc.cluster import ClusterInput, ClusterOptions, cluster_articles

    stream = _synthetic_stream(cache, largest, seed)[:size]
    items = [
        ClusterInput(article_id=str(i), terms=terms, day=day)
        for i, (day, _, terms) in enumerate(stream)
    ]
    started = time.perf_counter()
    stories = cluster_articles(items, ClusterOptions())
    seconds = time.perf_counter() - started
    predicted = {int(a): s.story_id for s in stories for a in s.article_ids}
    gold = [story for _, story, _ in stream]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    count = len(stories)
    del stories
    tracemalloc.start()  # a second, traced run: what clustering itself allocates at its peak
    cluster_articles(items, ClusterOptions())
    clustering_mb = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    result = {
        "seconds": seconds,
        "stories": count,
        "peak_mb": peak_mb,
        "clustering_mb": clustering_mb,
        "bcubed_f1": _bcubed([predicted[i] for i in range(len(gold))], gold),
    }
    print(json.dumps(result))
    return 0


def _bcubed(predicted: list[str], gold: list[str]) -> float:
    pairs = Counter(zip(predicted, gold, strict=True))
    by_predicted, by_gold = Counter(predicted), Counter(gold)
    precision = sum(n * n / by_predicted[p] for (p, _), n in pairs.items()) / len(gold)
    recall = sum(n * n / by_gold[g] for (_, g), n in pairs.items()) / len(gold)
    return 2 * precision * recall / (precision + recall)


if __name__ == "__main__":
    sys.exit(main())
