"""Equal amounts of two different holders are two facts: the holder of a figure is the named person or place its
clause's subject is (who signed, spent, sent the thing counted), not whoever speaks of it."""
from __future__ import annotations

from conftest import figure_agreements, figure_conflicts, figure_facts


def _grouped(a: str, b: str, surface: str) -> bool:
    """Whether the figure written ``surface`` in both articles sits in one fact."""
    return any(len(f.mentions) > 1 for f in figure_facts(a, b) if surface in {m.figure.surface for m in f.mentions})


def test_equal_amounts_of_governors_of_two_states_are_two_facts():
    a = "Texas Gov. Greg Abbott signed a $4 billion border security package on Tuesday."
    b = "Ohio Gov. Mike DeWine announced a $4 billion plan for roads and bridges on Tuesday."
    assert not _grouped(a, b, "$4 billion")
    a = "Texas Gov. Greg Abbott's $4 billion border package passed the legislature."
    b = "Ohio Gov. Mike DeWine's $4 billion border package passed the legislature."
    assert not _grouped(a, b, "$4 billion")


def test_equal_counts_of_two_places_are_two_facts():
    a = "Texas will send 1,000 National Guard troops to the border, officials said."
    b = "Arizona will send 1,000 National Guard troops to the border, officials said."
    assert not _grouped(a, b, "1,000 National Guard troops")


def test_a_split_pair_leaves_no_conflict_with_another_figure():
    a = "Texas Gov. Greg Abbott signed a $4 billion border security package on Tuesday."
    b = (
        "Ohio Gov. Mike DeWine signed a $4 billion border security package on Tuesday. "
        "Last year the state's border security package was $2 billion."
    )
    assert figure_conflicts(a, b) == []


def test_one_person_under_two_titles_is_one_holder():
    a = "Fed Chair Jerome Powell unveiled a $120 billion bond-buying program on Wednesday."
    b = "Federal Reserve Chair Jerome Powell unveiled a $120 billion bond-buying program on Wednesday."
    assert ("$120 billion", "$120 billion") in figure_agreements(a, b)
    a = "Fed Chair Jerome Powell unveiled a $120 billion bond-buying program on Wednesday."
    b = "Federal Reserve Chair Jerome Powell unveiled a $100 billion bond-buying program on Wednesday."
    assert figure_conflicts(a, b) == [("$120 billion", "$100 billion")]


def test_a_speaker_is_no_holder():
    # a mayor and a governor stating one death toll: different speakers, one quantity
    a = "Uvalde Mayor Don McLaughlin said 21 people were killed in the shooting at the school."
    b = "Texas Gov. Greg Abbott said 21 people were killed in the shooting at the school."
    assert ("21 people", "21 people") in figure_agreements(a, b)
    a = "Uvalde Mayor Don McLaughlin confirmed 21 deaths in the shooting at the school."
    b = "Texas Gov. Greg Abbott confirmed 21 deaths in the shooting at the school."
    assert ("21 deaths", "21 deaths") in figure_agreements(a, b)


def test_two_people_named_with_no_place_or_of_one_place_are_not_told_apart():
    # a governor signs what a speaker passed: two people act on one thing as often as on two
    a = "Texas Gov. Greg Abbott signed a $4 billion border security package on Tuesday."
    b = "Texas House Speaker Dade Phelan passed a $4 billion border security package on Tuesday."
    assert ("$4 billion", "$4 billion") in figure_agreements(a, b)
    a = "President Joe Biden signed a $1.2 trillion infrastructure bill on Monday."
    b = "Speaker Nancy Pelosi passed a $1.2 trillion infrastructure bill on Monday."
    assert ("$1.2 trillion", "$1.2 trillion") in figure_agreements(a, b)


def test_the_place_of_a_title_after_the_name_tells_people_apart_too():
    a = "Sen. Ron Johnson of Wisconsin proposed a $40 billion aid package on Thursday."
    b = "Sen. Rob Portman of Ohio proposed a $40 billion aid package on Thursday."
    assert not _grouped(a, b, "$40 billion")
    a = "Sen. Ron Johnson of Wisconsin proposed a $40 billion aid package on Thursday."
    b = "Johnson proposed a $40 billion aid package on Thursday."
    assert ("$40 billion", "$40 billion") in figure_agreements(a, b)


def test_a_city_is_no_holder_set_against_a_country():
    # a capital stands for its government as often as for itself ("Moscow", "Russia"): one holder, maybe
    a = "Moscow launched 40 missiles at Ukrainian cities overnight, officials in Kyiv said."
    b = "Russia launched 40 missiles at Ukrainian cities overnight, officials in Kyiv said."
    assert ("40 missiles", "40 missiles") in figure_agreements(a, b)
