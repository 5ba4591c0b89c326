"""Figures: every number in an article, with what kind of quantity it is and what it is about.

A figure is a quantity as the article states it: an interval ``low..high`` (a
point when ``low == high``), a unit, a kind, and the qualifier that hedges or
bounds it ("more than", "about"). The method is rule-based, in the tradition of
numeric-expression taggers such as quantulum3 and the TIMEX date taggers
(HeidelTime, Strötgen & Gertz 2013): a tokeniser that keeps character offsets, a
parser for the number itself (digits, separators, decimals, suffixes, number
words), and patterns around it for currency, scale, unit, counted noun, range,
change, age and date. Every open word list is a data file in ``audit/lexicons/``
(``figure_*.csv``); the rules only say how the words combine.

Precision first. Names and versions that carry digits (``GPT-4``, ``V3``,
``Doubao 1.5``, ``01.ai``) and web debris (addresses, file names, query strings,
phone numbers) are refused, because a false figure can become a false conflict.
Relative dates ("last week") are resolved against ``Article.reference_date``,
never the clock, and are flagged ``relative``.

One module per step, all behind ``figures_in``:

- ``extract``: the entry point, ``figures_in``; ``figure``: the ``Figure`` type;
- ``tokens``: tokens with offsets; ``vocabulary``: the lexicons and closed word classes;
- ``parser``: the sentence scan, asking each reader in turn; the readers are
  ``numbers`` (digits, number words, scales, names that carry digits), ``qualifiers``,
  ``units`` (kinds, currencies, units, counted nouns), ``dates``, ``ages`` and
  ``comparisons`` (ranges, changes, conversions, shares);
- ``subjects``: the clause around a figure and its subject phrase.

>>> from audit.load import RawArticle, build_article
>>> article = build_article(RawArticle("a.txt", "a.txt", "T\\n\\nOpenAI spent $80 to $100 million on 2,000 chips."))
>>> [(f.surface, f.kind, f.low, f.high, f.unit) for f in figures_in(article)]
[('$80 to $100 million', 'money', 80000000.0, 100000000.0, 'USD'), ('2,000 chips', 'count', 2000.0, 2000.0, 'chips')]
"""
from __future__ import annotations

from .extract import figures_in
from .figure import ABOUT_TOLERANCE, KINDS, QUALIFIERS, Figure, date_of
from .subjects import SUBJECT_WORDS, clause_of, sentence_breaks
from .vocabulary import FRACTIONS, lexicons, unit_factor

__all__ = [
    "ABOUT_TOLERANCE",
    "FRACTIONS",
    "KINDS",
    "QUALIFIERS",
    "SUBJECT_WORDS",
    "Figure",
    "clause_of",
    "date_of",
    "figures_in",
    "lexicons",
    "sentence_breaks",
    "unit_factor",
]
