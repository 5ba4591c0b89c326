"""The name finder on real news: throughput, and counts of names that cannot be names.

Runs ``audit.text.find_names`` over the PolNeAR dev and train texts (84 and 840 articles
from seven US publishers) and the figures stories (114 articles from PAC) of ``../shared/devsets``,
or over the seeds repeated to 1 MB when the devsets are absent, and prints:

- throughput in words per second of processor time and of wall time (best of three passes);
- per reason of ``name_problem`` (month or weekday, party tag, state abbreviation,
  function word, title alone, demonym alone, lower case, fragment) the count of
  suspicious mentions, with examples; plus two checks that need the text around a
  name: ``dateline`` (a name in capitals opening a paragraph before a dash or an
  agency) and ``adverb`` (a name ending in -ly that the same text writes in lower case);
- how many mentions of each kind were found.

Run from the repository root: ``python benchmarks/bench_names.py [--examples N]``.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _corpus import repeated_seed_texts  # noqa: E402

from audit.text import find_names, name_problem, words  # noqa: E402

_DATELINE_AFTER_RE = re.compile(r"[ ]*(?:,[ ][A-Z][\w.]+(?:[ ][A-Z][\w.]+)?)?[ ]*(?:\([A-Za-z. ]{1,25}\))?[ ]*(?:—|–|--|-)")


def devsets_folder() -> Path | None:
    sys.path.insert(0, str(ROOT / "tests"))
    from golden_outputs import devsets_folder as find

    return find()


def real_texts() -> dict[str, list[tuple[str, str]]]:
    """``{set name: [(file, text), ...]}`` for the PolNeAR dev and train texts and the figures stories."""
    folder = devsets_folder()
    if folder is None:
        return {}
    sets = {
        "polnear dev": sorted((folder / "polnear" / "dev" / "texts").glob("*/*.txt")),
        "polnear train": sorted((folder / "polnear" / "train" / "texts").glob("*/*.txt")),
        "figures stories": sorted((folder / "figures" / "stories").glob("*/*.txt")),
    }
    return {name: [(str(p.relative_to(folder)), p.read_text(encoding="utf-8")) for p in paths] for name, paths in sets.items() if paths}


def context_problem(text: str, start: int, end: int, name: str) -> str:
    """``dateline`` or ``adverb``: problems only the surrounding text shows."""
    line_start = text.rfind("\n", 0, start) + 1
    if name.isupper() and not text[line_start:start].strip() and _DATELINE_AFTER_RE.match(text, end):
        return "dateline"
    if " " not in name and name.lower().endswith("ly") and re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text):
        return "adverb"
    return ""


def problems(texts: list[tuple[str, str]]) -> tuple[Counter[str], dict[str, list[str]], Counter[str], int]:
    reasons: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    kinds: Counter[str] = Counter()
    total = 0
    for file, text in texts:
        for mention in find_names(text):
            total += 1
            kinds[mention.kind] += 1
            reason = name_problem(mention.text) or context_problem(text, mention.start, mention.end, mention.text)
            if reason:
                reasons[reason] += 1
                sentence_start = max(text.rfind("\n", 0, mention.start) + 1, mention.start - 50)
                examples[reason].append(f"{mention.text!r} in {file}: …{text[sentence_start:mention.end + 30]!r}")
    return reasons, examples, kinds, total


def throughput(texts: list[str]) -> tuple[float, float, int]:
    """Words per second of processor time and of wall time, best of three passes: on a shared
    machine the wall clock also counts the other processes' turns, processor time does not."""
    total_words = sum(len(words(text)) for text in texts)
    best_cpu = best_wall = float("inf")
    for _ in range(3):
        cpu, wall = time.process_time(), time.perf_counter()
        for text in texts:
            find_names(text)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return total_words / best_cpu, total_words / best_wall, total_words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=3, help="examples printed per reason")
    args = parser.parse_args()
    sets = real_texts()
    if not sets:
        print("devsets not found (../shared/devsets or $AUDIT_DEVSETS): timing the seeds only")
        cpu, wall, total = throughput(repeated_seed_texts())
        print(f"find_names on the seeds repeated to 1 MB: {cpu:,.0f} words/s of processor time ({wall:,.0f} wall; {total:,} words)")
        return
    for name, texts in sets.items():
        cpu, wall, total = throughput([text for _, text in texts])
        reasons, examples, kinds, mentions = problems(texts)
        suspicious = sum(reasons.values())
        print(f"{name}: {len(texts)} texts, {total:,} words, find_names {cpu:,.0f} words/s of processor time ({wall:,.0f} wall)")
        print(f"  {mentions:,} mentions: " + ", ".join(f"{kind} {count:,}" for kind, count in sorted(kinds.items())))
        print(f"  suspicious: {suspicious} ({suspicious / max(mentions, 1):.2%})")
        for reason, count in sorted(reasons.items(), key=lambda item: (-item[1], item[0])):
            print(f"    {reason:<20} {count}")
            for example in examples[reason][: args.examples]:
                print(f"      {example}")
    cpu, wall, total = throughput(repeated_seed_texts())
    print(f"seeds repeated to 1 MB: find_names {cpu:,.0f} words/s of processor time ({wall:,.0f} wall; {total:,} words)")


if __name__ == "__main__":
    main()
