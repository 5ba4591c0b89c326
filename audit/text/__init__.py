"""The shared text toolkit: every lens reads words, sentences, clauses and names through it.

- ``tokens``: the one tokenizer (``WORD_RE``, ``words``, ``word_spans``, ``tokens``, ``has_letter``);
- ``segment``: paragraphs and sentences (``segment``, ``sentence_spans``, ``paragraph_spans``);
- ``spans``: span arithmetic (``merge_spans``, ``split_by_spans``, ``subtract_spans``).

Every offset points into the original text; a span is ``(start, end)`` half-open.
"""
from __future__ import annotations

from .segment import abbreviations, paragraph_spans, segment, sentence_spans, sentence_starters
from .spans import merge_spans, split_by_spans, subtract_spans
from .tokens import WORD_RE, Token, has_letter, tokens, word_spans, words

__all__ = [
    "WORD_RE",
    "Token",
    "abbreviations",
    "has_letter",
    "merge_spans",
    "paragraph_spans",
    "segment",
    "sentence_spans",
    "sentence_starters",
    "split_by_spans",
    "subtract_spans",
    "tokens",
    "word_spans",
    "words",
]
