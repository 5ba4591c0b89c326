"""The shared text toolkit: every lens reads words, sentences, clauses and names through it.

- ``tokens``: the one tokenizer (``WORD_RE``, ``words``, ``word_spans``, ``tokens``, ``has_letter``);
- ``segment``: paragraphs and sentences (``segment``, ``sentence_spans``, ``paragraph_spans``);
- ``spans``: span arithmetic (``merge_spans``, ``split_by_spans``, ``subtract_spans``);
- ``names``: proper-name mentions (``find_names``, ``same_entity``, ``name_problem``);
- ``wordlists``: the one stop-word list and the one list of honorifics and titles.

Every offset points into the original text; a span is ``(start, end)`` half-open.
"""
from __future__ import annotations

from .segment import abbreviations, paragraph_spans, segment, sentence_spans, sentence_starters
from .spans import merge_spans, split_by_spans, subtract_spans
from .names import KINDS, NameMention, Vocabulary, find_names, name_problem, same_entity, vocabulary
from .tokens import WORD_RE, Token, has_letter, tokens, word_spans, words

__all__ = [
    "KINDS",
    "NameMention",
    "Vocabulary",
    "WORD_RE",
    "Token",
    "abbreviations",
    "find_names",
    "has_letter",
    "merge_spans",
    "name_problem",
    "paragraph_spans",
    "same_entity",
    "segment",
    "sentence_spans",
    "sentence_starters",
    "split_by_spans",
    "subtract_spans",
    "tokens",
    "vocabulary",
    "word_spans",
    "words",
]
