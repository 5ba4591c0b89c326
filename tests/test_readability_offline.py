"""Readability equals textstat's own functions on the same cleaned text, with the network unavailable."""
from __future__ import annotations

import socket

import pytest
import textstat

from audit.readability import readability_of, scored_text


class NetworkUsed(AssertionError):
    pass


@pytest.fixture()
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkUsed("readability tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_readability_matches_textstat_offline(no_network, seeds_by_id):
    article = seeds_by_id["004_5c6d1f69e7e62f43.txt"]
    result = readability_of(article)
    text = scored_text(article)
    assert result.flesch_reading_ease == round(textstat.flesch_reading_ease(text), 2)
    assert result.flesch_kincaid_grade == round(textstat.flesch_kincaid_grade(text), 2)
    assert result.gunning_fog == round(textstat.gunning_fog(text), 2)
    assert result.smog_index == round(textstat.smog_index(text), 2)
    assert result.dale_chall == round(textstat.dale_chall_readability_score(text), 2)
    assert result.words == textstat.lexicon_count(text)
    assert result.syllables == textstat.syllable_count(text)
    assert result.polysyllables == textstat.polysyllabcount(text)
    assert result.difficult_words == textstat.difficult_words(text)


def test_scored_text_leaves_out_title_and_debris(seeds_by_id):
    article = seeds_by_id["000_a288e786907b7547.txt"]
    text = scored_text(article)
    assert article.title not in text.splitlines()[:1]
    assert all(removed.text.strip() not in text for removed in article.removed if len(removed.text.strip()) > 30)
