"""Negated cues: "did not say whether", "has never said", "would not confirm" report what the speaker did not
say; the quote is kept (PolNeAR annotates it) but marked ``negated`` (made-up sentences)."""
from __future__ import annotations

import pytest
from conftest import body_readings


@pytest.mark.parametrize(
    "sentence, speaker, content",
    [
        ("Governor Maria Lopez did not say whether she would sign the bill.", "Maria Lopez", "whether she would sign the bill"),
        ("Mayor Alan Pike has not said when the park will reopen.", "Alan Pike", "when the park will reopen"),
        ("The commissioner, Dana Cole, has never said she would support the tax.", "Dana Cole", "she would support the tax"),
        ("Mayor Alan Pike would not confirm that the park will reopen.", "Alan Pike", "the park will reopen"),
        ("Governor Maria Lopez did not immediately say whether she would veto the bill.", "Maria Lopez", "whether she would veto the bill"),
    ],
)
def test_a_cue_negated_by_an_auxiliary_or_never_reports_what_the_speaker_did_not_say(sentence: str, speaker: str, content: str) -> None:
    assert body_readings(sentence) == [(speaker, content, True)]


def test_a_negated_belief_inside_a_report_is_negated_and_the_report_around_it_is_the_speakers_claim() -> None:
    assert body_readings("Mayor Alan Pike said he does not think the park will reopen this year.") == [
        ("Alan Pike", "he does not think the park will reopen this year", False),
        ("Alan Pike", "the park will reopen this year", True),
    ]


def test_a_negation_inside_the_content_or_the_quotation_leaves_the_cue_a_claim() -> None:
    assert body_readings("Governor Maria Lopez said she did not know whether the bill would pass.") == [
        ("Maria Lopez", "she did not know whether the bill would pass", False)
    ]
    assert body_readings("Governor Maria Lopez said it would not pass this year.") == [("Maria Lopez", "it would not pass this year", False)]
    assert body_readings("“I decline to say whether the bill will pass,” Governor Maria Lopez said.") == [
        ("Maria Lopez", "I decline to say whether the bill will pass,", False)
    ]
    assert body_readings("“We will not,” Governor Maria Lopez said.") == [("Maria Lopez", "We will not,", False)]


def test_not_only_or_not_just_before_a_cue_adds_to_the_saying() -> None:
    from audit.quotes.negation import negated_cue

    text = "Governor Maria Lopez not only said the bill would pass."
    assert not negated_cue(text, text.index("said"))
    text = "Governor Maria Lopez has not just said it once."
    assert not negated_cue(text, text.index("said"))
    text = "Governor Maria Lopez has not yet publicly said it."
    assert negated_cue(text, text.index("said"))
    # "not simply", "not merely" add to the saying; "not surprisingly" comments on it (review of r-negated)
    for text in ("Governor Maria Lopez did not simply say the bill was flawed; she vowed to veto it.",
                 "Governor Maria Lopez did not merely say the bill was flawed.",
                 "Governor Maria Lopez, not surprisingly, said the bill would pass.",
                 "Governor Maria Lopez not surprisingly said the bill would pass."):
        cue = text.index(" sa") + 1
        assert not negated_cue(text, cue), text


_DECLINED = (
    "Budget Fight\n\n"
    "Governor Maria Lopez said the state would balance its books by June. "
    "Lopez did not say whether she would sign the spending bill that lawmakers passed on Friday."
)


def test_a_negated_quote_keeps_its_voice_but_its_words_are_not_the_speakers() -> None:
    from conftest import make_article

    from audit.compare.voices import outlet_voices
    from audit.quotes import quotes_in

    article = make_article(_DECLINED)
    quotes = quotes_in(article)
    assert [(q.text, q.negated) for q in quotes] == [
        ("the state would balance its books by June", False),
        ("whether she would sign the spending bill that lawmakers passed on Friday", True),
    ]
    voices = outlet_voices(article, quotes)
    (voice,) = voices.voices
    assert (voice.speaker.name, voice.quotes, voice.negated, voice.words) == ("Maria Lopez", 2, 1, 8)
    assert (voices.quotes, voices.negated, voices.quoted_words) == (2, 1, 8)


def test_the_words_of_a_negated_quote_are_the_outlets_for_tone_and_are_flagged_in_the_table() -> None:
    from conftest import make_article

    from audit.story import audit_article, story_quotes
    from audit.tables import quotes_table

    article = make_article(_DECLINED)
    audit = audit_article(article)
    declined = next(q for q in audit.quotes if q.negated)
    assert all(not (a <= declined.span.start < b) for a, b in audit.tone.quoted_spans)
    table = quotes_table(story_quotes([article]))
    assert table["negated"].tolist() == [False, True]


def test_the_report_notes_a_negated_quote_as_what_the_speaker_did_not_give() -> None:
    from conftest import make_article

    from audit.sections import voices as voices_section
    from audit.story import audit_story

    story = audit_story([make_article(_DECLINED)])
    notes = [mark.note for mark in voices_section.marks(story, 0)]
    assert notes[0].startswith("reported speech: Maria Lopez")
    assert notes[1].startswith("reported speech the speaker did not give (“say” negated or declined): Maria Lopez")


