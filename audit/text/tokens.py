"""Words with offsets: the one tokenizer every lens shares.

A word is a run of letters or digits, with inner apostrophes ("Trump's", "don’t"),
hyphens ("R-Utah", "40-year-old"), dots ("U.S", "C.I.A", "1.5") and thousands
separators ("2,000") kept inside it. A final dot is never part of a word: whether
"Sen." or "U.S." ends a sentence is the segmenter's question, not the tokenizer's.
This is the word pattern of the Penn Treebank tokenizer's spirit (Marcus et al.
1993) without its rewrites: offsets always point into the original text.
"""
from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

WORD_RE = re.compile(r"\w+(?:(?:['’\-.]|(?<=\d),(?=\d{3}))\w+)*", re.UNICODE)
_LETTER_RE = re.compile(r"[^\W\d_]", re.UNICODE)


class Token(NamedTuple):
    """One word: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


def words(text: str) -> list[str]:
    """The words of ``text`` (letters/digits, inner apostrophes, hyphens and dots kept)."""
    return WORD_RE.findall(text)


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of every word in ``text[start:end]``, as offsets into ``text``."""
    return [m.span() for m in WORD_RE.finditer(text, start, len(text) if end is None else end)]


def at_least_words(text: str, start: int, end: int, count: int) -> bool:
    """Whether ``text[start:end]`` holds ``count`` words or more: ``len(word_spans(text, start, end)) >= count``,
    reading no further than the ``count``-th word (the rest of a run-on sentence can be long)."""
    return next(islice(WORD_RE.finditer(text, start, end), count - 1, None), None) is not None


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Every word of ``text[start:end]`` with its offsets into ``text``.

    >>> tokens("Sen. Susan E. Rice's staff")
    [Token(start=0, end=3, text='Sen'), Token(start=5, end=10, text='Susan'), Token(start=11, end=12, text='E'), Token(start=14, end=20, text="Rice's"), Token(start=21, end=26, text='staff')]
    """
    return [Token(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, start, len(text) if end is None else end)]


def has_letter(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds a letter (a piece made only of digits and punctuation has no words to score)."""
    return _LETTER_RE.search(text, start, len(text) if end is None else end) is not None
