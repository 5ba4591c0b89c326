"""Differences beyond noise: each outlet's rate or mean with an interval, against the pooled rest.

A report that compares outlets makes many comparisons (nine frames, four word lists, tone,
for every outlet), and with a few dozen sentences per article most gaps between outlets are
noise. This module decides which gaps are reported as findings, by one documented rule, for
every caller (the overview, the tone and framing sections, and any summary built on them).

**Each group's interval** (95 %, shown to the reader):

- a *share of units* (sentences cueing a frame) gets the Wilson score interval (Wilson 1927,
  "Probable inference, the law of succession, and statistical inference", JASA 22), which
  stays inside 0..1 and behaves with few units or shares near 0;
- a *mean over units* (own-voice tone: the mean of the sentences' VADER scores) and a *rate*
  (loaded words per 1,000 words: hits over words, summed over sentences) get a percentile
  bootstrap over the units (Efron & Tibshirani 1993, "An Introduction to the Bootstrap",
  ch. 13): the sentences are resampled with replacement ``resamples`` times from a random
  generator with a fixed seed, so the same input gives the same interval, byte for byte.
  Resampling sentences, not words, keeps the clustering of hits in sentences.

**Against the pooled rest.** Each group (an outlet, or an article) is compared with all the
other groups' units pooled together, so the rest is weighted by units (sentences), never a
mean of the groups' means.

**The rule.** What decides is the interval of the *difference* between the group and the
rest, at the stricter ``decision_level`` (99 %): for shares Newcombe's hybrid score interval
built from the two Wilson intervals (Newcombe 1998, "Interval estimation for the difference
between independent proportions: comparison of eleven methods", Statistics in Medicine 17,
method 10), for means and rates the percentile interval of the bootstrapped differences. A
difference is *clear* when (1) each side rests on at least ``min_units`` units (10 sentences
for shares, 20 for means and rates, whose bootstrap needs more), (2) the interval of the
difference excludes zero, and (3) the difference is at least ``min_gap`` (5 percentage points
for shares, 0.10 for a tone mean on VADER's -1..+1 scale, 2 per 1,000 words for rates).
Otherwise there is *no clear difference*, or *too few* units to tell. The 99 % level is
strict on purpose: with nine frames per article, the chance that noise alone makes an
article "lean on" some frame stays under about 9 % (1 - 0.99 ** 9), where a 95 % level would
allow about 37 %. A ranking ("the most negative of the 5", ``Comparison.extreme``) needs
three groups or more and the group clear, by the same rule, of every other group on its own.

>>> [c.verdict for c in compare_shares([("a", 30, 100), ("b", 10, 100), ("c", 12, 100)], "conflict")]
['higher', 'no clear difference', 'no clear difference']
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from statistics import NormalDist

import numpy as np

HIGHER = "higher"
LOWER = "lower"
NO_CLEAR_DIFFERENCE = "no clear difference"
TOO_FEW = "too few"

_SCALE = 1_000_000  # means are summed as integer millionths: exact, so the same on every machine
_BLOCK_DRAWS = 1_000_000  # units drawn per block of resamples


@dataclass(frozen=True)
class DifferenceRule:
    """When a gap between a group and the rest counts as a finding (see the module docstring).

    ``min_gap`` is in the measure's own unit (a share 0..1, a VADER mean, a rate per 1,000
    words). ``level`` is that of the intervals shown for each group, ``decision_level`` that
    of the interval of the difference, which decides. ``resamples`` and ``seed`` set the
    bootstrap of means and rates.
    """

    min_gap: float
    min_units: int = 20
    level: float = 0.95
    decision_level: float = 0.99
    resamples: int = 2000
    seed: int = 15  # fixed, so that intervals are the same on every run


SHARE_RULE = DifferenceRule(min_gap=0.05, min_units=10)  # shares of sentences: 5 percentage points
TONE_RULE = DifferenceRule(min_gap=0.10)  # means of VADER compound scores (-1..+1)
RATE_RULE = DifferenceRule(min_gap=2.0)  # rates per 1,000 words


@dataclass(frozen=True)
class Interval:
    """A value with its interval: ``low <= value <= high``, resting on ``units`` units.

    ``method`` names how it was made (``"Wilson"``, ``"bootstrap"``, ``"Newcombe"``);
    numbers are rounded to 4 decimals so that output is stable.
    """

    value: float
    low: float
    high: float
    units: int
    method: str

    @property
    def excludes_zero(self) -> bool:
        return self.low > 0 or self.high < 0


@dataclass(frozen=True)
class Comparison:
    """One group's value against the pooled rest's, the difference, and the verdict of ``rule``.

    ``here`` and ``rest`` are at ``rule.level``; ``difference`` (here minus rest) is at
    ``rule.decision_level``. ``verdict`` is ``"higher"``, ``"lower"``, ``"no clear
    difference"`` or ``"too few"``. ``extreme`` is ``"highest"`` or ``"lowest"`` when, among
    three groups or more, this one is clearly above (below) every other group on its own.
    """

    group: str
    measure: str
    here: Interval
    rest: Interval
    difference: Interval
    verdict: str
    rule: DifferenceRule
    extreme: str = ""

    @property
    def gap(self) -> float:
        """The group's value minus the rest's."""
        return self.difference.value

    @property
    def clear(self) -> bool:
        return self.verdict in (HIGHER, LOWER)


def wilson(hits: int, units: int, *, level: float = 0.95) -> Interval:
    """The share ``hits / units`` with its Wilson score interval.

    >>> wilson(11, 100)
    Interval(value=0.11, low=0.0625, high=0.1863, units=100, method='Wilson')
    """
    low, high = _wilson_bounds(hits, units, level)
    return Interval(round(hits / units, 4) if units else 0.0, round(low, 4), round(high, 4), max(units, 0), "Wilson")


def newcombe(hits: int, units: int, other_hits: int, other_units: int, *, level: float = 0.99) -> Interval:
    """The difference of two shares, ``hits/units - other_hits/other_units``, with Newcombe's
    hybrid score interval (method 10 of Newcombe 1998), built from the two Wilson intervals."""
    if units <= 0 or other_units <= 0:
        return Interval(0.0, 0.0, 0.0, 0, "Newcombe")
    share, other = hits / units, other_hits / other_units
    low, high = _wilson_bounds(hits, units, level)
    other_low, other_high = _wilson_bounds(other_hits, other_units, level)
    difference = share - other
    below = math.sqrt((share - low) ** 2 + (other_high - other) ** 2)
    above = math.sqrt((high - share) ** 2 + (other - other_low) ** 2)
    return Interval(round(difference, 4), round(difference - below, 4), round(difference + above, 4), units + other_units, "Newcombe")


def bootstrap_mean(values: Sequence[float], rule: DifferenceRule = TONE_RULE) -> Interval:
    """The mean of ``values`` with a percentile-bootstrap interval over them (fixed seed).

    >>> bootstrap_mean([0.5] * 30).low
    0.5
    """
    return _mean_sample(values, rule, rule.seed).interval(rule.level)


def bootstrap_rates(
    counts: Mapping[str, Sequence[int]], sizes: Sequence[int], rule: DifferenceRule = RATE_RULE, *, per: float = 1000.0
) -> dict[str, Interval]:
    """For each measure, ``per * sum(hits) / sum(sizes)`` (hits per 1,000 words) with a
    percentile-bootstrap interval over the units (sentences). ``counts`` maps a measure to its
    hits per unit; every measure is read off the same resamples, each drawing whole sentences
    with their hits and their words."""
    samples = _rate_samples(counts, sizes, rule, rule.seed, per)
    return {name: sample.interval(rule.level) for name, sample in samples.items()}


def decide(difference: Interval, here_units: int, rest_units: int, rule: DifferenceRule) -> str:
    """The verdict of ``rule`` on a ``difference`` (here minus rest) resting on so many units each side."""
    if here_units < rule.min_units or rest_units < rule.min_units:
        return TOO_FEW
    if not difference.excludes_zero or abs(difference.value) < rule.min_gap - 1e-9:
        return NO_CLEAR_DIFFERENCE
    return HIGHER if difference.value > 0 else LOWER


def compare_shares(groups: Sequence[tuple[str, int, int]], measure: str, rule: DifferenceRule = SHARE_RULE) -> tuple[Comparison, ...]:
    """Each ``(label, hits, units)`` group's share against the pooled rest's."""
    total_hits = sum(hits for _, hits, _ in groups)
    total_units = sum(units for _, _, units in groups)
    found = []
    for label, hits, units in groups:
        rest_hits, rest_units = total_hits - hits, total_units - units
        difference = newcombe(hits, units, rest_hits, rest_units, level=rule.decision_level)
        found.append(
            Comparison(
                label,
                measure,
                wilson(hits, units, level=rule.level),
                wilson(rest_hits, rest_units, level=rule.level),
                difference,
                decide(difference, units, rest_units, rule),
                rule,
            )
        )

    def pairwise(i: int, j: int) -> str:
        (_, hits, units), (_, other_hits, other_units) = groups[i], groups[j]
        return decide(newcombe(hits, units, other_hits, other_units, level=rule.decision_level), units, other_units, rule)

    return _with_extremes(found, pairwise)


def compare_means(groups: Sequence[tuple[str, Sequence[float]]], measure: str, rule: DifferenceRule = TONE_RULE) -> tuple[Comparison, ...]:
    """Each ``(label, values)`` group's mean against the mean of the other groups' values pooled."""
    heres = [_mean_sample(values, rule, _seed(rule, position, 0)) for position, (_, values) in enumerate(groups)]
    found = []
    for position, (label, _) in enumerate(groups):
        pooled = [value for other, (_, values) in enumerate(groups) if other != position for value in values]
        found.append(_compare(label, measure, heres[position], _mean_sample(pooled, rule, _seed(rule, position, 1)), rule))
    return _with_extremes(found, lambda i, j: _decide_samples(heres[i], heres[j], rule))


def compare_rates(
    groups: Sequence[tuple[str, Mapping[str, Sequence[int]], Sequence[int]]], rule: DifferenceRule = RATE_RULE, *, per: float = 1000.0
) -> dict[str, tuple[Comparison, ...]]:
    """Rates per ``per`` words of several measures, each ``(label, {measure: hits per unit},
    words per unit)`` group against the others pooled; one tuple of comparisons per measure."""
    names = sorted({name for _, counts, _ in groups for name in counts})
    heres = []
    for position, (_, counts, sizes) in enumerate(groups):
        complete = {name: counts.get(name, [0] * len(sizes)) for name in names}
        heres.append(_rate_samples(complete, sizes, rule, _seed(rule, position, 0), per))
    found: dict[str, list[Comparison]] = {name: [] for name in names}
    for position, (label, _, _) in enumerate(groups):
        others = [group for other, group in enumerate(groups) if other != position]
        pooled = {name: [hit for _, counts, sizes in others for hit in counts.get(name, [0] * len(sizes))] for name in names}
        rests = _rate_samples(pooled, [size for _, _, sizes in others for size in sizes], rule, _seed(rule, position, 1), per)
        for name in names:
            found[name].append(_compare(label, name, heres[position][name], rests[name], rule))
    return {
        name: _with_extremes(comparisons, lambda i, j, name=name: _decide_samples(heres[i][name], heres[j][name], rule))
        for name, comparisons in found.items()
    }


def describe(
    comparison: Comparison, *, percent: bool = False, signed: bool = False, rest_name: str = "the rest", units: str = "sentences"
) -> str:
    """The evidence of a comparison in words, for a tooltip or a table cell: "34% [27–41%] of
    152 sentences, against 21% [18–24%] of 216 in the rest (95% intervals); difference +13
    points [+4, +22] (99%): clearly higher"."""
    here, rest, rule = comparison.here, comparison.rest, comparison.rule
    return (
        f"{format_interval(here, percent=percent, signed=signed)} of {here.units} {units}, against "
        f"{format_interval(rest, percent=percent, signed=signed)} of {rest.units} in {rest_name} ({rule.level:.0%} intervals); "
        f"difference {format_difference(comparison.difference, percent=percent)} ({rule.decision_level:.0%}): {verdict_text(comparison)}"
    )


