"""A list of years joined by "and" dates several events: "won Pennsylvania in 2016 and 2020" is no misstated "won
Pennsylvania in 2024"."""
from __future__ import annotations

from conftest import figure_agreements, figure_conflicts


def test_a_year_of_another_event_is_no_conflict_with_a_list_of_years():
    a = "Trump won Pennsylvania in 2016 and 2020, his campaign said on Monday."
    b = "Trump won Pennsylvania in 2024, his campaign said on Monday."
    assert figure_conflicts(a, b) == []
    a = "The senator voted for the ban in 2001, 2003 and 2005, records show."
    b = "The senator voted for the ban in 2007, records show."
    assert figure_conflicts(a, b) == []


def test_a_year_of_the_list_still_agrees():
    a = "Trump won Pennsylvania in 2016 and 2020, his campaign said on Monday."
    b = "Trump won Pennsylvania in 2016, his campaign said on Monday."
    assert ("2016", "2016") in figure_agreements(a, b)


def test_a_changed_single_year_still_conflicts():
    a = "Trump won Pennsylvania in 2016, his campaign said on Monday."
    b = "Trump won Pennsylvania in 2012, his campaign said on Monday."
    assert figure_conflicts(a, b) == [("2016", "2012")]


def test_the_ends_of_a_span_are_no_list():
    from audit.compare.figures.items import items_of
    from audit.compare.figures.pairs import in_year_list
    from audit.figures import figures_in
    from conftest import make_article

    article = make_article("T\n\nGrants go to descendants of residents between the period of 1919 and 1969. He won in 2008 and 2012.")
    listed = {item.mention.figure.surface: in_year_list(item) for item in items_of([article], [figures_in(article)])}
    assert listed == {"1919": False, "1969": False, "2008": True, "2012": True}
