"""The name finder on real US political news: sentences from PolNeAR (train split) and the
figures stories (PAC), each test one construction of news naming."""
from __future__ import annotations

from pathlib import Path

import pytest

from audit.text import NameMention, find_names, name_problem, same_entity, vocabulary
from golden_outputs import devsets_folder

ROOT = Path(__file__).resolve().parent.parent


def names(text: str) -> list[str]:
    return [m.text for m in find_names(text)]


def only(text: str, name: str) -> NameMention:
    found = [m for m in find_names(text) if m.text == name]
    assert len(found) == 1, [m.text for m in find_names(text)]
    return found[0]


# --- titles, honorifics and tags (PolNeAR train, Politico and Washington Post) ---------------


def test_office_before_a_name_is_the_title_not_the_name():
    text = "House Judiciary Committee Chairman Bob Goodlatte (R-Va.) told MSNBC that he spoke with Comey right after his announcement."
    goodlatte = only(text, "Bob Goodlatte")
    assert (goodlatte.title, goodlatte.kind) == ("House Judiciary Committee Chairman", "person")


def test_party_and_state_tag_is_an_attribute():
    text = "“I don’t know what it’s going to take,” said Senate Minority Whip Dick Durbin (D-Ill.) in an interview"
    durbin = only(text, "Dick Durbin")
    assert (durbin.title, durbin.party, durbin.state) == ("Senate Minority Whip", "D", "Illinois")
    assert text[durbin.tag_span[0]:durbin.tag_span[1]] == "D-Ill."
    assert "Ill" not in names(text)


def test_comma_tag_and_its_state_never_become_names():
    text = "A former congressman, Mark Siljander, R-Mich., pleaded guilty in July 2010 to illegal lobbying."
    assert names(text) == ["Mark Siljander"]
    assert only(text, "Mark Siljander").state == "Michigan"


def test_dotted_tag_with_comma_is_read():
    text = "Sen. Charles E. Schumer (D., N.Y.) spoke first."
    schumer = only(text, "Charles E. Schumer")
    assert (schumer.title, schumer.party, schumer.state) == ("Sen.", "D", "New York")


def test_older_state_abbreviation_in_a_tag():
    text = "House Intelligence Republican Mike Pompeo (R-Kans.), who has seen the messages but would say nothing about the content."
    pompeo = only(text, "Mike Pompeo")
    assert (pompeo.title, pompeo.state) == ("House Intelligence Republican", "Kansas")


def test_majority_leader_title_and_director_of_national_intelligence():
    assert only("Senate Majority Leader Mitch McConnell blocked the vote.", "Mitch McConnell").title == "Senate Majority Leader"
    clapper = only("Director of National Intelligence James Clapper said the hacks were directed from Moscow.", "James Clapper")
    assert clapper.title == "Director of National Intelligence"


def test_secretary_of_state_without_a_given_name():
    text = "Welch's support pushes back on the narrative that former Secretary of State Hillary Clinton has a monopoly of support."
    assert only(text, "Hillary Clinton").title == "Secretary of State"


def test_honorific_gives_the_gender_the_article_states():
    trump = only("Mr. Trump appeared to capitalize on the moment.", "Trump")
    assert (trump.honorific, trump.gender, trump.kind) == ("Mr.", "male", "person")


def test_of_delaware_is_the_origin_not_part_of_the_name():
    text = "Democrats including Sen. Tom Carper of Delaware pressed the administration."
    carper = only(text, "Tom Carper")
    assert (carper.origin, carper.title) == ("Delaware", "Sen.")
    assert text[carper.origin_span[0]:carper.origin_span[1]] == "Delaware"


def test_of_stays_inside_an_organisation():
    assert "University of Delaware" in names("She teaches at the University of Delaware in Newark.")
    assert "Department of Health and Human Services" in names("The Department of Health and Human Services issued the rule.")


def test_party_noun_before_a_name_is_a_modifier():
    text = "Senate Intelligence Ranking Democrat Dianne Feinstein (D-Calif.) last week said Clinton was not the originator."
    assert only(text, "Dianne Feinstein").title == "Senate Intelligence Ranking Democrat"


