"""A figure's role in its clause (issue 14): the amount of a change ("added $40 million", "by roughly
$30 million", "a cut of 2.4 percent", "$12 million more") against a level, and the level a change starts
from when its verb's object holds it ("lowered its $2.3 trillion opening demand to $1.4 trillion").
Figures of different roles are kept apart when their values differ; figures of one role are compared."""
from __future__ import annotations

from audit.figures import figures_in
from conftest import figure_conflicts, figure_facts, make_article


def roles(text: str) -> list[tuple[str, str]]:
    return [(f.surface, f.role) for f in figures_in(make_article("Title\n\n" + text)) if f.kind not in ("date", "year")]


# -- reading the role


def test_an_amount_right_after_a_verb_of_change_is_a_change():
    assert roles("The county added $40 million in road spending.") == [("$40 million", "change")]
    assert roles("Home sales rose 3 percent in the spring.") == [("3 percent", "change")]
    assert roles("The plant will shed 400 jobs.") == [("400 jobs", "change")]


def test_by_after_a_verb_of_change_of_its_clause_is_the_amount_of_change():
    assert roles("The mayor lowered the county's road budget by roughly $30 million.") == [("roughly $30 million", "change")]
    assert roles("The incumbent won the district by 12 points.") == [("12 points", "change")]


def test_a_noun_of_change_and_a_comparative_make_a_change():
    assert roles("Analysts expect a cut of 2.4 percent next year.") == [("2.4 percent", "change")]
    assert roles("The board approved a 4% increase for teachers.") == [("4%", "change")]
    assert roles("The repairs will cost $12 million more than planned.") == [("$12 million", "change")]
    assert roles("Nine more deputies were hired.") == [("Nine more deputies", "change")]
    assert roles("The town hired another 30 teachers.") == [("30 teachers", "change")]


def test_a_level_stays_a_level():
    assert roles("The county road budget is $40 million this year.") == [("$40 million", "")]
    assert roles("The senator raised $10 million from donors.") == [("$10 million", "")]
    assert roles("The bill was backed by 60 senators.") == [("60 senators", "")]
    assert roles("The refunds add up to $185,000 in all.") == [("up to $185,000", "")]
    assert roles("None of the 90-plus smaller parties joined.") == [("90-plus smaller parties", "")]


def test_the_level_a_change_starts_from_in_its_verbs_object():
    assert roles("The governor cut his $2.3 trillion opening demand to $1.4 trillion.") == [("$2.3 trillion", "from"), ("$1.4 trillion", "to")]
    assert roles("The offer raised the earlier plan of $210 million in spending by roughly $40 million.") == [
        ("$210 million", "from"),
        ("roughly $40 million", "change"),
    ]


def test_a_change_whose_ends_are_parted_by_a_phrase():
    assert roles("Support for the measure rose from 11 percent in April to 19 percent in August.") == [("11 percent", "from"), ("19 percent", "to")]


def test_scores_and_two_ends_reached_are_no_change_with_a_start():
    assert roles("The mayor beat her rival 51% to 36% in the runoff.") == [("51%", ""), ("36%", "")]
    assert [role for _surface, role in roles("Renters will grow to 29 percent and owners to 60 percent.")] == ["", ""]


# -- comparing by role


def test_an_amount_of_change_is_compared_with_the_change_not_with_the_level():
    a = "The mayor rejected a council counteroffer that added $40 million in road spending, aides said."
    b = "The mayor rejected the council counteroffer, which raised the council's earlier plan of $210 million in road spending by roughly {} million, aides said."
    assert figure_conflicts(a, b.format("$40")) == []
    assert figure_conflicts(a, b.format("$90")) == [("$40 million", "roughly $90 million")]


def test_the_start_of_a_change_is_no_conflict_with_the_level_now_stated():
    a = "The governor lowered his roughly $2.3 trillion opening demand to {} trillion, aides to the governor said."
    b = "Lawmakers rejected the governor's $1.4 trillion demand, aides to the governor said."
    assert figure_conflicts(a.format("$1.4"), b) == []
    assert figure_conflicts(a.format("$1.9"), b) == [("$1.9 trillion", "$1.4 trillion")]


def test_two_amounts_of_change_about_different_things_do_not_conflict():
    a = "In Iowa, Governor Reynolds said the price of feed corn rose 13% this year."
    b = "In Iowa, Governor Reynolds said the new fuel blend holds 5 percent more ethanol."
    assert figure_conflicts(a, b) == []


def test_the_start_of_a_change_agrees_with_a_level_of_its_value():
    a = "The rule cut fuel economy standards from 54.5 miles per gallon by 2025 to about 40 miles per gallon."
    b = "The old rule required automakers to reach 54.5 miles per gallon by 2025."
    assert figure_conflicts(a, b) == []
    agreements = [tuple(m.figure.surface for m in f.mentions) for f in figure_facts(a, b) if f.verdict == "agree" and f.mentions[0].figure.kind == "measure"]
    assert agreements == [("54.5 miles per gallon", "54.5 miles per gallon")]


