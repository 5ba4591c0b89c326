"""Which dollar an amount is in: the ways news names a currency, and a bare "$" beside a named foreign dollar (no longer
read in it: one foreign mention of a number relabelled every bare amount of it in the story, US pledges included)."""
from __future__ import annotations

import pytest

from conftest import figure_facts

RAIL = "The state will spend {} on the new rail line, the transport minister said."


def verdicts(text_a: str, text_b: str) -> list[tuple[str, list[str]]]:
    return [(f.verdict, sorted(m.figure.surface for m in f.mentions)) for f in figure_facts(text_a, text_b) if f.kind == "money"]


@pytest.mark.parametrize("other", ["$3.1 billion", "US$2.4 billion", "US $2.4 billion", "$2.4 billion U.S."])
def test_a_different_number_or_a_marked_us_dollar_still_conflicts_with_a_named_dollar(other):
    # a bare or US-marked "$" is US dollars beside a named foreign dollar
    for named in ("$2.4 billion Australian dollars", "A$2.4 billion"):
        assert [verdict for verdict, _ in verdicts(RAIL.format(named), RAIL.format(other))] == ["conflict"]


def test_a_bare_dollar_of_the_same_number_in_a_sentence_about_other_things_stays_us_dollars():
    from audit.compare.figures.items import items_of
    from audit.figures import figures_in
    from conftest import make_article

    articles = [
        make_article("T\n\nThe province set its carbon tax at 10 Canadian dollars a ton of emissions.", id="a.txt"),
        make_article("T\n\nThe city council raised the minimum wage to $10 an hour for restaurant workers.", id="b.txt"),
    ]
    items = items_of(articles, [figures_in(a) for a in articles])
    assert [(i.mention.figure.surface, i.mention.figure.unit) for i in items if i.mention.figure.kind == "money"] == [
        ("10 Canadian dollars", "CAD"),
        ("$10", "USD"),
    ]


def money(text: str) -> list[tuple[str, str]]:
    from audit.figures import figures_in
    from conftest import make_article

    return [(f.surface, f.unit) for f in figures_in(make_article("T\n\n" + text)) if f.kind == "money"]


@pytest.mark.parametrize(
    "written",
    ["$5 million to $7 million Canadian dollars", "between $5 million and $7 million Canadian dollars"],
)
def test_a_dollar_named_after_a_range_is_the_currency_of_both_ends(written):
    assert money(f"The bank raised {written} in the share sale.") == [(written, "CAD")]


def test_a_range_without_a_named_dollar_stays_us_dollars():
    assert money("The bank raised $5 million to $7 million in the share sale.") == [("$5 million to $7 million", "USD")]
    assert money("The bank raised $5 million to C$7 million in the share sale.") == [("$5 million to C$7 million", "USD")]


@pytest.mark.parametrize(
    "written, code",
    [("CA$10", "CAD"), ("CDN$10", "CAD"), ("Cdn$10", "CAD"), ("AU$10", "AUD"), ("NT$10", "TWD"), ("10 New Taiwan dollars", "TWD")],
)
def test_the_other_signs_and_names_of_foreign_dollars(written, code):
    # "CA$10" was read as "$10" in US dollars, its letters dropped
    assert money(f"Tickets for the festival cost {written} each.") == [(written, code)]


def test_the_signs_of_us_dollars_stay_us_dollars():
    assert money("Tickets for the festival cost US$10 each.") == [("US$10", "USD")]
    assert money("Tickets for the festival cost $10 each.") == [("$10", "USD")]


@pytest.mark.parametrize(
    "sentence, written, code",
    [
        ("The shares closed at $100 Canadian on Friday.", "$100 Canadian", "CAD"),
        ("The bridge will cost $1.3 billion (Canadian), officials said.", "$1.3 billion (Canadian)", "CAD"),
        ("Tickets cost $10 (Canadian dollars) at the gate.", "$10 (Canadian dollars)", "CAD"),
        ("Tickets cost $10 CAD at the gate.", "$10 CAD", "CAD"),
        ("The deal is worth $5 billion in Australian dollars, the company said.", "$5 billion in Australian dollars", "AUD"),
        ("Crude settled at $76 US a barrel.", "$76 US", "USD"),
    ],
)
def test_a_dollar_named_after_a_bare_dollar_amount_in_short_forms(sentence, written, code):
    assert money(sentence) == [(written, code)]


def test_a_currency_word_before_a_noun_is_no_name_of_the_dollar():
    # "Canadian" modifies the grant: which dollar the amount is in is not said
    assert money("The firm got a $5 million Canadian grant for the mine.") == [("$5 million", "USD")]
    assert money("The firm got $5 million in Canadian grants for the mine.") == [("$5 million", "USD")]


def test_a_us_dollar_amount_named_after_it_in_brackets_is_the_conversion():
    from audit.figures import figures_in
    from conftest import make_article

    found = [f for f in figures_in(make_article("T\n\nThe pension fund paid C$1.3 billion ($1 billion US) for the stake.")) if f.kind == "money"]
    assert [(f.surface, f.unit) for f in found] == [("C$1.3 billion", "CAD"), ("$1 billion US", "USD")]
    assert found[1].same_as == found[0].span


def test_a_dollar_sign_spaced_from_its_letters_keeps_its_currency():
    # tokenized copy writes "HK $5.4m": read as "$5.4m" it was US dollars
    assert money("The passengers paid HK $216,925 for flights that should have cost HK $5.4m.") == [("HK $216,925", "HKD"), ("HK $5.4m", "HKD")]
    assert money("Revenue rose to US $84 billion in the quarter.") == [("US $84 billion", "USD")]


def test_a_single_capital_before_a_spaced_dollar_sign_is_no_currency():
    assert money("A $5 fee applies to every ticket.") == [("$5", "USD")]


def test_a_currency_word_opening_a_compound_adjective_is_no_name_of_the_dollar():
    # "Canadian-owned", "Australian-led": the word describes the noun, the "$" stays US dollars
    assert money("Investors bought a $5 million Canadian-owned mine.") == [("$5 million", "USD")]
    assert money("The $300 million Australian-led project stalled.") == [("$300 million", "USD")]
    assert money("The fare was $100 Canadian - a bargain, riders said.") == [("$100 Canadian", "CAD")]
