"""An outlet that states the other outlet's value in one sentence and another value in a sentence that
restates its clause disagrees with it (issue 14, ``alignment._join_contradictions``): the fact holds
both of its statements and is flagged, with a note that it also states the agreeing value. The
controls are what an article legitimately states twice: an old and a new value, a subgroup and the
whole, two quantities of one sentence."""
from __future__ import annotations

from conftest import figure_conflicts, figure_facts


def fact_holding(facts, surface: str):
    return next(f for f in facts if any(m.figure.surface == surface for m in f.mentions))


def test_an_outlet_restating_a_clause_around_another_value_is_flagged_with_both_statements():
    a = "The state law bans abortions after six weeks of pregnancy, the justices said on Friday."
    b = (
        "The state law bans abortions after ten weeks of pregnancy and lets private citizens sue clinics.\n\n"
        "Clinics said the state law bans abortions after six weeks of pregnancy for most women."
    )
    fact = fact_holding(figure_facts(a, b), "ten weeks")
    assert fact.verdict == "conflict"
    assert sorted((m.article_index, m.figure.surface) for m in fact.mentions) == [(0, "six weeks"), (1, "six weeks"), (1, "ten weeks")]
    assert "also states 6 weeks" in fact.note


def test_the_agreeing_statement_alone_still_agrees():
    a = "The state law bans abortions after six weeks of pregnancy, the justices said on Friday."
    b = "Clinics said the state law bans abortions after six weeks of pregnancy for most women."
    assert fact_holding(figure_facts(a, b), "six weeks").verdict == "agree"


def test_an_older_value_in_a_restated_clause_is_another_quantity():
    a = "The agency said people who test positive can leave isolation after five days if their symptoms improve."
    b = (
        "People who test positive can leave isolation after five days if symptoms improve, the agency said.\n\n"
        "The agency previously said people who test positive should stay in isolation for 10 days."
    )
    assert figure_conflicts(a, b) == []
    a = "The senator's bill would ban abortions nationwide after 15 weeks of pregnancy, aides said."
    b = (
        "Republicans in the Senate once backed a bill that would ban abortions nationwide after 20 weeks of pregnancy.\n\n"
        "The senator's bill would ban abortions after 15 weeks of pregnancy, with exceptions."
    )
    assert figure_conflicts(a, b) == []


def test_a_subgroups_figure_beside_the_agreeing_whole_is_another_quantity():
    a = "The university surveyed 1,737 registered voters in the state with a margin of error of plus or minus 2.4 percentage points."
    b = (
        "The poll of 1,737 registered voters has a margin of error of plus or minus 2.4 percentage points.\n\n"
        "Among the 578 likely primary voters surveyed, the margin of error is plus or minus 4.1 percentage points."
    )
    assert figure_conflicts(a, b) == []


def test_two_values_of_one_sentence_are_two_quantities():
    a = "The state law bans abortions after 20 weeks of pregnancy, the justices said on Friday."
    b = "The state law bans abortions after 20 weeks of pregnancy and bans medication abortions after ten weeks of pregnancy."
    assert figure_conflicts(a, b) == []


def test_a_clause_restated_around_several_other_values_lists_several_quantities():
    a = "Lawmakers met for two hours on Monday.\n\nThe state law bans abortions after six weeks of pregnancy, the justices said on Friday."
    b = (
        "Lawmakers met for three hours on Monday.\n\n"
        "The state law bans abortions after ten weeks of pregnancy and lets private citizens sue clinics.\n\n"
        "The state law bans abortions after eight weeks of pregnancy and lets private citizens sue clinics.\n\n"
        "Clinics said the state law bans abortions after six weeks of pregnancy for most women."
    )
    facts = figure_facts(a, b)
    assert fact_holding(facts, "ten weeks").verdict == fact_holding(facts, "eight weeks").verdict == "single_source"
    assert fact_holding(facts, "six weeks").verdict == "agree"