def verdict_text(comparison: Comparison) -> str:
    """The verdict as a reader reads it, with the reason when nothing is claimed."""
    if comparison.verdict == TOO_FEW:
        return f"too few to tell (each side needs {comparison.rule.min_units} sentences)"
    if comparison.verdict == NO_CLEAR_DIFFERENCE:
        return "no clear difference"
    return f"clearly {comparison.verdict}"


def format_signed(value: float, decimals: int = 2) -> str:
    """``+0.31`` or ``-0.12``; a value that rounds to zero at ``decimals`` is written unsigned,
    ``0.00``, never ``-0.00`` or ``+0.00``. Every signed number of the report and the terminal
    is written by this function, so that they print the same numbers."""
    text = f"{value:+.{decimals}f}"
    return text[1:] if float(text) == 0 else text


def format_interval(interval: Interval, *, percent: bool = False, signed: bool = False) -> str:
    """``34% [27–41%]``, ``+0.29 [+0.22, +0.36]`` or ``4.1 [2.9–5.4]``."""
    if percent:
        value = f"{interval.value:.0%}"
    else:
        value = format_signed(interval.value) if signed else f"{interval.value:.1f}"
    return f"{value} {format_bounds(interval, percent=percent, signed=signed)}"


def format_bounds(interval: Interval, *, percent: bool = False, signed: bool = False) -> str:
    """The interval alone: ``[27–41%]``, ``[+0.22, +0.36]`` or ``[2.9–5.4]``."""
    if percent:
        return f"[{interval.low * 100:.0f}–{interval.high:.0%}]"
    if signed:
        return f"[{format_signed(interval.low)}, {format_signed(interval.high)}]"
    return f"[{interval.low:.1f}–{interval.high:.1f}]"


