"""Figure extraction of constructions of English news found on single sentences (NewsQuant's
development half, issue 14): a change and the level it reached, units written with a slash,
seconds in a compound modifier, metres glued to a number, vague plurals of a unit, hyphens
left hanging in a coordination, years past 2100. Each construction has made-up sentences it
must read and a control that must not change."""
from __future__ import annotations

from audit.figures import Figure, figures_in
from conftest import make_article


def figures(text: str, published: str = "2025-02-24") -> list[Figure]:
    return list(figures_in(make_article("Title\n\n" + text, published=published)))


def read(text: str) -> list[tuple[str, str, float, float, str]]:
    return [(f.surface, f.kind, f.stated_low, f.stated_high, f.unit) for f in figures(text)]


# -- "by X to Y" after a change that happened: the change, then the level it reached


def test_realized_change_by_an_amount_to_a_level_is_two_figures():
    assert read("Profits increased by $2 billion to $10 billion.") == [
        ("$2 billion", "money", 2e9, 2e9, "USD"),
        ("$10 billion", "money", 1e10, 1e10, "USD"),
    ]
    change, level = figures("Its share rose by 5% to 30% of the market.")
    assert (change.surface, change.direction) == ("5%", "up")
    assert (level.surface, level.stated_low) == ("30%", 30.0)
    assert [f.surface for f in figures("The deficit increased sharply by $43.6 billion to $419.2 billion.")] == ["$43.6 billion", "$419.2 billion"]


def test_change_by_a_range_stays_a_range():
    assert read("Prices could rise by 5% to 10% next year.")[0] == ("5% to 10%", "percent", 5.0, 10.0, "percent")
    assert read("Costs rose by 5 to 10 percent.") == [("5 to 10 percent", "percent", 5.0, 10.0, "percent")]


# -- units written with a slash: "120km/h" is a speed, not a ratio "120km" over "h"


def test_speed_with_a_slash_is_a_speed_glued_or_spaced():
    assert read("The limit is 120km/h on the motorway.") == [("120km/h", "measure", 120.0, 120.0, "km/h")]
    assert read("Gusts reached 90 km/h overnight.") == [("90 km/h", "measure", 90.0, 90.0, "km/h")]
    assert read("It accelerates to 100km/hr quickly.") == [("100km/hr", "measure", 100.0, 100.0, "km/h")]


def test_a_range_ends_in_a_slashed_unit():
    assert read("The car goes 0 to 100km/h in four seconds.")[0] == ("0 to 100km/h", "measure", 0.0, 100.0, "km/h")


def test_numbers_either_side_of_a_slash_stay_no_figure():
    assert read("The store is open 24/7 and 3/4 of staff agree.") == []


# -- "second" after a number: the singular unit of a compound modifier, unless an ordinal's hyphen follows


def test_seconds_in_a_compound_modifier_are_a_duration():
    assert read("The campaign bought a 30 second ad.") == [("30 second", "duration", 30.0, 30.0, "second")]
    assert read("He needs a 4.3 second 40-yard dash.")[0] == ("4.3 second", "duration", 4.3, 4.3, "second")


def test_an_ordinal_second_with_its_hyphen_stays_an_ordinal():
    assert read("He scored 2 second-half goals.") == [("2 second-half goals", "count", 2.0, 2.0, "goals")]


# -- a number glued to "m" before an adjective of size, or converted into feet, is metres


def test_glued_m_before_a_size_is_metres():
    assert read("They built a 3.5m-high wall.") == [("3.5m", "measure", 3.5, 3.5, "m")]
    assert read("A 40m long ship sank.") == [("40m", "measure", 40.0, 40.0, "m")]
    assert read("It is a 37m (121ft) skeleton.") == [("37m", "measure", 37.0, 37.0, "m"), ("121ft", "measure", 121.0, 121.0, "ft")]


def test_glued_m_of_money_or_people_stays_millions():
    assert read("It earned £37m last year from 2m people.")[0::2] == [("£37m", "money", 37e6, 37e6, "GBP"), ("2m people", "count", 2e6, 2e6, "people")]
    assert read("The 100m sprint was won.") == []


