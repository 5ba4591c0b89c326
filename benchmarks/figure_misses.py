"""The perturbations of ../shared/devsets/figures that the alignment does not flag, each with how the
matcher judges the changed figure against the case's other mentions (``pairs.pair_status``: its
status and similarity), and a tally by the best status of each case, for reading why flagging falls
short of issue 14's target:

- ``conflict``: the matcher calls the pair a conflict, but it loses to a better match (the changed
  article states the old value elsewhere, or a rival of the same kind is as alike);
- ``weak``: values apart, sentences alike only at the agreement level, with a rival as alike;
- ``no``: the sentences share too little to be one quantity without the number (or a hard rule
  keeps them apart); ``no pair``: no other mention of the same kind;
- ``agree``: the changed value still agrees with the other's.

The README's tally of the missed perturbations is this script's last line.

Run: python benchmarks/figure_misses.py
"""
from __future__ import annotations

import json
import pathlib
import sys
from collections import Counter

from _figure_devset import PerturbedCase, devsets, facts_of, flagged, perturbed_case

from audit import load
from audit.compare.figures.groups import topic_terms
from audit.compare.figures.items import items_of
from audit.compare.figures.pairs import pair_status
from audit.figures import figures_in

_ORDER = ("conflict", "weak", "agree", "value", "rival", "no")


def judged_pairs(perturbed: PerturbedCase) -> list[tuple[str, str, str, float]]:
    """(changed figure, other figure, status, similarity) for the changed figure against each other
    mention of its case, of its kind, in the perturbed copy."""
    articles = load([perturbed.folder]).articles
    items = items_of(articles, [figures_in(a) for a in articles])
    topic = topic_terms(items, len(articles))
    file_of = {i: pathlib.Path(a.id).name for i, a in enumerate(articles)}

    def at(span: tuple[str, int, int]) -> list:
        name, start, end = span
        return [it for it in items if file_of[it.mention.article_index] == name and it.mention.figure.span.start < end and start < it.mention.figure.span.end]

    changed = at(perturbed.changed)
    found = []
    for span in perturbed.others:
        for b in at(span):
            for a in changed:
                if a.mention.figure.kind == b.mention.figure.kind:
                    status, alike = pair_status(a, b, topic)
                    found.append((a.mention.figure.surface, b.mention.figure.surface, status, alike.score))
    return found


def main() -> None:
    root = devsets()
    if root is None:
        print("../shared/devsets not found (set AUDIT_DEVSETS)")
        return
    root = root / "figures"
    cases = json.loads((root / "cases.json").read_text(encoding="utf-8"))["cases"]
    stories = {d.name[:8]: d for d in (root / "stories").iterdir()}
    tally: Counter[str] = Counter()
    for case in cases:
        source, old, new = case["perturb"]
        with perturbed_case(stories[case["story"]], case) as perturbed:
            if flagged(facts_of(perturbed.folder), perturbed):
                continue
            pairs = judged_pairs(perturbed)
        best = min((p[2] for p in pairs), key=_ORDER.index) if pairs else "no pair"
        tally[best] += 1
        print(f"{case['id']}: {old!r} -> {new!r}")
        for surface, other, status, score in pairs:
            print(f"    {surface!r} against {other!r}: {status} {score:.1f}")
    print(f"{sum(tally.values())} perturbations not flagged, by the best status of the changed figure: "
          + ", ".join(f"{status} {tally[status]}" for status in (*_ORDER, "no pair") if tally[status]))


if __name__ == "__main__":
    sys.exit(main())
