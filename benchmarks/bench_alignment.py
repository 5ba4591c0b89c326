"""Cross-article alignment speed: claims (coverage) and copied passages on synthetic stories.

A synthetic story of N articles is made from the seed articles' body sentences:
each article draws a random selection of them, shuffles it and lightly edits
some sentences (a word dropped, two words swapped, a word replaced), so that
articles share many near-identical sentences, the hard case for alignment.
Generation is deterministic (fixed random seed). Also prints the time to audit
the seeds and render their report.

Run: python benchmarks/bench_alignment.py [N ...]   (default: 50 200)
"""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit import audit_story, load  # noqa: E402
from audit.compare.copies import copied_passages  # noqa: E402
from audit.compare.coverage import coverage_of  # noqa: E402
from audit.load import RawArticle, build_article  # noqa: E402
from audit.model import Article  # noqa: E402
from audit.report import render_report  # noqa: E402

SENTENCES_PER_ARTICLE = (25, 60)
EDIT_PROBABILITY = 0.3


def seed_sentences() -> list[str]:
    articles = load([ROOT / "seeds"]).articles
    return [s.text for a in articles for s in a.sentences if not s.is_heading and len(s.text.split()) >= 5]


def edited(sentence: str, rng: random.Random, vocabulary: list[str]) -> str:
    words = sentence.split()
    if rng.random() >= EDIT_PROBABILITY or len(words) < 6:
        return sentence
    position = rng.randrange(1, len(words) - 1)
    action = rng.choice(("drop", "swap", "replace"))
    if action == "drop":
        del words[position]
    elif action == "swap":
        words[position], words[position + 1] = words[position + 1], words[position]
    else:
        words[position] = rng.choice(vocabulary)
    return " ".join(words)


def synthetic_story(n: int, seed: int = 20250224) -> list[Article]:
    """``n`` articles made by shuffling and editing seed sentences; the same ``seed`` gives the same story."""
    pool = seed_sentences()
    vocabulary = sorted({w for s in pool for w in s.split() if w.isalpha()})
    rng = random.Random(seed)
    articles = []
    for k in range(n):
        chosen = rng.sample(pool, rng.randint(*SENTENCES_PER_ARTICLE))
        sentences = [edited(s, rng, vocabulary) for s in chosen]
        paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
        text = f"Synthetic article {k}\n\n" + "\n\n".join(paragraphs) + "\n"
        articles.append(build_article(RawArticle(f"synthetic_{k:03d}.txt", "synthetic", text, fields={"outlet": f"Outlet {k}"})))
    return articles


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start


def main(sizes: list[int]) -> None:
    seeds = load([ROOT / "seeds"]).articles
    story, audit_seconds = timed(audit_story, seeds)
    _, render_seconds = timed(render_report, story)
    words = sum(a.word_count for a in seeds)
    print(f"seeds: {len(seeds)} articles, {words:,} words: audit_story {audit_seconds:.2f} s, render_report {render_seconds:.2f} s")
    for n in sizes:
        articles, make_seconds = timed(synthetic_story, n)
        sentences = sum(len(a.sentences) for a in articles)
        copies, copy_seconds = timed(copied_passages, articles)
        coverage, align_seconds = timed(lambda: coverage_of(articles, derived=copies.derived_pairs()))
        story, story_seconds = timed(audit_story, articles)
        html, page_seconds = timed(render_report, story)
        print(
            f"synthetic story of {n} articles ({sentences:,} sentences, generated in {make_seconds:.2f} s): "
            f"claims alignment {align_seconds:.2f} s ({sentences / align_seconds:,.0f} sentences/s, {len(coverage.claims):,} claims); "
            f"copied passages {copy_seconds:.2f} s ({len(copies.passages):,} passages, {len(copies.derived_pairs()):,} derived pairs); "
            f"whole audit_story {story_seconds:.2f} s, render_report {page_seconds:.2f} s ({len(html) / 1e6:.1f} MB)"
        )


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [50, 200])
