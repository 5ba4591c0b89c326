"""Voices sought but not heard: "declined to comment", "did not respond to a request for comment" give a quote of
their source, marked not said, whose span is the refusal (made-up sentences)."""
from __future__ import annotations

import pytest
from conftest import body_quotes, body_readings, make_article


@pytest.mark.parametrize(
    "sentence, speaker, refusal",
    [
        # a refusal to comment, with or without what the comment would have been on
        ("Mayor Linda Park declined to comment.", "Linda Park", "declined to comment"),
        ("Mayor Linda Park declined to comment on the audit.", "Linda Park", "declined to comment on the audit"),
        ("Mayor Linda Park declined to comment on Tuesday.", "Linda Park", "declined to comment on Tuesday"),
        ("The Hartwell school board would not comment for this story.", "the Hartwell school board", "would not comment for this story"),
        ("Mayor Linda Park declined comment.", "Linda Park", "declined comment"),
        ("Mayor Linda Park had no comment.", "Linda Park", "had no comment"),
        ("The developer, Gus Brandt, made no comment on the ruling.", "Gus Brandt", "made no comment on the ruling"),
        # a request left unanswered
        ("Mayor Linda Park did not respond to a request for comment.", "Linda Park", "did not respond to a request for comment"),
        ("Mayor Linda Park did not immediately respond to a request for comment.", "Linda Park",
         "did not immediately respond to a request for comment"),
        ("Mayor Linda Park did not return a call seeking comment.", "Linda Park", "did not return a call seeking comment"),
        ("Mayor Linda Park did not return calls and emails seeking comment on Friday.", "Linda Park",
         "did not return calls and emails seeking comment on Friday"),
        ("A spokesman for the Harlow Group did not reply to questions.", "a spokesman for the Harlow Group", "did not reply to questions"),
        ("Representatives for the Harlow Group did not immediately respond to requests for comment.",
         "Representatives for the Harlow Group", "did not immediately respond to requests for comment"),
        ("Senator Ruth Adler's office did not respond to an inquiry.", "Senator Ruth Adler's office", "did not respond to an inquiry"),
        # a source out of reach or declining an interview
        ("Mayor Linda Park could not be reached for comment.", "Linda Park", "could not be reached for comment"),
        ("Mayor Linda Park was not available for comment.", "Linda Park", "was not available for comment"),
        ("Tom Reyes, who declined to be interviewed, owns the mill.", "Tom Reyes", "declined to be interviewed"),
    ],
)
def test_a_request_for_comment_left_unanswered_is_a_voice_sought_that_said_nothing(sentence: str, speaker: str, refusal: str) -> None:
    assert body_readings(sentence) == [(speaker, refusal, True)]


def test_the_source_of_a_request_for_comment_may_be_a_pronoun_resolved_as_any_speaker() -> None:
    assert body_readings("Tom Reyes owns the mill on Water Street. He did not respond to a request for comment.") == [
        ("Tom Reyes", "did not respond to a request for comment", True)
    ]


def test_a_request_for_comment_is_marked_sought_and_its_span_holds_the_refusal() -> None:
    text = "Mayor Linda Park did not respond to a request for comment."
    (quote,) = body_quotes(text)
    assert quote.sought and quote.negated and quote.kind == "indirect"
    assert (quote.cue, quote.text[quote.cue_span.start - quote.span.start:][:7]) == ("respond", "respond")


def test_a_claim_after_declining_to_comment_is_the_speakers_own() -> None:
    assert body_readings("Mayor Linda Park declined to comment on the audit, saying the review was still under way.") == [
        ("Linda Park", "declined to comment on the audit", True),
        ("Linda Park", "the review was still under way", False),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency did not respond to the court's request to extend the deadline.",
        "Trump did not respond to calls for his resignation.",
        "The candidate did not return to the stage.",
        "The talks stalled, and a deal could not be reached by Friday.",
        "Christie attacked Rubio for not answering the question.",
        "The company's comments did not help.",
    ],
)
def test_a_negated_answer_or_comment_with_no_request_for_comment_is_no_quote(sentence: str) -> None:
    assert body_readings(sentence) == []


