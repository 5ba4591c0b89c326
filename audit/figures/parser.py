"""The sentence parser: scans one sentence's tokens and asks each reading step for a figure at each start.

The steps are separate readers over the same tokens (``SentenceTokens``): numbers
(``NumberReader``), qualifiers (``QualifierReader``), ages (``AgeReader``), dates
(``DateReader``), kinds and units (``UnitReader``) and comparisons (ranges, changes,
conversions, shares: ``ComparisonReader``). The parser only decides where a figure may
start and in which order the readers are tried there.
"""
from __future__ import annotations

import datetime as _dt

from ..model import Sentence
from .ages import AgeReader
from .comparisons import ComparisonReader
from .dates import DateReader
from .numbers import NumberReader
from .qualifiers import QualifierReader
from .quantity import Quantity
from .tokens import SentenceTokens
from .units import UnitReader
from .vocabulary import NEXT_WORD_NEEDED, ORDINALS, lexicons


class SentenceParser:
    """Finds the figures of one sentence; ``tokens`` carry offsets into the article.

    ``reference`` is the article's date, against which relative dates are resolved. One parser
    reads the sentences of an article in turn (``read``): its readers are made once.
    """

    def __init__(self, sentence: Sentence, reference: _dt.date | None) -> None:
        self.sentence = sentence
        self.reference = reference
        self.lex = lexicons()
        self.tokens = SentenceTokens(sentence)
        self.numbers = NumberReader(self.tokens)
        self.qualifiers = QualifierReader(self.tokens)
        self.ages = AgeReader(self.tokens, self.numbers, reference)
        self.dates = DateReader(self.tokens, self.numbers, reference)
        self.units = UnitReader(self.tokens, self.numbers, self.qualifiers, self.ages)
        self.comparisons = ComparisonReader(self.tokens, self.numbers, self.units, self.qualifiers)
        self.readers = (self.numbers, self.qualifiers, self.ages, self.dates, self.units, self.comparisons)

    def read(self, sentence: Sentence) -> SentenceParser:
        """This parser, moved on to ``sentence`` (of the same article): its tokens, and its readers reading
        them. The readers keep nothing of a sentence but its tokens, so the figures are those a new
        parser finds; making six readers for every sentence took a fortieth of the extraction's time."""
        self.sentence = sentence
        self.tokens = tokens = SentenceTokens(sentence)
        for reader in self.readers:
            reader.t = tokens
        return self

    def figures(self) -> list[Quantity]:
        """The quantities of the sentence, in token order (each with a kind, or none when it is no figure)."""
        found: list[Quantity] = []
        t = self.tokens
        triggers = self.lex.triggers
        i = 0
        rows, words, prefixes, n = t.rows, t.words, self.lex.currency_prefix, t.n
        while i < n:
            row = rows[i]
            if row[3] != "num":
                word = words[i]
                if word not in triggers and row[0] not in prefixes:
                    i += 1
                    continue  # most tokens cannot start a figure
                needed = NEXT_WORD_NEEDED.get(word)
                if needed is not None and (i + 1 >= n or rows[i + 1][0].lower() not in needed):
                    i += 1
                    continue  # "a", "one", "last" start a figure only before a few words
            quantity = self.match_at(i)
            if quantity is None:
                i += 1
                continue
            found.extend(quantity if isinstance(quantity, list) else [quantity])
            last = quantity[-1].last if isinstance(quantity, list) else quantity.last
            i = max(i + 1, last + 1)
        self.comparisons.ends_of_changes(found)
        years = {int(q.low) for q in found if q.kind == "year" and q.low == q.high}
        if len(years) == 1:
            # "the Sept. 11 attacks in 2001": a date without its year, in a sentence that states one year
            for q in found:
                if q.kind == "date" and q.inferred_year is not None:
                    self.dates.with_year(q, next(iter(years)))
        return found

    def match_at(self, i: int) -> Quantity | list[Quantity] | None:
        """The figure(s) starting at token ``i``: the first reader that finds one wins."""
        t = self.tokens
        token = t.tokens[i]
        if token.kind == "skip":
            return None
        if token.kind == "num":
            # a number starts a relative date only with "ago" just after ("two years ago")
            ago = "ago" in t.words[i + 1 : i + 5]
            matchers = (self.dates.relative_date, self.amount) if ago else (self.amount,)
        elif token.lower in ORDINALS:
            matchers = (self.numbers.ordinal_word, self.units.elapsed, self.dates.date)
        else:
            matchers = (self.dates.date, self.dates.relative_date, self.age, self.comparisons.share_word, self.amount)
        for matcher in matchers:
            result = matcher(i)
            if result is not None:
                return result
        return None

    def age(self, i: int) -> Quantity | list[Quantity] | None:
        """An age announced by a word ("aged 40", "at the age of 18"), with the range that may follow
        it: "aged between 18 and 21", "people ages 18 to 21", "at the age of 18 to 21" (one age
        from 18 to 21)."""
        quantity = self.ages.age_words(i)
        if quantity is None or self.tokens.word(i) == "born":
            return quantity
        start, quantity.first = quantity.first, quantity.last  # the number alone: the range reader reads "between" before it
        joined = self.comparisons.range_or_change(quantity)
        if joined is None or len(joined) != 1 or joined[0].kind != "age":
            quantity.first = start
            return quantity
        joined[0].first = start
        return joined

    def unit_from_the_other_end(self, quantity: Quantity) -> list[Quantity] | None:
        """ "three or four years", "1.5 to 2 degrees": a first number with nothing after it takes the
        unit of the range's other end; ``None`` when no range with a unit follows."""
        t = self.tokens
        connector = t.word(quantity.last + 1) or (t.tokens[quantity.last + 1].text if t.tok(quantity.last + 1) is not None else "")
        if connector not in ("or", "to", "-", "–"):
            return None
        quantity.kind, quantity.unit = "count", ""
        joined = self.comparisons.range_or_change(quantity)
        if joined is None or (joined[0].kind == "count" and not joined[0].unit):
            return None
        return joined

    def amount(self, i: int) -> Quantity | list[Quantity] | None:
        """An amount at ``i``: money, percent, count, measure, duration, year, ordinal or age,
        with its range or change, sign, qualifier, direction and conversion."""
        currency, start = self.units.currency_prefix(i)
        quantity = self.numbers.number(start)
        if quantity is None or self.dates.month(quantity.last + 1):
            return None  # "12 May 2023" is a date, read at the month
        fraction = self.comparisons.fraction(quantity)
        if fraction is not None:
            return fraction
        quantity.first = i
        quantity.currency = currency
        self.units.complete(quantity)
        if quantity.kind == "":
            return self.unit_from_the_other_end(quantity)
        self.units.inches_after(quantity)
        # a range or a change: "$80 to $100 million", "between 5 and 10", "from 3% to 5%"
        joined = self.comparisons.range_or_change(quantity)
        if joined is not None:
            return joined
        t = self.tokens
        minus_at = quantity.first - 2 if t.glued_hyphen(quantity.first - 1) else quantity.first - 1
        if self.units.signed_after_currency(quantity):
            quantity.low, quantity.high = -quantity.high, -quantity.low  # "$-50.8bn"
        elif t.word(minus_at) == "minus" and quantity.kind in ("measure", "count", "percent", "money"):
            # "minus 8 degrees", "minus-5 yards": the one word that makes a figure negative (a dash is read as a
            # sign only between a currency and its number, above: elsewhere it may join a range or a score)
            quantity.low, quantity.high, quantity.first = -quantity.high, -quantity.low, minus_at
        self.qualifiers.qualify(quantity)
        self.comparisons.direction(quantity)
        self.comparisons.amount_of_change(quantity)
        conversion = self.comparisons.conversion(quantity)
        return [quantity, conversion] if conversion else quantity
