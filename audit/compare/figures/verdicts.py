"""Verdicts: a group of mentions becomes a fact that agrees, conflicts or has one source, with a note saying why.

The note states the values as written (``describe``), the relative difference of a
conflict, the exchange rates of a conversion, and the figures read as rounded.
Agreement between articles that copy one another is not corroboration
(``discount_copies``).
"""
from __future__ import annotations

import datetime as _dt
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ...figures import Figure, date_of
from ...model import Article
from .context import names_among, words_and_stems
from .facts import RANGES_ONLY_TOUCH, Fact, Mention
from .items import Item
from .values import CONVERSION_TOLERANCE, RATE_SOURCE, Interval, capped, compatible_intervals, interval_of, rate_date, read_as_rounded, relative_difference, to_usd, widened_interval

_ORDER = {verdict: rank for rank, verdict in enumerate(("conflict", "agree", "agree_after_conversion", "single_source"))}


def order_facts(facts: list[Fact]) -> tuple[Fact, ...]:
    """Conflicts first, then agreements, then single-source facts; within each, in the order the
    first mention appears (article order, then offset)."""
    facts.sort(key=lambda f: (_ORDER[f.verdict], f.mentions[0].article_index, f.mentions[0].figure.span.start))
    return tuple(facts)


def fact_of(items: list[Item], articles: Sequence[Article]) -> Fact:
    """The fact a group of mentions states, with its verdict and note."""
    items = sorted(items, key=lambda i: (i.mention.article_index, i.mention.figure.span.start))
    mentions = tuple(item.mention for item in items)
    subject = _fact_subject(items)
    if len({m.article_index for m in mentions}) == 1:
        reasons = sorted({item.reason for item in items if item.reason})
        note = "; ".join(reasons) if reasons else "stated by one article only: not verifiable from this set"
        return Fact(subject, "single_source", note, mentions)
    worst: tuple[float, Item, Item] | None = None
    # a conversion in brackets restates its article's figure: it is not a claim of its own, but it
    # pins the value (the statements of one article are read together, as the intersection of their
    # intervals: "at least 380 billion yuan (50 billion euros)" is about $52 billion)
    claims = [item for item in items if item.mention.figure.same_as is None]
    by_article: dict[int, list[Item]] = {}
    for item in items:
        by_article.setdefault(item.mention.article_index, []).append(item)
    # an article whose statements contradict each other is compared statement by statement, its
    # conversions included ("380 billion yuan (150 billion euros)")
    unreadable = {index for index, statements in by_article.items() if _read_together(statements, statements[0]) is None}
    compared = [item for item in items if item.mention.figure.same_as is None or item.mention.article_index in unreadable]
    for x in compared:
        for y in compared:
            if x.mention.article_index >= y.mention.article_index:
                continue
            together = _read_together(by_article[x.mention.article_index], y), _read_together(by_article[y.mention.article_index], x)
            if together[0] is not None and together[1] is not None:
                if compatible_intervals(*together):
                    continue
                difference = _stated_difference(x, y, *together)
            else:
                ix, iy = interval_of(x.mention.figure, x.day, y.mention.figure), interval_of(y.mention.figure, y.day, x.mention.figure)
                if ix is None or iy is None or compatible_intervals(capped(ix), capped(iy)):
                    continue
                if _one_number(by_article[x.mention.article_index]) and _one_number(by_article[y.mention.article_index]) and _any_compatible(
                    by_article[x.mention.article_index], by_article[y.mention.article_index]
                ):
                    continue  # one number that an article bounds both ways ("less than", "above $400,000"): a threshold, not a conflict
                ix, iy = capped(ix), capped(iy)
                difference = _stated_difference(x, y, ix, iy)
            if worst is None or difference > worst[0]:
                worst = (difference, x, y)
    currencies = sorted({c.mention.figure.unit for c in claims if c.mention.figure.kind == "money"})
    conversion = _conversion_note(items, currencies) if len(currencies) > 1 else ""
    if worst is not None:
        difference, x, y = worst
        said = f"{articles[x.mention.article_index].label}: {describe(x.mention.figure)}; {articles[y.mention.article_index].label}: {describe(y.mention.figure)}"
        if difference == 0:
            note = f"{said}: the {RANGES_ONLY_TOUCH}, they do not overlap"
        elif x.mention.figure.kind in ("date", "year"):
            note = f"{said}: {_apart(x.mention.figure, y.mention.figure)}"
        else:
            note = f"{said}: they differ by {difference:.0%}"
        also = [_also_states(by_article[mine.mention.article_index], mine, theirs, articles) for mine, theirs in ((x, y), (y, x)) if mine.mention.article_index in unreadable]
        return Fact(subject, "conflict", "; ".join(filter(None, [note, *also, shared_evidence(x, y), conversion])), mentions, difference)
    if conversion:
        return Fact(subject, "agree_after_conversion", conversion, mentions)
    note = _agree_note(mentions, {item.mention.article_index: item.day for item in items})
    nouns = sorted({item.mention.figure.unit for item in items if item.mention.figure.kind == "count"})
    if len(nouns) > 1:
        # counts of different nouns ("four states", "four nominating contests") are one quantity only by
        # their context: say so, and show the evidence
        first = items[0]
        other = next(item for item in items if item.mention.figure.unit != first.mention.figure.unit)
        note = "; ".join(filter(None, [f"{note}; counted as {' and '.join(nouns)}", shared_evidence(first, other)]))
    return Fact(subject, "agree", note, mentions)


