"""Fit a same-quantity pair scorer on the features of ``audit.compare.figures.pair_features`` (an experiment).

Run: ``python scripts/fit_figure_pairs.py [--variant beside|beside+mutual] [--output FILE]``: prints
(or writes) the model fitted on every story, as a plain data file with its threshold. The tool
does not use it: ``benchmarks/bench_figure_pairs.py`` measured it by cross-fitting over stories
and it did not beat the hand rules (README, "Figures"). ``using`` tries a model in the
alignment by wrapping its steps (``VARIANTS``), so the experiment needs no switch in the tool.

Data: ``cases.json`` and ``stories/`` of the figure dev set (``../shared/devsets/figures``
beside the checkout, or under ``$AUDIT_DEVSETS``): 57 real two-outlet stories of PAC (Zou et
al. 2023). Each story is read by the tool's own steps (``figures_in``, ``items_of``,
``mention_groups``) and every pair of figures of different articles that the hard rules let be
one quantity (``passes_hard_rules``) and that holds an annotated mention is a row:

- positive: the two mentions of one case (agreeing statements of one quantity, checked by hand);
- negative: a case mention with any other figure of its kind in the other article, save the
  other mentions of the case's own quantity there (its counterpart's restatements, which are
  the same quantity, are left out rather than called two); and two figures of one trap that
  write different numbers (different things by the trap's note, unless it is a rounding).

Features are ``pair_features.pair_features`` (through ``pair_features.features_of``, which reads the
counted nouns as ``pairs.pair_status`` does), blind to the values. Model: logistic regression with an L2 penalty
(``C``; the bias is not penalised), fitted by Newton's method (iteratively reweighted least
squares) in numpy; no randomness, rows in story order, so the same data gives the same file.

The threshold (the probability at which a pair whose values disagree is a conflict) is chosen
by cross-fitting inside the data it is fitted on: the stories are split into ``FOLDS`` folds by
story id, each fold is scored (``benchmarks/_figure_devset.score_cases``: cases grouped,
perturbations flagged, false conflicts, and conflicts raised on the stories as they are) with a
model fitted on the other folds, for each threshold of ``THRESHOLDS``; the threshold kept is the
one with no false conflict and no more conflicts raised on the stories than the hand rules raise
there, with the most cases flagged and grouped (the higher threshold on a tie).
``benchmarks/bench_figure_pairs.py`` runs this whole procedure inside an outer cross-fit to
measure it on stories it never saw.
"""
from __future__ import annotations

import argparse
import json
import math
import pathlib
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from unittest import mock

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _figure_devset import devsets, score_cases, stories_once, story_conflicts, trap_negative  # noqa: E402
from audit import load  # noqa: E402
from audit.compare.figures import alignment, pairs  # noqa: E402
from audit.compare.figures.groups import mention_groups, topic_terms  # noqa: E402
from audit.compare.figures.items import Item, items_of  # noqa: E402
from audit.compare.figures.pair_features import FEATURES, Placement, features_of, placements  # noqa: E402
from audit.compare.figures.context import NO_SIMILARITY, Similarity  # noqa: E402
from audit.compare.figures.pairs import pair_status  # noqa: E402
from audit.compare.figures.values import unit_class  # noqa: E402
from audit.figures import figures_in  # noqa: E402

C = 1.0  # inverse strength of the L2 penalty
FOLDS = 5
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01)  # 1.01: the model never decides (the hand rules alone)
DECIMALS = 6


@dataclass(frozen=True)
class PairModel:
    """Weights of a logistic regression over ``FEATURES`` and the probability at which a pair is one quantity."""

    weights: tuple[float, ...]
    threshold: float

    def probability(self, features: Sequence[float]) -> float:
        """The model's probability that the pair with ``features`` states one quantity."""
        z = sum(w * x for w, x in zip(self.weights, features))
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


NEVER = PairModel(tuple(0.0 for _ in FEATURES), 1.01)


@dataclass(frozen=True)
class Row:
    story: str
    features: tuple[float, ...]
    label: int
    what: str  # the two figures as written, for reading
    mentions: tuple[str, ...] = ()  # the annotated case mentions the pair holds (article and offset)
    hand: float = 0.0  # the hand-set similarity of ``pairs.pair_status``, to compare rankings


def passes_hard_rules(status: str, alike: Similarity) -> bool:
    """Whether ``pairs.pair_status`` weighed the pair's context at all: it answers "no" with the very
    ``NO_SIMILARITY`` object when a hard rule (kind, unit, role, period, stretch of time, owner of an
    age, measure) sets the pair apart before any context is read."""
    return not (status == "no" and alike is NO_SIMILARITY)


