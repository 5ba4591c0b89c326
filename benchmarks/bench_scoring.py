"""Per-article scoring throughput, in words per second on one core: the whole of ``audit_article``
(readability, framing, quotes, tone, figures) and each lens alone.

Corpus: the seed articles repeated to at least 1 MB; and, when the development sets are present
(``../shared/devsets`` or ``$AUDIT_DEVSETS``), the 114 articles of the 57 real stories in
``figures/stories``, whose vocabulary is not a repetition of five texts. Each timing builds its
articles afresh with a closing line of its own: textstat caches results per text, and identical
texts would time the cache. Words per second are words over the CPU seconds of the process
(``time.process_time``), so other jobs sharing the machine slow the figure less than they
stretch wall time; every timing runs ``--repeat`` times (default 3) and the best is printed,
with its wall time beside it.
Tone is timed with the quoted spans the quotes lens found, as ``audit_article`` calls it.

Run: ``make bench`` or ``python benchmarks/bench_scoring.py [--repeat N]``. Prints; asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import ROOT, repeated_seed_texts  # noqa: E402

from audit.figures import figures_in  # noqa: E402
from audit.framing import framing_of  # noqa: E402
from audit.load import RawArticle, build_article  # noqa: E402
from audit.model import Article  # noqa: E402
from audit.quotes import quotes_in  # noqa: E402
from audit.readability import readability_of  # noqa: E402
from audit.story import audit_article  # noqa: E402
from audit.tone import tone_of  # noqa: E402


def articles_of(texts: Sequence[str], salt: str) -> list[Article]:
    """The texts as articles, each with a closing line naming ``salt`` and its position."""
    return [
        build_article(RawArticle(f"{salt}{i}.txt", f"{salt}{i}.txt", f"{text}\n\nCopy {salt} number {i}, for timing.\n"))
        for i, text in enumerate(texts)
    ]


def real_story_texts() -> list[str]:
    """The article files of the 57 real stories of the figures devset, or none when it is absent."""
    devsets = Path(os.environ.get("AUDIT_DEVSETS", ROOT.parent / "shared" / "devsets"))
    return [path.read_text(encoding="utf-8") for path in sorted((devsets / "figures" / "stories").glob("*/*.txt"))]


LENSES: dict[str, Callable[[Article], object]] = {
    "readability": readability_of,
    "framing": framing_of,
    "quotes": quotes_in,
    "tone": tone_of,  # given the quotes, computed outside the timing
    "figures": figures_in,
}


def best_of(texts: Sequence[str], function: Callable[[Article], object], label: str, repeat: int) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, words) of the fastest of ``repeat`` runs over fresh articles."""
    best = (float("inf"), float("inf"))
    words = 0
    for run in range(repeat):
        articles = articles_of(texts, f"{label}-{run}-")
        words = sum(article.word_count for article in articles)
        if function is tone_of:
            quoted = [[(q.span.start, q.span.end) for q in quotes_in(article)] for article in articles]
            calls = [lambda a=article, q=spans: tone_of(a, quoted=q) for article, spans in zip(articles, quoted)]
        else:
            calls = [lambda a=article: function(a) for article in articles]
        wall, cpu = time.perf_counter(), time.process_time()
        for call in calls:
            call()
        best = min(best, (time.process_time() - cpu, time.perf_counter() - wall))
    return best[0], best[1], words


def report(label: str, cpu: float, wall: float, words: int) -> None:
    print(f"  {label:<14} {words / cpu:>10,.0f} words/s  ({cpu:6.2f} s CPU, {wall:6.2f} s wall)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing; the best is printed (default 3)")
    options = parser.parse_args()
    # warm-up, untimed: the CMU dictionary, VADER's lexicon and the compiled lexicons load once per process
    audit_article(articles_of(["Warm-up\n\nThe company said it bought 2,000 chips."], "warm-up")[0])

    corpora = [("seeds repeated to 1 MB", repeated_seed_texts(1_000_000))]
    stories = real_story_texts()
    if stories:
        corpora.append(("57 real stories of devsets/figures", stories))
    for name, texts in corpora:
        words = sum(article.word_count for article in articles_of(texts, "count-"))
        print(f"{name}: {len(texts)} articles, {words:,} words; best of {options.repeat}, one core")
        report("whole pipeline", *best_of(texts, audit_article, "whole", options.repeat))
        for lens, function in LENSES.items():
            report(lens, *best_of(texts, function, lens, options.repeat))


if __name__ == "__main__":
    main()
