"""Differences beyond noise: intervals, the pooled rest, and the rule that decides what is a finding."""
from __future__ import annotations

import doctest

import pytest

from audit.compare import differences
from audit.compare.differences import (
    HIGHER,
    LOWER,
    NO_CLEAR_DIFFERENCE,
    RATE_RULE,
    SHARE_RULE,
    TONE_RULE,
    TOO_FEW,
    Interval,
    bootstrap_mean,
    bootstrap_rates,
    compare_means,
    compare_rates,
    compare_shares,
    decide,
    format_difference,
    format_interval,
    newcombe,
    wilson,
)


def test_the_module_examples_hold():
    assert doctest.testmod(differences).failed == 0


def test_wilson_interval_matches_the_published_formula():
    # Newcombe (1998), "Two-sided confidence intervals for the single proportion", table I:
    # 81 of 263 -> 0.2553 to 0.3662; 0 of 10 -> 0 to 0.2775
    assert (wilson(81, 263).low, wilson(81, 263).high) == pytest.approx((0.2553, 0.3662), abs=1e-4)
    assert (wilson(0, 10).low, wilson(0, 10).high) == pytest.approx((0.0, 0.2775), abs=1e-4)


def test_newcombe_interval_of_a_difference_matches_the_published_example():
    # Newcombe (1998), "Interval estimation for the difference between independent proportions",
    # method 10 on 56/70 against 48/80: 0.0524 to 0.3339
    difference = newcombe(56, 70, 48, 80, level=0.95)
    assert (difference.value, difference.low, difference.high) == pytest.approx((0.2, 0.0524, 0.3339), abs=1e-4)


def test_a_share_needs_hits_within_its_units():
    with pytest.raises(ValueError, match="0 <= hits <= units"):
        wilson(5, 3)


def test_the_rest_is_pooled_by_sentences_not_a_mean_of_outlet_shares():
    # b has 10 sentences, c 100: the rest of a is 50 of 110 sentences (45%), not (0% + 50%) / 2
    a, _, _ = compare_shares([("a", 10, 100), ("b", 0, 10), ("c", 50, 100)], "conflict")
    assert a.rest.value == pytest.approx(50 / 110, abs=1e-4)
    assert a.rest.units == 110


def test_the_rest_of_a_mean_pools_the_other_groups_values():
    a, _, _ = compare_means([("a", [0.0] * 20), ("b", [1.0] * 10), ("c", [-0.5] * 40)], "tone")
    assert a.rest.value == pytest.approx((10 * 1.0 - 40 * 0.5) / 50, abs=1e-4)


def test_a_bootstrap_gives_the_same_interval_every_time():
    values = [((i * 37) % 101 - 50) / 50 for i in range(60)]
    assert bootstrap_mean(values) == bootstrap_mean(list(values))
    assert bootstrap_mean(values).low < bootstrap_mean(values).value < bootstrap_mean(values).high


def test_a_bootstrap_interval_narrows_with_more_sentences():
    few = bootstrap_mean([-0.5, 0.5] * 15)
    many = bootstrap_mean([-0.5, 0.5] * 150)
    assert many.high - many.low < few.high - few.low


def test_rates_are_hits_per_thousand_words_resampled_by_sentence():
    rates = bootstrap_rates({"hedges": [1, 0, 2, 0] * 10}, [20, 10, 30, 40] * 10)
    assert rates["hedges"].value == pytest.approx(1000 * 30 / 1000)
    assert rates["hedges"].low < rates["hedges"].value < rates["hedges"].high
    with pytest.raises(ValueError, match="one count per unit"):
        bootstrap_rates({"hedges": [1, 2]}, [10])


def test_a_clear_gap_is_higher_or_lower():
    low, high = compare_shares([("a", 5, 200), ("b", 60, 200)], "conflict")
    assert (low.verdict, high.verdict) == (LOWER, HIGHER)
    assert low.clear and high.clear and high.gap == pytest.approx(0.275)


def test_a_difference_whose_interval_holds_zero_is_no_clear_difference():
    # 11% against 1%, as in the issue, but on 30 and 40 sentences
    a, b = compare_shares([("a", 3, 30), ("b", 0, 40)], "human interest")
    assert not a.difference.excludes_zero
    assert a.verdict == b.verdict == NO_CLEAR_DIFFERENCE


def test_a_gap_below_the_minimum_is_no_clear_difference_however_many_sentences():
    # 3% against 1% on 20,000 sentences each: the difference is certain, but it is 2 points
    a, _ = compare_shares([("a", 600, 20000), ("b", 200, 20000)], "morality")
    assert a.difference.excludes_zero
    assert a.verdict == NO_CLEAR_DIFFERENCE


