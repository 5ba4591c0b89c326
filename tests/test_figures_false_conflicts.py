"""Constructions of news that set two different quantities of one kind side by side (issue 14, the
conflicts the alignment raised on real stories): each must stay apart, while the same sentences with
a plausible misstatement of one quantity still conflict."""
from __future__ import annotations

from audit.compare.figures.context import similarity
from audit.compare.figures.items import items_of
from audit.figures import figures_in
from audit.text import stem
from conftest import figure_conflicts, figure_facts, make_article


# -- values an order of magnitude apart: a part and its whole, a rate and a total, minutes and years

def test_amounts_orders_of_magnitude_apart_are_not_one_quantity():
    a = "In its estimate, the budget office said most eligible borrowers would have the full $20,000 of their loans cancelled."
    b = "Borrowers held $1.6 trillion in federal student loans at the end of June, the budget office estimated."
    assert figure_conflicts(a, b) == []


def test_a_misstated_scale_in_a_restated_clause_still_conflicts():
    a = "The budget office estimated that borrowers hold $1.6 trillion of student loans under the plan."
    b = "The budget office estimated that borrowers hold $1.6 billion of student loans under the plan."
    assert figure_conflicts(a, b) == [("$1.6 trillion", "$1.6 billion")]


def test_a_plausible_misstatement_in_the_same_sentences_still_conflicts():
    a = "The budget office estimated that most borrowers would see $20,000 of their student loans cancelled under the plan."
    b = "The budget office estimated that most borrowers would see $30,000 of their student loans cancelled under the plan."
    assert figure_conflicts(a, b) == [("$20,000", "$30,000")]


def test_a_subgroup_count_and_a_total_are_not_one_quantity():
    a = "The bill passed the House, with 197 Republicans voting against it on Thursday."
    b = "Five Republicans voted for the bill in the House on Thursday."
    assert figure_conflicts(a, b) == []


def test_durations_of_different_scale_are_not_one_quantity():
    a = "The president gave a 15-minute speech on the shooting in Texas."
    b = "The president spoke less than a week after the shooting in Texas."
    assert figure_conflicts(a, b) == []


# -- dates read from the article's own date: a weekday, "today", "last month", "two years ago"

def test_dates_read_from_the_articles_date_are_not_set_against_each_other():
    a = "The senator released a statement Friday rejecting the department's decision to cancel the lease sale."
    b = "The department said in a statement Thursday that it would cancel the lease sale for lack of interest."
    assert figure_conflicts(a, b) == []
    a = "The president kept a promise to autoworkers he made three years ago on fuel economy rules."
    b = "The administration has defended the fuel economy rules since proposing them two years ago."
    assert figure_conflicts(a, b) == []


def test_dates_the_outlets_state_outright_still_conflict():
    a = "The department said in a statement on May 6 that it would cancel the lease sale for lack of interest."
    b = "The department said in a statement on May 12 that it would cancel the lease sale for lack of interest."
    assert figure_conflicts(a, b) == [("May 6", "May 12")]


# -- a place name cut by a hyphen ("New York-based") is no name shared with "New Jersey"

def test_a_hyphenated_place_name_shares_no_name_with_other_new_places():
    a = "A New York-based research group reported last year that 22 states already have trigger laws."
    b = "Seven states, among them New Hampshire, New Jersey and New Mexico, impose no limit on the procedure."
    articles = [make_article(f"T\n\n{a}", id="a.txt"), make_article(f"T\n\n{b}", id="b.txt")]
    items = [i for i in items_of(articles, [figures_in(x) for x in articles]) if i.mention.figure.kind == "count"]
    assert [i.mention.figure.surface for i in items] == ["22 states", "Seven states"]
    assert not similarity(items[0].context, items[1].context).wide_name


# -- a figure of the present ("now") and one its sentence dates to a stated time

def test_a_present_figure_is_not_set_against_one_dated_earlier():
    a = "Oil prices have been falling steadily since June, when a barrel of crude cost more than $120."
    b = "A barrel of crude costs about $90 now, and prices are still falling."
    assert figure_conflicts(a, b) == []


