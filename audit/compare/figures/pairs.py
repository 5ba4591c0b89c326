"""Whether two mentions of different articles state one quantity, and whether they agree or conflict.

Same quantity is decided from context, blind to the values; the values then decide
the verdict (issue 14): two figures whose clauses say the same thing about the same
entity (``SAME_SCORE``) are one fact whatever their values, so a changed number is
compared, not split off as "stated by one article only". Equal or compatible values
are evidence too, but only for agreeing: two figures that merely look alike
(``AGREE_SCORE``) are one fact when their values overlap. Hard rules keep different
things apart whatever their words share: different kinds or units, periods, stretches
of time, measures, the ages of different people, contrasting names, vague amounts.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache

from ...figures import Figure, date_of
from ...lexicons import data_lines, word_set
from ...text import normal_form, stem, stopwords
from .context import NO_SIMILARITY, Similarity, clauses_name_others, contrasting_names, different_owners, same_clause, same_person, senses_of, similarity
from .items import Item
from .measures import same_measure
from .values import BOUND_QUALIFIERS, LOWER_BOUNDS, UPPER_BOUNDS, Interval, capped, compatible_intervals, inside_year_range, interval_of, same_sides, unit_class

AGREE_SCORE = 2.0
"""Similarity at which two figures with overlapping values are one fact."""
RELATIVE_DATE_SCORE = 3.0
"""Similarity at which two dates, one of them read from the article's own date ("on Tuesday", "last
week", "this year"), are one fact. Most events of a news story fall on the few days it names, so two
outlets' "Tuesday" is the date of one event only when their sentences say the same thing, more than
two explicit dates need ("Sept. 27"): on the figure dev set's stories, "informed DHS on Tuesday" and
"warned on Tuesday", "will host the family on Tuesday" and "a celebration on Tuesday" were
agreements. Nor does such a date agree by its value alone (``VALUE_SCORE``)."""
SAME_SCORE = 4.0
"""Similarity at which two figures are one quantity whatever their values (set on the figure dev set
so that its traps stay apart: ``benchmarks/bench_figures.py``)."""
VALUE_SCORE = 0.5
"""Similarity at which two figures whose values agree, though their sentences share little ("value"),
are one fact when each is the only figure of its kind in its article that the other's value
agrees with (``alignment._sole_values``): "$5-a-gallon gas" and "nearly $5 per gallon"."""
TALLY_SCORE = 1.0
"""Similarity at which two vote tallies whose sides differ can sit in one fact, and are one vote when each
is the other's clear best match (``alignment._sole_matches``): a tally says by itself that it is a
vote, and a story reports few; any shared word or name ("passed", "Senate") is then enough."""
LEAD_SCORE = 1.0
"""What two figures gain when each states the number of the first figure of its kind and unit in its
article (that figure or a restatement of it): news states its main figures first (the inverted
pyramid), so two articles' lead figures of a kind are likely one quantity."""
CONFLICT_SCORE = SAME_SCORE
"""Similarity a disagreement needs to be a conflict: the same-quantity bar."""
SAYS_LITTLE_KINDS = frozenset({"money", "percent", "percentage_points", "date", "year"})
"""Kinds whose unit says little of what the figure is about (a currency, a percent sign, a date):
their matches need more context than counts, measures, durations, ages and tallies do."""
MAGNITUDE_APART = 10.0
"""Two values this many times apart or more are not two outlets' statements of one quantity unless
their clauses are nearly the same words (``same_clause``): outlets that disagree about one quantity
differ by rounding, updates or mistakes, seldom by an order of magnitude, while one story's figures of
one kind do ("$20,000" forgiven per borrower, "$1.6 trillion" of student loans; a "15-minute" speech,
"less than a week" since a shooting; "197 Republicans" against a bill, "Five Republicans" for it)."""


START_APART_FROM = frozenset({frozenset({"from", "to"}), frozenset({"from", "change"}), frozenset({"from", "same_as"})})
"""Pairs of roles never one quantity: the start of a change against its end, an amount of change or
another currency's statement of a figure (``compare_pair``)."""
CROSS_NOUN_CLAUSE = 3.0
"""What two clauses must share (``Similarity.clause``) for counts of different nouns that state the
same number to be one quantity (``cross_noun_status``)."""


