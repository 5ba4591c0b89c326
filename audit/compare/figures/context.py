"""What a figure's sentence says: content words and names around it, and how alike two such contexts are.

"The same thing" is measured plainly: shared content words of the figure's clause
and sentence (lightly stemmed) and shared names (runs of capitalised words,
"Liang" matching "Liang Wenfeng"). Word lists: ``figure_stopwords.txt``,
``figure_weak_names.txt`` (capitalised words too common to tell subjects apart) and
``figure_measure_nouns.txt`` ("revenue", "profit": what a number measures).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ...figures import Figure, clause_of, sentence_breaks
from ...lexicons import word_set
from ...model import Article, Sentence

# Context is read at most this many characters either side of a figure. A real sentence is
# shorter (the seeds' longest is 388 characters); a "sentence" of 100,000 characters without a
# full stop, with a figure every few words, made the context scans quadratic (minutes).
CONTEXT_WINDOW = 600


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


@lru_cache(maxsize=1 << 16)
def _reading(token: str) -> tuple[str, bool, bool]:
    """A token as the name finder reads it: the lower-case word without a possessive or a final dot,
    whether it may be (part of) a name, whether it holds a digit. Tokens recur: read each once."""
    bare = re.sub(r"['’]s$", "", token).rstrip(".")
    lower = bare.lower()
    is_name = (bare[:1].isupper() or any(c.isdigit() for c in bare)) and lower not in _weak_names() and lower not in _stopwords()
    return lower, is_name, any(c.isdigit() for c in token)


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light suffix-stripping stem ("trained", "training" -> "train"), after Lovins' idea of longest-match suffix removal."""
    word = re.sub(r"['’]s$", "", word.lower())
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + replacement
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


@dataclass(frozen=True)
class FigureContext:
    """The words and names around one figure, as sets of lower-case stems and name tokens."""

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


Placed = tuple[frozenset[str], int, int]
"""A name (its lower-case tokens) and its article offsets."""


def _names_and_words(article: Article, start: int, end: int, capitals: frozenset[str], skip: tuple[int, int]) -> tuple[list[frozenset[str]], set[str]]:
    """Names (runs of capitalised words, as sets of lower-case tokens) and content stems in ``text[start:end]``."""
    placed, words = _placed_names_and_words(article, start, end, capitals, skip)
    return [name for name, _, _ in placed], words


def _placed_names_and_words(article: Article, start: int, end: int, capitals: frozenset[str], skip: tuple[int, int]) -> tuple[list[Placed], set[str]]:
    """Like ``_names_and_words``, with each name's offsets. Tokens with a digit inside ``skip`` are left out."""
    names: list[Placed] = []
    words: set[str] = set()
    current: list[str] = []
    span = [0, 0]
    stop = _stopwords()
    first = True
    for match in _WORD_RE.finditer(article.text, start, end):
        lower, is_name, has_digit = _reading(match.group())
        if has_digit and skip[0] <= match.start() < skip[1]:
            continue
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


class _SentenceNames:
    """The names of one sentence in text order, with their starts and ends, and where its tokens with a digit start."""

    def __init__(self, placed: list[Placed], digits: list[int]) -> None:
        self.placed = placed
        self.starts = [start for _, start, _ in placed]
        self.ends = [end for _, _, end in placed]
        self.digits = digits


