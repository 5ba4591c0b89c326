"""Each figure made ready for alignment: its mention, its context, whether it can be compared at all,
and the period and stretch of time its sentence puts it in."""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from ...figures import Figure
from ...model import Article, Sentence, Span
from ...text import find_names, vocabulary
from .context import FigureContext, SentenceReadings, SubjectNames, figure_context
from .facts import Mention
from .values import unit_class


class Periods:
    """The years and explicit dates stated in a figure's sentence other than the figure itself:
    the period it is about. "a 1% tax rate in 2014" and "an effective rate of 0.05% over
    2007–2014" are about different periods, whatever their words share.

    Kept as the sentence's periods less the figure's own (when no other figure states it),
    so that a run-on "sentence" listing thousands of years does not make a set per figure.
    """

    __slots__ = ("stated", "without")

    def __init__(self, stated: frozenset[tuple[float, float]], without: tuple[float, float] | None) -> None:
        self.stated = stated
        self.without = without

    def __bool__(self) -> bool:
        return len(self.stated) > (1 if self.without is not None else 0)

    def __iter__(self) -> Iterator[tuple[float, float]]:
        return (period for period in self.stated if period != self.without)

    def meets(self, other: Periods) -> bool:
        """Whether the two share a period."""
        small, large = (self, other) if len(self.stated) <= len(other.stated) else (other, self)
        return any(period in large.stated and period != large.without for period in small)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Periods) and (self.stated, self.without) == (other.stated, other.without)

    def __hash__(self) -> int:
        return hash((self.stated, self.without))


class SentencePeriods:
    """The years and explicit dates stated in one sentence (not relative ones)."""

    def __init__(self, figures: Sequence[Figure]) -> None:
        self.counts: dict[tuple[float, float], int] = {}
        for figure in figures:
            self.counts[(figure.low, figure.high)] = self.counts.get((figure.low, figure.high), 0) + 1
        self.stated = frozenset(self.counts)
        self.own = {id(figure) for figure in figures}

    def around(self, figure: Figure) -> Periods:
        """The periods of the sentence other than ``figure`` itself."""
        period = (figure.low, figure.high)
        alone = id(figure) in self.own and self.counts[period] == 1
        return Periods(self.stated, period if alone else None)


@dataclass(eq=False)
class Item:
    """One figure of one article, with what alignment needs to know of it."""

    mention: Mention
    context: FigureContext
    alignable: bool
    reason: str
    day: _dt.date | None
    spans_of_time: frozenset[str]
    sentence_periods: SentencePeriods
    first_of_kind: bool = False  # states the number of the article's first figure of its kind and unit class (its lead's)
    present: bool = False  # its clause says the figure is the present one ("it is about $90 a barrel now")
    own_period: tuple[str, float, float] | None = None  # the year or date right after it ("118 murders in 2023"): kind, low, high

    @cached_property
    def periods(self) -> Periods:
        """The years and dates stated elsewhere in the figure's sentence."""
        return self.sentence_periods.around(self.mention.figure)

    @property
    def increment(self) -> bool:
        """Whether the figure is an amount of change, a part added to or taken from an amount stated
        elsewhere, as the figure reader reads it (``Figure.role`` "change": "an additional $10,000",
        "another $600 million", "added $50 billion", "by roughly $150 billion"). An outlet writing
        the whole ("$20,000 for Pell recipients") and one writing the part added do not disagree
        when their values differ."""
        return self.mention.figure.role == "change"


def items_of(articles: Sequence[Article], figures: Sequence[Sequence[Figure]]) -> list[Item]:
    """The alignment items of every figure, in article order and then the figures' order."""
    items: list[Item] = []
    vocab = vocabulary(article.text for article in articles)
    mentions = [find_names(article.text, vocabulary=vocab) for article in articles]
    named = frozenset(mention.key for found in mentions for mention in found)
    for index, (article, found) in enumerate(zip(articles, figures)):
        names = SubjectNames(article, vocab, mentions[index], named)
        readings = SentenceReadings(article, names)
        stated: dict[int, list[Figure]] = {figure.sentence: [] for figure in found}
        for figure in found:
            if figure.kind in ("year", "date") and not figure.relative:
                stated[figure.sentence].append(figure)
        periods = {sentence: SentencePeriods(there) for sentence, there in stated.items()}
        times = _SpansOfTime(article)
        by_sentence: dict[int, list[Figure]] = {}
        for figure in found:
            by_sentence.setdefault(figure.sentence, []).append(figure)
        lead_values: dict[tuple[str, str], tuple[float, float]] = {}
        values_of_kind: dict[int, dict[tuple[str, str], set[tuple[float, float]]]] = {}
        # the figures of a run-on "sentence" share its one clause: searched once, not once per figure
        present: dict[tuple[int, int], bool] = {}
        for figure in found:
            sentence: Sentence = article.sentences[figure.sentence]
            kind = (figure.kind, unit_class(figure))
            first = lead_values.setdefault(kind, (figure.stated_low, figure.stated_high)) == (figure.stated_low, figure.stated_high)
            if first and figure.sentence < LEAD_SENTENCES:
                if figure.sentence not in values_of_kind:
                    values_of_kind[figure.sentence] = _values_of_kind(by_sentence[figure.sentence])
                first = not _shares_kind(figure, values_of_kind[figure.sentence])
            else:
                first = False
            mention = Mention(index, article.id, figure, sentence.text, sentence.start)
            alignable, reason = _alignable(figure, article)
            context = figure_context(article, figure, names, readings, by_sentence[figure.sentence])
            left, right = readings.clause(sentence, figure.span.start, figure.span.end)
            if (left, right) not in present:
                present[left, right] = bool(_PRESENT_RE.search(article.text, left, right))
            items.append(
                Item(
                    mention, context, alignable, reason, article.reference_date, times.between(sentence, left, right, figure.span),
                    periods[figure.sentence], first, present[left, right],
                    _own_period(article.text, figure, stated[figure.sentence]),
                )
            )
    return items


