"""Figures: every number in an article, with what kind of quantity it is and what it is about.

A figure is a quantity as the article states it: an interval ``low..high`` (a
point when ``low == high``), a unit, a kind, and the qualifier that hedges or
bounds it ("more than", "about"). The method is rule-based, in the tradition of
numeric-expression taggers such as quantulum3 and the TIMEX date taggers
(HeidelTime, Strötgen & Gertz 2013): a tokeniser that keeps character offsets, a
parser for the number itself (digits, separators, decimals, suffixes, number
words), and patterns around it for currency, scale, unit, counted noun, range,
change, age and date. Every word list is a data file in ``audit/lexicons/``
(``figure_*.csv``); the rules here only say how the words combine.

Precision first. Names and versions that carry digits (``GPT-4``, ``V3``,
``Doubao 1.5``, ``01.ai``) and web debris (addresses, file names, query strings,
phone numbers) are refused, because a false figure can become a false conflict.
Relative dates ("last week") are resolved against ``Article.reference_date``,
never the clock, and are flagged ``relative``.

>>> from audit.load import RawArticle, build_article
>>> article = build_article(RawArticle("a.txt", "a.txt", "T\\n\\nOpenAI spent $80 to $100 million on 2,000 chips."))
>>> [(f.surface, f.kind, f.low, f.high, f.unit) for f in figures_in(article)]
[('$80 to $100 million', 'money', 80000000.0, 100000000.0, 'USD'), ('2,000 chips', 'count', 2000.0, 2000.0, 'chips')]
"""
from __future__ import annotations

import calendar
import csv
import datetime as _dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import data_lines
from .model import Article, Sentence, Span

KINDS = ("count", "money", "percent", "percentage_points", "age", "year", "date", "duration", "measure", "ordinal")
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
    ends of "from X to Y". ``same_as`` points at the figure this one restates in
    another unit ("380 billion yuan (50 billion euros)"). ``vague`` marks a word
    amount ("dozens"); ``relative`` a date resolved against the article's date.
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

    @property
    def is_point(self) -> bool:
        return self.low == self.high


def date_of(day_number: float) -> _dt.date:
    """The calendar date of a ``date`` figure's bound."""
    return _dt.date.fromordinal(int(day_number))


# ---------------------------------------------------------------- lexicons


def _rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(data_lines(name)))


@dataclass(frozen=True)
class _Lexicons:
    scales_glued: dict[str, float]
    scales_spaced: dict[str, float]
    currency_prefix: dict[str, str]
    currency_suffix: dict[str, str]
    units: dict[str, tuple[str, str, float]]
    number_words: dict[str, tuple[float, float]]
    qualifiers: dict[tuple[str, ...], str]
    counted: dict[str, str]
    directions: dict[str, str]
    months: dict[str, int]
    weekdays: dict[str, int]
    non_figure_any: re.Pattern[str]
    triggers: frozenset[str]
    number_suffixes: frozenset[str]


@lru_cache(maxsize=1)
def lexicons() -> _Lexicons:
    """The figure lexicons, read once from ``audit/lexicons/figure_*.csv``."""
    scales = _rows("figure_scales.csv")
    currencies = _rows("figure_currencies.csv")
    dates = _rows("figure_dates.csv")
    return _Lexicons(
        scales_glued={r["word"]: float(r["multiplier"]) for r in scales if r["glued"] == "yes"},
        scales_spaced={r["word"]: float(r["multiplier"]) for r in scales if r["spaced"] == "yes"},
        currency_prefix={r["surface"]: r["code"] for r in currencies if r["position"] in ("prefix", "both")},
        currency_suffix={r["surface"].lower(): r["code"] for r in currencies if r["position"] in ("suffix", "both")},
        units={r["surface"]: (r["unit"], r["kind"], float(r["factor"])) for r in _rows("figure_units.csv")},
        number_words={r["word"]: (float(r["low"]), float(r["high"])) for r in _rows("figure_number_words.csv")},
        qualifiers={tuple(r["phrase"].split()): r["qualifier"] for r in _rows("figure_qualifiers.csv")},
        counted={r["noun"]: r["unit"] for r in _rows("figure_counted_nouns.csv")},
        directions={r["verb"]: r["direction"] for r in _rows("figure_directions.csv")},
        months={r["word"]: int(r["number"]) for r in dates if r["kind"] == "month"},
        weekdays={r["word"]: int(r["number"]) for r in dates if r["kind"] == "weekday"},
        non_figure_any=re.compile("|".join(f"(?:{r['pattern']})" for r in _rows("figure_non_figures.csv")), re.IGNORECASE),
        number_suffixes=frozenset(
            ["", "s", "pc", *_ORDINAL_SUFFIXES]
            + [r["word"] for r in scales if r["glued"] == "yes"]
            + [r["surface"] for r in _rows("figure_units.csv")]
        ),
        triggers=frozenset(
            [r["word"] for r in _rows("figure_number_words.csv")]
            + [r["word"] for r in dates]
            + [r["surface"].lower() for r in currencies if r["position"] in ("prefix", "both")]
            + ["us", "hk", "nz", "a", "an", "one", "yesterday", "today", "last", "this", "next", "born", "aged", "age", "early", "mid", "late", "tens"]
            + list(_QUARTERS)
            + list(_ORDINALS)
        ),
    )


@lru_cache(maxsize=1)
def _qualifiers_by_last_word() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Qualifier phrases indexed by their last word, longest first ("no more than" before "than")."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, name in sorted(lexicons().qualifiers.items(), key=lambda item: (-len(item[0]), item[0])):
        index.setdefault(phrase[-1], []).append((phrase, name))
    return {word: tuple(phrases) for word, phrases in index.items()}


def unit_factor(unit: str) -> tuple[str, float] | None:
    """``(dimension, factor to base unit)`` of a duration or measure unit symbol."""
    for symbol, dimension, factor in lexicons().units.values():
        if symbol == unit:
            return dimension, factor
    return None


# ---------------------------------------------------------------- tokens

_DIGIT_RE = re.compile(r"\d")
# Only sentences with one of these can hold web debris or a phone number (figure_non_figures.csv).
_PHONE_OR_TIME_GATE_RE = re.compile(r"\d[ .\-]\(?\d{3}[ .\-]\d|\(\d{2,4}\)|\d:\d|\d ?[ap]\.m")


