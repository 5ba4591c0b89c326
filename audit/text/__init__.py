"""The shared text toolkit: every lens reads words, sentences, clauses and names through it.

- ``tokens``: the one tokenizer (``WORD_RE``, ``words``, ``word_spans``, ``at_least_words``, ``tokens``, ``has_letter``);
- ``segment``: paragraphs and sentences (``segment``, ``sentence_spans``, ``paragraph_spans``);
- ``clauses``: one clause splitter with a rule per question (``clause_breaks``, ``clause_spans``,
  ``clause_around``, ``clause_start``; ``QUANTITY_CLAUSES``, ``CONTRAST_CLAUSES``, ``SPEECH_CLAUSES``);
- ``stems``: word forms for comparison (``normal_form``, ``stem``);
- ``spans``: span arithmetic (``merge_spans``, ``split_by_spans``, ``subtract_spans``, ``cut_to_reach``);
- ``names``: proper-name mentions (``find_names``, ``same_entity``, ``name_problem``) and the
  words that steer them, among them the one list of months and weekdays (``calendar_words``)
  and of suffixes after a name (``name_suffixes``);
- ``wordlists``: the one stop-word list, the one list of honorifics and titles, the one list of
  verb forms of saying read after a name (``speech_verbs``), the forms of "be" and "have" (``BE_FORMS``,
  ``HAVE_FORMS``), and ``alternation``, the pattern of a word list.

Every offset points into the original text; a span is ``(start, end)`` half-open.
"""
from __future__ import annotations

from .clauses import (
    CONTRAST_CLAUSES,
    QUANTITY_CLAUSES,
    SPEECH_CLAUSES,
    ClauseRule,
    clause_around,
    clause_breaks,
    clause_spans,
    clause_start,
)
from .key_index import KeyIndex
from .names import (
    ACRONYM_GUESS,
    CONNECTORS,
    KINDS,
    CalendarWords,
    NameMention,
    Vocabulary,
    calendar_words,
    date_words,
    dateline_end,
    find_names,
    is_acronym,
    name_particles,
    name_problem,
    name_suffixes,
    newspaper_name,
    party_tag,
    the_before,
    place_kind,
    same_entity,
    same_entity_keys,
    title_case_line,
    vocabulary,
)
from .segment import abbreviations, paragraph_spans, segment, sentence_spans, sentence_starters
from .spans import cut_to_reach, merge_spans, split_by_spans, subtract_spans
from .stems import is_plural, normal_form, stem
from .tokens import WORD_RE, Token, at_least_words, has_letter, tokens, word_spans, words
from .wordlists import BE_FORMS, HAVE_FORMS, KIN, SPEECH_VERB_USES, Title, alternation, honorifics, is_speech_verb, kin_before, office_modifiers, platform_names, roles_no_evidence, roles_of, speech_verbs, stopwords, title_words, titles

__all__ = [
    "ACRONYM_GUESS",
    "BE_FORMS",
    "CONNECTORS",
    "CONTRAST_CLAUSES",
    "HAVE_FORMS",
    "KIN",
    "KINDS",
    "KeyIndex",
    "QUANTITY_CLAUSES",
    "SPEECH_CLAUSES",
    "SPEECH_VERB_USES",
    "WORD_RE",
    "abbreviations",
    "alternation",
    "at_least_words",
    "CalendarWords",
    "calendar_words",
    "clause_around",
    "clause_breaks",
    "clause_spans",
    "clause_start",
    "cut_to_reach",
    "ClauseRule",
    "date_words",
    "dateline_end",
    "find_names",
    "is_acronym",
    "has_letter",
    "honorifics",
    "merge_spans",
    "name_particles",
    "name_problem",
    "name_suffixes",
    "newspaper_name",
    "NameMention",
    "is_plural",
    "is_speech_verb",
    "kin_before",
    "normal_form",
    "paragraph_spans",
    "party_tag",
    "the_before",
    "place_kind",
    "roles_no_evidence",
    "roles_of",
    "same_entity",
    "same_entity_keys",
    "segment",
    "sentence_spans",
    "sentence_starters",
    "speech_verbs",
    "split_by_spans",
    "stem",
    "stopwords",
    "subtract_spans",
    "Title",
    "title_case_line",
    "title_words",
    "office_modifiers",
    "platform_names",
    "titles",
    "Token",
    "tokens",
    "vocabulary",
    "Vocabulary",
    "word_spans",
    "words",
]
