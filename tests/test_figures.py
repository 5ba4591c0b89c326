"""Figure extraction (audit.figures): one behaviour per test, seed sentences and constructions the seeds lack."""
from __future__ import annotations

import datetime as dt
import math

import pytest

from audit.figures import Figure, date_of, figures_in
from conftest import make_article


def figures(text: str, published: str = "2025-02-24") -> list[Figure]:
    return list(figures_in(make_article("Title\n\n" + text, published=published)))


def only(text: str, published: str = "2025-02-24") -> Figure:
    found = figures(text, published)
    assert len(found) == 1, [(f.surface, f.kind) for f in found]
    return found[0]


# -- digits, separators, decimals, scales


def test_thousands_separator_is_one_number():
    f = only("DeepSeek trained its A.I. chatbot with 2,000 specialized Nvidia chips.")
    assert (f.kind, f.low, f.high, f.unit) == ("count", 2000, 2000, "chips")


def test_span_points_into_the_original_text():
    article = make_article("Title\n\nIt had more than 50 million views.")
    (f,) = figures_in(article)
    assert article.text[f.span.start : f.span.end] == f.surface == "more than 50 million views"


def test_decimal_with_scale_word():
    f = only("Venture capitalists invested $1.2 billion in the sector.")
    assert (f.kind, f.low, f.unit) == ("money", 1.2e9, "USD")


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The video drew 943K views.", 943_000, "views"),
        ("The video drew 943,000 views.", 943_000, "views"),
        ("The fund holds $600bn in assets.", 600e9, "USD"),
        ("The club paid £1.7m for him.", 1.7e6, "GBP"),
        ("The startup raised $5m last year.", 5e6, "USD"),
        ("The state spent 2 million euros on it.", 2e6, "EUR"),
    ],
)
def test_suffixes_and_scale_words(text, value, unit):
    money_or_count = [f for f in figures(text) if f.kind in ("money", "count")]
    assert [(f.low, f.unit) for f in money_or_count] == [(value, unit)]


def test_number_words_with_out_of():
    f = only("On the evening, four out of the 10 most popular topics on Weibo were related to DeepSeek.")
    assert (f.kind, f.low, f.unit) == ("count", 4, "topics")


def test_hyphenated_number_words_with_scale_and_currency():
    f = only("It was a two-million-euro contract.")
    assert (f.kind, f.low, f.unit) == ("money", 2e6, "EUR")


def test_dozens_is_a_wide_vague_interval():
    f = only("Police detained dozens of protesters.")
    assert f.vague and f.low == 12 and f.high == 120 and f.unit == "protesters"  # one dozen to ten, as CQE reads it


def test_vague_amount_without_a_unit_is_not_a_figure():
    assert figures("The company claims its model is cheaper than the billions US firms have spent.") == []


# -- ranges, changes, bounds


def test_range_shares_scale_and_currency():
    f = only("The firm spent $80 to $100 million on training.")
    assert (f.kind, f.low, f.high, f.unit) == ("money", 80e6, 100e6, "USD")


def test_range_of_counts_with_placeholder_unit_takes_the_counted_noun():
    f = only('They stockpiled a "substantial" number of Nvidia A100 chips—estimates range from 10,000 to 50,000 units.')
    assert (f.low, f.high, f.unit, f.role) == (10_000, 50_000, "chips", "")


def test_between_x_and_y_is_a_range():
    f = only("The plant employs between 300 and 400 workers.")
    assert (f.low, f.high, f.unit) == (300, 400, "people")


def test_from_x_to_y_is_a_change_with_both_ends():
    found = figures("The share rose from 12% to 15% in a year.")
    ends = [(f.role, f.low, f.direction) for f in found if f.kind == "percent"]
    assert ends == [("from", 12, "up"), ("to", 15, "up")]