def story_rows(folder: pathlib.Path, cases: Sequence[dict], traps: Sequence[dict]) -> list[Row]:
    """The labelled pairs of one story (see the module's docstring), in a fixed order."""
    articles = load([folder]).articles
    items = items_of(articles, [figures_in(a) for a in articles])
    topic = topic_terms(items, len(articles))
    placed = {id(item): p for item, p in zip(items, placements(articles, items))}
    group_of = {id(item): g for g, group in enumerate(mention_groups(items, topic)) for item in group}
    files = [pathlib.Path(a.source).name for a in articles]

    def find(file: str, start: int, end: int) -> Item | None:
        for item in items:
            span = item.mention.figure.span
            if files[item.mention.article_index] == file and span.start < end and start < span.end:
                return item
        return None

    label_of: dict[int, str] = {}  # item -> case (cases that share a mention are one quantity)
    for case in cases:
        found = []
        for outlet, anchor, number in case["mentions"]:
            text = (folder / f"{outlet}.txt").read_text(encoding="utf-8")
            start = text.index(anchor) + anchor.index(number)
            item = find(f"{outlet}.txt", start, start + len(number))
            if item is not None:
                found.append(item)
        label = next((label_of[id(i)] for i in found if id(i) in label_of), case["id"])
        for item in found:
            label_of.setdefault(id(item), label)
    same_groups: dict[str, set[int]] = {}
    for item in items:
        if id(item) in label_of:
            same_groups.setdefault(label_of[id(item)], set()).add(group_of[id(item)])
    trap_of: dict[int, tuple[dict, str]] = {}
    texts = {name: (folder / name).read_text(encoding="utf-8") for name in files}
    for trap in traps:
        for number in trap["numbers"]:
            for name in files:
                i = texts[name].find(number)
                if i >= 0:
                    item = find(name, i, i + len(number))
                    if item is not None:
                        trap_of.setdefault(id(item), (trap, number))
    rows = []
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if a.mention.article_index == b.mention.article_index:
                continue
            fa, fb = a.mention.figure, b.mention.figure
            if (fa.kind, unit_class(fa)) != (fb.kind, unit_class(fb)):
                continue
            status, alike = pair_status(a, b, topic)
            if not passes_hard_rules(status, alike):
                continue
            la, lb = label_of.get(id(a)), label_of.get(id(b))
            ta, tb = trap_of.get(id(a)), trap_of.get(id(b))
            if la is not None and la == lb:
                label = 1
            elif la is not None or lb is not None:
                if (la is not None and group_of[id(b)] in same_groups[la]) or (lb is not None and group_of[id(a)] in same_groups[lb]):
                    continue  # a restatement of the case's own quantity: not two quantities
                label = 0
            elif ta is not None and tb is not None and ta[0] is tb[0] and trap_negative(ta[0], ta[1], tb[1]):
                label = 0
            else:
                continue
            held = tuple(f"{files[x.mention.article_index]}:{x.mention.figure.span.start}" for x in (a, b) if id(x) in label_of)
            rows.append(Row(folder.name, features_of(a, b, (placed[id(a)], placed[id(b)]), topic), label, f"{fa.surface!r} / {fb.surface!r}", held, alike.score))
    return rows


def all_rows(root: pathlib.Path, stories: Sequence[str] | None = None) -> list[Row]:
    """The labelled pairs of every story of the dev set at ``root`` (or of ``stories``), in story order."""
    data = json.loads((root / "cases.json").read_text(encoding="utf-8"))
    folders = {d.name[:8]: d for d in (root / "stories").iterdir()}
    rows = []
    for sid in sorted(stories if stories is not None else folders):
        rows.extend(story_rows(folders[sid], [c for c in data["cases"] if c["story"] == sid], [t for t in data["traps"] if t["story"] == sid]))
    return rows


def fit(rows: Sequence[Row], c: float = C) -> tuple[float, ...]:
    """Weights of an L2-penalised logistic regression (bias unpenalised) by Newton's method, rounded to ``DECIMALS``."""
    x = np.array([r.features for r in rows], dtype=np.float64)
    y = np.array([r.label for r in rows], dtype=np.float64)
    penalty = np.full(x.shape[1], 1.0 / c)
    penalty[0] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return tuple(round(float(v), DECIMALS) + 0.0 for v in w)


