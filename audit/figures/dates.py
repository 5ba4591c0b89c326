"""Dates: calendar dates, parts of months and years, quarters, and dates relative to the article's date.

"Jan. 20", "20 January 2025", "in March", "mid-2024", "the first quarter of this year",
"Q1 2025", "yesterday", "last week", "on Monday", "two years ago". A date is an
interval of days (proleptic Gregorian ordinals, ``audit.figures.date_of``). Relative
dates are resolved against ``Article.reference_date``, never the clock, in the manner
of the TIMEX taggers (HeidelTime, Strötgen & Gertz 2013); a month without a year is
the latest such month on or before that date, since news reports the past, unless the
date lies within ``FUTURE_REACH`` days after it (a deadline, a scheduled vote: "by Sept. 27"
in an August story). Month and weekday names: ``figure_dates.csv``.
"""
from __future__ import annotations

import calendar
import datetime as _dt

from .numbers import NumberReader
from .quantity import Quantity
from .tokens import SentenceTokens
from .vocabulary import QUARTERS, lexicons


FUTURE_REACH = 92
"""A month or day without a year that falls within this many days after the article's date is
the coming one: news announces deadlines and schedules a few weeks ahead, and reports the past."""


def month_end(year: int, month: int) -> _dt.date:
    """The last day of ``month`` of ``year``."""
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def days_of(year: int, month: int, day: int, part: str) -> tuple[_dt.date, _dt.date] | None:
    """The first and last day of a day, or of a month or its part ("early", "mid", "late"); ``None`` for no such day."""
    try:
        if day:
            return _dt.date(year, month, day), _dt.date(year, month, day)
        start, end = _dt.date(year, month, 1), month_end(year, month)
        if part:
            bounds = {"early": (1, 11), "mid": (10, 21), "late": (20, end.day)}[part]
            start, end = _dt.date(year, month, bounds[0]), _dt.date(year, month, bounds[1])
        return start, end
    except ValueError:
        return None


def date_span(first: int, last: int, start: _dt.date, end: _dt.date) -> Quantity:
    """A date quantity over tokens ``first..last`` covering the days ``start..end``."""
    return Quantity(first, last, float(start.toordinal()), float(end.toordinal()), True, kind="date", unit="date")


