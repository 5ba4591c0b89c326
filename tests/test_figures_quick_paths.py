"""The quick paths of the figure lens agree with the plain ones they stand for.

``token_rows`` (audit.figures.tokens) cuts a chunk of letters, or of letters between
punctuation, itself and leaves the rest to its regular expression: both must read a
sentence alike. A ``Figure`` is made without its frozen ``__init__``: it must be the same object.
"""
from __future__ import annotations

import dataclasses
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.figures import Figure, figures_in
from audit.figures.tokens import token_rows

# The token pattern as the module documents it: a word of letters alone, else a run of word
# characters (with inner ".,'’"), else a decimal after no word character, else one symbol.
TOKEN_PATTERN = re.compile(r"(?P<word>[^\W\d_]+)(?![\w.,'’]\w|\w)|(?P<run>\w+(?:[.,'’]\w+)*)|(?P<decimal>(?<![\w.])\.\d+\b)|(?P<sym>\S)")

LETTERS = "aAbzZßİΣσςéñЖ中"
MARKS = ".,;:!?\"'“”‘’()[]-–—$%/&*@#_"
SPACES = " \t\n\u00a0\u2009\u3000"
# Sentences without digits: chunks of letters between punctuation (the shape the quick cuts read, with
# marks that are word characters too, "_"), and any mix of letters, punctuation and white space of every kind.
CHUNK = st.tuples(st.text(MARKS, max_size=3), st.text(LETTERS, max_size=4), st.text(MARKS, max_size=3)).map("".join)
PLAIN_TEXT = st.one_of(
    st.lists(st.tuples(CHUNK, st.text(SPACES, min_size=1, max_size=2)).map("".join), max_size=12).map("".join),
    st.text(LETTERS + MARKS + SPACES, max_size=40),
)


def regex_rows(text: str, offset: int) -> list[tuple]:
    """The rows the token pattern alone gives a sentence without digits: words and symbols."""
    rows, previous_end = [], -1
    for match in TOKEN_PATTERN.finditer(text):
        start, end = match.start() + offset, match.end() + offset
        rows.append((match.group(), start, end, "sym" if match.lastgroup == "sym" else "word", 0.0, "", False, start == previous_end))
        previous_end = end
    return rows


@settings(max_examples=400)
@given(PLAIN_TEXT, st.integers(0, 50))
def test_plain_words_are_cut_as_the_token_pattern_cuts_them(text, offset):
    rows, words = token_rows(text, offset, ())
    assert rows == regex_rows(text, offset)
    assert words == [row[0].lower() if row[3] == "word" else "" for row in rows]


@given(PLAIN_TEXT)
def test_a_skipped_span_makes_skip_tokens_of_what_starts_in_it(text):
    rows, words = token_rows(text, 0, [(0, len(text) // 2)])
    plain = regex_rows(text, 0)
    assert [row[:3] for row in rows] == [row[:3] for row in plain]
    for row, word, reference in zip(rows, words, plain):
        assert row[3] == ("skip" if row[1] < len(text) // 2 else reference[3])
        assert word == ("" if row[3] in ("skip", "sym") else row[0].lower())


def test_numbers_names_and_codes_keep_their_reading():
    rows, words = token_rows("“Two” firms paid USD10m, $1,200.5bn and 2½ for A100s (GPT-4).", 0, ())
    assert [(row[0], row[3]) for row in rows] == [
        ("“", "sym"), ("Two", "word"), ("”", "sym"), ("firms", "word"), ("paid", "word"), ("USD", "word"), ("10m", "num"), (",", "sym"),
        ("$", "sym"), ("1,200.5bn", "num"), ("and", "word"), ("2½", "num"), ("for", "word"), ("A100s", "name"), ("(", "sym"),
        ("GPT", "word"), ("-", "sym"), ("4", "num"), (")", "sym"), (".", "sym"),
    ]
    assert words[:3] == ["", "two", ""] and words[6] == "10m"


def test_a_figure_is_the_object_its_frozen_init_makes(seed_articles):
    fields = [field.name for field in dataclasses.fields(Figure)]
    found = [figure for article in seed_articles for figure in figures_in(article)]
    assert found
    for figure in found:
        assert list(vars(figure)) == fields  # every field set, in field order
        assert Figure(**vars(figure)) == figure and repr(Figure(**vars(figure))) == repr(figure)
