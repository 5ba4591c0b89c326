"""What a figure measures: the measure nouns of its own noun phrase, or else those of its clause that
no other figure of its sentence holds.

A number is the value of one noun phrase, and English writes that phrase in few places (the
complex noun phrase and its complements, Quirk et al., A Comprehensive Grammar of the English
Language, 1985):

* after the number: the noun it counts ("3.7 million attempts"), the noun phrase of "in" or "of"
  after it ("$90 billion in revenue", "$10,000 in federal student debt", "$10m of its annual tax
  revenue"), or the noun it modifies, up to its first measure noun ("the $400 billion cost covers
  debt relief": what follows the head is the verb), unless the number is already the complement
  of a noun before it ("a profit of $25 billion offset higher costs");
* before it: a noun phrase joined to it by linking words (``figure_measure_links.txt`` and the
  verbs of change of ``figure_directions.csv``: "revenue of $90 billion", "a profit of $25
  billion", "earnings amounting to more than $10 million", "revenue rose 5% to $90 billion", "the
  price of gas hit an all-time high of $4.40"), with the phrases of "of", "in", "for" or "on"
  that follow its noun ("unemployment in Germany stood at 6%", "the cost of a gallon of
  gasoline hit $4.37"); or a noun right before it ("incomes over $10 million", "spending $3.5
  trillion").

A figure whose phrase names measures (``MEASURE_LEXICON``) measures those and no other word of
its clause: "$10,000 in federal student debt" measures debt, not the cost that "will cost the
government about $400 billion" gives to the other figure of its sentence. A figure whose phrase
names none ("will cost the government about $400 billion", "$10,000 in loan forgiveness")
measures what its clause names, less what the phrases of the figures of its sentence hold
("debt", held by "$10,000 in federal student debt"). A measure is a line of the lexicon, so that
synonyms ("income", "earnings") are one measure.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from ...figures import Figure, lexicons
from ...lexicons import data_lines, word_set
from ...text import WORD_RE, stem, stopwords

MEASURE_LEXICON = "figure_measure_nouns.txt"
PHRASE_WORDS = 3
"""A noun phrase read as a figure's own holds at most this many content words (its head and the
modifiers before it: "federal student debt"), and its prepositional phrase as many again."""
LINK_WORDS = 5
"""At most this many linking words or other figures stand between a noun and its value ("is
expected to be", "rose 5% to")."""
PHRASE_REACH = 160
"""Characters read either side of a figure for its phrase (a phrase of a few words is far shorter)."""

POSTMODIFIERS_READ = 2
"""Prepositional phrases read after the noun of a phrase before a figure ("the cost of a gallon of gasoline")."""
_POSTMODIFIERS = frozenset({"of", "in", "for", "on"})  # "unemployment in Germany", "the price of gas"
_AFTER = frozenset({"in", "of"})  # "$90 billion in revenue", "$10m of its revenue"
_DETERMINERS_READ = 2  # "in the income bracket", "of its annual tax revenue": function words skipped before a phrase


@lru_cache(maxsize=1)
def _measure_lines() -> dict[str, frozenset[str]]:
    """Stem of a measure noun -> the measures it names (each line of ``MEASURE_LEXICON``, by the stem of
    its first word: "taxes" and "tax" on two lines are one measure)."""
    found: dict[str, set[str]] = {}
    for line in data_lines(MEASURE_LEXICON):
        stems = [stem(word) for word in line.lower().split()]
        for word in stems:
            found.setdefault(word, set()).add(stems[0])
    return {key: frozenset(names) for key, names in found.items()}


def measures_of(stems: Iterable[str]) -> frozenset[str]:
    """The measures (``MEASURE_LEXICON`` lines) that stems name: "earn" names income, profit and pay."""
    lines = _measure_lines()
    found: set[str] = set()
    for word in stems:
        found |= lines.get(word, frozenset())
    return frozenset(found)


def same_measure(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two figures' measures leave them one quantity: either names none, or they share one."""
    return not a or not b or bool(a & b)


@lru_cache(maxsize=1)
def _links() -> frozenset[str]:
    return word_set("figure_measure_links.txt") | frozenset(lexicons().directions)


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The toolkit's stopwords and ``figure_stopwords.txt`` (hedges and time words that say nothing of a
    subject): words of a figure's sentence that are no content (read by ``context`` too)."""
    return stopwords() | word_set("figure_stopwords.txt")


class _Piece(NamedTuple):
    start: int
    end: int
    word: str  # lower case; "" for another figure
    change: bool = False  # another figure that states a change ("rose 5% to $90 billion")


Spans = Sequence[tuple[int, int, bool]]
"""The figures of a sentence, sorted: start, end, and whether the figure states a change."""


def _content(piece: _Piece) -> bool:
    """Whether a word may be part of a noun phrase: letters, and no function, linking or number word."""
    word = piece.word
    return bool(word) and not any(c.isdigit() for c in word) and word not in function_words() and word not in _links()


def _stems(pieces: Iterable[_Piece]) -> set[str]:
    found = set()
    for piece in pieces:
        word = piece.word[:-2] if piece.word.endswith(("'s", "’s")) else piece.word
        found.update(stem(part) for part in word.split("-") if part)
    return found


def _pieces(text: str, left: int, right: int, spans: Spans) -> list[_Piece]:
    """The words of ``text[left:right]`` in order, each figure of ``spans`` in it as one piece."""
    inside = []
    # spans do not overlap, so at most the one before the first starting at ``left`` reaches into the window
    for index in range(max(bisect_left(spans, (left, left, False)) - 1, 0), len(spans)):
        start, end, change = spans[index]
        if start >= right:
            break
        if left < end:
            inside.append(_Piece(max(start, left), min(end, right), "", change))
    pieces = list(inside)
    figure = 0  # the first figure of ``inside`` that does not end before the word
    for match in WORD_RE.finditer(text, left, right):
        while figure < len(inside) and inside[figure].end <= match.start():
            figure += 1
        if figure == len(inside) or match.start() < inside[figure].start:
            pieces.append(_Piece(match.start(), match.end(), match.group().lower()))
    return sorted(pieces)


def _joined(text: str, pieces: tuple[_Piece, ...] | list[_Piece], index: int, edge: int, step: int) -> bool:
    """Whether only spaces separate ``pieces[index]`` from ``edge`` (no punctuation: a comma or a dash ends a phrase)."""
    piece = pieces[index]
    return not (text[piece.end : edge] if step < 0 else text[edge : piece.start]).strip()


def _outer(piece: _Piece, step: int) -> int:
    """The edge of a piece away from the figure."""
    return piece.start if step < 0 else piece.end


def _phrase(text: str, pieces: list[_Piece], first: int, edge: int, step: int) -> tuple[list[_Piece], int]:
    """Up to ``PHRASE_WORDS`` content words joined to each other from ``pieces[first]`` (at ``edge``) on,
    ``pieces`` running from the figure outward in the direction ``step`` (-1 backward, 1 forward); and
    the index after them."""
    words: list[_Piece] = []
    index = first
    while index < len(pieces) and len(words) < PHRASE_WORDS and _joined(text, pieces, index, edge, step) and _content(pieces[index]):
        words.append(pieces[index])
        edge = _outer(pieces[index], step)
        index += 1
    return words, index


def _determiner(word: str) -> bool:
    """A function word that opens a noun phrase ("the", "a", "its"): no preposition and no link."""
    return word in function_words() and word not in _POSTMODIFIERS and word not in _links()


def _after_determiners(text: str, pieces: list[_Piece], first: int, edge: int, step: int) -> int:
    """The index after at most ``_DETERMINERS_READ`` determiners opening ``pieces[first:]``."""
    index = first
    while index < min(len(pieces), first + _DETERMINERS_READ) and _joined(text, pieces, index, edge, step) and _determiner(pieces[index].word):
        edge = _outer(pieces[index], step)
        index += 1
    return index


def _links_before(text: str, pieces: list[_Piece], start: int) -> int:
    """How many pieces before a figure (``pieces`` read backward from ``start``) link it to the noun
    before them: linking words, figures of a change ("rose 5% to"), and the function words between
    them ("hit an all-time high of"); none when the first is no link ("eligible for $10,000")."""
    edge, read, index = start, 0, 0
    while index < len(pieces) and index < LINK_WORDS + _DETERMINERS_READ and _joined(text, pieces, index, edge, -1):
        piece = pieces[index]
        if piece.change or piece.word in _links():
            read = index + 1
        elif not _determiner(piece.word):
            break
        edge = piece.start
        index += 1
    return read


def _before(text: str, pieces: list[_Piece], start: int) -> tuple[set[str], bool]:
    """The stems of the phrase before a figure (``pieces`` read backward from ``start``), and whether
    linking words join it to the figure ("a profit of $25 billion": the figure is its complement)."""
    read = _links_before(text, pieces, start)
    edge = pieces[read - 1].start if read else start
    words, index = _phrase(text, pieces, read, edge, -1)
    stems = _stems(words)
    linked = bool(words) and read > 0
    for _ in range(POSTMODIFIERS_READ if words else 0):
        # "unemployment in Germany", "the cost of a gallon of gasoline": what was read is the phrase of a noun before it
        at = _after_determiners(text, pieces, index, words[-1].start, -1)
        if at >= len(pieces) or pieces[at].word not in _POSTMODIFIERS or not _joined(text, pieces, at, pieces[at - 1].start if at > index else words[-1].start, -1):
            break
        words, index = _phrase(text, pieces, at + 1, pieces[at].start, -1)
        if not words:
            break
        stems |= _stems(words)
    return stems, linked


def _after(text: str, pieces: list[_Piece], end: int, figure: Figure, complement: bool) -> set[str]:
    """The stems of the phrase after a figure: its counted noun, its phrase of "in" or "of", or the noun
    it modifies ("the $400 billion cost"), read up to its first measure noun (what follows the head is
    the verb: "the $400 billion cost covers debt relief"); not the words after a figure that is the
    ``complement`` of a noun before it ("a profit of $25 billion offset higher costs")."""
    counted = {stem(word) for word in figure.noun.split()}
    if pieces and pieces[0].word in _AFTER and _joined(text, pieces, 0, end, 1):
        first = _after_determiners(text, pieces, 1, pieces[0].end, 1)
        words, _ = _phrase(text, pieces, first, pieces[first - 1].end, 1)
    elif complement:
        return counted
    else:
        words, _ = _phrase(text, pieces, 0, end, 1)
        heads = [index for index, piece in enumerate(words) if measures_of(_stems([piece]))]
        words = words[: heads[0] + 1] if heads else words
    return _stems(words) | counted


def own_measures(text: str, figure: Figure, left: int, right: int, spans: Spans) -> frozenset[str]:
    """The measures named by ``figure``'s own phrase in its clause ``text[left:right]`` (see the module's
    docstring), ``spans`` being the figures of its sentence; empty when it names none."""
    start, end = figure.span.start, figure.span.end
    # the figure's own span lies in neither window, so it is never read as another figure
    before = _pieces(text, max(left, start - PHRASE_REACH), start, spans)[::-1]
    after = _pieces(text, end, min(right, end + PHRASE_REACH), spans)
    stems, linked = _before(text, before, start)
    return measures_of(stems | _after(text, after, end, figure, linked))
