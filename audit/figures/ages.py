"""Ages written around a number: "aged 40", "at the age of 40", "under the age of 18", "born in 1985",
the appositive "Jane Smith, 54, said", and a bare number after a copula or "turn" whose subject is a
person ("Biden would be 86 at the end of his second term", "Biden, who turns 80 next month", "he is
82 now and would be 86 then"). ("40-year-old" and "40 years old" are read with the
units, ``audit.figures.units``.)"""
from __future__ import annotations

import datetime as _dt

from .numbers import NumberReader
from .quantity import Quantity
from .tokens import SentenceTokens
from .vocabulary import lexicons, word_class


def bare_whole_number(q: Quantity, oldest: int = 120) -> bool:
    """Whether ``q`` is a bare whole number of one token from 1 to ``oldest``, with no scale word:
    the only numbers that the words around them may make an age."""
    return q.integer and not q.scaled and 1 <= q.low <= oldest and q.first == q.last


class AgeReader:
    """Reads ages in one sentence; ``reference`` is the article's date (for "born in")."""

    def __init__(self, tokens: SentenceTokens, numbers: NumberReader, reference: _dt.date | None) -> None:
        self.t = tokens
        self.numbers = numbers
        self.reference = reference
        self.lex = lexicons()

    def age_words(self, i: int) -> Quantity | None:
        """An age announced by the word at ``i``: "aged", "ages", "age", "born" (the range that may
        follow, "aged between 18 and 21", "ages 18 to 21", is joined by the parser)."""
        t = self.t
        word = t.word(i)
        if word in ("aged", "ages") or (word == "age" and t.word(i - 1) != "the"):
            q = self.numbers.number(i + (2 if t.word(i + 1) == "between" else 1))  # "aged between 18 and 21"
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
        if not bare_whole_number(q):
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

    def copula_age(self, q: Quantity) -> bool:
        """ "Biden would be 86 at the end of his second term", "Biden, who turns 80 next month", "You'd be -- 86",
        "He's 82": a bare whole number in digits after a singular copula or "turn", whose subject is a
        person (he, she, I, you; "who" after a name; a name not after a determiner), is an age.

        The number must be a plausible age (1 to 120) with nothing counted after it and no
        continuation that makes it a score or a share ("was 3 for 4", "is 1 of 10", "was 3-1")."""
        t = self.t
        if q.worded or not bare_whole_number(q):
            return False
        after = t.tok(q.last + 1)
        if after is not None and (after.kind == "num" or t.word(q.last + 1) in word_class("not_after_age") or (after.kind == "sym" and after.text in "-–/:%")):
            return False
        k = q.first - 1
        while k >= 0 and t.is_sym(k, "-–—"):
            k -= 1  # "You'd be -- 86"
        word = t.word(k).replace("’", "'")
        if word in word_class("pronoun_copula"):
            return True  # "He's 82", "she's 40"
        if word not in word_class("age_copula"):
            return False
        k -= 1
        for _ in range(5):
            if t.word(k).replace("’", "'") not in word_class("age_auxiliary"):
                break
            k -= 1  # "would be", "will soon turn", "is set to turn", "is going to be"
        return self.person_subject(k)

    def person_subject(self, k: int) -> bool:
        """Whether the token at ``k`` is the subject of a person: he, she, I, you (with "'d", "'ll");
        "who" after a name and a comma ("Biden, who turns 80"); or a capitalised name that no
        determiner opens ("Biden", "Mr. Biden", not "the Dow")."""
        t = self.t
        token = t.tok(k)
        if token is None or token.kind != "word":
            return False
        word = t.word(k).replace("’", "'")
        if word.split("'")[0] in word_class("person_pronoun") and word.partition("'")[2] in ("", "d", "ll"):
            return True
        if word == "who":
            return t.is_sym(k - 1, ",") and self.is_name(k - 2)
        if not self.is_name(k):
            return False
        last = k
        while k > 0 and self.is_name(k - 1):
            k -= 1  # "Joe Biden", "Mr. Biden"
        if t.word(k - 1) in word_class("age_determiner"):
            return False
        if any(t.tokens[m].kind != "sym" for m in range(k)) or last > k:
            return True
        # a single capitalised word that opens the sentence may be a common noun ("Inflation was 8 at
        # the end of the year"): a person only when the sentence refers back to it as one ("... of his term")
        references = word_class("person_reference")
        return any(word in references for word in t.words)

    def coordinated_age(self, q: Quantity) -> bool:
        """ "who will be 82 at the time of the next election and 86 at the end of his second term": a bare
        number joined by "and" or "or" to an age read by ``copula_age`` just before is an age too
        (the ellipsis of coordination: the copula and the kind are shared)."""
        t = self.t
        if q.worded or not bare_whole_number(q):
            return False
        if t.word(q.first - 1) not in ("and", "or"):
            return False
        for m in range(q.first - 2, max(-1, q.first - 16), -1):
            if t.is_sym(m, ".;:"):
                return False
            if t.tokens[m].kind == "num":
                earlier = self.numbers.number(m)
                return earlier is not None and earlier.last == m and self.copula_age(earlier)
        return False

    def is_name(self, k: int) -> bool:
        """A capitalised word that is no function word, month or weekday ("Biden", "Mr.")."""
        token = self.t.tok(k)
        return (
            token is not None
            and token.kind == "word"
            and token.text[:1].isupper()
            and token.lower not in word_class("stop_capital")
            and token.lower not in self.lex.months
            and token.lower not in self.lex.weekdays
        )

    def appositive_age(self, q: Quantity) -> bool:
        """ "Jane Smith, 54, said": a whole number between commas right after a capitalised name is an age."""
        t = self.t
        return bare_whole_number(q, oldest=110) and t.is_sym(q.first - 1, ",") and t.is_sym(q.last + 1, ",.;") and self.is_name(q.first - 2)