_OWN_PERIOD_RE = re.compile(r"[ \u00a0]+(?:in|during|for|through)[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:fiscal|calendar)[ \u00a0]+(?:year[ \u00a0]+)?)?")
"""What stands between a figure and the year or date it is stated for ("118 murders in 2023", "$4 billion
in fiscal 2022")."""


def _own_period(text: str, figure: Figure, dated: Sequence[Figure]) -> tuple[str, float, float] | None:
    """The year or date a figure is stated for, written right after it ("118 murders in 2023", "$5 million
    during 2021"): two figures of one sentence each dated so are of different periods whatever the
    rest of the sentence names ("120 murders in 2022 and 118 murders in 2023")."""
    if figure.kind in ("year", "date"):
        return None
    for other in dated:
        if other.span.start >= figure.span.end:
            between = _OWN_PERIOD_RE.fullmatch(text, figure.span.end, other.span.start)
            return (other.kind, other.low, other.high) if between else None
    return None


def _values_of_kind(sentence_figures: Sequence[Figure]) -> dict[tuple[str, str], set[tuple[float, float]]]:
    """The stated values of a sentence's figures, by kind and unit class (read once per sentence: a run-on
    "sentence" of thousands of figures compared each with all the others)."""
    values: dict[tuple[str, str], set[tuple[float, float]]] = {}
    for other in sentence_figures:
        values.setdefault((other.kind, unit_class(other)), set()).add((other.stated_low, other.stated_high))
    return values


def _shares_kind(figure: Figure, values_of_kind: dict[tuple[str, str], set[tuple[float, float]]]) -> bool:
    """Whether another figure of the same kind and unit class, with another number, shares the
    figure's sentence (``values_of_kind``: ``_values_of_kind`` of its figures): then which of them is the
    lead's figure is not said by its place."""
    values = values_of_kind.get((figure.kind, unit_class(figure)), set())
    return bool(values - {(figure.stated_low, figure.stated_high)})


_PRESENT_RE = re.compile(r"\b(?:now|currently|at present|these days)\b", re.IGNORECASE)
"""Words that date a figure to the time of writing ("about $90 a barrel now")."""

LEAD_SENTENCES = 3
"""The sentences of an article's lead, where news states its main figures (the inverted pyramid)."""

_SPAN_OF_TIME_ADVERBS = {"quarterly": "quarter", "monthly": "month", "weekly": "week", "daily": "day"}
# a year is the span news states an amount for when it states none: "annual" names no other span than
# an amount written without one ("up to $10m of its annual tax revenue", "the $10 million program"),
# so it is not read as one; "half" is a stretch of time only as "the first half", "the second half", "a half-year": "a package
# now half the size" and "half of the states" say nothing of time
_SPAN_OF_TIME_RE = re.compile(
    r"\b(quarter|quarterly|month|monthly|week|weekly|daily|(?:(?<=first )|(?<=second )|(?<=latter ))half|half(?=[- ]year)|fiscal)\b"
)


class _SpansOfTime:
    """Words for the stretch of time a figure covers ("in the fourth quarter", "monthly"), found once per sentence.

    A quarter's figure and a year's are different quantities, dated or not (a year's is written
    with no such word, or "annual", which is not one of them).
    """

    def __init__(self, article: Article) -> None:
        self.article = article
        self.found: dict[int, dict[str, list[int]] | None] = {}

    def between(self, sentence: Sentence, left: int, right: int, own: Span) -> frozenset[str]:
        """The span-of-time words in ``article.text[left:right]`` (a clause of ``sentence``), less
        those inside the figure itself ("a 20-week ban" is no figure about a week)."""
        if sentence.index not in self.found:
            lower = sentence.text.lower()
            where: dict[str, list[int]] | None = None
            if len(lower) == len(sentence.text):  # else offsets would shift: read each clause on its own
                where = {}
                for match in _SPAN_OF_TIME_RE.finditer(lower):
                    where.setdefault(match.group(1), []).append(sentence.start + match.start())
            self.found[sentence.index] = where
        where = self.found[sentence.index]
        if where is None:
            text = self.article.text
            found = [m for m in _SPAN_OF_TIME_RE.finditer(text[left:right].lower()) if not own.start <= left + m.start() < own.end]
            return frozenset(_SPAN_OF_TIME_ADVERBS.get(match.group(1), match.group(1)) for match in found)
        # clauses end at punctuation or at a whole word, so a word inside a clause is found alike in
        # the clause and in the whole sentence
        return frozenset(
            _SPAN_OF_TIME_ADVERBS.get(word, word)
            for word, starts in where.items()
            if bisect_left(starts, own.start) - bisect_left(starts, left) + bisect_left(starts, right) - bisect_left(starts, own.end) > 0
        )


def _trusted_date(article: Article) -> bool:
    return article.date_source == "article"


def _alignable(figure: Figure, article: Article) -> tuple[bool, str]:
    if figure.relative and not _trusted_date(article):
        return False, "relative date resolved against the story date, not the article's own: not compared"
    if figure.kind == "count" and not figure.unit:
        return False, "nothing counted is named: not compared"
    if figure.kind == "ordinal" and not figure.unit:
        return False, "a rank with nothing ranked named: not compared"
    return True, ""
