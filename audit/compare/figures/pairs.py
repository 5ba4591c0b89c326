"""Whether two mentions of different articles state one fact, and whether they agree or conflict.

Precision over recall, because a false conflict discredits a report: a conflict
needs a shared name in the clauses and ``CONFLICT_SCORE``, a higher bar than an
agreement (``AGREE_SCORE``); vague amounts, figures about different periods,
stretches of time, measures, counted people or people of an age are never one fact.
"""
from __future__ import annotations

from ...figures import Figure
from .context import NO_SIMILARITY, Similarity, contrasting_names, same_name, similarity
from .items import Item
from .values import capped, compatible_intervals, interval_of, unit_class

AGREE_SCORE = 2.0
CONFLICT_SCORE = 3.0

_ANY_PEOPLE = frozenset({"people", "persons", "individuals"})


def counted_noun(figure: Figure) -> str:
    """The noun as written at the end of a count ("executives" in "More than 80 executives")."""
    words = figure.surface.lower().split()
    return words[-1] if words else ""


def pair_status(a: Item, b: Item, topic: frozenset[str]) -> tuple[str, Similarity]:
    """How two mentions of different articles relate, with their similarity.

    ``agree``: overlapping values, similar enough to be one fact. ``conflict``: values
    that do not overlap, with the stronger evidence of one subject a conflict needs.
    ``weak``: values that do not overlap, similar only at the agreement level: not
    enough to call a conflict alone, enough to sit in a fact whose conflict another
    pair proves. ``no``: not one fact.
    """
    fa, fb = a.mention.figure, b.mention.figure
    if not (a.alignable and b.alignable) or fa.kind != fb.kind or unit_class(fa) != unit_class(fb):
        return "no", NO_SIMILARITY
    if fa.role != fb.role or fa.direction != fb.direction or fa.vague or fb.vague:
        return "no", NO_SIMILARITY  # a vague amount ("thousands") is evidence for nothing
    if a.periods and b.periods and not a.periods.meets(b.periods):
        return "no", NO_SIMILARITY  # about different years or dates
    if a.spans_of_time != b.spans_of_time and fa.kind not in ("date", "year", "age"):
        return "no", NO_SIMILARITY  # a quarter's figure and a year's
    ia, ib = interval_of(fa, a.day, fb), interval_of(fb, b.day, fa)
    if ia is None or ib is None:
        return "no", NO_SIMILARITY
    if fa.unit == "people" and counted_noun(fa) != counted_noun(fb) and not {counted_noun(fa), counted_noun(fb)} & _ANY_PEOPLE:
        return "no", NO_SIMILARITY  # "140 employees" and "12 executives" count different people
    if a.context.owner and b.context.owner and not same_name(a.context.owner, b.context.owner):
        return "no", NO_SIMILARITY  # the ages of two different people
    if a.context.measures and b.context.measures and not (a.context.measures & b.context.measures):
        return "no", NO_SIMILARITY  # "revenue of $90 billion" and "a profit of $25 billion" are different quantities
    alike = similarity(a.context, b.context, topic, person=fa.kind == "age")
    if compatible_intervals(capped(ia), capped(ib)):
        return ("agree" if alike.score >= AGREE_SCORE else "no"), alike
    if compatible_intervals(ia, ib) or fa.relative or fb.relative:
        return "no", alike  # loosely compatible: neither evidence of one fact nor a conflict
    if contrasting_names(a.context, b.context) or alike.score < AGREE_SCORE:
        return "no", alike
    named = alike.clause_name or (fa.kind == "age" and alike.wide_name)
    return ("conflict" if alike.score >= CONFLICT_SCORE and named else "weak"), alike


def pair_signature(item: Item) -> tuple:
    """Everything ``pair_status`` reads of an item: two items with equal signatures are judged alike
    beside any third. (Whoever makes ``pair_status`` read more must add it here.)"""
    f = item.mention.figure
    return (
        item.alignable, f.kind, f.unit, f.low, f.high, f.low_open, f.high_open, f.role, f.direction, f.vague, f.relative,
        f.surface, item.day, item.spans_of_time, item.periods, item.context,
    )


def group_pair(a: list[Item], b: list[Item], topic: frozenset[str]) -> tuple[str, Similarity]:
    """Two mention groups of different articles: the best-scoring pair of their members decides
    (the first such pair, members taken in order, on a tie)."""
    best: tuple[str, Similarity] | None = None
    for x in a:
        for y in b:
            result = pair_status(x, y, topic)
            if best is None or result[1].score > best[1].score:
                best = result
    assert best is not None
    return best


def same_stated(a: Item, b: Item) -> bool:
    """Whether two mentions write the same number(s) in the same unit."""
    fa, fb = a.mention.figure, b.mention.figure
    return fa.unit == fb.unit and (fa.stated_low, fa.stated_high) == (fb.stated_low, fb.stated_high)