CROSS_NOUN_NUMBER = 10
CROSS_NOUN_SCORE = 3.0
"""A number of ``CROSS_NOUN_NUMBER`` or more seldom counts two different things of one story, so with
it sentences alike at ``CROSS_NOUN_SCORE`` that share a clause word are enough ("35 Russian
diplomats", "35 Russian intelligence agents"); a small number ("two sources", "2 teachers") is not."""


def cross_noun_status(a: list[Item], b: list[Item], topic: frozenset[str]) -> tuple[str, Similarity]:
    """Two mention groups of counts whose counted nouns differ: "agree" when a member of each states
    the same number and their clauses say the same thing around it (``CROSS_NOUN_CLAUSE``, or
    ``CROSS_NOUN_SCORE`` for a number of ``CROSS_NOUN_NUMBER`` or more); "conflict" when the numbers
    differ in clauses of nearly the same words (``context.same_clause``) or whose shared clause words
    alone reach ``SAME_SCORE`` ("halted five leases ... in the Gulf of Mexico", "halted two lease
    sales in the Gulf of Mexico"); else "no".

    Outlets rewriting one report name the counted things differently ("the first four states have
    leases under consideration"). Only the same clause restated around another number, or clauses
    that share as much as the same-quantity bar, make a conflict: a different number of things named
    differently in sentences merely alike is no disagreement."""
    best: tuple[str, Similarity] = ("no", NO_SIMILARITY)
    for x in a:
        for y in b:
            fx, fy = x.mention.figure, y.mention.figure
            if fx.kind != "count" or fy.kind != "count":
                continue
            status, alike = pair_status(x, y, topic, nouns_may_differ=True)
            if (fx.stated_low, fx.stated_high) == (fy.stated_low, fy.stated_high):
                uncommon = fx.stated_low >= CROSS_NOUN_NUMBER and alike.score >= CROSS_NOUN_SCORE and alike.clause > 0
                one = status == "agree" and (alike.clause >= CROSS_NOUN_CLAUSE or uncommon)
            else:
                # the clauses alone must reach the same-quantity bar: sentences merely alike around
                # two differently named counts are no disagreement ("17 counts", "Two companies")
                one = status == "conflict" and (same_clause(x.context, y.context) or alike.clause >= SAME_SCORE)
            if one and alike.score > best[1].score:
                best = (status, alike)
    return best


