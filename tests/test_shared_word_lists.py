"""Each word list is written once, in ``audit/lexicons``: the code of the text toolkit and of the
quotes lens builds its patterns from the shared accessors (``audit.text.calendar_words``,
``audit.quotes.cues.authored_nouns``) and never types the words again, so that an edit of a
lexicon reaches every user. Read from the source (string constants that are no docstrings)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from audit.quotes.cues import AUTHORED_NOUN_USES, authored_nouns
from audit.text import calendar_words

PACKAGE = Path(__file__).resolve().parent.parent / "audit"
SCANNED = sorted([*(PACKAGE / "text").rglob("*.py"), *(PACKAGE / "quotes").rglob("*.py"), *(PACKAGE / "figures").rglob("*.py")])
# copies left where they stand, each to be built from its accessor in turn
KNOWN_COPIES: set[tuple[str, str]] = set()
# a string naming this many words of one list is a copy of the list (a heading label such as
# "Analysis|Opinion|Editorial" names fewer)
LEAST_WORDS_OF_A_COPY = 4


def word_lists() -> dict[str, frozenset[str]]:
    calendar = calendar_words()
    return {
        "months and weekdays": calendar.months | calendar.weekdays,
        "nouns of authored text": frozenset().union(*(authored_nouns(use) for use in AUTHORED_NOUN_USES)),
    }


def string_constants(path: Path) -> list[ast.Constant]:
    """The string constants of a module but its docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    documented = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, documented) and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }
    return [node for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def copies(path: Path) -> list[tuple[str, int, list[str]]]:
    found = []
    for constant in string_constants(path):
        written = set(re.findall(r"[a-z][a-z\-]*", constant.value.lower()))
        for name, words in word_lists().items():
            if len(written & words) >= LEAST_WORDS_OF_A_COPY:
                found.append((name, constant.lineno, sorted(written & words)))
    return found


@pytest.mark.parametrize("path", SCANNED, ids=lambda path: str(path.relative_to(PACKAGE)))
def test_no_module_types_a_shared_word_list_again(path):
    module = str(path.relative_to(PACKAGE))
    found = [(name, line, words) for name, line, words in copies(path) if (module, name) not in KNOWN_COPIES]
    assert not found, f"{module} writes again words of a lexicon: {found}"


def test_a_copy_of_a_word_list_is_found(tmp_path):
    # the scan itself: the hand-typed months of the old cues.py are a copy
    probe = tmp_path / "probe.py"
    probe.write_text('_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\\.)"\n', encoding="utf-8")
    assert [name for name, _line, _words in copies(probe)] == ["months and weekdays"]


def test_known_copies_are_still_there():
    # a copy built from its accessor leaves this list too
    for module, name in sorted(KNOWN_COPIES):
        assert name in [found for found, _line, _words in copies(PACKAGE / module)], module


def test_the_figure_lens_dates_name_the_months_and_weekdays_of_the_calendar_words():
    # figure_dates.csv gives each month and weekday its number; its words are name_words.csv's, and must stay so
    from audit.figures import lexicons

    calendar = calendar_words()
    assert set(lexicons().months) == calendar.months | calendar.month_abbreviations
    assert set(lexicons().weekdays) == calendar.weekdays


def test_the_speech_verbs_are_reporting_cues():
    # speech_verbs.csv says it is a subset of reporting_cues.csv: a form added to one list and not the other
    # would make the name finder read a name before a verb the quotes lens never reads as a cue
    from audit.quotes.cues import reporting_cues
    from audit.text import SPEECH_VERB_USES, speech_verbs

    cues = set(reporting_cues())
    for use in SPEECH_VERB_USES:
        assert speech_verbs(use) - cues <= {"according"}, use  # "according (to)" is a cue phrase, not a form
