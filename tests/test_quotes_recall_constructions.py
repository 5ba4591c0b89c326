"""Constructions of English news whose reports PolNeAR's train split showed the lens missing (r-qrecall), one per
test, each with a control sentence the rule must leave alone (made-up sentences)."""
from __future__ import annotations

from conftest import body_quotes


def _reported(text: str) -> list[tuple[str, str]]:
    return [(q.speaker.name if q.speaker else "", q.text) for q in body_quotes(text) if q.kind in ("indirect", "mixed")]


def test_told_and_a_hearer_of_several_words_ending_the_sentence_trails_the_clause_before_it():
    assert _reported("The county will add two polling places, Mayor Ann Ortiz told a city council panel Wednesday.") == [
        ("Ann Ortiz", "The county will add two polling places")
    ]
    assert _reported("The levy is unfair, Tom Reyes told the Senate Armed Services Committee on Tuesday.") == [
        ("Tom Reyes", "The levy is unfair")
    ]


def test_told_and_a_hearer_of_several_words_before_a_clause_leaves_the_clause_reported():
    assert _reported("Mayor Ann Ortiz told a city council panel that the county will add two polling places.") == [
        ("Ann Ortiz", "the county will add two polling places")
    ]
    assert _reported("The county will add polling places, Mayor Ann Ortiz told reporters.") == [
        ("Ann Ortiz", "The county will add polling places")
    ]
    # a comma inside the hearer's phrase of place is no end of the sentence
    (speaker, report), = _reported("Mayor Ann Ortiz told a town hall in Dayton, Ohio on Monday that the county will add polling places.")
    assert speaker == "Ann Ortiz" and report.endswith("the county will add polling places")


def test_told_her_and_an_infinitive_is_no_hearer_of_several_words():
    # "her" is the one told and "to leave" what she was told, not a hearer "her to leave" ending the sentence
    assert _reported("Campus police found the candidate and told her to leave.") == [("Campus police", "to leave")]