def test_plus_sign_is_more_than():
    f = only("This is less than the $100 million+ cost of training OpenAI's model.")
    assert (f.qualifier, f.low, f.low_open, math.isinf(f.high)) == ("more_than", 100e6, True, True)


@pytest.mark.parametrize(
    "phrase, qualifier, low, high",
    [
        ("more than 80 executives", "more_than", 80, math.inf),
        ("at least 80 executives", "at_least", 80, math.inf),
        ("fewer than 140 people", "fewer_than", 0, 140),
        ("as many as 140 people", "as_many_as", 0, 140),
        ("around 140 people", "about", 126, 154),
        ("approximately 140 people", "about", 126, 154),
        ("a minimum of 80 executives", "at_least", 80, math.inf),
        ("a maximum of 140 people", "at_most", 0, 140),
        ("not more than 140 people", "at_most", 0, 140),
        ("well over 80 executives", "over", 80, math.inf),
        ("just shy of 140 people", "nearly", 126, 140),
    ],
)
def test_qualifiers_become_bounds_or_tolerances(phrase, qualifier, low, high):
    f = only(f"The firm has {phrase} on its staff.")
    assert f.qualifier == qualifier
    assert f.low == pytest.approx(low) and f.high == pytest.approx(high)
    assert f.stated_low == f.stated_high == (80 if "80" in phrase else 140)


def test_a_minimum_of_is_a_bound_but_a_minimum_is_not():
    f = only("Plaintiffs can collect a minimum of $10,000 in damages.")
    assert (f.qualifier, f.low, math.isinf(f.high)) == ("at_least", 10_000, True)
    g = only("The state minimum award is $10,000 in damages.")
    assert (g.qualifier, g.low, g.high) == ("", 10_000, 10_000)


def test_qualifier_in_quote_marks_is_read():
    f = figures('On Monday, Alibaba pledged to invest "at least" 380 billion yuan (50 billion euros) in AI.')
    money = [x for x in f if x.kind == "money"]
    assert money[0].qualifier == "at_least" and money[0].unit == "CNY"


def test_parenthetical_conversion_is_the_same_amount_never_negative():
    found = [f for f in figures("Alibaba pledged to invest 380 billion yuan (50 billion euros) in AI.") if f.kind == "money"]
    assert [(f.low, f.unit) for f in found] == [(380e9, "CNY"), (50e9, "EUR")]
    assert found[1].same_as == found[0].span
    assert all(f.low > 0 for f in found)


def test_named_dollar_after_a_bare_dollar_sign_is_that_currency():
    # "$" alone reads as US dollars; the name written after the amount says which dollar it is, and the
    # bracketed US figure is then its conversion
    found = [f for f in figures("The province expects to spend $2.4bn Australian dollars ($1.6bn) on the rail line.") if f.kind == "money"]
    assert [(f.surface, f.low, f.unit) for f in found] == [("$2.4bn Australian dollars", 2.4e9, "AUD"), ("$1.6bn", 1.6e9, "USD")]
    assert found[1].same_as == found[0].span
    assert [(f.surface, f.unit) for f in figures("He was fined $40 US dollars.") if f.kind == "money"] == [("$40 US dollars", "USD")]


def test_bare_dollar_sign_without_a_named_dollar_stays_us_dollars():
    assert [(f.surface, f.unit) for f in figures("The town paid $5 million, dollars it had saved for years.") if f.kind == "money"] == [("$5 million", "USD")]
    assert [(f.surface, f.unit) for f in figures("The fund holds C$3 million in bonds.") if f.kind == "money"] == [("C$3 million", "CAD")]


def test_percent_forms():
    assert only("It accounts for about 60 percent of GDP.").stated_low == 60
    assert only("The total deal value fell 30% compared with last quarter.").unit == "percent"
    assert only("Support rose 5 percentage points.").kind == "percentage_points"


def test_fell_makes_a_change_with_direction():
    assert only("The total deal value fell 30% in the period.").direction == "down"