# -- a vague plural of a unit: "hundreds of miles" is a wide interval of miles, as "dozens of people" is of people


def test_vague_plural_of_a_unit_is_a_vague_measure():
    (plume,) = figures("The plume extends hundreds of miles into space.")
    assert (plume.surface, plume.kind, plume.low, plume.high, plume.unit, plume.vague) == ("hundreds of miles", "measure", 100.0, 1000.0, "mi", True)
    assert read("It took thousands of years.") == [("thousands of years", "duration", 1000.0, 10000.0, "year")]


def test_vague_plural_before_ago_or_a_noun_is_unchanged():
    assert read("It happened hundreds of years ago.") == []
    assert read("Dozens of people were hurt.") == [("Dozens of people", "count", 12.0, 120.0, "people")]


# -- "4-year-olds": people of an age, as "a 4-year-old" is one


def test_year_olds_are_an_age():
    assert read("It opens pre-school to 4-year-olds.") == [("4-year-olds", "age", 4.0, 4.0, "years")]


def test_a_year_old_and_a_span_of_years_are_unchanged():
    assert read("A 40-year-old teacher served a five-year term.") == [("40-year-old", "age", 40.0, 40.0, "years"), ("five-year", "duration", 5.0, 5.0, "year")]


# -- a suspended hyphen: "a 10- to 15-minute walk", "two- and three-bedroom flats"


def test_suspended_hyphen_range_is_one_range_of_the_last_unit():
    assert read("It is a 10- to 15-minute walk.") == [("10- to 15-minute", "duration", 10.0, 15.0, "minute")]


def test_suspended_hyphens_in_a_coordination_each_count_the_last_noun():
    assert read("They sell two- and three-bedroom flats.") == [("two", "count", 2.0, 2.0, "bedrooms"), ("three-bedroom", "count", 3.0, 3.0, "bedrooms")]
    assert [(f.surface, f.unit) for f in figures("It offers four-, five- and six-cylinder engines.")] == [("four", "cylinders"), ("five", "cylinders"), ("six-cylinder", "cylinders")]


def test_dashes_between_numbers_stay_ranges_and_tallies():
    assert read("It is a 10-15 minute walk.") == [("10-15 minute", "duration", 10.0, 15.0, "minute")]
    assert read("The Senate voted 52-48 on it.") == [("52-48", "tally", 52.0, 52.0, "votes")]


# -- a year past 2100, after a preposition of time: the year of a forecast


def test_a_forecast_year_past_2100_is_a_year():
    assert read("Seas could rise 11 feet by 2120, scientists say.")[1] == ("2120", "year", 2120.0, 2120.0, "year")
    assert read("The debt will not be repaid until 2300.") == [("2300", "year", 2300.0, 2300.0, "year")]


def test_a_number_past_2100_that_counts_stays_a_count():
    assert read("They hired 2500 workers.") == [("2500 workers", "count", 2500.0, 2500.0, "people")]
    assert read("The 2500 came.") == [("2500", "count", 2500.0, 2500.0, "")]


# -- "one out of three Germans" is a share, as "one in three Germans" is


def test_out_of_without_the_is_a_share():
    assert read("One out of three Germans have housing problems.") == [("One out of three", "percent", 100 / 3, 100 / 3, "percent")]
    assert read("4 out of 5 dentists agree.") == [("4 out of 5", "percent", 80.0, 80.0, "percent")]


def test_out_of_the_still_counts_the_members_of_a_set():
    assert read("Four out of the 10 most popular topics were old.") == [("Four out of the 10 most popular topics", "count", 4.0, 4.0, "topics")]


# -- an area unit glued to its number with its power: "32m2", "1,200km²"


def test_glued_area_units_are_areas():
    assert read("The flat has a floor area of 32m2.") == [("32m2", "measure", 32.0, 32.0, "m²")]
    assert read("It covers 1,200km² of forest.") == [("1,200km²", "measure", 1200.0, 1200.0, "km²")]


