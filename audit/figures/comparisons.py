"""Comparisons: a number read together with another one.

Ranges ("$80 to $100 million", "between 5 and 10", "2-3%"), changes ("from 3% to 5%",
with their direction; "fell 30%", ``figure_directions.csv``), amounts of change ("added $50
billion", "by 18%", ``figure_change_words.csv``), conversions in brackets
("380 billion yuan (50 billion euros)") and shares ("two-thirds of voters", "one in
five adults", read as percentages).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..lexicons import word_set, words_for_use
from .numbers import NumberReader
from .qualifiers import QualifierReader
from .quantity import Quantity
from .tokens import SentenceTokens
from .units import UnitReader
from .vocabulary import DASHES, FRACTIONS, lexicons, word_class

CHANGE_USES = ("amount_verb", "percent_verb", "change_verb", "comparison", "noun", "after")
CHANGE_KINDS = frozenset({"money", "percent", "percentage_points", "count", "measure", "duration"})
"""Kinds of figure that may be an amount of change: not a date, a year, an age, a rank or a tally."""
CHANGE_REACH = 15
"""Tokens before "by X" searched for the word of change it completes ("increased Senate Republicans'
previous proposal of $257 billion in new spending by roughly $150 billion")."""
CLAUSE_MARKS = frozenset(",;:()[]—–")
COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
VERB_OPENERS = frozenset({"to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "not", "n't", "they", "we", "i", "you"})
"""Words after which a word that is a noun or a verb of change ("increase", "cut") is the verb."""
FINITE_AFTER_SUBJECT = frozenset({"is", "are", "was", "were", "had", "have", "has", "will", "would", "could", "can", "may", "might", "should", "must", "did", "died"})
"""Words that open a clause's verb right after its subject ("30 people were injured"): the figure before
them is that clause's subject, reported by the verb before it ("He added 30 people were injured")."""
CLOSING_VERBS = frozenset({"closed", "ended", "finished", "closes", "ends", "finishes"})
"""Verbs of a market's or a count's close, after which "up" or "down" gives its move ("closed up 58 points");
not their base forms, which open phrasal verbs as often ("could end up 2,000 votes short")."""
CLAUSE_PREPOSITIONS = frozenset({"in", "on", "at", "along", "across", "from", "during", "since", "after", "before", "and", "but"})
"""Words that open what follows a clause's object ("injured 40 more in the blast")."""
NOUN_DETERMINERS = frozenset({"the", "a", "an", "this", "its", "his", "her", "their", "our", "any", "no", "each", "every"})
NOUN_FOLLOWERS = frozenset({"of", "for", "in", "on", "at", "is", "was", "are", "were", "has", "had", "that", "which", "will", "would"})
IRREGULAR_PARTICIPLES = frozenset({"made", "held", "led", "taken", "given", "paid", "sent", "seen", "known", "driven", "written", "told", "brought", "caught", "hit", "run", "set", "put", "chosen", "beaten", "shot", "struck", "killed", "hurt", "built", "bought", "sold", "found", "kept", "read", "signed"})
"""Past participles not ending in "-ed" that open the agent of a passive ("was struck by", "was led by")."""


def change_words(use: str) -> frozenset[str]:
    """The words of ``figure_change_words.csv`` of one use: "amount_verb", "change_verb", "comparison", "noun" or "after"."""
    return words_for_use("figure_change_words.csv", "word", use, CHANGE_USES)


@lru_cache(maxsize=2)
def words_of_change(comparison: bool) -> frozenset[str]:
    """The verbs of change of ``figure_change_words.csv`` ("amount_verb", "change_verb"), with its words
    of comparison when ``comparison``."""
    words = change_words("amount_verb") | change_words("change_verb")
    return words | change_words("comparison") if comparison else words


def t_between(t: SentenceTokens, k: int) -> bool:
    """Whether the word at ``k`` opens a range ("between 5 and 10", "from 20 to 10")."""
    return t.word(k) in ("between", "from")


class ComparisonReader:
    """Reads ranges, changes, conversions and shares in one sentence."""

    def __init__(self, tokens: SentenceTokens, numbers: NumberReader, units: UnitReader, qualifiers: QualifierReader) -> None:
        self.t = tokens
        self.numbers = numbers
        self.units = units
        self.qualifiers = qualifiers
        self.lex = lexicons()

    def fraction(self, q: Quantity) -> Quantity | None:
        """ "two-thirds of voters", "one in five adults": a share, read as a percentage."""
        t = self.t
        j = q.last + 1
        denominator = FRACTIONS.get(t.word(j + 1), 0) if t.glued_hyphen(j) and q.worded else 0
        if not denominator and q.worded and self.spaced_fraction(q.first, j):
            denominator, j = FRACTIONS[t.word(j)], j - 1  # "two thirds of voters", written without its hyphen
        if denominator and not q.vague:
            share = Quantity(q.first, j + 1, 100 * q.low / denominator, 100 * q.high / denominator, False, kind="percent", unit="percent")
            share = self.fraction_of_one(share) or share
            self.qualifiers.qualify(share)
            return share
        at = q.first - 1 - self.units.share_gap(q.first - 1)  # the numerator: "six in 10", "one out of three"
        numerator_word = t.word(at)
        last = t.tokens[q.last]
        if not q.scaled and last.kind == "num" and not last.decimal and 1000 <= last.value <= 2100 and "," not in last.text:
            return None  # "$40 in 2008", "at age 80 in 2020": a year, no denominator of a share
        if at < q.first - 1 and (numerator_word == "one" or numerator_word in self.lex.number_words or t.tok(at) is not None and t.tokens[at].kind == "num"):
            # "one in five adults", "six in 10 voters", "one out of three Germans"
            if numerator_word == "one":
                numerator = 1.0
            elif numerator_word in self.lex.number_words:
                numerator = self.lex.number_words[numerator_word][0]
            else:
                numerator = t.tokens[at].value
            if q.low and not q.vague and numerator < q.low:
                share = Quantity(at, q.last, 100 * numerator / q.low, 100 * numerator / q.high, False, kind="percent", unit="percent")
                self.qualifiers.qualify(share)
                return share
        return None

    def spaced_fraction(self, first: int, j: int) -> bool:
        """Whether the word at ``j``, after a number in words at ``first``, is the plural denominator of a
        fraction written without its hyphen and followed by "of" ("two thirds of voters", "three quarters
        of staff"); not "halves", and not quarters of a year ("the first three quarters of 2024")."""
        t = self.t
        word = t.word(j)
        if not word.endswith("s") or word not in FRACTIONS or word == "halves" or t.word(j + 1) != "of":
            return False
        return not (word == "quarters" and t.word(first - 1) in ("first", "last", "past", "next", "previous"))

    def share_word(self, i: int) -> Quantity | None:
        """ "half of the states", "half the voters", "a third of the population": a share, as a percentage."""
        t = self.t
        word = t.word(i)
        if word == "half" and t.word(i + 1) in ("of", "the", "a", "an"):
            share = Quantity(i, i, 50.0, 50.0, False, kind="percent", unit="percent", worded=True)
        elif word == "a" and t.word(i + 1) == "half" and self.points_end(i + 2) < 0:
            # "a half hour", "a half dozen eggs", "a half million": half of the unit or scale after it
            return self.fraction_of_one(Quantity(i, i + 1, 50.0, 50.0, False, worded=True), article=False)
        elif word == "a" and t.word(i + 1) in ("quarter", "half") and self.points_end(i + 2) > 0:
            # "a quarter point", "a half-point cut", "a quarter percentage point": a fraction of one point
            value = 100 / FRACTIONS[t.word(i + 1)] / 100
            share = Quantity(i, self.points_end(i + 2), value, value, False, kind="percentage_points", unit="percentage points", worded=True)
        elif word in ("a", "one") and t.word(i + 1) in FRACTIONS and not t.word(i + 1).endswith("s") and t.word(i + 2) == "of":
            value = 100 / FRACTIONS[t.word(i + 1)]
            share = Quantity(i, i + 1, value, value, False, kind="percent", unit="percent", worded=True)
        else:
            return None
        whole = self.fraction_of_one(share)
        if whole is None and t.word(i + 1) in ("a", "an"):
            return None  # "half a dozen", "half a million": a number (NumberReader)
        share = whole or share
        self.qualifiers.qualify(share)
        return share

    def points_end(self, k: int) -> int:
        """The last token of "point", "percentage point" or "-point" at ``k`` (a point of a rate), else -1."""
        t = self.t
        k += 1 if t.glued_hyphen(k) else 0
        if t.word(k) == "percentage" and t.word(k + 1) in ("point", "points"):
            return k + 1
        return k if t.word(k) in ("point", "points") else -1

    def fraction_of_one(self, share: Quantity, article: bool = True) -> Quantity | None:
        """ "a quarter of a million people", "three-quarters of a billion dollars", "a third of a mile",
        "half a mile", and with ``article=False`` "a half hour", "a half dozen eggs": a fraction of one
        scale or unit is an amount, not a share; ``None`` when no "a" (unless ``article`` is False) and
        a scale word or a unit follow the fraction."""
        t = self.t
        k = share.last + 1 + (1 if t.word(share.last + 1) == "of" else 0)
        if not article:
            k = share.last + (1 if t.glued_hyphen(share.last + 1) else 0)  # "a half-dozen", "a half-hour show"
        elif t.word(k) not in ("a", "an"):
            return None
        whole = t.word(k + 1)
        if t.glued_hyphen(k + 2):
            return None
        fraction = share.low / 100
        if self.points_end(k + 1) > 0:  # "half a percentage point", "three-quarters of a percentage point"
            return Quantity(share.first, self.points_end(k + 1), fraction, fraction, False, kind="percentage_points", unit="percentage points", worded=True)
        if whole in self.lex.scales_spaced and whole != "hundred" or whole == "dozen":
            value = fraction * (12 if whole == "dozen" else self.lex.scales_spaced[whole])
            amount = Quantity(share.first, k + 1, value, value, value == int(value), scaled=whole != "dozen", worded=True)
            self.units.complete(amount)
            if not amount.kind:
                amount.kind = "count"
            return amount
        if whole in self.lex.units and self.lex.units[whole][1] != "magnitude":
            unit, kind, _factor = self.lex.units[whole]
            return Quantity(share.first, k + 1, fraction, fraction, False, kind="duration" if kind == "duration" else "measure", unit=unit, worded=True)
        return None

    def range_or_change(self, q: Quantity) -> list[Quantity] | None:
        """A range ("$80 to $100 million", "between 5 and 10") as one quantity, or a change
        ("from 3% to 5%") as its two ends; ``None`` when ``q`` stands alone."""
        t = self.t
        j = q.last + 1
        connector = t.word(j) or (t.tokens[j].text if t.tok(j) is not None else "")
        before = t.word(q.first - 1)
        is_between = before == "between" and connector == "and"
        if connector == "from" and before == "to":
            return self.reversed_change(q, j)
        if self.hanging_hyphen(j):
            return self.suspended_compound(q, j)
        if connector not in ("to", "-", "–", "—", "or") and not is_between:
            return None
        if connector == "to" and before == "to" and t.word(q.first - 2) == "up":
            return None  # "from up to 252 miles to 287 miles": a bound, then the end of a change; no range from 0 to 287
        if connector == "to" and before == "by" and q.unit and self.after_realized_change(q.first - 2):
            return None  # "increased by $43.6 billion to $419.2 billion": the change, then the level it reached
        if connector in DASHES and not (t.tokens[j].glued or t.tok(j + 1) is not None and not t.tokens[j + 1].glued):
            return None
        if q.kind in ("year",) and q.low != q.high:
            return None
        other = self.other_end(q, j)
        if other is None:
            return None
        if connector == "to" and other.kind == "count" and not other.unit and t.is_sym(other.last + 1, DASHES) and t.tokens[other.last + 1].glued:
            inner = self.range_or_change(replace(other))  # "from 24.2 to 33-35 billion euros": the change ends in a range
            if inner is not None and len(inner) == 1 and inner[0].kind != "tally":
                other = inner[0]
        if connector == "or" and other.low <= q.low:
            return None  # "three or four years" is a range; "one or the other" is not
        tally = self.tally(q, other, connector) if connector != "or" else None
        if tally is not None:
            return [tally]
        if q.kind == "count" and not q.unit and other.unit:
            q.kind, q.unit = other.kind, other.unit
        if other.kind == "count" and not other.unit and q.kind == "age":
            other.kind, other.unit = q.kind, q.unit  # "the age ... from 18 to 21"
        if q.kind == "year" and other.kind in ("count", "money", "percent"):
            q.kind, q.unit = other.kind, other.unit
        if q.kind != other.kind or (q.unit != other.unit and q.unit):
            if not (q.kind == "money" and other.kind == "money"):
                return None
        if not q.scaled and other.scaled and q.high < 1000 and "," not in t.tokens[q.last].text and q.high <= self.numbers.unscaled(other):
            # "$80 to $100 million": the first end takes the scale; "$370,000 to $5.5 million" and
            # "from $200 to $4 million" (the first is larger than the second's number) do not
            scale = self.numbers.scale_of(other)
            q.low *= scale
            q.high *= scale
            q.scaled = True
        if q.currency == "USD" != other.currency and other.currency and t.tokens[q.first].text == "$" == t.tokens[other.first].text:
            q.currency = other.currency  # "$5 million to $7 million Canadian dollars": the dollar named after the range is both ends'
        q.currency = q.currency or other.currency
        if q.kind == "money":
            q.unit = q.currency or other.unit
        is_from = before == "from" and t.word(q.first - 2) not in ("range", "ranges", "ranged", "ranging", "vary", "varies", "varying")
        if is_from and connector == "to":
            q.first -= 1
            q.role, other.role = "from", "to"
            direction = "up" if other.low > q.low else ("down" if other.low < q.low else "")
            q.direction = other.direction = direction
            self.qualifiers.qualify(other)
            return [q, other]
        if other.low < q.low:
            return None  # "20-10" is a score or a ratio, not a range
        if is_between:
            q.first -= 1
        q.high, q.last, q.noun = other.high, other.last, other.noun
        q.high_open = other.high_open
        self.qualifiers.qualify(q)
        return [q]

    def hanging_hyphen(self, j: int) -> bool:
        """Whether the token at ``j`` is a hyphen glued to the number before it and left hanging before
        "to", "and", "or" or a comma ("10- to 15-minute", "two- and three-bedroom")."""
        t = self.t
        if not t.is_sym(j, DASHES) or not t.rows[j][7] or j + 1 >= t.n:
            return False
        nxt = t.tokens[j + 1]
        return nxt.text == "," or not nxt.glued and nxt.lower in ("to", "and", "or")

    def suspended_compound(self, q: Quantity, j: int) -> list[Quantity] | None:
        """A number whose compound's second half is left to the last one of a coordination (a suspended
        hyphen): "a 10- to 15-minute walk" is one range of minutes; in "two- and three-bedroom flats"
        and "four-, five- and six-cylinder engines" each number counts what the last compound does
        (the numbers after the first are read in turn). ``None`` when no compound closes it."""
        t = self.t
        k = j + 1
        while k < min(j + 12, t.n):
            if t.word(k) in ("to", "and", "or") or t.is_sym(k, ","):
                k += 1
                continue
            if (t.tokens[k].kind == "num" or t.word(k) in self.lex.number_words) and self.hanging_hyphen(k + 1):
                k += 2
                continue
            break
        other = self.other_end(q, k - 1)
        if other is None or not t.glued_hyphen(other.first + 1) or other.kind in ("", "year"):
            return None
        q.kind, q.unit, q.noun = other.kind, other.unit, other.noun
        if t.word(j + 1) != "to":
            return [q]
        q.high, q.last = other.high, other.last
        return [q]

    def after_realized_change(self, k: int) -> bool:
        """Whether the word at ``k`` (or before an adverb there) is a verb of change in the past tense
        ("increased", "rose sharply"): what it changed by is known, so "by X to Y" after it states the
        change and the level reached, where "could rise by 5 to 10 percent" gives a range of changes."""
        t = self.t
        if t.word(k).endswith("ly"):
            k -= 1
        return t.word(k) in word_class("realized_change")

    def other_end(self, q: Quantity, j: int) -> Quantity | None:
        """The quantity after the connector at ``j`` ("to", a dash, "and", "from"), read with ``q``'s
        currency when it writes none; ``None`` when it is no figure."""
        currency, start = self.units.currency_prefix(j + 1)
        other = self.numbers.number(start)
        if other is None:
            return None
        other.first = j + 1
        other.currency = currency or q.currency
        self.units.complete(other)
        self.units.inches_after(other)
        return other if other.kind else None

    def reversed_change(self, q: Quantity, j: int) -> list[Quantity] | None:
        """ "to 5 percent from 3.8 percent": a change written new value first, as its two ends."""
        other = self.other_end(q, j)
        if other is None or other.kind != q.kind or (other.unit != q.unit and q.kind != "money"):
            return None
        q.first -= 1
        q.role, other.role = "to", "from"
        direction = "up" if q.low > other.low else ("down" if q.low < other.low else "")
        q.direction = other.direction = direction
        other.first = j  # the change's "from" belongs to its first end
        return [q, other]

    def tally(self, q: Quantity, other: Quantity, connector: str) -> Quantity | None:
        """ "a 251-174 vote", "passed 65-33", "the vote was 65 to 33": a tally, one figure with two sides.

        Two whole numbers with nothing counted: with a dash when the first is at least the second
        (a range rises, a tally or a score does not), else (or with "to") when the sentence speaks
        of a vote (``figure_tally_words.txt``).
        """
        bare = all(x.kind == "count" and not x.unit and not x.scaled and x.integer and not x.currency and not x.worded for x in (q, other))
        if not bare or t_between(self.t, q.first - 1) or other.last != other.first:
            return None
        voting = not self.lex.tally_words.isdisjoint(self.t.words)
        if (connector == "to" or other.low > q.low) and not voting:
            return None  # "20-30" alone is a range; with a vote in the sentence it is a tally
        if connector not in DASHES and connector != "to":
            return None
        q.kind, q.unit, q.last, q.against = "tally", "votes", other.last, other.low
        return q

    def direction(self, q: Quantity) -> None:
        """ "fell 30%", "reduced by more than 90%": a relative change, with its direction.

        Only for percentages: "cut 500 jobs" or "lost $5 million" state amounts, not changes of a level.
        """
        if q.kind not in ("percent", "percentage_points"):
            return
        t = self.t
        k = q.first - 1
        if t.word(k) == "by":
            k -= 1
        verb = t.word(k)
        if verb in self.lex.directions:
            q.direction = self.lex.directions[verb]

    def amount_of_change(self, q: Quantity) -> None:
        """ "added $50 billion", "increased the proposal by roughly $150 billion", "a cut of 1.9
        percent", "up 58 points", "$50 billion more", "another $600 million": the figure states by how
        much something changed, not the level it is at (``role`` "change").

        News states a change and the level it changes in the same units ("a proposal of $257 billion
        ... by roughly $150 billion"), and an outlet restating one quantity keeps its role: an amount
        of change and a level are compared only with their like (``audit.compare.figures.pairs``).
        The words are those of ``figure_change_words.csv`` and the increments of
        ``figure_increment_words.txt``, read right before or right after the figure, and "by" after a
        word of change of its clause.
        """
        if q.kind not in CHANGE_KINDS or q.role:
            return
        t = self.t
        k = q.first - 1
        before = t.word(k)
        if q.noun is not None and q.noun[0] > q.first:
            # a comparative inside the counted noun most often describes the things counted ("90-plus smaller
            # parties" are parties that are small), so it says nothing of the count; "more" and "fewer" alone
            # measure the count against another ("ten more senators": ten in addition)
            after = t.word(q.noun[0]) if t.word(q.noun[0]) in ("more", "fewer") else ""
        else:
            after = t.word(q.last + 1)
        if (
            before in word_set("figure_increment_words.txt")
            or self.amount_after_verb(q, before)
            or before in ("up", "down") and self.up_or_down_of_a_level(k, q)
            or before == "by" and self.after_word_of_change(k) and not self.score_of_votes(q)
            or before == "of" and t.word(k - 1) in change_words("noun")
            or after in change_words("after") and not self.others_counted(q, after)
            or q.kind in ("money", "percent", "percentage_points") and t.word(q.last + 1) in change_words("noun")
        ):
            q.role = "change"

    def amount_after_verb(self, q: Quantity, verb: str) -> bool:
        """Whether ``q``, right after ``verb``, is the amount that verb changes by ("added $50 billion",
        "grew 2.9 percent").

        Not a total ("adds up to 185,000"), nor the subject of a clause the verb reports ("He added 30
        people were injured"): a finite verb right after the figure. A verb that takes a level as its
        object as often ("grows 500 acres of corn", "declined two requests") states a change only by a
        percentage ("grew 2.9 percent")."""
        if verb in change_words("percent_verb"):
            return q.kind in ("percent", "percentage_points")
        if verb not in change_words("amount_verb") or q.qualifier == "up_to" and verb.startswith("add"):
            return False
        return self.t.word(q.last + 1) not in FINITE_AFTER_SUBJECT

    def ends_of_changes(self, found: list[Quantity]) -> None:
        """ "decreasing his roughly $2.3 trillion initial demand to $1.1 trillion", "increased the
        proposal of $257 billion by roughly $150 billion", "from 54 miles per gallon by 2025 to 28
        miles per gallon": a change whose starting level is written inside the object of its verb of
        change, or parted from its end by a phrase, so that ``range_or_change`` does not read it. The
        level that changes is the ``from`` end; a figure after "to" the ``to`` end (an amount after
        "by" is the change, ``amount_of_change``).

        The next figure of the same kind and unit in the clause, within ``CHANGE_REACH`` tokens, must
        follow "to" or be the amount of change after "by", and the first must follow "from" or a verb
        of change of its clause (``figure_change_words.csv``).
        """
        t = self.t
        next_of_kind: dict[str, Quantity] = {}
        ends: list[Quantity | None] = []
        for q in reversed(found):  # each figure's next figure of its kind, in one pass (a run-on "sentence" holds thousands)
            ends.append(next_of_kind.get(q.kind))
            next_of_kind[q.kind] = q
        for q, end in zip(found, reversed(ends)):
            if q.role or q.kind not in CHANGE_KINDS or q.low != q.high or end is None or end.first - q.last > CHANGE_REACH:
                continue
            if end.role not in ("", "change") or (end.unit != q.unit and q.kind != "money"):
                continue
            connector = t.word(end.first - 1)
            if not (connector == "to" or connector == "by" and end.role == "change") or end.first - 1 == q.last + 1:
                continue  # "beat her 51% to 36%": a score, which ``range_or_change`` has read and left alone
            if any(t.is_sym(j, CLAUSE_MARKS) and not t.glued_hyphen(j) for j in range(q.last + 1, end.first)):
                continue
            opened = t.word(q.first - 1)
            if opened == "to" or opened != "from" and not self.after_word_of_change(q.first, comparison=False):
                continue  # "grow to 29 percent and Asians to 9 percent": two ends reached, no start
            q.role = "from"
            if connector == "to":
                end.role = "to"
                q.direction = end.direction = "up" if end.low > q.low else ("down" if end.low < q.low else "")

    def after_word_of_change(self, k: int, *, comparison: bool = True) -> bool:
        """Whether a verb of change (``figure_change_words.csv``: "increased", "lowered"), or with
        ``comparison`` a word of comparison ("won", "higher"), stands in the clause before the token at
        ``k``, within ``CHANGE_REACH`` tokens.

        "by" names the agent of a passive as often as a margin: after a participle that is no word of
        change ("was approved by 52 senators", "were arrested by 200 police officers") it is the agent,
        whatever word of change stands before. A noun of change ("the tax increase") takes no "by" of
        its amount, so a word that is a noun as well as a verb counts only after a word that opens a
        verb ("will increase", "to cut"); a comparative or "up" takes one only right before it ("higher
        by 2 percent", "up by 5 percent"), while "won", "beat" or "trail" take one after their object.
        """
        t = self.t
        words = words_of_change(comparison)
        margin = t.word(k) == "by"
        if margin and self.passive_agent(k):
            return False
        before = k - 1
        while t.word(before).endswith("ly"):
            before -= 1
        for j in range(k - 1, max(k - 1 - CHANGE_REACH, -1), -1):
            if t.is_sym(j, CLAUSE_MARKS) and not t.glued_hyphen(j):
                return False
            word = t.word(j)
            if word not in words:
                continue
            verb = t.word(j - 1) in VERB_OPENERS
            if margin and (word in change_words("after") or word in ("up", "down")) and not verb and j != before:
                continue  # "More than 40 protesters ... by": a comparative takes its margin right after it
            if margin and word in change_words("noun") and not verb and self.noun_of_change(j):
                continue  # "the tax increase ... by": a noun takes no "by" of its amount
            return True
        return False

    def others_counted(self, q: Quantity, after: str) -> bool:
        """Whether "``q`` more", with no noun nor "than" after it, is the object of the verb right before
        it ("killed 12 people and injured 40 more.", "found nearly 200 more along the border"): so many
        others of what was counted before, a level, not by how much a quantity grew."""
        t = self.t
        if after != "more" or q.kind != "count" or q.unit or t.word(q.last + 1) != "more":
            return False
        verb = t.word(q.first - 1)
        if not (verb.endswith("ed") or verb in IRREGULAR_PARTICIPLES):
            return False
        return t.is_sym(q.last + 2, CLAUSE_MARKS | {"."}) or t.word(q.last + 2) in CLAUSE_PREPOSITIONS

    def up_or_down_of_a_level(self, k: int, q: Quantity) -> bool:
        """Whether "up" or "down" at ``k`` before ``q`` states how much a level moved: after a linking
        verb ("is down 15.9 percent"), a verb of a market's close ("closed up 58 points"), a comma
        ("rose to 4.1 percent, up 0.3 points") or before the level it moved from ("up 20 percent from
        last year"); not the particle of a phrasal verb ("signed up 500 people"), which takes "from" of
        its source after counts and sums ("signed up 500 volunteers from Ohio") but not after a rate."""
        t = self.t
        rate = q.kind in ("percent", "percentage_points") or q.unit == "points"
        if t.word(k - 1) in COPULAS | CLOSING_VERBS or t.is_sym(k - 1, ","):
            return True
        # "opened down 90 points", but "would open up an estimated $23 trillion in investment": a phrasal verb
        return rate and (t.word(k - 1) in ("opened", "opens") or t.word(q.last + 1) == "from")

    def score_of_votes(self, q: Quantity) -> bool:
        """Whether "by ``q`` to Y" after a word of comparison gives the two sides' shares ("leading
        Trump by 70 percent to 25 percent"), not the margin between them."""
        t = self.t
        if t.word(q.last + 1) != "to" or not (t.tokens[q.last + 2].kind == "num" if q.last + 2 < len(t.tokens) else False):
            return False
        return not self.after_word_of_change(q.first - 1, comparison=False)

    def noun_of_change(self, j: int) -> bool:
        """Whether the word of change at ``j``, a noun as well as a verb ("increase", "cut"), is the
        noun: after a determiner ("the increase") or before a preposition or a verb ("increase for
        schools", "increase was approved"), where the verb takes its object ("cut the budget")."""
        t = self.t
        return t.word(j - 1) in NOUN_DETERMINERS or t.word(j + 1) in NOUN_FOLLOWERS

    def passive_agent(self, k: int) -> bool:
        """Whether "by" at ``k`` follows a participle that is no word of change ("approved by",
        "arrested by"), skipping adverbs: the agent of a passive, not a margin."""
        t = self.t
        j = k - 1
        while t.word(j).endswith("ly"):
            j -= 1
        word = t.word(j)
        if word in words_of_change(True):
            return False
        return word.endswith("ed") or word in IRREGULAR_PARTICIPLES

    def conversion(self, q: Quantity) -> Quantity | None:
        """ "380 billion yuan (50 billion euros)": the same amount in another currency."""
        t = self.t
        if q.kind != "money" or not t.is_sym(q.last + 1, "("):
            return None
        j = q.last + 2
        while t.word(j) in ("about", "around", "roughly", "approximately", "or", "some"):
            j += 1
        currency, start = self.units.currency_prefix(j)
        other = self.numbers.number(start)
        if other is None:
            return None
        other.first, other.currency = j, currency
        self.units.complete(other)
        if other.kind != "money" or other.unit == q.unit or not t.is_sym(other.last + 1, ")"):
            return None
        self.qualifiers.qualify(other)
        other.role = "same_as"
        return other