def _also_states(statements: list[Item], mine: Item, theirs: Item, articles: Sequence[Article]) -> str:
    """What else an article whose statements contradict each other states that agrees with the other
    side of the conflict ("Breitbart News also states 2021-09-27"), or "": an outlet that writes the
    value in one sentence and another value in the next is not simply at odds with the other outlet."""
    agreeing = sorted(
        {describe(item.mention.figure) for item in statements if item is not mine and item.mention.figure.same_as is None and _any_compatible([item], [theirs])}
    )
    return f"{articles[mine.mention.article_index].label} also states {' and '.join(agreeing)}" if agreeing else ""


def shared_evidence(x: Item, y: Item) -> str:
    """What shows that two figures are about the same thing: the names and the words their
    sentences share (words as the first sentence writes them)."""
    a, b = x.context, y.context
    names = sorted({" ".join(sorted(name)) for name in names_among(a.wide_names, b.wide_names)})
    stems = (a.sentence_words & b.sentence_words) - {term for name in a.wide_names for term in name}
    written = sorted({word for word, stem in words_and_stems(x.mention.sentence) if stem in stems}, key=str.lower)
    parts = []
    if names:
        parts.append("names " + ", ".join(names))
    if written:
        parts.append("words " + ", ".join(written))
    return "same quantity by its context: " + "; ".join(parts) if parts else ""


def _read_together(statements: list[Item], other: Item) -> Interval | None:
    """The statements of one article about one quantity read together: the intersection of their
    intervals beside ``other``'s figure (in US dollars when the currencies differ); ``None`` when
    they cannot be converted or contradict each other (then each is compared on its own)."""
    together: Interval | None = None
    for item in statements:
        interval = interval_of(item.mention.figure, item.day, other.mention.figure)
        if interval is None:
            return None
        interval = capped(interval)
        if together is None:
            together = interval
            continue
        low, low_open = max((together.low, together.low_open), (interval.low, interval.low_open))
        high, high_open = min((together.high, not together.high_open), (interval.high, not interval.high_open))
        together = Interval(low, high, low_open, not high_open)
        if low > high or (low == high and (low_open or together.high_open)):
            return None
    return together


def _one_number(statements: list[Item]) -> bool:
    """Whether an article's statements all write one number in one unit."""
    return len({(i.mention.figure.unit, i.mention.figure.stated_low, i.mention.figure.stated_high) for i in statements}) == 1


def _any_compatible(left: list[Item], right: list[Item]) -> bool:
    """Whether any statement of one article overlaps any statement of the other."""
    for x in left:
        for y in right:
            ix, iy = interval_of(x.mention.figure, x.day, y.mention.figure), interval_of(y.mention.figure, y.day, x.mention.figure)
            if ix is not None and iy is not None and compatible_intervals(capped(ix), capped(iy)):
                return True
    return False


def _apart(a: Figure, b: Figure) -> str:
    """How far apart two dates ("62 days apart") or years ("2 years apart") are, nearest ends: a
    relative difference of day numbers or years says nothing. A year against a range of years is read
    from the range's end nearer it (``values.interval_of``)."""
    ia, ib = interval_of(a, None, b), interval_of(b, None, a)
    gap = max(ia.low, ib.low) - min(ia.high, ib.high) if ia is not None and ib is not None else max(a.low, b.low) - min(a.high, b.high)
    unit = "day" if a.kind == "date" else "year"
    gap = int(round(gap))
    return f"{gap} {unit}{'' if gap == 1 else 's'} apart"


def _stated_difference(x: Item, y: Item, ix: Interval, iy: Interval) -> float:
    """The relative difference between the numbers as stated, not between their rounding intervals."""
    in_usd = x.mention.figure.kind == "money" and x.mention.figure.unit != y.mention.figure.unit
    exact_x = widened_interval(x.mention.figure, x.day, 0.0, in_usd)
    exact_y = widened_interval(y.mention.figure, y.day, 0.0, in_usd)
    if exact_x is not None and exact_y is not None and not compatible_intervals(exact_x, exact_y):
        return relative_difference(exact_x, exact_y)
    return relative_difference(ix, iy)