def pair_status(a: Item, b: Item, topic: frozenset[str], *, nouns_may_differ: bool = False) -> tuple[str, Similarity]:
    """How two mentions of different articles relate, with their similarity.

    ``agree``: one quantity (``SAME_SCORE``, or ``AGREE_SCORE`` with overlapping values) whose
    values overlap. ``conflict``: one quantity (``SAME_SCORE``) whose values do not overlap.
    ``weak``: values that do not overlap, similar only at the agreement level: not enough to
    call a conflict alone, enough to sit in a fact whose conflict another pair proves. ``value``:
    values that overlap in sentences that share little (``VALUE_SCORE``): one fact only when each
    is the other's only match by value (``alignment``). ``rival``: what would be ``conflict`` or
    ``weak`` but for a sign of two quantities (``_apart``: values an order of magnitude apart,
    ``MAGNITUDE_APART``, unless they are durations or measures in different units, or a price of a thing
    beside money that is no price of it (``rate_noun``): then "no"; dates of
    different events or told apart only by the tool's own reading; a year inside a range of years, in the clause
    restated around it, that its words make no end of the period, ``marks_period_end``):
    never one fact, but as alike a match as it looks when the counterparts of either are chosen,
    so that it hides a lesser match as a conflict would have.
    ``no``: not one fact.
    """
    fa, fb = a.mention.figure, b.mention.figure
    if not (a.alignable and b.alignable) or fa.kind != fb.kind or (unit_class(fa) != unit_class(fb) and not nouns_may_differ):
        return "no", NO_SIMILARITY
    # where a change starts ("from 18" in "raise the age from 18 to 21") is compared only with where
    # another change starts: a figure stated without a change is the value the story is about, most
    # often the change's end ("raise the age to 21"), and set against its start it made a false conflict.
    # A figure stated without a change may still state the start's value ("the old rule required 54.5
    # miles per gallon"): it agrees with the start, never conflicts with it (below)
    roles = frozenset({fa.role, fb.role})
    start_against_level = roles == {"from", ""}
    if roles in START_APART_FROM or (fa.direction and fb.direction and fa.direction != fb.direction) or fa.vague or fb.vague:
        return "no", NO_SIMILARITY  # a vague amount ("thousands") is evidence for nothing
    if a.periods and b.periods and not a.periods.meets(b.periods):
        return "no", NO_SIMILARITY  # about different years or dates
    if a.own_period and b.own_period and a.own_period[0] == b.own_period[0] and a.own_period != b.own_period:
        return "no", NO_SIMILARITY  # "118 murders in 2023" and "150 murders in 2022", whatever else their sentences name
    if a.spans_of_time != b.spans_of_time and fa.kind not in ("date", "year", "age"):
        return "no", NO_SIMILARITY  # a quarter's figure and a year's
    ia, ib = interval_of(fa, a.day, fb), interval_of(fb, b.day, fa)
    if ia is None or ib is None:
        return "no", NO_SIMILARITY
    if different_owners(a.context, b.context):
        return "no", NO_SIMILARITY  # the ages of two different people
    if not same_measure(a.context.measures, b.context.measures):
        return "no", NO_SIMILARITY  # "revenue of $90 billion" and "a profit of $25 billion" are different quantities
    if different_prices(a, b):
        return "no", NO_SIMILARITY  # "$5 a gallon" and "$90 a barrel": prices of two things
    # the noun two prices are per ("$600 per person", "$1,200 per person") says what kind of amount both are, as a unit
    # does: a sign that equal values are one, counted as a counted noun is ("60 votes", "the 60-vote threshold"), but
    # none that values apart are, unless both price one thing ("$5-a-gallon gas", "$8 per gallon of gasoline")
    per_noun = same_rate(a, b)
    priced_alike = per_noun and (compatible_intervals(capped(ia), capped(ib)) or same_thing_priced(a, b))
    alike = similarity(
        a.context, b.context, topic, person=fa.kind == "age", same_noun=same_noun(fa, fb) or priced_alike,
        ignored=generic_noun(fa, fb) | (frozenset({stem(rate_noun(a))}) if per_noun and not priced_alike else frozenset()),
    )
    if a.first_of_kind and b.first_of_kind and fa.kind not in ("year", "date"):
        alike = replace(alike, score=alike.score + LEAD_SCORE)
    if fa.kind != "date" and same_clause(a.context, b.context):
        alike = replace(alike, score=max(alike.score, SAME_SCORE))  # the clause restated around another number
    if fa.kind == "age" and same_person(a.context, b.context):
        alike = replace(alike, score=max(alike.score, SAME_SCORE))  # one person has one age
    sides = same_sides(fa, fb)
    if compatible_intervals(capped(ia), capped(ib)) and sides:
        read_from_article_date = fa.kind == "date" and (fa.relative or fb.relative)
        if read_from_article_date and not same_granularity(fa, fb):
            return "no", alike  # "last month" inside "this year", "November 2" inside "this year": containment, no agreement
        needed = 0.0 if specific_and_equal(fa, fb) else RELATIVE_DATE_SCORE if read_from_article_date else AGREE_SCORE
        if needed and thresholds_apart(fa, fb, ia, ib):
            needed = SAME_SCORE  # "an annual income below $125,000", "those earning less than $75,000": two thresholds
        if needed and _different_people(fa, fb):
            return "no", alike  # "more than 80 executives", "fewer than 140 people": no value says they are one count
        if alike.score >= needed:
            return "agree", alike
        if read_from_article_date or alike.score < VALUE_SCORE or contrasting_names(a.context, b.context):
            return "no", alike  # on little context, values agree only about what nothing sets apart
        if fa.qualifier in BOUND_QUALIFIERS or fb.qualifier in BOUND_QUALIFIERS:
            return "no", alike  # "less than 60 days" holds "six weeks" and most else: a bound is no evidence by value
        return "value", alike
    if contrasting_names(a.context, b.context):
        return "no", alike  # "the Labour party ... 35%", "the Conservative party ... 28%": different subjects
    if fa.kind == "year" and (_year_alone(a) or _year_alone(b)):
        # a year that is its whole sentence ("2022." of a caption broken after "Oct. 21.") dates nothing; the
        # names it borrows from the sentence before say whom the story is about, not what happened then. A year
        # with words of its own sentence ("That was in 2017.", "the mayoral race (2017)") dates their event
        return "no", alike
    if _different_people(fa, fb) or (fa.kind == "date" and not _same_event(a, b)) or a.increment != b.increment or start_against_level:
        return "no", alike  # never one quantity on context alone; an amount of change and a level differ as a part does
    if a.increment and not _clauses_share_a_word(a, b):
        # an amount of change says nothing by itself of what changed: two are one change only when
        # their clauses share what changed, a word that is no name ("the cost of meat ... rose 13.7%"
        # is no "5 percent more" ethanol, whatever people and places their sentences name)
        return "no", alike
    if fa.kind == "year":
        named_a, named_b = named_by_year(a), named_by_year(b)
        if (named_a or named_b) and not named_a & named_b:
            # "victory here in 2012" and "the 2016 nomination race", "his 2020 presidential campaign" and "Biden's 2019
            # pledge": things named by their years, or a thing so named and the time of an event, are no one quantity;
            # "The 2015 law" and "A 2009 Republican-enacted law" name one law
            return "no", alike
    restated = same_clause(a.context, b.context)
    if inside_year_range(fa, fb) and not (restated and marks_period_end(a if fa.low == fa.high else b)):
        # a year inside a period is most often a time within it, true of it ("entered illegally in 2016" beside
        # "sometime between 2015 and 2017", "by 2025" beside "between 2021 and 2026"): it misstates an end only
        # when its words make it one ("from 1948", "until 1948") in the clause restated around it. In that clause
        # it is still the range's counterpart: a rival, never one fact, hiding a lesser match ("had been ordered
        # removed in 2019" is no misstated end of "entered sometime between 2015 and 2017")
        return ("rival" if restated else "no"), alike
    if alike.score >= SAME_SCORE:
        status = "conflict"  # one quantity whose values do not overlap, even as news writes bounds (``capped``)
    elif compatible_intervals(ia, ib) and sides and not _bounds_alike(ia, ib) or fa.relative or fb.relative:
        return "no", alike  # loosely compatible: neither evidence of one fact nor a conflict
    elif alike.score >= (TALLY_SCORE if fa.kind == "tally" else AGREE_SCORE):
        status = "weak"
    else:
        return "no", alike
    if _apart(a, b, ia, ib):
        if fa.kind in ("duration", "measure") and fa.unit != fb.unit and magnitudes_apart(capped(ia), capped(ib)):
            # a writer picks the unit that fits the quantity: "approximately 10 hours" in court is no
            # misstated "ten months" in jail, so it hides no lesser match ("five months") as a rival does
            return "no", alike
        if rate_noun(a) != rate_noun(b) and magnitudes_apart(capped(ia), capped(ib)):
            # likewise a price of one thing ("$5-a-gallon gas") and a sum that is no such price ("nearly $61 billion"):
            # two quantities, not one misstated, so it hides no lesser match as a rival does
            return "no", alike
        return "rival", alike
    return status, alike




