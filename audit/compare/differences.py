"""Differences beyond noise: each outlet's rate or mean with an interval, against the pooled rest.

A report that compares outlets makes many comparisons (nine frames, four word lists, tone,
for every outlet), and with a few dozen sentences per article most gaps between outlets are
noise. This module decides which gaps are reported as findings, by one documented rule, for
every caller (the overview, the tone and framing sections, and any summary built on them).

**Intervals** (95 % by default):

- a *share of units* (sentences cueing a frame, sentences holding a hedge) gets the Wilson
  score interval (Wilson 1927, "Probable inference, the law of succession, and statistical
  inference", JASA 22), which stays inside 0..1 and behaves with few units or shares near 0;
- a *mean over units* (own-voice tone: the mean of the sentences' VADER scores) and a *rate*
  (loaded words per 1,000 words: hits over words, summed over sentences) get a percentile
  bootstrap over the units (Efron & Tibshirani 1993, "An Introduction to the Bootstrap",
  ch. 13): the sentences are resampled with replacement ``resamples`` times from a random
  generator seeded with a fixed number, so the same input gives the same interval, byte for
  byte. Resampling sentences, not words, keeps the clustering of hits in sentences.

**Against the pooled rest.** Each group (an outlet, or an article) is compared with all the
other groups' units pooled together, so the rest is weighted by units (sentences), never a
mean of the groups' means.

**The rule.** A difference is *clear* when (1) each side rests on at least ``min_units``
units, (2) the two intervals do not overlap, and (3) the gap between the two values is at
least ``min_gap`` (5 percentage points for shares, 0.10 for a tone mean on VADER's -1..+1
scale, 2 per 1,000 words for rates). Otherwise there is *no clear difference*, or *too few*
units to tell. Two non-overlapping 95 % intervals amount to a test at about the 0.5 % level
when their widths are similar (Schenker & Gelman 2001, "On judging the significance of
differences by examining the overlap between confidence intervals", The American
Statistician 55), conservative on purpose because a report makes dozens of comparisons; the
reader can check it by eye from the intervals shown. A ranking ("the most negative of the
5") needs more: the group's value is the extreme one and its interval is clear, by the same
rule, of every other group's own interval (``clearly_extreme``).

>>> [c.verdict for c in compare_shares([("a", 30, 100), ("b", 10, 100), ("c", 12, 100)], "conflict")]
['higher', 'no clear difference', 'no clear difference']
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
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
    words); ``resamples`` and ``seed`` set the bootstrap of means and rates.
    """

    min_gap: float
    level: float = 0.95
    min_units: int = 20
    resamples: int = 2000
    seed: int = 15  # fixed, so that intervals are the same on every run


SHARE_RULE = DifferenceRule(min_gap=0.05)  # shares of sentences: 5 percentage points
TONE_RULE = DifferenceRule(min_gap=0.10)  # means of VADER compound scores (-1..+1)
RATE_RULE = DifferenceRule(min_gap=2.0)  # rates per 1,000 words


@dataclass(frozen=True)
class Interval:
    """A value with its interval: ``low <= value <= high``, resting on ``units`` units.

    ``method`` is ``"Wilson"`` or ``"bootstrap"``; values are rounded to 4 decimals so that
    output is stable.
    """

    value: float
    low: float
    high: float
    units: int
    method: str

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high


@dataclass(frozen=True)
class Comparison:
    """One group's value against the pooled rest's, and the verdict of ``rule``.

    ``verdict`` is ``"higher"``, ``"lower"``, ``"no clear difference"`` or ``"too few"``.
    """

    group: str
    measure: str
    here: Interval
    rest: Interval
    verdict: str
    rule: DifferenceRule

    @property
    def gap(self) -> float:
        """The group's value minus the rest's."""
        return round(self.here.value - self.rest.value, 4)

    @property
    def clear(self) -> bool:
        return self.verdict in (HIGHER, LOWER)


def wilson(hits: int, units: int, *, level: float = 0.95) -> Interval:
    """The share ``hits / units`` with its Wilson score interval.

    >>> wilson(11, 100)
    Interval(value=0.11, low=0.0625, high=0.1863, units=100, method='Wilson')
    """
    if units <= 0:
        return Interval(0.0, 0.0, 0.0, 0, "Wilson")
    if not 0 <= hits <= units:
        raise ValueError(f"a share needs 0 <= hits <= units, got {hits} hits of {units} units")
    z = NormalDist().inv_cdf(0.5 + level / 2)
    share = hits / units
    denominator = 1 + z * z / units
    centre = (share + z * z / (2 * units)) / denominator
    half = z * math.sqrt(share * (1 - share) / units + z * z / (4 * units * units)) / denominator
    return Interval(round(share, 4), round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4), units, "Wilson")


