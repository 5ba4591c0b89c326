"""Same quantity is decided from context, blind to the values; the values then decide the verdict (issue 14):
what an outlet writes around a figure is evidence of what it is about, and a changed number in the same
context is a conflict, not a figure "stated by one article only"."""
from __future__ import annotations

from conftest import figure_conflicts


# -- the place or body a title holds ("Manitoba Premier Wab Kinew", "Texas Gov. Greg Abbott") or an "of" after
# the name ("Attorney General Dana Nessel of Michigan"): the name finder keeps it as the person's attribute,
# yet it says where or of what body the figure of the sentence is

def test_the_place_in_a_title_is_evidence_of_what_a_figure_is_about():
    a = "Manitoba Premier Wab Kinew's government invested $2.5 billion in the new hydro line."
    b = "The government of Manitoba invested $1.5 billion in the new hydro line."
    assert figure_conflicts(a, b) == [("$2.5 billion", "$1.5 billion")]
    a = "Texas Gov. Greg Abbott said the state will spend $4 billion on the border wall."
    b = "Texas will spend $2 billion on the border wall, officials said."
    assert figure_conflicts(a, b) == [("$4 billion", "$2 billion")]


def test_the_place_after_a_name_is_evidence_of_what_a_figure_is_about():
    a = "Attorney General Dana Nessel of Michigan led a coalition of 14 states suing over the rule."
    b = "A coalition of 16 states led by Michigan is suing over the rule."
    assert figure_conflicts(a, b) == [("14 states", "16 states")]


def test_a_different_place_in_a_title_keeps_figures_apart():
    a = "Manitoba Premier Wab Kinew's government invested $2.5 billion in the new hydro line."
    b = "The government of Ontario invested $1.5 billion in the new hydro line."
    assert figure_conflicts(a, b) == []
    a = "Texas Gov. Greg Abbott said the state will spend $4 billion on the border wall."
    b = "Arizona will spend $2 billion on the border wall, officials said."
    assert figure_conflicts(a, b) == []
    a = "Attorney General Dana Nessel of Michigan led a coalition of 14 states suing over the rule."
    b = "A coalition of 16 states led by Ohio is suing over the rule."
    assert figure_conflicts(a, b) == []
