"""Prices of different varieties, grades, benchmarks or rounds of a thing are two quantities: "Diesel averaged $4.61
a gallon" is no misstated "$3.52 a gallon" of the national average for gas (``figure_price_grades.csv``)."""
from __future__ import annotations

from conftest import figure_agreements, figure_conflicts


def test_prices_of_diesel_and_gasoline_do_not_conflict():
    a = "Diesel averaged $4.61 a gallon on Monday, according to AAA."
    b = "The national average for a gallon of gas was $3.52 a gallon on Monday, according to AAA."
    assert figure_conflicts(a, b) == []


def test_prices_of_two_crude_benchmarks_do_not_conflict():
    a = "Brent crude rose to $82 a barrel on Monday."
    b = "U.S. crude rose to $78 a barrel on Monday."
    assert figure_conflicts(a, b) == []


def test_payments_of_two_rounds_do_not_conflict():
    a = "The first round of stimulus checks paid $1,200 per person to most adults."
    b = "The third round of stimulus checks paid $1,400 per person to most adults."
    assert figure_conflicts(a, b) == []


def test_the_same_grade_at_the_same_price_still_agrees():
    a = "Diesel averaged $4.61 a gallon on Monday, according to AAA."
    b = "Diesel sold for an average of $4.61 a gallon on Monday, AAA said."
    assert ("$4.61", "$4.61") in figure_agreements(a, b)


def test_a_changed_price_of_the_same_grade_still_conflicts():
    a = "Diesel averaged $4.61 a gallon on Monday, according to AAA."
    b = "Diesel averaged $4.41 a gallon on Monday, according to AAA."
    assert figure_conflicts(a, b) == [("$4.61", "$4.41")]
    a = "Brent crude rose to $82 a barrel on Monday."
    b = "Brent crude rose to $84 a barrel on Monday."
    assert figure_conflicts(a, b) == [("$82", "$84")]


def test_a_clause_naming_both_grades_sets_nothing_apart():
    a = "Diesel and gasoline both averaged $4.61 a gallon on Monday, according to AAA."
    b = "Diesel averaged $4.41 a gallon on Monday, according to AAA."
    assert figure_conflicts(a, b) == [("$4.61", "$4.41")]
