"""A definite description as a speaker ("the actress said", "the Ohio Republican said"): the person the
article named before with that occupation, role or party, else a described voice of its own when its head
names a person; a time phrase is never a speaker."""
from __future__ import annotations

import pytest
from conftest import body_quotes


def _speakers(body: str) -> list[tuple[str, bool, str]]:
    return [(q.speaker.name, q.speaker.named, q.text) if q.speaker else ("", False, q.text) for q in body_quotes(body + "\n")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # an apposition whose head is an occupation no role word lists, a nearer person of none between
        ("Jane Roe, an actress who starred in a dozen films, spoke at the rally. Tom Fry spoke too. “We need better,” the actress said.", "Jane Roe"),
        # a premodifier opening the sentence, a nearer person of another occupation passed over
        ("Singer Mark Poe met voters in Iowa. Tom Fry, a farmer, spoke too. “It was loud,” the singer said.", "Mark Poe"),
        # a kin noun of the lexicon: the star of a show is "the actress"
        ("Pop star Lila Moss met voters in Iowa. “It was loud,” the actress said.", "Lila Moss"),
        # a military title abbreviated before the name
        ("Adm. Kay Lund toured the base on Monday. “We are ready,” the admiral said.", "Kay Lund"),
        # a person role of the role lexicon, after "said"
        ("The talks were led by Ann Poe, a British diplomat, in Geneva. “We are close,” said the diplomat.", "Ann Poe"),
    ],
)
def test_a_description_by_occupation_is_the_person_named_with_it(body, speaker):
    assert _speakers(body)[-1][:2] == (speaker, True)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Sen. John Doe (R-Ohio) met Gov. Ann Poe, a Democrat, on Monday. “We will not back down,” the Ohio Republican said.", "John Doe"),
        ("Sen. John Doe (R-Ohio) met Gov. Ann Poe, a Democrat, on Monday. “Neither will we,” the Democrat told reporters.", "Ann Poe"),
        ("Sen. John Doe, a Republican from Ohio, spoke on Monday. “I will vote no,” the Republican added.", "John Doe"),
    ],
)
def test_a_description_by_party_is_the_person_of_that_party(body, speaker):
    assert _speakers(body)[-1][:2] == (speaker, True)


def test_a_description_by_party_nobody_is_stated_to_hold_stays_unnamed():
    # control: no party is stated, so no one is "the Democrat"
    assert _speakers("Sen. John Doe met Gov. Ann Poe on Monday. “Neither will we,” the Democrat told reporters.")[-1][:2] == ("Democrat", False)


def test_an_occupation_no_one_was_named_with_is_a_described_voice():
    assert _speakers("Jane Roe spoke at the rally. “It was loud,” the singer said.") == [("the singer", False, "It was loud,")]


@pytest.mark.parametrize(
    "body",
    [
        # a word for a person in some senses only, and a demonym: no speaker of their own
        "Jane Roe spoke at the rally. “It was loud,” the insider said.",
        "Jane Roe spoke at the rally. “It was loud,” the Texan said.",
    ],
)
def test_a_noun_that_is_no_occupation_is_no_described_voice(body):
    assert _speakers(body)[-1][:2] == ("", False)


def test_a_nearer_person_of_another_occupation_is_passed_over_and_one_of_the_same_is_not():
    # control: the nearest person named with the head wins
    body = "Jane Roe, a nurse, met Ann Poe, a lawyer, and Kim Ash, a nurse. “We agree,” the nurse said."
    assert _speakers(body)[-1][:2] == ("Kim Ash", True)


def test_an_adjective_in_the_superlative_is_no_description_of_a_person():
    # John Doe is "a conservative", not "the most conservative"
    body = "John Doe, a conservative, spoke on Monday. “He will win,” the most conservative said."
    assert _speakers(body) == [("the most conservative", False, "He will win,")]


@pytest.mark.parametrize(
    "body",
    [
        "Jane Roe lost the vote on Monday. “I will run again,” the next day said.",
        "Jane Roe lost the vote on Monday. “I will run again,” said the following week.",
    ],
)
def test_a_time_phrase_is_never_a_speaker(body):
    # the quote is found, and has no speaker (neither the time phrase nor the person named before)
    assert _speakers(body) == [("", False, "I will run again,")]


def test_a_description_of_a_person_before_a_verb_of_saying_still_speaks():
    # control: a person noun in the same place is the speaker
    assert _speakers("Jane Roe lost the vote, and the retired teacher said she would run again.")[-1][0] == "the retired teacher"


def test_a_party_word_after_lower_case_words_is_an_adjective_and_no_description_by_party():
    # control: the party's member named before is not the speaker of a garbled subject ending in the party word
    body = (
        "Sen. John Doe (R-Ohio) spoke on Monday. Fact Check Director Ann Poe responded that the website cites so many Republican "
        "claims as inaccurate because they lack context."
    )
    # (the second reading, the subject of "cites" cut at the party word, is a known misreading left alone)
    assert _speakers(body) == [
        ("Ann Poe", True, "the website cites so many Republican claims as inaccurate because they lack context"),
        ("the website cites so many Republican", False, "as inaccurate because they lack context"),
    ]


def _speakers_of_kind(body: str) -> list[tuple[str, str]]:
    return [(q.speaker.name, q.speaker.kind) if q.speaker else ("", "") for q in body_quotes(body + "\n")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the party itself, or a state's branch of it: never one of its members
        ("Sen. Rob Doe, R-Ohio, spoke on Monday. “We will not support a bill that raises taxes,” the GOP said in a statement.", ("GOP", "organization")),
        ("Sen. Rob Doe, R-Utah, spoke on Monday. “We will not support a bill that raises taxes,” the Utah GOP said in a statement.", ("Utah GOP", "organization")),
        # "The" inside a sentence opens a nameplate: the newspaper, not the independent senator
        ("Sen. Bern Roe (I-Vt.) spoke on Monday. “The bill is dead in the Senate,” The Independent reported.", ("Independent", "organization")),
    ],
)
def test_a_party_word_naming_a_body_or_a_newspaper_is_no_description_of_a_member(body, speaker):
    assert _speakers_of_kind(body) == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # control: in lower case, and capitalised at a sentence's start, a description by party
        ("Sen. Bern Roe (I-Vt.) spoke on Monday. “The bill is dead in the Senate,” the Independent said.", "Bern Roe"),
        ("Sen. John Doe (R-Ohio) met Gov. Ann Poe, a Democrat, on Monday. The Ohio Republican said the bill was dead.", "John Doe"),
    ],
)
def test_a_party_word_after_the_still_describes_the_member_named_before(body, speaker):
    assert _speakers_of_kind(body) == [(speaker, "person")]


@pytest.mark.parametrize(
    "body",
    [
        "Novabrex, an oil producer, raised prices on Monday. “Demand is strong,” the producer said.",
        "Novabrex, a gold miner, raised output on Monday. “Demand is strong,” the miner said.",
    ],
)
def test_a_noun_that_also_names_a_firm_is_no_described_person(body):
    # "producer", "miner": a firm in business news; the description is no voice of one unnamed person
    assert _speakers_of_kind(body) == [("", "")]


def test_a_kept_occupation_still_describes_the_person_named_with_it():
    # control: "manager" names a firm too, but every reading of it on PolNeAR train is a person's
    body = "Jane Roe, the campaign manager, spoke on Monday. Tom Fry spoke too. “We will win,” the manager said."
    assert _speakers_of_kind(body) == [("Jane Roe", "person")]
