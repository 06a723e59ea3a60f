"""Throughput of the full ``analyze`` path against the spaCy parse it rests on.

Runs, in one process and on the same articles (the ECB+ development texts):
  (a) spaCy alone: ``nlp.pipe`` with the same model and process count;
  (b) the full path: ingest from JSON Lines, parse, extract, store (SQLite), find copies,
      group stories and build the report;
and prints articles per second of each and, as the last line, ``throughput_ratio=b/a``.

Usage: python benchmarks/throughput.py [--data PATH] [--limit N] [--workers N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from triangulate import analyze, build_nlp, load_settings, open_store, report_run

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus" / "dev.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="ECB+ JSON Lines file")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N texts")
    parser.add_argument("--workers", type=int, default=1, help="processes for both runs")
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"error: {args.data} not found (the shared data sits beside the checkout)")
        return 1
    records = [json.loads(line) for line in args.data.open(encoding="utf-8") if line.strip()]
    records = records[: args.limit] if args.limit else records
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    settings = replace(load_settings(), workers=args.workers)
    nlp = build_nlp(settings)
    list(nlp.pipe(texts[:8]))  # warm-up, excluded from both timings

    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size, n_process=args.workers):
        pass
    spacy_seconds = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "articles.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for r in records:
                row = {"id": r["doc_id"], "title": r.get("title"), "text": r["text"]}
                out.write(json.dumps(row) + "\n")
        store = open_store(f"sqlite:///{tmp}/bench.db")
        start = time.perf_counter()
        result = analyze(
            [str(corpus)],
            replace(settings, db_url=store.engine.url.render_as_string()),
            store,
            nlp=nlp,
        )
        report_run(result.stories, store)
        full_seconds = time.perf_counter() - start
        store.close()

    spacy_rate = len(texts) / spacy_seconds
    full_rate = len(texts) / full_seconds
    print(f"articles={len(texts)} words={words} workers={args.workers}")
    print(
        f"spacy_only: {spacy_seconds:.1f}s  {spacy_rate:.1f} articles/s  "
        f"{words / spacy_seconds:,.0f} words/s"
    )
    print(
        f"full_analyze: {full_seconds:.1f}s  {full_rate:.1f} articles/s  ({result.analysed} "
        f"analysed, {len(result.skipped)} skipped, {len(result.stories)} stories)"
    )
    print(f"throughput_ratio={full_rate / spacy_rate:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