# -- ages


@pytest.mark.parametrize("text", ["Liang, the 40-year-old founder, spoke.", "The forty-year-old, bespectacled programmer looked on.", "Liang, aged 40, spoke.", "Liang is 40 years old."])
def test_ages(text):
    f = only(text)
    assert (f.kind, f.low, f.high, f.unit) == ("age", 40, 40, "years")


def test_born_in_is_an_age_interval_against_the_article_date():
    f = only("Mr. Liang, born in 1985, didn't attract much public attention.", published="2025-02-24")
    assert (f.kind, f.low, f.high) == ("age", 39, 40)


def test_born_in_uses_the_article_date_not_the_clock():
    f = only("Mr. Liang, born in 1985, spoke.", published="2000-06-01")
    assert (f.low, f.high) == (14, 15)


# -- years and dates


def test_year_is_typed():
    f = only("He started DeepSeek as a side project in 2023.")
    assert (f.kind, f.low) == ("year", 2023)


def test_decade_is_a_year_interval():
    f = only("He studied at Carnegie Mellon in the 1980s.")
    assert (f.kind, f.low, f.high) == ("year", 1980, 1989)


def test_month_and_day_is_a_date_in_the_articles_year():
    f = only("The release of DeepSeek's new model on January 20 was a strategic move.")
    assert f.kind == "date" and date_of(f.low) == date_of(f.high) == dt.date(2025, 1, 20)


def test_late_month_is_its_last_part():
    f = only("The model was unveiled in late January.")
    assert (date_of(f.low), date_of(f.high)) == (dt.date(2025, 1, 20), dt.date(2025, 1, 31))


@pytest.mark.parametrize(
    "phrase, start, end",
    [
        ("last month", dt.date(2025, 1, 1), dt.date(2025, 1, 31)),
        ("yesterday", dt.date(2025, 2, 23), dt.date(2025, 2, 23)),
        ("a month ago", dt.date(2025, 1, 17), dt.date(2025, 1, 31)),
        ("last week", dt.date(2025, 2, 17), dt.date(2025, 2, 23)),
    ],
)
def test_relative_dates_resolve_against_the_article_date(phrase, start, end):
    f = only(f"The chatbot was launched {phrase}.", published="2025-02-24")
    assert f.relative and (date_of(f.low), date_of(f.high)) == (start, end)


def test_relative_date_without_an_article_date_is_not_resolved():
    article = make_article("Title\n\nThe chatbot was launched last month.", published="")
    assert figures_in(article) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Eleven states vote on Super Tuesday, when the race may be decided.",
        "Shoppers lined up for Black Friday deals.",
        "He told Fox News Sunday that the talks would go on.",
        "The Sunday Times reported the deal.",
        "The Tuesday Group of House moderates met.",
    ],
)
def test_a_weekday_inside_a_name_is_no_date(text):
    # figure_named_days.txt: "Super Tuesday" is a primary day, not "on Tuesday" of the article's week
    assert [f for f in figures(text) if f.kind == "date"] == []


@pytest.mark.parametrize("text", ["It was a good Friday for Democrats.", "Super PACs spent heavily on Tuesday."])
def test_a_weekday_beside_a_word_of_a_name_is_still_a_date(text):
    (f,) = figures(text)
    assert f.kind == "date" and f.relative


def test_capitalised_may_without_a_date_is_not_a_month():
    assert figures("May our motherland prosper and grow strong.") == []


# -- not figures