_PERIOD_END_WINDOW = 3
"""How many words before a year ``marks_period_end`` reads ("began in 2015", "the end of 2018")."""
_WORD_RE = re.compile(r"[A-Za-z]+")


def marks_period_end(item: Item) -> bool:
    """Whether a year's own words make it where a period starts or ends: one of ``figure_period_end_words.txt``
    among the ``_PERIOD_END_WINDOW`` words before it in its sentence ("since 2016", "began in 2015")."""
    mention = item.mention
    before = _WORD_RE.findall(mention.sentence[: mention.figure.span.start - mention.sentence_start])
    return any(word.lower() in word_set("figure_period_end_words.txt") for word in before[-_PERIOD_END_WINDOW:])


def _year_alone(item: Item) -> bool:
    """Whether a figure is its sentence's only word: no letter outside it but punctuation ("2022.")."""
    mention, span = item.mention, item.mention.figure.span
    sentence, start = mention.sentence, span.start - mention.sentence_start
    return not any(c.isalpha() for c in sentence[:start]) and not any(c.isalpha() for c in sentence[start + span.end - span.start :])


THRESHOLDS_APART = 1.5
"""How many times one bound must be the other, on one side, for the two to be thresholds rather than one
bound written twice (``thresholds_apart``)."""


def thresholds_apart(fa: Figure, fb: Figure, ia: Interval, ib: Interval) -> bool:
    """Two bounds on one side whose numbers are ``THRESHOLDS_APART`` or more apart ("below $125,000",
    "less than $75,000"): as news writes bounds their intervals still overlap (``values.capped``), but
    outlets bounding one quantity write numbers near each other ("more than 30,000", "more than 38,000"),
    while numbers this far apart on one side are most often the thresholds of different groups (incomes,
    ages, sizes). They are one quantity only as the same-quantity bar says (``SAME_SCORE``)."""
    sides = {fa.qualifier, fb.qualifier}
    if not (sides <= UPPER_BOUNDS or sides <= LOWER_BOUNDS):
        return False
    a, b = (ia.high, ib.high) if fa.qualifier in UPPER_BOUNDS else (ia.low, ib.low)
    return min(a, b) > 0 and max(a, b) >= THRESHOLDS_APART * min(a, b)


