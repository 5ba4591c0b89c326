"""Figure extraction of constructions found in real news (issue 14): rate units, elapsed days,
ages stated with a copula, coordinated figures that leave their unit out. Each construction has
made-up sentences that it must read and controls that must not change."""
from __future__ import annotations

from audit.figures import Figure, figures_in
from conftest import make_article


def figures(text: str, published: str = "2025-02-24") -> list[Figure]:
    return list(figures_in(make_article("Title\n\n" + text, published=published)))


def read(text: str) -> list[tuple[str, str, float, str]]:
    return [(f.surface, f.kind, f.stated_low, f.unit) for f in figures(text)]


# -- rate units: fuel economy and speed are their own measures, not distances


def test_miles_per_gallon_is_fuel_economy():
    assert read("The rule lowers the standard to 40 miles per gallon.") == [("40 miles per gallon", "measure", 40.0, "mpg")]
    assert read("The fleet averages 30.5 miles a gallon.") == [("30.5 miles a gallon", "measure", 30.5, "mpg")]


def test_glued_and_spelled_mpg_have_one_unit():
    (glued,) = figures("The standard is 54.5 mpg.")
    (spelled,) = figures("The standard is 54.5 miles per gallon.")
    assert glued.unit == spelled.unit == "mpg"


def test_speeds_in_words_are_speeds():
    assert read("The car reached 120 miles per hour.") == [("120 miles per hour", "measure", 120.0, "mph")]
    assert read("Trains run at 300 kilometres an hour.") == [("300 kilometres an hour", "measure", 300.0, "km/h")]


def test_miles_alone_stay_a_distance():
    assert read("The border wall runs 40 miles from the town.") == [("40 miles", "measure", 40.0, "mi")]


# -- a time elapsed written as an ordinal: "now in its seventh day"


def test_ordinal_day_of_an_ongoing_state_is_a_duration():
    assert read("The shutdown, now in its seventh day, goes on.") == [("seventh day", "duration", 7.0, "day")]
    assert read("Talks stalled on the 35th day of the strike.") == [("35th day", "duration", 35.0, "day")]
    assert read("Fighting went on into the fourth year of the war.") == [("fourth year", "duration", 4.0, "year")]


def test_elapsed_days_and_a_week_mark_are_one_dimension():
    (days,) = figures("The strike is in its seventh day.")
    (weeks,) = figures("The strike reached the one-week mark.")
    assert (days.kind, weeks.kind) == ("duration", "duration")
    assert (days.unit, weeks.unit) == ("day", "week")


def test_a_place_in_the_calendar_is_no_duration():
    assert [f.kind for f in figures("The vote is set for the second week of March.")] == ["date"]
    assert read("It ends on the third day of the month.") == []
    assert read("It ends in the second week of the year.") == []


def test_a_streak_and_an_ordinal_without_a_time_unit_stay_as_they_were():
    assert read("Deliveries will fall for the second straight year.") == []
    assert read("He won a second term.") == []
    assert read("China is the world's second-largest economy.") == [("second-largest economy", "ordinal", 2.0, "largest economy")]


# -- an age stated with a copula or "turn" and a person as subject, without "years old"


def test_copula_and_turn_with_a_person_subject_state_an_age():
    assert read("Biden would be 86 at the end of his second term.") == [("86", "age", 86.0, "years")]
    assert read("Mr. Okafor is set to turn 70 in the spring.")[0] == ("70", "age", 70.0, "years")
    assert read("The senator said that she's 64 and running again.")[0] == ("64", "age", 64.0, "years")
    assert read("You'd be -- 86 at the end of your term.") == [("86", "age", 86.0, "years")]
    assert read("Okafor, who turns 80 on Friday, spoke.")[0] == ("80", "age", 80.0, "years")


def test_the_second_of_two_coordinated_ages_is_an_age():
    found = read("Okafor, who will be 82 at the next election and 86 at the end of his term, ran.")
    assert found == [("82", "age", 82.0, "years"), ("86", "age", 86.0, "years")]
    assert read("He is 82 now and 86 then.") == [("82", "age", 82.0, "years"), ("86", "age", 86.0, "years")]


