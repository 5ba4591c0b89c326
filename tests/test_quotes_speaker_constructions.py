"""Constructions of English news in which PolNeAR's train split showed the lens naming the wrong speaker, one per
test, each with a control the rule must leave alone (made-up sentences)."""
from __future__ import annotations

from conftest import body_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.speaker.name if q.speaker else "", q.text) for q in body_quotes(text)]


def test_a_surname_in_ly_opening_its_clause_is_the_speaker_not_an_adverb():
    opening = "Fox News host Megyn Kelly moderated the debate on Thursday.\n\n"
    assert _speakers(opening + "Kelly, who asked the first question, said the network would stand by its moderators.")[-1] == (
        "Megyn Kelly", "the network would stand by its moderators"
    )
    assert _speakers("Mrs. Schlafly endorsed Donald Trump for president, saying he had the courage to win.") == [
        ("Schlafly", "he had the courage to win")
    ]


def test_an_adverb_in_ly_opening_its_clause_is_still_no_speaker():
    opening = "Fox News host Megyn Kelly moderated the debate on Thursday.\n\n"
    assert _speakers(opening + "Conversely, Trump said the network would stand by its moderators.")[-1][1] == "the network would stand by its moderators"
    assert _speakers(opening + "Conversely, Trump said the network would stand by its moderators.")[-1][0] != "Conversely"
    assert _speakers("Mayor Ann Ortiz sharply criticized Tom Reyes, saying he had wasted the budget.") == [("Ann Ortiz", "he had wasted the budget")]
