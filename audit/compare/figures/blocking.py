"""Blocking: which pairs of mention groups can be an agreement or a conflict, found without comparing them all.

Comparing every pair of mention groups of one kind and unit grows with the square of
their number (minutes for a few thousand figures). Two cheap necessary conditions
pick the pairs worth judging (``pairs.group_pair``), so that no verdict changes:

* an *agreement* needs overlapping values: each mention's value is widened into
  the most it can reach beside any other (its rounding interval, the conversion
  tolerance between currencies, the cap on open ends, ``values.capped``), and only
  mentions whose reaches overlap are paired, by a sweep over the values sorted;
* a *conflict* has values that do not overlap, so values cannot block it, but it
  needs sentences that say the same thing: only mentions whose sentences share a word
  or a name are paired, through an index of terms; a term too common to tell figures
  apart (``COMMON_TERM``) pairs nobody.

Both conditions also require the same kind, unit class and stretch of time, and a
figure that is neither vague nor unalignable, so mentions are first partitioned by
those (roles and directions, which only differ when both are stated, are judged by
``pairs.pair_status``). A group pair is judged when any pair of their
members passes; a pair that passes neither test would be judged "no" or "weak"
(``alignment`` asks for those only when it merges groups, see ``PairJudge``).

What is left grows with the pairs that share a range of values or a name, not with
all pairs: a story whose every clause names the same company still judges most of
its pairs, since any two of them could conflict.
"""
from __future__ import annotations

import datetime as _dt
import heapq
from collections.abc import Callable, Iterable, Sequence

from ...figures import Figure
from .items import Item
from .values import Interval, capped, rounding_half_width, to_usd, unit_class, widened_interval

COMMON_TERM = 60
"""A clause word or name held by more figures than this (of one kind and unit) pairs none of them."""


def candidate_pairs(groups: Sequence[list[Item]], bucket: Sequence[int]) -> list[tuple[int, int]]:
    """Pairs ``(g, h)``, ``g < h``, of the groups in ``bucket`` (indices into ``groups``, of one kind
    and unit class) from different articles, that hold a member pair which may agree or conflict."""
    article_of = {g: groups[g][0].mention.article_index for g in bucket}
    if len(set(article_of.values())) < 2:
        return []
    partitions: dict[tuple, list[tuple[int, Item]]] = {}
    for g in bucket:
        for item in groups[g]:
            figure = item.mention.figure
            if not item.alignable or figure.vague:
                continue  # never one fact with anything
            times = item.spans_of_time if figure.kind not in ("date", "year", "age") else None
            partition = (figure.kind, unit_class(figure), times)
            partitions.setdefault(partition, []).append((g, item))
    found: set[tuple[int, int]] = set()
    for members in partitions.values():
        for g, h in _value_overlaps(members):
            _add(found, article_of, g, h)
        for g, h in _shared_terms(members):
            _add(found, article_of, g, h)
    return sorted(found)


def _add(found: set[tuple[int, int]], article_of: dict[int, int], g: int, h: int) -> None:
    if article_of[g] != article_of[h]:
        found.add((min(g, h), max(g, h)))


def _value_overlaps(members: list[tuple[int, Item]]) -> Iterable[tuple[int, int]]:
    """Group pairs of members whose values may overlap, in any space they can be compared in:
    money of one currency in that currency, money of two currencies in US dollars, the rest
    in its own (base) unit."""
    spaces: dict[str, list[tuple[float, float, int, int]]] = {}
    # money in one currency only is never converted (nor are the exchange rates read)
    currencies = {item.mention.figure.unit for _, item in members if item.mention.figure.kind == "money"}
    for g, item in members:
        figure = item.mention.figure
        if figure.kind == "money":
            raw = _reach(figure, item.day, in_usd=False)
            if raw is not None:
                spaces.setdefault(f"money {figure.unit}", []).append((*raw, item.mention.article_index, g))
            if len(currencies) > 1 and to_usd(1.0, figure.unit, item.day) is not None:  # an unknown currency converts to nothing
                usd = _reach(figure, item.day, in_usd=True)
                if usd is not None:
                    spaces.setdefault("money in USD", []).append((*usd, item.mention.article_index, g))
        else:
            reach = _reach(figure, item.day, in_usd=False)
            if reach is not None:
                spaces.setdefault("", []).append((*reach, item.mention.article_index, g))
    for reaches in spaces.values():
        yield from _overlapping(reaches)


def _reach(figure: Figure, day: _dt.date | None, *, in_usd: bool) -> tuple[float, float] | None:
    """The closed hull of every interval ``values.interval_of`` can give ``figure`` for agreeing, capped:
    unrounded or read as rounded (``rounding_half_width``); ``None`` when it has none."""
    hull: tuple[float, float] | None = None
    for half in {0.0, rounding_half_width(figure)}:
        interval: Interval | None = widened_interval(figure, day, half, in_usd)
        if interval is None:
            return None
        bounded = capped(interval)
        low, high = min(bounded.low, bounded.high), max(bounded.low, bounded.high)
        hull = (low, high) if hull is None else (min(hull[0], low), max(hull[1], high))
    return hull


def _overlapping(reaches: list[tuple[float, float, int, int]]) -> Iterable[tuple[int, int]]:
    """Group pairs of ``(low, high, article, group)`` reaches that overlap (closed), from different
    articles: a sweep over the lows, keeping the reaches not yet ended in a heap by their highs."""
    reaches.sort(key=lambda reach: (reach[0], reach[1], reach[3]))
    open_reaches: list[tuple[float, int, int]] = []
    for low, high, article, g in reaches:
        while open_reaches and open_reaches[0][0] < low:
            heapq.heappop(open_reaches)
        for _, other_article, h in open_reaches:
            if other_article != article:
                yield g, h
        heapq.heappush(open_reaches, (high, article, g))


def _shared_terms(members: list[tuple[int, Item]]) -> Iterable[tuple[int, int]]:
    """Group pairs of members whose sentences share a word or a name: two figures are one
    quantity whatever their values only when their sentences say the same thing
    (``pairs.SAME_SCORE``), which needs shared words or names."""
    return term_pairs(members, _sentence_terms)


def _sentence_terms(item: Item) -> set[str]:
    terms = set(item.context.sentence_words)
    for name in item.context.wide_names:
        terms.update(name)
    return terms


def term_pairs(members: Iterable[tuple[int, Item]], terms_of: Callable[[Item], Iterable[str]]) -> Iterable[tuple[int, int]]:
    """Group pairs of members from different articles that share a term of ``terms_of``.

    A term held by more than ``COMMON_TERM`` members tells none of them apart (a story's own
    subject): it pairs nobody, as in the blocking of record linkage, where the most frequent
    keys are left out so that the work grows with the pairs, not their square.
    """
    holders: dict[str, list[tuple[int, int]]] = {}
    for g, item in members:
        for term in terms_of(item):
            holders.setdefault(term, []).append((item.mention.article_index, g))
    for term in sorted(holders):
        held = holders[term]
        if len(held) <= COMMON_TERM:
            yield from _across(held, held)


def _across(left: list[tuple[int, int]], right: list[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """Group pairs of two lists of ``(article, group)`` from different articles."""
    for article, g in left:
        for other_article, h in right:
            if article != other_article:
                yield g, h
