"""A speaker named by a description whose head noun states a gender ("his wife", "the actress") has that
gender, and a later "he"/"she" of the other gender does not stand for it (lexicons/gendered_nouns.csv)."""
from __future__ import annotations

from conftest import body_quotes


def _speakers(body: str) -> list[tuple[str, str, str]]:
    return [(q.mention, q.speaker.name, q.speaker.gender) for q in body_quotes(body) if q.speaker is not None]


def test_kin_noun_states_female():
    assert ("his wife", "his wife", "female") in _speakers("“We are proud of him,” his wife said on Monday.")


def test_kin_noun_after_possessive_noun_states_male():
    assert ("her husband", "her husband", "male") in _speakers("“She never gave up,” her husband told reporters.")


def test_role_noun_in_woman_states_female():
    assert ("a businesswoman", "a businesswoman", "female") in _speakers("“The tariffs hurt us,” a businesswoman said.")


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


def test_sex_noun_states_male():
    assert ("the man", "the man", "male") in _speakers("“I saw the flames first,” the man said.")


def test_neutral_role_noun_states_nothing():
    assert ("the spokesperson", "the spokesperson", "unknown") in _speakers("“We will respond in time,” the spokesperson said.")


def test_office_in_man_states_nothing():
    # US news writes "the chairman" of a woman too (registry.role_gender)
    assert ("the chairman", "the chairman", "unknown") in _speakers("“We will respond in time,” the chairman said.")


def test_plural_description_is_a_group_without_gender():
    assert ("women voters", "women voters", "") in _speakers("“We want lower prices,” women voters said in the poll.")


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