def format_difference(difference: Interval, *, percent: bool = False, decimals: int = 2) -> str:
    """``+13 points [+4, +22]`` for shares, ``+0.16 [+0.09, +0.23]`` (or with fewer ``decimals``) otherwise."""
    if percent:
        return f"{_points(difference.value)} points [{_points(difference.low)}, {_points(difference.high)}]"
    value, low, high = (format_signed(bound, decimals) for bound in (difference.value, difference.low, difference.high))
    return f"{value} [{low}, {high}]"


def rule_summary() -> dict[str, str]:
    """The rule in words, for the methods section, with the thresholds this module uses."""
    return {
        "level": f"{SHARE_RULE.level:.0%}",
        "decision_level": f"{SHARE_RULE.decision_level:.0%}",
        "share_units": str(SHARE_RULE.min_units),
        "mean_units": str(TONE_RULE.min_units),
        "share_gap": f"{SHARE_RULE.min_gap * 100:.0f} percentage points",
        "tone_gap": f"{TONE_RULE.min_gap:.2f}",
        "rate_gap": f"{RATE_RULE.min_gap:g} per 1,000 words",
        "resamples": f"{TONE_RULE.resamples:,}",
        "seed": str(TONE_RULE.seed),
    }


@dataclass(frozen=True)
class _Sample:
    """A statistic of a group and its bootstrap replicates."""

    value: float
    replicates: np.ndarray
    units: int

    def interval(self, level: float) -> Interval:
        low, high = _percentiles(self.replicates, level)
        return Interval(round(self.value, 4), round(min(low, self.value), 4), round(max(high, self.value), 4), self.units, "bootstrap")


