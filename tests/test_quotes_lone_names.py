"""Speakers named by one word of no kind the lexicons know ("Granholm", "Hale", "White"): the constructions of news
that show such a name is a person's, each with a control that a body named in one word ("Pfizer said", "Novabrex, a
pharmaceutical company,") stays an organisation (made-up sentences)."""
from __future__ import annotations

import pytest
from conftest import body_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    """(speaker, kind of speaker) of every quote of an article with ``text`` as its body."""
    return [(q.speaker.name, q.speaker.kind) if q.speaker else ("", "") for q in body_quotes(text)]


def test_a_one_word_name_whose_quote_says_i_is_a_person():
    assert _speakers("The council voted on Monday. “I never saw the memo,” Dorrance said.") == [("Dorrance", "person")]
    assert _speakers("The council voted on Monday. “It was my decision and mine alone,” Dorrance said.") == [("Dorrance", "person")]


def test_a_one_word_name_speaking_as_we_or_quoting_another_i_stays_an_organisation():
    assert _speakers("The trial ended. “We are proud of the results,” Novabrex said.") == [("Novabrex", "organization")]
    # an "I" inside a quotation the quote quotes is another's; a Roman numeral is no pronoun
    assert _speakers("The trial ended. “Patients kept telling us ‘I feel better’ every week,” Novabrex said.") == [
        ("Novabrex", "organization")
    ]
    assert _speakers("The trial ended. “The Phase I results hold,” Novabrex said.") == [("Novabrex", "organization")]


@pytest.mark.parametrize(
    "quote",
    [
        # a Roman numeral after a capitalised word of any length inside the sentence
        "The storm is a Category I hurricane now,",
        "The drug stays on Schedule I for now,",
        # a quotation inside the quote holding an apostrophe
        "We told regulators ‘I don’t know’ was not an answer,",
    ],
)
def test_an_i_that_is_a_numeral_or_anothers_stays_an_organisation(quote):
    assert _speakers(f"The report came out on Monday. “{quote}” Novabrex said.") == [("Novabrex", "organization")]


@pytest.mark.parametrize("quote", ["My opponent is wrong,", "When I left, the plant was fine,", "Give it to me,"])
def test_my_opening_a_quote_or_i_after_a_sentences_first_word_is_a_person(quote):
    # control for the "I" after an opening word
    assert _speakers(f"The council voted on Monday. “{quote}” Dorrance said.") == [("Dorrance", "person")]


def test_a_one_word_name_written_after_the_stays_an_organisation_whatever_its_quote_or_a_pronoun_says():
    # "The Oregonian reported Courtney saying “I ...”": a newspaper reports another's words
    text = "The vote failed on Monday. “I will not resign over this,” The Ledgerton reported Dorrance saying."
    assert _speakers(text) == [("Ledgerton", "organization")]
    text = "The vote failed on Monday. “I beg my colleagues to come back,” The Ledgerton reported. “Come at me,” he said."
    assert _speakers(text) == [("Ledgerton", "organization"), ("unidentified speaker (he)", "anonymous")]
    # a name modifying the noun after "the" is no body of its own: "the Dorrance campaign"
    assert _speakers("The Dorrance campaign raised money. “I never saw the memo,” Dorrance said.") == [("Dorrance", "person")]


def test_a_reported_clause_in_the_first_person_is_the_narrators():
    # "Dorrance said I was wrong": the writer's "I", not the speaker's
    assert _speakers("The council voted on Monday. Dorrance said I was wrong about the vote.") == [("Dorrance", "organization")]


def test_she_after_a_one_word_name_stands_for_it_and_makes_it_a_person():
    text = "On Tuesday Granholm told reporters the plan was sound. “We will publish more guidance,” she said."
    assert _speakers(text) == [("Granholm", "person"), ("Granholm", "person")]
    text = "The plan drew criticism from utilities, Granholm acknowledged. She said the rules would follow in May."
    assert _speakers(text) == [("Granholm", "person"), ("Granholm", "person")]


