"""Tokens of one sentence for the figure lens: words, numbers, names and symbols, with offsets.

A number token keeps its value, its glued suffix ("bn", "th", "s", "km") and whether it
has decimals; a run of letters and digits that is no number ("GPT4", "A100") is a
``name``; stretches of web debris (addresses, file names, phone numbers, clock times,
``figure_non_figures.csv``) are ``skip`` tokens, never read as figures.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Sentence
from .vocabulary import DASHES, lexicons

DIGIT_RE = re.compile(r"\d")
# Only sentences with one of these can hold web debris or a phone number (figure_non_figures.csv).
# (Written with the digit they start with factored out: "\d[ .-](?\d{3}[ .-]\d", "\(\d{2,4}\)", "\d:\d",
# "\d ?[ap]\.m", the same strings, found in half the time.)
_PHONE_OR_TIME_GATE_RE = re.compile(r"\d(?:[ .\-]\(?\d{3}[ .\-]\d|:\d| ?[ap]\.m)|\(\d{2,4}\)")
# The same runs, with plain words and symbols told apart by the regex engine (most tokens are plain words).
# No token holds white space and every other character is in one, so the tokens of a sentence are those
# of its white-space-separated chunks, each read alone.
_TOKEN_RE = re.compile(r"(?P<word>[^\W\d_]+)(?![\w.,'’]\w|\w)|(?P<run>\w+(?:[.,'’]\w+)*)|(?P<decimal>(?<![\w.])\.\d+\b)|(?P<sym>\S)")
_NUMBER_RE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([A-Za-z]*[23²³]?)")  # the power of a glued unit: "32m2", "1,200km²"
_CODE_GLUED_RE = re.compile(r"([A-Z]{1,3})(\d[\d,.]*[A-Za-z]*)")

# The fractions Unicode writes as one character, glued to a whole number in news type ("2½ years").
VULGAR_FRACTIONS = {"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}
# Punctuation that stands alone around a word ("(Reuters),", "“Two", "chips."): no word character, so
# ``_TOKEN_RE`` reads each as a symbol and the letters between as one word.
_EDGE_MARKS = ".,;:!?\"'“”‘’()[]-–—"

Row = tuple
"""A token as a plain tuple ``(text, start, end, kind, value, suffix, decimal, glued)``: the fields of a ``Token``."""


def may_hold_debris(text: str) -> bool:
    """Only a sentence with one of these can hold web debris, a phone number or a clock time."""
    return "/" in text or "=" in text or "&" in text or "%2" in text or "www." in text or _PHONE_OR_TIME_GATE_RE.search(text) is not None


class Token:
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


def token_rows(text: str, offset: int, skip: Sequence[tuple[int, int]]) -> tuple[list[Row], list[str]]:
    """The tokens of ``text`` (a sentence starting at ``offset``) as rows: words, numbers, names, symbols;
    and each token's lower-case word ("" for a symbol or a skipped token).

    A token starting inside one of the ``skip`` spans (article offsets) is a ``skip`` token.
    Most white-space-separated chunks are letters alone, or letters between punctuation
    (``_EDGE_MARKS``): those are cut here as ``_TOKEN_RE`` would cut them; the rest go to it.
    """
    tokens: list[Row] = []
    words: list[str] = []
    append = tokens.append
    word_append = words.append
    previous_end = -1
    number_suffixes = lexicons().number_suffixes
    position = 0
    find = text.find
    for chunk in text.split():
        begin = find(chunk, position)  # only white space lies between: the chunk itself
        position = begin + len(chunk)
        if chunk.isalpha():
            start = begin + offset
            previous_end = start + len(chunk)
            if skip and any(a <= start < b for a, b in skip):
                append((chunk, start, previous_end, "skip", 0.0, "", False, False))
                word_append("")
            else:
                append((chunk, start, previous_end, "word", 0.0, "", False, False))
                word_append(chunk.lower())
            continue
        core = chunk.strip(_EDGE_MARKS)
        if not skip and core.isalpha():  # "" is no word: a chunk of marks alone goes to the regex
            lead = chunk.find(core)
            start = begin + offset
            for k in range(lead):
                append((chunk[k], start + k, start + k + 1, "sym", 0.0, "", False, k > 0))
                word_append("")
            start += lead
            end = start + len(core)
            append((core, start, end, "word", 0.0, "", False, lead > 0))
            word_append(core.lower())
            for k in range(lead + len(core), len(chunk)):
                append((chunk[k], end, end + 1, "sym", 0.0, "", False, True))
                word_append("")
                end += 1
            previous_end = end
            continue
        for match in _TOKEN_RE.finditer(text, begin, position):
            start = match.start() + offset
            end = match.end() + offset
            glued = start == previous_end
            previous_end = end
            run = match.group()
            group = match.lastgroup
            if skip and any(a <= start < b for a, b in skip):
                append((run, start, end, "skip", 0.0, "", False, glued))
                word_append("")
            elif group == "word":
                append((run, start, end, "word", 0.0, "", False, glued))
                word_append(run.lower())
            elif group == "sym":
                append((run, start, end, "sym", 0.0, "", False, glued))
                word_append("")
            elif group == "decimal":
                append((run, start, end, "num", float(run), "", True, glued))  # ".001 per cent"
                word_append(run.lower())
            elif run[-1] in VULGAR_FRACTIONS and (len(run) == 1 or run[:-1].isdecimal()):
                whole = float(run[:-1]) if len(run) > 1 else 0.0
                append((run, start, end, "num", whole + VULGAR_FRACTIONS[run[-1]], "", True, glued))  # "2½ years", "½"
                word_append(run.lower())
            elif run[0].isdigit():
                number = _NUMBER_RE.fullmatch(run)
                if number and (number.group(3).lower() in number_suffixes or number.group(3) in ("C", "F")):  # "40C": Celsius, not "5c" cents
                    digits, decimals, suffix = number.groups()
                    append((run, start, end, "num", float(digits.replace(",", "") + (decimals or "")), suffix, bool(decimals), glued))
                else:
                    append((run, start, end, "name", 0.0, "", False, glued))
                word_append(run.lower())
            else:
                code = _CODE_GLUED_RE.fullmatch(run) if DIGIT_RE.search(run) else None
                prefixes = lexicons().currency_prefix
                dollar = glued and tokens and tokens[-1][0] == "$"  # "$US55,931,000", "$A82,615,680"
                known = code is not None and (code.group(1) in prefixes or (dollar and "$" + code.group(1) in prefixes))
                number = _NUMBER_RE.fullmatch(code.group(2)) if known else None
                if code is not None and number is not None and number.group(3).lower() in number_suffixes:
                    # "USD10m", "RM23.50": a currency code glued to its amount
                    split = start + len(code.group(1))
                    digits, decimals, suffix = number.groups()
                    append((code.group(1), start, split, "word", 0.0, "", False, glued))
                    append((code.group(2), split, end, "num", float(digits.replace(",", "") + (decimals or "")), suffix, bool(decimals), True))
                    word_append(code.group(1).lower())
                    word_append(code.group(2).lower())
                else:
                    append((run, start, end, "word" if not DIGIT_RE.search(run) else "name", 0.0, "", False, glued))
                    word_append(run.lower())
    return tokens, words


class LazyTokens:
    """A sentence's tokens, made into objects only where the parser looks (most it never does)."""

    __slots__ = ("rows", "made")

    def __init__(self, rows: list[Row]) -> None:
        self.rows = rows
        self.made: list[Token | None] = [None] * len(rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i: int) -> Token:
        token = self.made[i]
        if token is None:
            token = self.made[i] = Token(*self.rows[i])
        return token


