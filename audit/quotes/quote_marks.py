"""Quote marks: which marks open and close a quotation, paragraph by paragraph.

Straight and curly double quotes, two apostrophes written as one double quote mark
(''like this,'' as The New York Times archive writes them) and curly single quotes are
paired left to right within a paragraph. Single quotes inside double quotes are nested quotation and stay
part of the outer quote; a curly apostrophe (``don’t``, ``companies’``) never closes
a single quote unless nothing else can. A quote left open at a paragraph's end that
reopens at the start of the next (the news convention for a quote over several
paragraphs) is one quote; so is a double quote left open that the next paragraph closes without reopening
it, after a comma, a question or an exclamation mark, or after a full stop ending a sentence that is no
pull quote's attribution line (text written one sentence a line: ``_closes_over_lines``). A quoted nickname inside a name (Yichao “Peak” Ji) is no
quotation.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Article
from ..text import split_by_spans

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_OPENERS = _OPEN_DOUBLE + '"‘\''  # and "''"


@dataclass
class QuoteMarkPair:
    """One quotation: the offsets of its two marks and of its content (blanks trimmed).

    ``used`` is set once an attribution has taken the pair, so that no quotation is
    reported twice.
    """

    open: int  # index of the opening mark
    close: int  # index of the closing mark
    start: int  # content start
    end: int  # content end
    reopened: bool = False  # continued from the previous paragraph
    used: bool = False


class QuoteMarks:
    """The quotations of one article (nicknames left out), in order, and the intervals
    they cover, marks included."""

    def __init__(self, article: Article):
        text = article.text
        self.pairs: list[QuoteMarkPair] = [p for p in quote_mark_pairs(article) if not _is_nickname(text, p)]
        self.intervals: list[tuple[int, int]] = [(p.open, p.close + 1) for p in self.pairs]
        self._text_length = len(text)

    def encloses(self, position: int) -> bool:
        """Whether ``position`` lies inside a quotation (its marks included)."""
        index = bisect.bisect_right(self.intervals, (position, self._text_length + 1)) - 1
        return index >= 0 and self.intervals[index][0] <= position < self.intervals[index][1]

    def within(self, start: int, end: int) -> list[QuoteMarkPair]:
        """The quotations whose marks both lie in ``[start, end)``, in order."""
        first = bisect.bisect_left(self.intervals, (start, start))
        pairs = []
        for pair in self.pairs[first:]:
            if pair.open >= end:
                break
            if pair.close < end:
                pairs.append(pair)
        return pairs

    def open_at_end(self, start: int, end: int) -> QuoteMarkPair | None:
        """The quotation that opens in ``[start, end)`` and closes at or after ``end`` (one left
        open where a span stops), or None."""
        # quotations do not overlap, so only the last one opening before ``end`` can still be open there
        index = bisect.bisect_left(self.intervals, (end, end)) - 1
        if index >= 0 and start <= self.pairs[index].open and end <= self.pairs[index].close:
            return self.pairs[index]
        return None

    def outside(self, start: int, end: int) -> list[tuple[int, int]]:
        """The pieces of ``[start, end)`` outside every quotation: the narrator's words."""
        return list(split_by_spans(start, end, self.intervals)[1])


def _is_opening_straight(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before.isspace() or before in "([—–-/:") and not after.isspace()


def _opens_line(text: str, i: int) -> bool:
    """A closing curly quote written where a line opens, before a word: a typo for an opening one."""
    return (i == 0 or text[i - 1] == "\n") and i + 1 < len(text) and text[i + 1].isalnum()


