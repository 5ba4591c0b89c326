"""Throughput of the tone lens and the actors step, in words per second.

The seed articles are repeated (each copy a distinct article id) until the text
passes 1 MB; then ``tone_of`` runs on every article and ``actors_in`` on the
whole set, as ``audit_story`` does. Run: ``python benchmarks/bench_tone.py``.
"""
from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit import load  # noqa: E402
from audit.compare.actors import actors_in  # noqa: E402
from audit.tone import analyzer, tone_of  # noqa: E402

TARGET_BYTES = 1_000_000


def corpus() -> list:
    seeds = load([ROOT / "seeds"]).articles
    articles, size, copy = [], 0, 0
    while size < TARGET_BYTES:
        for article in seeds:
            articles.append(dataclasses.replace(article, id=f"{copy}/{article.id}"))
            size += len(article.text.encode("utf-8"))
        copy += 1
    return articles


def main() -> None:
    articles = corpus()
    words = sum(a.word_count for a in articles)
    megabytes = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6
    analyzer()  # loading VADER's lexicon is a one-off cost, not per-article work
    started = time.perf_counter()
    tones = [tone_of(article) for article in articles]
    tone_seconds = time.perf_counter() - started
    started = time.perf_counter()
    actors_in(articles, quoted=[tone.quoted_spans for tone in tones])
    actor_seconds = time.perf_counter() - started
    total = tone_seconds + actor_seconds
    print(f"{len(articles)} articles, {megabytes:.2f} MB, {words:,} words")
    print(f"tone:           {tone_seconds:6.2f} s  {words / tone_seconds:10,.0f} words/s")
    print(f"actors:         {actor_seconds:6.2f} s  {words / actor_seconds:10,.0f} words/s")
    print(f"tone + actors:  {total:6.2f} s  {words / total:10,.0f} words/s")


if __name__ == "__main__":
    main()