def _mean_sample(values: Sequence[float], rule: DifferenceRule, seed: int) -> _Sample:
    """Values are read to 6 decimals and summed as integers, so the replicates are exact (VADER's scores have 4)."""
    if not values:
        return _Sample(0.0, np.zeros(1), 0)
    scaled = [round(value * _SCALE) for value in values]
    count = len(scaled)
    (sums,) = _resampled_sums([scaled], rule.resamples, seed)
    return _Sample(sum(scaled) / count / _SCALE, sums / count / _SCALE, count)


def _rate_samples(counts: Mapping[str, Sequence[int]], sizes: Sequence[int], rule: DifferenceRule, seed: int, per: float) -> dict[str, _Sample]:
    names = sorted(counts)
    if any(len(counts[name]) != len(sizes) for name in names):
        raise ValueError(f"a rate needs one count per unit for every measure ({len(sizes)} units)")
    total = sum(sizes)
    if not sizes or total <= 0:
        return {name: _Sample(0.0, np.zeros(1), len(sizes)) for name in names}
    *hits, words = _resampled_sums([*(counts[name] for name in names), sizes], rule.resamples, seed)
    words = np.maximum(words, 1)
    return {name: _Sample(per * sum(counts[name]) / total, per * found / words, len(sizes)) for name, found in zip(names, hits)}


