"""Reported speech in constructions of English news that PolNeAR's train split showed the lens missing,
one construction per test, each with a control sentence the rule must leave alone (made-up sentences)."""
from __future__ import annotations

from conftest import make_article

from audit.quotes import Quote, quotes_in


def _quotes(text: str) -> tuple[Quote, ...]:
    return quotes_in(make_article("Title line\n\n" + text))


def _reported(text: str) -> list[tuple[str, str]]:
    return [(q.speaker.name if q.speaker else "", q.text) for q in _quotes(text) if q.kind in ("indirect", "mixed")]


def test_a_participle_clause_after_a_subordinator_reports_for_the_clause_subject():
    assert _reported("Mayor Ann Ortiz ended the meeting by saying the budget would pass next week.") == [
        ("Ann Ortiz", "the budget would pass next week")
    ]
    assert _reported("The council member answered the critics while arguing that the plan was fair.") == [
        ("the council member", "the plan was fair")
    ]


def test_a_subordinated_participle_with_no_clause_after_it_is_a_deed_not_a_report():
    assert _reported("The governors held their seats while adding two more states to their column.") == []
    assert _reported("Mayor Ann Ortiz was generous in declaring victory on Tuesday night.") == []
