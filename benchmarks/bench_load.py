"""Loading + debris removal + sentence splitting throughput, in words per second.

Run: ``make bench`` or ``python benchmarks/bench_load.py``. Prints; asserts nothing.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import repeated_seed_texts  # noqa: E402

from audit.load import RawArticle, build_article  # noqa: E402
from audit.text import segment, words  # noqa: E402


def main() -> None:
    texts = repeated_seed_texts(1_000_000)
    total_bytes = sum(len(t.encode("utf-8")) for t in texts)
    total_words = sum(len(words(t)) for t in texts)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for i, text in enumerate(texts):
            build_article(RawArticle(f"a{i}.txt", f"a{i}.txt", text))
        best = min(best, time.perf_counter() - start)
    print(f"load+debris+segment: {len(texts)} articles, {total_bytes / 1e6:.2f} MB, {total_words:,} words")
    print(f"  best of 3: {best:.3f} s = {total_words / best:,.0f} words/s")
    start = time.perf_counter()
    for text in texts:
        segment(text)
    elapsed = time.perf_counter() - start
    print(f"sentence splitting alone: {total_words / elapsed:,.0f} words/s")
    try:
        import pysbd
    except ImportError:
        print("pysbd not installed: skipping the comparison (pip install pysbd)")
        return
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    sample = texts[:5]
    sample_words = sum(len(words(t)) for t in sample)
    start = time.perf_counter()
    for text in sample:
        segmenter.segment(text)
    elapsed = time.perf_counter() - start
    print(f"pysbd (for comparison, 5 seed articles): {sample_words / elapsed:,.0f} words/s")


if __name__ == "__main__":
    main()
