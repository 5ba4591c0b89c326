"""A record's "since YEAR" read as the stretch of time it states (audit.figures.records)."""
from __future__ import annotations

from audit.compare.figures import compare_figures
from audit.figures import figures_in
from conftest import make_article


def figures(text: str, published: str = "2022-11-01"):
    return [(f.surface, f.kind, f.low, f.high, f.relative) for f in figures_in(make_article(f"T\n\n{text}", id="a.txt", published=published))]


def test_since_a_year_in_a_record_sentence_is_the_years_up_to_the_articles_date():
    assert figures("Oil stocks fell to their lowest level since 1984 last month.")[0] == ("since 1984", "duration", 37.8, 38.8, True)
    assert figures("It was the first time since 2016 that the Senate passed such a bill.")[0] == ("since 2016", "duration", 5.8, 6.8, True)


def test_since_a_year_without_a_record_word_stays_a_year():
    assert figures("He has been in power since 2001.") == [("2001", "year", 2001.0, 2001.0, False)]


def test_without_an_article_date_since_stays_a_year():
    article = make_article("T\n\nOil stocks fell to their lowest level since 1984.", id="a.txt", published="")
    assert [(f.surface, f.kind) for f in figures_in(article)] == [("1984", "year")]


def test_a_record_since_a_year_agrees_with_the_same_record_in_years():
    articles = [
        make_article("T\n\nThe release sent the strategic reserve to its lowest level since 1984.", id="a.txt", published="2022-11-01"),
        make_article("T\n\nThe release cut the strategic reserve to its lowest level in nearly 40 years.", id="b.txt", published="2022-11-01"),
    ]
    facts = compare_figures(articles, [figures_in(a) for a in articles])
    assert [(f.verdict, tuple(m.figure.surface for m in f.mentions)) for f in facts if len(f.mentions) > 1] == [
        ("agree", ("since 1984", "nearly 40 years"))
    ]


def test_a_record_word_far_from_since_or_a_plain_low_makes_no_record():
    assert figures("Since 2020, the founder has kept a low profile.")[0][:2] == ("2020", "year")
    assert figures("The lowest bid came from a firm that has traded on the exchange in Chicago and New York since 1990.")[0][:2] == ("1990", "year")