def test_two_figures_of_one_stated_time_still_conflict():
    a = "Oil prices have been falling steadily since June, when a barrel of crude cost more than $120."
    b = "Oil prices have been falling steadily since June, when a barrel of crude cost about $90."
    assert figure_conflicts(a, b) == [("more than $120", "about $90")]


# -- a date belongs to the event of its own clause, whoever else its sentence names

def test_years_of_clauses_about_different_actors_are_not_one_quantity():
    a = "Trump broke tradition by refusing to make his tax returns public as a presidential candidate in 2016."
    b = "Neal sued the Treasury Department in 2019 to obtain the tax returns, after Trump broke with tradition by refusing to release them as a presidential candidate."
    assert figure_conflicts(a, b) == []


def test_years_of_one_actors_clause_still_conflict():
    a = "Neal sued the Treasury Department in 2021 to obtain the tax returns, after Trump broke with tradition by refusing to release them as a presidential candidate."
    b = "Neal sued the Treasury Department in 2019 to obtain the tax returns, after Trump broke with tradition by refusing to release them as a presidential candidate."
    assert figure_conflicts(a, b) == [("2021", "2019")]


# -- a date written without its year differs from a dated one only by the year the tool gave it

def test_a_month_without_its_year_is_not_set_against_the_same_month_of_a_stated_year():
    a = "The policy has blocked more than a million attempts to cross the border since it began in March 2020."
    b = "Attempts to cross the border in March are expected to be high, border officials said."
    assert figure_conflicts(a, b) == []


def test_dates_with_their_years_stated_still_conflict():
    a = "The policy has blocked more than a million attempts to cross the border since it began in March 2020."
    b = "The policy has blocked more than a million attempts to cross the border since it began in March 2021."
    assert figure_conflicts(a, b) == [("March 2020", "March 2021")]


# -- a noun news counts for many groups ("people", "states", "countries") is no evidence by itself

LEAD = "Lawmakers returned to the capital on Monday. The debate resumed at once. Both parties met in private.\n\n"
"""Three sentences without figures, so that the counts below are not their articles' lead figures."""

def test_counts_sharing_only_a_generic_noun_are_not_one_quantity():
    a = "Senators met two days after a gunman shot and killed 21 people in Uvalde."
    b = "A week earlier a gunman opened fire in a supermarket in Buffalo, killing ten people and wounding three."
    assert figure_conflicts(LEAD + a, LEAD + b) == []
    a = "Only three European countries allow elective abortions after 15 weeks, the institute said."
    b = "He called it radical, as the only two countries with such a position on abortions are China and North Korea."
    assert figure_conflicts(LEAD + a, LEAD + b) == []


def test_counts_of_a_generic_noun_need_as_much_as_amounts_of_money_to_be_each_others_clear_best_match():
    a = "Abortion would be banned in 26 states if the court rules against it."
    b = "So far, bans passed in 16 states have been blocked by court orders."
    assert figure_conflicts(LEAD + a, LEAD + b) == []


def test_counts_of_a_generic_noun_with_their_event_in_common_still_conflict():
    a = "A gunman shot and killed 21 people at an elementary school in Uvalde, police said."
    b = "A gunman shot and killed 19 people at an elementary school in Uvalde, police said."
    assert figure_conflicts(LEAD + a, LEAD + b) == [("21 people", "19 people")]


# -- a date or year alone in its clause is read with the clause it attaches to

def test_a_fronted_year_is_read_with_the_clause_it_opens():
    a = "In 2003, Texas Democrats fled to Oklahoma to block a redistricting bill."
    b = "Wisconsin senators walked out in 2011 to stop a budget vote, and Texas Democrats fled in 1993 to block a redistricting bill."
    assert figure_conflicts(a, b) == [("2003", "1993")]
    # control: the clause the year opens is about something else
    a = "In 2003, Wisconsin senators walked out over a budget bill."
    b = "Ohio senators walked out in 2011 to stop a vote, and Texas Democrats fled in 1993 to block a redistricting bill."
    assert figure_conflicts(a, b) == []


def test_a_trailing_date_is_read_with_the_clause_before_it():
    a = "The withdrawal would be completed one day after the presidential election, on November 4, 2020."
    b = "The withdrawal cannot be completed until January 4, 2021, one day after the presidential election."
    assert figure_conflicts(a, b) == [("November 4, 2020", "January 4, 2021")]
    # control: the clause before the date is about something else
    a = "The senators met the envoy after the presidential election, on November 4, 2020."
    b = "The withdrawal cannot be completed until January 4, 2021, the department said."
    assert figure_conflicts(a, b) == []


