"""Fit the weights of ``audit.stance`` on NewsMTSC's training split and write ``audit/lexicons/stance_weights.csv``.

Run: ``make fit-stance`` (or ``python scripts/fit_stance.py``). ``--check`` refits and
compares with the shipped file byte for byte instead of writing it.

Data: ``train.jsonl`` of NewsMTSC (Hamborg & Donnay 2021, EACL; MIT licence, copyright
2020 Felix Hamborg), found in ``../shared/devsets/newsmtsc/`` beside the checkout or under
``$AUDIT_DEVSETS``. Only the training split is read; the development split is for measuring
(``benchmarks/bench_tone.py``).

Model: the average of two linear models fitted on the same features: a multinomial logistic
regression with an L2 penalty (columns ``lr_*``), and NBSVM (Wang & Manning 2012, "Baselines
and Bigrams", ACL; columns ``nbsvm_*``) in its logistic form: for
each label, the binary features (words, cues) are scaled by their naive-Bayes log-count ratio
r = log((p / |p|1) / (q / |q|1)), p and q the counts of each feature among the targets of that
label and of the other two plus ``ALPHA`` (scores such as VADER's are left unscaled), and a
logistic regression with an L2 penalty tells that label from the other two; the file holds
r x w, so inference sums weights as for any linear model. Targets are weighted inversely to
their class's frequency in the training split (so that each class counts alike, as macro F1
does); fitted by L-BFGS (Nocedal 1980) written here in numpy: no scikit-learn or scipy needed.
Features are those of ``audit.stance.features``, the very function inference uses. Features
seen fewer than ``MIN_COUNT`` times are dropped; with ``KEEP`` > 0 the model is fitted, only
the ``KEEP`` features with the largest weights are kept, and it is fitted again on them
(``KEEP = 0``, the default, keeps them all: pruning to 4,000 cost accuracy). What is
averaged (the two models' scores, or the regression's softmax and NBSVM's normalised
probabilities) and the regression's share (one of ``MIX_SHARES``) are chosen on every fit by a
5-fold cross-validation on the training split (``--cv`` prints it) and written in the file's
``(mix)`` row. The other settings (C, class weights, the minimum count, the features
themselves) were chosen by the same cross-validation, never by the development split's score.
Everything is sorted and there is no randomness, so the same data gives the same file.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit.stance import LABELS, MIX_KINDS, MODELS, WEIGHTS_FILE, features, mixed, regression_scales, summed_scores  # noqa: E402

POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}  # NewsMTSC: 2 negative, 4 neutral, 6 positive
OUTPUT = ROOT / "audit" / "lexicons" / WEIGHTS_FILE
C = 0.2  # inverse strength of the L2 penalty
MIN_COUNT = 1
KEEP = 0  # keep every feature seen MIN_COUNT times; > 0 keeps only the KEEP strongest and refits
BALANCED = True  # each class counts alike, as in macro F1
ALPHA = 1.0  # smoothing of the naive-Bayes counts
DECIMALS = 4
MIX_SHARES = (0.3, 0.5, 0.7)  # the regression's share of the average of the two models, chosen by --cv among these

Example = tuple[str, int, int, int]  # sentence, start, end, label index


def devsets() -> Path:
    """``../shared/devsets`` beside the checkout, or ``$AUDIT_DEVSETS``."""
    return Path(os.environ.get("AUDIT_DEVSETS", ROOT.parent / "shared" / "devsets"))


def read_split(path: Path) -> list[Example]:
    """Every target of a NewsMTSC file as ``(sentence, from, to, label)``, in file order."""
    examples = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            sentence = row["sentence_normalized"]
            for target in row["targets"]:
                examples.append((sentence, int(target["from"]), int(target["to"]), POLARITY[float(target["polarity"])]))
    return examples


def featurize(examples: Sequence[Example]) -> list[dict[str, float]]:
    """The features of each example, as ``audit.stance`` computes them at run time (the sentence is the whole text)."""
    rows = []
    for sentence, start, end, _ in examples:
        row: dict[str, float] = {}
        for name, value, _ in features(sentence, start, end, (0, len(sentence))):
            row[name] = value
        rows.append(row)
    return rows


class Sparse:
    """A rows-by-features matrix as coordinate arrays; enough for the two products the fit needs."""

    def __init__(self, rows: Sequence[dict[str, float]], vocabulary: dict[str, int]) -> None:
        r, c, v = [], [], []
        for i, row in enumerate(rows):
            for name in sorted(row):
                j = vocabulary.get(name)
                if j is not None and row[name] != 0.0:
                    r.append(i)
                    c.append(j)
                    v.append(row[name])
        self.rows = np.array(r, dtype=np.int64)
        self.cols = np.array(c, dtype=np.int64)
        self.values = np.array(v, dtype=np.float64)
        self.shape = (len(rows), len(vocabulary))

    def scaled(self, column_scale: np.ndarray) -> Sparse:
        """The matrix with each column multiplied by ``column_scale``."""
        out = Sparse([], {})
        out.rows, out.cols, out.shape = self.rows, self.cols, self.shape
        out.values = self.values * column_scale[self.cols]
        return out

    def times(self, weights: np.ndarray) -> np.ndarray:
        """X @ W."""
        products = self.values[:, None] * weights[self.cols]
        return np.stack([np.bincount(self.rows, products[:, k], self.shape[0]) for k in range(weights.shape[1])], axis=1)

    def transposed_times(self, gradient: np.ndarray) -> np.ndarray:
        """X.T @ G."""
        products = self.values[:, None] * gradient[self.rows]
        return np.stack([np.bincount(self.cols, products[:, k], self.shape[1]) for k in range(gradient.shape[1])], axis=1)


def lbfgs(objective: Callable[[np.ndarray], tuple[float, np.ndarray]], start: np.ndarray, *,
          memory: int = 10, max_iterations: int = 3000, tolerance: float = 1e-7) -> np.ndarray:
    """Minimise a smooth convex ``objective`` (value and gradient) by L-BFGS with a backtracking line search."""
    x = start.copy()
    value, gradient = objective(x)
    steps: list[tuple[np.ndarray, np.ndarray, float]] = []
    for _ in range(max_iterations):
        if np.max(np.abs(gradient)) <= tolerance * max(1.0, abs(value)):
            break
        direction = -gradient.copy()
        alphas = []
        for s, y, rho in reversed(steps):
            alpha = rho * float(s @ direction)
            direction -= alpha * y
            alphas.append(alpha)
        if steps:
            s, y, _ = steps[-1]
            direction *= float(s @ y) / float(y @ y)
        else:
            direction /= max(1.0, float(np.linalg.norm(gradient)))
        for (s, y, rho), alpha in zip(steps, reversed(alphas)):
            direction += s * (alpha - rho * float(y @ direction))
        slope = float(gradient @ direction)
        if slope >= 0:  # not a descent direction: restart from the gradient
            steps.clear()
            direction = -gradient / max(1.0, float(np.linalg.norm(gradient)))
            slope = float(gradient @ direction)
        step = 1.0
        while True:
            candidate = x + step * direction
            new_value, new_gradient = objective(candidate)
            if new_value <= value + 1e-4 * step * slope or step < 1e-12:
                break
            step /= 2
        s, y = candidate - x, new_gradient - gradient
        if float(s @ y) > 1e-12:
            steps.append((s, y, 1.0 / float(s @ y)))
            del steps[:-memory]
        converged = abs(value - new_value) <= 1e-12 * max(1.0, abs(value))
        x, value, gradient = candidate, new_value, new_gradient
        if converged:
            break
    return x


def naive_bayes_ratios(matrix: Sparse, labels: np.ndarray, binary: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    """Log-count ratio of each binary feature (features x classes), one class against the rest; 0 for the others."""
    k = len(LABELS)
    present = np.stack([np.bincount(matrix.cols, (labels[matrix.rows] == c).astype(np.float64), matrix.shape[1]) for c in range(k)], axis=1)
    ratios = np.zeros((matrix.shape[1], k))
    for c in range(k):
        p = alpha + present[:, c]
        q = alpha + present.sum(axis=1) - present[:, c]
        ratios[:, c] = np.log((p / p.sum()) / (q / q.sum()))
    return np.where(binary[:, None], ratios, 0.0)


def fit_binary(matrix: Sparse, targets: np.ndarray, sample_weight: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-penalised logistic regression of ``targets`` (0 or 1)."""
    n, d = matrix.shape
    signs = 2.0 * targets - 1.0
    penalty = 1.0 / c

    def objective(theta: np.ndarray) -> tuple[float, np.ndarray]:
        weights, bias = theta[:d], theta[d]
        margins = -signs * (matrix.times(weights[:, None])[:, 0] + bias)
        loss = float(sample_weight @ np.logaddexp(0.0, margins)) + 0.5 * penalty * float(weights @ weights)
        residual = -signs * sample_weight / (1.0 + np.exp(-margins))
        gradient_w = matrix.transposed_times(residual[:, None])[:, 0] + penalty * weights
        return loss, np.concatenate([gradient_w, [residual.sum()]])

    theta = lbfgs(objective, np.zeros(d + 1))
    return theta[:d], float(theta[d])