def test_glued_length_without_a_power_stays_a_length():
    assert read("The trail is 12km long.") == [("12km", "measure", 12.0, 12.0, "km")]


# -- "5G" numbers a generation of mobile networks and counts nothing after it; "45g" is a mass


def test_a_network_generation_counts_nothing():
    assert read("The 5G network covers 40 cities.") == [("5G", "count", 5.0, 5.0, ""), ("40 cities", "count", 40.0, 40.0, "cities")]


def test_grams_glued_stay_a_mass():
    assert read("It weighs 45g.") == [("45g", "measure", 45.0, 45.0, "g")]


# -- "a day or two": one or a few of the noun before "or"


def test_a_noun_or_two_is_one_to_two_of_it():
    assert read("It will take a day or two to fix.") == [("a day or two", "duration", 1.0, 2.0, "day")]
    assert read("They hope to add another pick or two.") == [("another pick or two", "count", 1.0, 2.0, "picks")]


def test_two_with_its_own_noun_after_or_is_unchanged():
    assert read("Either a yes or two noes.") == []


# -- temperatures: "40C", "40°C", "104°F", "40 degrees Celsius"


def test_temperatures_glued_or_with_a_degree_sign_are_temperatures():
    assert read("Temperatures hit 40C, or 40°C (104°F).") == [
        ("40C", "measure", 40.0, 40.0, "°C"),
        ("40°C", "measure", 40.0, 40.0, "°C"),
        ("104°F", "measure", 104.0, 104.0, "°F"),
    ]
    assert read("It was 40 degrees Celsius.") == [("40 degrees Celsius", "measure", 40.0, 40.0, "°C")]


def test_cents_and_bare_degrees_are_unchanged():
    assert read("The 5c coin is gone.") == []
    assert read("It was 40 degrees.") == [("40 degrees", "measure", 40.0, 40.0, "°")]


# -- list numbering: "1. Buy low." numbers an item, it counts nothing


def test_list_numbers_are_no_figures():
    assert read("Here is the plan:\n1. Buy low.\n2. Sell high.\n\n3) Repeat it 10 times.") == [("10 times", "count", 10.0, 10.0, "times")]


def test_a_number_ending_a_sentence_is_still_a_figure():
    assert read("He scored 2. Then 3 more came.") == [("2", "count", 2.0, 2.0, ""), ("3", "count", 3.0, 3.0, "")]


# -- a year before a compound of a scale: "its 2019 million-dollar deal" is no 2,019 million


def test_a_year_before_a_million_dollar_compound_is_a_year():
    assert read("Its 2019 million-dollar deal collapsed.") == [("2019", "year", 2019.0, 2019.0, "year")]


def test_a_number_before_a_million_dollar_compound_is_scaled():
    assert read("A 10 million-dollar house sold.") == [("10 million-dollar", "money", 1e7, 1e7, "USD")]


# -- "and a half" after a whole number adds a half: "two and a half years", "one and a half million"


def test_and_a_half_adds_a_half():
    assert read("It took two and a half years.") == [("two and a half years", "duration", 2.5, 2.5, "year")]
    assert read("One and a half million people came.") == [("One and a half million people", "count", 1.5e6, 1.5e6, "people")]


def test_a_number_and_a_noun_with_half_is_unchanged():
    assert read("Five people came and a half hour later they left.")[0] == ("Five people", "count", 5.0, 5.0, "people")


# -- a fraction written without its hyphen: "two thirds of voters" is "two-thirds of voters"


def test_spaced_fraction_before_of_is_a_share():
    assert read("Two thirds of voters agree.") == [("Two thirds", "percent", 200 / 3, 200 / 3, "percent")]
    assert read("Three quarters of staff left.") == [("Three quarters", "percent", 75.0, 75.0, "percent")]


def test_quarters_of_a_year_and_halves_stay_counts():
    assert read("In the first three quarters of the year, sales rose.") == [("three quarters", "count", 3.0, 3.0, "quarters")]
    assert read("The two halves of the game differed.") == [("two halves", "count", 2.0, 2.0, "halves")]


