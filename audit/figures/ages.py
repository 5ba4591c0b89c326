"""Ages written around a number: "aged 40", "at the age of 40", "under the age of 18", "born in 1985",
and the appositive "Jane Smith, 54, said". ("40-year-old" and "40 years old" are read with the
units, ``audit.figures.units``.)"""
from __future__ import annotations

import datetime as _dt

from .numbers import NumberReader
from .quantity import Quantity
from .tokens import SentenceTokens
from .vocabulary import lexicons, word_class


class AgeReader:
    """Reads ages in one sentence; ``reference`` is the article's date (for "born in")."""

    def __init__(self, tokens: SentenceTokens, numbers: NumberReader, reference: _dt.date | None) -> None:
        self.t = tokens
        self.numbers = numbers
        self.reference = reference
        self.lex = lexicons()

    def age_words(self, i: int) -> Quantity | None:
        """An age announced by the word at ``i``: "aged", "age", "born"."""
        t = self.t
        word = t.word(i)
        if word == "aged" or (word == "age" and t.word(i - 1) != "the"):
            q = self.numbers.number(i + 1)
            if q is not None and q.integer and 0 < q.low < 130 and not q.scaled:
                q.first, q.kind, q.unit = i, "age", "years"
                return q
        if word == "age" and t.word(i + 1) == "of":
            q = self.numbers.number(i + 2)
            if q is not None and q.integer and 0 < q.low < 130:
                q.first, q.kind, q.unit = i - 1 if t.word(i - 1) == "the" else i, "age", "years"
                k = q.first - 1
                q.qualifier = {"under": "under", "over": "over", "below": "under", "above": "over"}.get(t.word(k), "")
                if q.qualifier:
                    q.first = k
                return q
        if word == "born" and t.word(i + 1) == "in":
            token = t.tok(i + 2)
            if token is not None and token.kind == "num" and not token.suffix and 1880 <= token.value <= 2100 and self.reference:
                age = self.reference.year - token.value
                return Quantity(i, i + 2, age - 1, age, True, kind="age", unit="years")
        return None

    def age_in_clause(self, q: Quantity) -> bool:
        """A bare whole number that the words before it make an age: "raise the age to buy a gun to 21",
        "the minimum age ... from 18 to 21" (the noun "age" shortly before, no other number between),
        "people under 18", "anyone over 65" (a word for people, then "under" or "over")."""
        if q.scaled or not q.integer or not 1 <= q.low <= 120 or q.first != q.last:
            return False
        t = self.t
        if t.word(q.first - 1) in ("under", "over") and t.word(q.first - 2) in word_class("age_holder"):
            return True
        if t.word(q.first - 1) not in ("to", "from", "at", "of", "is", "was", "be", "and"):
            return False
        for k in range(q.first - 2, max(-1, q.first - 10), -1):
            token = t.tokens[k]
            if token.kind == "num" or t.is_sym(k, ".;:"):
                return False
            if t.word(k) == "age":
                return True
        return False

    def appositive_age(self, q: Quantity) -> bool:
        """ "Jane Smith, 54, said": a whole number between commas right after a capitalised name is an age."""
        if q.scaled or not q.integer or not 1 <= q.low <= 110 or q.first != q.last:
            return False
        t = self.t
        name = t.tok(q.first - 2)
        return (
            t.is_sym(q.first - 1, ",")
            and t.is_sym(q.last + 1, ",.;")
            and name is not None
            and name.kind == "word"
            and name.text[:1].isupper()
            and name.lower not in word_class("stop_capital")
            and name.lower not in self.lex.months
            and name.lower not in self.lex.weekdays
        )
