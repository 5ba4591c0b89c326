"""Span arithmetic: half-open ``(start, end)`` offsets into one text, merged, cut and subtracted.

Every lens reports evidence as spans into ``Article.text``; these helpers combine
them without ever rewriting the text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

_SPACE_RE = re.compile(r"\s")


def merge_spans(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Sorted, non-overlapping spans covering the same characters as ``spans``."""
    merged: list[list[int]] = []
    for start, end in sorted((int(a), int(b)) for a, b in spans if b > a):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((a, b) for a, b in merged)


def split_by_spans(
    start: int, end: int, spans: Sequence[tuple[int, int]]
) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """``[start, end)`` cut into the pieces inside ``spans`` and the pieces outside (``spans`` merged, sorted)."""
    inside: list[tuple[int, int]] = []
    outside: list[tuple[int, int]] = []
    cursor = start
    # spans ending before ``start`` are skipped by bisection: an actor mentioned thousands of
    # times in one run-on sentence made a linear skip quadratic
    for index in range(bisect_right(spans, start, key=lambda span: span[1]), len(spans)):
        a, b = spans[index]
        if b <= start:
            continue
        if a >= end:
            break
        a, b = max(a, start), min(b, end)
        if a > cursor:
            outside.append((cursor, a))
        inside.append((a, b))
        cursor = max(cursor, b)
    if cursor < end:
        outside.append((cursor, end))
    return tuple(inside), tuple(outside)


def subtract_spans(start: int, end: int, cuts: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``[start, end)`` minus the ``cuts`` (any order, may overlap), as the pieces that remain, in order."""
    pieces = [(start, end)]
    for cut_start, cut_end in cuts:
        if cut_end <= start or cut_start >= end:
            continue
        next_pieces = []
        for a, b in pieces:
            if cut_end <= a or cut_start >= b:
                next_pieces.append((a, b))
                continue
            if a < cut_start:
                next_pieces.append((a, cut_start))
            if cut_end < b:
                next_pieces.append((cut_end, b))
        pieces = next_pieces
    return pieces


def cut_to_reach(text: str, start: int, end: int, span: tuple[int, int], reach: int) -> tuple[int, int]:
    """The part of ``span`` (a sentence) read for ``text[start:end]`` inside it: all of it, unless it runs more than
    ``reach`` characters past ``[start, end)`` on a side; there it is cut at a space, so that no word is cut. A lens
    reading a run-on "sentence" of thousands of words from its start for each of its words is quadratic."""
    s0, s1 = span
    if start - s0 > reach:
        cut = start - reach
        space = _SPACE_RE.search(text, cut, start)
        s0 = space.end() if space else cut
    if s1 - end > reach:
        cut = end + reach
        s1 = max(text.rfind(" ", end, cut), text.rfind("\n", end, cut))
        s1 = s1 if s1 >= end else cut
    return s0, s1
