"""One quantity written in two forms (issue 14): a range of years and a single year, a price written as a
compound and with "per". Whether two mentions are one quantity must not hang on the form."""
from __future__ import annotations

import pytest

from conftest import figure_conflicts, figure_facts, judged_pair

# -- a range of years written as two years ("1921-1965", "between 2021 and 2026") states where a period
# starts and ends: a single year agrees with it only as one of those ends, not as any year inside it. A year
# inside it is most often a time within the period, true of it ("in 1948"): neither agreement nor conflict,
# unless its words make it an end ("until 1948", "since 1930") in the clause restated around it

RANGE = "Residents who lived in the town between 1921-1965 can apply for the housing grants, the council said."
RESTATED = "Residents who lived in the town in 1948 can apply for the housing grants, officials said."
UNTIL = RESTATED.replace("in 1948", "until 1948")

# -- a price of one thing written as a compound ("$5-a-gallon gas") or with "per" ("$5 per gallon"): the thing
# priced is shared as a counted noun is ("60 votes", "the 60-vote threshold"), and a price is no misstated sum

PRICE = "Senator Ron Lake blamed $5-a-gallon gas on oil company profits."
PROFITS = "Oil company profits reached nearly $61 billion, analysts said."


@pytest.mark.parametrize(
    ("a", "b", "surface_a", "surface_b", "status"),
    [
        pytest.param(RANGE, UNTIL, "1921-1965", "1948", "conflict", id="a year written as an end, inside a range of years, in the restated clause, conflicts"),
        pytest.param(
            RANGE, RESTATED.replace("in 1948", "since 1930"), "1921-1965", "1930", "conflict",
            id="a year written as a start, inside a range of years, in the restated clause, conflicts",
        ),
        pytest.param(
            "The standards cover cars sold between 2021 and 2026, the agency said in its release.",
            "The agency said cars sold in 2025 must average 40 miles per gallon under the standards.",
            "between 2021 and 2026", "2025", "no", id="a year inside a range of years, in another clause, is another time",
        ),
        pytest.param(RANGE, RESTATED.replace("in 1948", "in 1921"), "1921-1965", "1921", "agree", id="the start of a range of years agrees with it"),
        pytest.param(RANGE, RESTATED.replace("in 1948", "by 1965"), "1921-1965", "1965", "agree", id="the end of a range of years agrees with it"),
        pytest.param(
            "Growth was fastest in the 1950s, the report said.", "Growth was fastest in 1955, the report said.", "1950s", "1955", "agree",
            id="a decade still holds its years",
        ),
        pytest.param(
            PRICE, "Oil traded at $90 a barrel, and the factors behind it are complex, analysts said.", "$5", "$90", "no",
            id="a price of another thing an order of magnitude apart is no rival",
        ),
        pytest.param(PRICE, PROFITS, "$5", "nearly $61 billion", "no", id="a price is no rival of a sum an order of magnitude apart"),
        pytest.param(
            "Senator Ron Lake blamed $4 billion in oil company profits for the prices.", PROFITS, "$4 billion", "nearly $61 billion", "rival",
            id="two sums an order of magnitude apart stay rivals",
        ),
    ],
)
def test_how_two_forms_of_one_quantity_are_judged(a: str, b: str, surface_a: str, surface_b: str, status: str):
    assert judged_pair(a, b, surface_a, surface_b)[0] == status


def test_a_year_set_against_a_range_of_years_is_apart_from_its_nearer_end():
    (fact,) = [f for f in figure_facts(RANGE, UNTIL) if f.verdict == "conflict"]
    assert "17 years apart" in fact.note


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(RANGE, RESTATED, id="lived in the town in a year of the period"),
        pytest.param(
            "He entered the country illegally sometime between 2016 and 2018, immigration officials said in a statement.",
            "He entered the country illegally in 2017, immigration officials said, and was ordered deported in 2020.",
            id="entered in a year of the period, beside a later year",
        ),
        pytest.param(
            "Rent prices in Tucson doubled between 2013 and 2023, the survey found.", "Rent prices in Tucson peaked in 2022, it found.",
            id="a peak within the period",
        ),
        pytest.param(
            "Harris served as attorney general between 2011 and 2017, aides said.", "Harris served as attorney general in 2014, aides said.",
            id="a term's year within it",
        ),
        pytest.param(
            "The rebate applies to heat pumps installed between 2022 and 2027, officials said.",
            "The rebate applies to heat pumps installed in 2024, officials said.",
            id="a rule's year within its period",
        ),
        pytest.param(
            "Between 2014 and 2019, the county lost 9,000 farm jobs, the report said.", "In 2017, the county lost 9,000 farm jobs, the report said.",
            id="a year of the period written first",
        ),
    ],
)
def test_a_year_inside_a_range_of_years_is_true_of_it_and_no_conflict(a: str, b: str):
    assert figure_conflicts(a, b) == []
    years = [f for f in figure_facts(a, b) if len(f.mentions) > 1 and f.mentions[0].figure.kind == "year"]
    assert years == []  # nor one value: no end of the period