def test_no_age_without_a_person_subject_or_with_a_score_after():
    for text in (
        "The Dow was 86 at the close.",  # a determiner opens the name: no person
        "The score was 86 at the end.",
        "Inflation was 8 at the end of the year.",  # a common noun opening the sentence, nothing refers to a person
        "He was 3 for 4 at the plate.",
        "She is 1 of 10 finalists.",
        "Okafor was 300 at the end of his career.",  # no plausible age
    ):
        assert "age" not in [f.kind for f in figures(text)], text


def test_a_count_after_a_coordinated_age_keeps_its_noun():
    assert read("He was 5 when his father died and 10 people saw it.") == [("5", "age", 5.0, "years"), ("10 people", "count", 10.0, "people")]


# -- the second member of coordinated figures takes the unit the first one states


def test_a_worded_count_after_and_takes_the_noun_of_the_count_before():
    assert read("Five people were hurt and two died.") == [("Five people", "count", 5.0, "people"), ("two", "count", 2.0, "people")]


def test_to_closes_a_from_with_its_noun_left_out():
    found = read("The agency cut the plan from the five drilling pads requested by the company to three.")
    assert found == [("five drilling pads", "count", 5.0, "pads"), ("three", "count", 3.0, "pads")]
    assert read("It went from 18 states to 21.") == [("from 18 states", "count", 18.0, "states"), ("21", "count", 21.0, "states")]


def test_worded_numbers_without_a_coordinated_count_stay_no_figure():
    assert read("He gave the award to three.") == []
    assert read("The two met and the two agreed.") == []
    assert read("Three cars and two of the trucks burned.") == [("Three cars", "count", 3.0, "cars")]
    assert read("He handed 40 pages to two of the lawyers.") == [("40 pages", "count", 40.0, "pages")]


# -- ages as ranges after the word that announces them


def test_an_age_word_announces_a_range_of_ages():
    assert read("Checks get stricter for people ages 18 to 21.") == [("ages 18 to 21", "age", 18.0, "years")]
    (between,) = figures("People aged between 18 and 21 may not buy rifles.")
    assert (between.kind, between.low, between.high) == ("age", 18.0, 21.0)
    (of,) = figures("It bars sales to buyers at the age of 18 to 21.")
    assert (of.kind, of.low, of.high) == ("age", 18.0, 21.0)


def test_an_age_word_before_a_single_age_is_unchanged():
    assert read("The driver, aged 40, was arrested.") == [("aged 40", "age", 40.0, "years")]
    assert read("The bill raises the age from 18 to 21.") == [("from 18", "age", 18.0, "years"), ("21", "age", 21.0, "years")]


# -- "N in D" is a share only when D is no year


def test_a_year_after_in_is_no_denominator():
    assert read("He died at age 80 in 2020.") == [("age 80", "age", 80.0, "years"), ("2020", "year", 2020.0, "year")]
    assert [f.kind for f in figures("A barrel of oil cost less than $40 in 2008.")] == ["money", "year"]
    assert read("Nearly six in 10 voters were angry.")[0][:3] == ("Nearly six in 10", "percent", 60.0)
    assert read("It strikes one in 2,000 births.")[0][:3] == ("one in 2,000", "percent", 0.05)


# -- one and many count one thing: the counted noun is the head of the noun phrase, as a plural


def test_one_counts_the_head_of_its_noun_phrase_as_many_do():
    (one,) = figures("The plan kept one drilling pad.")
    (three,) = figures("The plan kept three drilling pads.")
    assert one.unit == three.unit == "pads"
    assert read("It held one lease sale.") == [("one lease sale", "count", 1.0, "sales")]
    assert read("It expelled one Russian diplomat.") == [("one Russian diplomat", "count", 1.0, "diplomats")]
    assert read("One man was hurt.") == [("One man", "count", 1.0, "people")]


def test_a_compound_counts_its_head_not_its_modifier():
    # "lease sales" are sales (auctions, each offering many leases): a count of sales is no count of leases
    assert read("It cancelled two lease sales.")[0][3] == "sales"
    assert read("It cancelled two leases.")[0][3] == "leases"