# --- initials, abbreviations, acronyms -------------------------------------------------------


def test_middle_initial_is_part_of_the_name():
    text = "The White House did not release his national security adviser, Susan E. Rice, issued last week."
    rice = only(text, "Susan E. Rice")
    assert rice.kind == "person" and rice.given == ("susan", "e") and rice.surname == "rice"


def test_dotted_and_undotted_abbreviations_share_a_key():
    dotted = only("Pillar, a former C.I.A. analyst who teaches at Georgetown University, disagreed.", "C.I.A.")
    plain = only("The CIA declined to comment.", "CIA")
    assert dotted.key == plain.key == "cia"
    assert same_entity(dotted, plain)


def test_acronym_introduced_in_parentheses():
    text = "The Environmental Protection Agency (EPA) had finalized the rule in June. The EPA said it would appeal."
    found = find_names(text)
    agency = next(m for m in found if m.text == "Environmental Protection Agency")
    later = [m for m in found if m.text == "EPA"]
    assert agency.acronym == "EPA" and agency.kind == "organization"
    assert len(later) == 2 and all(same_entity(agency, m) for m in later)


def test_acronym_keeps_a_name_with_and_whole():
    text = "Immigration and Customs Enforcement (ICE) agents detained him."
    assert names(text) == ["Immigration and Customs Enforcement", "ICE"]


# --- what is never a name ---------------------------------------------------------------------


def test_dateline_is_not_a_name():
    text = "TALLAHASSEE — Democratic U.S. Rep. Gwen Graham on Friday pummeled Donald Trump as divisive."
    assert names(text) == ["Gwen Graham", "Donald Trump"]


def test_agency_dateline_is_not_a_name():
    text = "LOS ANGELES (AP) — Police said Monday that the suspect had been arrested."
    assert names(text) == []


def test_months_and_weekdays_are_not_names():
    text = "The event with Obama comes nearly two weeks later, on Sept. 13 in Philadelphia."
    assert names(text) == ["Obama", "Philadelphia"]
    assert names("Clinton spoke on Monday and again in January.") == ["Clinton"]


def test_us_in_capitals_is_the_country_not_the_pronoun():
    # the seeds: "the US has", "US export controls", "the U.S. government" were never found
    found = find_names("The US has banned exports, and U.S. officials told us so.")
    assert [(m.text, m.key) for m in found] == [("US", "united states"), ("U.S.", "united states")]
    assert name_problem("US") == ""

def test_sentence_adverb_is_not_a_name():
    text = "Likewise, Trump went after Hillary Clinton for following Obama’s refusal to use the term."
    assert names(text) == ["Trump", "Hillary Clinton", "Obama"]


def test_bare_demonym_is_not_a_name_but_its_plural_is_a_group():
    found = find_names("Chinese officials met American diplomats, and Americans noticed.")
    assert [(m.text, m.kind) for m in found] == [("Americans", "group")]


def test_possessive_is_cut_from_the_name():
    text = "Donald Trump's controversial views on immigration have taken their toll."
    trump = only(text, "Donald Trump")
    assert trump.possessive and text[trump.end:trump.end + 2] == "'s"


def test_contractions_and_hyphenated_adjectives_are_not_names():
    assert names("“I’m not going anywhere,” he said of the Trump-era rule.") == []


def test_title_case_headline_keeps_only_names():
    text = "One Tweet Sums Up The Absurd Double Standard Clinton And Trump Face.\n\nHillary Clinton needs to be perfect, Trump said."
    assert names(text) == ["Clinton", "Trump", "Hillary Clinton", "Trump"]


def test_shouted_archive_headers_are_not_names():
    text = "ABSTRACT.\n\nFULL TEXT.\n\nThe surprisingly robust United States jobs report cheered Democrats."
    assert [(m.text, m.kind) for m in find_names(text)] == [("United States", "place"), ("Democrats", "group")]


def test_transcript_label_is_a_name():
    text = "PENCE: We will win in November.\n\nMike Pence spoke in Ohio."
    assert names(text)[0] == "PENCE"
    assert find_names(text)[0].kind == "person"