def _fact_subject(items: list[Item]) -> str:
    """The subject phrase of the mention whose sentence shares most words with the others' (the first on a tie)."""
    # how many mentions' sentences hold each word: a mention shares a word with all the others that hold it
    holders = Counter(word for item in items for word in item.context.sentence_words)

    def shared(position: int) -> tuple[int, int]:
        overlap = sum(holders[word] - 1 for word in items[position].context.sentence_words)
        return overlap, -position

    return items[max(range(len(items)), key=shared)].mention.figure.subject


def _conversion_note(items: list[Item], currencies: list[str]) -> str:
    days = sorted({rate_date(item.day).isoformat() for item in items if item.mention.figure.kind == "money"})
    parts = []
    for item in items:
        f = item.mention.figure
        if f.kind != "money" or f.unit == "USD":
            continue
        converted = to_usd(f.low if not math.isinf(f.low) else f.high, f.unit, item.day)
        if converted is not None:
            parts.append(f"{describe(f)} ≈ {_money(converted, 'USD')}")
    return (
        f"{' and '.join(currencies)} compared in US dollars at {RATE_SOURCE} of {', '.join(days)}"
        f" (tolerance ±{CONVERSION_TOLERANCE:.0%}): " + "; ".join(parts)
    )


def _agree_note(mentions: Sequence[Mention], days: dict[int, _dt.date | None]) -> str:
    shown = sorted({describe(m.figure) for m in mentions})
    note = "all state " + shown[0] if len(shown) == 1 else "the stated values overlap: " + "; ".join(shown)
    rounded = sorted(
        {
            m.figure.surface
            for m in mentions
            for other in mentions
            if other.article_index != m.article_index and read_as_rounded(m.figure, other.figure, days[m.article_index], days[other.article_index])
        }
    )
    if rounded:
        note += f" (read as rounded to the last digit written: {', '.join(rounded)})"
    return note


def _number(value: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:,.3g} {word}" if value / size < 1000 else f"{value / size:,.0f} {word}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"


def _money(value: float, currency: str) -> str:
    return f"{_number(value)} {currency}"


_QUALIFIER_WORDS = {
    "about": "about", "at_least": "at least", "more_than": "more than", "at_most": "at most", "fewer_than": "fewer than",
    "as_many_as": "as many as", "up_to": "up to", "nearly": "nearly", "over": "over", "under": "under",
}


def describe(figure: Figure) -> str:
    """The figure's value in plain words, as stated: "more than 100 million USD", "39–40 years"."""
    f = figure
    if f.kind == "date":
        low, high = date_of(f.low).isoformat(), date_of(f.high).isoformat()
        return low if low == high else f"{low} to {high}"
    low, high = stated_bounds(f)
    unit = {"percent": "%", "percentage points": " percentage points"}.get(f.unit, f" {f.unit}" if f.unit else "")
    if f.kind == "year":
        return f"{low:.0f}" if low == high else f"{low:.0f}–{high:.0f}"
    if f.kind == "tally" and f.against is not None:
        return f"{_number(low)}–{_number(f.against)} votes"
    if f.kind == "duration" and high != 1:
        unit += "s"
    value = _number(low) if low == high else f"{_number(low)}–{_number(high)}"
    words = _QUALIFIER_WORDS.get(f.qualifier, "")
    return f"{words} {value}{unit}".strip() if words else f"{value}{unit}"


def stated_bounds(figure: Figure) -> tuple[float, float]:
    """The number(s) as written, before a qualifier widened them into an interval."""
    return figure.stated_low, figure.stated_high


_VERDICT_RANK = {"conflict": 0, "agree": 1, "agree_after_conversion": 1, "single_source": 2}


def discount_copies(facts: Sequence[Fact], groups: Sequence[int]) -> tuple[Fact, ...]:
    """Agreement between articles that copy one another is not corroboration.

    ``groups[i]`` names the copy group of article ``i`` (``audit.compare.copies.copy_groups``).
    An agreement whose every mention comes from one group becomes ``single_source``, with a
    note naming the articles; a conflict stays a conflict (copies that disagree are news).
    Facts are then ordered as ``compare_figures`` orders them.
    """
    discounted = []
    for fact in facts:
        sources = {groups[m.article_index] for m in fact.mentions}
        if fact.verdict in ("agree", "agree_after_conversion") and len(sources) == 1 and fact.outlets > 1:
            copies = ", ".join(sorted({m.article_id for m in fact.mentions}))
            note = f"stated only by articles that copy one another ({copies}): one source, not independent corroboration"
            fact = replace(fact, verdict="single_source", note=f"{fact.note}; {note}" if fact.note else note)
        discounted.append(fact)
    first = {id(f): (f.mentions[0].article_index, f.mentions[0].figure.span.start) for f in discounted}
    return tuple(sorted(discounted, key=lambda f: (_VERDICT_RANK.get(f.verdict, 3), first[id(f)])))
