"""Kinds of source on real US political news: the quotes lens's ``category`` against a hand-labelled sample.

``benchmarks/data/polnear_kinds.csv`` holds 250 speech attributions drawn from PolNeAR train and 100 from dev,
each with the kind of source its annotated source is (how they were drawn and labelled is in the file's header).
This script runs ``audit quotes`` on each split's texts (``../shared/devsets/polnear``, or
``$AUDIT_DEVSETS/polnear``), takes for each labelled attribution the predicted quote that overlaps its content most,
and counts the attribution found when the predicted quotes cover at least half of its content (of each part when
discontinuous), as the devset's ``score_quotes.py`` does. It prints, per sample, the kind accuracy on found
attributions, how many had no quote found, and the confusion of the mistakes (label -> predicted).

    python benchmarks/bench_kinds.py [--show]     (--show lists every mistake with its note)
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from audit.text import merge_spans  # noqa: E402
from golden_outputs import devsets_folder  # noqa: E402

SAMPLE = ROOT / "benchmarks" / "data" / "polnear_kinds.csv"


def labelled() -> dict[str, list[dict[str, str]]]:
    """The labelled attributions of ``SAMPLE``, by split."""
    rows = csv.DictReader(line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    by_split: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_split[row["split"]].append(row)
    return by_split


def parts_of(split_dir: Path) -> dict[tuple[str, int, int], list[list[int]]]:
    """The content parts of every speech attribution of a split, keyed by (article, start, end)."""
    parts = {}
    for line in (split_dir / "quotes.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        parts[(gold["article"], gold["start"], gold["end"])] = gold.get("parts") or [[gold["start"], gold["end"]]]
    return parts


def predicted(split_dir: Path) -> dict[str, list[dict]]:
    """``audit quotes`` on the split's texts, by article path under ``texts/``."""
    executable = Path(sys.executable).parent / "audit"
    result = subprocess.run(
        [str(executable), "quotes", str(split_dir / "texts"), "--format", "json"],
        capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    by_article: dict[str, list[dict]] = defaultdict(list)
    for quote in json.loads(result.stdout)["quotes"]:
        by_article[quote["article"]].append(quote)
    return by_article


def overlap(start: int, end: int, spans: list[list[int]]) -> int:
    return sum(max(0, min(end, b) - max(start, a)) for a, b in spans)


def score(split: str, rows: list[dict[str, str]], split_dir: Path, show: bool) -> None:
    parts = parts_of(split_dir)
    quotes = predicted(split_dir)
    right, missed, mistakes = 0, 0, []
    for row in rows:
        spans = parts[(row["article"], int(row["start"]), int(row["end"]))]
        candidates = quotes.get(row["article"], [])
        # as score_quotes.py counts coverage: the predicted quotes merged first, so no character counts twice
        covered = sum(overlap(a, b, spans) for a, b in merge_spans((q["start"], q["end"]) for q in candidates))
        best = max(candidates, key=lambda q: overlap(q["start"], q["end"], spans), default=None)
        if best is None or covered < sum(b - a for a, b in spans) / 2:
            missed += 1
            continue
        kind = best["category"] or "(none)"
        if kind == row["kind"]:
            right += 1
        else:
            mistakes.append((row["kind"], kind, row["note"], best["speaker"], row["article"]))
    found = len(rows) - missed
    print(f"polnear {split} kinds: {right / max(found, 1):.3f} right ({right} of {found} found; {missed} of {len(rows)} with no quote found)")
    confusion = Counter((label, kind) for label, kind, *_ in mistakes)
    print("  mistakes (label -> predicted): " + ", ".join(f"{label}->{kind} {n}" for (label, kind), n in sorted(confusion.items(), key=lambda item: (-item[1], item[0]))))
    if show:
        for label, kind, note, speaker, article in sorted(mistakes):
            print(f"    {label:10} -> {kind:10} speaker {speaker!r}; {note}  ({article[:50]})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every mistake")
    args = parser.parse_args()
    folder = devsets_folder()
    if folder is None or not (folder / "polnear").is_dir():
        print("polnear kinds: ../shared/devsets not found (set AUDIT_DEVSETS); not measured")
        return
    for split, rows in sorted(labelled().items(), key=lambda item: item[0] != "train"):
        score(split, rows, folder / "polnear" / split, args.show)


if __name__ == "__main__":
    main()
