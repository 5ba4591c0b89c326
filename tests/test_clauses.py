"""One clause splitter, three rules: what a number is about, tone around a mention, where reported speech starts."""
from __future__ import annotations

import pytest

from audit.text import (
    CONTRAST_CLAUSES,
    QUANTITY_CLAUSES,
    SPEECH_CLAUSES,
    clause_around,
    clause_breaks,
    clause_spans,
    clause_start,
)


def test_contrast_clauses_break_before_but_and_at_semicolons():
    text = "Sales rose; costs fell — profits grew but debts remain."
    assert [text[a:b] for a, b in clause_spans(text, 0, len(text), CONTRAST_CLAUSES)] == [
        "Sales rose", "costs fell", "profits grew", "but debts remain."
    ]


def test_contrast_clauses_keep_an_apposition_with_its_name():
    text = "Mr. Liang, the reclusive chief executive, said little."
    assert clause_spans(text, 0, len(text), CONTRAST_CLAUSES) == [(0, len(text))]


def test_quantity_clause_stops_at_a_comparison():
    text = "DeepSeek said it used 2,000 chips, compared with the 16,000 chips used by Meta."
    start = text.index("2,000")
    left, right = clause_around(text, 0, len(text), start, start + 5, QUANTITY_CLAUSES)
    assert text[left:right] == "DeepSeek said it used 2,000 chips"
    other = text.index("16,000")
    left, right = clause_around(text, 0, len(text), other, other + 6, QUANTITY_CLAUSES)
    assert text[left:right] == " the 16,000 chips used by Meta."


def test_quantity_breaks_ignore_a_thousands_separator():
    text = "It cost 2,000 dollars"
    assert clause_breaks(text, 0, len(text), QUANTITY_CLAUSES) == ()


def test_speech_clause_starts_after_a_colon_or_a_dash():
    text = "The report was clear: officials said the plan failed."
    assert text[clause_start(text, 0, text.index("said")):].startswith("officials said")
    text = "It rained — the mayor said the roads were closed."
    assert text[clause_start(text, 0, text.index("said")):].startswith("the mayor said")


def test_speech_clause_after_a_coordination_only_when_asked():
    text = "Apple declined to comment, but a source close to the company said it would."
    position = text.index("said")
    assert clause_start(text, 0, position) == 0
    assert text[clause_start(text, 0, position, coordinated=True):].startswith("a source close")


@pytest.mark.parametrize(
    "text, starts_with",
    [
        # two dashes enclose an aside: no break
        ("Groups spent $23 million, with the largest share - $5.1 million - going to Ohio, according to an analysis.", "Groups spent"),
        ("The vote was close — too close — and the result was contested, the official said.", "The vote was close"),
        # an unpaired dash still breaks; so does the third of three
        ("Then came the twist - the council voted no, the mayor said.", "the council voted no"),
        ("A - b - c - the council voted no, the mayor said.", "the council voted no"),
    ],
)
def test_two_dashes_around_an_aside_break_no_speech_clause(text, starts_with):
    cue = text.rindex(" said") if " said" in text else text.index("according")
    assert text[clause_start(text, 0, cue):].startswith(starts_with)


def test_clause_start_from_breaks_read_for_the_whole_sentence_is_clause_start_read_to_the_position():
    # a sentence's speech breaks are read once for all its cues; those ending by a position are exactly the
    # breaks read up to it, dashes of an aside included
    text = "The mayor - a Democrat - said: the plan failed; Reyes - who voted no - said it would cost more, aides - and staff said."
    read = clause_breaks(text, 0, len(text), SPEECH_CLAUSES)
    for position in range(len(text) + 1):
        assert clause_start(text, 0, position, SPEECH_CLAUSES, read=read) == clause_start(text, 0, position, SPEECH_CLAUSES)


def test_clause_start_refuses_breaks_read_beforehand_for_another_rule():
    text = "Prices rose, but wages fell."
    with pytest.raises(ValueError):
        clause_start(text, 0, 20, SPEECH_CLAUSES, coordinated=True, read=clause_breaks(text, 0, len(text), SPEECH_CLAUSES))