def test_he_after_a_body_the_lexicons_or_the_article_name_does_not_stand_for_it():
    assert _speakers("The trial ended, Pfizer said on Monday. “It went well,” he said.") == [
        ("Pfizer", "organization"), ("unidentified speaker (he)", "anonymous")
    ]
    text = "The trial ended, Novabrex, a pharmaceutical company, said on Monday. “It went well,” he said."
    assert _speakers(text) == [("Novabrex", "organization"), ("unidentified speaker (he)", "anonymous")]


def test_a_demonym_capitalised_inside_a_sentence_by_a_cue_is_a_surname():
    # "White" is a colour and a demonym; capitalised after a closing quote mark and before "said", it names someone
    text = "The council voted on Monday. Many white voters stayed home. “The numbers do not add up,” White said."
    assert _speakers(text) == [("White", "person")]
    assert _speakers("The council voted on Monday. “The numbers do not add up,” said French.") == [("French", "person")]


def test_a_demonym_opening_an_organisations_name_is_no_surname():
    # "American" alone after "American Airlines" is the airline
    text = "American Airlines canceled 300 flights on Monday. “The storm left us no choice,” American said. “It will not happen again,” he said."
    assert _speakers(text) == [("American", "organization"), ("unidentified speaker (he)", "anonymous")]
    # control: a demonym surname speaking for a chamber ("us in this chamber") is still a person
    assert _speakers("The House voted on Monday. “If not for us in this chamber, he would answer to no one,” White said.") == [("White", "person")]
    # control: a demonym surname of a person, the airline named elsewhere in the article, an "I" in the quote
    assert _speakers("American Airlines canceled 300 flights on Monday. “I was stuck for a day,” White said.") == [("White", "person")]


def test_a_demonym_opening_a_sentence_or_in_the_plural_is_no_surname():
    assert _speakers("The council voted on Monday. White voters said the numbers do not add up.") == [("White voters", "group")]
    assert _speakers("The council voted on Monday. “The numbers do not add up,” Americans said.") == [("Americans", "group")]


def test_a_one_word_name_whose_apposition_ends_in_who_is_a_person():
    # "who" after the noun of the apposition stands for a person, even where a body modifies that noun ("Army")
    text = "Dorrance, a former Army medic who spent 30 years with the agency, spoke on Monday. “That never happened,” Dorrance said."
    assert _speakers(text) == [("Dorrance", "person")]


def test_a_one_word_name_whose_apposition_says_whose_or_names_a_body_stays_an_organisation():
    text = "Novabrex, a pharmaceutical company whose shares fell, spoke on Monday. “That never happened,” Novabrex said."
    assert _speakers(text) == [("Novabrex", "organization")]


def test_a_one_word_name_with_a_relative_or_an_age_is_a_person():
    assert _speakers("Dorrance's wife called the police on Monday. “That never happened,” Dorrance said.") == [("Dorrance", "person")]
    assert _speakers("Dorrance, 44, called the police on Monday. “That never happened,” Dorrance said.") == [("Dorrance", "person")]


def test_a_sister_company_says_nothing_of_a_person():
    assert _speakers("Novabrex's sister company filed suit on Monday. “That never happened,” Novabrex said.") == [
        ("Novabrex", "organization")
    ]


@pytest.mark.parametrize(
    "before",
    [
        "Novabrex's sister hospital in Ohio closed on Monday.",
        "Novabrex's new children's hospital opened on Monday.",
        "Novabrex's kids line sold out on Monday.",
        "Novabrex's sister airline, Zentair, grew on Monday.",
    ],
)
def test_a_kin_word_modifying_the_noun_after_it_says_nothing_of_a_person(before):
    assert _speakers(f"{before} “That never happened,” Novabrex said.") == [("Novabrex", "organization")]


@pytest.mark.parametrize(
    "before",
    [
        "Dorrance's younger brother, Tom, called the police on Monday.",
        "Dorrance's kids are at home now.",
        "Dorrance's son Tom called the police.",
    ],
)
def test_a_relative_heading_its_phrase_still_makes_a_person(before):
    # control: a mark, a verb or a name after the kin word
    assert _speakers(f"{before} “That never happened,” Dorrance said.") == [("Dorrance", "person")]
