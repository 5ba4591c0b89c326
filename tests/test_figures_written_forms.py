"""One quantity written in two forms (issue 14): a range of years and a single year, a count and a
compound of its number and noun. Whether two mentions are one quantity must not hang on the form."""
from __future__ import annotations

from conftest import figure_facts, judged_pair

# -- a range of years written as two years ("1921-1965", "between 2021 and 2026") states where a period
# starts and ends: a single year agrees with it only as one of those ends, not as any year inside it

RANGE = "Residents who lived in the town between 1921-1965 can apply for the housing grants, the council said."


def test_a_year_inside_a_range_of_years_in_the_restated_clause_conflicts():
    restated = "Residents who lived in the town in 1948 can apply for the housing grants, officials said."
    assert judged_pair(RANGE, restated, "1921-1965", "1948")[0] == "conflict"


def test_a_year_set_against_a_range_of_years_is_apart_from_its_nearer_end():
    restated = "Residents who lived in the town in 1948 can apply for the housing grants, officials said."
    (fact,) = [f for f in figure_facts(RANGE, restated) if f.verdict == "conflict"]
    assert "17 years apart" in fact.note


def test_a_year_inside_a_range_of_years_in_another_clause_is_another_time():
    a = "The standards cover cars sold between 2021 and 2026, the agency said in its release."
    b = "The agency said cars sold in 2025 must average 40 miles per gallon under the standards."
    assert judged_pair(a, b, "between 2021 and 2026", "2025")[0] == "no"


def test_an_end_of_a_range_of_years_still_agrees_with_it():
    start = "Residents who lived in the town in 1921 can apply for the housing grants, officials said."
    end = "Residents who lived in the town by 1965 can apply for the housing grants, officials said."
    assert judged_pair(RANGE, start, "1921-1965", "1921")[0] == "agree"
    assert judged_pair(RANGE, end, "1921-1965", "1965")[0] == "agree"


def test_a_decade_still_holds_its_years():
    assert judged_pair("Growth was fastest in the 1950s, the report said.", "Growth was fastest in 1955, the report said.", "1950s", "1955")[0] == "agree"