def test_a_range_of_years_still_holds_the_years_of_a_fiscal_year_and_no_deadline():
    fiscal = figure_facts("The budget for fiscal 2019-20 was approved on Monday, officials said.", "The budget for fiscal 2020 was approved on Monday, officials said.")
    assert [f.verdict for f in fiscal if f.mentions[0].figure.surface == "2019-20"] == ["agree"]
    model = figure_facts("The rules cover model years 2027-2032, the agency said.", "Automakers must comply by model year 2030, the agency said.")
    assert [len(f.mentions) for f in model] == [1, 1]


def test_two_prices_of_one_thing_in_two_forms_conflict_when_their_values_differ():
    a = "Senator Ron Lake blamed $8-a-gallon gas on the energy policies of the administration."
    b = "Oil companies earned nearly $61 billion in profits last year. The factors behind nearly $5 per gallon of gasoline are complex, analysts said."
    assert figure_conflicts(a, b) == [("$8", "nearly $5")]


def test_a_price_per_gallon_is_told_from_another_sum_of_its_value_by_the_thing_priced():
    a = "The state spent $9 billion on roads. Critics blamed $5-a-gallon gas on the administration. Drivers also pay a $5 toll."
    b = "Refiners earned $2 billion. Drivers paid nearly $5 per gallon in June."
    (fact,) = [f for f in figure_facts(a, b) if any(m.figure.surface == "nearly $5" for m in f.mentions)]
    assert fact.verdict == "agree"
    assert fact.mentions[0].figure.span.start == a.index("$5-a-gallon") + len("T\n\n")


# -- the noun a price is per ("per person", "a share") says what kind of amount both figures are, as a unit does: a
# sign that equal values are one, none that values apart are, unless both price one thing ("gas", "gasoline")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The new relief checks will be worth $700 per person, officials said.",
            "Congress passed the earlier package, which sent $1,400 per person to most households.",
            id="a payment and an earlier one per person",
        ),
        pytest.param(
            "Warehouse staff will now earn $16 an hour on average.", "Pilots at the airline make about $90 an hour, the union said.",
            id="two wages an hour",
        ),
        pytest.param(
            "Truckers are paying $4.60 a gallon for diesel, the trade group said.",
            "Drivers paid $3.40 a gallon at the pump in May, the motor club said.",
            id="diesel and the pump price a gallon",
        ),
        pytest.param(
            "The buyer offered $60 a share for the chipmaker, the company said.", "The chipmaker's stock closed at $51 a share on Friday.",
            id="an offer and a closing price a share",
        ),
    ],
)
def test_two_prices_per_one_noun_are_no_conflict_by_that_noun_alone(a: str, b: str):
    assert figure_conflicts(a, b) == []


def test_two_prices_of_one_thing_written_alike_still_conflict():
    a = "Drivers across the state now pay $5 a gallon for gas, the auto club said."
    b = "Motorists in the state are paying $8 a gallon for gas, the auto club reported."
    assert figure_conflicts(a, b) == [("$5", "$8")]
    assert figure_conflicts("Voters blamed $5-a-gallon gas on the governor.", "Voters blamed $8-a-gallon gas on the governor.") == [("$5", "$8")]


def test_prices_per_different_nouns_are_no_one_value():
    a = "Farmers sold corn for $4 a bushel this spring, the report said."
    b = "Drivers in the county paid $4 a gallon this spring, the report said."
    assert [f for f in figure_facts(a, b) if len(f.mentions) > 1 and f.mentions[0].figure.kind == "money"] == []


@pytest.mark.parametrize("stretch", ["an hour", "a night", "a season", "a term", "a year", "a week"])
def test_a_stretch_of_time_after_money_names_no_thing_priced(stretch: str):
    from conftest import make_article

    from audit.compare.figures.items import items_of
    from audit.compare.figures.pairs import rate_noun
    from audit.figures import figures_in

    article = make_article(f"T\n\nThe guards are paid $400 {stretch}, the county said.")
    (item,) = [i for i in items_of([article], [figures_in(article)]) if i.mention.figure.kind == "money"]
    assert rate_noun(item) == ""