def fit_nbsvm(matrix: Sparse, labels: np.ndarray, binary: np.ndarray, c: float, *, balanced: bool = False,
              alpha: float = ALPHA) -> tuple[np.ndarray, np.ndarray]:
    """Weights (features x classes) and biases of one NBSVM per class against the rest, as products r x w.

    ``binary`` marks the features that are present-or-absent (scaled by their ratio r); the
    other features (scores) keep r = 1. ``balanced`` weights each target inversely to its class's frequency.
    """
    n, d = matrix.shape
    k = len(LABELS)
    counts = np.bincount(labels, minlength=k)
    sample_weight = (n / (k * counts))[labels] if balanced else np.ones(n)
    scales = np.where(binary[:, None], naive_bayes_ratios(matrix, labels, binary, alpha), 1.0)
    weights, bias = np.zeros((d, k)), np.zeros(k)
    for label in range(k):
        w, bias[label] = fit_binary(matrix.scaled(scales[:, label]), (labels == label).astype(np.float64), sample_weight, c)
        weights[:, label] = scales[:, label] * w
    return weights, bias


def fit_logistic(matrix: Sparse, labels: np.ndarray, c: float, *, balanced: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Weights (features x classes) and biases of an L2-penalised multinomial logistic regression.

    ``balanced`` weights each class inversely to its frequency; otherwise every target counts once.
    """
    n, d = matrix.shape
    k = len(LABELS)
    counts = np.bincount(labels, minlength=k)
    sample_weight = (n / (k * counts))[labels] if balanced else np.ones(n)
    onehot = np.eye(k)[labels]
    penalty = 1.0 / c

    def objective(theta: np.ndarray) -> tuple[float, np.ndarray]:
        weights, bias = theta[: d * k].reshape(d, k), theta[d * k:]
        scores = matrix.times(weights) + bias
        scores -= scores.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(scores).sum(axis=1))
        loss = float(sample_weight @ (log_norm - scores[np.arange(n), labels])) + 0.5 * penalty * float(np.sum(weights * weights))
        residual = (np.exp(scores - log_norm[:, None]) - onehot) * sample_weight[:, None]
        gradient_w = matrix.transposed_times(residual) + penalty * weights
        return loss, np.concatenate([gradient_w.ravel(), residual.sum(axis=0)])

    theta = lbfgs(objective, np.zeros(d * k + k))
    return theta[: d * k].reshape(d, k), theta[d * k:]


def is_binary(names: Sequence[str]) -> np.ndarray:
    """Which features are present-or-absent (``w=...``, ``cue=...``: a ``=`` in the name), not scores."""
    return np.array(["=" in name for name in names], dtype=bool)


def regression_row(row: dict[str, float]) -> dict[str, float]:
    """A mention's features as the multinomial regression reads them (``audit.stance.regression_scales``)."""
    scales = regression_scales(row)
    return {name: value * scales.get(name[:2], 1.0) for name, value in row.items()}


def fit_both(rows: Sequence[dict[str, float]], names: list[str], labels: np.ndarray, c: float, *,
             balanced: bool) -> tuple[np.ndarray, np.ndarray]:
    """Weights (features x 2 * classes) and biases of the multinomial regression, then NBSVM, side by side."""
    vocabulary = {name: j for j, name in enumerate(names)}
    matrix = Sparse(rows, vocabulary)
    binary = is_binary(names)
    lr_weights, lr_bias = fit_logistic(Sparse([regression_row(row) for row in rows], vocabulary), labels, c, balanced=balanced)
    nb_weights, nb_bias = fit_nbsvm(matrix, labels, binary, c, balanced=balanced)
    return np.concatenate([lr_weights, nb_weights], axis=1), np.concatenate([lr_bias, nb_bias])


def fit(examples: Sequence[Example], *, c: float = C, min_count: int = MIN_COUNT, keep: int = KEEP, balanced: bool = False,
        featurizer: Callable[[Sequence[Example]], list[dict[str, float]]] = featurize) -> tuple[dict[str, tuple[float, ...]], tuple[float, ...]]:
    """Fitted ``{feature: weights}`` and bias of both models (regression's three columns, then NBSVM's), rounded to ``DECIMALS``."""
    rows = featurizer(examples)
    labels = np.array([label for *_, label in examples], dtype=np.int64)
    counts = Counter(name for row in rows for name in row)
    names = sorted(name for name, count in counts.items() if count >= min_count)
    weights, bias = fit_both(rows, names, labels, c, balanced=balanced)
    if keep and len(names) > keep:
        strength = np.abs(weights - weights.mean(axis=1, keepdims=True)).max(axis=1)
        # ties broken by name, so the choice does not depend on sort stability
        chosen = sorted(sorted(range(len(names)), key=lambda j: (-round(float(strength[j]), 10), names[j]))[:keep])
        names = [names[j] for j in chosen]
        weights, bias = fit_both(rows, names, labels, c, balanced=balanced)
    table = {name: tuple(_rounded(w) for w in weights[j]) for j, name in enumerate(names)}
    return table, tuple(_rounded(b) for b in bias)


def predicted_label(scores: Sequence[float], mix: str, share: float) -> int:
    """The label index the averaged models choose (``audit.stance.mixed``)."""
    return mixed(scores[: len(LABELS)], scores[len(LABELS):], mix, share)[0]


def cross_validated(examples: Sequence[Example], *, folds: int = 5, c: float = C, min_count: int = MIN_COUNT, keep: int = KEEP,
                    balanced: bool = BALANCED) -> dict[tuple[str, float], float]:
    """Macro F1 of a ``folds``-fold cross-validation on ``examples`` for every mix: ``{(kind, regression's share): F1}``.

    A share of 1.0 is the regression alone, 0.0 NBSVM alone. Folds are made of whole
    sentences (the targets of one sentence never sit on both sides), dealt in sorted order,
    so the split is the same on every run.
    """
    sentences = sorted({sentence for sentence, *_ in examples})
    fold_of = {sentence: k % folds for k, sentence in enumerate(sentences)}
    rows = featurize(examples)
    held_out_scores: list[list[float]] = [[] for _ in examples]
    for fold in range(folds):
        train = [i for i, example in enumerate(examples) if fold_of[example[0]] != fold]
        table, bias = fit([examples[i] for i in train], c=c, min_count=min_count, keep=keep, balanced=balanced,
                          featurizer=lambda _, picked=train: [rows[i] for i in picked])
        for i, example in enumerate(examples):
            if fold_of[example[0]] == fold:
                held_out_scores[i] = summed_scores(table, bias, list(rows[i].items()))
    gold = [label for *_, label in examples]
    return {(kind, share): macro_f1(gold, [predicted_label(scores, kind, share) for scores in held_out_scores])
            for kind in MIX_KINDS for share in (0.0, *MIX_SHARES, 1.0)}


def best_mix(scores: dict[tuple[str, float], float]) -> tuple[str, float]:
    """The mix (kind, regression's share in ``MIX_SHARES``) with the highest cross-validated F1; ties to the earlier."""
    candidates = [(kind, share) for kind in MIX_KINDS for share in MIX_SHARES]
    return max(candidates, key=lambda mix: (round(scores[mix], 10), -candidates.index(mix)))


def macro_f1(gold: Sequence[int], predicted: Sequence[int]) -> float:
    """The mean over the labels of each label's F1."""
    total = 0.0
    for k in range(len(LABELS)):
        hits = sum(g == p == k for g, p in zip(gold, predicted))
        guessed = sum(p == k for p in predicted)
        actual = sum(g == k for g in gold)
        total += 2 * hits / (guessed + actual) if guessed + actual else 0.0
    return total / len(LABELS)


def _rounded(value: float) -> float:
    return round(float(value), DECIMALS) + 0.0  # + 0.0 turns -0.0 into 0.0


def render(table: dict[str, tuple[float, ...]], bias: tuple[float, ...], *, c: float, min_count: int, keep: int, balanced: bool,
           examples: int, mix: tuple[str, float], cv: dict[tuple[str, float], float]) -> str:
    """The weights file: a ``#`` header saying where it comes from, then a ``feature,lr_negative,...,nbsvm_positive`` row,
    the ``(bias)`` and ``(mix)`` rows and one row per feature."""
    out = io.StringIO()
    out.write(
        "# Weights of the tone toward a target (audit/stance.py): the average of two linear models over the same features,\n"
        "# one row per feature: lr_* columns, a multinomial logistic regression (one weight per label); nbsvm_* columns,\n"
        "# NBSVM (Wang & Manning 2012, \"Baselines and Bigrams\", ACL), one logistic regression per label against the other\n"
        "# two over features scaled by their naive-Bayes log-count ratio (ratio x weight, one column per label).\n"
        f"# The (mix) row: what is averaged ({' or '.join(MIX_KINDS)}) and the regression's share, chosen among {MIX_SHARES}\n"
        f"# by 5-fold cross-validation on train.jsonl (folds of whole sentences): macro F1 {cv[mix]:.4f} with {mix[0]} at {mix[1]};\n"
        f"# the regression alone {cv[('scores', 1.0)]:.4f}, NBSVM alone {cv[('scores', 0.0)]:.4f}.\n"
        "# Fitted on the training split of NewsMTSC (Hamborg & Donnay 2021, \"NewsMTSC: A Dataset for (Multi-)Target-\n"
        "# dependent Sentiment Classification in Political News Articles\", EACL; github.com/fhamborg/NewsMTSC).\n"
        "# These weights are derived from NewsMTSC, which is under the MIT License:\n"
        "#   Copyright (c) 2020 Felix Hamborg\n"
        "#   Permission is hereby granted, free of charge, to any person obtaining a copy of this software and\n"
        "#   associated documentation files (the \"Software\"), to deal in the Software without restriction, including\n"
        "#   without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell\n"
        "#   copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the\n"
        "#   following conditions: The above copyright notice and this permission notice shall be included in all\n"
        "#   copies or substantial portions of the Software.\n"
        "#   THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT\n"
        "#   LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO\n"
        "#   EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER\n"
        "#   IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR\n"
        "#   THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n"
        f"# Fitted by scripts/fit_stance.py (make fit-stance) on the {examples} targets of train.jsonl: L2 penalty C={c}, ratios smoothed by {ALPHA},\n"
        f"# {'classes weighted inversely to their frequency' if balanced else 'every target weighted alike'}, features seen at least {min_count} times, "
        f"{f'the {keep} strongest kept and refitted' if keep else 'all kept'},\n"
        f"# weights rounded to {DECIMALS} places. Feature names: see audit.stance.features.\n"
    )
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("feature", *(f"{name}_{label}" for name in MODELS for label in LABELS)))
    writer.writerow(("(bias)", *(f"{b:.{DECIMALS}f}" for b in bias)))
    writer.writerow(("(mix)", mix[0], f"{mix[1]}", *([""] * (len(MODELS) * len(LABELS) - 2))))
    for name in sorted(table):
        writer.writerow((name, *(f"{w:.{DECIMALS}f}" for w in table[name])))
    return out.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=None, help="NewsMTSC train.jsonl (default: devsets/newsmtsc/train.jsonl)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="refit and compare with the output file instead of writing it")
    parser.add_argument("--cv", action="store_true", help="print the macro F1 of a 5-fold cross-validation on the training split, write nothing")
    args = parser.parse_args(argv)
    train = args.train or devsets() / "newsmtsc" / "train.jsonl"
    if not train.is_file():
        print(f"fit_stance: no training split at {train} (set AUDIT_DEVSETS to the devsets folder)", file=sys.stderr)
        return 2
    examples = read_split(train)
    cv = cross_validated(examples)
    mix = best_mix(cv)
    if args.cv or not args.check:
        print(f"5-fold cross-validation on {train} ({len(examples)} targets, folds of whole sentences), macro F1 by mix"
              " (share of the multinomial regression; 1.0 is it alone, 0.0 NBSVM alone):")
        for (kind, share), score in cv.items():
            print(f"  {kind:13s} {share:.1f}  {score:.4f}{'  <- chosen' if (kind, share) == mix else ''}")
    if args.cv:
        return 0
    table, bias = fit(examples, balanced=BALANCED)
    text = render(table, bias, c=C, min_count=MIN_COUNT, keep=KEEP, balanced=BALANCED, examples=len(examples), mix=mix, cv=cv)
    if args.check:
        same = args.output.is_file() and args.output.read_text(encoding="utf-8") == text
        print(f"{args.output}: {'identical to' if same else 'DIFFERS from'} a refit on {train}")
        return 0 if same else 1
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}: {len(table)} features x {len(MODELS)} models x {len(LABELS)} classes, from {len(examples)} targets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
