"""Subjects: the clause a figure sits in, and a short phrase for what the figure is about.

Clauses are the toolkit's ``QUANTITY_CLAUSES`` (``audit.text.clauses``): cut at punctuation
and at the words where a sentence moves from one quantity to another ("compared with",
"while", "but", "than"); the figure alignment (``audit.compare``) reads its context from
the same clauses.
"""
from __future__ import annotations

from ..model import Article, Sentence
from ..text import QUANTITY_CLAUSES, clause_around, clause_breaks

SUBJECT_WORDS = 7
"""A subject phrase keeps at most this many words either side of the figure."""


def sentence_breaks(sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """The sentence's clause breaks (``audit.text.QUANTITY_CLAUSES``), as offsets into ``sentence.text``."""
    return clause_breaks(sentence.text, 0, len(sentence.text), QUANTITY_CLAUSES)


def clause_of(sentence: Sentence, start: int, end: int, breaks: tuple[tuple[int, int], ...] | None = None) -> tuple[int, int]:
    """The clause of ``sentence`` around the span ``[start, end)``, as article offsets
    (``audit.text.clause_around`` with ``QUANTITY_CLAUSES``: cut at ``; : ( ) —``, at a comma,
    and at "compared with", "while", "but", "than", where a sentence moves from one quantity's
    subject to another's). ``breaks`` are the sentence's ``sentence_breaks``, when the caller has them."""
    text = sentence.text
    left, right = clause_around(text, 0, len(text), start - sentence.start, end - sentence.start, QUANTITY_CLAUSES, breaks)
    return sentence.start + left, sentence.start + right


def subject_of(article: Article, sentence: Sentence, start: int, end: int, breaks: tuple[tuple[int, int], ...] | None = None) -> str:
    """A short phrase for what the figure at ``[start, end)`` is about: its clause, trimmed to a few words either side.

    When the clause is too short to say anything ("the $80 to $100 million OpenAI
    has tapped" is fine, "2024" alone is not), the whole sentence is the window.
    """
    left, right = clause_of(sentence, start, end, breaks)
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