def test_a_large_gap_on_few_sentences_is_clear_when_its_interval_excludes_zero():
    # a story's short article: 7 of 16 sentences cue regulation, 1 of 51 in the other
    a, b = compare_shares([("a", 7, 16), ("b", 1, 51)], "regulation/control")
    assert (a.verdict, b.verdict) == (HIGHER, LOWER)


def test_fewer_sentences_than_the_minimum_claim_nothing():
    a, _ = compare_means([("a", [-0.9, -0.8] * 8), ("b", [0.9, 0.8] * 150)], "tone")
    assert a.verdict == TOO_FEW
    few, _ = compare_shares([("a", 9, 9), ("b", 0, 300)], "conflict")
    assert few.verdict == TOO_FEW


def test_a_tone_gap_of_five_hundredths_is_not_a_finding():
    certain = Interval(0.05, 0.04, 0.06, 1000, "bootstrap")
    assert decide(certain, 500, 500, TONE_RULE) == NO_CLEAR_DIFFERENCE
    assert decide(Interval(0.15, 0.14, 0.16, 1000, "bootstrap"), 500, 500, TONE_RULE) == HIGHER


def test_the_most_negative_must_be_clear_of_every_other_group():
    spread = [-0.6, -0.4] * 25
    groups = [("low", spread), ("mid", [v + 0.5 for v in spread]), ("high", [v + 0.8 for v in spread])]
    assert [c.extreme for c in compare_means(groups, "tone")] == ["lowest", "", "highest"]
    close = [("low", spread), ("near", [v + 0.02 for v in spread]), ("high", [v + 0.8 for v in spread])]
    assert [c.extreme for c in compare_means(close, "tone")] == ["", "", "highest"]


def test_the_lowest_mean_on_too_few_sentences_is_never_the_most_negative():
    # the seeds' SCMP: the lowest own-voice mean, on 17 sentences, beside 152 and 59 sentences
    groups = [("SCMP", [0.07, -0.2, 0.34] * 5 + [0.07, 0.07]), ("003", [0.29, 0.1, 0.48] * 50 + [0.29, 0.29]), ("nrc", [0.12] * 59)]
    comparisons = compare_means(groups, "own-voice tone")
    assert comparisons[0].verdict == TOO_FEW and comparisons[0].extreme == ""


def test_two_groups_are_never_ranked():
    pair = compare_means([("a", [-0.5] * 50), ("b", [0.5] * 50)], "tone")
    assert [c.verdict for c in pair] == [LOWER, HIGHER]
    assert [c.extreme for c in pair] == ["", ""]


def test_rates_of_several_lists_are_compared_on_the_same_resamples():
    groups = [
        ("a", {"hedges": [2] * 40, "boosters": [0] * 40}, [20] * 40),
        ("b", {"hedges": [0] * 40, "boosters": [0] * 40}, [20] * 40),
    ]
    found = compare_rates(groups)
    assert [c.verdict for c in found["hedges"]] == [HIGHER, LOWER]
    assert [c.verdict for c in found["boosters"]] == [NO_CLEAR_DIFFERENCE, NO_CLEAR_DIFFERENCE]
    assert found["hedges"][0].here.value == pytest.approx(100.0)


def test_the_rules_state_their_thresholds():
    assert (SHARE_RULE.min_gap, TONE_RULE.min_gap, RATE_RULE.min_gap) == (0.05, 0.10, 2.0)
    assert (SHARE_RULE.min_units, TONE_RULE.min_units, RATE_RULE.min_units) == (10, 20, 20)
    assert SHARE_RULE.level == TONE_RULE.level == 0.95 and SHARE_RULE.decision_level == TONE_RULE.decision_level == 0.99


def test_a_signed_value_that_rounds_to_zero_is_written_without_a_sign():
    interval = Interval(-0.0035, -0.0046, 0.4232, 16, "t")
    assert format_interval(interval, signed=True) == "0.00 [0.00, +0.42]"
    assert format_difference(Interval(-0.14, -0.23, -0.004, 35, "bootstrap")) == "-0.14 [-0.23, 0.00]"


def test_a_difference_of_shares_below_a_twentieth_of_a_point_has_no_sign():
    assert format_difference(Interval(-0.0004, -0.05, 0.04, 200, "Newcombe"), percent=True) == "0.0 points [-5, +4]"
