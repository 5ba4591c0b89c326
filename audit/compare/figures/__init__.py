"""Figures across articles: which outlets state the same quantity, and whether they agree.

Alignment follows the idea of cross-document numeric fact checking (Vlachos &
Riedel 2015, "Identification and verification of simple claims about
statistical properties"): two figures state the same quantity when they have a
compatible kind and unit and their sentences say the same thing about the same
entity. Here "the same thing" is measured plainly: shared content words of the
figure's clause and sentence (stemmed) and shared names (found by the toolkit's
name finder, "Liang" matching "Liang Wenfeng"). Verdicts compare the figures'
intervals (``audit.figures.Figure``), after converting currencies at the
European Central Bank's reference rate of each article's date.

Precision over recall, because a false conflict discredits a report:

* same quantity is decided from context, blind to the values: two figures
  whose sentences say the same thing (``SAME_SCORE``, the ``CONFLICT_SCORE``)
  are one quantity whatever their values, or at a lower score when each is the
  other's clear best match in its article; equal numbers are evidence only for
  agreeing (``AGREE_SCORE``), and values ten times apart are two quantities
  unless their clauses are nearly the same words (``pairs``, ``alignment``);
* groups are built greedily from the most similar pair down, one mention group
  per article, and every pair across articles in a group must be similar at
  least at the agreement level, so one loose link cannot chain two subjects; a
  group whose values disagree must hold one pair that passes the conflict test
  (a third outlet agreeing with one side does not hide the disagreement);
* names beside the figures that differ on both sides ("the Labour party ... 35%",
  "the Conservative party ... 28%") mean different subjects, never a conflict;
  an age belongs to the name nearest to it, and ages of different people are
  never grouped; figures whose sentences state different years never either,
  nor figures that measure different things ("revenue of $90 billion" and "a
  profit of $25 billion": ``measures``, read from each figure's own noun phrase,
  with ``lexicons/figure_measure_nouns.txt``, whose synonyms are one measure);
* vague amounts ("dozens") and relative dates resolved against a story date
  rather than the article's own date never make a conflict, and relative dates
  resolved that way are not aligned at all;
* figures that repeat each other in one article, and a parenthetical
  conversion ("380 billion yuan (50 billion euros)"), form one mention group.

One module per step, all behind ``compare_figures``: ``items`` (each figure with
its context, ``context``, what it measures, ``measures``, and what it can be
compared with), ``groups`` (mention groups within an article), ``blocking``
(which group pairs can agree or conflict, found by value and by shared name
instead of comparing all), ``pairs`` (the
status of two mentions), ``values`` (intervals, currencies, rounding),
``alignment`` (groups merged into facts) and ``verdicts`` (verdicts and notes).
"""
from __future__ import annotations

from .alignment import compare_figures
from .context import CONTEXT_WINDOW, SubjectNames, figure_context
from .facts import RANGES_ONLY_TOUCH, VERDICTS, Fact, Mention
from .pairs import AGREE_SCORE, CONFLICT_SCORE, SAME_SCORE
from .values import AGREEMENT_REACH, CONVERSION_TOLERANCE, RATE_SOURCE, ROUNDING_REACH, converter, rate_date, rounding_half_width, to_usd
from .verdicts import describe, discount_copies, stated_bounds

__all__ = [
    "AGREEMENT_REACH",
    "AGREE_SCORE",
    "CONFLICT_SCORE",
    "CONTEXT_WINDOW",
    "CONVERSION_TOLERANCE",
    "RANGES_ONLY_TOUCH",
    "RATE_SOURCE",
    "ROUNDING_REACH",
    "SAME_SCORE",
    "VERDICTS",
    "SubjectNames",
    "Fact",
    "Mention",
    "compare_figures",
    "converter",
    "describe",
    "discount_copies",
    "figure_context",
    "rate_date",
    "rounding_half_width",
    "stated_bounds",
    "to_usd",
]