NAMED_BY_YEAR_WORDS = 3
"""How many words after a year are read as the thing it names ("2009 Republican-enacted law")."""
_WORDS_AFTER_RE = re.compile(rf"(?:[ \u00a0]+[A-Za-z][\w’'\-]*){{1,{NAMED_BY_YEAR_WORDS}}}")


def named_by_year(item: Item) -> frozenset[str]:
    """The stems of the words a year stands before when it names a thing by its year ("the 2016 nomination
    race": {"nominat", "rac"}; "A 2009 Republican-enacted law"), up to ``NAMED_BY_YEAR_WORDS`` and the first
    function word; empty when the year is the time of its clause's event ("won here in 2012", "In 2016 he
    won", "In 2016 Trump won": a capitalised word after it opens the clause, unless hyphenated as a
    modifier). Outlets that disagree on when something happened both write its time ("in 2006", "in
    2008"), or both name the one thing by it ("The 2015 law", "A 2009 ... law")."""
    figure, mention = item.mention.figure, item.mention
    after = _WORDS_AFTER_RE.match(mention.sentence, figure.span.end - mention.sentence_start)
    if after is None:
        return frozenset()
    function_words = stopwords()
    words: list[str] = []
    for word in after.group().split():
        if word.lower() in function_words:
            break
        words.append(word)
    if not words or not (words[0][0].islower() or "-" in words[0]):
        return frozenset()
    return frozenset(stem(word.lower()) for word in words)




def _bounds_alike(ia: Interval, ib: Interval) -> bool:
    """Whether two intervals are bounds open the same way ("more than 18,000", "more than 38,000"):
    both reach past each other, yet outlets bounding one quantity write bounds near each other
    (``values.capped``), so far apart they disagree as a weak pair does."""
    return (math.isinf(ia.high) and math.isinf(ib.high)) or (ia.low == 0 and ib.low == 0 and not math.isinf(ia.high) and not math.isinf(ib.high))


def _apart(a: Item, b: Item, ia: Interval, ib: Interval) -> bool:
    """Whether two figures whose values disagree, in sentences alike, are yet two quantities: what
    tells them apart is not their words but when they are dated or how far apart their values lie."""
    fa, fb = a.mention.figure, b.mention.figure
    if (a.present and b.periods and not b.present) or (b.present and a.periods and not a.present):
        return True  # "about $90 a barrel now" and "since June, when a barrel cost more than $120": two times
    if fa.kind in ("date", "year") and clauses_name_others(a.context, b.context):
        return True  # "Neal sued the Treasury in 2019", "Trump ... as a candidate in 2016": two events
    if fa.kind == "date" and (fa.year_inferred or fb.year_inferred) and same_calendar_days(fa, fb):
        return True  # "March" and "March 2020": they differ only by a year the article never wrote
    if fa.kind == "date" and (fa.relative or fb.relative):
        return True  # a date read from the article's own date: the tool's inference, not the outlet's statement
    # an order of magnitude apart: different quantities of one kind, not one misstated
    return fa.kind not in ("date", "year") and magnitudes_apart(capped(ia), capped(ib)) and not same_clause(a.context, b.context)


GRANULARITY_RATIO = 2.0
"""Two dates are of one granularity when the longer covers at most this many times the days of the
shorter (two days; two months of 28 to 31 days; not a day and a month)."""


