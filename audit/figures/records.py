"""Records: "its lowest level since 1984" read as the stretch of time it states.

News states how long a record stands in two ways: "the lowest level since 1984" and "the
lowest level in nearly 40 years" (or "a 38-year low"). The first names a year, the second a
duration; only the second can be compared with another outlet's duration. When a record word
stands in the five words before "since" (``figure_record_words.txt``: "lowest", "highest",
"fewest", "first time", "record"), "since YEAR" is read as the duration from that year to the
article's date: "since 1984" in an article of 1 November 2022 is 37.8 to 38.8 years (from the year's last and first day; the record is taken to stand at the article's date, which a
sentence about an earlier moment, "when Biden entered office ... since 2001", overstates). The
figure is flagged ``relative``, like a date resolved against the article's date: it is the
tool's inference, which a weak match alone never makes a conflict (``audit.compare.figures.pairs``),
and an article without its own date does not compare it. Without a record word, "since 2001"
stays a year ("in power since 2001", "has kept a low profile since 2020").
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from ..lexicons import word_set
from ..model import Article, Span
from ..text import WORD_RE
from .figure import Figure

_SINCE_RE = re.compile(r"\b[Ss]ince[ \u00a0]+$")
RECORD_REACH = 5
"""How many words before "since" a record word may stand ("the lowest level of the reserve since")."""
_REACH_CHARACTERS = 200  # more than six words of news; a run-on "sentence" is not read whole for each figure


def _after_record(text: str) -> bool:
    """Whether one of the last ``RECORD_REACH`` words of ``text`` (with the word before it, for "the
    most", "first time") is a record word."""
    words = [word.lower() for word in WORD_RE.findall(text)][-RECORD_REACH - 1 :]
    records = _record_words()
    return any(word in records or f"{before} {word}" in records for before, word in zip([""] + words, words))


def _years(start: _dt.date, end: _dt.date) -> float:
    """Years from ``start`` to ``end``, to a tenth (a year of 365.25 days)."""
    return round(max((end - start).days, 0) / 365.25, 1)


@lru_cache(maxsize=1)
def _record_words() -> frozenset[str]:
    return word_set("figure_record_words.txt")


def record_spans(article: Article, figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """``figures`` with each "since YEAR" of a record sentence read as a duration in years up to the
    article's date; the rest unchanged. Without an article date nothing is read."""
    reference = article.reference_date
    if reference is None:
        return tuple(figures)
    text = article.text
    out = []
    for figure in figures:
        if figure.kind == "year" and figure.low == figure.high and figure.low < reference.year:
            before = _SINCE_RE.search(text, max(0, figure.span.start - 12), figure.span.start)
            sentence = article.sentences[figure.sentence]
            if before is not None and before.end() == figure.span.start and _after_record(text[max(sentence.start, before.start() - _REACH_CHARACTERS) : before.start()]):
                start = before.start()
                shortest = _years(_dt.date(int(figure.high), 12, 31), reference)
                longest = _years(_dt.date(int(figure.low), 1, 1), reference)
                figure = replace(
                    figure, span=Span(start, figure.span.end), surface=text[start : figure.span.end], kind="duration", unit="year",
                    low=shortest, high=longest, stated_low=shortest, stated_high=longest, relative=True,
                )
        out.append(figure)
    return tuple(out)