class SentenceReadings:
    """What is read once per sentence of one article, for all the figures in it.

    A run-on "sentence" of 100,000 characters with a figure every few words would
    otherwise be read again for every figure: its clause breaks, its names (for the
    owner of an age and for the sentence after it) and its opening word.
    """

    def __init__(self, article: Article, capitals: frozenset[str]) -> None:
        self.article = article
        self.capitals = capitals
        self._breaks: dict[int, tuple[tuple[int, int], ...]] = {}
        self._names: dict[int, _SentenceNames] = {}
        self._openers: dict[int, str] = {}

    def breaks(self, sentence: Sentence) -> tuple[tuple[int, int], ...]:
        """The sentence's ``sentence_breaks``."""
        found = self._breaks.get(sentence.index)
        if found is None:
            found = self._breaks[sentence.index] = sentence_breaks(sentence)
        return found

    def clause(self, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
        """``clause_of`` the span ``[start, end)`` in ``sentence``."""
        return clause_of(sentence, start, end, self.breaks(sentence))

    def _sentence_names(self, sentence: Sentence) -> _SentenceNames:
        """The names of the whole sentence with their offsets, and the starts of its tokens with a digit."""
        found = self._names.get(sentence.index)
        if found is None:
            placed, _ = _placed_names_and_words(self.article, sentence.start, sentence.end, self.capitals, (0, 0))
            digits = [m.start() for m in _WORD_RE.finditer(self.article.text, sentence.start, sentence.end) if _reading(m.group())[2]]
            found = self._names[sentence.index] = _SentenceNames(placed, digits)
        return found

    def opener(self, sentence: Sentence) -> str:
        """The sentence's first word, in lower case ("" for a blank sentence)."""
        found = self._openers.get(sentence.index)
        if found is None:
            first = sentence.text.split(maxsplit=1)
            found = self._openers[sentence.index] = first[0].lower() if first else ""
        return found

    def owner(self, figure: Figure) -> frozenset[str]:
        """For an age, the name nearest to it in its sentence: "41-year-old You Tianlong",
        "Liang Wenfeng, the 40-year-old founder", "Jane Smith, 54,". Empty when none is named."""
        if figure.kind != "age":
            return frozenset()
        sentence = self.article.sentences[figure.sentence]
        start, end = figure.span.start, figure.span.end
        names = self._sentence_names(sentence)
        if bisect_left(names.digits, start) != bisect_left(names.digits, end):
            # a token with a digit inside the figure is left out of the names: read again without it
            names = _SentenceNames(_placed_names_and_words(self.article, sentence.start, sentence.end, self.capitals, (start, end))[0], [])
        # names are in text order and do not overlap: the nearest before the figure is the last one
        # ending at or before it, the nearest after it the first one starting at or after its end;
        # on a tie the one before is kept, as the earlier in text order
        after = bisect_left(names.starts, end)
        before = bisect_right(names.ends, start, 0, after) - 1
        best: tuple[int, frozenset[str]] | None = None
        if before >= 0:
            name, _, name_end = names.placed[before]
            best = (start - name_end, name)
        if after < len(names.placed):
            name, name_start, _ = names.placed[after]
            if best is None or name_start - end < best[0]:
                best = (name_start - end, name)
        return best[1] if best is not None else frozenset()

    def names(self, sentence: Sentence) -> list[frozenset[str]]:
        """The names of the whole sentence."""
        return [name for name, _, _ in self._sentence_names(sentence).placed]


def capitalised_words(articles: Sequence[Article]) -> frozenset[str]:
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


def figure_context(article: Article, figure: Figure, capitals: frozenset[str], readings: SentenceReadings | None = None) -> FigureContext:
    """The words and names around ``figure``: its clause's and its sentence's (``CONTEXT_WINDOW``
    characters either side at most), the names of the sentence before when this one names no one
    or opens with a pronoun, and the owner of an age. ``capitals`` is ``capitalised_words`` of the
    set; ``readings`` shares per-sentence work between the figures of ``article``."""
    if readings is None:
        readings = SentenceReadings(article, capitals)
    sentence = article.sentences[figure.sentence]
    skip = (figure.span.start, figure.span.end)
    near_start, near_end = max(sentence.start, figure.span.start - CONTEXT_WINDOW), min(sentence.end, figure.span.end + CONTEXT_WINDOW)
    left, right = readings.clause(sentence, figure.span.start, figure.span.end)
    left, right = max(left, near_start), min(right, near_end)
    clause_names, clause_words = _names_and_words(article, left, right, capitals, skip)
    sentence_names, sentence_words = _names_and_words(article, near_start, near_end, capitals, skip)
    wide = list(sentence_names)
    if (not sentence_names or readings.opener(sentence) in _ANAPHORA) and figure.sentence > 0:
        # "The forty-year-old ... programmer": the person is named in the sentence before
        wide.extend(readings.names(article.sentences[figure.sentence - 1]))
    around = _names_and_words(article, left, figure.span.start, capitals, skip)[0] + _names_and_words(article, figure.span.end, right, capitals, skip)[0]
    return FigureContext(frozenset(clause_words), frozenset(sentence_words), tuple(clause_names), tuple(wide), tuple(around), readings.owner(figure))


def contrasting_names(a: FigureContext, b: FigureContext) -> bool:
    """Each clause names something the other sentence does not: "support for the Labour party
    ... 35%" and "support for the Conservative party ... 28%" are about different parties.
    Names inside the figures themselves ("2,000 Nvidia chips", "3,000 A100 chips") do not count."""
    def unmatched(x: FigureContext, y: FigureContext) -> bool:
        return any(not any(same_name(name, other) for other in y.wide_names) for name in x.around_names)

    return unmatched(a, b) and unmatched(b, a)


def same_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """ "liang" matches "liang wenfeng"; "li qiang" does not match "li chengdong"."""
    return bool(a) and bool(b) and (a <= b or b <= a)


def _shared_names(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> int:
    return sum(1 for name in a if any(same_name(name, other) for other in b))


@dataclass(frozen=True)
class Similarity:
    """How surely two figures speak of the same thing: a score, and whether they share a name
    in their clauses (``clause_name``) or anywhere in their sentences (``wide_name``)."""

    score: float
    clause_name: bool
    wide_name: bool


NO_SIMILARITY = Similarity(0.0, False, False)


def similarity(a: FigureContext, b: FigureContext, topic: frozenset[str] = frozenset(), *, person: bool = False) -> Similarity:
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
    shared = [name for name in a.wide_names if any(same_name(name, other) for other in b.wide_names)]
    name_points = sorted((1.5 * min(weight(t) for t in name) for name in shared), reverse=True)[:2]
    score = (
        sum(weight(t) for t in clause_shared)
        + 0.5 * sum(weight(t) for t in sentence_shared)
        + sum(name_points) * (2 if person else 1)
        + (0.5 if clause_name else 0.0)
    )
    return Similarity(score, clause_name, bool(shared))