def bootstrap_mean(values: Sequence[float], rule: DifferenceRule = TONE_RULE) -> Interval:
    """The mean of ``values`` with a percentile-bootstrap interval over them (fixed seed).

    Values are read to 6 decimals and summed as integers, so the interval is the same on
    every machine (VADER's scores have 4).

    >>> bootstrap_mean([0.5] * 30).low
    0.5
    """
    if not values:
        return Interval(0.0, 0.0, 0.0, 0, "bootstrap")
    scaled = [round(value * _SCALE) for value in values]
    count = len(scaled)
    (sums,) = _resampled_sums([scaled], rule)
    return _percentile_interval(sum(scaled) / count / _SCALE, sums / count / _SCALE, count, rule)


def bootstrap_rates(
    counts: Mapping[str, Sequence[int]], sizes: Sequence[int], rule: DifferenceRule = RATE_RULE, *, per: float = 1000.0
) -> dict[str, Interval]:
    """For each measure, ``per * sum(hits) / sum(sizes)`` (hits per 1,000 words) with a
    percentile-bootstrap interval over the units (sentences). ``counts`` maps a measure to its
    hits per unit; every measure is read off the same resamples, each drawing whole sentences
    with their hits and their words."""
    names = sorted(counts)
    if any(len(counts[name]) != len(sizes) for name in names):
        raise ValueError(f"a rate needs one count per unit for every measure ({len(sizes)} units)")
    total = sum(sizes)
    if not sizes or total <= 0:
        return {name: Interval(0.0, 0.0, 0.0, len(sizes), "bootstrap") for name in names}
    *hits, words = _resampled_sums([*(counts[name] for name in names), sizes], rule)
    words = np.maximum(words, 1)
    return {
        name: _percentile_interval(per * sum(counts[name]) / total, per * found / words, len(sizes), rule)
        for name, found in zip(names, hits)
    }


def decide(here: Interval, rest: Interval, rule: DifferenceRule) -> str:
    """The verdict of ``rule`` on ``here`` against ``rest`` (see the module docstring)."""
    if here.units < rule.min_units or rest.units < rule.min_units:
        return TOO_FEW
    gap = here.value - rest.value
    if here.overlaps(rest) or abs(gap) < rule.min_gap - 1e-9:
        return NO_CLEAR_DIFFERENCE
    return HIGHER if gap > 0 else LOWER


def compare_shares(groups: Sequence[tuple[str, int, int]], measure: str, rule: DifferenceRule = SHARE_RULE) -> tuple[Comparison, ...]:
    """Each ``(label, hits, units)`` group's share against the pooled rest's (Wilson intervals)."""
    total_hits = sum(hits for _, hits, _ in groups)
    total_units = sum(units for _, _, units in groups)
    found = []
    for label, hits, units in groups:
        here = wilson(hits, units, level=rule.level)
        rest = wilson(total_hits - hits, total_units - units, level=rule.level)
        found.append(Comparison(label, measure, here, rest, decide(here, rest, rule), rule))
    return tuple(found)


def compare_means(groups: Sequence[tuple[str, Sequence[float]]], measure: str, rule: DifferenceRule = TONE_RULE) -> tuple[Comparison, ...]:
    """Each ``(label, values)`` group's mean against the mean of the other groups' values pooled."""
    found = []
    for position, (label, values) in enumerate(groups):
        here = bootstrap_mean(values, rule)
        rest = bootstrap_mean([value for other, (_, others) in enumerate(groups) if other != position for value in others], rule)
        found.append(Comparison(label, measure, here, rest, decide(here, rest, rule), rule))
    return tuple(found)


def compare_rates(
    groups: Sequence[tuple[str, Mapping[str, Sequence[int]], Sequence[int]]], rule: DifferenceRule = RATE_RULE, *, per: float = 1000.0
) -> dict[str, tuple[Comparison, ...]]:
    """Rates per ``per`` words of several measures, each ``(label, {measure: hits per unit},
    words per unit)`` group against the others pooled; one tuple of comparisons per measure."""
    names = sorted({name for _, counts, _ in groups for name in counts})
    found: dict[str, list[Comparison]] = {name: [] for name in names}
    for position, (label, counts, sizes) in enumerate(groups):
        others = [group for other, group in enumerate(groups) if other != position]
        rest_counts = {name: [hit for _, group_counts, _ in others for hit in group_counts.get(name, ())] for name in names}
        here = bootstrap_rates({name: counts.get(name, [0] * len(sizes)) for name in names}, sizes, rule, per=per)
        rest = bootstrap_rates(rest_counts, [size for _, _, group_sizes in others for size in group_sizes], rule, per=per)
        for name in names:
            found[name].append(Comparison(label, name, here[name], rest[name], decide(here[name], rest[name], rule), rule))
    return {name: tuple(comparisons) for name, comparisons in found.items()}