def _may_hold_debris(text: str) -> bool:
    """Only a sentence with one of these can hold web debris, a phone number or a clock time."""
    return "/" in text or "=" in text or "&" in text or "%2" in text or "www." in text or _PHONE_OR_TIME_GATE_RE.search(text) is not None
# The same runs, with plain words and symbols told apart by the regex engine (most tokens are plain words).
_TOKEN_RE = re.compile(r"(?P<word>[^\W\d_]+)(?![\w.,'’]\w|\w)|(?P<run>\w+(?:[.,'’]\w+)*)|(?P<sym>\S)")
_NUMBER_RE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([A-Za-z]*)")
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_TIME_WORDS = frozenset("day days week weeks month months year years".split())
_SCALE_WORDS = frozenset("dozen hundred thousand million billion trillion".split())
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december spring summer autumn fall winter quarter".split()
)
# Frequent trigger words that can start a figure only before one of these ("a month ago", "last week").
_NEXT_WORD_NEEDED = {
    "a": _TIME_WORDS | _SCALE_WORDS | {"$"},
    "an": _TIME_WORDS | _SCALE_WORDS,
    "one": _SCALE_WORDS | {"in"},
    "last": _TIME_WORDS | _CALENDAR,
    "this": _TIME_WORDS | _CALENDAR,
    "next": _TIME_WORDS | _CALENDAR,
    "us": frozenset({"$"}),
    **{word: frozenset({"-", "–", "quarter", "half"}) for word in ("second", "third", "fourth")},
    **{word: frozenset({"-", "–"}) for word in ("fifth", "sixth", "seventh", "eighth", "ninth", "tenth")},
    "hk": frozenset({"$"}),
    "nz": frozenset({"$"}),
}
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4}
# A word glued to a number by a hyphen that still leaves a figure ("mid-2024", "pre-2020").
_HYPHEN_PREFIXES = frozenset({"mid", "early", "late", "pre", "post", "over", "under", "about", "around", "some", "top", "us", "u.s"})
# Words that end the search for the counted noun after a number.
_BREAK_WORDS = frozenset(
    "of in on at to for with by from and or but the a an that which who whom whose is are was were be been being "
    "has have had will would can could may might than as per it its their his her this these those into over "
    "after before since until during while when where if because so not no ago old".split()
)
_STOP_CAPITALS = frozenset(
    "the a an in on at by for from since until of to and but or as with during after before this that these those "
    "it its he she they we i his her their our my some about around over under nearly almost more less top".split()
)
_DASHES = frozenset("-–—")
_QUOTES = frozenset("\"'“”‘’«»")


class _Token:
    """One token of a sentence, with offsets into ``Article.text`` (a plain slotted class: tokens are many)."""

    __slots__ = ("text", "start", "end", "kind", "value", "suffix", "decimal", "glued", "lower")

    def __init__(self, text: str, start: int, end: int, kind: str, value: float = 0.0, suffix: str = "", decimal: bool = False, glued: bool = False) -> None:
        self.text, self.start, self.end, self.kind = text, start, end, kind  # kind: num | word | name | sym | skip
        self.value, self.suffix, self.decimal = value, suffix, decimal
        self.glued = glued  # no white space between the previous token and this one
        self.lower = text.lower()

    @property
    def bare(self) -> str:
        """The word without a possessive: "DeepSeek’s" -> "deepseek"."""
        return self.lower[:-2] if self.lower.endswith(("'s", "’s")) else self.lower


def _tokens(text: str, offset: int, skip: Sequence[tuple[int, int]]) -> list[_Row]:
    """The tokens of ``text`` (a sentence starting at ``offset``) as rows: words, numbers, names, symbols."""
    tokens: list[_Row] = []
    append = tokens.append
    previous_end = -1
    lex = lexicons()
    number_suffixes = lex.number_suffixes
    for match in _TOKEN_RE.finditer(text):
        start = match.start() + offset
        end = match.end() + offset
        glued = start == previous_end
        previous_end = end
        run = match.group()
        group = match.lastgroup
        if skip and any(a <= start < b for a, b in skip):
            append((run, start, end, "skip", 0.0, "", False, glued))
        elif group == "word":
            append((run, start, end, "word", 0.0, "", False, glued))
        elif group == "sym":
            append((run, start, end, "sym", 0.0, "", False, glued))
        elif run[0].isdigit():
            number = _NUMBER_RE.fullmatch(run)
            if number and number.group(3).lower() in number_suffixes:
                digits, decimals, suffix = number.groups()
                append((run, start, end, "num", float(digits.replace(",", "") + (decimals or "")), suffix, bool(decimals), glued))
            else:
                append((run, start, end, "name", 0.0, "", False, glued))
        else:
            append((run, start, end, "word" if not _DIGIT_RE.search(run) else "name", 0.0, "", False, glued))
    return tokens


_Row = tuple  # (text, start, end, kind, value, suffix, decimal, glued): the fields of a _Token


class _LazyTokens:
    """A sentence's tokens, made into objects only where the parser looks (most it never does)."""

    __slots__ = ("rows", "made")

    def __init__(self, rows: list[_Row]) -> None:
        self.rows = rows
        self.made: list[_Token | None] = [None] * len(rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i: int) -> _Token:
        token = self.made[i]
        if token is None:
            token = self.made[i] = _Token(*self.rows[i])
        return token


# ---------------------------------------------------------------- parsing


@dataclass
class _Quantity:
    """A number being parsed: token range, interval and what is known of its unit."""

    first: int
    last: int  # inclusive token index
    low: float
    high: float
    integer: bool
    vague: bool = False
    scaled: bool = False
    currency: str = ""
    kind: str = ""
    unit: str = ""
    qualifier: str = ""
    low_open: bool = False
    high_open: bool = False
    direction: str = ""
    role: str = ""
    relative: bool = False
    worded: bool = False


