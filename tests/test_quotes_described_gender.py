"""A speaker named by a description whose head noun states a gender ("his wife", "the actress") has that
gender, and a later "he"/"she" of the other gender does not stand for it (lexicons/gendered_nouns.csv)."""
from __future__ import annotations

import pytest
from conftest import body_quotes


def _speakers(body: str) -> list[tuple[str, str, str]]:
    return [(q.mention, q.speaker.name, q.speaker.gender) for q in body_quotes(body) if q.speaker is not None]


@pytest.mark.parametrize(
    "body, description, gender",
    [
        pytest.param("“We are proud of him,” his wife said on Monday.", "his wife", "female", id="kin noun"),
        pytest.param("“She never gave up,” her husband told reporters.", "her husband", "male", id="kin noun after a possessive"),
        pytest.param("“The tariffs hurt us,” a businesswoman said.", "a businesswoman", "female", id="role noun in -woman"),
        pytest.param("“I saw the flames first,” the man said.", "the man", "male", id="man"),
        pytest.param("“We will respond in time,” the spokesperson said.", "the spokesperson", "unknown", id="neutral role noun"),
        pytest.param("“We will respond in time,” the chairman said.", "the chairman", "unknown", id="office in -man: US news writes it of a woman too (registry.role_gender)"),
        pytest.param("“We want lower prices,” women voters said in the poll.", "women voters", "", id="plural description: a group, no gender"),
    ],
)
def test_a_descriptions_head_noun_states_its_gender_or_none(body: str, description: str, gender: str):
    assert (description, description, gender) in _speakers(body)


def test_he_does_not_stand_for_his_wife():
    speakers = _speakers(
        "Governor Dan Korvel toured the plant in Ohio. “We are proud of him,” his wife said at the rally. "
        "He responded in a speech: “We will win this state.”"
    )
    assert speakers[0] == ("his wife", "his wife", "female")
    assert speakers[1][1] != "his wife"


def test_she_does_not_stand_for_her_husband():
    speakers = _speakers(
        "“She never gave up,” her husband said at the hearing. Later she wrote: “The fight goes on for all of us.”"
    )
    assert speakers[0] == ("her husband", "her husband", "male")
    assert speakers[1][1] != "her husband"


def test_title_before_a_name_is_no_description():
    # "Chairman Mao" is a name with its title: its gender comes from the title list, as before
    assert [s[1:] for s in _speakers("“The revolution is no dinner party,” Chairman Mao said.")] == [("Mao", "male")]


def test_a_description_in_an_irregular_plural_is_a_group_of_no_one_gender():
    # "the women", "two men", "some congressmen": several people, not one anonymous speaker of unknown gender
    def kinds(body: str) -> list[tuple[str, str]]:
        return [(q.speaker.kind, q.speaker.gender) for q in body_quotes(body) if q.speaker is not None]

    for body in ("The women said the line was long.", "Two men said the gate was closed.",
                 "Some congressmen said the bill would fail.", "The children said they were scared."):
        assert kinds(body) == [("group", "")], body
    # control: one woman is one person, female
    assert kinds("The woman said the line was long.") == [("anonymous", "female")]


def _named(body: str) -> tuple[str, str]:
    speaker = next(q.speaker for q in body_quotes(body) if q.speaker is not None)
    return speaker.name, speaker.gender


@pytest.mark.parametrize(
    "body, gender",
    [
        pytest.param("“We are proud of him,” said Pat Korvel, the governor's daughter.", "female", id="kin noun in an apposition"),
        pytest.param("Pat Korvel, a businesswoman from Ohio, said: “The tariffs hurt us.”", "female", id="role in -woman before a complement"),
        pytest.param("“We are proud of her,” said Pat Korvel, the congresswoman's husband.", "male", id="the head, not the title that owns it"),
        pytest.param("Pat Korvel, his wife's lawyer, said: “The tariffs hurt us.”", "unknown", id="a possessive kin word names someone else"),
        pytest.param("“The vote is close,” said Pat Korvel, the chairman of the board.", "unknown", id="office in -man states nothing"),
        pytest.param("“We will appeal the ruling,” Governor Roe’s spokeswoman Pat Korvel said.", "female", id="role noun in -woman before the name"),
        pytest.param("“The show must go on,” said the actress Pat Korvel.", "female", id="role noun in -ess before the name"),
        pytest.param("“We will appeal the ruling,” said his wife's lawyer Pat Korvel.", "unknown", id="a possessive kin word before the head names someone else"),
        pytest.param("“The vote is close,” said board chairman Pat Korvel.", "unknown", id="office in -man before the name states nothing"),
        pytest.param("Unlike her husband, Pat Korvel said the tariffs hurt.", "unknown", id="a kin noun ending an opening phrase is someone else"),
        pytest.param("After meeting his wife, Pat Korvel said the tariffs hurt.", "unknown", id="a kin noun ending an opening clause is someone else"),
        pytest.param("Speaking for the widow, Pat Korvel said the tariffs hurt.", "unknown", id="a role noun ending an opening clause is someone else"),
        pytest.param("His wife, Pat Korvel, said the tariffs hurt.", "female", id="control: an apposition before the name, closed by a comma"),
        pytest.param("“We are proud of him,” said his wife, Pat Korvel.", "female", id="control: an apposition before the name, closed by the sentence"),
        pytest.param("Jane Roe and her husband, Pat Korvel, met the organizers. “It goes in here,” Korvel said.", "male",
                     id="control: a kin noun of a list before the name, closed by a comma"),
    ],
)
def test_a_named_persons_role_head_noun_states_its_gender_or_none(body: str, gender: str):
    assert _named(body) == ("Pat Korvel", gender)


def test_a_gendered_noun_before_a_comma_gives_no_gender_to_the_subject_after_it():
    # "her husband" ends the opening phrase; Korvel is no husband, and her "she" still stands for her
    body = "Unlike her husband, Jane Korvel said the plan was flawed. “It hurts our town,” she said."
    assert [(q.speaker.name, q.speaker.gender) for q in body_quotes(body)] == [("Jane Korvel", "female")] * 2
