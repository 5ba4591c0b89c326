"""Quote extraction: throughput, and the accuracy it buys, measured together.

- throughput: words per second (wall and processor time) on the seed articles repeated
  to at least 1 MB, ``quotes_in`` over all of them, best of ``REPEATS`` rounds (as
  ``timeit`` advises: on a shared machine the slower rounds measure the other
  processes); the comparison across outlets is timed separately, once;
- the seeds gold (``tests/gold/quotes.jsonl``, scored as ``tests/test_quotes_gold.py``
  scores it): direct and reported precision and recall, speaker and kind of source;
- PolNeAR dev (``../shared/devsets/polnear/dev``, or ``$AUDIT_DEVSETS/polnear/dev``):
  speech recall by kind, precision and named speaker, by the devset's own
  ``score_quotes.py`` run on this checkout's ``audit`` command (skipped when the
  devsets are absent).

    python benchmarks/bench_quotes.py
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from audit import load  # noqa: E402
from audit.compare.voices import compare_voices  # noqa: E402
from audit.load import RawArticle, build_article  # noqa: E402
from audit.quotes import quotes_in  # noqa: E402
from golden_outputs import devsets_folder  # noqa: E402
from test_quotes_gold import score  # noqa: E402

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


def throughput() -> None:
    articles = corpus()
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    words = sum(a.word_count for a in articles)
    wall = cpu = float("inf")
    quotes: list = []
    for _ in range(REPEATS):
        started, started_cpu = time.perf_counter(), time.process_time()
        quotes = [quotes_in(a) for a in articles]
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
    started = time.perf_counter()
    compare_voices(articles, quotes)
    comparison = time.perf_counter() - started
    found = sum(len(q) for q in quotes)
    print(
        f"quotes_in: {size / 1e6:.2f} MB, {words:,} words, {found:,} quotes in {wall:.2f} s (best of {REPEATS}) "
        f"-> {words / wall:,.0f} words/s wall, {words / cpu:,.0f} words per processor second"
    )
    print(f"compare_voices: {comparison:.2f} s")


def seeds_gold() -> None:
    seeds = {article.id: article for article in load([ROOT / "seeds"]).articles}
    lines = (ROOT / "tests" / "gold" / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
    print("seeds gold: " + score(seeds, [json.loads(line) for line in lines if line.strip()]).report().removeprefix("quotes vs gold: "))


def polnear_dev() -> None:
    folder = devsets_folder()
    dev = folder / "polnear" / "dev" if folder else None
    if dev is None or not dev.is_dir():
        print("polnear dev: ../shared/devsets not found (set AUDIT_DEVSETS); not measured")
        return
    executable = Path(sys.executable).parent / "audit"
    result = subprocess.run(
        [sys.executable, str(dev.parent / "score_quotes.py"), str(executable), str(dev)],
        capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("polnear ")]
    print(lines[-1] if lines else f"polnear dev: score_quotes.py failed: {result.stderr[-300:]}")


def main() -> None:
    throughput()
    seeds_gold()
    polnear_dev()


if __name__ == "__main__":
    main()