# -- a fraction of one scale or unit is an amount: "a quarter of a million people", "half a mile"


def test_fraction_of_a_scale_is_an_amount():
    assert read("A quarter of a million people marched.") == [("A quarter of a million people", "count", 250000.0, 250000.0, "people")]
    assert read("Three-quarters of a billion dollars was spent.") == [("Three-quarters of a billion dollars", "money", 7.5e8, 7.5e8, "USD")]


def test_fraction_of_a_unit_is_a_measure():
    assert read("It is half a mile away.") == [("half a mile", "measure", 0.5, 0.5, "mi")]
    assert read("They met half an hour later.") == [("half an hour", "duration", 0.5, 0.5, "hour")]


def test_fractions_of_a_group_and_half_a_number_are_unchanged():
    assert read("A third of the population agrees.") == [("A third", "percent", 100 / 3, 100 / 3, "percent")]
    assert read("Half a million people came.") == [("Half a million people", "count", 500000.0, 500000.0, "people")]
    assert read("Half a dozen cars.") == [("Half a dozen cars", "count", 6.0, 6.0, "cars")]


# -- "pounds" that weigh: after a verb of weighing, or before "of" and what is weighed


def test_pounds_that_weigh_are_a_mass():
    assert read("He weighs 220 pounds.") == [("220 pounds", "measure", 220.0, 220.0, "lb")]
    assert read("Police seized 10 pounds of cocaine.") == [("10 pounds", "measure", 10.0, 10.0, "lb")]


def test_pounds_that_pay_stay_money():
    assert read("She was fined 500 pounds.") == [("500 pounds", "money", 500.0, 500.0, "GBP")]
    assert read("It got 5,000 pounds of funding.") == [("5,000 pounds", "money", 5000.0, 5000.0, "GBP")]


# -- "the 1400 block of Pennsylvania Ave.": a street address, as police reports write it


def test_block_of_a_street_is_an_address():
    assert read("He lives on the 1400 block of Pennsylvania Ave.") == []
    assert read("It happened in the 200 block of West Main Street.") == []


def test_blocks_counted_stay_counts():
    assert read("It covers 12 blocks of the city.") == [("12 blocks", "count", 12.0, 12.0, "blocks")]


# -- a fraction of a point of a rate: "a quarter point", "half a percentage point"


def test_fraction_of_a_point_is_percentage_points():
    assert read("The Fed cut rates by a quarter point.") == [("a quarter point", "percentage_points", 0.25, 0.25, "percentage points")]
    assert read("Unemployment fell half a percentage point.") == [("half a percentage point", "percentage_points", 0.5, 0.5, "percentage points")]
    assert read("A half-point hike came.") == [("A half-point", "percentage_points", 0.5, 0.5, "percentage points")]


def test_a_quarter_of_a_group_stays_a_share():
    assert read("A quarter of the voters agree.") == [("A quarter", "percent", 25.0, 25.0, "percent")]


# -- "a half" before a unit or a scale: "a half hour", "a half-dozen eggs", "a half million people"


def test_a_half_before_a_unit_or_scale_is_half_of_it():
    assert read("He ate a half-dozen eggs.") == [("a half-dozen eggs", "count", 6.0, 6.0, "eggs")]
    assert read("After a half hour, it ended.") == [("a half hour", "duration", 0.5, 0.5, "hour")]
    assert read("A half million people came.") == [("A half million people", "count", 5e5, 5e5, "people")]


def test_a_half_before_other_nouns_is_no_figure():
    assert read("It was a half measure by a half brother.") == []


# -- mixed numbers: "2 1/2 years", "1½ hours", "a 2½-hour meeting"


def test_mixed_numbers_add_their_fraction():
    assert read("It took 2 1/2 years and 1½ hours.") == [("2 1/2 years", "duration", 2.5, 2.5, "year"), ("1½ hours", "duration", 1.5, 1.5, "hour")]
    assert read("A 2½-hour meeting.") == [("2½-hour", "duration", 2.5, 2.5, "hour")]


