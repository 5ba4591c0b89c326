"""Every conflict the figure alignment raises on the real stories of ../shared/devsets/figures, as
they are (unperturbed: what a user of the tool sees), with both sentences and the evidence note,
for judging by reading whether each is one quantity stated differently (a true conflict) or two
quantities set against each other (a false one). The dev set annotates agreeing cases and traps,
not these, so they are counted by ``bench_figures.py`` and judged here by hand.

Run: python benchmarks/story_conflicts.py
"""
from __future__ import annotations

import sys

from _figure_devset import devsets, story_conflicts


def main() -> None:
    root = devsets()
    if root is None:
        print("dev sets not found (../shared/devsets or AUDIT_DEVSETS)")
        sys.exit(1)
    raised = story_conflicts(root / "figures")
    for number, conflict in enumerate(raised, 1):
        print(f"#{number} {conflict.story}: {conflict.note}")
        for article, surface, sentence in conflict.mentions:
            print(f"  [{article}] {surface!r}: {sentence}")
        print()
    print(f"{len(raised)} conflicts raised")


if __name__ == "__main__":
    main()
