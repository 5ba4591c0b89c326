"""Figure alignment (audit.compare.figures.compare_figures): seconds for 1,000 and 6,250 figures of one kind.

Two layouts, generated deterministically:

- ``one run-on article``: one "sentence" of ``$1.5 billion and `` repeated, like the
  "numbers words" text of ``benchmarks/pathological.py`` (every figure of one kind,
  unit and value, with the same words around it);
- ``a story of 50 articles``: the figures spread over 50 articles of ordinary
  sentences, all money in US dollars: each company's funding round ("Alvex Robotics
  raised $340 million from Corston Capital.") is reported by four articles, now and
  then with another amount, so that some pairs agree, some conflict and most are
  about different companies.

Extraction (``figures_in``) is not timed; only the alignment of the figures is.
Run: python benchmarks/bench_figure_alignment.py [N ...]   (default: 1000 6250)
"""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.compare.figures import compare_figures  # noqa: E402
from audit.figures import figures_in  # noqa: E402
from audit.load import RawArticle, build_article  # noqa: E402
from audit.model import Article  # noqa: E402

ARTICLES = 50
REPORTS = 4  # articles that report each company's funding round
WRONG = 0.15  # chance that a report states another amount
_FIRST = "Al Bel Cor Dun El Fen Gal Hol Iv Jor Kel Lum Mar Nor Or Pel Quin Ros Sal Tor".split()
_SECOND = "dara vex mont wick ston field gate lyn ford ria tek nova bridge worth ton holm dale crest mere vale".split()
_SECTOR = "Robotics Energy Foods Health Mobility Labs".split()


def run_on_article(figures: int) -> list[Article]:
    """One article whose body is one "sentence" of ``figures`` times "$1.5 billion and"."""
    text = "T\n\n" + "$1.5 billion and " * figures + "more."
    return [build_article(RawArticle("runon.txt", "runon.txt", text, fields={"published": "2025-02-24"}))]


def story(figures: int, seed: int = 20250224) -> list[Article]:
    """``figures`` money figures in ``ARTICLES`` articles: each of ``figures // REPORTS`` companies' funding
    round ("Alvex Robotics raised $340 million from Corston Capital.") reported by ``REPORTS`` articles,
    with another amount now and then. The same seed gives the same story."""
    rng = random.Random(seed)
    names = [f"{a}{b}" for a in _FIRST for b in _SECOND]
    rng.shuffle(names)
    companies = figures // REPORTS
    investors = [f"{names[(7 * i + 3) % len(names)]} Capital" for i in range(max(2, companies // 2))]
    sentences: list[list[str]] = [[] for _ in range(ARTICLES)]
    for c in range(companies):
        company = f"{names[c % len(names)]} {_SECTOR[c // len(names) % len(_SECTOR)]}"
        investor = rng.choice(investors)
        amount = rng.randrange(10, 400) * 5
        for k in rng.sample(range(ARTICLES), REPORTS):
            stated = amount if rng.random() > WRONG else rng.randrange(10, 400) * 5
            sentences[k].append(f"{company} raised ${stated} million from {investor}.")
    articles = []
    for k, said in enumerate(sentences):
        rng.shuffle(said)
        paragraphs = [" ".join(said[i : i + 4]) for i in range(0, len(said), 4)]
        text = f"Funding round-up {k}\n\n" + "\n\n".join(paragraphs) + "\n"
        articles.append(build_article(RawArticle(f"story_{k:02d}.txt", "story", text, fields={"outlet": f"Outlet {k}", "published": "2025-02-24"})))
    return articles


def main(sizes: list[int]) -> None:
    for name, make in (("one run-on article", run_on_article), (f"a story of {ARTICLES} articles", story)):
        for n in sizes:
            articles = make(n)
            found = [figures_in(a) for a in articles]
            kinds = {(f.kind, f.unit) for fs in found for f in fs}
            start = time.perf_counter()
            facts = compare_figures(articles, found)
            seconds = time.perf_counter() - start
            verdicts = {v: sum(f.verdict == v for f in facts) for v in ("conflict", "agree", "single_source")}
            print(
                f"{name:22s} {sum(map(len, found)):6,} figures of {len(kinds)} kind and unit: alignment {seconds:7.2f} s "
                f"({len(facts):,} facts: {verdicts['conflict']} conflicts, {verdicts['agree']} agreements, {verdicts['single_source']:,} single-source)",
                flush=True,
            )


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1000, 6250])