class _SentenceParser:
    """Finds the figures of one sentence; ``tokens`` carry offsets into the article."""

    def __init__(self, article: Article, sentence: Sentence, reference: _dt.date | None) -> None:
        self.article = article
        self.sentence = sentence
        self.reference = reference
        self.lex = lexicons()
        skip = []
        if _may_hold_debris(sentence.text):
            skip = [(m.start() + sentence.start, m.end() + sentence.start) for m in self.lex.non_figure_any.finditer(sentence.text)]
        self.rows = _tokens(sentence.text, sentence.start, skip)
        self.tokens = _LazyTokens(self.rows)
        self.n = len(self.rows)
        self.words = [row[0].lower() if row[3] in ("word", "num", "name") else "" for row in self.rows]

    # -- token helpers
    def tok(self, i: int) -> _Token | None:
        return self.tokens[i] if 0 <= i < self.n else None

    def word(self, i: int) -> str:
        """The lower-case word at ``i`` ("" for punctuation, skipped debris or outside the sentence)."""
        return self.words[i] if 0 <= i < self.n else ""

    def is_sym(self, i: int, chars: str | frozenset[str]) -> bool:
        if not 0 <= i < self.n:
            return False
        row = self.rows[i]
        return row[3] == "sym" and row[0] in chars

    def glued_hyphen(self, i: int) -> bool:
        """``tokens[i]`` is a hyphen with no space on either side ("forty-year-old")."""
        if not 0 <= i < self.n - 1:
            return False
        row = self.rows[i]
        return row[0] in _DASHES and row[7] and self.rows[i + 1][7]

    # -- the scan
    def figures(self) -> list[_Quantity]:
        found: list[_Quantity] = []
        triggers = self.lex.triggers
        i = 0
        rows, words, prefixes = self.rows, self.words, self.lex.currency_prefix
        while i < self.n:
            row = rows[i]
            if row[3] != "num":
                word = words[i]
                if word not in triggers and row[0] not in prefixes:
                    i += 1
                    continue  # most tokens cannot start a figure
                needed = _NEXT_WORD_NEEDED.get(word)
                if needed is not None and (i + 1 >= self.n or rows[i + 1][0].lower() not in needed):
                    i += 1
                    continue  # "a", "one", "last" start a figure only before a few words
            quantity = self._match_at(i)
            if quantity is None:
                i += 1
                continue
            found.extend(quantity if isinstance(quantity, list) else [quantity])
            last = quantity[-1].last if isinstance(quantity, list) else quantity.last
            i = max(i + 1, last + 1)
        return found

    def _match_at(self, i: int) -> _Quantity | list[_Quantity] | None:
        token = self.tokens[i]
        if token.kind == "skip":
            return None
        if token.kind == "num":
            # a number starts a relative date only with "ago" just after ("two years ago")
            ago = any(self.word(k) == "ago" for k in range(i + 1, min(i + 5, self.n)))
            matchers = (self._relative_date, self._amount) if ago else (self._amount,)
        elif token.lower in _ORDINALS:
            matchers = (self._ordinal_word, self._date)
        else:
            matchers = (self._date, self._relative_date, self._age_words, self._amount)
        for matcher in matchers:
            result = matcher(i)
            if result is not None:
                return result
        return None

    # -- the number itself
    def _number(self, i: int) -> _Quantity | None:
        """Digits or number words at ``i``, with a glued or spaced scale word."""
        token = self.tok(i)
        if token is None:
            return None
        lex = self.lex
        if token.kind == "num":
            if self._is_name_number(i):
                return None
            value = token.value
            quantity = _Quantity(i, i, value, value, not token.decimal)
            suffix = token.suffix.lower()
            if suffix in lex.scales_glued:
                quantity.low = quantity.high = value * lex.scales_glued[suffix]
                quantity.scaled = True
            elif suffix:
                return quantity  # ordinal, decade, glued unit: the caller reads token.suffix
            return self._spaced_scale(quantity)
        if token.kind != "word":
            return None
        word = token.lower
        if word in ("tens", "hundreds") and self.word(i + 1) == "of" and self.word(i + 2) in ("thousands", "millions", "billions"):
            unit = lex.number_words[self.word(i + 2)][0] / 2  # "thousands" -> 1000
            low, high = (20 * unit, 100 * unit) if word == "tens" else (200 * unit, 1000 * unit)
            return _Quantity(i, i + 2, low, high, True, vague=True, worded=True)
        if word == "a" and self.word(i + 1) == "dozen":
            return self._spaced_scale(_Quantity(i, i + 1, 12, 12, True, worded=True))
        if word in ("a", "an", "one") and self.word(i + 1) in ("thousand", "million", "billion", "trillion"):
            return self._spaced_scale(_Quantity(i, i, 1, 1, True))  # "a billion dollars", "one million people"
        if word not in lex.number_words:
            return None
        low, high = lex.number_words[word]
        last = i
        if self.glued_hyphen(i + 1) and self.word(i + 2) in lex.number_words and lex.number_words[self.word(i + 2)][0] < 10:
            extra = lex.number_words[self.word(i + 2)][0]
            low, high, last = low + extra, high + extra, i + 2
        vague = low != high
        quantity = _Quantity(i, last, low, high, True, vague=vague, worded=True)
        if vague:
            return quantity
        return self._spaced_scale(quantity)

    def _spaced_scale(self, quantity: _Quantity) -> _Quantity:
        j = quantity.last + 1
        token = self.tok(j)
        if token is None:
            return quantity
        if token.kind == "word" and not token.glued and token.lower in self.lex.scales_spaced:
            multiplier = self.lex.scales_spaced[token.lower]
            if token.lower == "hundred" and self.word(j + 1) in self.lex.scales_spaced:
                multiplier *= self.lex.scales_spaced[self.word(j + 1)]
                j += 1
            quantity.low *= multiplier
            quantity.high *= multiplier
            quantity.last = j
            quantity.scaled = True
        elif self.glued_hyphen(j) and self.word(j + 1) in self.lex.scales_spaced:
            quantity.low *= self.lex.scales_spaced[self.word(j + 1)]
            quantity.high *= self.lex.scales_spaced[self.word(j + 1)]
            quantity.last = j + 1
            quantity.scaled = True
        return quantity

    def _is_name_number(self, i: int) -> bool:
        """A number that is part of a name or version: ``GPT-4``, ``COVID-19``, ``01.ai``, ``Doubao 1.5``."""
        token = self.tokens[i]
        before, after = self.tok(i - 1), self.tok(i + 1)
        if before is not None and before.text in _DASHES and token.glued and before.glued:
            word = self.tok(i - 2)
            if word is not None and word.kind in ("word", "name") and word.lower not in _HYPHEN_PREFIXES:
                return True
        if after is not None and after.glued and after.text in _DASHES and self.tok(i + 2) is not None:
            nxt = self.tokens[i + 2]
            if nxt.glued and nxt.kind == "word" and nxt.text[:1].isupper() and nxt.lower not in self.lex.scales_spaced:
                return True  # "4-Turbo"
        if after is not None and after.glued and after.text in "/" and self.tok(i + 2) is not None and self.tokens[i + 2].glued:
            return True  # "24/7", "3/4": a ratio or a path, not a stated quantity
        return False

    # -- amounts: money, percent, counts, measures, durations, years, ordinals, ages
    def _amount(self, i: int) -> _Quantity | list[_Quantity] | None:
        currency, start = self._currency_prefix(i)
        quantity = self._number(start)
        if quantity is None or self._month(quantity.last + 1):
            return None  # "12 May 2023" is a date, read at the month
        fraction = self._fraction(quantity)
        if fraction is not None:
            return fraction
        quantity.first = i
        quantity.currency = currency
        self._complete(quantity)
        if quantity.kind == "":
            return None
        # a range or a change: "$80 to $100 million", "between 5 and 10", "from 3% to 5%"
        joined = self._range_or_change(quantity)
        if joined is not None:
            return joined
        if self.word(quantity.first - 1) == "minus" and quantity.kind in ("measure", "count", "percent", "money"):
            # "minus 8 degrees": the only way a figure becomes negative (a dash is never read as a sign)
            quantity.low, quantity.high, quantity.first = -quantity.high, -quantity.low, quantity.first - 1
        self._qualify(quantity)
        self._direction(quantity)
        conversion = self._conversion(quantity)
        return [quantity, conversion] if conversion else quantity

    def _currency_prefix(self, i: int) -> tuple[str, int]:
        token = self.tok(i)
        if token is None:
            return "", i
        prefixes = self.lex.currency_prefix
        nxt = self.tok(i + 1)
        if nxt is not None and nxt.glued and token.text + nxt.text in prefixes and self.tok(i + 2) is not None:
            return prefixes[token.text + nxt.text], i + 2  # "US$", "HK$"
        if token.text in prefixes and nxt is not None and nxt.kind == "num":
            if token.kind == "sym" and not nxt.glued:
                return "", i
            return prefixes[token.text], i + 1
        return "", i

    def _complete(self, q: _Quantity) -> None:
        """Decide the kind and unit of a parsed number from what follows it."""
        lex = self.lex
        token = self.tokens[q.last]
        suffix = token.suffix.lower() if token.kind == "num" and q.last == q.first + (1 if q.currency else 0) else ""
        j = q.last + 1
        if suffix in _ORDINAL_SUFFIXES:
            q.kind, q.unit = "ordinal", self._noun_after(j)[0]
            return
        if suffix == "s" and not q.currency:
            # "1980s": a decade; "in his 40s": an age
            if token.value >= 1000 and token.value % 10 == 0:
                q.kind, q.unit, q.low, q.high = "year", "year", token.value, token.value + 9
            elif token.value in (20, 30, 40, 50, 60, 70, 80, 90) and self.word(q.first - 1) in ("his", "her", "their"):
                q.kind, q.unit, q.low, q.high = "age", "years", token.value, token.value + 9
            return
        if suffix in ("pc",):
            q.kind, q.unit = "percent", "percent"
            return
        if suffix in lex.units:
            q.unit, q.kind = lex.units[suffix][0], lex.units[suffix][1]
            q.kind = "duration" if q.kind == "duration" else "measure"
            return
        if q.currency:
            q.kind, q.unit = "money", q.currency
            self._plus(q)
            return
        if suffix in ("m", "b") and not self._currency_after(j) and not self._noun_after(j)[0]:
            return  # "the 100m sprint", "a 3.5m wall": metres or a name, not millions
        if self.word(q.first - 1) in lex.units and self.word(q.first - 1) == "magnitude":
            q.kind, q.unit = "measure", "magnitude"  # "a magnitude 6.8 earthquake": the unit comes first
            return
        # percent
        if self.is_sym(j, "%"):
            q.kind, q.unit, q.last = "percent", "percent", j
            self._plus(q)
            return
        word, word2 = self.word(j), self.word(j + 1)
        if word in ("percent", "pct") or (word == "per" and word2 == "cent"):
            q.kind, q.unit, q.last = "percent", "percent", j + (1 if word == "per" else 0)
            if self.word(q.last + 1) in ("point", "points"):
                q.kind, q.unit, q.last = "percentage_points", "percentage points", q.last + 1
            return
        if word == "percentage" and word2 in ("point", "points"):
            q.kind, q.unit, q.last = "percentage_points", "percentage points", j + 1
            return
        # currency after the number: "380 billion yuan", "two-million-euro", "50 US dollars"
        for length in (3, 2, 1):
            k = j + (1 if self.glued_hyphen(j) else 0)
            phrase = " ".join(self.word(k + n) for n in range(length))
            if phrase in lex.currency_suffix and all(self.word(k + n) for n in range(length)):
                code_token = self.tokens[k]
                if code_token.text.isupper() or phrase == code_token.text.lower() or length > 1:
                    q.kind, q.unit, q.last = "money", lex.currency_suffix[phrase], k + length - 1
                    return
        # ages: "40-year-old", "40 years old", "forty-year-old"
        k = j + (1 if self.glued_hyphen(j) else 0)
        if self.word(k) in ("year", "years") and (
            (self.glued_hyphen(k + 1) and self.word(k + 2) == "old") or self.word(k + 1) == "old"
        ):
            q.kind, q.unit = "age", "years"
            q.last = k + 2 if self.glued_hyphen(k + 1) else k + 1
            return
        # units of time and measure: "12 months", "7 nm", "a five-year plan"
        if self.word(k) in lex.units and (k == j or self.tokens[k].glued):
            if self.word(k + 1) == "ago":
                return  # "two years ago" is a relative date, read by _relative_date
            unit, kind, _factor = lex.units[self.word(k)]
            q.kind, q.unit, q.last = ("duration" if kind == "duration" else "measure"), unit, k
            return
        # ordinals written as words are handled by _ordinal_word; plain numbers:
        value_token = self.tokens[q.last] if self.tokens[q.last].kind == "num" else None
        if value_token is not None and not q.scaled and not value_token.decimal and 1000 <= value_token.value <= 2100 and "," not in value_token.text:
            if not self._noun_after(j)[0]:
                q.kind, q.unit = "year", "year"
                self._year_range(q)
                return
        if q.vague and self.word(j) == "of":
            # "billions of yuan", "thousands of lower-grade chips"
            for length in (2, 1):
                phrase = " ".join(self.word(j + 1 + n) for n in range(length))
                if phrase in lex.currency_suffix and self.tokens[j + 1].text.islower():
                    q.kind, q.unit, q.last = "money", lex.currency_suffix[phrase], j + length
                    return
            j += 1
        elif q.vague:
            return  # "the billions US firms have spent": no unit, no figure
        noun, at = self._out_of(q)
        if not noun:
            noun, at = self._noun_after(j)
        if noun:
            q.kind, q.unit, q.last = "count", lex.counted.get(noun, noun), at
            if q.unit == "*":
                q.unit = self._counted_before(q.first) or noun
            self._plus(q)
            return
        if not q.integer and not q.scaled:
            return  # a bare decimal with nothing counted: a version or a score, not a figure
        if self._looks_like_version(q):
            return
        if q.worded and not q.scaled:
            return  # "two" alone is mostly a pronoun ("the two", "two of them")
        if self._appositive_age(q):
            q.kind, q.unit = "age", "years"
            return
        q.kind, q.unit = "count", ""
        self._plus(q)

    def _fraction(self, q: _Quantity) -> _Quantity | None:
        """ "two-thirds of voters", "one in five adults": a share, read as a percentage."""
        j = q.last + 1
        denominator = _FRACTIONS.get(self.word(j + 1), 0) if self.glued_hyphen(j) and q.worded else 0
        if denominator and not q.vague:
            share = _Quantity(q.first, j + 1, 100 * q.low / denominator, 100 * q.high / denominator, False, kind="percent", unit="percent")
            self._qualify(share)
            return share
        if self.word(q.first - 1) == "in" and (self.word(q.first - 2) in ("one", "1") or self.tok(q.first - 2) is not None and self.tokens[q.first - 2].kind == "num"):
            numerator = 1.0 if self.word(q.first - 2) == "one" else self.tokens[q.first - 2].value
            if q.low and not q.vague and numerator < q.low:
                share = _Quantity(q.first - 2, q.last, 100 * numerator / q.low, 100 * numerator / q.high, False, kind="percent", unit="percent")
                self._qualify(share)
                return share
        return None

    def _appositive_age(self, q: _Quantity) -> bool:
        """ "Jane Smith, 54, said": a whole number between commas right after a capitalised name is an age."""
        if q.scaled or not q.integer or not 1 <= q.low <= 110 or q.first != q.last:
            return False
        name = self.tok(q.first - 2)
        return (
            self.is_sym(q.first - 1, ",")
            and self.is_sym(q.last + 1, ",.;")
            and name is not None
            and name.kind == "word"
            and name.text[:1].isupper()
            and name.lower not in _STOP_CAPITALS
            and name.lower not in self.lex.months
            and name.lower not in self.lex.weekdays
        )

    def _currency_after(self, j: int) -> bool:
        return any(" ".join(self.word(j + n) for n in range(length)) in self.lex.currency_suffix for length in (1, 2))

    def _plus(self, q: _Quantity) -> None:
        after = self.tok(q.last + 1)
        if after is not None and after.text == "+" and after.glued:
            q.qualifier, q.last = "more_than", q.last + 1
        elif self.word(q.last + 1) == "or" and self.word(q.last + 2) in ("more", "so"):
            q.qualifier = "at_least" if self.word(q.last + 2) == "more" else "about"
            q.last += 2

    def _out_of(self, q: _Quantity) -> tuple[str, int]:
        """ "four out of the 10 most popular topics": a count of four, of topics."""
        j = q.last + 1
        if self.word(j) == "out" and self.word(j + 1) == "of":
            k = j + 2 + (1 if self.word(j + 2) == "the" else 0)
            total = self._number(k)
            if total is not None:
                return self._noun_after(total.last + 1)
        return "", -1

    def _noun_after(self, j: int) -> tuple[str, int]:
        """The counted noun after a number and its token index: "2,000 specialized Nvidia chips" -> "chips".

        Up to three modifiers may stand between ("specialized", "Nvidia", "A100",
        "lower-grade", "most popular"); a function word, a scale, a unit or
        punctuation ends the search with nothing counted.
        """
        skipped = 0
        while skipped <= 3:
            token = self.tok(j)
            if token is None or token.kind == "skip":
                return "", -1
            if token.kind == "sym":
                if token.text in _DASHES and self.glued_hyphen(j):
                    j += 1
                    continue
                return "", -1
            word = token.bare
            if word in self.lex.counted:
                return word, j
            if word in _BREAK_WORDS or word in self.lex.scales_spaced or word in self.lex.units:
                return "", -1
            hyphen_next = self.glued_hyphen(j + 1)
            if token.kind == "word" and not hyphen_next and _plural(word) and token.text[:1].islower():
                return word, j
            skipped += 1
            j += 1
        return "", -1

    def _counted_before(self, first: int) -> str:
        """For "units", "pieces": the noun counted earlier ("a number of Nvidia A100 chips")."""
        for k in range(first - 1, -1, -1):
            if self.word(k) == "number" and self.word(k + 1) == "of":
                for m in range(k + 2, min(k + 7, first)):
                    token = self.tokens[m]
                    if token.kind == "word" and _plural(token.bare) and token.text[:1].islower():
                        return self.lex.counted.get(token.bare, token.bare)
        return ""

    def _looks_like_version(self, q: _Quantity) -> bool:
        """A bare number after a capitalised name: "Windows 11", "Doubao 1.5"."""
        before = self.tok(q.first - 1)
        if before is None or before.kind not in ("word", "name"):
            return False
        if q.first - 1 == 0 and before.kind == "word":
            return False
        has_capital = before.text != before.lower  # "Windows", "iPhone"
        return has_capital and before.lower not in _STOP_CAPITALS and before.lower not in self.lex.months

    def _year_range(self, q: _Quantity) -> None:
        """ "2007-2014", "2007–14", "2014-15": a period, kind year."""
        j = q.last + 1
        token, nxt = self.tok(j), self.tok(j + 1)
        if token is not None and token.text in _DASHES and nxt is not None and nxt.kind == "num" and not nxt.suffix and not nxt.decimal:
            end = nxt.value
            if end < 100:
                end = q.low // 100 * 100 + end
            if q.low < end <= 2100:
                q.high, q.last = end, j + 1

    # -- qualifiers, ranges, changes, conversions
    def _qualify(self, q: _Quantity) -> None:
        """Read the qualifier before the figure, skipping quote marks and "the"."""
        if q.qualifier:
            return
        k = q.first - 1
        while k >= 0 and (self.is_sym(k, _QUOTES) or self.word(k) == "the"):
            k -= 1
        for phrase, name in _qualifiers_by_last_word().get(self.word(k), ()):
            n = len(phrase)
            if k - n + 1 < 0:
                continue
            if tuple(self.word(k - n + 1 + m) for m in range(n)) == phrase:
                if phrase == ("some",) and q.kind in ("year", "date"):
                    continue
                if phrase in (("over",), ("under",)) and q.kind in ("year", "date", "duration"):
                    continue  # "over 12 months" is a period, not a bound
                q.qualifier = name
                q.first = k - n + 1
                if k + 1 < self.n and self.is_sym(k + 1, _QUOTES) and self.is_sym(q.first - 1, _QUOTES):
                    q.first -= 1  # '"at least" 380 billion yuan': keep the quoted qualifier whole
                return

    def _range_or_change(self, q: _Quantity) -> list[_Quantity] | None:
        j = q.last + 1
        connector = self.word(j) or (self.tokens[j].text if self.tok(j) is not None else "")
        before = self.word(q.first - 1)
        is_between = before == "between" and connector == "and"
        if connector not in ("to", "-", "–", "—") and not is_between:
            return None
        if connector in _DASHES and not (self.tokens[j].glued or self.tok(j + 1) is not None and not self.tokens[j + 1].glued):
            return None
        if q.kind in ("year",) and q.low != q.high:
            return None
        currency, start = self._currency_prefix(j + 1)
        other = self._number(start)
        if other is None:
            return None
        other.first = j + 1
        other.currency = currency or q.currency
        self._complete(other)
        if other.kind == "":
            return None
        if q.kind == "count" and not q.unit and other.unit:
            q.kind, q.unit = other.kind, other.unit
        if q.kind == "year" and other.kind in ("count", "money", "percent"):
            q.kind, q.unit = other.kind, other.unit
        if q.kind != other.kind or (q.unit != other.unit and q.unit):
            if not (q.kind == "money" and other.kind == "money"):
                return None
        if not q.scaled and other.scaled:
            scale = _scale_of(self, other)
            q.low *= scale
            q.high *= scale
        q.currency = q.currency or other.currency
        if q.kind == "money":
            q.unit = q.currency or other.unit
        is_from = before == "from" and self.word(q.first - 2) not in ("range", "ranges", "ranged", "ranging", "vary", "varies", "varying")
        if is_from and connector == "to":
            q.first -= 1
            q.role, other.role = "from", "to"
            direction = "up" if other.low > q.low else ("down" if other.low < q.low else "")
            q.direction = other.direction = direction
            self._qualify(other)
            return [q, other]
        if other.low < q.low:
            return None  # "20-10" is a score or a ratio, not a range
        if is_between:
            q.first -= 1
        q.high, q.last = other.high, other.last
        q.high_open = other.high_open
        self._qualify(q)
        return [q]

    def _direction(self, q: _Quantity) -> None:
        """ "fell 30%", "reduced by more than 90%": a relative change, with its direction.

        Only for percentages: "cut 500 jobs" or "lost $5 million" state amounts, not changes of a level.
        """
        if q.kind not in ("percent", "percentage_points"):
            return
        k = q.first - 1
        if self.word(k) == "by":
            k -= 1
        verb = self.word(k)
        if verb in self.lex.directions:
            q.direction = self.lex.directions[verb]

    def _conversion(self, q: _Quantity) -> _Quantity | None:
        """ "380 billion yuan (50 billion euros)": the same amount in another currency."""
        if q.kind != "money" or not self.is_sym(q.last + 1, "("):
            return None
        j = q.last + 2
        while self.word(j) in ("about", "around", "roughly", "approximately", "or", "some"):
            j += 1
        currency, start = self._currency_prefix(j)
        other = self._number(start)
        if other is None:
            return None
        other.first, other.currency = j, currency
        self._complete(other)
        if other.kind != "money" or other.unit == q.unit or not self.is_sym(other.last + 1, ")"):
            return None
        self._qualify(other)
        other.role = "same_as"
        return other

    def _ordinal_word(self, i: int) -> _Quantity | None:
        """ "the world's second-largest economy": a rank, with what is ranked as its unit."""
        if not self.glued_hyphen(i + 1) or not self.word(i + 2).endswith("est"):
            return None
        # the head of the noun phrase after it: "economy", "oil importer" -> "importer"
        noun, at, k = "", -1, i + 3
        while k < min(i + 6, self.n) and self.tokens[k].kind == "word" and self.tokens[k].text.islower() and self.words[k] not in _BREAK_WORDS:
            noun, at, k = self.tokens[k].bare, k, k + 1
        if not noun:
            return None
        rank = float(_ORDINALS[self.word(i)])
        return _Quantity(i, at, rank, rank, True, kind="ordinal", unit=f"{self.word(i + 2)} {noun}")

    # -- ages
    def _age_words(self, i: int) -> _Quantity | None:
        word = self.word(i)
        if word == "aged" or (word == "age" and self.word(i - 1) != "the"):
            q = self._number(i + 1)
            if q is not None and q.integer and 0 < q.low < 130 and not q.scaled:
                q.first, q.kind, q.unit = i, "age", "years"
                return q
        if word == "age" and self.word(i + 1) == "of":
            q = self._number(i + 2)
            if q is not None and q.integer and 0 < q.low < 130:
                q.first, q.kind, q.unit = i - 1 if self.word(i - 1) == "the" else i, "age", "years"
                k = q.first - 1
                q.qualifier = {"under": "under", "over": "over", "below": "under", "above": "over"}.get(self.word(k), "")
                if q.qualifier:
                    q.first = k
                return q
        if word == "born" and self.word(i + 1) == "in":
            token = self.tok(i + 2)
            if token is not None and token.kind == "num" and not token.suffix and 1880 <= token.value <= 2100 and self.reference:
                age = self.reference.year - token.value
                return _Quantity(i, i + 2, age - 1, age, True, kind="age", unit="years")
        return None

    # -- dates
    def _month(self, i: int) -> int:
        token = self.tok(i)
        if token is None or token.kind != "word":
            return 0
        text = token.text.rstrip(".")
        if not text[:1].isupper():
            return 0
        month = self.lex.months.get(text.lower(), 0)
        if month and len(text) <= 4 and text.lower() not in ("may", "june", "july"):
            nxt = self.tok(i + 1)
            if not (nxt is not None and (nxt.text == "." or nxt.kind == "num")):
                return 0  # "Mar", "Dec" as names need a dot or a day
        return month

    def _date(self, i: int) -> _Quantity | None:
        lead = self.word(i)
        part = lead if lead in ("early", "mid", "late") else ""
        k = i + 1 if part else i
        if part and self.glued_hyphen(k):
            k += 1
        month = self._month(k)
        if month:
            return self._month_date(i, k, month, part)
        # "mid-2024", "early 2024"
        token = self.tok(k)
        if part and token is not None and token.kind == "num" and not token.suffix and 1900 <= token.value <= 2100 and not token.decimal:
            year = int(token.value)
            months = {"early": (1, 4), "mid": (4, 9), "late": (9, 12)}[part]
            return self._date_span(i, k, _dt.date(year, months[0], 1), _month_end(year, months[1]))
        # quarters: "the first quarter of this year", "Q1 2025"
        quarter = _QUARTERS.get(lead, 0)
        if quarter and (self.word(i + 1) == "quarter" or lead.startswith("q")):
            k = i + (2 if self.word(i + 1) == "quarter" else 1)
            if self.word(k) == "of":
                k += 1
            year, last = self._year_word(k)
            if year:
                start = _dt.date(year, 3 * quarter - 2, 1)
                q = self._date_span(i, last, start, _month_end(year, 3 * quarter))
                q.relative = self.word(k) in ("this", "last", "next")
                return q
        return None

    def _year_word(self, k: int) -> tuple[int, int]:
        token = self.tok(k)
        if token is not None and token.kind == "num" and not token.suffix and 1900 <= token.value <= 2100:
            return int(token.value), k
        if self.reference and self.word(k) in ("this", "last", "next") and self.word(k + 1) == "year":
            shift = {"this": 0, "last": -1, "next": 1}[self.word(k)]
            return self.reference.year + shift, k + 1
        return 0, k

    def _month_date(self, i: int, k: int, month: int, part: str) -> _Quantity | None:
        before = self.word(i - 1)
        day_token = self.tok(k + 1)
        day = 0
        last = k
        day_index = k + 1
        if self.is_sym(k + 1, ".") and len(self.tokens[k].text) <= 4:
            day_index, day_token = k + 2, self.tok(k + 2)  # "Jan. 20": the dot belongs to the abbreviation
        if day_token is not None and day_token.kind == "num" and not day_token.decimal and 1 <= day_token.value <= 31 and day_token.suffix.lower() in ("", "st", "nd", "rd", "th"):
            day, last = int(day_token.value), day_index
        # "20 January"
        previous = self.tok(i - 1)
        first = i
        if not day and not part and previous is not None and previous.kind == "num" and 1 <= previous.value <= 31 and not previous.decimal and "," not in previous.text:
            day, first = int(previous.value), i - 1
        year = 0
        j = last + 1
        if self.is_sym(j, ","):
            j += 1
        token = self.tok(j)
        if token is not None and token.kind == "num" and not token.suffix and 1900 <= token.value <= 2100 and not token.decimal:
            year, last = int(token.value), j
        if not (day or year or part or before in ("in", "since", "until", "by", "last", "this", "next", "of", "during", "early", "late", "mid", "from", "through")):
            return None  # a capitalised "March" or "May" with nothing dating it
        relative = False
        if not year:
            if self.reference is None:
                return None
            year = self.reference.year
            if month > self.reference.month or (month == self.reference.month and day > self.reference.day):
                year -= 1  # news reports the past: the latest such month on or before the article's date
            if before == "next":
                year += 1
            relative = True
        try:
            if day:
                start = end = _dt.date(year, month, day)
            else:
                start, end = _dt.date(year, month, 1), _month_end(year, month)
                if part:
                    bounds = {"early": (1, 11), "mid": (10, 21), "late": (20, end.day)}[part]
                    start, end = _dt.date(year, month, bounds[0]), _dt.date(year, month, bounds[1])
        except ValueError:
            return None
        q = self._date_span(first, last, start, end)
        q.relative = relative and before in ("last", "this", "next")
        return q

    def _date_span(self, first: int, last: int, start: _dt.date, end: _dt.date) -> _Quantity:
        return _Quantity(first, last, float(start.toordinal()), float(end.toordinal()), True, kind="date", unit="date")

    def _relative_date(self, i: int) -> _Quantity | None:
        """ "yesterday", "last week", "a month ago", "on Monday": resolved against the article's date."""
        ref = self.reference
        if ref is None:
            return None
        word, nxt = self.word(i), self.word(i + 1)
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
                span = (_dt.date(year, month + 1, 1), _month_end(year, month + 1))
            else:
                span = (_dt.date(ref.year + shift, 1, 1), _dt.date(ref.year + shift, 12, 31))
        elif word in self.lex.weekdays and self.tokens[i].text[:1].isupper():
            target = self.lex.weekdays[word]
            back = (ref.weekday() - target) % 7
            if self.word(i - 1) == "last" and back == 0:
                back = 7
            if self.word(i - 1) == "next":
                back = -((target - ref.weekday()) % 7 or 7)
            day = ref - _dt.timedelta(days=back)
            span = (day, day)
            if self.word(i - 1) in ("last", "next", "on", "this"):
                i -= 1
        else:
            amount = self._number(i) if word not in ("a", "an") else _Quantity(i, i, 1, 1, True)
            if amount is not None and not amount.vague and self.word(amount.last + 1) in ("day", "days", "week", "weeks", "month", "months", "year", "years") and self.word(amount.last + 2) == "ago":
                unit = self.word(amount.last + 1).rstrip("s")
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
        q = self._date_span(i, last, span[0], span[1])
        q.relative = True
        return q