def test_a_ratio_alone_stays_no_figure():
    assert read("Open 24/7 and 3/4 of staff agree.") == []


# -- "a hundred", as "a thousand" and "a million" are numbers


def test_a_hundred_is_one_hundred():
    assert read("The company cut a hundred jobs.") == [("a hundred jobs", "count", 100.0, 100.0, "jobs")]
    assert read("A hundred thousand fans came.") == [("A hundred thousand fans", "count", 1e5, 1e5, "fans")]


def test_a_thousand_is_unchanged():
    assert read("The company cut a thousand jobs.") == [("a thousand jobs", "count", 1000.0, 1000.0, "jobs")]


# -- a bound glued by a hyphen: "3 million-plus users", "20-odd years"


def test_plus_and_odd_glued_by_a_hyphen_bound_the_number():
    (users,) = figures("It has 3 million-plus users.")
    assert (users.surface, users.unit, users.qualifier, users.low) == ("3 million-plus users", "users", "more_than", 3e6)
    (years,) = figures("He spent 20-odd years there.")
    assert (years.surface, years.unit, years.qualifier) == ("20-odd years", "year", "about")


def test_a_plus_sign_bound_is_unchanged():
    (users,) = figures("It has 2,000+ users.")
    assert (users.surface, users.qualifier) == ("2,000+ users", "more_than")


# -- a share written with hyphens: "one-in-five adults", "a 1-in-3 chance"


def test_hyphenated_share_is_a_share():
    assert read("About one-in-five adults smoke.")[0][:2] == ("About one-in-five", "percent")
    assert read("It is a 1-in-3 chance.") == [("1-in-3", "percent", 100 / 3, 100 / 3, "percent")]


def test_spaced_share_is_unchanged():
    assert read("One in three adults smoke.") == [("One in three", "percent", 100 / 3, 100 / 3, "percent")]


# -- dollars of other countries written with a one-letter prefix: "C$3 million", "S$2bn"


def test_canadian_and_singapore_dollars_keep_their_currency():
    assert read("It raised C$3 million and S$2bn.") == [("C$3 million", "money", 3e6, 3e6, "CAD"), ("S$2bn", "money", 2e9, 2e9, "SGD")]


def test_a_bare_dollar_after_a_capital_stays_us_dollars():
    assert read("Vitamin C costs $5.") == [("$5", "money", 5.0, 5.0, "USD")]
    # a capital right before "$" but not glued to it: the case the currency prefixes must leave alone
    assert read("Vitamin C $5 a bottle.") == [("$5", "money", 5.0, 5.0, "USD")]


# -- rupees written "Rs" before the amount, as Indian news writes them


def test_rs_before_an_amount_is_rupees():
    assert read("The deal is worth Rs 500 crore.") == [("Rs 500 crore", "money", 5e9, 5e9, "INR")]


def test_the_rupee_sign_is_unchanged():
    assert read("The deal is worth ₹2 lakh.") == [("₹2 lakh", "money", 2e5, 2e5, "INR")]


# -- "a 2-1 decision": the 1 is the second side of a tally, not a count of one decision


def test_one_after_a_dash_is_the_second_side_of_a_tally():
    assert read("The court issued a 2-1 decision.") == [("2-1", "tally", 2.0, 2.0, "votes")]


def test_one_before_a_noun_still_counts_it():
    assert read("He has 1 drilling pad.") == [("1 drilling pad", "count", 1.0, 1.0, "pads")]


# -- "a 3,000-strong army": the size of a body of people


def test_strong_glued_to_a_number_is_a_body_of_people():
    assert read("A 3,000-strong army marched.") == [("3,000-strong", "count", 3000.0, 3000.0, "people")]
    assert read("The 1.4m-strong workforce struck.") == [("1.4m-strong", "count", 1.4e6, 1.4e6, "people")]


def test_a_number_noun_compound_still_counts_its_noun():
    assert read("It is a 12-page summary.") == [("12-page", "count", 12.0, 12.0, "pages")]


# -- heights in feet and inches: "6-foot-2", "6 feet 2 inches"