@pytest.mark.parametrize(
    "sentence, speaker, content",
    [
        ("The spokesman, Ray Ortiz, declined to say how many workers were laid off.", "Ray Ortiz", "how many workers were laid off"),
        ("The senator refused to say whether he would vote against the bill.", "the senator", "whether he would vote against the bill"),
        ("The minister declined to say whether talks would resume.", "the minister", "whether talks would resume"),
        ("Mayor Alan Pike was not willing to say who would run the agency.", "Alan Pike", "who would run the agency"),
    ],
)
def test_a_saying_declined_or_refused_is_a_negated_quote(sentence: str, speaker: str, content: str) -> None:
    assert body_readings(sentence) == [(speaker, content, True)]


def test_a_frame_stating_the_saying_took_place_is_no_refusal() -> None:
    assert body_readings("The senator took to Twitter to say he would vote against the bill.") == [
        ("the senator", "he would vote against the bill", False)
    ]
    assert body_readings("The senator is expected to say that he will run.") == []


@pytest.mark.parametrize("relative", ["who did not say", "who would not say", "who declined to say"])
def test_a_negated_report_in_a_relative_clause_ends_before_the_main_verb_whose_claim_stands(relative: str) -> None:
    assert body_readings(f"Lopez, {relative} whether she would run, said the party needed new leaders.") == [
        ("Lopez", "whether she would run", True),
        ("Lopez", "the party needed new leaders", False),
    ]


def test_a_report_in_a_relative_clause_before_the_main_verb_is_still_the_speakers_claim() -> None:
    assert body_readings("Lopez, who has argued that taxes are too high, said the party needed new leaders.") == [
        ("Lopez", "taxes are too high", False),
        ("Lopez", "the party needed new leaders", False),
    ]


def test_idioms_of_a_negated_say_attribute_no_claim() -> None:
    # "did not say no to" (left the door open) and "could not say enough about" (praise) say nothing the speaker
    # claimed in the words after the verb: whatever the lens reads there is marked as not said
    assert all(negated for _speaker, _content, negated in body_readings("Governor Maria Lopez did not say no to the plan."))
    assert all(negated for _speaker, _content, negated in body_readings("Parents could not say enough about the new principal, Dana Cole."))


def test_a_speaker_who_only_declined_is_neither_the_first_to_speak_nor_a_voice_both_outlets_quote() -> None:
    from conftest import make_article

    from audit.compare.voices import outlet_voices, shared_voices
    from audit.quotes import quotes_in

    first = make_article("Budget talks\n\nGovernor Maria Lopez declined to say whether she would veto the budget. "
                         "Senator Tom Reed said the budget would pass.\n", id="a.txt")
    second = make_article("Budget talks\n\nGovernor Maria Lopez did not say whether she would sign the budget. "
                          "Senator Tom Reed said lawmakers had the votes.\n", id="b.txt")
    quotes = [quotes_in(first), quotes_in(second)]
    assert [q.negated for q in quotes[0]] == [True, False]
    # she is a voice the article sought (its table lists her, with what she did not say), but the first who speaks is Reed
    voices = outlet_voices(first, quotes[0])
    assert [v.speaker.name for v in voices.voices] == ["Maria Lopez", "Tom Reed"]
    assert voices.first_voice is not None and voices.first_voice.speaker.name == "Tom Reed"
    assert [v.name for v in shared_voices(quotes)] == ["Tom Reed"]
    # control: a speaker with one claim besides what she declined to say is quoted
    third = make_article("Budget talks\n\nGovernor Maria Lopez declined to say whether she would veto it, and Lopez said "
                         "the state would balance its books.\n", id="c.txt")
    assert [v.name for v in shared_voices([quotes_in(third), quotes_in(third)])] == ["Maria Lopez"]
    assert outlet_voices(third, quotes_in(third)).first_voice.speaker.name == "Maria Lopez"


@pytest.mark.parametrize(
    "sentence, declined, claimed",
    [
        ("Speaker Nancy Pelosi refused to say whether she would run again, adding that she was focused on the midterms.",
         "whether she would run again", "she was focused on the midterms"),
        ("A spokesman for the senator declined to say whether he would attend, saying the campaign was focused on Texas.",
         "whether he would attend", "the campaign was focused on Texas"),
        ("Governor Maria Lopez did not say whether she would campaign there, saying only that she would decide soon.",
         "whether she would campaign there", "she would decide soon"),
    ],
)
def test_a_participle_of_saying_after_a_negated_report_is_the_speakers_own_claim(sentence: str, declined: str, claimed: str) -> None:
    # review of r-negated: the participle clause was swallowed into what the speaker did not say
    quotes = [(text, negated) for _speaker, text, negated in body_readings(sentence)]
    assert quotes == [(declined, True), (claimed, False)]


def test_a_participle_after_a_claim_or_one_taking_an_object_is_not_split_off() -> None:
    # controls: after a claim the clause is the same claim; "calling it" takes an object, no clause
    assert body_readings("Governor Maria Lopez said the bill was flawed, adding that she would veto it.") == [
        ("Maria Lopez", "the bill was flawed, adding that she would veto it", False)
    ]
    assert [negated for _s, _t, negated in body_readings("Governor Maria Lopez did not say whether she would sign it, calling it a mess.")] == [True]
