"""Clauses: where a sentence breaks into the parts that each say one thing.

One splitter with three rules, because the lenses ask three questions of a sentence:

- ``QUANTITY_CLAUSES`` (figures: what a number is about): a break at ``; : ( ) [ ] —
  –``, at a comma, a spaced hyphen, and at "compared with/to", "while", "whereas",
  "but", "than", the places where a sentence moves from one quantity's subject to
  another's ("2,000 chips, compared with the 16,000 chips used by ...");
- ``CONTRAST_CLAUSES`` (tone around a mention): a break at ``; : — –``, a spaced
  hyphen, and before a contrast ("but", "while", "whereas", "although", "though",
  "yet", "however"), so that "X rose but Y fell" scores X and Y apart; commas do
  not break (an apposition belongs to its name);
- ``SPEECH_CLAUSES`` (attribution: where a reported clause starts): a break at ``:``,
  ``;`` and a spaced dash (two dashes enclose an aside and break nothing); with ``coordinated=True`` also after ", but/and/while/
  whereas/yet" ("X declined to comment, but a source close to X said ...").

A break is the span of its separator. ``clause_breaks`` lists them; ``clause_spans``
gives the clauses between them; ``clause_around`` the clause holding a span;
``clause_start`` where the clause holding a position starts. The idea follows the
punctuation- and connective-based clause boundaries of rule-based discourse
segmenters (e.g. Soricut & Marcu 2003, SPADE's baseline of cue phrases and
punctuation), much simplified.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ClauseRule:
    """Which separators break a clause: ``marks`` (punctuation) and ``words`` (connectives).

    ``word_gate``: substrings one of which must occur for ``words`` to be searched at
    all (a word pattern is slower than a test for a substring).
    """

    name: str
    marks: re.Pattern[str]
    words: re.Pattern[str] | None = None
    word_gate: tuple[str, ...] = ()
    coordination: re.Pattern[str] | None = None
    asides: re.Pattern[str] | None = None  # separators that come in pairs around an aside, for ``clause_start``


QUANTITY_CLAUSES = ClauseRule(
    "quantity",
    re.compile(r"[;:()\[\]—–]|,\s|\s-\s"),
    re.compile(r"\b(?:[Cc]ompared (?:with|to)|[Ww]hile|[Ww]hereas|[Bb]ut|than)\b"),
    ("ompared", "hile", "hereas", "but", "But", "than"),
)
CONTRAST_CLAUSES = ClauseRule(
    "contrast",
    re.compile(
        r"\s*[;:—–]\s*|\s+-\s+|,?\s+(?=(?:but|while|whereas|although|though|yet|however)\b)", re.IGNORECASE
    ),
)
SPEECH_CLAUSES = ClauseRule(
    "speech",
    re.compile(r"[:;]| [-—–] "),
    coordination=re.compile(r",\s+(?:but|and|while|whereas|yet)\s+(?=\S)"),
    asides=re.compile(r" [-—–] "),
)


def clause_breaks(
    text: str, start: int = 0, end: int | None = None, rule: ClauseRule = QUANTITY_CLAUSES, *, coordinated: bool = False
) -> tuple[tuple[int, int], ...]:
    """The separators of ``rule`` in ``text[start:end]``, as sorted ``(start, end)`` offsets into ``text``."""
    stop = len(text) if end is None else end
    spans = [match.span() for match in rule.marks.finditer(text, start, stop)]
    extra = []
    if rule.words is not None and (not rule.word_gate or any(word in text[start:stop] for word in rule.word_gate)):
        extra.extend(match.span() for match in rule.words.finditer(text, start, stop))
    if coordinated and rule.coordination is not None:
        extra.extend(match.span() for match in rule.coordination.finditer(text, start, stop))
    if extra:
        spans.extend(extra)
        spans.sort()
    return tuple(spans)


def clause_spans(text: str, start: int, end: int, rule: ClauseRule = CONTRAST_CLAUSES) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]`` between the separators of ``rule``, as offsets into ``text``
    (the whole range when nothing breaks it)."""
    spans = []
    cursor = start
    for break_start, break_end in clause_breaks(text, start, end, rule):
        if break_start > cursor:
            spans.append((cursor, break_start))
        cursor = max(cursor, break_end)
    if cursor < end:
        spans.append((cursor, end))
    return spans or [(start, end)]


def clause_around(
    text: str,
    start: int,
    end: int,
    span_start: int,
    span_end: int,
    rule: ClauseRule = QUANTITY_CLAUSES,
    breaks: tuple[tuple[int, int], ...] | None = None,
) -> tuple[int, int]:
    """The clause of ``text[start:end]`` around ``[span_start, span_end)``, as offsets into ``text``.

    Separators overlapping the span itself do not break it. ``breaks`` may pass
    ``clause_breaks(text, start, end, rule)`` computed once for many spans.
    """
    if breaks is None:
        breaks = clause_breaks(text, start, end, rule)
    # breaks are sorted by start: the clause ends at the first that starts at or after the span
    # (found by bisection: a run-on "sentence" can have thousands) and begins after the last
    # before that one to end at or before the span
    after = bisect_left(breaks, span_end, key=_break_start)
    right = breaks[after][0] if after < len(breaks) else end
    left = start
    for before in range(after - 1, -1, -1):
        if breaks[before][1] <= span_start:
            left = breaks[before][1]
            break
    return left, right


def _break_start(span: tuple[int, int]) -> int:
    return span[0]


def _break_end(span: tuple[int, int]) -> int:
    return span[1]


def clause_start(
    text: str, floor: int, position: int, rule: ClauseRule = SPEECH_CLAUSES, *, coordinated: bool = False, read: Sequence[tuple[int, int]] | None = None
) -> int:
    """Where the clause holding ``position`` starts, no earlier than ``floor``: after the last
    separator of ``rule`` before ``position``, past white space and commas. Separators of the rule's
    ``asides`` pair up from the left: a pair encloses an aside and breaks nothing ("the largest share -
    $5.1 million - pouring into Ohio, according to ..."); one left unpaired breaks.

    ``read``: ``clause_breaks(text, floor, end, SPEECH_CLAUSES)`` for an ``end`` at or past ``position``, when
    the caller reads several positions of one sentence (a run-on "sentence" read from its start for each of
    its cues is quadratic). The speech rule's marks have a fixed length, so those ending by ``position`` are
    exactly the breaks read up to ``position``."""
    start = floor
    if read is not None:
        if rule is not SPEECH_CLAUSES or coordinated:
            raise ValueError("clause_start: breaks read beforehand are only exact for SPEECH_CLAUSES without coordination")
        breaks = tuple(read[: bisect_right(read, position, key=_break_end)])
    else:
        breaks = clause_breaks(text, floor, position, rule, coordinated=coordinated)
    if rule.asides is not None:
        paired = [span for span in breaks if rule.asides.fullmatch(text, *span)]
        paired = paired[: len(paired) // 2 * 2]
        breaks = tuple(span for span in breaks if span not in paired)
    for _break_start, break_end in breaks:
        start = max(start, break_end)
    while start < position and text[start] in " \n\t,":
        start += 1
    return start
