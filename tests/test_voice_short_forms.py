"""One voice per body: an organisation named in full once and by a short form later ("The Washington Post" then "the
Post", "the State Department" then "State") is one speaker, so the voices table counts it once
(``resolution.organization_short_forms``, for ``SpeakerResolver._merge_speakers``); so is a person named in full and by
the given name alone ("Jane Sanders", then "Jane", ``resolution.given_name_forms``); a person's surname after the full
name was one voice already, and stays so."""
from __future__ import annotations

from conftest import body_quotes, make_article

from audit.compare.voices import outlet_voices
from audit.quotes import quotes_in


def _speakers(body: str) -> list[str]:
    return [q.speaker.name if q.speaker else "" for q in body_quotes(body)]


def _voices(body: str) -> list[str]:
    article = make_article("Title line\n\n" + body)
    return [v.speaker.name for v in outlet_voices(article, quotes_in(article)).voices]


def test_a_newspaper_named_by_its_last_word_is_the_paper_named_in_full():
    body = (
        "The Washington Post reported on Monday that the county clerk would resign before the vote.\n\n"
        "“He is leaving at the end of the month,” the Post reported, citing two officials."
    )
    assert _speakers(body) == ["Washington Post", "Washington Post"]
    assert _voices(body) == ["Washington Post"]


def test_a_department_named_by_its_first_word_is_the_department_named_in_full():
    body = (
        "The State Department said on Friday that the messages had been marked classified.\n\n"
        "State also said the review of the remaining messages would take several months."
    )
    assert _speakers(body) == ["State Department", "State Department"]


def test_a_person_named_by_surname_after_the_full_name_is_one_voice():
    # control: the surname already joined the full name before this rule, and still does
    body = (
        "Dana Whitfield, the mayor of Riverton, said on Tuesday that the bridge would reopen in May.\n\n"
        "“We are ahead of schedule,” Whitfield said."
    )
    assert _voices(body) == ["Dana Whitfield"]


def test_a_surname_of_a_person_is_no_short_form_of_a_body_bearing_it():
    # control: "Roe" is the person, not the Roe Foundation that shares the word
    body = (
        "Jane Roe said on Friday that she would run again next year.\n\n"
        "The Roe Foundation said it had raised $2 million for the campaign.\n\n"
        "Roe also said the polls were wrong."
    )
    assert _speakers(body) == ["Jane Roe", "Roe Foundation", "Jane Roe"]


def test_a_short_form_two_bodies_share_stays_apart():
    # control: "the Times" could be either paper: neither is chosen
    body = (
        "The New York Times reported on Monday that the talks had stalled.\n\n"
        "The Los Angeles Times reported that the union would strike.\n\n"
        "“The offer is final,” the Times reported, citing a negotiator."
    )
    assert _speakers(body)[-1] == "Times"


def test_a_person_named_by_given_name_after_the_full_name_is_one_voice():
    # "his wife, Jane," after "Jane Sanders said": the given name alone is the one speaker who bears it first
    body = (
        "Jane Sanders said on Monday that the campaign would go on through the summer.\n\n"
        "Her husband, Bernard Sanders, said he would stay in the race.\n\n"
        "“We are not done yet,” Jane told reporters at the rally."
    )
    assert _speakers(body) == ["Jane Sanders", "Bernard Sanders", "Jane Sanders"]


def test_a_given_name_first_in_a_name_written_surname_first_is_that_person():
    body = (
        "The finance minister, Lou Jiwei, said on Tuesday that the currency would stay stable.\n\n"
        "“There is no basis for devaluation,” Lou told a news briefing."
    )
    assert _voices(body) == ["Lou Jiwei"]


def test_a_one_word_name_that_is_a_surname_stays_the_surname_bearer():
    # control: "Jordan" is the surname of Rep. Jim Jordan, not the given name of Jordan Smith
    body = (
        "Jordan Smith, a teacher in Dayton, said the school had no heating.\n\n"
        "Rep. Jim Jordan said on Friday that he would ask for a hearing.\n\n"
        "“We will get answers,” Jordan said."
    )
    assert _speakers(body) == ["Jordan Smith", "Jim Jordan", "Jim Jordan"]


def test_a_given_name_two_speakers_share_stays_apart():
    # control: "Anna" could be either speaker: neither is chosen
    body = (
        "Anna Ortiz said on Monday that the plant would close.\n\n"
        "Anna Reyes said the workers had not been told.\n\n"
        "“Nobody called us,” Anna said."
    )
    assert _speakers(body)[-1] == "Anna"