def test_the_phrase_after_one_ends_at_a_verb_an_adverb_or_a_preposition():
    assert read("One proposal asks for more.") == [("One proposal", "count", 1.0, "proposals")]
    assert read("Only one person died.") == [("one person", "count", 1.0, "people")]
    assert read("The bill fell one vote short.") == [("one vote", "count", 1.0, "votes")]
    assert read("One man fled the scene.") == [("One man", "count", 1.0, "people")]
    assert read("He faces one count of wire fraud.") == [("one count", "count", 1.0, "counts")]
    assert read("Using the same one across many accounts is risky.") == []


def test_the_digit_one_before_a_singular_noun_counts_it_as_the_word_does():
    assert read("The firm built 1 drilling pad in the reserve.") == [("1 drilling pad", "count", 1.0, "pads")]
    assert read("The firm built one drilling pad in the reserve.") == [("one drilling pad", "count", 1.0, "pads")]
    assert read("The bill passed with 1 vote to spare.") == [("1 vote", "count", 1.0, "votes")]
    # controls: a scaled one, a one before a preposition, the number of a name
    assert read("It raised 1 million dollars.")[0][2:] == (1e6, "USD")
    assert read("It was 1 of 3 options.")[0][0] == "1"
    assert [f for f in read("They watched the Game 1 broadcast.") if f[0].startswith("1")] == []


def test_a_tens_word_and_one_joined_by_a_hyphen_is_one_number():
    assert read("Twenty-one states have such bans.") == [("Twenty-one states", "count", 21.0, "states")]
    assert read("It took twenty-one days.") == [("twenty-one days", "duration", 21.0, "day")]
    assert read("Forty-two people died.") == [("Forty-two people", "count", 42.0, "people")]  # control


def test_a_time_word_after_the_noun_of_one_is_no_part_of_it():
    assert read("The firm built one drilling pad last year.")[0] == ("one drilling pad", "count", 1.0, "pads")
    assert read("They hold one hearing next week.")[0] == ("one hearing", "count", 1.0, "hearings")


def test_a_comparative_after_the_noun_of_one_is_no_part_of_it():
    assert read("They ranked one spot higher.") == [("one spot", "count", 1.0, "spots")]
    assert read("They ranked 1 spot higher.") == [("1 spot", "count", 1.0, "spots")]


def test_the_numerator_of_a_share_is_no_count_of_its_own():
    assert read("About 7 in 10 Americans agree.") == [("About 7 in 10", "percent", 70.0, "percent")]
    assert read("1 in 5 adults smoke.") == [("1 in 5", "percent", 20.0, "percent")]
    # control: a number before "in" and a year is no share
    assert read("He was 25 in 2010.") == [("25", "age", 25.0, "years"), ("2010", "year", 2010.0, "year")]


def test_one_before_a_participle_or_a_casualty_word_counts_no_noun():
    assert read("The crash left one dead and three injured.") == []
    assert read("One killed in the crash, police said.") == []
    assert read("Only one person died.") == [("one person", "count", 1.0, "people")]  # control


def test_one_before_a_participle_and_its_noun_counts_the_noun():
    # a word in -ed before a noun is its modifier, not a casualty word ("speed" ends in -ed too)
    assert read("Only one embedded reporter stayed.") == [("one embedded reporter", "count", 1.0, "reporters")]
    assert read("There was one speed camera on the road.") == [("one speed camera", "count", 1.0, "cameras")]


def test_a_plural_modifier_before_the_head_is_not_the_counted_noun():
    assert read("Three human rights groups protested.") == [("Three human rights groups", "count", 3.0, "groups")]
    assert read("They met one human rights group.") == [("one human rights group", "count", 1.0, "groups")]
    assert read("Five news outlets ran it.") == [("Five news outlets", "count", 5.0, "outlets")]
    assert read("Police arrested two arms dealers.") == [("two arms dealers", "count", 2.0, "dealers")]
    # controls: the plural modifier counted alone, and followed by a verb
    assert read("Two arms were broken.") == [("Two arms", "count", 2.0, "arms")]
    assert read("About 300 jobs remain.")[0][3] == "jobs"


