"""Kinds and units: what a number measures, read from the words around it.

Currencies before or after it ("$", "US$", "380 billion yuan", "50 US dollars",
``figure_currencies.csv``), percent and percentage points, units of time and measure
("12 months", "7 nm", "a five-year plan", ``figure_units.csv``), ages ("40-year-old"),
decades ("1980s"), years and periods of years ("2007-2014"), and the counted noun of a
count ("2,000 specialized Nvidia chips" counts chips, ``figure_counted_nouns.csv``).
A number with none of these and nothing counted stays without a kind: not a figure.
"""
from __future__ import annotations

from ..text import is_plural, stopwords
from .ages import AgeReader
from .numbers import NumberReader
from .qualifiers import QualifierReader
from .quantity import Quantity
from .tokens import SentenceTokens
from .vocabulary import DASHES, ELAPSED_AFTER, ORDINAL_SUFFIXES, ORDINALS, dollar_codes, lexicons, plural_of, word_class

NAME_ENDING_WORDS = frozenset({"a", "an", "per", "each", "apiece", "in", "on", "at", "for", "to", "from", "by", "and", "or", "than", "with"})
"""Words after which a currency name written without "dollars" ("$100 Canadian", "$76 US") is a name of the
amount's dollar, not an adjective of a noun."""


