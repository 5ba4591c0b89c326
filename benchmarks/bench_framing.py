"""Throughput of per-article framing and readability, in words per second.

The seed articles are repeated until the corpus holds at least 1 MB of text,
then every article is scored with ``framing_of`` and ``readability_of`` (and
the story's distinctive vocabulary is computed once), in words per CPU second of
the process (the machine may be shared). Run from the repository root:
``python benchmarks/bench_framing.py``.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit import load  # noqa: E402
from audit.compare.vocabulary import distinctive_vocabulary  # noqa: E402
from audit.framing import framing_of  # noqa: E402
from audit.load import RawArticle, build_article  # noqa: E402
from audit.readability import readability_of  # noqa: E402

TARGET_BYTES = 1_000_000


def corpus(salt: str) -> list:
    """Copies of the seeds, each with a distinct closing line, so that no cache keyed by the
    text (textstat's, before readability counted for itself) serves a timing."""
    seeds = load([ROOT / "seeds"]).articles
    articles, size, copy = [], 0, 0
    while size < TARGET_BYTES:
        for article in seeds:
            raw = RawArticle(f"{copy}:{article.id}", article.source, f"{article.text}\n\nCopy {salt} number {copy}.\n", fields={})
            articles.append(build_article(raw))
            size += len(raw.text.encode("utf-8"))
        copy += 1
    return articles


def timed(label: str, function, articles, words: int) -> None:
    start = time.process_time()
    for article in articles:
        function(article)
    seconds = time.process_time() - start
    print(f"{label:<24} {words / seconds:>12,.0f} words/s  ({seconds:.2f} s CPU)")


def main() -> None:
    articles = corpus("a")
    words = sum(article.word_count for article in articles)
    size = sum(len(article.text.encode("utf-8")) for article in articles)
    print(f"{len(articles)} articles, {size / 1e6:.2f} MB, {words:,} words")
    framing_of(articles[0])  # compile the lexicons and load the dictionaries once, outside the timing
    readability_of(corpus("warm-up")[0])
    # a fresh corpus per measurement, so no run profits from a cache filled by an earlier one
    timed("framing + readability", lambda a: (framing_of(a), readability_of(a)), articles, words)
    timed("framing", framing_of, corpus("b"), words)
    timed("readability", readability_of, corpus("c"), words)
    start = time.process_time()
    distinctive_vocabulary(articles)
    seconds = time.process_time() - start
    print(f"{'distinctive vocabulary':<24} {words / seconds:>12,.0f} words/s  ({seconds:.2f} s CPU, whole corpus)")


if __name__ == "__main__":
    main()
