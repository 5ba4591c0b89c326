"""What a figure measures (audit.compare.figures.measures, issue 14): read from the figure's own noun
phrase ("$90 billion in revenue", "incomes over $10 million"), not from every word of its clause, so
that a measure another figure of the sentence holds does not keep it apart; synonyms of the lexicon
("income", "earnings") are one measure. Each rule has made-up sentences and a control that stays apart."""
from __future__ import annotations

import pytest

from audit.compare.figures import compare_figures
from audit.compare.figures.items import items_of
from audit.compare.figures.measures import measures_of, same_measure
from audit.figures import figures_in
from audit.text import stem
from conftest import make_article


def facts_of(text_a: str, text_b: str):
    articles = [make_article(f"T\n\n{text_a}", id="a.txt"), make_article(f"T\n\n{text_b}", id="b.txt")]
    return compare_figures(articles, [figures_in(a) for a in articles])


def verdicts(text_a: str, text_b: str, kind: str) -> list[str]:
    return sorted(f.verdict for f in facts_of(text_a, text_b) if f.kind == kind)


def measures(text: str) -> dict[str, frozenset[str]]:
    """Each figure's surface in a one-sentence article, with its measures."""
    article = make_article(f"T\n\n{text}")
    return {item.mention.figure.surface: item.context.measures for item in items_of([article], [figures_in(article)])}


def measure(word: str) -> frozenset[str]:
    return measures_of([stem(word)])


# -- the figure's own phrase: after it, before it, through linking words


@pytest.mark.parametrize(
    ("sentence", "surface", "word"),
    [
        ("Acme booked $90 billion in revenue as costs rose.", "$90 billion", "revenue"),
        ("Acme reported revenue of $90 billion as its costs rose.", "$90 billion", "revenue"),
        ("Acme said a profit of $25 billion offset higher costs.", "$25 billion", "profit"),
        ("The rate applies to incomes over $10 million and to gains on assets.", "over $10 million", "income"),
        ("The plan takes earnings amounting to more than $10 million at a higher rate than assets.", "more than $10 million", "earnings"),
        ("The $400 billion cost covers debt relief.", "$400 billion", "cost"),
        ("Unemployment in Ohio stood at 6 percent while prices rose.", "6 percent", "unemployment"),
        ("The average price of milk hit an all-time high of $4.40 as costs rose.", "$4.40", "price"),
    ],
)
def test_a_figure_measures_what_its_own_phrase_names(sentence, surface, word):
    assert measures(sentence)[surface] == measure(word)


def test_a_change_and_the_level_it_reaches_measure_the_same_noun():
    found = measures("Acme said revenue rose 5% to $90 billion while costs fell.")
    assert found["5%"] == found["$90 billion"] == measure("revenue")


def test_a_measure_held_by_another_figure_of_the_sentence_is_not_this_ones():
    found = measures("The plan to forgive $10,000 in federal student debt for most borrowers will cost the government about $400 billion.")
    assert found["$10,000"] == measure("debt")
    # "the government" names no measure: the clause's, less "debt" which the other figure's phrase holds
    assert found["about $400 billion"] == measure("cost")


def test_a_figure_whose_phrase_names_no_measure_reads_its_clause():
    assert measures("Sales of the phone brought in $5 billion last year.")["$5 billion"] == measure("sales")


def test_a_measure_of_another_figure_does_not_keep_two_figures_apart():
    # "costing $400 billion" holds the cost: the $10,000 that borrowers get measures nothing named
    a = "Analysts said a plan costing $400 billion would give borrowers $10,000 each."
    b = "Analysts said the plan would give each borrower $10,000 on top of tax credits."
    assert verdicts(a, b, "money") == ["agree", "single_source"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Acme reported revenue of $90 billion as the costs of its plants rose.", "Acme reported a profit of $25 billion as the costs of its plants rose."),
        # revenue and income stay apart though "earnings" is a synonym of each (a top line and a bottom line)
        ("Acme reported revenue of $25 billion in the quarter, the company said.", "Acme reported income of $25 billion in the quarter, the company said."),
    ],
)
def test_figures_whose_own_phrases_name_different_measures_stay_apart(a, b):
    assert verdicts(a, b, "money") == ["single_source", "single_source"]


# -- synonyms: one line of figure_measure_nouns.txt is one measure


def test_income_and_earnings_are_one_measure():
    a = "Economists said a top marginal rate of 70 percent on incomes above $10 million would raise little."
    b = "Her plan sets a top marginal rate of 70 percent on earnings above $10 million."
    assert "agree" in [f.verdict for f in facts_of(a, b) if f.kind == "money" and len(f.mentions) == 2]


def test_synonyms_of_spending_pay_and_revenue_share_a_measure():
    assert same_measure(measure("spending"), measure("expenditure"))
    assert same_measure(measure("wages"), measure("salary"))
    assert same_measure(measure("sales"), measure("turnover"))
    assert same_measure(measure("earnings"), measure("profit")) and same_measure(measure("earnings"), measure("income"))


def test_measures_that_share_a_synonym_are_not_one_measure():
    # "earnings" is both a profit and an income, yet revenue, income and profit stay three measures
    assert not same_measure(measure("income"), measure("profit"))
    assert not same_measure(measure("revenue"), measure("income"))
    assert not same_measure(measure("tax"), measure("tariff"))
    assert not same_measure(measure("cost"), measure("price"))


def test_two_thresholds_on_one_side_are_no_agreement_by_overlap_alone():
    # the Examiner's "annual income below $125,000" and NBC's "those earning less than $75,000" (pac_0140): two upper
    # bounds overlap as intervals, and once "income" and "earnings" were one measure their sentences were alike
    # enough to agree; two bounds on one side with different numbers are most often thresholds of different groups
    a = "The administration forgives student loans for every borrower with an annual income below $125,000 who had a Pell Grant."
    b = '"Most of the relief will go to those with incomes of less than $75,000 a year," the senators said.'
    assert verdicts(a, b, "money") == ["single_source", "single_source"]
    # controls: the same bound with the same number agrees, and so does a figure inside the bound
    for c in ('"Most of the relief will go to those with incomes under $125,000 a year," the senators said.',
              '"Most of the relief will go to those with incomes of $120,000 a year," the senators said.'):
        assert verdicts(a, c, "money") == ["agree"], c