class UnitReader:
    """Decides the kind and unit of the numbers of one sentence."""

    def __init__(self, tokens: SentenceTokens, numbers: NumberReader, qualifiers: QualifierReader, ages: AgeReader) -> None:
        self.t = tokens
        self.numbers = numbers
        self.qualifiers = qualifiers
        self.ages = ages
        self.lex = lexicons()

    def currency_prefix(self, i: int) -> tuple[str, int]:
        """The currency written before a number at ``i`` ("$", "€", "US$") and where the number starts."""
        t = self.t
        if not 0 <= i < t.n:
            return "", i
        rows = t.rows  # read as rows (text 0, kind 3, glued 7): asked at every amount, mostly of a bare number
        text, kind = rows[i][0], rows[i][3]
        prefixes = self.lex.currency_prefix
        nxt = rows[i + 1] if i + 1 < t.n else None
        if nxt is not None and nxt[7] and text + nxt[0] in prefixes and i + 2 < t.n:
            return prefixes[text + nxt[0]], i + 2  # "US$", "HK$", "$US", "$A"
        if nxt is not None and nxt[0] == "$" and text + "$" in prefixes and len(text) > 1 and text.isupper() and i + 2 < t.n and rows[i + 2][3] == "num" and rows[i + 2][7]:
            # "HK $5.4m", "US $84 billion": the sign spaced from its letters, as tokenized copy writes it
            # (one letter is left out: "A $5 fee" is an article)
            return prefixes[text + "$"], i + 2
        if text in prefixes and nxt is not None and nxt[3] == "num":
            if kind == "sym" and not nxt[7]:
                return "", i
            return prefixes[text], i + 1
        if text in prefixes and nxt is not None and nxt[7] and nxt[0] == "-" and i + 2 < t.n and rows[i + 2][3] == "num" and rows[i + 2][7]:
            return prefixes[text], i + 2  # "$-50.8bn": a sign between the currency and the number (``signed_after_currency``)
        return "", i

    def signed_after_currency(self, q: Quantity) -> bool:
        """Whether a minus sign stands between the currency and the number of ``q`` ("$-50.8bn"): there a
        dash can only be a sign, never a range's dash as in "$5-$10"."""
        t = self.t
        return bool(q.currency) and t.is_sym(q.first + 1, "-") and t.tok(q.first + 2) is not None and t.tokens[q.first + 2].kind == "num"

    def complete(self, q: Quantity) -> None:
        """Decide the kind and unit of a parsed number from what follows it."""
        t = self.t
        lex = self.lex
        token = t.tokens[q.last]
        suffix = token.suffix.lower() if token.kind == "num" and q.last == q.first + (1 if q.currency else 0) else ""
        j = q.last + 1
        glued_word = t.word(j + 1) if t.glued_hyphen(j) else ""
        if glued_word in ("plus", "odd"):
            # "3 million-plus users", "20-odd years": a bound glued to the number, as "2,000+" is
            q.qualifier, q.last = ("more_than" if glued_word == "plus" else "about"), j + 1
            j = q.last + 1
        elif glued_word == "strong" and not q.currency:
            # "a 3,000-strong army", "the 1.4m-strong workforce": the size of a body of people, not "strongs"
            q.kind, q.unit, q.last = "count", "people", j + 1
            self.qualifiers.plus(q)
            return
        if suffix in ORDINAL_SUFFIXES:
            elapsed = self.elapsed(q.first, token.value) if not q.currency else None
            if elapsed is not None:
                q.kind, q.unit, q.last = elapsed.kind, elapsed.unit, elapsed.last
                return
            q.kind, q.unit = "ordinal", self.noun_after(j)[0]
            return
        if suffix == "s" and not q.currency:
            # "1980s": a decade; "in his 40s": an age
            if token.value >= 1000 and token.value % 10 == 0:
                q.kind, q.unit, q.low, q.high = "year", "year", token.value, token.value + 9
            elif token.value in (20, 30, 40, 50, 60, 70, 80, 90) and t.word(q.first - 1) in ("his", "her", "their"):
                q.kind, q.unit, q.low, q.high = "age", "years", token.value, token.value + 9
            return
        if suffix in ("pc",):
            q.kind, q.unit = "percent", "percent"
            return
        mark = t.rows[j][0] if j < t.n and not q.currency else ""
        if suffix in ("c", "f") and token.suffix in ("C", "F") or mark == "°":
            self.temperature(q, token.suffix.lower() if suffix else "", j)
            return
        if mark in ("′", "″") and t.tokens[j].glued and not (t.word(j + 1) == "s" and t.tokens[j + 1].glued):
            # "25.5″", "6′": the prime marks of feet and inches, which no quotation mark is ("2022′s" is an apostrophe)
            q.kind, q.unit, q.last = "measure", lex.units["inches" if mark == "″" else "feet"][0], j
            return
        if suffix == "g" and token.suffix != "g":
            q.kind = "count"  # "45g" is a mass, but "5G", "4G phones" number a generation of networks, and count no "phones"
            return
        if suffix in lex.units:
            slashed = t.slash_unit(q.last, suffix)
            if slashed:
                suffix, q.last = slashed, q.last + 2  # "120km/h"
            q.unit, q.kind = lex.units[suffix][0], lex.units[suffix][1]
            q.kind = "duration" if q.kind == "duration" else "measure"
            return
        if q.currency:
            q.kind, q.unit = "money", q.currency
            named = self.named_dollars(q, j)
            if named is not None:
                q.unit, q.currency, q.last = named  # "$1.3bn Canadian dollars": the name says which dollar "$" is
            self.qualifiers.plus(q)
            return
        if suffix in lex.currency_suffix:
            q.kind, q.unit = "money", lex.currency_suffix[suffix]  # "118.5p": pence
            return
        if token.suffix == "m" and self.metres_glued(j):
            q.kind, q.unit, q.low, q.high, q.scaled = "measure", lex.units["metres"][0], token.value, token.value, False
            return
        if suffix in ("m", "b") and not self.currency_after(j) and not self.noun_after(j)[0]:
            return  # "the 100m sprint", "a 3.5m wall": metres or a name, not millions
        if t.word(q.first - 1) in lex.units and t.word(q.first - 1) == "magnitude":
            q.kind, q.unit = "measure", "magnitude"  # "a magnitude 6.8 earthquake": the unit comes first
            return
        # percent
        if t.is_sym(j, "%"):
            q.kind, q.unit, q.last = "percent", "percent", j
            self.qualifiers.plus(q)
            return
        word, word2 = t.word(j), t.word(j + 1)
        if word in ("percent", "pct") or (word == "per" and word2 == "cent"):
            q.kind, q.unit, q.last = "percent", "percent", j + (1 if word == "per" else 0)
            if t.word(q.last + 1) in ("point", "points"):
                q.kind, q.unit, q.last = "percentage_points", "percentage points", q.last + 1
            return
        if word == "percentage" and word2 in ("point", "points"):
            q.kind, q.unit, q.last = "percentage_points", "percentage points", j + 1
            return
        # currency after the number: "380 billion yuan", "two-million-euro", "50 US dollars"
        k = j + (1 if t.glued_hyphen(j) else 0)
        first, second, third = t.word(k), t.word(k + 1), t.word(k + 2)
        two_words = f"{first} {second}"
        three_words = f"{two_words} {third}"
        for length, phrase, written in ((3, three_words, first and second and third), (2, two_words, first and second), (1, first, first)):
            if phrase in ("pounds", "pound") and self.weighs(q, k):
                q.kind, q.unit, q.last = "measure", lex.units["lb"][0], k  # "weighs 220 pounds", "10 pounds of cocaine"
                return
            if phrase in lex.currency_suffix and written:
                code_token = t.tokens[k]
                if code_token.text.isupper() or phrase == code_token.text.lower() or length > 1:
                    q.kind, q.unit, q.last = "money", lex.currency_suffix[phrase], k + length - 1
                    return
        # ages: "40-year-old", "40 years old", "forty-year-old", and the people of an age, "4-year-olds"
        if first in ("year", "years") and ((t.glued_hyphen(k + 1) and third in ("old", "olds")) or second == "old"):
            q.kind, q.unit = "age", "years"
            q.last = k + 2 if t.glued_hyphen(k + 1) else k + 1
            return
        # units of three or two words: "40 miles per gallon", "65 miles per hour", "1,520 sq m", "311 square miles"
        if k == j:
            for length, phrase in ((3, three_words), (2, two_words)):
                if phrase in lex.units:
                    unit, kind, _factor = lex.units[phrase]
                    q.kind, q.unit, q.last = ("duration" if kind == "duration" else "measure"), unit, k + length - 1
                    return
        # units of time and measure: "12 months", "7 nm", "a five-year plan"
        if t.word(k) in lex.units and (k == j or t.tokens[k].glued):
            if t.word(k + 1) == "ago":
                return  # "two years ago" is a relative date, read by DateReader.relative_date
            slashed = t.slash_unit(k, t.word(k))
            unit, kind, _factor = lex.units[slashed or t.word(k)]
            q.kind, q.unit, q.last = ("duration" if kind == "duration" else "measure"), unit, k + (2 if slashed else 0)
            return
        if t.word(j) == "second" and not t.glued_hyphen(j + 1) and not self.numbers.looks_like_version(q):
            # "a 30 second ad", "a 4.3 second 40-yard dash": the singular unit of a compound modifier, as
            # "a 30-minute ad"; "second" is no entry of the units because it is mostly an ordinal ("2 second-half goals")
            q.kind, q.unit, q.last = "duration", lex.units["seconds"][0], j
            return
        label = t.word(q.first - 1)
        if label in ELAPSED_AFTER and t.word(j) == "of" and q.integer and not q.scaled and not q.currency and 1 <= q.low <= 1000:
            # "Day 7 of the shutdown", "week three of the trial": the seventh day, a time elapsed as "its seventh day" is
            q.first, q.kind, q.unit = q.first - 1, "duration", lex.units[label][0]
            return
        # ordinals written as words are read by NumberReader.ordinal_word; plain numbers:
        value_token = t.tokens[q.last] if t.tokens[q.last].kind == "num" else None
        if value_token is not None and not q.scaled and not value_token.decimal and 1000 <= value_token.value <= 2999 and "," not in value_token.text:
            # "in 2018", "2018 sales": a year; a count of that size writes its comma ("2,000 chips"); past
            # 2100 only a forecast's year, after a preposition of time ("sea levels could rise by 2150")
            if 1900 <= value_token.value <= 2100 or (value_token.value < 1900 or self.future_year(q)) and not self.noun_after(j)[0]:
                q.kind, q.unit = "year", "year"
                self.year_range(q)
                return
        if q.vague and t.word(j) == "of":
            # "billions of yuan", "thousands of lower-grade chips"
            for length in (2, 1):
                phrase = " ".join(t.word(j + 1 + n) for n in range(length))
                if phrase in lex.currency_suffix and t.tokens[j + 1].text.islower():
                    q.kind, q.unit, q.last = "money", lex.currency_suffix[phrase], j + length
                    return
            unit_word = t.word(j + 1)
            if unit_word in lex.units and t.tokens[j + 1].text.islower() and t.word(j + 2) != "ago":
                # "hundreds of miles", "thousands of years" (but "hundreds of years ago" is a relative date, or none)
                unit, kind, _factor = lex.units[unit_word]
                q.kind, q.unit, q.last = ("duration" if kind == "duration" else "measure"), unit, j + 1
                return
            j += 1
        elif q.vague:
            return  # "the billions US firms have spent": no unit, no figure
        if self.numbers.looks_like_version(q) and t.tok(j) is not None and t.tokens[j].text[:1].isupper():
            return  # "iPhone 12 Mini", "Windows 11 Pro": a name that holds a number
        if q.worded and q.low == 1 and t.word(q.first) == "one" and t.word(j) == "of" and t.word(j + 1) == "the":
            noun, at = self.noun_after(j + 3 if t.word(j + 2) == "most" else j + 2)  # "one of the best wireless speakers"
        elif self.is_one(q) and self.numbers.counts_one(q.last):
            noun, at = self.singular_head(j)  # "one count of wire fraud", "One proposal asks", "one drilling pad", "1 drilling pad": a count of one
        else:
            noun, at = self.out_of(q)
            if not noun:
                noun, at = self.noun_after(j)
        if noun:
            q.kind, q.unit, q.last, q.noun = "count", lex.counted.get(noun, noun), at, self.noun_phrase(j, at)
            if q.unit == "*":
                q.unit = self.counted_before(q.first) or noun
            self.qualifiers.plus(q)
            return
        if not q.integer and not q.scaled and not (t.word(q.first - 1) in word_class("level") and not self.numbers.looks_like_version(q)):
            return  # a bare decimal with nothing counted: a version or a score, not a figure ("rose 8% to 3.65" is a level)
        if self.numbers.looks_like_version(q):
            return
        if q.worded and not q.scaled:
            # "two" alone is mostly a pronoun ("the two", "two of them"), unless coordination leaves its noun
            # out: "five people were hurt and two died", "from the five drilling pads requested to three"
            elided = self.elided_unit(q) if t.word(j) != "of" else ""
            if elided:
                q.kind, q.unit = "count", elided
            else:
                self.a_noun_or_more(q)
            return
        if self.is_numerator(q):
            return  # "6 in 10 voters", "1 in 5 adults": the share is read at its denominator (ComparisonReader.fraction)
        if self.ages.appositive_age(q) or self.ages.age_in_clause(q) or self.ages.copula_age(q) or self.ages.coordinated_age(q):
            q.kind, q.unit = "age", "years"
            return
        if self.list_number(q):
            return
        q.kind, q.unit = "count", self.elided_unit(q)
        self.qualifiers.plus(q)
        if not q.unit and q.qualifier:
            noun, at = self.noun_after(q.last + 1)  # "50 or more workers"
            if noun:
                q.unit, q.last, q.noun = lex.counted.get(noun, noun), at, self.noun_phrase(q.last + 1, at)

    def metres_glued(self, j: int) -> bool:
        """Whether a number glued to "m", with no currency, is metres: an adjective of size follows it
        ("a 3.5m-high wall", "a 40m long ship"), or its conversion into another length in brackets
        ("the 37m (121ft) skeleton")."""
        t = self.t
        if t.word(j + (1 if t.glued_hyphen(j) else 0)) in word_class("dimension"):
            return True
        after = t.tok(j + 1)
        if not t.is_sym(j, "(") or after is None or after.kind != "num":
            return False
        unit = after.suffix.lower() or t.word(j + 2)
        return unit in self.lex.units and self.lex.units[unit][1] == "length"

    def weighs(self, q: Quantity, k: int) -> bool:
        """Whether "pounds" at ``k`` weigh rather than pay: a verb of weighing stands just before the number
        ("weighs 220 pounds", "weighing more than 300 pounds"), or "of" and something weighed follow an
        amount with no scale ("10 pounds of cocaine"; "a million pounds of funding" pays)."""
        t = self.t
        if any(t.word(m).startswith("weigh") for m in range(max(0, q.first - 3), q.first)):
            return True
        after = t.tok(k + 2)
        return (
            not q.scaled and t.word(k + 1) == "of" and after is not None and after.kind == "word" and after.text.islower()
            and after.lower not in stopwords() and after.lower not in word_class("money_noun")
        )

    def inches_after(self, q: Quantity) -> None:
        """Add the inches of a height to its feet: "6-foot-2" and "6 feet 2 inches" are 6 ft 2 in, 6.17 ft
        (the "2" was a count of its own, or lost)."""
        if q.unit != "ft" or not q.integer:
            return
        t = self.t
        k = q.last + 1
        hyphen = t.glued_hyphen(k)
        inches = t.tok(k + 1 if hyphen else k)
        if inches is None or inches.kind != "num" or inches.decimal or inches.suffix or inches.value >= 12:
            return
        at = k + 1 if hyphen else k
        if t.word(at + 1) in ("inches", "inch"):
            at += 1
        elif not hyphen:
            return  # "6 feet 2 players": only "6-foot-2" may leave its inches unwritten
        q.low, q.high = q.low + inches.value / 12, q.high + inches.value / 12
        q.last, q.integer = at, False

    def future_year(self, q: Quantity) -> bool:
        """Whether a preposition of time stands before ``q``, not after a verb of change ("by 2150", not "rose by 2150")."""
        t = self.t
        return t.word(q.first - 1) in word_class("year_preposition") and t.word(q.first - 2) not in self.lex.directions

    def list_number(self, q: Quantity) -> bool:
        """Whether a bare number numbers an item of a list: it opens its sentence, a "." or ")" is glued to
        it, and the sentence ends there or goes on with a capital ("1. Buy low.", "3) Repeat it")."""
        t = self.t
        j = q.last + 1
        if q.first != 0 or q.last != 0 or not t.is_sym(j, ".)") or not t.tokens[j].glued:
            return False
        after = t.tok(j + 1)
        return after is None or after.text[:1].isupper()

    def temperature(self, q: Quantity, glued: str, j: int) -> None:
        """ "40C", "104F", "40°C", "40 °F", "40°": a temperature (or an angle, "°" alone), with ``glued`` the
        scale letter glued to the number ("c", "f"; "" when none) and ``j`` the token after it."""
        t = self.t
        letter = glued
        if not glued and t.tok(j + 1) is not None and t.tokens[j + 1].glued and t.word(j + 1) in ("c", "f"):
            letter, q.last = t.word(j + 1), j + 1
        elif not glued:
            q.last = j
        unit = self.lex.units[{"c": "celsius", "f": "fahrenheit"}.get(letter, "degrees")][0]
        q.kind, q.unit = "measure", unit

    def a_noun_or_more(self, q: Quantity) -> None:
        """ "a day or two", "another pick or two": one or a few of the noun before "or", read from "a" as
        one figure from 1 to the number ("a day or two" is 1 to 2 days); ``q`` stays no figure otherwise."""
        t = self.t
        if t.word(q.first - 1) != "or" or t.word(q.first - 3) not in ("a", "an", "another") or q.high not in (2, 3):
            return
        noun, after = t.tok(q.first - 2), t.tok(q.last + 1)
        if after is not None and after.kind != "sym" and after.lower not in stopwords():
            return  # "a yes or two noes": the number counts its own noun
        if noun is None or noun.kind != "word" or not noun.text.islower() or noun.lower in stopwords() or noun.lower in word_class("break"):
            return
        if noun.lower in self.lex.units:
            unit, kind, _factor = self.lex.units[noun.lower]
            q.kind, q.unit = ("duration" if kind == "duration" else "measure"), unit
        else:
            q.kind, q.unit = "count", self.lex.counted.get(plural_of(noun.lower), plural_of(noun.lower))
        q.first, q.low = q.first - 3, 1.0

    def noun_phrase(self, j: int, head: int) -> tuple[int, int]:
        """The counted noun phrase that ends at ``head``, as token range: the head and the words before it,
        back to ``j`` at most, to a function word or to anything that is no word ("specialized Nvidia
        chips", "U.S. service members", "deal-makers"; "vote" of "the 60-vote threshold")."""
        t = self.t
        first = head
        while first > j:
            before = t.tokens[first - 1]
            if (before.text == "." or t.glued_hyphen(first - 1)) and before.glued and first - 2 >= j and t.tokens[first - 2].kind == "word":
                first -= 1  # the last dot of "U.S.", the hyphen of "deal-makers"
                continue
            if before.kind not in ("word", "name") or before.lower in word_class("break"):
                break
            first -= 1
        return first, head

    def share_gap(self, k: int) -> int:
        """How many words, ending at ``k``, join the two numbers of a share: 1 for "in" ("6 in 10"), 3
        for "-in-" ("one-in-five"), 2 for "out of" without "the" ("one out of three Germans"; "four out of the 10 most popular topics"
        counts four topics, ``out_of``); 0 when they join none."""
        t = self.t
        if t.word(k) == "in":
            return 1
        if t.glued_hyphen(k) and t.word(k - 1) == "in" and t.glued_hyphen(k - 2):
            return 3  # "one-in-five adults"
        return 2 if t.word(k) == "of" and t.word(k - 1) == "out" and t.word(k + 1) != "the" else 0

    def is_numerator(self, q: Quantity) -> bool:
        """Whether a bare number is the first of a share, "6 in 10 voters", "4 out of 5 dentists": "in"
        or "out of" and a larger number follow that is no year ("he was 25 in 2010" is no share)."""
        t = self.t
        gap = next((n for n in (1, 2, 3) if self.share_gap(q.last + n) == n), 0)
        if not gap:
            return False
        denominator = self.numbers.number(q.last + 1 + gap)
        if denominator is None or denominator.vague or denominator.low <= q.high:
            return False
        token = t.tokens[denominator.last]
        return denominator.scaled or not (token.kind == "num" and not token.decimal and 1000 <= token.value <= 2100 and "," not in token.text)

    def is_one(self, q: Quantity) -> bool:
        """Whether ``q`` is the number one alone, in words or the digit ("one drilling pad", "1 drilling pad"),
        not a scaled one ("1 million"), a decimal ("1.0") or the number of a name ("Game 1 winner")."""
        t = self.t
        if q.first != q.last or q.low != 1 or q.high != 1 or q.scaled:
            return False
        if q.worded:
            return t.word(q.first) == "one"
        if t.glued_hyphen(q.first - 1) and q.first >= 2 and t.rows[q.first - 2][3] == "num":
            return False  # "a 2-1 decision": the second side of a tally or score, no count of one
        return t.tokens[q.first].text == "1" and not self.numbers.looks_like_version(q)

    def singular_head(self, j: int) -> tuple[str, int]:
        """The counted noun of "one" as its plural, so that one and many count one thing: the head of
        the noun phrase at ``j``, its last word ("one drilling pad" -> "pads", "one lease sale" ->
        "sales", "one Russian diplomat" -> "diplomats", as "three drilling pads" counts pads).

        The phrase goes on over at most two more lower-case words that cannot be a verb agreeing
        with it or an adverb (no "-s", "-ed", "-ing", "-ly": "One proposal asks", "one person died"
        stay "proposals", "people"), a function word, a unit, or a word of the class ``phrase_end``
        (irregular past tenses and words after a count such as "short", "apiece": "one vote short"),
        save a plural noun of the class ``plural_modifier`` that modifies the head after it ("one human
        rights group" counts groups, not humans)."""
        t = self.t
        at = j
        modifiers = word_class("plural_modifier")
        while at < j + 2 or t.word(at) in modifiers:
            nxt = t.tok(at + 1)
            if nxt is None or nxt.kind != "word" or not nxt.text.islower() or nxt.glued or t.glued_hyphen(at + 2):
                break
            word = nxt.lower
            if word in word_class("break") or word in word_class("phrase_end") or word in stopwords() or word in self.lex.units:
                break
            if (word.endswith(("s", "ed", "ing", "ly")) and word not in modifiers) or not word.isalpha():
                break
            at += 1
        if t.word(at) in modifiers and at > j:
            at -= 1  # the phrase ended on the modifier: no head after it
        return plural_of(t.word(at)), at

    def elapsed(self, i: int, value: float | None = None) -> Quantity | None:
        """ "the shutdown, now in its seventh day", "the 35th day of the shutdown", "the fourth year of the war":
        an ordinal before a singular unit of time, after a determiner, is how long something has
        lasted so far (a duration of seven days). Not a place in the calendar: "the second week of
        March", "the third day of the month" are no figure. ``value`` is the ordinal's number when
        it is written in digits ("35th"); in words it is read at ``i``."""
        t = self.t
        if value is None:
            value = float(ORDINALS.get(t.word(i), 0))
        before = t.word(i - 1).replace("’", "'")
        if value < 2 or not (before in word_class("elapsed_determiner") or before.endswith("'s")):
            return None  # "its seventh day", "the shutdown's 35th day", "Biden's second year"
        k = i + 1  # not "for the second straight year": a streak counts repeated events, not one state's time so far
        if t.word(k) not in ELAPSED_AFTER or t.glued_hyphen(k) or t.glued_hyphen(k + 1):
            return None
        if t.word(k + 1) == "of":
            m = k + 2 + (1 if t.word(k + 2) in ("the", "this", "that", "next", "last") else 0)
            after = t.tok(m)
            if after is None or after.kind == "num" or t.word(m) in self.lex.months or t.word(m) in word_class("calendar_span"):
                return None
        unit = self.lex.units[t.word(k)][0]
        return Quantity(i, k, value, value, True, kind="duration", unit=unit, worded=t.tokens[i].kind != "num")

    def elided_unit(self, q: Quantity) -> str:
        """The counted noun a coordinated count leaves out: "18,000 people since July and 13,000
        since Aug. 14", "22 Democrats supported ..., and 35 favored", "from the five drilling pads
        requested by the company to three": the noun of the count just before, when "and", "or",
        "while" or "but" joins them, or "to" closes a "from" (English ellipsis in coordination)."""
        t = self.t
        k = q.first - 1
        while k > 0 and t.word(k) in word_class("hedge"):
            k -= 1  # "and approximately 13,000 since ..."
        if t.word(k) not in ("and", "or", "while", "but", "to"):
            return ""
        for m in range(k - 1, max(-1, k - 16), -1):
            token = t.tokens[m]
            if token.kind == "num" or (token.kind == "word" and token.lower in self.lex.number_words):
                if t.word(k) == "to" and "from" not in (t.word(m - 1), t.word(m - 2)):
                    return ""  # "to" joins only the two ends of "from the five drilling pads requested ... to three"
                noun, _ = self.noun_after(m + 1)
                return self.lex.counted.get(noun, noun) if noun else ""
        return ""

    def named_dollars(self, q: Quantity, j: int) -> tuple[str, str, int] | None:
        """(code, code, last token) of a dollar named after an amount written with a bare "$", which the
        sign alone reads as US dollars: "$1.3bn Canadian dollars", "$5 in Canadian dollars", "$10 CAD",
        "$100 Canadian" and "$76 US" before a function word or punctuation, "$1.3 billion (Canadian)";
        ``None`` when no named dollar follows or the sign is not bare ("C$3 million")."""
        t = self.t
        if t.tokens[q.first].text != "$":
            return None
        bracketed = t.is_sym(j, "(")
        written_in = not bracketed and t.word(j) == "in"
        named = self.dollar_name_at(j + 1 if bracketed or written_in else j)
        if named is None:
            return None
        code, last, whole = named
        if bracketed:
            if not t.is_sym(last + 1, ")"):
                return None
            last += 1
        elif not whole and (written_in or not self.ends_a_currency_name(last + 1)):
            return None  # "$5 million Canadian investment": the word names what the money is of
        return code, code, last

    def dollar_name_at(self, k: int) -> tuple[str, int, bool] | None:
        """(code, last token, whether written in full) of the name of a dollar at ``k``: "Canadian dollars",
        "Hong Kong dollars" (in full), "Canadian", "Hong Kong", "US", "U.S.", "CAD"; ``None`` if none."""
        t = self.t
        suffixes = self.lex.currency_suffix
        for length in (3, 2):
            words = [t.word(k + n) for n in range(length)]
            if words[-1] in ("dollar", "dollars") and " ".join(words) in suffixes:
                return suffixes[" ".join(words)], k + length - 1, True
        row = t.rows[k] if 0 <= k < t.n else None
        if row is None or row[3] != "word" or not row[0][:1].isupper():
            return None
        if row[0] in ("US", "U.S"):
            glued_stop = k + 1 < t.n and t.rows[k + 1][0] == "." and t.rows[k + 1][7] and row[0] == "U.S"
            return "USD", k + 1 if glued_stop else k, False
        if row[0].isupper() and row[0].lower() in suffixes and suffixes[row[0].lower()] in dollar_codes():
            return suffixes[row[0].lower()], k, False  # "$10 CAD"
        for length in (2, 1):
            words = [t.word(k + n) for n in range(length)]
            if " ".join([*words, "dollars"]) in suffixes:
                return suffixes[" ".join([*words, "dollars"])], k + length - 1, False  # "$100 Canadian"
        return None

    def ends_a_currency_name(self, k: int) -> bool:
        """Whether what follows a currency name written without "dollars" ends it: punctuation, the end of
        the sentence or a function word ("$100 Canadian on Friday", "$76 US a barrel"), not a noun it
        modifies ("$5 million Canadian investment"), nor a hyphen or slash glued to it ("a $5 million
        Canadian-owned mine": the name opens a compound adjective)."""
        t = self.t
        if k >= t.n:
            return True
        row = t.rows[k]
        if row[3] == "sym":
            return not (row[7] and (row[0] in DASHES or row[0] == "/"))
        return t.word(k) in NAME_ENDING_WORDS

    def currency_after(self, j: int) -> bool:
        """Whether a currency word follows at ``j`` ("yuan", "US dollars")."""
        return any(" ".join(self.t.word(j + n) for n in range(length)) in self.lex.currency_suffix for length in (1, 2))

    def out_of(self, q: Quantity) -> tuple[str, int]:
        """ "four out of the 10 most popular topics": a count of four, of topics (without "the", "four out
        of 10 voters" is a share, as "four in 10 voters" is: ``share_gap``)."""
        t = self.t
        j = q.last + 1
        if t.word(j) == "out" and t.word(j + 1) == "of" and t.word(j + 2) == "the":
            total = self.numbers.number(j + 3)
            if total is not None:
                return self.noun_after(total.last + 1)
        return "", -1

    def noun_after(self, j: int) -> tuple[str, int]:
        """The counted noun after a number and its token index: "2,000 specialized Nvidia chips" -> "chips".

        Up to three modifiers may stand between ("specialized", "Nvidia", "A100",
        "lower-grade", "most popular"); a function word, a scale, a unit or
        punctuation ends the search with nothing counted.
        """
        t = self.t
        skipped = 0
        while skipped <= 3:
            token = t.tok(j)
            if token is None or token.kind == "skip":
                return "", -1
            if token.kind == "num" and not (t.tok(j + 1) is not None and t.tokens[j + 1].text[:1].isupper()):
                return "", -1  # another number ("20-30 people") is the range reader's; "two new 737 Max jets" names a model
            if token.kind == "sym":
                if token.text in DASHES and t.glued_hyphen(j):
                    j += 1
                    continue
                if token.text == "." and token.glued and t.tok(j - 1) is not None and t.tokens[j - 1].kind == "word" and "." in t.tokens[j - 1].text:
                    j += 1  # the last dot of "U.S." in "13 U.S. service members"
                    continue
                return "", -1
            word = token.bare
            if word in self.lex.counted or (word in self.lex.group_plurals and token.text[:1].isupper()):
                return word, j
            if word in word_class("break") or word in self.lex.scales_spaced or word in self.lex.units:
                return "", -1
            hyphen_next = t.glued_hyphen(j + 1)
            if token.kind == "word" and not hyphen_next and is_plural(word) and token.text[:1].islower():
                head = t.tok(j + 1)
                if word in word_class("plural_modifier") and head is not None and head.kind == "word" and head.text.islower() and not head.glued and is_plural(head.bare):
                    return head.bare, j + 1  # "three human rights groups": the modifier's noun is the head counted
                return word, j
            if skipped and token.kind == "word" and token.text[:1].isupper() and not hyphen_next and is_plural(word) and self.ends_a_name(j):
                return word, j  # "eight straight World Cups", "two Super Bowls": the plural of a name of two words or more
            if skipped == 0 and t.glued_hyphen(j - 1) and token.kind == "word" and token.text.islower() and not hyphen_next:
                # a number-noun compound: "a 12-page summary", "the 60-vote threshold", "the 50-member conference"
                plural = plural_of(word)
                return (plural, j) if plural in self.lex.counted or plural != word else ("", -1)
            skipped += 1
            j += 1
        return "", -1

    def ends_a_name(self, j: int) -> bool:
        """Whether the capitalised word at ``j`` ends a name of capitalised words: the word before it is one
        ("World Cups"), the word after it is neither a capitalised word ("World Cups Trophy") nor a plural
        it would modify ("Giants fans")."""
        t = self.t
        before, after = t.tok(j - 1), t.tok(j + 1)
        if before is None or before.kind != "word" or not before.text[:1].isupper():
            return False
        if after is not None and after.kind == "word" and after.text.islower() and is_plural(after.bare):
            return False  # "3 New York Giants fans": the name modifies the noun counted after it
        return after is None or after.kind != "word" or not after.text[:1].isupper()

    def counted_before(self, first: int) -> str:
        """For "units", "pieces": the noun counted earlier ("a number of Nvidia A100 chips")."""
        t = self.t
        for k in range(first - 1, -1, -1):
            if t.word(k) == "number" and t.word(k + 1) == "of":
                for m in range(k + 2, min(k + 7, first)):
                    token = t.tokens[m]
                    if token.kind == "word" and is_plural(token.bare) and token.text[:1].islower():
                        return self.lex.counted.get(token.bare, token.bare)
        return ""

    def year_range(self, q: Quantity) -> None:
        """ "2007-2014", "2007–14", "2014-15": a period, kind year."""
        t = self.t
        j = q.last + 1
        token, nxt = t.tok(j), t.tok(j + 1)
        if token is not None and token.text in DASHES and nxt is not None and nxt.kind == "num" and not nxt.suffix and not nxt.decimal:
            end = nxt.value
            if end < 100:
                end = q.low // 100 * 100 + end
            if q.low < end <= 2100:
                q.high, q.last = end, j + 1
