"""Same quantity is decided from context, blind to the values; the values then decide the verdict (issue 14):
what an outlet writes around a figure is evidence of what it is about, and a changed number in the same
context is a conflict, not a figure "stated by one article only"."""
from __future__ import annotations

from audit.compare.figures.items import items_of
from audit.figures import figures_in
from audit.text import stem
from conftest import figure_conflicts, figure_facts, judged_pair, make_article


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


def test_a_different_place_than_the_one_named_keeps_figures_apart():
    a = "Manitoba Premier Wab Kinew's government invested $2.5 billion in the new hydro line."
    b = "The government of Ontario invested $1.5 billion in the new hydro line."
    assert figure_conflicts(a, b) == []
    a = "Texas Gov. Greg Abbott said the state will spend $4 billion on the border wall."
    b = "Arizona will spend $2 billion on the border wall, officials said."
    assert figure_conflicts(a, b) == []
    a = "Attorney General Dana Nessel of Michigan led a coalition of 14 states suing over the rule."
    b = "A coalition of 16 states led by Ohio is suing over the rule."
    assert figure_conflicts(a, b) == []


def test_the_place_of_a_title_sets_no_subject_against_the_person_named_alone():
    a = "Sen. Ron Johnson of Wisconsin blocked $2 billion in aid."
    b = "Johnson blocked $1.5 billion in aid to Ukraine."
    assert figure_conflicts(a, b) == [("$2 billion", "$1.5 billion")]
    a = "Texas Gov. Greg Abbott sent 1,000 troopers to the border."
    b = "Abbott sent 1,200 troopers to the border near El Paso."
    assert figure_conflicts(a, b) == [("1,000 troopers", "1,200 troopers")]


def test_governors_of_different_states_stay_apart():
    a = "Texas Gov. Greg Abbott said the state will spend $4 billion on the border wall."
    b = "Arizona Gov. Katie Hobbs said the state will spend $2 billion on the border wall."
    assert figure_conflicts(a, b) == []


def test_an_office_word_before_the_office_is_no_place_of_the_context():
    # "Energy" of "Energy Secretary", "District" of "U.S. District Judge": words of the office, not places
    for sentence, office in (
        ("Energy Secretary Jennifer Granholm released 50 million barrels from the reserve.", "energy"),
        ("Defense Secretary Lloyd Austin ordered 3,000 troops to Poland.", "defense"),
        ("District Attorney Alvin Bragg brought 34 felony counts.", "district"),
        ("Executive Director Jane Roe said the group raised $4 million.", "executive"),
        ("U.S. District Judge Amy Berman Jackson fined the group $5,000.", "district"),
    ):
        names = {term for name in _context(sentence).wide_names for term in name}
        assert office not in names, sentence


def test_a_place_of_a_title_that_the_story_names_elsewhere_stays_context():
    context = _context("Alberta Premier Jason Kenney's government invested $1.1 billion. Alberta will keep the line.")
    assert frozenset({"alberta"}) in context.wide_names


def test_the_modifier_that_opens_a_title_is_no_part_of_its_place():
    context = _context("Former Texas Gov. Rick Perry spent $3 million on the race.")
    assert frozenset({"texas"}) in context.wide_names
    context = _context("Then-Texas Gov. Rick Perry spent $3 million on the race.")
    assert frozenset({"texas"}) in context.wide_names


def test_a_cabinet_secretary_named_alone_by_the_other_outlet_is_one_subject():
    a = "Energy Secretary Jennifer Granholm released 50 million barrels from the reserve."
    b = "Granholm released 60 million barrels from the Strategic Petroleum Reserve."
    assert figure_conflicts(a, b) == [("50 million barrels", "60 million barrels")]
    a = "District Attorney Alvin Bragg brought 34 felony counts against the former president."
    b = "Bragg brought 36 felony counts against the former president in Manhattan."
    assert figure_conflicts(a, b) == [("34 felony counts", "36 felony counts")]