@pytest.mark.parametrize(
    "text",
    [
        "The same way ChatGPT-4 did in Europe.",
        "The cost of training OpenAI's GPT-4 model was high.",
        "ByteDance has developed Doubao 1.5, a low-cost AI model.",
        "DeepSeek trained its V3 model cheaply.",
        "DeepSeek's R1 model is beginning to change society.",
        "Another startup, 01.ai, will adopt DeepSeek.",
        "Liang said in an interview with 36Kr.",
        "The COVID-19 pandemic slowed trade.",
        "See static.nrc.nl/images/data128537820-912548.jpg&w=1920&q=100 for the photo.",
        "Photo: https://example.com/2025/01/31073346/data127348558.jpg here.",
        "Call the newsroom on +1 212 555 0100 today.",
        "Call the newsroom on (212) 555-0100 today.",
    ],
)
def test_names_versions_debris_and_phone_numbers_are_not_figures(text):
    assert [f for f in figures(text) if f.kind not in ("date",)] == []


def test_model_name_inside_a_count_is_not_its_value():
    f = only("DeepSeek claims to have trained its AI model with just 2,000 A100 chips.")
    assert (f.low, f.unit) == (2000, "chips")


def test_figures_are_sorted_and_frozen():
    found = figures("In 2024, 80 executives were detained; 60 percent of GDP is private.")
    assert [f.span.start for f in found] == sorted(f.span.start for f in found)
    with pytest.raises(AttributeError):
        found[0].low = 1  # type: ignore[misc]


def test_same_input_gives_identical_output():
    text = "It had more than 50 million views, and $80 to $100 million was spent last week."
    assert figures(text) == figures(text)


def test_appositive_number_after_a_name_is_an_age():
    f = only("Chief executive Jane Smith, 54, said the company would grow.")
    assert (f.kind, f.low, f.unit) == ("age", 54, "years")


def test_sentence_final_dot_after_a_month_is_not_part_of_the_date():
    f = only("Inflation in Germany was high in October.")
    assert f.surface == "October"


def test_minus_makes_a_negative_measure():
    f = only("Temperatures fell to minus 8 degrees overnight.")
    assert (f.kind, f.low, f.unit) == ("measure", -8, "°")


def test_magnitude_before_the_number_is_its_unit():
    f = only("A magnitude 6.8 earthquake struck eastern Turkey.")
    assert (f.kind, f.low, f.unit) == ("measure", 6.8, "magnitude")


@pytest.mark.parametrize("text", ["The quake hit at 8:55 p.m. local time.", "The meeting starts at 9 a.m. sharp."])
def test_clock_times_are_not_figures(text):
    assert figures(text) == []


def test_day_before_month_is_one_date_not_a_count():
    f = only("The law passed on 12 May 2023.")
    assert f.kind == "date" and date_of(f.low) == dt.date(2023, 5, 12)


def test_product_number_after_a_mixed_case_name_is_not_a_figure():
    assert [f.surface for f in figures("The iPhone 15 sold 20 million units.")] == ["20 million units"]


@pytest.mark.parametrize("text, share", [("About two-thirds of voters agreed.", 200 / 3), ("One in five adults smoke.", 20.0)])
def test_shares_in_words_are_percentages(text, share):
    f = only(text)
    assert f.kind == "percent" and f.stated_low == pytest.approx(share)


def test_raising_money_is_an_amount_not_a_change():
    assert only("The company raised $1.5bn from investors.").direction == ""


@pytest.mark.parametrize("text, value, unit", [("Scientists found a billion dollars in the vault.", 1e9, "USD"), ("One million people marched.", 1e6, "people")])
def test_a_or_one_before_a_scale_word_is_one_of_it(text, value, unit):
    f = only(text)
    assert (f.low, f.unit) == (value, unit)


def test_glued_m_without_money_or_a_counted_noun_is_not_millions():
    assert figures("Bolt won the 100m sprint.") == []
    assert only("The club paid 3.5m euros for him.").low == 3.5e6


def test_ordinal_words_before_a_superlative_are_ranks():
    f = only("China is the world's second-biggest oil importer.")
    assert (f.kind, f.low, f.unit) == ("ordinal", 2, "biggest importer")


# -- issue 14: constructions of real news