def test_no_comment_inside_a_quotation_stays_the_direct_quote() -> None:
    assert body_readings("“No comment,” Mayor Linda Park said.") == [("Linda Park", "No comment,", False)]


def test_no_comment_inside_another_report_stays_that_report() -> None:
    assert body_readings("A spokesman said the company had no comment.") == [("a spokesman", "the company had no comment", False)]


def test_a_source_that_declined_to_comment_lends_no_speaker_to_the_next_quotation() -> None:
    # the quotation with no cue after a refusal is the earlier speaker's, as it was with no refusal read: a refusal has
    # no words a quotation goes on with
    assert body_readings("Tom Reyes said the book was finished. The publisher, Hale Books, declined to comment. “Nobody wanted it.”")[-1] == (
        "Tom Reyes", "Nobody wanted it.", False
    )


def test_the_pronoun_of_a_source_that_declined_to_comment_teaches_no_gender() -> None:
    # a refusal's pronoun resolved wrongly ("She did not respond" to a man) flipped the speakers of other quotes; it
    # steers none (the source's gender comes from the other quotes and the article's own words)
    quotes = body_quotes("Pat Morgan runs the mill. She did not respond to a request for comment.\n\n"
                         "Dana Cole said the town would suffer. “We are closing,” she said.")
    assert [(q.speaker.name, q.speaker.gender) for q in quotes] == [("Pat Morgan", "unknown"), ("Dana Cole", "female"), ("Dana Cole", "female")]


_SOUGHT = (
    "Mill Closing\n\n"
    "Mayor Linda Park said the mill would close in June. "
    "The owner, Gus Brandt, did not respond to a request for comment."
)


def test_a_voice_sought_counts_in_the_not_said_column_and_is_not_the_first_to_speak() -> None:
    from audit.compare.voices import outlet_voices
    from audit.quotes import quotes_in

    article = make_article(_SOUGHT)
    voices = outlet_voices(article, quotes_in(article))
    assert [(v.speaker.name, v.quotes, v.negated, v.words) for v in voices.voices] == [("Linda Park", 1, 0, 6), ("Gus Brandt", 1, 1, 0)]
    assert (voices.negated, voices.quoted_words) == (1, 6)
    assert voices.first_voice is not None and voices.first_voice.speaker.name == "Linda Park"


def test_the_report_notes_a_voice_sought_as_a_request_for_comment_not_answered() -> None:
    from audit.sections import voices as voices_section
    from audit.story import audit_story

    story = audit_story([make_article(_SOUGHT)])
    rows = voices_section.context(story)["outlets"][0]["rows"]
    assert [(row["name"], row["negated"]) for row in rows] == [("Linda Park", 0), ("Gus Brandt", 1)]
    notes = [mark.note for mark in voices_section.marks(story, 0)]
    assert notes[1].startswith("a request for comment the speaker did not answer (“did not respond to a request for comment”): Gus Brandt")


def test_the_report_explains_a_voice_sought_in_the_voices_section_and_the_methods() -> None:
    from audit.report import render_report
    from audit.story import audit_story

    html = render_report(audit_story([make_article(_SOUGHT)]))
    assert "1 reporting what the speaker did not say, declined to say or declined to comment on" in html
    assert "audit/lexicons/comment_requests.csv" in html


@pytest.mark.parametrize(
    "sentence, speaker, refusal",
    [
        # the subject of a refusal after ", and" is that clause's, not the earlier clause's
        ("The levy passed the council on Monday, and the county board did not respond to a request for comment.",
         "the county board", "did not respond to a request for comment"),
        ("The bidding window closed Friday, and the agency did not respond to a request for comment.",
         "the agency", "did not respond to a request for comment"),
        # a cue in the earlier clause is no report holding the refusal
        ("The company has denied wrongdoing, and a spokesman did not respond to a request for comment.",
         "a spokesman", "did not respond to a request for comment"),
    ],
)
def test_the_subject_of_a_refusal_in_a_coordinated_clause_is_that_clauses(sentence: str, speaker: str, refusal: str) -> None:
    assert body_readings(sentence) == [(speaker, refusal, True)]


