"""Subjects: the clause a figure sits in, and a short phrase for what the figure is about.

Clauses are cut at punctuation and at the words where a sentence moves from one
quantity to another ("compared with", "while", "but", "than"); the figure alignment
(``audit.compare``) reads its context from the same clauses.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..model import Article, Sentence

_CLAUSE_PUNCTUATION_RE = re.compile(r"[;:()\[\]—–]|,\s|\s-\s")
_CLAUSE_WORD_RE = re.compile(r"\b(?:[Cc]ompared (?:with|to)|[Ww]hile|[Ww]hereas|[Bb]ut|than)\b")
_CLAUSE_WORDS = ("ompared", "hile", "hereas", "but", "But", "than")
SUBJECT_WORDS = 7
"""A subject phrase keeps at most this many words either side of the figure."""


def clause_breaks(text: str) -> tuple[tuple[int, int], ...]:
    """Where a sentence's clauses break (offsets into ``text``), for ``clause_bounds``."""
    spans = [match.span() for match in _CLAUSE_PUNCTUATION_RE.finditer(text)]
    if any(word in text for word in _CLAUSE_WORDS):  # the word pattern is slow: run it only when it can match
        spans.extend(match.span() for match in _CLAUSE_WORD_RE.finditer(text))
        spans.sort()
    return tuple(spans)


def clause_bounds(sentence: Sentence, start: int, end: int, breaks: tuple[tuple[int, int], ...] | None = None) -> tuple[int, int]:
    """The clause of ``sentence`` around the span ``[start, end)``, as article offsets.

    Clauses are cut at ``; : ( ) —``, at a comma, and at "compared with", "while",
    "but", "than": the places where a sentence moves from one quantity's subject
    to another's ("2,000 chips, compared with the 16,000 chips used by ...").
    ``breaks`` are the sentence's ``clause_breaks``, when the caller has them already.
    """
    text = sentence.text
    rel_start, rel_end = start - sentence.start, end - sentence.start
    if breaks is None:
        breaks = clause_breaks(text)
    # breaks are sorted by start: the clause ends at the first that starts at or after the span
    # (found by bisection: a run-on "sentence" can have thousands) and begins after the last
    # before that one to end at or before the span
    after = bisect_left(breaks, rel_end, key=_break_start)
    right = breaks[after][0] if after < len(breaks) else len(text)
    left = 0
    for before in range(after - 1, -1, -1):
        if breaks[before][1] <= rel_start:
            left = breaks[before][1]
            break
    return sentence.start + left, sentence.start + right


def _break_start(span: tuple[int, int]) -> int:
    return span[0]


def subject_of(article: Article, sentence: Sentence, start: int, end: int, breaks: tuple[tuple[int, int], ...] | None = None) -> str:
    """A short phrase for what the figure at ``[start, end)`` is about: its clause, trimmed to a few words either side.

    When the clause is too short to say anything ("the $80 to $100 million OpenAI
    has tapped" is fine, "2024" alone is not), the whole sentence is the window.
    """
    left, right = clause_bounds(sentence, start, end, breaks)
    text = article.text
    first, words_before = _words_before(text, left, start)
    last, words_after = _words_after(text, end, right)
    if words_before + words_after < 3:
        first, _ = _words_before(text, sentence.start, start)
        last, _ = _words_after(text, end, sentence.end)
    return " ".join(text[first:last].strip(" ,.;:\"“”'’-–—").split())


def _words_before(text: str, left: int, start: int) -> tuple[int, int]:
    """Where the last ``SUBJECT_WORDS`` words of ``text[left:start]`` begin, and how many there are."""
    segment = text[left:start]
    parts = segment.rsplit(None, SUBJECT_WORDS)
    if len(parts) > SUBJECT_WORDS:
        kept = segment[len(parts[0]) :]
        return left + len(segment) - len(kept.lstrip()), SUBJECT_WORDS
    return left + len(segment) - len(segment.lstrip()), len(parts)


def _words_after(text: str, end: int, right: int) -> tuple[int, int]:
    """Where the first ``SUBJECT_WORDS`` words of ``text[end:right]`` end, and how many there are."""
    segment = text[end:right]
    parts = segment.split(None, SUBJECT_WORDS)
    if len(parts) > SUBJECT_WORDS:
        kept = segment[: len(segment) - len(parts[-1])]
        return end + len(kept.rstrip()), SUBJECT_WORDS
    return end + len(segment.rstrip()), len(parts)
