"""An outlet that states the other outlet's value in one sentence and another value in a sentence that
restates its clause disagrees with it (issue 14, ``alignment._join_contradictions``): the fact holds
both of its statements and is flagged, with a note that it also states the agreeing value. The
controls are what an article legitimately states twice: an old and a new value, a subgroup and the
whole, two quantities of one sentence."""
from __future__ import annotations

import pytest
from conftest import figure_conflicts, figure_facts, make_article

from audit.compare.figures import compare_figures
from audit.figures import figures_in


def fact_holding(facts, surface: str):
    return next(f for f in facts if any(m.figure.surface == surface for m in f.mentions))


def test_an_outlet_restating_a_clause_around_another_value_is_flagged_with_both_statements():
    a = "The state law bans abortions after six weeks of pregnancy, the justices said in their ruling on Friday."
    b = (
        "The state law bans abortions after ten weeks of pregnancy, the justices said in their ruling on Friday.\n\n"
        "The state law bans abortions after six weeks of pregnancy, the justices said."
    )
    fact = fact_holding(figure_facts(a, b), "ten weeks")
    assert fact.verdict == "conflict"
    assert sorted((m.article_index, m.figure.surface) for m in fact.mentions) == [(0, "six weeks"), (1, "six weeks"), (1, "ten weeks")]
    assert "also states 6 weeks" in fact.note


def test_the_restatement_is_flagged_whichever_statement_comes_first():
    a = "The state law bans abortions after six weeks of pregnancy, the justices said in their ruling on Friday."
    b = (
        "The state law bans abortions after six weeks of pregnancy, the justices said.\n\n"
        "The state law bans abortions after ten weeks of pregnancy, the justices said in their ruling on Friday."
    )
    assert fact_holding(figure_facts(a, b), "ten weeks").verdict == "conflict"


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
    a = "The state law bans abortions after six weeks of pregnancy, the justices said on Friday."
    b = (
        "The state law bans abortions after ten weeks of pregnancy, the justices said on Friday.\n\n"
        "The state law bans abortions after eight weeks of pregnancy, the justices said on Friday.\n\n"
        "The state law bans abortions after six weeks of pregnancy, clinics said."
    )
    facts = figure_facts(a, b)
    assert fact_holding(facts, "ten weeks").verdict == fact_holding(facts, "eight weeks").verdict == "single_source"
    assert fact_holding(facts, "six weeks").verdict == "agree"

LEAD = "The department has 3,000 police officers in all.\n\n"  # the first count of each article, so that no later one is its lead's


@pytest.mark.parametrize(
    "other, stated",
    [
        # a goal, a request, a hope, a forecast, a claim, an old rule, an old count beside the outcome, in the outcome's words
        ("The city planned to hire 200 police officers.", "The city hired 150 police officers."),
        ("The state sought $90 million in federal aid after the storm.", "The state received $40 million in federal aid after the storm."),
        ("The campaign had hoped to raise $3 million in the first quarter.", "The campaign raised $2 million in the first quarter."),
        ("Forecasters had predicted the storm would dump 20 inches of snow on the city.", "The storm dumped 14 inches of snow on the city."),
        ("The president said the crowd at the rally numbered 900,000 people.", "The crowd at the rally numbered 250,000 people, officials said."),
        ("The rule required automakers to reach an average of 54 mpg by 2026.", "The rule requires automakers to reach an average of 40 mpg by 2026."),
        ("Before the layoffs, the company employed 1,200 workers at the plant.", "The company employs 800 workers at the plant."),
    ],
)
def test_a_goal_forecast_claim_or_old_value_beside_the_outcome_is_another_quantity(other, stated):
    assert figure_conflicts(stated, f"{other}\n\n{stated}") == []


def test_a_restated_clause_as_alike_as_the_agreeing_statement_does_not_join_whichever_comes_first():
    a = "The city hired 150 police officers."
    for b in ("The city hired 200 police officers.\n\nThe city hired 150 police officers.", "The city hired 150 police officers.\n\nThe city hired 200 police officers."):
        assert figure_conflicts(a, b) == []


def test_a_capitalised_word_of_a_name_is_no_time_frame():
    a = "The city hired 150 police officers, New York officials said in a statement."
    b = "The city hired 200 police officers, New York officials said in a statement.\n\nThe city hired 150 police officers, New York officials said."
    assert fact_holding(figure_facts(a, b), "200 police officers").verdict == "conflict"


def test_a_time_word_outside_the_restated_clause_sets_another_time_frame():
    a = "The city hired 150 police officers, the mayor said."
    b = "The city hired 200 police officers, the mayor said earlier.\n\nThe city hired 150 police officers, a police spokesman said."
    assert figure_conflicts(a, b) == []