# --- kinds ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("The Justice Department opened an inquiry.", "Justice Department", "organization"),
        ("Senate Democrats blocked the bill.", "Senate Democrats", "group"),
        ("The attack in Benghazi killed four Americans.", "Benghazi", "place"),
        ("Polls in North Carolina tightened.", "North Carolina", "place"),
        ("Then Jonathan Blum, a top Medicare official, explained.", "Jonathan Blum", "person"),
        ("The rule was issued by the Federal Trade Commission on Friday.", "Federal Trade Commission", "organization"),
    ],
)
def test_kind_from_the_words(sentence, name, kind):
    assert only(sentence, name).kind == kind


def test_short_form_takes_the_kind_of_the_full_name():
    text = "Hillary Clinton spoke in Iowa. Later, Clinton said she would win."
    short = find_names(text)[-1]
    assert (short.text, short.kind, short.evidence) == ("Clinton", "person", "surname of hillary clinton")


def test_story_vocabulary_reads_several_articles_alike():
    first = "Critics of the plan spoke at length."
    second = "The Critics are a band."
    shared = vocabulary([first, second])
    assert find_names(first, vocabulary=shared) == ()


# --- same entity -----------------------------------------------------------------------------


def mention(text: str, name: str) -> NameMention:
    return only(text, name)


def test_same_person_with_and_without_title_initial_or_given_name():
    full = mention("Susan E. Rice spoke.", "Susan E. Rice")
    assert same_entity(full, mention("Then Susan Rice spoke.", "Susan Rice"))
    assert same_entity(full, mention("National Security Adviser Rice spoke.", "Rice"))
    assert same_entity(full, mention("Then S. Rice spoke.", "S. Rice"))
    assert not same_entity(full, mention("Then Condoleezza Rice spoke.", "Condoleezza Rice"))


def test_title_variants_are_one_person():
    a = mention("Senate Majority Leader McConnell objected.", "McConnell")
    b = mention("Then Mitch McConnell objected.", "Mitch McConnell")
    assert same_entity(a, b)


def test_a_shared_word_does_not_merge_organisations():
    google = mention("Then Google said no.", "Google")
    drive = mention("Then Google Drive said no.", "Google Drive")
    senate = mention("Then the Senate voted.", "Senate")
    democrats = mention("Then Senate Democrats voted.", "Senate Democrats")
    assert not same_entity(google, drive)
    assert not same_entity(senate, democrats)


def test_company_with_and_without_its_suffix():
    assert same_entity(mention("Then Tencent Holdings said no.", "Tencent Holdings"), mention("Then Tencent said no.", "Tencent"))


# --- name_problem -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("Sept.", "month or weekday"),
        ("Monday", "month or weekday"),
        ("R-Utah", "party tag"),
        ("Calif.", "state abbreviation"),
        ("Likewise", "function word"),
        ("Senate Majority Leader", "title alone"),
        ("Chinese", "demonym alone"),
        ("several", "lower case"),
        ("I’m", "contraction"),
        ("Trump's", "fragment"),
        ("Susan E. Rice", ""),
        ("D.C.", ""),
        ("Utah", ""),
    ],
)
def test_name_problem(name, problem):
    assert name_problem(name) == problem


# --- no junk on real news ---------------------------------------------------------------------


def seed_texts() -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]


def story_texts() -> list[tuple[str, str]]:
    folder = devsets_folder()
    if folder is None:
        pytest.skip("../shared/devsets not found (set AUDIT_DEVSETS): the 114 real stories of devsets/figures/stories are not here")
    return [(str(p), p.read_text(encoding="utf-8")) for p in sorted((folder / "figures" / "stories").glob("*/*.txt"))]


def implausible(texts: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    return [(file, m.text, name_problem(m.text)) for file, text in texts for m in find_names(text) if name_problem(m.text)]


def test_no_implausible_name_on_the_seeds():
    assert implausible(seed_texts()) == []


def test_no_implausible_name_on_real_stories():
    assert implausible(story_texts()) == []


def test_seed_names_hold_their_offsets():
    for _, text in seed_texts():
        for m in find_names(text):
            assert text[m.start:m.end] == m.text
            assert m.kind in ("person", "organization", "place", "group", "unknown")