def folds_of(stories: Sequence[str], folds: int = FOLDS) -> list[list[str]]:
    """The stories split into ``folds`` folds by story id: the i-th story in sorted order goes to fold i mod ``folds``."""
    ordered = sorted(stories)
    return [ordered[k::folds] for k in range(folds)]


VARIANTS = ("beside", "beside+mutual")
"""How the model is tried in the alignment: ``beside``, a pair whose values disagree is one quantity
(a conflict) when the hand score reaches ``pairs.SAME_SCORE`` or the model's probability reaches the
threshold, all else unchanged; ``beside+mutual``, the same, and a conflict that is not each figure's
best match by the hand ranking (``alignment._mutual``) is kept when it is by the model's probability."""


@contextmanager
def using(model: PairModel, variant: str = "beside", oracle: Callable[[Item, Item], float] | None = None) -> Iterator[None]:
    """The alignment run with ``model`` tried as ``variant`` (``VARIANTS``), the tool's code left as it is:
    its steps are wrapped for the experiment, not edited. ``oracle``, when given, says the probability
    of a pair in place of the model (to measure what a perfect scorer would gain)."""
    placed: dict[int, Placement] = {}
    probability: dict[tuple[int, int], float] = {}
    original_items, original_status, original_mutual = alignment.items_of, pairs.pair_status, alignment._mutual
    never = model.threshold > 1.0

    def items_placed(articles, figures):
        found = original_items(articles, figures)
        placed.clear()
        placed.update((id(item), p) for item, p in zip(found, placements(articles, found)))
        return found

    def same(a: Item, b: Item, topic: frozenset[str]) -> float:
        key = (id(a), id(b))
        if key not in probability:
            probability[key] = oracle(a, b) if oracle is not None else model.probability(features_of(a, b, (placed[id(a)], placed[id(b)]), topic))
        return probability[key]

    def status_learned(a: Item, b: Item, topic: frozenset[str], **options: bool):
        status, alike = original_status(a, b, topic, **options)
        if options:
            return status, alike  # counts of different nouns (``pairs.cross_noun_status``): the hand rules alone
        if never or status not in ("no", "weak") or alike.score >= pairs.SAME_SCORE or not passes_hard_rules(status, alike):
            return status, alike
        if same(a, b, topic) < model.threshold:
            return status, alike
        with mock.patch.object(pairs, "SAME_SCORE", -math.inf):
            learned, _ = original_status(a, b, topic)
        return (learned, alike) if learned in ("conflict", "rival") else (status, alike)

    def mutual_learned(judged, groups, ranks):
        kept = original_mutual(judged, groups, ranks)
        if never or variant != "beside+mutual":
            return kept
        def group_same(g: int, h: int) -> float:
            return max((probability.get((id(x), id(y)), probability.get((id(y), id(x)), 0.0)) for x in groups[g] for y in groups[h]), default=0.0)
        best: dict[tuple[int, int], float] = {}
        for g, h, _status, _similarity in judged:
            p = group_same(g, h)
            for mine, theirs in ((g, h), (h, g)):
                key = (mine, groups[theirs][0].mention.article_index)
                best[key] = max(best.get(key, 0.0), p)
        kept_pairs = {(g, h) for g, h, _, _ in kept}
        for g, h, status, similarity in judged:
            if status != "conflict" or (g, h) in kept_pairs:
                continue
            p = group_same(g, h)
            if p >= model.threshold and p >= best[(g, groups[h][0].mention.article_index)] and p >= best[(h, groups[g][0].mention.article_index)]:
                kept.append((g, h, status, similarity))
        return kept

    with (
        mock.patch.object(alignment, "items_of", items_placed),
        mock.patch.object(pairs, "pair_status", status_learned),
        mock.patch.object(alignment, "_mutual", mutual_learned),
    ):
        yield


@contextmanager
def subset(root: pathlib.Path, stories: Sequence[str]) -> Iterator[pathlib.Path]:
    """A dev-set folder holding only ``stories`` (links to the real ones) and their cases and traps."""
    data = json.loads((root / "cases.json").read_text(encoding="utf-8"))
    keep = set(stories)
    with tempfile.TemporaryDirectory() as tmp:
        part = pathlib.Path(tmp)
        (part / "stories").mkdir()
        for d in sorted((root / "stories").iterdir()):
            if d.name[:8] in keep:
                (part / "stories" / d.name).symlink_to(d)
        subset_data = {**data, "cases": [c for c in data["cases"] if c["story"] in keep], "traps": [t for t in data["traps"] if t["story"] in keep]}
        (part / "cases.json").write_text(json.dumps(subset_data), encoding="utf-8")
        yield part