def test_a_figure_after_more_than_the_is_a_comparisons_reference_not_a_bound():
    f = only("Congress will not spend more than the $5.7 billion he demanded.")
    assert (f.low, f.high, f.qualifier, f.comparison) == (5.7e9, 5.7e9, "", "more_than")


def test_twice_the_and_up_from_are_comparisons():
    assert only("It costs twice the $40 fee.").comparison == "twice"
    assert [f.comparison for f in figures("Revenue rose to $5 billion, up from $4.2 billion.")][-1] == "up_from"


@pytest.mark.parametrize("text", ["Moments later, the House voted 251-174 to give individuals a break.", "On the bill, the vote was 251 to 174."])
def test_a_vote_tally_is_one_figure_with_two_sides(text):
    f = only(text)
    assert (f.kind, f.low, f.against, f.unit) == ("tally", 251, 174, "votes")


def test_a_dash_between_rising_numbers_without_a_vote_is_a_range():
    f = only("Crowds of 20-30 people gathered.")
    assert (f.kind, f.low, f.high, f.against) == ("count", 20, 30, None)


@pytest.mark.parametrize(
    "text, kind, value, unit",
    [
        ("In a 12-page outline, officials explained the withdrawal.", "count", 12, "pages"),
        ("The deal passed the 60-vote threshold for major legislation.", "count", 60, "votes"),
        ("They patrol a 2,000-mile border.", "measure", 2000, "mi"),
        ("The call lasted for a 13-minute stretch.", "duration", 13, "minute"),
        ("It begins a one-year process to exit the accord.", "duration", 1, "year"),
    ],
)
def test_number_noun_compounds_are_measures_durations_or_counts(text, kind, value, unit):
    f = only(text)
    assert (f.kind, f.low, f.unit) == (kind, value, unit)


@pytest.mark.parametrize(
    "text, low, high",
    [("About six in 10 caucus voters were angry.", 54, 66), ("More than one-fourth of all beneficiaries enrolled.", 25, math.inf), ("About half of states would ban it.", 45, 55)],
)
def test_shares_in_words_are_percentages(text, low, high):
    f = only(text)
    assert f.kind == "percent" and f.low == pytest.approx(low) and f.high == pytest.approx(high)


def test_a_date_without_a_year_a_few_weeks_ahead_is_the_coming_one():
    f = only("Lawmakers committed to pass the bill by Sept. 27.", published="2021-08-24")
    assert date_of(f.low) == dt.date(2021, 9, 27)


def test_a_date_without_a_year_takes_the_year_its_sentence_states():
    (date, _year) = figures("The U.S. became involved after the Sept. 11 attacks in 2001.", published="2021-08-20")
    assert date_of(date.low) == dt.date(2001, 9, 11)


def test_month_of_year_is_a_month():
    f = only("The deal set the withdrawal of all troops for May of 2021.")
    assert (date_of(f.low), date_of(f.high)) == (dt.date(2021, 5, 1), dt.date(2021, 5, 31))


def test_an_age_limit_is_read_from_the_clause():
    assert [(f.kind, f.low, f.role) for f in figures("He urged raising the age of purchase for rifles from 18 to 21.")] == [("age", 18, "from"), ("age", 21, "to")]
    f = only("The law bans puberty blockers for people under 18.")
    assert (f.kind, f.high) == ("age", 18)


def test_a_coordinated_count_takes_the_noun_of_the_one_before():
    found = figures("But 22 Democrats supported the delay, and 35 favored postponing it.")
    assert [(f.low, f.unit) for f in found] == [(22, "democrats"), (35, "democrats")]


def test_labels_and_addresses_are_no_figures():
    assert figures("A category 4 hurricane hit the coast near 49 Zorro Ranch Road.") == []


def test_a_currency_code_glued_to_its_amount():
    assert [(f.low, f.unit) for f in figures("The yacht was quoted at USD10m and the house at $A82,615,680.")] == [(1e7, "USD"), (82615680, "AUD")]
