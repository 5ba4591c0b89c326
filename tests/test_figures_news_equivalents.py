"""Words that name one thing in news usage (``audit/lexicons/figure_news_equivalents.csv``: "GOP" and "Republican",
"scrap" and "lift" a policy) are evidence, as WordNet's senses are, that two outlets' figures state one quantity
(issue 14); a party named in each clause is no split of subjects (one vote is told from each side)."""
from __future__ import annotations

from audit.compare.figures.context import EQUIVALENT_WEIGHT, senses_of
from audit.text import stem
from conftest import figure_conflicts, figure_facts, judged_pair


def _merged(text_a: str, text_b: str) -> list[tuple[str, list[str]]]:
    """The verdict and surfaces of each fact holding figures of both articles."""
    return [(f.verdict, [m.figure.surface for m in f.mentions]) for f in figure_facts(text_a, text_b) if len({m.article_index for m in f.mentions}) > 1]


def test_gop_and_republican_are_one_party_as_evidence():
    a = "The measure passed with the votes of 12 GOP senators on Thursday."
    _, equivalent = judged_pair(a, "Twelve Republican senators joined Democrats to pass the measure on Thursday.", "12 GOP senators", "Twelve Republican senators")
    _, other = judged_pair(a, "Twelve independent senators joined Democrats to pass the measure on Thursday.", "12 GOP senators", "Twelve independent senators")
    assert equivalent - other == EQUIVALENT_WEIGHT


def test_gop_senators_and_republican_senators_agree():
    merged = _merged("The measure passed with the votes of 12 GOP senators on Thursday.", "Twelve Republican senators joined Democrats to pass the measure on Thursday.")
    assert ("agree", ["12 GOP senators", "Twelve Republican senators"]) in merged


def test_a_count_restated_with_gop_for_republican_is_one_quantity_and_a_changed_value_a_conflict():
    # each article's only count of states: "GOP" and "Republican" say the two counts are of one party's states
    gop = "GOP governors in 14 states sued the administration."
    assert figure_conflicts(gop, "Governors of nine Republican states filed the lawsuit on Monday.") == [("14 states", "nine Republican states")]


def test_a_count_of_another_partys_states_is_no_conflict():
    gop = "GOP governors in 14 states sued the administration."
    assert figure_conflicts(gop, "Governors of nine Democratic states filed the lawsuit on Monday.") == []


def test_one_vote_or_one_cost_told_from_each_party_is_one_quantity():
    # the review of version 1's party split: each outlet makes another party the subject of one event
    assert ("agree", ["52-48", "52-48"]) in _merged("Republicans blocked the bill 52-48 on Tuesday.", "Democrats failed to advance the bill 52-48 on Tuesday.")
    cost = _merged("Democrats said the bill would cost $3.5 trillion over a decade.", "Republicans warned that the bill would cost $3.5 trillion over a decade.")
    assert ("agree", ["$3.5 trillion", "$3.5 trillion"]) in cost


def test_a_package_told_from_each_party_agrees_and_raises_no_conflict_with_another_plan():
    a = "Democrats unveiled a $1.75 trillion spending package."
    b = "Republicans criticized the $1.75 trillion spending package. Democrats first proposed a $3.5 trillion plan."
    assert ("agree", ["$1.75 trillion", "$1.75 trillion"]) in _merged(a, b)
    assert figure_conflicts(a, b) == []


def test_irregular_forms_of_withdraw_share_its_sense():
    assert senses_of(frozenset({stem("withdrew")})) == senses_of(frozenset({stem("pullout")})) == {"withdrawal"}
    assert senses_of(frozenset({"axe", "drawdown"})) == frozenset()  # left out: cutting a budget, a fund's loss


def test_a_clause_naming_both_parties_is_no_contrast_with_one_naming_either():
    merged = _merged("The measure passed with the votes of 12 GOP senators on Thursday.", "Twelve Republican senators joined Democrats to pass the measure on Thursday.")
    assert merged and all(verdict == "agree" for verdict, _ in merged)
    assert figure_conflicts("The measure passed with the votes of 12 GOP senators on Thursday.", "Nineteen Republican senators joined Democrats to pass the measure on Thursday.") == [
        ("12 GOP senators", "Nineteen Republican senators")
    ]
