"""A learned same-quantity pair scorer against the hand rules, measured honestly by cross-fitting over stories.

The figure dev set (``../shared/devsets/figures``: 57 two-outlet stories, 117 cases, 51 traps)
is split into 5 folds by story id. For each fold, a logistic regression on the value-blind
features of ``audit.compare.figures.pair_features`` is fitted on the other folds' annotated
pairs, its threshold is chosen by a cross-fit inside those folds (``scripts/fit_figure_pairs.py``,
``choose_threshold``), and the held-out fold is scored with it exactly as ``bench_figures.py``
scores the whole set (cases grouped, perturbations flagged, false conflicts on cases and traps,
and conflicts raised on the stories as they are). The folds' numbers are summed. Only these
cross-fitted numbers say anything of stories the model never saw; in-sample ones would not.

Printed too, for reading: how well each scorer ranks the annotated pairs themselves (the
case's counterpart first among the figures of its kind in the other article; area under the
ROC curve), cross-fitted alike, and every conflict the learned scorer raises on the stories
that the hand rules do not (to be judged by reading its sentences).

Run: python benchmarks/bench_figure_pairs.py [--variants beside,beside+mutual]   (about 4 minutes a
variant on two cores: each fold's threshold is chosen by scoring the other folds at every threshold)
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import fit_figure_pairs as fitting  # noqa: E402
from _figure_devset import devsets  # noqa: E402


FIXED = (0.3, 0.5, 0.7)
"""Thresholds at which the cross-fitted models are also scored, for reading (the choice is ``choose_threshold``'s)."""


def ranking(rows: list, score) -> tuple[int, int, float]:
    """Mentions whose case counterpart scores strictly above every other candidate; mentions; AUC over pairs."""
    by_mention: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        for mention in row.mentions:
            by_mention.setdefault(mention, []).append(i)
    first = total = 0
    for _mention, indices in sorted(by_mention.items()):
        positives = [i for i in indices if rows[i].label]
        if not positives:
            continue
        total += 1
        negatives = [score(i) for i in indices if not rows[i].label]
        first += all(score(positives[0]) > s for s in negatives)
    pos = [score(i) for i, r in enumerate(rows) if r.label]
    neg = [score(i) for i, r in enumerate(rows) if not r.label]
    auc = sum((x > y) + 0.5 * (x == y) for x in pos for y in neg) / max(len(pos) * len(neg), 1)
    return first, total, auc


def case_oracle(root: Path):
    """A perfect same-quantity scorer on the annotated cases: 1 for two mentions of one case (the changed
    mention of a perturbation included), 0 for any other pair. Not a model: what no scorer can beat when
    it is tried the same way, to tell what the scorer can gain from what the rest of the alignment allows."""
    anchors: dict[str, list[tuple[str, str, str]]] = {}  # article file -> (case, anchor, number)
    for case in json.loads((root / "cases.json").read_text(encoding="utf-8"))["cases"]:
        for outlet, anchor, number in case["mentions"]:
            anchors.setdefault(f"{outlet}.txt", []).append((case["id"], anchor, number))
        outlet, _old, new = case["perturb"]
        anchors.setdefault(f"{outlet}.txt", []).append((case["id"], new, new))

    def cases_of(item) -> set[str]:
        mention, span = item.mention, item.mention.figure.span
        found = set()
        for case, anchor, number in anchors.get(Path(mention.article_id).name, []):
            at = mention.sentence.find(anchor)
            if at >= 0:
                start = mention.sentence_start + at + anchor.index(number)
                if start < span.end and span.start < start + len(number):
                    found.add(case)
        return found

    return lambda a, b: 1.0 if cases_of(a) & cases_of(b) else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--variants", default="beside+mutual", help="comma-separated, of " + ", ".join(fitting.VARIANTS) + " (default: the one that lets the model do most)")
    args = parser.parse_args()
    found = devsets()
    if found is None:
        print("dev sets    : not found (../shared/devsets or AUDIT_DEVSETS): nothing to measure")
        return
    root = found / "figures"
    start = time.perf_counter()
    rows = fitting.all_rows(root)
    stories = sorted({d.name[:8] for d in (root / "stories").iterdir()})
    folds = fitting.folds_of(stories)
    print(f"pairs: {len(rows)} labelled ({sum(r.label for r in rows)} positive) on {len(stories)} stories; {len(folds)} folds by story id")

    held_out: dict[int, float] = {}
    for fold in folds:
        model = fitting.PairModel(fitting.fit([r for r in rows if r.story not in fold]), 0.5)
        held_out.update((i, model.probability(r.features)) for i, r in enumerate(rows) if r.story in fold)
    for name, score in (("hand score", lambda i: rows[i].hand), ("learned, cross-fitted", lambda i: held_out[i])):
        first, total, auc = ranking(rows, score)
        print(f"ranking ({name}): counterpart strictly first for {first}/{total} case mentions; AUC {auc:.3f}")

    hand = fitting.scored(root, stories, fitting.NEVER)
    table = [("hand rules (the tool)", hand, "")]
    for variant in args.variants.split(","):
        total = fitting.Tally()
        chosen = []
        for fold in folds:
            train = [s for s in stories if s not in fold]
            weights = fitting.fit([r for r in rows if r.story not in fold])
            threshold = fitting.choose_threshold(root, rows, train, variant)
            chosen.append(threshold)
            fold_tally = fitting.scored(root, fold, fitting.PairModel(weights, threshold), variant)
            for field in ("cases", "grouped", "flagged", "false_conflicts", "story_conflicts", "false_ids", "raised"):
                setattr(total, field, getattr(total, field) + getattr(fold_tally, field))
        table.append((f"learned, {variant}, cross-fitted", total, "thresholds " + " ".join(f"{t:.2f}" for t in chosen)))
    for threshold in FIXED:
        for variant in args.variants.split(","):
            total = fitting.Tally()
            for fold in folds:
                weights = fitting.fit([r for r in rows if r.story not in fold])
                fold_tally = fitting.scored(root, fold, fitting.PairModel(weights, threshold), variant)
                for field in ("cases", "grouped", "flagged", "false_conflicts", "story_conflicts", "false_ids", "raised"):
                    setattr(total, field, getattr(total, field) + getattr(fold_tally, field))
            table.append((f"  at a fixed threshold {threshold:.2f}, {variant}", total, "(not a choice: for reading)"))
    oracle = case_oracle(root)
    for variant in args.variants.split(","):
        table.append((f"perfect scorer on the cases, {variant}", fitting.scored(root, stories, fitting.PairModel(fitting.NEVER.weights, 0.5), variant, oracle), "(an upper bound)"))
    print()
    print(f"{'':46s} {'grouped':>9s} {'flagged':>9s} {'false':>6s} {'story':>6s}")
    for name, tally, note in table:
        print(f"{name:46s} {tally.grouped:>4d}/{tally.cases:<4d} {tally.flagged:>4d}/{tally.cases:<4d} {tally.false_conflicts:>6d} {tally.story_conflicts:>6d}  {note}")
        if tally.false_ids:
            print(f"{'':46s} false conflicts: {', '.join(tally.false_ids)}")
    print("(false: conflicts on cases and traps; story: conflicts raised on the 57 stories as they are)")
    known = {(c.story, c.mentions) for c in hand.raised}
    for name, tally, _ in table[1:]:
        for conflict in tally.raised:
            if (conflict.story, conflict.mentions) not in known:
                print(f"new story conflict ({name}): {conflict.story}: {conflict.note}")
                for article, surface, sentence in conflict.mentions:
                    print(f"    {article}: {surface!r}: {sentence}")
    print(f"[{time.perf_counter() - start:.0f} s]")


if __name__ == "__main__":
    main()