# -- the role in the figures table


def test_the_json_and_the_table_give_each_mention_its_role():
    from audit.facts import figure_facts, figures_document
    from audit.tables import figures_table

    articles = [
        make_article("T\n\nThe county added $40 million in road spending, officials said.", id="a.txt"),
        make_article("T\n\nThe county road budget is $300 million, officials said.", id="b.txt"),
    ]
    result = figure_facts(articles)
    mentions = {m["surface"]: m["role"] for fact in figures_document(result)["facts"] for m in fact["mentions"]}
    assert mentions == {"$40 million": "change", "$300 million": None}
    table = figures_table(result)
    assert dict(zip(table["surface"], table["role"])) == {"$40 million": "change", "$300 million": ""}


# -- "by" that names no amount of change


def test_by_naming_the_agent_of_a_passive_is_no_amount_of_change():
    assert roles("The tax increase was approved by 52 senators on Tuesday.") == [("52 senators", "")]
    assert roles("More than 40 protesters were arrested by 200 police officers.") == [("More than 40 protesters", ""), ("200 police officers", "")]
    a = "The budget increase for schools was approved by 52 senators on Tuesday."
    b = "On Tuesday, 51 senators voted for the budget increase for schools."
    assert figure_conflicts(a, b) == [("52 senators", "51 senators")]


def test_by_after_a_verb_of_change_stays_an_amount_of_change():
    assert roles("The cap on fees was raised by 5 percent.") == [("5 percent", "change")]
    assert roles("Lawmakers voted to increase the cap on fees by 5 percent.") == [("5 percent", "change")]
    assert roles("Shares of the airline were higher by 2 percent.") == [("2 percent", "change")]


# -- a verb of change before a figure that is no amount of change


def test_a_figure_opening_a_reported_clause_is_no_amount_of_change():
    assert roles("He added 30 people were injured in the blast.") == [("30 people", "")]
    assert figure_conflicts("He added 30 people were injured in the blast.", "Police said 25 people were injured in the blast.") == [("30 people", "25 people")]
    assert roles("The county added 40 teachers this fall.") == [("40 teachers", "change")]


def test_a_verb_taking_a_level_as_object_states_a_change_only_by_a_percentage():
    assert roles("He declined two requests for comment.") == [("two requests", "")]
    assert roles("The farm grows 500 acres of corn.") == [("500 acres", "")]
    assert roles("The economy grew 2.9 percent last year.") == [("2.9 percent", "change")]
    assert roles("Enrollment declined by 400 students.") == [("400 students", "change")]


def test_by_after_a_verb_of_winning_or_leading_or_a_relative_that_is_the_margin():
    assert roles("A new poll shows the mayor trailing her rival by 8 points.") == [("8 points", "change")]
    assert roles("The senator is winning the race by 6 points.") == [("6 points", "change")]
    assert roles("The 1996 law that cut state aid to cities by nearly $55 million expired.") == [("nearly $55 million", "change")]
    assert roles("A march led by 20 veterans crossed the bridge.") == [("20 veterans", "")]


def test_by_one_share_to_another_after_a_lead_is_a_score_not_a_margin():
    assert roles("A new poll shows the mayor leading her rival by 58 percent to 31 percent.") == [("58 percent", ""), ("31 percent", "")]
    assert roles("A new poll shows the mayor leading her rival by 27 points.") == [("27 points", "change")]


def test_up_or_down_after_a_close_a_comma_or_before_from_is_an_amount_of_change():
    assert roles("The Dow closed up 58 points on Friday.") == [("58 points", "change")]
    assert roles("Unemployment rose to 4.1 percent, up 0.3 points from May.") == [("4.1 percent", ""), ("0.3 points", "change")]
    assert roles("The stock ended the week up 6 percent from its low.") == [("6 percent", "change")]
    assert roles("The campaign signed up 500 volunteers from Ohio.") == [("500 volunteers", "")]


def test_so_many_more_as_a_verbs_object_ending_its_clause_counts_others():
    assert roles("The storm killed at least 12 people and injured 40 more.") == [("at least 12 people", ""), ("40", "")]
    assert roles("Agents found nearly 200 more along the border.") == [("nearly 200", "")]
    assert roles("The repairs will cost $12 million more.") == [("$12 million", "change")]
    assert roles("The county won 39 more than it needed.") == [("39", "change")]


def test_up_after_open_as_a_phrasal_verb_is_no_amount_of_change():
    assert roles("The treaty would open up an estimated $9 trillion in new investment.") == [("an estimated $9 trillion", "")]
    assert roles("Shares of the carmaker opened down 4 percent on Monday.") == [("4 percent", "change")]