def same_granularity(fa: Figure, fb: Figure) -> bool:
    """Whether two dates are stated at one granularity (``GRANULARITY_RATIO``): a day and a day, a
    month and a month, not a day and the year that holds it. A date the tool reads from the
    article's own date ("this year", "last month", "Thursday") agrees with another only so: that one
    lies inside the other says nothing of their being one date."""
    days_a, days_b = fa.high - fa.low + 1, fb.high - fb.low + 1
    return max(days_a, days_b) <= GRANULARITY_RATIO * min(days_a, days_b)


def same_calendar_days(fa: Figure, fb: Figure) -> bool:
    """Whether two dates cover the same days of the year (months and days of their bounds), whatever their years."""
    def days(f: Figure) -> tuple[tuple[int, int], tuple[int, int]]:
        low, high = date_of(f.low), date_of(f.high)
        return (low.month, low.day), (high.month, high.day)

    return days(fa) == days(fb)


def magnitudes_apart(a: Interval, b: Interval) -> bool:
    """Whether two disjoint intervals of one unit lie ``MAGNITUDE_APART`` times apart or more (the
    lower bound of the upper one against the upper bound of the lower one; values of opposite signs
    or at zero have no ratio and are not)."""
    lower, upper = (a, b) if a.high <= b.low else (b, a)
    if lower.high <= 0 or upper.low <= 0:
        return False
    return upper.low >= MAGNITUDE_APART * lower.high


@lru_cache(maxsize=1)
def _people_groups() -> dict[str, str]:
    """Noun (normal form, words joined by a space) -> its group, from ``figure_people_nouns.csv``."""
    groups = {}
    for line in data_lines("figure_people_nouns.csv")[1:]:
        noun, group = line.rsplit(",", 1)
        groups[" ".join(normal_form(word) for word in noun.split())] = group.strip()
    return groups


def people_noun(figure: Figure) -> str:
    """The noun a count of people counts, in normal form: the head of its counted noun (``Figure.noun``,
    "executives"), or its last two words when they are a noun of ``figure_people_nouns.csv`` ("service
    members"); "" when the count writes no noun ("and approximately 13,000 since ...": it is elided)."""
    words = [normal_form(word) for word in figure.noun.split()]
    if not words:
        return ""
    two = " ".join(words[-2:])
    return two if len(words) >= 2 and two in _people_groups() else words[-1]


def same_people(a: str, b: str) -> bool:
    """Whether two nouns of counted people name the same people: equal, one the kind of the other
    ("schoolchildren", "children"), or in one group of ``figure_people_nouns.csv``."""
    if a == b or a.endswith(b) or b.endswith(a):
        return True
    groups = _people_groups()
    return a in groups and groups[a] == groups.get(b)


def _different_people(fa: Figure, fb: Figure) -> bool:
    """Counts of people named by nouns that do not name the same people (``same_people``: "140
    employees", "12 executives"; "19 children" and "21 people", a part and its total): whether they
    are one quantity is not for their context to say, nor for overlapping bounds ("more than 80
    executives", "fewer than 140 people"); only the same specific number says so."""
    if fa.unit != "people" or fb.unit != "people":
        return False
    a, b = people_noun(fa), people_noun(fb)
    return bool(a) and bool(b) and not same_people(a, b)


def specific_and_equal(fa: Figure, fb: Figure) -> bool:
    """Two figures that state the same specific value: a day with its year ("January 15, 2015",
    "Jan. 15, 2015"), a number with decimals ("1.9 percent") or of three significant digits or more
    ("$1.07bn", "87,000"). Two unrelated figures of one story seldom share such a value, so it is
    evidence enough for agreeing (never for a conflict)."""
    if (fa.stated_low, fa.stated_high, fa.unit, fa.qualifier) != (fb.stated_low, fb.stated_high, fb.unit, fb.qualifier):
        return False
    if fa.kind == "date":
        return fa.low == fa.high and not fa.relative
    if fa.kind == "tally":
        return fa.against == fb.against  # two numbers, "50-48"
    if fa.kind in ("year", "age", "ordinal"):
        return False
    digits = f"{abs(fa.stated_low):.6g}".replace(".", "").strip("0")
    return fa.stated_low != int(fa.stated_low) or len(digits) >= 3