# -- the lead's figure of a kind is not told by its place when its sentence holds two of that kind

def test_the_first_of_two_amounts_in_a_lead_sentence_is_not_its_lead_figure():
    a = "The plan, which forgives $10,000 in student debt for most borrowers, will cost the government about $400 billion, the budget office said."
    b = "The student debt plan will cost the government roughly $900 billion, the budget office estimated on Monday."
    assert figure_conflicts(a, b) == [("about $400 billion", "roughly $900 billion")]
    # control: the amount the other lead names alike still agrees with it
    b = "The student debt plan will cost the government roughly $400 billion, the budget office estimated on Monday."
    assert figure_conflicts(a, b) == [] and any(f.verdict == "agree" and len(f.mentions) == 2 for f in figure_facts(a, b))


# -- where a change starts ("from 18 to 21") is compared only with where another change starts

def test_the_start_of_a_change_is_not_the_counterpart_of_a_figure_stated_without_one():
    a = "Biden called on Congress to raise the age to buy a semi-automatic rifle to 21."
    b = "Biden said Congress should raise the age to buy a semi-automatic rifle from 18 to 21."
    assert figure_conflicts(a, b) == []
    a = "Biden called on Congress to raise the age to buy a semi-automatic rifle to 30."
    assert figure_conflicts(a, b) == [("30", "21")]
    # control: the starts of two changes are still compared
    a = "Biden said Congress should raise the age to buy a semi-automatic rifle from 16 to 21."
    assert figure_conflicts(a, b) == [("from 16", "from 18")]


# -- counts of different nouns: one quantity only when the clauses around the same number are alike

def groups_of(text_a: str, text_b: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.verdict, tuple(m.figure.surface for m in f.mentions)) for f in figure_facts(text_a, text_b) if len(f.mentions) > 1]


def test_the_same_number_of_things_named_differently_in_a_rewritten_clause_is_one_quantity():
    a = "Cruz said the first four nominating contests have shown that he alone can beat Donald Trump."
    b = "Cruz said the first four states have shown that he alone can beat Donald Trump."
    assert groups_of(a, b) == [("agree", ("four nominating contests", "four states"))]


def test_the_same_number_of_different_things_in_unlike_clauses_is_not_one_quantity():
    a = "Two teachers were hurt when the roof of the school collapsed on Monday."
    b = "The roof collapsed after heavy snow, two sources at the city council said."
    assert groups_of(a, b) == []


def test_a_different_number_of_things_named_differently_conflicts_only_in_the_same_clause():
    a = "Cruz said the first four nominating contests have shown that he alone can beat Donald Trump."
    b = "Cruz said the first seven states have shown that he alone can beat Donald Trump."
    assert figure_conflicts(a, b) == [("four nominating contests", "seven states")]
    a, b = rewritten("35")
    assert figure_conflicts(a, b.replace("35", "50")) == []


def rewritten(number: str) -> tuple[str, str]:
    a = f"In response to the election hacking, the president expelled {number} Russian diplomats on Thursday."
    b = f"The election hacking was answered on Thursday: {number} Russian intelligence agents must leave."
    return a, b


def test_a_larger_number_of_things_named_differently_in_like_sentences_is_one_quantity():
    found = groups_of(*rewritten("35"))
    assert ("agree", ("35 Russian diplomats", "35 Russian intelligence agents")) in found


def test_a_small_number_of_things_named_differently_needs_the_same_clause():
    found = groups_of(*rewritten("two"))
    assert not any("two Russian diplomats" in surfaces for _, surfaces in found)


# -- dates read from the article's date agree only at one granularity

def test_a_relative_date_inside_a_longer_one_is_no_agreement():
    a = "The agency said last month that the enrollment program would end early."
    b = "The enrollment program will end early this year, the agency said."
    assert groups_of(a, b) == []


def test_relative_dates_of_one_granularity_still_agree():
    a = "The agency said last month that the enrollment program would end early."
    b = "Last month the agency said the enrollment program would end early."
    assert groups_of(a, b) == [("agree", ("last month", "Last month"))]