@dataclass
class Tally:
    """Case scores summed over folds."""

    cases: int = 0
    grouped: int = 0
    flagged: int = 0
    false_conflicts: int = 0
    story_conflicts: int = 0
    false_ids: tuple[str, ...] = ()
    raised: tuple = ()

    def add(self, root: pathlib.Path) -> None:
        run = stories_once(root)
        score = score_cases(root, run)
        raised = story_conflicts(root, run)
        self.cases += score.cases
        self.grouped += score.grouped
        self.flagged += score.perturbed
        self.false_conflicts += len(set(score.false_conflicts))
        self.false_ids += tuple(sorted(set(score.false_conflicts)))
        self.story_conflicts += len(raised)
        self.raised += tuple(raised)


def scored(
    root: pathlib.Path, stories: Sequence[str], model: PairModel, variant: str = "beside", oracle: Callable[[Item, Item], float] | None = None
) -> Tally:
    """The case scores of ``stories`` with ``model`` (or ``oracle``) tried as ``variant``."""
    tally = Tally()
    with subset(root, stories) as part, using(model, variant, oracle):
        tally.add(part)
    return tally


def choose_threshold(
    root: pathlib.Path, rows: Sequence[Row], stories: Sequence[str], variant: str = "beside", log: Callable[[str], None] = lambda _: None
) -> float:
    """The threshold of ``THRESHOLDS`` chosen by cross-fitting on ``stories`` (see the module's docstring)."""
    totals = {t: Tally() for t in THRESHOLDS}
    for fold in folds_of(stories):
        weights = fit([r for r in rows if r.story in stories and r.story not in fold])
        for t in THRESHOLDS:
            with subset(root, fold) as part, using(PairModel(weights, t), variant):
                totals[t].add(part)
    hand = totals[1.01].story_conflicts
    best = 1.01
    for t in sorted(THRESHOLDS, reverse=True):
        tally = totals[t]
        log(f"  threshold {t:.2f}: grouped {tally.grouped}/{tally.cases}, flagged {tally.flagged}/{tally.cases}, false conflicts {tally.false_conflicts}, story conflicts {tally.story_conflicts}")
        if tally.false_conflicts == 0 and tally.story_conflicts <= hand:
            gain = tally.grouped + tally.flagged
            if gain > totals[best].grouped + totals[best].flagged:
                best = t
    return best


def weights_file(weights: Sequence[float], threshold: float, variant: str, rows: int, positives: int) -> str:
    """The fitted model as a plain data file: a header saying how it was fitted, ``feature,weight`` rows, the threshold."""
    head = [
        "# Same-quantity pair scorer of the figure alignment (an experiment, not used by the tool): a logistic regression",
        "# over the value-blind features of audit/compare/figures/pair_features.py (FEATURES), L2-penalised",
        f"# (C = {C}, bias unpenalised), fitted by Newton's method on the figure dev set (devsets/figures, 57 two-outlet",
        f"# stories of PAC, Zou et al. 2023, EMNLP Findings): {rows} pairs, {positives} positive (the annotated cases'",
        "# mention pairs), the rest case mentions with other figures of their kind and the traps' different numbers.",
        f"# (threshold): the probability at which a disagreeing pair is one quantity when tried as {variant!r}, chosen",
        f"# among {THRESHOLDS} by a {FOLDS}-fold cross-fit over stories (1.01: never). Written by scripts/fit_figure_pairs.py.",
        "feature,weight",
    ]
    body = [f"{name},{w:.{DECIMALS}f}" for (name, _), w in zip(FEATURES, weights)]
    return "\n".join(head + body + [f"(threshold),{threshold:.2f}"]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--variant", choices=VARIANTS, default="beside", help="how the model is tried when its threshold is chosen")
    parser.add_argument("--output", type=pathlib.Path, help="write the model there (else it is printed)")
    args = parser.parse_args()
    found = devsets()
    if found is None:
        sys.exit("dev sets not found (../shared/devsets or AUDIT_DEVSETS)")
    root = found / "figures"
    rows = all_rows(root)
    stories = sorted({d.name[:8] for d in (root / "stories").iterdir()})
    weights = fit(rows)
    threshold = choose_threshold(root, rows, stories, args.variant, log=lambda line: print(line, file=sys.stderr))
    text = weights_file(weights, threshold, args.variant, len(rows), sum(r.label for r in rows))
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