def test_feet_and_inches_are_one_height():
    assert read("The 6-foot-2 suspect fled.") == [("6-foot-2", "measure", 6 + 2 / 12, 6 + 2 / 12, "ft")]
    assert read("He is 6 feet 2 inches tall.") == [("6 feet 2 inches", "measure", 6 + 2 / 12, 6 + 2 / 12, "ft")]


def test_feet_before_another_number_are_unchanged():
    assert read("A 10-foot wall stood for 6 years.") == [("10-foot", "measure", 10.0, 10.0, "ft"), ("6 years", "duration", 6.0, 6.0, "year")]


# -- "No. 2": a number that labels a rank or a shirt counts nothing


def test_a_number_after_no_dot_is_a_label():
    assert read("Dick Durbin, the No. 2 Democrat, spoke.") == []
    assert read("The No. 1 team won 3 games.") == [("3 games", "count", 3.0, 3.0, "games")]


def test_a_count_after_a_lower_case_no_is_still_a_count():
    assert read("Only 2 Democrats voted no. 5 Republicans did too.")[1] == ("5 Republicans", "count", 5.0, 5.0, "republicans")


# -- a change that ends in a range: "from 24.2 to 33-35 billion euros"


def test_a_change_ending_in_a_range_scales_both_ends():
    assert read("Its value will rise from 24.2 to 33-35 billion euros.") == [
        ("from 24.2", "money", 24.2e9, 24.2e9, "EUR"),
        ("33-35 billion euros", "money", 33e9, 35e9, "EUR"),
    ]


def test_a_change_to_a_score_is_unchanged():
    assert [f.kind for f in figures("The score went from 2 to 3-1.")] == ["count", "count", "count"]


# -- "up to X to Y": a bound, then the other end of a change, never a range from 0 to Y


def test_up_to_then_to_is_no_range():
    assert read("It boosts the range from up to 252 miles to 287 miles.") == [("up to 252 miles", "measure", 252.0, 252.0, "mi"), ("287 miles", "measure", 287.0, 287.0, "mi")]


def test_up_to_alone_is_unchanged():
    (cost,) = figures("It costs up to $5 million.")
    assert (cost.surface, cost.qualifier, cost.low, cost.high) == ("up to $5 million", "up_to", 0.0, 5e6)


# -- a sign between the currency and the number: "$-50.8bn"


def test_a_sign_after_the_currency_makes_the_amount_negative():
    assert read("The trade balance fell to $-50.8bn in April.")[0] == ("$-50.8bn", "money", -50.8e9, -50.8e9, "USD")


def test_a_dash_between_amounts_stays_a_range():
    assert read("Tickets cost $5-$10.") == [("$5-$10", "money", 5.0, 10.0, "USD")]


# -- the prime marks of feet and inches: "25.5″", "a 6′ fence"


def test_prime_marks_are_feet_and_inches():
    assert read("The neck is 25.5″ long.") == [("25.5″", "measure", 25.5, 25.5, "in")]
    assert read("A 6′ fence stood.") == [("6′", "measure", 6.0, 6.0, "ft")]


def test_a_quotation_mark_or_a_prime_for_an_apostrophe_is_no_length():
    assert read('He said "I saw 5 cars" and left.') == [("5 cars", "count", 5.0, 5.0, "cars")]
    assert read("He saw 5 ″ marks.") == [("5", "count", 5.0, 5.0, "")]  # a prime not glued to its number is no length
    assert read("It fell during 2022′s market rout.") == [("2022", "year", 2022.0, 2022.0, "year")]


# -- the plural of a name of two words or more is counted: "eight straight World Cups"


def test_plural_of_a_name_is_counted():
    assert read("He played in eight straight World Cups.") == [("eight straight World Cups", "count", 8.0, 8.0, "cups")]
    assert read("They won two Super Bowls.") == [("two Super Bowls", "count", 2.0, 2.0, "bowls")]


def test_a_plural_name_before_the_noun_counted_is_no_head():
    assert read("The 3 New York Giants fans left.") == [("3 New York Giants fans", "count", 3.0, 3.0, "fans")]
