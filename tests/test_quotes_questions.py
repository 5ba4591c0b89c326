"""Questions put to a source with a passive "asked" (audit/quotes/questions.py): the question is speech of
whoever asked (the agent after "by", else no one named), never of the one who answers (made-up sentences)."""
from __future__ import annotations

from conftest import body_quotes


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(q.kind, q.speaker.name if q.speaker else "", q.text) for q in body_quotes(text)]


def test_a_question_opening_the_sentence_is_speech_of_no_one_named():
    assert _said("Asked whether she would sign the bill this week, Mayor Ann Ortiz said the council must vote first.") == [
        ("indirect", "", "whether she would sign the bill this week"),
        ("indirect", "Ann Ortiz", "the council must vote first"),
    ]
    assert _said('“We will see,” Governor Tom Reyes said when asked why the plan had stalled.') == [
        ("direct", "Tom Reyes", "We will see,"),
        ("indirect", "", "why the plan had stalled"),
    ]


def test_the_agent_of_asked_puts_the_question():
    assert _said("Reyes was asked by the host Lena Marsh whether the tax would rise.") == [
        ("indirect", "Lena Marsh", "whether the tax would rise"),
    ]
    assert _said("The aide deleted the files, though he had been asked to keep them by the Senate Ethics Committee.") == [
        ("indirect", "Senate Ethics Committee", "to keep them"),
    ]


def test_a_quotation_after_a_question_keeps_the_speaker_before_it():
    text = '“Anyone but her,” Ortiz told the station when asked which candidate she would back.\n\n“She means higher taxes for every family in the county.”'
    assert [(q.speaker.name if q.speaker else "", q.text[:12]) for q in body_quotes(text)] == [
        ("Ortiz", "Anyone but h"),
        ("", "which candid"),
        ("Ortiz", "She means hi"),
    ]


def test_a_question_by_its_topic_after_asked_about_is_speech_of_no_one_named():
    assert _said("Asked about the merger, the chief executive defended her decision.") == [("indirect", "", "about the merger")]
    assert _said("“We will wait for the audit,” Reyes said when asked about the county budget.") == [
        ("direct", "Reyes", "We will wait for the audit,"),
        ("indirect", "", "about the county budget"),
    ]
    assert _said("Senator Ann Ortiz was asked Tuesday about the pipeline.") == [("indirect", "", "about the pipeline")]
    # a pronoun alone is no topic of its own (the review of r-qrelay)
    assert _said("Senator Ann Ortiz was asked about it.") == []
    assert _said("Asked about them, Reyes shrugged.") == []
    assert _said("Senator Ann Ortiz was asked about it on Monday.") == []


def test_an_asked_about_with_an_object_is_the_askers_own_question():
    # control: the subject asks the one named after "asked" (no passive): the report rules read it, as before
    assert _said("Reyes asked the mayor about the budget.") == [("indirect", "Reyes", "the mayor about the budget")]


def test_an_active_asked_and_an_asked_with_no_question_are_left_to_the_other_rules():
    # "Reyes asked whether" is Reyes's own question
    assert _said("Reyes asked whether the tax would rise.") == [("indirect", "Reyes", "whether the tax would rise")]
    assert _said("The voters who were asked in the survey were evenly divided.") == []