def _same_event(a: Item, b: Item) -> bool:
    """Whether two dates' clauses share a word that is no name ("arrested", "deadline", "election"):
    a date is the date of an event, and a story's places and people ("Afghanistan", "Biden") name no
    event. The clause, not the whole sentence (read in the sentence, "May 2019" of a past walkout met
    "June 30" of a session's end); a date alone in its clause is read with the clause it is set off
    from (``context.SentenceReadings.attached_clause``: "..., on November 4, 2020"). A date in a relative clause
    or participle phrase set off after a noun is read with the noun's clause, but its event is named in its own
    (``FigureContext.event_words``): "The Ohio plant, which opened on June 4, 2019," and "The Ohio plant will
    close on March 1" share the plant, not the event."""
    if _dates_another_event(a, b) or _dates_another_event(b, a):
        return False
    return _clauses_share_a_word(a, b, a.context.event_words, b.context.event_words)


def _dates_another_event(phrase: Item, other: Item) -> bool:
    """Whether ``phrase``, a date in a participle phrase set off after a noun, dates the noun while ``other`` dates
    the event of the clause it is set off from: ``other``'s clause shares a word with the rest of that clause
    ("close" of "The Ohio plant, opened on June 4, 2019, will close next year" and "The plant will close on March
    1") and none with the phrase ("opened"). Sharing the noun alone ("Acme's X9 reactor design – unveiled in late
    March –" and "The release of Acme's new X9 reactor design on March 20") leaves them one event, as before."""
    context = phrase.context
    if context.phrase_words is None:
        return False
    names = {term for name in phrase.context.wide_names + other.context.wide_names for term in name}
    words = other.context.event_words - names
    return bool(words & context.noun_clause_words) and not words & context.phrase_words


def _clauses_share_a_word(a: Item, b: Item, words_a: frozenset[str] | None = None, words_b: frozenset[str] | None = None) -> bool:
    """Whether two figures' clauses (or the words ``words_a`` and ``words_b`` of them) share a word that is no
    name of their sentences: what happened on a date, what changed by an amount of change."""
    names = {term for name in a.context.wide_names + b.context.wide_names for term in name}
    shared = (a.context.clause_words if words_a is None else words_a) & (b.context.clause_words if words_b is None else words_b)
    return bool(shared - names)


def same_noun(fa: Figure, fb: Figure) -> bool:
    """Two counts of the same noun as written ("60 votes", "the 60-vote threshold" count votes), or two
    tallies; not a noun news counts for many groups (``figure_generic_nouns.txt``: "people", "states")."""
    return fa.kind in ("count", "tally") and fa.unit == fb.unit and bool(fa.unit) and not generic_noun(fa, fb)


_RATE_RE = re.compile(r"(?:-|[ \u00a0]+)(?:a|an|per)(?:-|[ \u00a0]+)([a-z]+)(?:(?:-|[ \u00a0]+)(?:(?:of|for)[ \u00a0]+)?([a-z]+))?")
_NOT_PRICED = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "night", "season", "term", "semester", "quarter", "decade",
     "few", "lot", "little", "couple", "bit"}
)
"""Words after "a", "an" or "per" that name no thing priced: a stretch of time ("$1 billion a year", "$14 an hour",
"$300 a night": a flow or a wage over it, which ``items._SpansOfTime`` reads only as "a quarter", "a month", "a week"
or "a day", a year being the span news states an amount for when it states none) or a quantifier ("$3 million a few
days ago")."""


def _rate(item: Item) -> tuple[str, str]:
    """The noun a money figure is the price of and the thing it prices, as written after it ("$5-a-gallon gas",
    "nearly $5 per gallon of gasoline", "$4.50 a gallon for diesel": "gallon" and "gas", "gasoline", "diesel";
    "$90 a barrel": "barrel" and ""); ``_NOT_PRICED`` nouns are none, and a function word names no thing."""
    figure, mention = item.mention.figure, item.mention
    if figure.kind != "money":
        return "", ""
    return _rate_written(mention.sentence, figure.span.end - mention.sentence_start)


