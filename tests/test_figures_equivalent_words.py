"""Words of one sense (``audit/lexicons/figure_equivalent_words.csv``: WordNet synsets such as "buy, purchase"
or "raise, increase") are evidence that two outlets' figures state one quantity, weaker than a shared word:
an outlet rewriting a report changes its verbs, so a changed value around them is a conflict (issue 14)."""
from __future__ import annotations

from audit.compare.figures.context import EQUIVALENT_WEIGHT
from conftest import figure_conflicts, judged_pair


def test_a_figure_restated_with_verbs_of_one_sense_is_one_quantity_and_a_changed_value_a_conflict():
    bought = "The club bought the stadium for ${} million, raising its debt."
    purchase = "A $40 million purchase of the stadium increased what the team owes, the filing said."
    assert figure_conflicts(bought.format(90), purchase) == [("$90 million", "$40 million")]
    assert figure_conflicts(bought.format(40), purchase) == []


def test_words_of_one_sense_count_less_than_a_shared_word():
    purchase = "A $40 million purchase of the stadium was completed, the filing said."
    _, synonym = judged_pair("The club bought the stadium for $40 million, its owner said.", purchase, "$40 million", "$40 million")
    _, shared = judged_pair("The club's purchase of the stadium for $40 million ended, its owner said.", purchase, "$40 million", "$40 million")
    _, neither = judged_pair("The club rented the stadium for $40 million, its owner said.", purchase, "$40 million", "$40 million")
    assert neither < synonym < shared
    assert synonym - neither == EQUIVALENT_WEIGHT


def test_verbs_of_one_sense_alone_keep_different_quantities_apart():
    # what was bought differs (a stadium, tickets): the verbs say only that both are purchases
    assert figure_conflicts("The club bought the stadium for $90 million.", "Fans purchased $40 million of tickets, the league said.") == []


def test_a_sense_a_shared_word_writes_counts_once():
    # "cut" is shared: "reduce" beside it adds nothing, or a clause would count one change twice
    a = "The ministry will cut the fuel subsidy by $5 billion, officials said."
    once = judged_pair(a, "Lawmakers voted to cut the fuel subsidy by $2 billion on Friday.", "$5 billion", "$2 billion")
    twice = judged_pair(a, "Lawmakers voted to cut and reduce the fuel subsidy by $2 billion on Friday.", "$5 billion", "$2 billion")
    assert once == twice


def test_two_lone_amounts_alike_only_by_a_verb_of_one_sense_are_no_conflict():
    # each is its article's only amount, so only the lone-match bar could make them one quantity: a sense is no word of it
    a = "The team bought the stadium for $90 million last year."
    assert figure_conflicts(a, "The team purchased $40 million of tickets last year.") == []
    assert figure_conflicts("The city bought the stadium for $90 million.", "The city purchased $40 million of tickets.") == []


def test_two_lone_amounts_that_share_what_was_bought_still_conflict():
    a = "The team bought the stadium for $90 million last year."
    assert figure_conflicts(a, "The team purchased the stadium for $40 million last year.") == [("$90 million", "$40 million")]
    assert figure_conflicts(a, "The team paid $40 million for the stadium last year.") == [("$90 million", "$40 million")]


def test_two_lone_prices_of_one_thing_written_as_two_words_of_one_sense_still_conflict():
    # the price noun ("a gallon", "per gallon") is shared: "gas" and "gasoline" are then no lone sense
    a = "The state spent $2 billion on roads. The senator blamed $5-a-gallon gas on the administration's policies."
    b = "Many factors have contributed to nearly $8 per gallon of gasoline, economists said."
    assert figure_conflicts(a, b) == [("$5", "nearly $8")]
    assert figure_conflicts(a, "Refiners earned $40 billion. " + b) == [("$5", "nearly $8")]


def test_two_lone_dates_of_one_event_written_in_two_words_of_one_sense_still_conflict():
    # a date's verb names its event: "sued" and "filed a lawsuit" are one event on two days
    assert figure_conflicts("The city sued the company on March 3.", "The city filed a lawsuit against the company on March 5.") == [("March 3", "March 5")]
