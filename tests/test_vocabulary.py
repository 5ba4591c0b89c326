"""Distinctive vocabulary (Fightin' Words, Monroe, Colaresi & Quinn 2008), checked against hand computation.

Toy corpus (titles are not counted):
    Alpha: "Apples apples apples pears."   -> apples 3, pears 1          n_A = 4
    Beta:  "Pears pears plums."            -> pears 2, plums 1           n_B = 3
Story totals: apples 3, pears 3, plums 1, n = 7. With prior_strength 1, a_0 = n = 7
and a_w = a_0 * y_w / n = y_w, so a_apples = 3, a_pears = 3, a_plums = 1.

Eq. 16 / 18-20 of the paper, outlet i against the rest j:
    delta = ln((y_i + a_w) / (n_i + a_0 - y_i - a_w)) - ln((y_j + a_w) / (n_j + a_0 - y_j - a_w))
    z     = delta / sqrt(1 / (y_i + a_w) + 1 / (y_j + a_w))

apples, Alpha: delta = ln(6/5) - ln(3/7) = ln(14/5) = 1.029619;  var = 1/6 + 1/3 = 1/2;  z = 1.456102
pears,  Beta:  delta = ln(5/5) - ln(4/7) = ln(7/4)  = 0.559616;  var = 1/5 + 1/4 = 9/20; z = 0.834226
plums,  Beta:  delta = ln(2/8) - ln(1/10) = ln(5/2) = 0.916291;  var = 1/2 + 1/1 = 3/2;  z = 0.748148
pears,  Alpha: delta = ln(4/7) - ln(5/5) < 0, so it is not distinctive of Alpha.

Phrases (adjacent non-stop words): Alpha "apples apples" x2, "apples pears" x1; Beta "pears pears",
"pears plums" x1 each; n = 5, a_0 = 5. "apples apples", Alpha: a_w = 2, n_i = 3, n_j = 2:
    delta = ln(4/4) - ln(2/5) = ln(5/2) = 0.916291;  var = 1/4 + 1/2 = 3/4;  z = 1.058040
"""
from __future__ import annotations

from dataclasses import replace

import re

import pytest
from conftest import make_article

from audit.compare.vocabulary import distinctive_vocabulary, log_odds_z
from audit.load import unique_labels

ALPHA = "Headline\n\nApples apples apples pears."
BETA = "Headline\n\nPears pears plums."


@pytest.fixture()
def toy():
    alpha = make_article(ALPHA, id="a.txt", outlet="Alpha")
    beta = make_article(BETA, id="b.txt", outlet="Beta")
    return distinctive_vocabulary([alpha, beta], min_count=1)


def test_word_counts_and_z_match_hand_computation(toy):
    [apples] = toy.outlet("Alpha").words
    assert (apples.term, apples.count, apples.other_count) == ("apples", 3, 0)
    assert apples.delta == pytest.approx(1.029619, abs=1e-6)
    assert apples.z == pytest.approx(1.456102, abs=1e-6)


def test_ranking_follows_z_not_raw_absence_from_others(toy):
    beta = toy.outlet("Beta").words
    assert [(t.term, t.count, t.other_count) for t in beta] == [("pears", 2, 1), ("plums", 1, 0)]
    assert [t.z for t in beta] == pytest.approx([0.834226, 0.748148], abs=1e-6)


def test_term_used_less_than_by_others_is_not_distinctive(toy):
    assert "pears" not in [t.term for t in toy.outlet("Alpha").words]


def test_phrase_counts_and_z_match_hand_computation(toy):
    phrase = toy.outlet("Alpha").phrases[0]
    assert (phrase.term, phrase.count, phrase.other_count) == ("apples apples", 2, 0)
    assert phrase.z == pytest.approx(1.058040, abs=1e-6)


def test_log_odds_formula_on_paper_values():
    delta, z = log_odds_z(3, 0, 4, 3, 3, 7)
    assert (delta, z) == pytest.approx((1.029619, 1.456102), abs=1e-6)


def test_every_occurrence_points_at_the_term_in_the_original_text(toy):
    [apples] = toy.outlet("Alpha").words
    assert [ALPHA[o.start : o.end] for o in apples.occurrences] == ["Apples", "apples", "apples"]
    assert {(o.article, o.sentence) for o in apples.occurrences} == {("a.txt", 0)}