class DateReader:
    """Reads dates in one sentence; ``reference`` is the article's date (``None``: relative dates are not read)."""

    def __init__(self, tokens: SentenceTokens, numbers: NumberReader, reference: _dt.date | None) -> None:
        self.t = tokens
        self.numbers = numbers
        self.reference = reference
        self.lex = lexicons()

    def month(self, i: int) -> int:
        """The month named at ``i`` (1-12), or 0: "March", "Sept.", "Dec 5"; "Mar" and "Dec" alone are names."""
        t = self.t
        if not 0 <= i < t.n or t.rows[i][3] != "word":  # read as a row: no Token is made for every word asked
            return 0
        text = t.rows[i][0].rstrip(".")
        if not text[:1].isupper():
            return 0
        month = self.lex.months.get(text.lower(), 0)
        if month and len(text) <= 4 and text.lower() not in ("may", "june", "july"):
            nxt = t.tok(i + 1)
            if not (nxt is not None and (nxt.text == "." or nxt.kind == "num")):
                return 0  # "Mar", "Dec" as names need a dot or a day
        return month

    def date(self, i: int) -> Quantity | None:
        """A date starting at ``i``: a month (with its day, year or part), "mid-2024", a quarter."""
        t = self.t
        lead = t.word(i)
        part = lead if lead in ("early", "mid", "late") else ""
        k = i + 1 if part else i
        if part and t.glued_hyphen(k):
            k += 1
        month = self.month(k)
        if month:
            return self.month_date(i, k, month, part)
        # "mid-2024", "early 2024"
        token = t.tok(k)
        if part and token is not None and token.kind == "num" and not token.suffix and 1900 <= token.value <= 2100 and not token.decimal:
            year = int(token.value)
            months = {"early": (1, 4), "mid": (4, 9), "late": (9, 12)}[part]
            return date_span(i, k, _dt.date(year, months[0], 1), month_end(year, months[1]))
        # quarters: "the first quarter of this year", "Q1 2025"
        quarter = QUARTERS.get(lead, 0)
        if quarter and (t.word(i + 1) == "quarter" or lead.startswith("q")):
            k = i + (2 if t.word(i + 1) == "quarter" else 1)
            if t.word(k) == "of":
                k += 1
            year, last = self.year_word(k)
            if year:
                start = _dt.date(year, 3 * quarter - 2, 1)
                q = date_span(i, last, start, month_end(year, 3 * quarter))
                q.relative = t.word(k) in ("this", "last", "next")
                return q
        return None

    def year_word(self, k: int) -> tuple[int, int]:
        """The year at ``k`` ("2025", or "this/last/next year" against the article's date) and its last token; 0 if none."""
        t = self.t
        token = t.tok(k)
        if token is not None and token.kind == "num" and not token.suffix and 1900 <= token.value <= 2100:
            return int(token.value), k
        if self.reference and t.word(k) in ("this", "last", "next") and t.word(k + 1) == "year":
            shift = {"this": 0, "last": -1, "next": 1}[t.word(k)]
            return self.reference.year + shift, k + 1
        return 0, k

    def month_date(self, i: int, k: int, month: int, part: str) -> Quantity | None:
        """The date around the month named at ``k`` (the figure starts at ``i``; ``part`` is early/mid/late)."""
        t = self.t
        before = t.word(i - 1)
        day_token = t.tok(k + 1)
        day = 0
        last = k
        day_index = k + 1
        if t.is_sym(k + 1, ".") and len(t.tokens[k].text) <= 4:
            day_index, day_token = k + 2, t.tok(k + 2)  # "Jan. 20": the dot belongs to the abbreviation
        if day_token is not None and day_token.kind == "num" and not day_token.decimal and 1 <= day_token.value <= 31 and day_token.suffix.lower() in ("", "st", "nd", "rd", "th"):
            day, last = int(day_token.value), day_index
        # "20 January"
        previous = t.tok(i - 1)
        first = i
        if not day and not part and previous is not None and previous.kind == "num" and 1 <= previous.value <= 31 and not previous.decimal and "," not in previous.text:
            day, first = int(previous.value), i - 1
        year = 0
        j = last + 1
        if t.is_sym(j, ",") or (t.word(j) == "of" and not day):
            j += 1  # "Jan. 15, 2015", "May of 2021"
        token = t.tok(j)
        if token is not None and token.kind == "num" and not token.suffix and 1900 <= token.value <= 2100 and not token.decimal:
            year, last = int(token.value), j
        if not (day or year or part or before in ("in", "since", "until", "by", "last", "this", "next", "of", "during", "early", "late", "mid", "from", "through")):
            return None  # a capitalised "March" or "May" with nothing dating it
        relative = False
        if not year:
            if self.reference is None:
                return Quantity(first, last, 0.0, 0.0, True)  # a date without a year to date it: no figure, and its day is no count
            year = self.reference.year
            if month > self.reference.month or (month == self.reference.month and day > self.reference.day):
                year -= 1  # news reports the past: the latest such month on or before the article's date
            if before == "next" or self._soon(year + 1, month, day):
                year += 1  # "next March"; "by Sept. 27" in an August story: a date in the coming months
            relative = True
        days = days_of(year, month, day, part)
        if days is None:
            return None
        q = date_span(first, last, *days)
        q.relative = relative and before in ("last", "this", "next")
        if relative and not q.relative:
            q.inferred_year = (month, day, part)
        return q

    def with_year(self, q: Quantity, year: int) -> None:
        """Date ``q``, whose year was not written, in ``year`` ("the Sept. 11 attacks in 2001")."""
        assert q.inferred_year is not None
        days = days_of(year, *q.inferred_year)
        if days is not None:
            q.low, q.high, q.inferred_year = float(days[0].toordinal()), float(days[1].toordinal()), None

    def _soon(self, year: int, month: int, day: int) -> bool:
        """Whether the date (day 0: the month's first) lies within ``FUTURE_REACH`` days after the article's date."""
        assert self.reference is not None
        try:
            ahead = (_dt.date(year, month, max(day, 1)) - self.reference).days
        except ValueError:
            return False
        return 0 < ahead <= FUTURE_REACH

    def in_named_day(self, i: int) -> bool:
        """Whether the weekday at ``i`` is part of a name written capitalised ("Super Tuesday", "Black
        Friday", "Fox News Sunday": ``figure_named_days.txt``), a day of its own or no day at all."""
        t = self.t
        for place, words in self.lex.named_days.get(t.word(i), ()):
            start = i - place
            if start < 0 or start + len(words) > t.n or any(t.word(start + k) != w for k, w in enumerate(words)):
                continue
            if all(t.tokens[start + k].text[:1].isupper() for k, w in enumerate(words) if len(w) > 2):
                return True
        return False

    def relative_date(self, i: int) -> Quantity | None:
        """ "yesterday", "last week", "a month ago", "on Monday": resolved against the article's date."""
        ref = self.reference
        if ref is None:
            return None
        t = self.t
        word, nxt = t.word(i), t.word(i + 1)
        span: tuple[_dt.date, _dt.date] | None = None
        last = i
        if word in ("yesterday", "today"):
            day = ref - _dt.timedelta(days=1 if word == "yesterday" else 0)
            span = (day, day)
        elif word in ("last", "this", "next") and nxt in ("week", "month", "year"):
            shift = {"last": -1, "this": 0, "next": 1}[word]
            last = i + 1
            if nxt == "week":
                monday = ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(weeks=shift)
                span = (monday, monday + _dt.timedelta(days=6))
            elif nxt == "month":
                year, month = divmod(ref.year * 12 + ref.month - 1 + shift, 12)
                span = (_dt.date(year, month + 1, 1), month_end(year, month + 1))
            else:
                span = (_dt.date(ref.year + shift, 1, 1), _dt.date(ref.year + shift, 12, 31))
        elif word in self.lex.weekdays and t.tokens[i].text[:1].isupper():
            if self.in_named_day(i):
                return None
            target = self.lex.weekdays[word]
            back = (ref.weekday() - target) % 7
            if t.word(i - 1) == "last" and back == 0:
                back = 7
            if t.word(i - 1) == "next":
                back = -((target - ref.weekday()) % 7 or 7)
            day = ref - _dt.timedelta(days=back)
            span = (day, day)
            if t.word(i - 1) in ("last", "next", "on", "this"):
                i -= 1
        else:
            amount = self.numbers.number(i) if word not in ("a", "an") else Quantity(i, i, 1, 1, True)
            if amount is not None and not amount.vague and t.word(amount.last + 1) in ("day", "days", "week", "weeks", "month", "months", "year", "years") and t.word(amount.last + 2) == "ago":
                unit = t.word(amount.last + 1).rstrip("s")
                n = int(amount.low)
                if unit == "day":
                    day = ref - _dt.timedelta(days=n)
                    span = (day, day)
                elif unit == "week":
                    day = ref - _dt.timedelta(weeks=n)
                    span = (day - _dt.timedelta(days=3), day + _dt.timedelta(days=3))
                elif unit == "month":
                    year, month = divmod(ref.year * 12 + ref.month - 1 - n, 12)
                    day = _dt.date(year, month + 1, min(ref.day, calendar.monthrange(year, month + 1)[1]))
                    span = (day - _dt.timedelta(days=7), day + _dt.timedelta(days=7))
                else:
                    span = (_dt.date(ref.year - n, 1, 1), _dt.date(ref.year - n, 12, 31))
                last = amount.last + 2
        if span is None:
            return None
        q = date_span(i, last, span[0], span[1])
        q.relative = True
        return q