def test_an_open_bound_that_holds_the_agreeing_value_is_no_contradiction():
    a = "The city hired 1,200 police officers, the mayor said."
    b = "The city hired more than 500 police officers, the mayor said.\n\nThe city hired 1,200 police officers, a police spokesman said."
    assert figure_conflicts(a, b) == []


def test_a_lone_statement_whose_best_match_is_another_figure_does_not_join():
    a = LEAD + (
        "The city hired 150 police officers to patrol downtown streets, the mayor said.\n\n"
        "The city hired 300 police officers to patrol downtown streets and parks, the mayor said at a news conference on crime."
    )
    b = LEAD + (
        "The city hired 200 police officers to patrol downtown streets, the mayor said at a news conference on crime.\n\n"
        "The city hired 150 police officers to patrol downtown streets, a spokesman said.\n\n"
        "The city hired 300 police officers to patrol downtown streets and parks, the mayor said."
    )
    assert figure_conflicts(a, b) == []


def test_a_lone_statement_that_is_no_fact_with_a_third_outlets_member_does_not_join():
    texts = (
        "The city hired 150 police officers to patrol downtown streets, the mayor said.",
        "The city hired 200 police officers to patrol downtown streets, the mayor said in 2022.\n\n"
        "The city hired 150 police officers to patrol downtown streets, a spokesman said.",
        "The city hired 150 police officers to patrol downtown streets in 2023, the chief said.",
    )
    articles = [make_article(f"T\n\n{text}", id=f"{i}.txt", published="2024-05-02") for i, text in enumerate(texts)]
    facts = compare_figures(articles, [figures_in(article) for article in articles])
    assert fact_holding(facts, "200 police officers").verdict == "single_source"
    assert fact_holding(facts, "150 police officers").verdict == "agree"


def test_a_lone_statement_that_could_restate_either_of_two_facts_joins_neither():
    a = LEAD + (
        "The city hired 150 police officers to patrol downtown streets, the mayor said.\n\n"
        "The city hired 100 police officers to patrol downtown streets, the mayor said."
    )
    b = LEAD + (
        "The city hired 200 police officers to patrol downtown streets, the mayor said.\n\n"
        "The city hired 150 police officers to patrol downtown streets, a spokesman said.\n\n"
        "The city hired 100 police officers to patrol downtown streets, a spokesman said."
    )
    facts = figure_facts(a, b)
    assert fact_holding(facts, "200 police officers").verdict == "single_source"
    assert sorted(len(f.mentions) for f in facts) == [1, 2, 2, 2]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Voters went to the polls in 2018 to elect the mayor, the clerk said on Friday.",
            "Voters went to the polls in 2022 to elect the mayor, the clerk said on Friday.\n\n"
            "Voters went to the polls in 2018 to elect the mayor, residents said.",
        ),
        (
            "The council voted on March 3 to close the library, the mayor said on Friday.",
            "The council voted on March 10 to close the library, the mayor said on Friday.\n\n"
            "The council voted on March 3 to close the library, residents said.",
        ),
    ],
)
def test_one_clause_around_two_years_or_dates_is_an_event_that_recurs_not_a_contradiction(a, b):
    # two elections, two votes: the outlet that states both agrees with the other on the one they share
    facts = figure_facts(a, b)
    assert not [f for f in facts if f.verdict == "conflict"]
    shared = next(f for f in facts if f.mentions[0].article_index == 0 and f.mentions[0].figure.kind in ("date", "year"))
    assert shared.verdict == "agree"
    assert [m.figure.surface for m in shared.mentions][0] == [m.figure.surface for m in shared.mentions][1]


# -- who says a clause is part of it wherever it is written: "..., the union said" outside the clause as "the president
# said the crowd numbered 900,000" inside it. Another source's value beside the article's own is no contradiction

@pytest.mark.parametrize(
    "a, b",
    [
        (
            "The city hired 150 police officers to patrol downtown, the mayor said at a news conference.",
            "The city hired 200 police officers to patrol downtown, the union said at a news conference.\n\n"
            "The city hired 150 police officers to patrol downtown.",
        ),
        (
            "The crowd at the rally numbered 250,000 people, officials told reporters at a news conference.",
            "The crowd at the rally numbered 900,000 people, the president told reporters at a news conference.\n\n"
            "The crowd at the rally numbered 250,000 people, police said.",
        ),
    ],
)
def test_another_sources_value_outside_the_restated_clause_is_no_contradiction(a, b):
    assert figure_conflicts(a, b) == []


def test_the_same_source_restating_its_clause_around_another_value_still_contradicts_itself():
    a = "The city hired 150 police officers to patrol downtown, the mayor said at a news conference."
    b = (
        "The city hired 200 police officers to patrol downtown, the mayor said at a news conference.\n\n"
        "The city hired 150 police officers to patrol downtown, the mayor said."
    )
    assert fact_holding(figure_facts(a, b), "200 police officers").verdict == "conflict"