def test_a_number_after_a_label_noun_names_a_part_and_is_no_figure():
    assert read("The claim is on page 5 of the report.") == []
    assert read("Under Article 5 of the treaty, members must respond.") == []
    assert read("The firm filed for Chapter 11 protection.") == []
    assert read("Section 230 shields the platforms.") == []
    assert read("Lawmakers cited paragraph 12 of the ruling.") == []
    # controls: a count of pages, and a document-part word used as a noun before a count
    assert read("The report runs to 5 pages.") == [("5 pages", "count", 5.0, "pages")]
    assert read("They amended the article 3 times.")[0][:2] == ("3 times", "count")


def test_a_lower_case_document_part_labels_a_number_that_counts_nothing_after_it():
    assert read("The retailer filed for chapter 11 bankruptcy protection.") == []
    assert read("Lawmakers want to repeal section 230 of the law.") == []
    assert read("They want to repeal section 230.") == []
    # controls: a plural, a tally or a plural after one modifier makes it a count
    assert read("The Senate passed the measure 52-47.")[0][:2] == ("52-47", "tally")
    assert read("They approved the amendment 60 to 38.")[0][:2] == ("60 to 38", "tally")
    assert read("She won the title 3 straight years.")[0][2] == 3.0


def test_a_possessive_before_the_ordinal_is_a_determiner_too():
    assert read("On the shutdown's 35th day, talks resumed.") == [("35th day", "duration", 35.0, "day")]
    assert read("The strike’s seventh day passed quietly.") == [("seventh day", "duration", 7.0, "day")]


def test_day_n_of_a_state_is_the_nth_day():
    assert read("It is Day 7 of the shutdown.") == [("Day 7", "duration", 7.0, "day")]
    assert read("It was week three of the trial.") == [("week three", "duration", 3.0, "week")]
    assert read("It is on page 5 of the report.") == []  # a page's number labels it: no figure (figure_label_words.txt)


# -- what a figure carries for the matcher: its counted noun as written, and whether its year was written


def test_a_count_carries_its_counted_noun_phrase_up_to_its_head():
    nouns = [(f.surface, f.noun, f.head_noun) for f in figures("Police held 13 U.S. service members, 2,000 specialized Nvidia chips and two Washington deal-makers.")]
    assert nouns == [
        ("13 U.S. service members", "u.s. service members", "members"),
        ("2,000 specialized Nvidia chips", "specialized nvidia chips", "chips"),
        ("two Washington deal-makers", "washington deal-makers", "deal-makers"),
    ]
    assert [(f.noun, f.unit) for f in figures("They met one human rights group.")] == [("human rights group", "groups")]
    assert [(f.noun, f.unit) for f in figures("It needs 50 people or more.")] == [("people", "people")]
    assert [(f.noun, f.unit) for f in figures("It cleared the 60-vote threshold.")] == [("vote", "votes")]


def test_a_count_whose_noun_is_left_out_or_a_range_carries_what_is_written():
    elided = figures("Five people were hurt and two died.")
    assert [(f.surface, f.noun, f.unit) for f in elided] == [("Five people", "people", "people"), ("two", "", "people")]
    assert [(f.surface, f.noun) for f in figures("Between 20 and 30 protesters gathered.")] == [("Between 20 and 30 protesters", "protesters")]
    assert [f.noun for f in figures("Prices rose 5% last year.")] == ["", ""]  # no count: no noun


def test_a_date_says_whether_the_article_wrote_its_year():
    def inferred(text: str) -> list[tuple[str, bool]]:
        return [(f.surface, f.year_inferred) for f in figures(text) if f.kind == "date"]

    assert inferred("The deadline is Sept. 27.") == [("Sept. 27", True)]
    assert inferred("It opened on March 3, 2020.") == [("March 3, 2020", False)]
    assert inferred("Since the Sept. 11 attacks in 2001, rules changed.") == [("Sept. 11", False)]  # its sentence writes the year
    assert inferred("The chatbot was launched last month.") == [("last month", False)]  # relative: read from the article's date