def _scale_of(parser: _SentenceParser, q: _Quantity) -> float:
    """The multiplier the scale word or suffix gave ``q`` ("$100 million" -> 1e6)."""
    token = parser.tokens[q.first] if parser.tokens[q.first].kind == "num" else None
    for k in range(q.first, q.last + 1):
        if parser.tokens[k].kind == "num":
            token = parser.tokens[k]
            break
    if token is None or token.value == 0:
        return 1.0
    return q.low / token.value


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous", "'s", "’s"))


def _month_end(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


# ---------------------------------------------------------------- subjects


_CLAUSE_PUNCTUATION_RE = re.compile(r"[;:()\[\]—–]|,\s|\s-\s")
_CLAUSE_WORD_RE = re.compile(r"\b(?:[Cc]ompared (?:with|to)|[Ww]hile|[Ww]hereas|[Bb]ut|than)\b")
_CLAUSE_WORDS = ("ompared", "hile", "hereas", "but", "But", "than")
SUBJECT_WORDS = 7


def clause_breaks(text: str) -> tuple[tuple[int, int], ...]:
    """Where a sentence's clauses break (offsets into ``text``), for ``clause_bounds``."""
    spans = [match.span() for match in _CLAUSE_PUNCTUATION_RE.finditer(text)]
    if any(word in text for word in _CLAUSE_WORDS):  # the word pattern is slow: run it only when it can match
        spans.extend(match.span() for match in _CLAUSE_WORD_RE.finditer(text))
        spans.sort()
    return tuple(spans)


def clause_bounds(sentence: Sentence, start: int, end: int, breaks: tuple[tuple[int, int], ...] | None = None) -> tuple[int, int]:
    """The clause of ``sentence`` around the span ``[start, end)``, as article offsets.

    Clauses are cut at ``; : ( ) —``, at a comma, and at "compared with", "while",
    "but", "than": the places where a sentence moves from one quantity's subject
    to another's ("2,000 chips, compared with the 16,000 chips used by ...").
    """
    text = sentence.text
    rel_start, rel_end = start - sentence.start, end - sentence.start
    left, right = 0, len(text)
    for break_start, break_end in clause_breaks(text) if breaks is None else breaks:
        if break_end <= rel_start:
            left = break_end
        elif break_start >= rel_end:
            right = break_start
            break
    return sentence.start + left, sentence.start + right


def _subject(article: Article, sentence: Sentence, start: int, end: int, breaks: tuple[tuple[int, int], ...] | None = None) -> str:
    """A short phrase for what the figure is about: its clause, trimmed to a few words either side.

    When the clause is too short to say anything ("the $80 to $100 million OpenAI
    has tapped" is fine, "2024" alone is not), the whole sentence is the window.
    """
    left, right = clause_bounds(sentence, start, end, breaks)
    text = article.text
    first, words_before = _words_before(text, left, start)
    last, words_after = _words_after(text, end, right)
    if words_before + words_after < 3:
        first, _ = _words_before(text, sentence.start, start)
        last, _ = _words_after(text, end, sentence.end)
    return " ".join(text[first:last].strip(" ,.;:\"“”'’-–—").split())


def _words_before(text: str, left: int, start: int) -> tuple[int, int]:
    """Where the last ``SUBJECT_WORDS`` words of ``text[left:start]`` begin, and how many there are."""
    segment = text[left:start]
    parts = segment.rsplit(None, SUBJECT_WORDS)
    if len(parts) > SUBJECT_WORDS:
        kept = segment[len(parts[0]) :]
        return left + len(segment) - len(kept.lstrip()), SUBJECT_WORDS
    return left + len(segment) - len(segment.lstrip()), len(parts)


def _words_after(text: str, end: int, right: int) -> tuple[int, int]:
    """Where the first ``SUBJECT_WORDS`` words of ``text[end:right]`` end, and how many there are."""
    segment = text[end:right]
    parts = segment.split(None, SUBJECT_WORDS)
    if len(parts) > SUBJECT_WORDS:
        kept = segment[: len(segment) - len(parts[-1])]
        return end + len(kept.rstrip()), SUBJECT_WORDS
    return end + len(segment.rstrip()), len(parts)


# ---------------------------------------------------------------- entry point


def figures_in(article: Article) -> tuple[Figure, ...]:
    """Every figure in the article's scored body, in text order.

    >>> from audit.load import RawArticle, build_article
    >>> a = build_article(RawArticle("a.txt", "a.txt", "T\\n\\nThe firm has fewer than 140 people.", fields={"published": "2025-02-24"}))
    >>> [(f.surface, f.kind, f.high, f.unit, f.qualifier) for f in figures_in(a)]
    [('fewer than 140 people', 'count', 140.0, 'people', 'fewer_than')]
    """
    reference = article.reference_date
    figures: list[Figure] = []
    for sentence in article.sentences:
        if not _DIGIT_RE.search(sentence.text) and not _may_hold_words(sentence.text):
            continue  # most sentences hold no figure: skip tokenising them
        parser = _SentenceParser(article, sentence, reference)
        quantities = parser.figures()
        breaks = clause_breaks(sentence.text) if quantities else ()
        previous: Figure | None = None
        for q in quantities:
            figure = _figure(article, sentence, parser, q, previous, breaks)
            if figure is not None:
                figures.append(figure)
                previous = figure
    figures.sort(key=lambda f: (f.span.start, f.span.end))
    return tuple(figures)


_HINT_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
    "twenty thirty forty fifty sixty seventy eighty ninety dozen dozens scores hundreds thousands millions billions "
    "hundred thousand million billion trillion second third fourth fifth sixth seventh eighth ninth tenth "
    "yesterday today ago week month year quarter q1 q2 q3 q4 Q1 Q2 Q3 Q4 "
    "January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety Dozens Hundreds Thousands Millions Billions Yesterday Today".split()
)