class SentenceTokens:
    """The tokens of one sentence, with the look-ups every reading step needs.

    ``rows`` are the plain tuples, ``tokens[i]`` the ``Token`` objects (made on demand),
    ``words[i]`` the lower-case word ("" for punctuation and skipped debris).
    """

    def __init__(self, sentence: Sentence) -> None:
        skip: list[tuple[int, int]] = []
        if may_hold_debris(sentence.text):
            skip = [(m.start() + sentence.start, m.end() + sentence.start) for m in lexicons().non_figure_any.finditer(sentence.text)]
        self.rows, self.words = token_rows(sentence.text, sentence.start, skip)
        self.tokens = LazyTokens(self.rows)
        self.n = len(self.rows)

    def tok(self, i: int) -> Token | None:
        """The token at ``i``, ``None`` outside the sentence."""
        return self.tokens[i] if 0 <= i < self.n else None

    def word(self, i: int) -> str:
        """The lower-case word at ``i`` ("" for punctuation, skipped debris or outside the sentence)."""
        return self.words[i] if 0 <= i < self.n else ""

    def is_sym(self, i: int, chars: str | frozenset[str]) -> bool:
        """Whether the token at ``i`` is a symbol among ``chars``."""
        if not 0 <= i < self.n:
            return False
        row = self.rows[i]
        return row[3] == "sym" and row[0] in chars

    def slash_unit(self, k: int, unit: str) -> str:
        """ "120km/h", "50 km/hr": the unit written with a slash, from ``unit`` (a unit word at ``k``, or
        the unit glued to the number at ``k``) and the word glued after the slash, when the unit
        lexicon knows it; "" otherwise."""
        if not self.is_sym(k + 1, "/") or not self.rows[k + 1][7] or k + 2 >= self.n or not self.rows[k + 2][7]:
            return ""
        slashed = f"{unit}/{self.words[k + 2]}"
        return slashed if slashed in lexicons().units else ""

    def glued_hyphen(self, i: int) -> bool:
        """``tokens[i]`` is a hyphen with no space on either side ("forty-year-old")."""
        if not 0 <= i < self.n - 1:
            return False
        row = self.rows[i]
        return row[0] in DASHES and row[7] and self.rows[i + 1][7]