def test_an_agreement_of_counts_of_different_nouns_says_so_and_shows_its_evidence():
    a = "Cruz said the first four nominating contests have shown that he alone can beat Donald Trump."
    b = "Cruz said the first four states have shown that he alone can beat Donald Trump."
    (fact,) = [f for f in figure_facts(a, b) if len(f.mentions) > 1]
    assert "counted as contests and states" in fact.note
    assert "same quantity by its context" in fact.note and "beat" in fact.note


# -- a participle phrase set off after a noun dates that noun

def test_a_date_in_a_participle_phrase_is_read_with_the_noun_it_follows():
    a = "With Acme's X9 reactor design – unveiled in late {month} and praised widely – the firm grew fast."
    b = "The release of Acme's new X9 reactor design on March 20 drew crowds."
    assert groups_of(a.format(month="March"), b) == [("agree", ("late March", "March 20"))]
    # the dates of one design's release: a misstated month is a conflict
    assert figure_conflicts(a.format(month="June"), b) == [("late June", "March 20")]



def _clause_words(text: str, surface: str) -> frozenset[str]:
    article = make_article(f"T\n\n{text}")
    (item,) = [i for i in items_of([article], [figures_in(article)]) if i.mention.figure.surface == surface]
    return item.context.clause_words


def test_a_date_in_a_relative_clause_is_read_with_the_noun_it_describes():
    # "which began in June 2021" dates the program: set off by commas, the clause holds no word of what began
    words = _clause_words("The state rebate program, which began in June 2021, has paid out $2 billion so far.", "June 2021")
    assert {stem("program"), stem("rebate")} <= words
    words = _clause_words("Officials said the rebate program – which the governor signed on March 3 – would end soon.", "March 3")
    assert {stem("program"), stem("rebate")} <= words


def test_an_amount_in_a_relative_clause_keeps_its_own_clause():
    words = _clause_words("The state rebate program, which has paid out $2 billion so far, began in June 2021.", "$2 billion")
    assert stem("program") not in words
    words = _clause_words("The governor said on Friday that the rebate program would end in June 2022.", "June 2022")
    assert stem("program") in words  # a date in the clause of what it dates reads that clause, as before

# -- an increment ("an additional $10,000") is a part added to an amount, not a statement of the whole


def test_an_increment_does_not_conflict_with_the_whole():
    a = "Borrowers who received a Pell Grant will get $20,000 in relief under the plan, the department said."
    b = "Borrowers who received a Pell Grant will get an additional $10,000 in relief under the plan, the department said."
    assert figure_conflicts(a, b) == []


def test_two_increments_that_differ_still_conflict():
    a = "Borrowers who received a Pell Grant will get an additional $20,000 in relief under the plan, the department said."
    b = "Borrowers who received a Pell Grant will get an additional $10,000 in relief under the plan, the department said."
    assert figure_conflicts(a, b) == [("$20,000", "$10,000")]


def test_an_increment_agrees_with_the_same_amount():
    a = "Congress took another $600 million from the Treasury to pay for the wall, aides said."
    b = "Congress took about $600 million from the Treasury to pay for the wall, aides said."
    assert [f.verdict for f in figure_facts(a, b) if len(f.mentions) == 2] == ["agree"]


# -- a change dated at its start: the start is the value at that date, the end is not

def test_the_end_of_a_change_dated_at_its_start_is_no_conflict_with_the_start_stated_at_that_date():
    a = "Enrollment in the program grew from 8 million people in 2014 to 12 million people."
    b = "Enrollment in the program stood at 8 million people in 2014."
    assert figure_conflicts(a, b) == []
    a = "The rule cut fuel economy standards from 54.5 miles per gallon by 2025 to about 40 miles per gallon."
    b = "The old rule required automakers to reach 54.5 miles per gallon by 2025."
    assert figure_conflicts(a, b) == []
# -- figures each dated right after them ("118 murders in 2023") in sentences naming several years