def clearly_extreme(intervals: Sequence[Interval], index: int, rule: DifferenceRule, *, highest: bool) -> bool:
    """Whether group ``index`` is the highest (or lowest) of several and clear of each other one.

    Clear means what ``decide`` means, group against group: enough units on both sides,
    intervals apart and a gap of at least ``rule.min_gap``. With fewer than three groups a
    ranking says nothing a comparison with the rest does not, so it is never claimed.
    """
    if len(intervals) < 3:
        return False
    mine = intervals[index]
    wanted = HIGHER if highest else LOWER
    return all(decide(mine, other, rule) == wanted for position, other in enumerate(intervals) if position != index)


def describe(
    comparison: Comparison, *, percent: bool = False, signed: bool = False, rest_name: str = "the rest", units: str = "sentences"
) -> str:
    """The evidence of a comparison in words, for a tooltip or a table cell: "34% [27–41%] of
    152 sentences, against 21% [18–24%] of 216 in the rest: clearly higher (95% intervals)"."""
    here, rest = comparison.here, comparison.rest
    return (
        f"{format_interval(here, percent=percent, signed=signed)} of {here.units} {units}, against "
        f"{format_interval(rest, percent=percent, signed=signed)} of {rest.units} in {rest_name}: "
        f"{verdict_text(comparison)} ({comparison.rule.level:.0%} intervals)"
    )


def verdict_text(comparison: Comparison) -> str:
    """The verdict as a reader reads it, with the reason when nothing is claimed."""
    rule = comparison.rule
    if comparison.verdict == TOO_FEW:
        return f"too few to tell (each side needs {rule.min_units})"
    if comparison.verdict == NO_CLEAR_DIFFERENCE:
        return "no clear difference"
    return f"clearly {comparison.verdict}"


def format_interval(interval: Interval, *, percent: bool = False, signed: bool = False) -> str:
    """``34% [27–41%]``, ``+0.29 [+0.22, +0.36]`` or ``4.1 [2.9–5.4]``."""
    if percent:
        return f"{interval.value:.0%} [{interval.low * 100:.0f}–{interval.high:.0%}]"
    if signed:
        return f"{_signed(interval.value)} [{_signed(interval.low)}, {_signed(interval.high)}]"
    return f"{interval.value:.1f} [{interval.low:.1f}–{interval.high:.1f}]"


def rule_summary() -> dict[str, str]:
    """The rule in words, for the methods section, with the thresholds this module uses."""
    return {
        "level": f"{SHARE_RULE.level:.0%}",
        "min_units": str(SHARE_RULE.min_units),
        "share_gap": f"{SHARE_RULE.min_gap * 100:.0f} percentage points",
        "tone_gap": f"{TONE_RULE.min_gap:.2f}",
        "rate_gap": f"{RATE_RULE.min_gap:g} per 1,000 words",
        "resamples": f"{TONE_RULE.resamples:,}",
        "seed": str(TONE_RULE.seed),
    }


def _resampled_sums(columns: Sequence[Sequence[int]], rule: DifferenceRule) -> list[np.ndarray]:
    """For each of ``rule.resamples`` resamples of the units (drawn with replacement, the same
    draws for every column), the sum of each column over the resample.

    The draws come from numpy's legacy ``RandomState`` seeded with ``rule.seed``, whose
    stream numpy keeps unchanged across versions (NEP 19), and the sums are of integers, so
    they are exact: the same input gives the same sums everywhere.
    """
    arrays = [np.asarray(column, dtype=np.int64) for column in columns]
    count = len(arrays[0])
    generator = np.random.RandomState(rule.seed)
    sums: list[list[np.ndarray]] = [[] for _ in arrays]
    done = 0
    while done < rule.resamples:  # in blocks, so that memory stays small for long texts
        block = min(rule.resamples - done, max(1, _BLOCK_DRAWS // count))
        picks = generator.randint(0, count, size=(block, count))
        for found, array in zip(sums, arrays):
            found.append(array[picks].sum(axis=1))
        done += block
    return [np.concatenate(found) for found in sums]


def _percentile_interval(value: float, statistics: np.ndarray, units: int, rule: DifferenceRule) -> Interval:
    ordered = np.sort(statistics)
    tail = (1 - rule.level) / 2
    low = float(ordered[max(0, math.floor(tail * len(ordered)))])
    high = float(ordered[min(len(ordered) - 1, math.ceil((1 - tail) * len(ordered)) - 1)])
    return Interval(round(value, 4), round(min(low, value), 4), round(max(high, value), 4), units, "bootstrap")


def _signed(value: float) -> str:
    return "0.00" if round(value, 2) == 0 else f"{value:+.2f}"
