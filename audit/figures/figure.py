"""The ``Figure`` type: one quantity as an article states it, and how a read quantity becomes one."""
from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass

from ..model import Article, Sentence, Span
from .quantity import Quantity
from .subjects import subject_of
from .tokens import SentenceTokens

KINDS = ("count", "money", "percent", "percentage_points", "age", "year", "date", "duration", "measure", "ordinal", "tally")
QUALIFIERS = ("about", "at_least", "more_than", "at_most", "fewer_than", "as_many_as", "up_to", "nearly", "over", "under")
ABOUT_TOLERANCE = 0.10
"""Relative width of "about", "around", "approximately", "nearly": ±10 % (nearly: -10 %)."""


@dataclass(frozen=True)
class Figure:
    """One quantity as an article states it.

    ``low``/``high`` bound the value in base units (money in its currency, counts,
    percent points, ages and durations in the stated unit, dates as proleptic
    Gregorian day numbers, see ``date_of``); ``math.inf`` is "no upper bound".
    ``low_open``/``high_open`` say a bound is excluded ("more than 80" is ``(80, inf)``).
    ``direction`` (``up``/``down``) marks a change; ``role`` (``from``/``to``) the two
    ends of "from X to Y", and ``change`` the amount of a change ("added $50 billion",
    "increased ... by roughly $150 billion", "a cut of 1.9 percent", "$50 billion more",
    "another $600 million"), where no role is a level. ``same_as`` points at the figure this one restates in
    another unit ("380 billion yuan (50 billion euros)"). ``vague`` marks a word
    amount ("dozens"); ``relative`` a date resolved against the article's date.
    ``comparison`` says the figure is the reference of a comparison ("spend more than the
    $5.7 billion he demanded" states $5.7 billion, with ``comparison="more_than"``; "twice the",
    "up from", "compared with"): the figure keeps its value, the comparison is no qualifier of it.
    A ``tally`` ("a 251-174 vote", "the vote was 65 to 33") is one figure with two sides: ``low``
    and ``high`` are the first side, ``against`` the second.
    ``noun`` is the counted noun phrase of a count as written, in lower case, ending at its head
    ("specialized nvidia chips", "u.s. service members", "human rights group"; "" when the count
    writes none, as "13,000" whose noun coordination leaves out); ``unit`` is what it counts, the
    head in the plural or the class of people ("chips", "people", "groups"). ``year_inferred``
    marks a date whose year the article does not write, taken from the article's date ("Sept. 27"),
    not from a year of its sentence ("the Sept. 11 attacks in 2001"); a date read wholly from the
    article's date ("last month") is ``relative`` instead.
    """

    span: Span
    surface: str
    kind: str
    low: float
    high: float
    unit: str
    qualifier: str = ""
    subject: str = ""
    sentence: int = -1
    direction: str = ""
    role: str = ""
    low_open: bool = False
    high_open: bool = False
    vague: bool = False
    relative: bool = False
    same_as: Span | None = None
    stated_low: float = 0.0
    stated_high: float = 0.0
    comparison: str = ""
    against: float | None = None
    noun: str = ""
    year_inferred: bool = False

    @property
    def is_point(self) -> bool:
        return self.low == self.high

    @property
    def head_noun(self) -> str:
        """The head of the counted noun, as written ("chips" of "specialized nvidia chips"; "" when none is written)."""
        return self.noun.rsplit(" ", 1)[-1]


def date_of(day_number: float) -> _dt.date:
    """The calendar date of a ``date`` figure's bound."""
    return _dt.date.fromordinal(int(day_number))


def _figure(**fields: object) -> Figure:
    """A ``Figure`` from all its fields, given in field order: the same object its frozen ``__init__`` makes,
    without setting the fields one ``object.__setattr__`` at a time (a quarter of the cost, and extraction
    makes a figure of every number it reads)."""
    figure = object.__new__(Figure)
    figure.__dict__.update(fields)
    return figure


def figure_of(
    q: Quantity,
    article: Article,
    sentence: Sentence,
    tokens: SentenceTokens,
    previous: Figure | None,
    breaks: tuple[tuple[int, int], ...] | None = None,
) -> Figure | None:
    """The ``Figure`` a read quantity states, or ``None`` when it has no kind (no figure).

    The qualifier becomes the interval's bounds: "more than 80" is ``(80, inf)``,
    "fewer than 140" ``[0, 140)``, "up to 30" ``[0, 30]``, "about 100" ``[90, 110]``
    (``ABOUT_TOLERANCE``). ``previous`` is the figure read just before in the sentence,
    which a conversion in brackets restates; ``breaks`` are the sentence's clause breaks.
    """
    if not q.kind:
        return None
    rows = tokens.rows  # (text, start, end, ...): no Token is made for the ends of every figure
    start, end = rows[q.first][1], rows[q.last][2]
    low, high = q.low, q.high
    low_open, high_open = q.low_open, q.high_open
    qualifier = q.qualifier
    if qualifier in ("more_than", "over"):
        low_open, high, high_open = True, math.inf, False
    elif qualifier == "at_least":
        high = math.inf
    elif qualifier in ("fewer_than", "under"):
        low, low_open, high_open = 0.0, False, True
    elif qualifier in ("at_most", "up_to", "as_many_as"):
        low = 0.0
    elif qualifier == "about":
        low, high = low * (1 - ABOUT_TOLERANCE), high * (1 + ABOUT_TOLERANCE)
    elif qualifier == "nearly":
        low = low * (1 - ABOUT_TOLERANCE)
    if q.kind in ("date", "year") and qualifier:
        # a qualifier before a date ("over 2024"?) is not a bound on a quantity
        low, high, low_open, high_open, qualifier = q.low, q.high, False, False, ""
    same_as = previous.span if q.role == "same_as" and previous is not None else None
    return _figure(
        span=Span(start, end),
        surface=article.text[start:end],
        kind=q.kind,
        low=float(low),
        high=float(high),
        unit=q.unit,
        qualifier=qualifier,
        subject=subject_of(article, sentence, start, end, breaks),
        sentence=sentence.index,
        direction=q.direction,
        role=q.role if q.role in ("from", "to", "change") else "",
        low_open=low_open,
        high_open=high_open,
        vague=q.vague,
        relative=q.relative,
        same_as=same_as,
        stated_low=float(q.low),
        stated_high=float(q.high),
        comparison=q.comparison,
        against=q.against,
        noun=article.text[rows[q.noun[0]][1] : rows[q.noun[1]][2]].lower() if q.noun else "",
        year_inferred=q.inferred_year is not None,
    )