def test_figures_dated_for_different_years_are_never_one_quantity():
    a = "The city had 120 murders in 2022 and 118 murders in 2023, police said."
    b = "The city had 120 murders in 2023, down from 150 murders in 2022, police said."
    facts = [(f.verdict, sorted(m.figure.surface for m in f.mentions)) for f in figure_facts(a, b) if f.mentions[0].figure.kind == "count"]
    assert ("conflict", ["120 murders", "150 murders"]) in facts  # both about 2022
    assert ("agree", ["118 murders", "120 murders"]) in facts  # both about 2023, one rounded


def test_figures_dated_for_the_same_year_still_conflict():
    a = "The city had 120 murders in 2022 and 118 murders in 2023, police said."
    b = "The city had 190 murders in 2023, up from 150 murders in 2022, police said."
    assert ("118 murders", "190 murders") in figure_conflicts(a, b)


# -- a year or date alone in its clause ("2022." of a caption broken after "Oct. 21."): it dates no event its words name

def test_a_year_alone_in_its_sentence_is_no_conflict_with_the_year_of_an_event():
    a = "Jane Ortiz talks about the Springfield budget at City Hall on Friday, Oct. 21. 2022.\n\nThe council will vote next week."
    b = "First elected in 2017, Jane Ortiz has pushed to cut the Springfield budget."
    assert figure_conflicts(a, b) == []


def test_years_of_one_event_in_their_clauses_still_conflict():
    a = "In 2008, Governor Jane Ortiz sent 600 state troopers to the border with Mexico."
    b = "Governor Jane Ortiz sent 600 state troopers to the border with Mexico in 2006."
    assert figure_conflicts(a, b) == [("2008", "2006")]


def test_a_year_with_words_of_its_own_sentence_still_dates_an_event():
    # only a year that is its whole sentence (a caption's fragment) dates nothing: "That was in 2017." and "(2017)"
    # date the event of the sentence before or of the clause they stand in
    b = "Jane Ortiz was first elected mayor of Springfield in 2019."
    assert figure_conflicts("Jane Ortiz was first elected mayor of Springfield. That was in 2017.", b) == [("2017", "2019")]
    a = "Ortiz won the Springfield mayoral race (2017) by a wide margin."
    b = "Ortiz won the Springfield mayoral race in 2019 by a wide margin."
    assert figure_conflicts(a, b) == [("2017", "2019")]


# -- a date in a relative clause set off after a noun is read with the noun's clause, but dates the event of its own:
# the noun alone ("The Ohio plant") is no evidence that two dates are of one event

def test_a_relative_clause_date_and_the_main_clause_date_of_one_noun_are_no_conflict():
    a = "The bill was signed by Gov. Jane Ortiz, who took office on Jan. 3, officials said."
    b = "The bill was signed by Gov. Jane Ortiz on March 5, officials said."
    assert figure_conflicts(a, b) == []
    a = "The Ohio plant, which opened on June 4, 2019, will close next year."
    b = "The Ohio plant will close on March 1, the company said."
    assert figure_conflicts(a, b) == []
    a = "The singer, who was born on May 2, 1950, died at her home in Nashville."
    b = "The singer died at her home in Nashville on Sunday, May 12."
    assert figure_conflicts(a, b) == []


def test_a_relative_clause_date_of_the_same_event_still_conflicts():
    a = "The Ohio plant, which opened on June 4, 2019, will close next year."
    b = "The Ohio plant opened on June 10, 2019, and employs 300 people."
    assert figure_conflicts(a, b) == [("June 4, 2019", "June 10, 2019")]


# -- a date in a participle phrase set off after a noun dates the noun, not the event of the clause it is set off from

def test_a_participle_phrase_date_and_a_date_of_the_main_clause_event_are_no_conflict():
    a = "The Ohio plant, opened on June 4, 2019, will close next year."
    b = "The Ohio plant will close on March 1, the company said."
    assert figure_conflicts(a, b) == []
    a = "The old bridge, built in May 1962, will be torn down, the county said."
    b = "The county said the old bridge will be torn down on Oct. 9."
    assert figure_conflicts(a, b) == []


def test_a_participle_phrase_date_of_the_same_event_still_conflicts():
    a = "The Ohio plant, opened on June 4, 2019, will close next year."
    b = "The Ohio plant opened on June 10, 2019, and employs 300 people."
    assert figure_conflicts(a, b) == [("June 4, 2019", "June 10, 2019")]