@lru_cache(maxsize=4096)
def _rate_written(sentence: str, after: int) -> tuple[str, str]:
    """``_rate`` of the words of ``sentence`` from ``after`` (the money figure's end), read once: a pair's status asks
    for each figure's price several times, and each figure meets many others."""
    match = _RATE_RE.match(sentence, after)
    if not match or match.group(1) in _NOT_PRICED:
        return "", ""
    thing = match.group(2) or ""
    return match.group(1), "" if thing in stopwords() else thing


def rate_noun(item: Item) -> str:
    """The noun a money figure is the price of ("$5-a-gallon gas", "nearly $5 per gallon", "$90 a barrel": "gallon",
    "barrel"); "" when none (``_rate``)."""
    return _rate(item)[0]


def _same_thing(a: str, b: str) -> bool:
    """Whether two written things priced are one: one stem, or one sense of ``figure_equivalent_words.csv`` ("gas",
    "gasoline")."""
    stem_a, stem_b = stem(a), stem(b)
    return stem_a == stem_b or bool(senses_of({stem_a}) & senses_of({stem_b}))


def same_rate(a: Item, b: Item) -> bool:
    """Two prices per one noun as written ("$5-a-gallon", "$5 per gallon"; "$600 per person", "$1,200 per person")."""
    noun = rate_noun(a)
    return bool(noun) and noun == rate_noun(b)


def same_thing_priced(a: Item, b: Item) -> bool:
    """Two prices of one thing, as both write it ("$5-a-gallon gas", "nearly $5 per gallon of gasoline"): the per noun
    alone is no such thing, many amounts of a story being prices per it (a payment and an earlier one "per person",
    an offer and a closing price "a share")."""
    thing_a, thing_b = _rate(a)[1], _rate(b)[1]
    return bool(thing_a) and bool(thing_b) and _same_thing(thing_a, thing_b)


def different_prices(a: Item, b: Item) -> bool:
    """Whether two money figures are prices per different nouns ("$5 a gallon", "$90 a barrel"). Two things priced per
    one noun are left to their clauses: the word after it is as often a modifier of the thing ("$4 per gallon of
    regular gasoline") as the thing."""
    noun_a, noun_b = rate_noun(a), rate_noun(b)
    return bool(noun_a) and bool(noun_b) and noun_a != noun_b


@lru_cache(maxsize=1)
def _generic_stems() -> frozenset[str]:
    return frozenset(stem(word) for word in word_set("figure_generic_nouns.txt"))


def generic_noun(fa: Figure, fb: Figure) -> frozenset[str]:
    """The stem of the noun two counts share when news counts it for many groups ("21 people",
    "thirteen people"): as a shared word it says nothing of which group; else empty."""
    if fa.kind != "count" or fb.kind != "count":
        return frozenset()
    found = {stem(word) for word in (fa.head_noun, fb.head_noun)} & _generic_stems()
    return frozenset(found)


def pair_signature(item: Item) -> tuple:
    """Everything ``pair_status`` reads of an item: two items with equal signatures are judged alike
    beside any third. (Whoever makes ``pair_status`` read more must add it here.)"""
    f = item.mention.figure
    return (
        item.alignable, f.kind, f.unit, f.low, f.high, f.low_open, f.high_open, f.role, f.direction, f.vague, f.relative,
        f.against, f.surface, f.noun, f.year_inferred, item.day, item.spans_of_time, item.periods, item.context, item.first_of_kind, item.present,
        item.increment, _rate(item), f.kind == "year" and marks_period_end(item),
    )


def group_pair(a: list[Item], b: list[Item], topic: frozenset[str]) -> tuple[str, Similarity]:
    """Two mention groups of different articles: the best-scoring pair of their members decides
    (an agreeing pair before a disagreeing one on equal scores; the first such pair, members
    taken in order, on a tie)."""
    best: tuple[str, Similarity] | None = None
    for x in a:
        for y in b:
            result = pair_status(x, y, topic)
            if best is None or (result[1].score, result[1].clause, result[0] == "agree") > (best[1].score, best[1].clause, best[0] == "agree"):
                best = result
    assert best is not None
    return best


def same_stated(a: Item, b: Item) -> bool:
    """Whether two mentions write the same number(s) in the same unit."""
    fa, fb = a.mention.figure, b.mention.figure
    return fa.unit == fb.unit and (fa.stated_low, fa.stated_high) == (fb.stated_low, fb.stated_high)
