"""The one stemmer and the one light fold of the text toolkit."""
from __future__ import annotations

import pytest

from audit.text import is_plural, normal_form, stem


@pytest.mark.parametrize(
    ("first", "second"),
    [("trained", "train"), ("innovation", "innovate"), ("restrictions", "restricted"), ("stopped", "stop"), ("chips", "chip")],
)
def test_stem_joins_inflections(first, second):
    assert stem(first) == stem(second)


def test_stem_keeps_different_words_apart():
    assert stem("revenue") != stem("profit")


def test_normal_form_drops_possessive_and_plural_only():
    assert normal_form("DeepSeek’s") == normal_form("DeepSeek") == "deepseek"
    assert normal_form("chips") == "chip"
    assert normal_form("class") == "class"


@pytest.mark.parametrize(
    "word, plural",
    [("chips", True), ("jobs", True), ("experts", True), ("others", True), ("analysis", False), ("crisis", False), ("status", False), ("census", False), ("class", False), ("bus", False), ("news", True)],
)
def test_is_plural(word, plural):
    assert is_plural(word) is plural
