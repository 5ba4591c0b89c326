"""Qualifiers: the words that hedge or bound a number ("more than", "about", "up to", "2,000+", "or so").

Phrases before the number come from ``figure_qualifiers.csv``, matched longest first
("no more than" before "than"); the two after it ("+" glued to the number, "or more",
"or so") are read here. ``audit.figures.figure`` turns a qualifier into an interval.
"""
from __future__ import annotations

from .quantity import Quantity
from .tokens import SentenceTokens
from .vocabulary import QUOTE_MARKS, qualifiers_by_last_word, word_class

# Qualifiers that compare when a known amount follows ("more than the $5.7 billion he demanded").
COMPARATIVE_QUALIFIERS = frozenset({"more_than", "over", "fewer_than", "under", "as_many_as", "at_least", "at_most", "up_to"})


class QualifierReader:
    """Reads the qualifier around a quantity of one sentence."""

    def __init__(self, tokens: SentenceTokens) -> None:
        self.t = tokens

    def qualify(self, q: Quantity) -> None:
        """Read the qualifier before the figure, skipping quote marks.

        A qualifier phrase before "the" ("more than the $5.7 billion he demanded", "as many as
        the 16,000 chips used by ...") is a comparison with a known amount, not a bound on it:
        the figure keeps its value and the comparison is recorded (``Quantity.comparison``).
        So are "twice the", "double the", "half the", "up/down from", "compared with/to".
        """
        if q.qualifier:
            return
        t = self.t
        k = q.first - 1
        while k >= 0 and t.is_sym(k, QUOTE_MARKS):
            k -= 1
        reference = t.word(k) == "the"
        if reference:
            k -= 1
        if self._reference(q, k, reference):
            return
        for phrase, name in qualifiers_by_last_word().get(t.word(k), ()):
            n = len(phrase)
            if k - n + 1 < 0:
                continue
            if tuple(t.words[k - n + 1 : k + 1]) == phrase:  # k is inside the sentence (before the figure)
                if phrase == ("some",) and q.kind in ("year", "date"):
                    continue
                if phrase in (("over",), ("under",)) and q.kind in ("year", "date", "duration"):
                    continue  # "over 12 months" is a period, not a bound
                if phrase == ("up", "to") and t.word(k - 2) in word_class("rise"):
                    continue  # "inching back up to 4.8 percent": a rise to a level, not a bound
                if reference:
                    if name in COMPARATIVE_QUALIFIERS:
                        q.comparison = name
                    return
                q.qualifier = name
                q.first = k - n + 1
                if k + 1 < t.n and t.is_sym(k + 1, QUOTE_MARKS) and t.is_sym(q.first - 1, QUOTE_MARKS):
                    q.first -= 1  # '"at least" 380 billion yuan': keep the quoted qualifier whole
                return

    def _reference(self, q: Quantity, k: int, the: bool) -> bool:
        """ "twice the $5 billion", "up from $4.2 billion", "compared with 16,000": record the comparison."""
        t = self.t
        word = t.word(k)
        if the and word in word_class("multiplier"):
            q.comparison = word
            return True
        if word == "from" and t.word(k - 1) in ("up", "down"):
            q.comparison = f"{t.word(k - 1)}_from"
            return True
        if word in ("with", "to") and t.word(k - 1) == "compared":
            q.comparison = "compared_with"
            return True
        return False

    def plus(self, q: Quantity) -> None:
        """A bound written after the number: "2,000+" (more than), "or more" (at least), "or so" (about)."""
        t = self.t
        after = t.tok(q.last + 1)
        if after is not None and after.text == "+" and after.glued:
            q.qualifier, q.last = "more_than", q.last + 1
        elif t.word(q.last + 1) == "or" and t.word(q.last + 2) in ("more", "so"):
            q.qualifier = "at_least" if t.word(q.last + 2) == "more" else "about"
            q.last += 2
