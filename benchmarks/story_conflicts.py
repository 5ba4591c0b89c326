"""Every conflict the figure alignment raises on the real stories of ../shared/devsets/figures, as
they are (unperturbed: what a user of the tool sees), with both sentences and the evidence note,
for judging by reading whether each is one quantity stated differently (a true conflict) or two
quantities set against each other (a false one). The dev set annotates agreeing cases and traps,
not these, so they are counted by ``bench_figures.py`` and judged here by hand.

With ``--agreements N [--seed S]`` it prints instead a random sample of N cross-outlet agreements
(``agree`` or ``agree_after_conversion`` facts holding two articles or more), one line of
sentence per article, for judging the same way whether each states one quantity; the README's
reading of 40 agreements is ``--agreements 40 --seed 2026``.

Run: python benchmarks/story_conflicts.py [--agreements N] [--seed S]
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter

from _figure_devset import devsets, facts_of, story_conflicts


def sample_agreements(root, count: int, seed: int) -> None:
    """Print ``count`` cross-outlet agreements drawn at random (``seed``) from the stories in order."""
    found = []
    for folder in sorted((root / "stories").iterdir()):
        for fact in facts_of(folder):
            if fact["verdict"] in ("agree", "agree_after_conversion") and len({m["article"] for m in fact["mentions"]}) > 1:
                found.append((folder.name, fact))
    kinds = Counter(fact["mentions"][0]["kind"] for _story, fact in found)
    print(f"{len(found)} cross-outlet agreements; a sample of {min(count, len(found))} (seed {seed})")
    print("  by kind: " + ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items(), key=lambda item: (-item[1], item[0]))))
    random.seed(seed)
    for story, fact in random.sample(found, min(count, len(found))):
        print(f"## {story} {fact['verdict']}")
        shown = set()
        for mention in fact["mentions"]:
            if mention["article"] not in shown:
                shown.add(mention["article"])
                print(f"   [{mention['article']}] {mention['surface']!r}: {mention['sentence']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agreements", type=int, default=0, help="print a random sample of this many cross-outlet agreements instead")
    parser.add_argument("--seed", type=int, default=2026)
    options = parser.parse_args()
    root = devsets()
    if root is None:
        print("dev sets not found (../shared/devsets or AUDIT_DEVSETS)")
        sys.exit(1)
    if options.agreements:
        sample_agreements(root / "figures", options.agreements, options.seed)
        return
    raised = story_conflicts(root / "figures")
    for number, conflict in enumerate(raised, 1):
        print(f"#{number} {conflict.story}: {conflict.note}")
        for article, surface, sentence in conflict.mentions:
            print(f"  [{article}] {surface!r}: {sentence}")
        print()
    print(f"{len(raised)} conflicts raised")


if __name__ == "__main__":
    main()
