"""The named variety, grade, benchmark or round of a thing an amount prices or pays ("diesel", "Brent", "the first
round"), read from the amount's clause: two amounts of different ones are two quantities (``figure_price_grades.csv``)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons import data_lines

GRADED_KINDS = frozenset({"money"})
"""Kinds of figure a grade tells apart: a price or payment ("$4.61 a gallon"). Not a percent: "59 percent of oil and
gas executives" names a grade of no amount."""


@lru_cache(maxsize=1)
def _grades() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of the phrases of ``figure_price_grades.csv`` (the longest first: "natural gas" before "gas"), and
    each phrase (lower case) -> its grade."""
    header, *rows = data_lines("figure_price_grades.csv")
    if header.strip() != "phrase,grade":
        raise ValueError(f"audit/lexicons/figure_price_grades.csv: expected the header 'phrase,grade', found {header!r}")
    grade_of = {}
    for row in rows:
        phrase, grade = (part.strip() for part in row.split(","))
        grade_of[phrase.lower()] = grade
    alternatives = "|".join(re.escape(phrase).replace(r"\ ", r"[ \u00a0-]+") for phrase in sorted(grade_of, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])", re.IGNORECASE), grade_of


def grades_in(text: str, start: int, end: int) -> frozenset[str]:
    """The grades the phrases of ``text[start:end]`` name ("Brent crude rose to $82 a barrel": {"brent"})."""
    pattern, grade_of = _grades()
    return frozenset(grade_of[" ".join(re.split(r"[ \u00a0-]+", match.group().lower()))] for match in pattern.finditer(text, start, end))


def different_grades(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two amounts' clauses name grades and none in common: "Diesel averaged $4.61 a gallon" and "the national
    average for gas was $3.52 a gallon" price two things. A clause that names both ("diesel and gasoline") sets nothing
    apart."""
    return bool(a) and bool(b) and not a & b
