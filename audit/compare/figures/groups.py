"""Mention groups: the figures of one article that restate each other, and the story's topic words.

A conversion in brackets ("380 billion yuan (50 billion euros)") joins the figure it
converts; the same value stated again, in a sentence about the same thing
(``RESTATEMENT_SCORE``), joins the first statement of it.
"""
from __future__ import annotations

from .context import FigureContext, similarity
from .items import Item

RESTATEMENT_SCORE = 2.0
"""Similarity at which the same value stated twice in one article is one statement."""

_ValueKey = tuple  # (article, kind, unit, stated low, stated high, role, direction, against)


def mention_groups(items: list[Item], topic: frozenset[str]) -> list[list[Item]]:
    """Figures of one article that restate each other: a conversion in brackets, or the same number
    repeated (with or without a qualifier).

    An item joins the first group (in order of creation) whose first member is
    alignable, of its article, with the same value key and a similar enough
    context. Only groups of the same value key are looked at, and among those
    that share one first context only the earliest: a later one would answer the same.
    """
    groups: list[list[Item]] = []
    by_span: dict[tuple[int, int, int], int] = {}
    # value key -> first context -> the earliest group with that first member's context
    by_value: dict[_ValueKey, dict[FigureContext, int]] = {}
    for item in items:
        f = item.mention.figure
        key = (item.mention.article_index, f.span.start, f.span.end)
        # the number as stated, whatever qualifies it: "as many as 24,000 Venezuelans" and "24,000
        # Venezuelans" in one article restate one quantity, and the verdict reads them together
        # an amount of change restated in one article often drops the word that made it one ("another
        # $600 million ... the $600 million will go to"): its role is no part of the restatement's key
        value = (item.mention.article_index, f.kind, f.unit, f.stated_low, f.stated_high, "" if f.role == "change" else f.role, f.direction, f.against)
        target = None
        if f.same_as is not None:
            target = by_span.get((item.mention.article_index, f.same_as.start, f.same_as.end))
        if target is None and item.alignable:
            for context, g in by_value.get(value, {}).items():
                if similarity(context, item.context, topic).score >= RESTATEMENT_SCORE:
                    target = g
                    break
        if target is None:
            groups.append([item])
            by_span[key] = len(groups) - 1
            if item.alignable:
                by_value.setdefault(value, {}).setdefault(item.context, len(groups) - 1)
        else:
            groups[target].append(item)
            by_span[key] = target
    return groups


def topic_terms(items: list[Item], articles: int) -> frozenset[str]:
    """Words and names found around figures of every article (sets of three or more): the story's subject."""
    if articles < 3:
        return frozenset()
    seen: dict[str, set[int]] = {}
    for item in items:
        terms = set(item.context.sentence_words) | {t for name in item.context.wide_names for t in name}
        for term in terms:
            seen.setdefault(term, set()).add(item.mention.article_index)
    return frozenset(term for term, where in seen.items() if len(where) == articles)