def test_the_place_among_party_or_office_words_of_a_title_stays_context():
    names = _context("Republican South Carolina Sen. Jane Roe blocked $2 billion in aid.").wide_names
    assert frozenset({"south", "carolina"}) in names
    names = _context("Philadelphia District Attorney John Doe dropped 40 cases.").wide_names
    assert frozenset({"philadelphia"}) in names and not any("district" in name for name in names)


def _context(sentence: str):
    """The context of the first figure of an article whose body is ``sentence``."""
    article = make_article("T\n\n" + sentence)
    return items_of([article], [figures_in(article)])[0].context


# -- a date's own words are its value ("March 3", "this week"): read as context, two dates sharing a month
# were more alike than two that differ by their month, so a changed month was judged on less evidence

def test_whether_two_dates_are_one_is_judged_alike_whatever_month_either_states():
    a = "The council approved the budget on March 3, officials said."
    b = "The council approved the budget on {} 10, officials said."
    same_month = judged_pair(a, b.format("March"), "March 3", "March 10")
    other_month = judged_pair(a, b.format("June"), "March 3", "June 10")
    assert same_month == other_month


def test_a_month_stays_context_of_an_amount_it_dates():
    article = make_article("T\n\nThe ministry said it had evacuated 38,000 people since March.")
    (item,) = [i for i in items_of([article], [figures_in(article)]) if i.mention.figure.kind == "count"]
    assert stem("march") in item.context.clause_words


def test_an_office_of_a_title_is_no_place_of_the_context():
    article = make_article("T\n\nVice President Mike Pence said the plan would cost $5 billion, and Ohio Gov. Mike DeWine agreed.")
    (item,) = [i for i in items_of([article], [figures_in(article)]) if i.mention.figure.kind == "money"]
    names = set(item.context.wide_names)
    assert frozenset({"ohio"}) in names and frozenset({"vice"}) not in names
# -- a body in a title's words that the name finder reads as no place: an organisation among party words ("Senate" of
# "Senate Republican Leader"), or a run of words it does not know whose last word is a name by itself

def test_a_body_among_a_titles_party_words_or_unknown_to_the_name_finder_is_a_place_of_the_context():
    for sentence, body in (
        ("Senate Republican Leader Mitch McConnell said the bill would cost $40 billion.", {"senate"}),
        ("American Bridge President Bradley Beychok said the group would spend $4 million.", {"american", "bridge"}),
        ("Rosebud Sioux Tribe President Scott Herman said the tribe would receive $4 million.", {"rosebud", "sioux", "tribe"}),
    ):
        assert frozenset(body) in _context(sentence).wide_names, sentence


def test_party_demonym_and_office_words_of_a_title_are_still_no_place():
    for sentence in (
        "Moderate Democratic Sen. Joe Manchin said the bill would cost $40 billion.",
        "Iranian Foreign Minister Hossein Amir-Abdollahian said 40 tankers were seized.",
        "Energy Secretary Jennifer Granholm released 50 million barrels from the reserve.",
        "U.S. District Judge Amy Berman Jackson fined the group $5,000.",
        "Philadelphia District Attorney Larry Krasner said 500 people were shot.",
    ):
        named = {term for name in _context(sentence).wide_names for term in name}
        assert not named & {"moderate", "democratic", "iranian", "foreign", "energy", "district", "united"}, sentence


def _agreeing(a: str, b: str) -> list[tuple[str, ...]]:
    return [tuple(m.figure.surface for m in f.mentions) for f in figure_facts(a, b) if len(f.mentions) > 1 and f.verdict.startswith("agree")]


def test_the_place_of_one_title_still_agrees_with_the_person_named_alone_or_with_the_same_place():
    a = "Sen. Ron Johnson of Wisconsin said he would vote against the $40 billion aid package."
    b = "Johnson said he would vote against the $40 billion aid package."
    assert _agreeing(a, b) == [("$40 billion", "$40 billion")]
    a = "Texas Gov. Greg Abbott said the state would spend $4 billion on the border wall."
    b = "Gov. Greg Abbott of Texas said the state would spend $4 billion on the border wall."
    assert _agreeing(a, b) == [("$4 billion", "$4 billion")]