def test_min_count_drops_rare_terms():
    alpha = make_article(ALPHA, id="a.txt", outlet="Alpha")
    beta = make_article(BETA, id="b.txt", outlet="Beta")
    vocabulary = distinctive_vocabulary([alpha, beta], min_count=2)
    assert [t.term for t in vocabulary.outlet("Beta").words] == ["pears"]


def test_stop_words_numbers_and_titles_are_not_counted():
    alpha = make_article("Tariffs everywhere\n\nThe tariffs and the 25 tariffs.", id="a.txt", outlet="Alpha")
    beta = make_article("Tariffs everywhere\n\nThe farmers.", id="b.txt", outlet="Beta")
    outlet = distinctive_vocabulary([alpha, beta], min_count=1).outlet("Alpha")
    assert outlet.word_total == 2
    assert [(t.term, t.count) for t in outlet.words] == [("tariffs", 2)]


def test_capital_acronym_is_not_the_stop_word_us():
    alpha = make_article("T\n\nThe US acted. The US won.", id="a.txt", outlet="Alpha")
    beta = make_article("T\n\nLet us wait.", id="b.txt", outlet="Beta")
    assert [t.term for t in distinctive_vocabulary([alpha, beta], min_count=1).outlet("Alpha").words] == ["US", "acted", "won"]


def test_articles_of_one_outlet_are_pooled():
    first = make_article(ALPHA, id="a1.txt", outlet="Alpha")
    second = make_article(ALPHA, id="a2.txt", outlet="Alpha")
    beta = make_article(BETA, id="b.txt", outlet="Beta")
    outlet = distinctive_vocabulary([first, second, beta], min_count=1).outlet("Alpha")
    assert outlet.articles == ("a1.txt", "a2.txt")
    assert outlet.words[0].count == 6


def test_a_single_article_has_nothing_to_compare():
    assert distinctive_vocabulary([make_article(ALPHA, outlet="Alpha")]).outlets == ()


def test_articles_all_of_one_outlet_are_compared_with_each_other():
    # labelled as the loader labels two articles of one outlet: "Gazette", "Gazette (2)"
    alpha, beta = unique_labels([make_article(ALPHA, id="a.txt", outlet="Gazette"), make_article(BETA, id="b.txt", outlet="Gazette")])
    found = distinctive_vocabulary([alpha, beta], min_count=1)
    assert found.by_article and [(o.label, o.articles) for o in found.outlets] == [("Gazette", ("a.txt",)), ("Gazette (2)", ("b.txt",))]
    # the same numbers as Alpha against Beta when they are two outlets (the module docstring)
    assert [(t.term, t.z) for t in found.outlet("Gazette").words] == [("apples", pytest.approx(1.456102, abs=1e-6))]
    assert [t.term for t in found.outlet("Gazette (2)").words] == ["pears", "plums"]


def test_articles_of_several_outlets_are_compared_by_outlet(toy):
    assert not toy.by_article


def test_articles_of_unknown_outlets_are_compared_with_each_other_by_label():
    alpha = replace(make_article(ALPHA, id="a.txt", outlet="unknown"), label="a")
    beta = replace(make_article(BETA, id="b.txt", outlet="unknown"), label="b")
    found = distinctive_vocabulary([alpha, beta], min_count=1)
    assert found.by_article and [(o.label, o.articles) for o in found.outlets] == [("a", ("a.txt",)), ("b", ("b.txt",))]


def test_seed_top_words_truly_occur_more_in_their_outlet(seed_articles):
    vocabulary = distinctive_vocabulary(seed_articles)
    assert len(vocabulary.outlets) == 5
    for outlet in vocabulary.outlets:
        assert outlet.words, outlet.label
        others_total = sum(o.word_total for o in vocabulary.outlets) - outlet.word_total
        for term in outlet.words[:5]:
            assert term.count / outlet.word_total > term.other_count / others_total, (outlet.label, term.term)


def test_seed_counts_match_a_direct_count_of_the_text(seed_articles):
    vocabulary = distinctive_vocabulary(seed_articles)
    by_label = {}
    for article in seed_articles:
        by_label.setdefault(article.outlet if article.outlet != "unknown" else article.label, []).append(article)
    for outlet in vocabulary.outlets:
        term = outlet.words[0]
        pattern = re.compile(rf"(?<![\w'’.-]){re.escape(term.term)}(?![\w-])", 0 if term.term.isupper() else re.IGNORECASE)
        direct = sum(len(pattern.findall(s.text)) for a in by_label[outlet.label] for s in a.sentences)
        assert direct == term.count, (outlet.label, term.term)