def _with_punctuation(words: frozenset[str]) -> frozenset[str]:
    """The hint words as ``str.split`` leaves them next to punctuation ("January,", "(Two")."""
    return frozenset(f"{lead}{word}{trail}" for word in words for lead in ("", "(", "“", '"', "‘", "'") for trail in ("", ",", ".", ";", ":", ")", "?", "!", "”", '"', "’", "'", "’s", "'s"))


_HINT_TOKENS = _with_punctuation(_HINT_WORDS)


def _may_hold_words(text: str) -> bool:
    """Whether a sentence without digits may still hold a figure in words or a date (a quick set test)."""
    return not _HINT_TOKENS.isdisjoint(text.replace("-", " ").split())


def _figure(article: Article, sentence: Sentence, parser: _SentenceParser, q: _Quantity, previous: Figure | None, breaks: tuple[tuple[int, int], ...] | None = None) -> Figure | None:
    if not q.kind:
        return None
    start, end = parser.tokens[q.first].start, parser.tokens[q.last].end
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
    return Figure(
        span=Span(start, end),
        surface=article.text[start:end],
        kind=q.kind,
        low=float(low),
        high=float(high),
        unit=q.unit,
        qualifier=qualifier,
        subject=_subject(article, sentence, start, end, breaks),
        sentence=sentence.index,
        direction=q.direction,
        role=q.role if q.role in ("from", "to") else "",
        low_open=low_open,
        high_open=high_open,
        vague=q.vague,
        relative=q.relative,
        same_as=same_as,
        stated_low=float(q.low),
        stated_high=float(q.high),
    )
