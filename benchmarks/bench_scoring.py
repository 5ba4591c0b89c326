"""Whole per-article scoring throughput: every lens of ``audit_article`` (readability, framing,
quotes, tone, figures: whatever ``audit_article`` runs), in words per second, on the seed
articles repeated to at least 1 MB. Each copy gets its own closing line, because textstat
caches results per text and identical copies would time the cache.

Run: ``make bench`` or ``python benchmarks/bench_scoring.py``. Prints; asserts nothing.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import repeated_seed_texts  # noqa: E402

from audit.load import RawArticle, build_article  # noqa: E402
from audit.story import audit_article  # noqa: E402


def main() -> None:
    texts = [f"{text}\nCopy {i} of the seeds for timing." for i, text in enumerate(repeated_seed_texts(1_000_000))]
    articles = [build_article(RawArticle(f"a{i}.txt", f"a{i}.txt", text)) for i, text in enumerate(texts)]
    total_words = sum(a.word_count for a in articles)
    # warm-up, untimed: loading the CMU dictionary (~1 s) and VADER's lexicon happens once per process
    audit_article(build_article(RawArticle("warm.txt", "warm.txt", "Warm-up\n\nThe company said it bought 2,000 chips.")))
    start = time.perf_counter()
    for article in articles:
        audit_article(article)
    elapsed = time.perf_counter() - start
    print(f"whole per-article scoring: {len(articles)} articles, {total_words:,} words in {elapsed:.2f} s = {total_words / elapsed:,.0f} words/s (one core)")


if __name__ == "__main__":
    main()
