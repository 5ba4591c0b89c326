"""Throughput, speed-up, memory and grouping quality of ``audit corpus`` on a synthetic corpus.

The corpus is generated on the fly (never committed): the seed articles'
sentences, shuffled and edited into N articles across N/20 stories. Each story
gets its own invented protagonist, organisation and place (substituted into
its sentences, as different events have different actors), its own pool of
seed sentences, and dates a few days apart from the neighbouring stories. The
records carry no ``story`` field, so automatic grouping is part of the run;
the true story is kept in a field the tool ignores (``truth``) to score the
grouping: purity (share of each found story from its main true story) and
completeness (share of each true story in its main found story).

Each size runs ``audit corpus`` with 1 and then 2 worker processes and prints
articles per second, the speed-up, and the peak memory of the largest process
(``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``, measured in a fresh
intermediate process per run, so runs do not mix).

    python benchmarks/bench_corpus.py            # 1,000 and 10,000 articles
    python benchmarks/bench_corpus.py --quick    # 200 and 1,000 articles (smoke run)
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ARTICLES_PER_STORY = 20
SENTENCES_PER_ARTICLE = (10, 18)
POOL_SIZE = 45
SYLLABLES = ("ka", "lo", "mi", "ren", "to", "vas", "zu", "bel", "dor", "fin", "gar", "hul", "jen", "kor", "lun", "mar", "nes", "pol", "quin", "sar")
SUBSTITUTED = re.compile(r"\b(DeepSeek|Liang Wenfeng|Hangzhou|China|Beijing|Chinese)\b")


def _invented(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def generate(path: Path, articles: int, seed: int = 2025) -> None:
    """Write a JSONL corpus of ``articles`` synthetic articles (see the module docstring)."""
    from audit import load

    sentences = [s.text for a in load([ROOT / "seeds"]).articles for s in a.sentences if not s.is_heading and len(s.text) > 40]
    stories = max(1, articles // ARTICLES_PER_STORY)
    rng = random.Random(seed)
    base = 739000  # an ordinal day in 2024
    outlets = [f"Outlet {n:02d}" for n in range(50)]
    with path.open("w", encoding="utf-8") as stream:
        records = []
        for story in range(stories):
            story_rng = random.Random(rng.random())
            person = f"{_invented(story_rng, 2)} {_invented(story_rng, 3)}"
            names = {"DeepSeek": _invented(story_rng, 3), "Liang Wenfeng": person, "Hangzhou": _invented(story_rng, 2),
                     "China": _invented(story_rng, 2) + "land", "Beijing": _invented(story_rng, 2) + "ton"}
            names["Chinese"] = names["China"] + "ish"
            pool = story_rng.sample(sentences, POOL_SIZE)
            day = base + story // 8 * 3
            for number in range(ARTICLES_PER_STORY):
                chosen = story_rng.sample(pool, story_rng.randint(*SENTENCES_PER_ARTICLE))
                body = [SUBSTITUTED.sub(lambda m: names[m.group()], s) for s in chosen]
                # edits: a changed figure here, a dropped clause there
                body = [re.sub(r"\d+", lambda m: str(int(m.group()) + story_rng.randint(0, 9)), s) if story_rng.random() < 0.3 else s for s in body]
                title = f"{names['DeepSeek']} and {person}: " + " ".join(body[0].split()[:8])
                records.append({
                    "id": f"s{story:05d}-a{number:02d}",
                    "outlet": outlets[story_rng.randrange(len(outlets))],
                    "published": _date(day + story_rng.randint(0, 2)),
                    "title": title,
                    "text": title + "\n\n" + "\n\n".join(" ".join(body[i:i + 3]) for i in range(0, len(body), 3)),
                    "truth": f"story-{story:05d}",
                })
        rng.shuffle(records)
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def _date(ordinal: int) -> str:
    import datetime

    return datetime.date.fromordinal(ordinal).isoformat()


def measure(corpus: Path, outdir: Path, jobs: int) -> dict:
    """One ``audit corpus`` run in a fresh process: wall time and peak memory of its largest process."""
    command = [sys.executable, "-m", "audit", "corpus", str(corpus), "-o", str(outdir), "--jobs", str(jobs)]
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"seconds": seconds, "peak_mib": peak_kib / 1024}


def grouping_quality(corpus: Path, outdir: Path) -> tuple[float, float]:
    import pandas as pd

    truth = {}
    with corpus.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            truth[record["id"]] = record["truth"]
    found = pd.read_csv(outdir / "tables" / "articles.csv", usecols=["story", "article"], dtype=str)
    by_found: dict[str, Counter] = defaultdict(Counter)
    by_truth: dict[str, Counter] = defaultdict(Counter)
    for story, article in zip(found["story"], found["article"]):
        by_found[story][truth[article]] += 1
        by_truth[truth[article]][story] += 1
    total = len(found)
    purity = sum(c.most_common(1)[0][1] for c in by_found.values()) / total
    completeness = sum(c.most_common(1)[0][1] for c in by_truth.values()) / total
    return purity, completeness


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="200 and 1,000 articles instead of 1,000 and 10,000")
    parser.add_argument("--sizes", type=int, nargs="*", help="explicit corpus sizes (articles)")
    parser.add_argument("--measure", nargs=3, metavar=("CORPUS", "OUTDIR", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure[0]), Path(args.measure[1]), int(args.measure[2]))))
        return
    sizes = args.sizes or ([200, 1000] if args.quick else [1000, 10000])
    print(f"{'articles':>8} {'stories':>7} {'jobs':>4} {'seconds':>8} {'art/s':>7} {'speed-up':>8} {'peak MiB':>8} {'purity':>6} {'complete':>8}")
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as work:
        for size in sizes:
            corpus = Path(work) / f"corpus-{size}.jsonl"
            generate(corpus, size)
            single = None
            for jobs in (1, 2):
                outdir = Path(work) / f"out-{size}-{jobs}"
                result = json.loads(subprocess.run(
                    [sys.executable, __file__, "--measure", str(corpus), str(outdir), str(jobs)],
                    check=True, capture_output=True, text=True,
                ).stdout)
                single = single or result["seconds"]
                purity, completeness = grouping_quality(corpus, outdir)
                print(f"{size:>8,} {size // ARTICLES_PER_STORY:>7,} {jobs:>4} {result['seconds']:>8.1f} {size / result['seconds']:>7.1f} "
                      f"{single / result['seconds']:>8.2f} {result['peak_mib']:>8.0f} {purity:>6.3f} {completeness:>8.3f}", flush=True)


if __name__ == "__main__":
    main()