def test_a_second_refusal_in_a_sentence_reads_its_subject_after_the_first() -> None:
    assert body_readings("A spokesman for Mayor Linda Park declined to comment and Gus Brandt did not respond to a request for comment.") == [
        ("a spokesman for Mayor Linda Park", "declined to comment", True),
        ("Gus Brandt", "did not respond to a request for comment", True),
    ]


def test_a_refusal_after_and_with_no_clause_before_keeps_its_subject() -> None:
    # control: "X and Y declined to comment" is one subject, no coordinated clause
    assert body_readings("Mayor Linda Park declined to comment on Tuesday, and would not say when the mill closes.")[0] == (
        "Linda Park", "declined to comment on Tuesday", True)


@pytest.mark.parametrize(
    "sentence",
    [
        # a refusal another source reports is that source's quote, not a second voice sought
        "Mayor Linda Park had no comment, her spokesman said.",
        "Senator Ruth Adler declined to comment, according to her office.",
        "Gus Brandt did not respond to a request for comment, the newspaper reported.",
    ],
)
def test_a_refusal_inside_another_sources_report_is_that_report_only(sentence: str) -> None:
    (quote,) = body_quotes(sentence)
    assert not quote.sought and quote.text.startswith(sentence.split(" ")[0])


def test_a_refusal_beside_another_report_stays_a_voice_sought() -> None:
    # control: a refusal in its own sentence after a report
    assert body_readings("Mayor Linda Park said the mill would close. Gus Brandt declined to comment.")[-1] == ("Gus Brandt", "declined to comment", True)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ordinance had no public comment period.",
        "The mayor refused to be interviewed by the county's investigators.",
        "Voters did not respond to the candidate's message.",
        "Council Republicans did not respond to the mayor's message on housing.",
        "The governor did not return calls from lawmakers urging him to veto the levy.",
        "Park mocked Brandt's wife at the rally; Brandt did not reply.",
        "When protesters threw bottles, the police did not respond.",
    ],
)
def test_a_comment_period_an_inquiry_a_message_or_a_silence_with_no_press_is_no_voice_sought(sentence: str) -> None:
    assert [q.text for q in body_quotes(sentence) if q.sought] == []


@pytest.mark.parametrize(
    "text, refusal",
    [
        # controls: the same words asked by the press
        ("Mayor Linda Park did not return phone messages seeking comment.", "did not return phone messages seeking comment"),
        ("Mayor Linda Park did not respond to messages seeking comment.", "did not respond to messages seeking comment"),
        ("Mayor Linda Park declined to be interviewed for this article.", "declined to be interviewed for this article"),
        ("Reporters called the mayor's office on Monday. Mayor Linda Park did not respond.", "did not respond"),
        ("Mayor Linda Park was emailed a list of questions. She did not reply.", "did not reply"),
        ("A reporter asked Mayor Linda Park about the audit on Monday. She did not respond.", "did not respond"),
    ],
)
def test_the_same_words_asked_by_the_press_stay_a_voice_sought(text: str, refusal: str) -> None:
    assert body_readings(text)[-1] == ("Linda Park", refusal, True)


def test_the_quotes_table_tells_a_refusal_row_from_a_negated_quote() -> None:
    from audit.story import story_quotes
    from audit.tables import quotes_table

    article = make_article("Title line\n\nMayor Linda Park would not say whether the mill would close. Gus Brandt declined to comment.")
    table = quotes_table(story_quotes([article]))
    assert table[["negated", "sought"]].values.tolist() == [[True, False], [True, True]]


def test_a_relative_clause_refusing_comment_is_no_role_of_its_source() -> None:
    (quote,) = body_quotes("The memo was written by Tom Reyes, who did not respond to a request for comment.")
    assert (quote.speaker.name, quote.speaker.role, quote.speaker.category) == ("Tom Reyes", "", "other")


def test_a_relative_clause_stating_a_role_stays_the_role_of_a_source_that_declined_to_comment() -> None:
    # control
    (quote,) = body_quotes("Tom Reyes, who owns the sawmill on Water Street, declined to comment.")
    assert (quote.speaker.name, quote.speaker.role) == ("Tom Reyes", "who owns the sawmill on Water Street")