def _compare(label: str, measure: str, here: _Sample, rest: _Sample, rule: DifferenceRule) -> Comparison:
    difference = _difference(here, rest, rule)
    return Comparison(label, measure, here.interval(rule.level), rest.interval(rule.level), difference, decide(difference, here.units, rest.units, rule), rule)


def _difference(here: _Sample, rest: _Sample, rule: DifferenceRule) -> Interval:
    """The difference of two independent samples' statistics, with the percentile interval of
    the differences of their replicates at ``rule.decision_level``."""
    value = here.value - rest.value
    low, high = _percentiles(here.replicates - rest.replicates, rule.decision_level)
    return Interval(round(value, 4), round(min(low, value), 4), round(max(high, value), 4), here.units + rest.units, "bootstrap")


def _decide_samples(here: _Sample, other: _Sample, rule: DifferenceRule) -> str:
    return decide(_difference(here, other, rule), here.units, other.units, rule)


def _with_extremes(comparisons: list[Comparison], pairwise) -> tuple[Comparison, ...]:
    """The comparisons, the clearly highest (lowest) of three groups or more marked as such:
    ``pairwise(i, j)`` decides group i against group j alone."""
    if len(comparisons) < 3:
        return tuple(comparisons)
    marked = []
    for index, comparison in enumerate(comparisons):
        extreme = ""
        if comparison.clear:
            verdicts = {pairwise(index, other) for other in range(len(comparisons)) if other != index}
            if verdicts == {comparison.verdict}:
                extreme = "highest" if comparison.verdict == HIGHER else "lowest"
        marked.append(replace(comparison, extreme=extreme))
    return tuple(marked)


def _seed(rule: DifferenceRule, position: int, side: int) -> int:
    """A distinct fixed seed per group and side, so that two samples never share their draws."""
    return rule.seed + 2 * position + side


def _resampled_sums(columns: Sequence[Sequence[int]], resamples: int, seed: int) -> list[np.ndarray]:
    """For each of ``resamples`` resamples of the units (drawn with replacement, the same draws
    for every column), the sum of each column over the resample.

    The draws come from numpy's legacy ``RandomState`` seeded with ``seed``, whose stream
    numpy keeps unchanged across versions (NEP 19), and the sums are of integers, so they
    are exact: the same input gives the same sums everywhere.
    """
    arrays = [np.asarray(column, dtype=np.int64) for column in columns]
    count = len(arrays[0])
    generator = np.random.RandomState(seed)
    sums: list[list[np.ndarray]] = [[] for _ in arrays]
    done = 0
    while done < resamples:  # in blocks, so that memory stays small for long texts
        block = min(resamples - done, max(1, _BLOCK_DRAWS // count))
        picks = generator.randint(0, count, size=(block, count))
        for found, array in zip(sums, arrays):
            found.append(array[picks].sum(axis=1))
        done += block
    return [np.concatenate(found) for found in sums]


def _percentiles(replicates: np.ndarray, level: float) -> tuple[float, float]:
    ordered = np.sort(replicates)
    tail = (1 - level) / 2
    low = float(ordered[max(0, math.floor(tail * len(ordered)))])
    high = float(ordered[min(len(ordered) - 1, math.ceil((1 - tail) * len(ordered)) - 1)])
    return low, high


def _wilson_bounds(hits: int, units: int, level: float) -> tuple[float, float]:
    if units <= 0:
        return 0.0, 0.0
    if not 0 <= hits <= units:
        raise ValueError(f"a share needs 0 <= hits <= units, got {hits} hits of {units} units")
    z = NormalDist().inv_cdf(0.5 + level / 2)
    share = hits / units
    denominator = 1 + z * z / units
    centre = (share + z * z / (2 * units)) / denominator
    half = z * math.sqrt(share * (1 - share) / units + z * z / (4 * units * units)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def _points(share: float) -> str:
    """A difference of shares in percentage points, to one decimal below one point ("+0.4", "0.0")."""
    points = share * 100
    return format_signed(points, 1 if abs(points) < 1 else 0)
