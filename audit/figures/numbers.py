"""Numbers: the value itself, in digits or words, with its scale, and the numbers that are names.

Reads "2,000", "1.5", "$80bn" (glued scale), "100 million" (spaced scale),
"forty-two", "a dozen", "tens of thousands" (vague), "the second-largest" (a rank),
and refuses numbers that belong to a name or a version ("GPT-4", "COVID-19",
"24/7", "Windows 11", "Doubao 1.5"). Word lists: ``figure_number_words.csv`` and
``figure_scales.csv``.
"""
from __future__ import annotations

from ..text import is_plural, stopwords
from .quantity import Quantity
from .tokens import SentenceTokens
from .vocabulary import DASHES, ORDINALS, TIME_WORDS, lexicons, word_class



class NumberReader:
    """Reads the number at a token of one sentence."""

    def __init__(self, tokens: SentenceTokens) -> None:
        self.t = tokens
        self.lex = lexicons()

    def number(self, i: int) -> Quantity | None:
        """Digits or number words at ``i``, with a glued or spaced scale word."""
        t = self.t
        token = t.tok(i)
        if token is None:
            return None
        lex = self.lex
        if token.kind == "num":
            if self.is_name_number(i):
                return None
            value = token.value
            quantity = Quantity(i, i, value, value, not token.decimal)
            suffix = token.suffix.lower()
            if suffix in lex.scales_glued:
                quantity.low = quantity.high = value * lex.scales_glued[suffix]
                quantity.scaled = True
            elif suffix:
                return quantity  # ordinal, decade, glued unit: the caller reads token.suffix
            return self.spaced_scale(self.and_a_half(self.mixed_fraction(quantity)))
        if token.kind != "word":
            return None
        word = token.lower
        if word in ("tens", "hundreds") and t.word(i + 1) == "of" and t.word(i + 2) in ("thousands", "millions", "billions"):
            unit = lex.number_words[t.word(i + 2)][0]  # "thousands" -> 1000
            low, high = (10 * unit, 100 * unit) if word == "tens" else (100 * unit, 1000 * unit)
            return Quantity(i, i + 2, low, high, True, vague=True, worded=True)
        if word == "a" and t.word(i + 1) == "dozen":
            return self.spaced_scale(Quantity(i, i + 1, 12, 12, True, worded=True))
        if word in ("a", "an", "one") and t.word(i + 1) in ("hundred", "thousand", "million", "billion", "trillion"):
            return self.spaced_scale(Quantity(i, i, 1, 1, True))  # "a billion dollars", "one million people", "a hundred jobs"
        if word == "one" and t.word(i + 1) == "of" and t.word(i + 2) == "the" and (t.word(i + 3).endswith("est") or t.word(i + 3) in ("most", "best", "worst")):
            return Quantity(i, i, 1, 1, True, worded=True)  # "one of the best speakers": one of a ranked kind
        if word == "one" and t.word(i + 1) == "and" and t.word(i + 2) == "a" and t.word(i + 3) == "half":
            return self.spaced_scale(self.and_a_half(Quantity(i, i, 1, 1, True, worded=True)))  # "one and a half million"
        if word == "one" and (t.glued_hyphen(i + 1) or t.word(i + 1) in TIME_WORDS or self.counts_one(i)):
            return Quantity(i, i, 1, 1, True, worded=True)  # "a one-year process", "one year from delivery", "one-fourth", "one count"
        if word in ("a", "an") and t.word(i + 1) in TIME_WORDS and t.word(i - 1) in word_class("hedge_end"):
            return Quantity(i, i, 1, 1, True, worded=True)  # "more than a decade", "nearly a year"
        if word == "half" and t.word(i + 1) == "a" and t.word(i + 2) in ("million", "billion", "trillion", "dozen"):
            quantity = self.spaced_scale(Quantity(i, i + 1, 0.5, 0.5, True, worded=True)) if t.word(i + 2) != "dozen" else Quantity(i, i + 2, 6, 6, True, worded=True)
            quantity.integer = quantity.low == int(quantity.low)
            return quantity  # "half a million"
        if word not in lex.number_words:
            return None
        low, high = lex.number_words[word]
        last = i
        units_word = t.word(i + 2)
        if units_word == "one" and low == high and low in (20, 30, 40, 50, 60, 70, 80, 90):
            extra = 1.0  # "twenty-one": "one" is no entry of the number words (alone it is mostly a pronoun)
        elif units_word in lex.number_words and lex.number_words[units_word][0] < 10:
            extra = lex.number_words[units_word][0]
        else:
            extra = 0.0
        if extra and t.glued_hyphen(i + 1):
            low, high, last = low + extra, high + extra, i + 2
        vague = low != high
        quantity = Quantity(i, last, low, high, True, vague=vague, worded=True)
        if vague:
            return quantity
        return self.spaced_scale(self.and_a_half(quantity))

    def mixed_fraction(self, quantity: Quantity) -> Quantity:
        """Add a fraction written after a whole number to it: "2 1/2 years", "a 3 3/4-inch pipe"."""
        t = self.t
        k = quantity.last
        if k + 3 >= t.n or t.rows[k + 2][0] != "/" or not quantity.integer:
            return quantity  # most numbers: no slash two tokens on
        numerator, slash, denominator = t.tokens[k + 1], t.tokens[k + 2], t.tokens[k + 3]
        if numerator.glued:
            return quantity
        if numerator.kind != "num" or numerator.suffix or numerator.decimal or not slash.glued:
            return quantity
        if denominator.kind != "num" or not denominator.glued or denominator.decimal or denominator.value not in (2, 3, 4, 8, 16):
            return quantity
        if numerator.value >= denominator.value:
            return quantity
        quantity.low += numerator.value / denominator.value
        quantity.high += numerator.value / denominator.value
        quantity.last, quantity.integer = k + 3, False
        return quantity

    def and_a_half(self, quantity: Quantity) -> Quantity:
        """Add "and a half" after a whole number to it: "two and a half years", "one and a half million"."""
        t = self.t
        k = quantity.last
        if t.word(k + 1) == "and" and quantity.integer and t.word(k + 2) == "a" and t.word(k + 3) == "half":
            quantity.low += 0.5
            quantity.high += 0.5
            quantity.last, quantity.integer = k + 3, False
        return quantity

    def counts_one(self, i: int) -> bool:
        """ "one count of wire fraud", "One proposal asks": "one" before a noun in lower case (not "one of",
        "one another", "no one"), or before a demonym and a noun ("one Russian diplomat")."""
        t = self.t
        after = t.tok(i + 1)
        if after is not None and after.kind == "word" and after.text[:1].isupper() and after.lower + "s" in self.lex.group_plurals:
            head = t.tok(i + 2)  # "one Russian diplomat", "one American soldier": a demonym before the noun
            return head is not None and head.kind == "word" and head.text.islower() and not head.glued and head.lower not in stopwords()
        if after is None or after.kind != "word" or not after.text.islower() or after.glued:
            return False
        return (
            after.lower not in word_class("break")
            and after.lower not in stopwords()
            and after.lower not in ("thing", "way", "single", "big", "little")
            and after.lower not in word_class("phrase_end")
            # "one killed", "1 injured, 3 missing": a participle with no noun after it counts nothing ("one
            # wounded soldier", "one embedded reporter" count their nouns)
            and not (len(after.lower) > 4 and after.lower.endswith("ed") and not self._noun_at(i + 2))
            and t.word(i - 1) not in ("no", "any", "every", "the", "this", "that", "same")
        )

    def _noun_at(self, i: int) -> bool:
        """Whether the token at ``i`` can be a counted noun: a lower-case word, no function word."""
        token = self.t.tok(i)
        return token is not None and token.kind == "word" and token.text.islower() and not token.glued and token.lower not in stopwords() and token.lower not in word_class("break")

    def spaced_scale(self, quantity: Quantity) -> Quantity:
        """Multiply ``quantity`` by a scale word after it ("100 million", "two-billion", "five hundred thousand")."""
        t = self.t
        j = quantity.last + 1
        token = t.tok(j)
        if token is None:
            return quantity
        if token.kind == "word" and not token.glued and token.lower in self.lex.scales_spaced:
            if t.glued_hyphen(j + 1) and self.year_like(quantity):
                return quantity  # "its 2019 million-dollar deal": a year before a compound of the scale, no 2,019 million
            multiplier = self.lex.scales_spaced[token.lower]
            if token.lower == "hundred" and t.word(j + 1) in self.lex.scales_spaced:
                multiplier *= self.lex.scales_spaced[t.word(j + 1)]
                j += 1
            quantity.low *= multiplier
            quantity.high *= multiplier
            quantity.last = j
            quantity.scaled = True
        elif t.glued_hyphen(j) and t.word(j + 1) in self.lex.scales_spaced:
            quantity.low *= self.lex.scales_spaced[t.word(j + 1)]
            quantity.high *= self.lex.scales_spaced[t.word(j + 1)]
            quantity.last = j + 1
            quantity.scaled = True
        return quantity

    def year_like(self, q: Quantity) -> bool:
        """Whether ``q`` is written as a year would be: four digits from 1900 to 2100, no separator, no decimals."""
        token = self.t.tokens[q.first]
        return q.first == q.last and token.kind == "num" and not token.suffix and token.text.isdigit() and 1900 <= token.value <= 2100

    def scale_of(self, q: Quantity) -> float:
        """The multiplier the scale word or suffix gave ``q`` ("$100 million" -> 1e6)."""
        tokens = self.t.tokens
        token = tokens[q.first] if tokens[q.first].kind == "num" else None
        for k in range(q.first, q.last + 1):
            if tokens[k].kind == "num":
                token = tokens[k]
                break
        if token is None or token.value == 0:
            return 1.0
        return q.low / token.value

    def is_name_number(self, i: int) -> bool:
        """A number that is part of a name or version: ``GPT-4``, ``COVID-19``, ``01.ai``, ``Doubao 1.5``."""
        t = self.t
        # read as rows (text 0, kind 3, suffix 5, glued 7) and lower-case words: asked of every number
        rows, words, n = t.rows, t.words, t.n
        token = rows[i]
        before = rows[i - 1] if 0 < i <= n else None
        after = rows[i + 1] if 0 <= i + 1 < n else None
        if before is not None and before[0] in DASHES and token[7] and before[7]:
            if i >= 2 and rows[i - 2][3] in ("word", "name") and words[i - 2] not in word_class("hyphen_prefix"):
                return True
        if after is not None and after[7] and after[0] in DASHES and i + 2 < n:
            nxt = rows[i + 2]
            if nxt[7] and nxt[3] == "word" and nxt[0][:1].isupper() and words[i + 2] not in self.lex.scales_spaced:
                return True  # "4-Turbo"
        if after is not None and after[7] and after[0] in "/⁄" and i + 2 < n and rows[i + 2][7]:
            return not t.slash_unit(i, token[5].lower())  # "24/7", "3/4": a ratio or a path, not a stated quantity ("120km/h" is a speed)
        if before is not None and before[7] and token[7] and before[0] in "/⁄×^" and i >= 2 and rows[i - 2][3] == "num":
            return True  # the 7 of "24/7", the 10 of "1.99×10"
        if before is not None and before[3] == "word" and words[i - 1] in self.lex.label_words:
            if before[0][:1].isupper() or words[i - 1] not in word_class("document_part") or self.labels_a_part(i):
                return True  # "a category 4 hurricane", "Title 42", "section 230 of": a label, not a quantity ("the title 42 times" is a count)
        if before is not None and before[0] == "." and before[7] and i >= 2 and rows[i - 2][0] == "No":
            return True  # "the No. 2 Democrat", "No. 23": a number that labels a rank or a shirt, not a count
        if self.is_address(i):
            return True
        return False

    def labels_a_part(self, i: int) -> bool:
        """Whether the number at ``i``, after a document part in lower case ("section", "chapter",
        "article"), names that part: what follows cannot be what it counts, as "of", punctuation or a
        singular word ("section 230 of the law", "chapter 11 bankruptcy", "repeal section 230.").
        A plural or a second number makes it a count or a tally ("read the article 3 times", "passed
        the measure 52-47", "the amendment 60 to 38"), as does a plural after one modifier ("won the
        title 3 straight years")."""
        t = self.t
        after = t.tok(i + 1)
        if after is None:
            return True
        if after.kind == "sym":
            return after.text in ",.;:)"
        word = after.lower
        if after.kind != "word" or not after.text.islower() or after.glued:
            return False
        if word == "of":
            return True
        counted = t.word(i + 2)  # "won the title 3 straight years": a modifier, then what is counted
        return not (
            word in stopwords() or word in word_class("break") or word in self.lex.units or word in self.lex.scales_spaced
            or is_plural(word) or counted in self.lex.units or is_plural(counted)
        )

    def is_address(self, i: int) -> bool:
        """A number before a street name: "9 E 71st St", "49 Zorro Ranch Road", "16-18 Industrial Avenue",
        or before "block of", as police reports place a street address ("the 1400 block of Pennsylvania Ave.")."""
        t = self.t
        if t.word(i + 1) == "block" and t.word(i + 2) == "of" and t.tok(i + 3) is not None and t.tokens[i + 3].text[:1].isupper():
            return True
        rows = t.rows  # read as rows: no Token is made for the words after every number
        for k in range(i + 1, min(i + 6, t.n)):
            text, _start, _end, kind, _value, suffix = rows[k][:6]
            if kind == "sym" and text in "-–.":
                continue
            if kind == "num" and suffix.lower() in ("st", "nd", "rd", "th", ""):
                continue
            if kind != "word" or not text[:1].isupper():
                return False
            if t.words[k] in self.lex.street_words:  # a word's lower case
                return True
        return False

    def unscaled(self, q: Quantity) -> float:
        """The number of ``q`` as written, before its scale word ("$4 million" -> 4)."""
        return q.high / self.scale_of(q)

    def looks_like_version(self, q: Quantity) -> bool:
        """A bare number after a capitalised name: "Windows 11", "Doubao 1.5"."""
        before = self.t.tok(q.first - 1)
        if before is None or before.kind not in ("word", "name"):
            return False
        if q.first - 1 == 0 and before.kind == "word":
            return False
        has_capital = before.text != before.lower  # "Windows", "iPhone"
        return has_capital and before.lower not in word_class("stop_capital") and before.lower not in self.lex.months

    def ordinal_word(self, i: int) -> Quantity | None:
        """ "the world's second-largest economy": a rank, with what is ranked as its unit."""
        t = self.t
        if not t.glued_hyphen(i + 1) or not t.word(i + 2).endswith("est"):
            return None
        # the head of the noun phrase after it: "economy", "oil importer" -> "importer"
        noun, at, k = "", -1, i + 3
        while k < min(i + 6, t.n) and t.tokens[k].kind == "word" and t.tokens[k].text.islower() and t.words[k] not in word_class("break"):
            noun, at, k = t.tokens[k].bare, k, k + 1
        if not noun:
            return None
        rank = float(ORDINALS[t.word(i)])
        return Quantity(i, at, rank, rank, True, kind="ordinal", unit=f"{t.word(i + 2)} {noun}")
