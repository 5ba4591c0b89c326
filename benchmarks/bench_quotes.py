"""Quote extraction throughput: words per second on the seed articles repeated to at least 1 MB.

Each seed's body is repeated (paragraphs joined by blank lines) until the corpus
holds at least 1 MB of text, loaded as articles of that size, and ``quotes_in`` is
timed over all of them, best of ``REPEATS`` rounds (as ``timeit`` advises: on a shared
machine the slower rounds measure the other processes); the comparison across outlets
is timed separately, once.

    python benchmarks/bench_quotes.py
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit import load  # noqa: E402
from audit.compare.voices import compare_voices  # noqa: E402
from audit.load import RawArticle, build_article  # noqa: E402
from audit.quotes import quotes_in  # noqa: E402

TARGET_BYTES = 1_000_000
REPEATS = 3


def corpus() -> list:
    seeds = load([ROOT / "seeds"]).articles
    per_seed = TARGET_BYTES // len(seeds) + 1
    articles = []
    for seed in seeds:
        body = "\n\n".join(seed.text[p.start:p.end] for p in seed.paragraphs)
        copies = per_seed // max(len(body.encode("utf-8")), 1) + 1
        text = seed.title + "\n\n" + "\n\n".join([body] * copies)
        articles.append(build_article(RawArticle(seed.id, seed.id, text, fields={"published": "2025-02-24", "outlet": seed.outlet})))
    return articles


def main() -> None:
    articles = corpus()
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    words = sum(a.word_count for a in articles)
    extraction = float("inf")
    for _ in range(REPEATS):
        started = time.perf_counter()
        quotes = [quotes_in(a) for a in articles]
        extraction = min(extraction, time.perf_counter() - started)
    started = time.perf_counter()
    compare_voices(articles, quotes)
    comparison = time.perf_counter() - started
    found = sum(len(q) for q in quotes)
    print(f"quotes_in: {size / 1e6:.2f} MB, {words:,} words, {found:,} quotes in {extraction:.2f} s (best of {REPEATS}) -> {words / extraction:,.0f} words/s")
    print(f"compare_voices: {comparison:.2f} s")


if __name__ == "__main__":
    main()