def _pairs_in(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Quote-mark pairs in ``text[start:end]`` as (index of the opening mark, index of the last
    character of the closing mark), and an opening left unclosed at the end (or None). Two
    apostrophes are one double quote mark (''like this,'' as some newspaper archives write them)."""
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    kind = ""
    i = start
    while i < end:
        ch = text[i]
        if ch == "'" and text.startswith("''", i) and i + 1 < end:
            if opened is None or kind == "apostrophes":
                if opened is None and _is_opening_straight(text, i, 2):
                    opened, kind = i, "apostrophes"
                elif opened is not None and _is_opening_straight(text, i, 2) and not (i + 2 < end and text[i + 2] in ",.;:!?"):
                    opened = i  # the previous opening was never closed: start again here
                elif opened is not None:
                    pairs.append((opened, i + 1))
                    opened = None
                i += 2
                continue
        if opened is None:
            if ch in _OPEN_DOUBLE or (ch == '"' and _is_opening_straight(text, i)) or (ch == "”" and _opens_line(text, i)):
                opened, kind = i, "double"
            elif ch == "‘":
                opened, kind = i, "single"
        elif kind == "double":
            if ch in _CLOSE_DOUBLE:
                pairs.append((opened, i))
                opened = None
            elif ch == '"':
                if _is_opening_straight(text, i) and not (i + 1 < end and text[i + 1] in ",.;:!?"):
                    opened = i  # the previous opening was never closed: start again here
                else:
                    pairs.append((opened, i))
                    opened = None
            elif ch in _OPEN_DOUBLE:
                opened = i
        elif kind == "single":
            if ch == "’":
                after = text[i + 1] if i + 1 < end else " "
                if not after.isalnum():
                    pairs.append((opened, i))
                    opened = None
            elif ch in _OPEN_DOUBLE or ch == "‘":
                opened, kind = i, ("double" if ch != "‘" else "single")
        i += 1
    return pairs, opened


def _first_closing(text: str, start: int, end: int) -> int | None:
    """The index of the last character of a closing double quote mark that comes before any opening mark in
    ``text[start:end]``, or None."""
    for match in DOUBLE_MARK_RE.finditer(text, start, end):
        i = match.start()
        if match.group() == "''":
            return None if _is_opening_straight(text, i, 2) else i + 1
        if match.group() in _CLOSE_DOUBLE:
            return None if _opens_line(text, i) else i
        if match.group() == '"':
            return None if _is_opening_straight(text, i) else i
        return None  # an opening mark comes first
    return None


_CUE_NEAR_RE = re.compile(r"\b(?:said|says|added|adds|told|tells|wrote|writes|asked|asks|according to)\b", re.IGNORECASE)
_UNMARKED_LINES = 2  # "“A." / "B." / "C." / "D,” said X": a quote over four lines at most, its middle ones unmarked
_ATTRIBUTION_WORDS = 8  # "Former NAACP president Ben Jealous.”": a short line ending in a name
_ENDS_WITH_NAME_RE = re.compile(r"[A-Z][\w.’'\-]*\s+[A-Z][\w’'\-]*\.?\s*$")
_NAME_LINE_RE = re.compile(r"\s*(?:[A-Z][\w.’'\-]*\s+)+[A-Z][\w.’'\-]*\s*(?:[,.]|$)")


def _closes_over_lines(text: str, start: int, closing: int) -> bool:
    """Whether the closing mark ending at ``closing`` closes a quote that the paragraph from ``start`` goes on
    with: as news closes a quote before its attribution, after a comma, a question or an exclamation mark
    ("...partisan,” said Thune"), or after a sentence that is no pull quote's attribution line: one whose first
    words are a name and title alone ("Rep. Jim Clyburn.”", "Amy Pope, deputy homeland security advisor.”"),
    or a short one ending in a name ("Former NAACP president Ben Jealous.”")."""
    opening = closing - 1 if text.startswith("''", closing - 1) else closing
    before = text[opening - 1:opening]
    if before in (",", "?", "!"):
        return True
    # a mark after a word ("the agency” had no way") closes a quoted phrase, not a sentence the quote went on with
    line = text[start:opening]
    attribution = _NAME_LINE_RE.fullmatch(line.split(",", 1)[0]) or (len(line.split()) <= _ATTRIBUTION_WORDS and _ENDS_WITH_NAME_RE.search(line))
    return before in (".", "…") and not attribution


# a double quote mark of any style, straight, curly, angled, or two apostrophes (the NYT archive)
DOUBLE_MARK_RE = re.compile("''|[\"" + _OPEN_DOUBLE + _CLOSE_DOUBLE + "]")


def _pair(text: str, opening: int, closing: int, reopened: bool = False) -> QuoteMarkPair:
    """The pair whose opening mark starts at ``opening`` and whose closing mark ends at ``closing``."""
    start = opening + (2 if text.startswith("''", opening) else 1)
    end = closing - 1 if text.startswith("''", closing - 1) and closing - 1 >= start else closing
    return QuoteMarkPair(opening, closing, start, end, reopened=reopened)


def quote_mark_pairs(article: Article) -> list[QuoteMarkPair]:
    """Every quote-mark pair in the scored body, a quote running over paragraphs joined."""
    text = article.text
    by_paragraph: dict[int, list[int]] = {}
    for sentence in article.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence.index)
    result: list[QuoteMarkPair] = []
    carry: int | None = None
    skipped = 0  # lines with no mark a quote left open has gone on over
    carry_cued = False
    for paragraph in sorted(by_paragraph):
        indices = by_paragraph[paragraph]
        p_start = article.sentences[indices[0]].start
        p_end = article.sentences[indices[-1]].end
        first_char = text[p_start] if p_start < len(text) else ""
        carried_double = carry is not None and text[carry] != "‘"  # a ‘ left open is as often an apostrophe ("the ‘80s")
        closing = _first_closing(text, p_start, p_end) if carried_double and first_char not in _OPENERS else None
        if closing is not None and _closes_over_lines(text, p_start, closing):
            # a quote left open that closes in the next paragraph, which does not reopen it, before its attribution: one
            # quote split into lines sentence by sentence ("“I thought it was out of line." / "I thought it was partisan,”
            # said Thune."), or after a sentence that is no pull quote's attribution line ("Rep. Jim Clyburn.”")
            result.append(_pair(text, carry, closing, reopened=True))
            carry, p_start = None, closing + 1
        pairs, unclosed = _pairs_in(text, p_start, p_end)
        if carry is not None and pairs and pairs[0][0] == p_start and first_char in _OPENERS:
            # an unclosed quote at the end of the previous paragraph reopens here: one quote
            first = pairs.pop(0)
            result.append(_pair(text, carry, first[1], reopened=True))
        reopened_again = carry is not None and not pairs and unclosed == p_start and first_char in _OPENERS
        # a line of a quote written one sentence a line, with no mark of its own ("“A." / "B." / "C,” said X"), as far
        # as _UNMARKED_LINES such lines: a quote left open further is a stray mark more likely than a quotation
        goes_on_unmarked = (
            carry is not None and carried_double and skipped < _UNMARKED_LINES and not carry_cued
            and first_char not in _OPENERS and DOUBLE_MARK_RE.search(text, p_start, p_end) is None
        )
        carry = carry if reopened_again or goes_on_unmarked else None  # a quote over three or more paragraphs goes on
        skipped = skipped + 1 if goes_on_unmarked else 0
        for a, b in pairs:
            result.append(_pair(text, a, b))
        if carry is None and unclosed is not None and not any(a <= unclosed <= b for a, b in pairs):
            carry = unclosed
            # a verb of saying in the paragraph that leaves the quote open attributes it there ('...to keep, said Kessel'
            # with its closing mark forgotten; 'Mr. Rhodes said, “The fact is ...'): it runs on over marked lines only
            carry_cued = _CUE_NEAR_RE.search(text, max(p_start, carry - 40), p_end) is not None
    for pair in result:
        while pair.start < pair.end and text[pair.start].isspace():
            pair.start += 1
        while pair.end > pair.start and text[pair.end - 1].isspace():
            pair.end -= 1
    return [p for p in result if p.end > p.start]


def _is_nickname(text: str, pair: QuoteMarkPair) -> bool:
    """A quoted nickname inside a name: Yichao “Peak” Ji."""
    inner = text[pair.start:pair.end]
    before = text[max(0, pair.open - 30):pair.open]
    after = text[pair.close + 1:pair.close + 30]
    return (
        len(inner.split()) <= 2
        and inner[:1].isupper()
        and bool(re.search(r"[A-Z][\w\-]*\s$", before))
        and bool(re.match(r"\s[A-Z]", after))
    )
