"""The words the figure lens knows: its lexicon files and the few closed word classes kept in code.

The lexicons are the data files ``audit/lexicons/figure_*.csv`` (scales, currencies,
units, number words, qualifiers, counted nouns, directions of change, months and
weekdays, patterns of web debris that carry digits, and the closed word classes of
``figure_word_classes.csv``), read once. What stays in code is numeric: ordinals,
fractions and quarters with their numbers, the time and scale words that decide
whether a frequent word may start a figure, and the regular English plural of a noun
(``plural_of``), which the number and unit readers both ask (whether a word is a plural is the
text toolkit's ``is_plural``).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import data_lines, word_set
from ..text import calendar_words

ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
TIME_WORDS = frozenset("day days week weeks month months year years decade decades century".split())
SCALE_WORDS = frozenset("dozen hundred thousand million billion trillion".split())
# months and weekdays as written out (``audit.text.calendar_words``), with the seasons and "quarter"
CALENDAR_WORDS = calendar_words().months | calendar_words().weekdays | frozenset("spring summer autumn fall winter quarter".split())
# The units of a time elapsed: after an ordinal ("its seventh day") or before a number ("Day 7 of"), audit.figures.units
ELAPSED_AFTER = frozenset({"day", "week", "month", "year"})
# Frequent trigger words that can start a figure only before one of these ("a month ago", "last week").
NEXT_WORD_NEEDED = {
    "a": TIME_WORDS | SCALE_WORDS | {"$", "third", "quarter", "fifth", "tenth", "half"},
    "an": TIME_WORDS | SCALE_WORDS,
    "half": frozenset({"of", "the", "a", "an"}),
    "last": TIME_WORDS | CALENDAR_WORDS,
    "this": TIME_WORDS | CALENDAR_WORDS,
    "next": TIME_WORDS | CALENDAR_WORDS,
    "us": frozenset({"$"}),
    # "second-largest", "the second quarter", and a time elapsed: "its seventh day" (audit.figures.units)
    **{word: frozenset({"-", "–", "quarter", "half"}) | ELAPSED_AFTER for word in ("second", "third", "fourth")},
    **{word: frozenset({"-", "–"}) | ELAPSED_AFTER for word in ("fifth", "sixth", "seventh", "eighth", "ninth", "tenth")},
    "hk": frozenset({"$"}),
    "nz": frozenset({"$"}),
    "c": frozenset({"$"}),  # "C$3 million": Canadian dollars
    "s": frozenset({"$"}),  # "S$3 million": Singapore dollars
}
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4}
DASHES = frozenset("-–—")


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """The closed word classes of ``figure_word_classes.csv``, by class name ("break", "stop_capital", ...)."""
    found: dict[str, set[str]] = {}
    for row in csv.DictReader(data_lines("figure_word_classes.csv")):
        found.setdefault(row["class"], set()).add(row["word"])
    return {name: frozenset(words) for name, words in found.items()}


def word_class(name: str) -> frozenset[str]:
    """One closed word class of ``figure_word_classes.csv``: "break" (ends the search for a counted
    noun), "stop_capital" (a capitalised word that is no name), "hyphen_prefix", "age_holder",
    "rise", "multiplier", "level", "hedge_end", "hedge", "document_part", "phrase_end", "plural_modifier", the words of
    ages after a copula ("age_copula", "pronoun_copula", "age_auxiliary", "person_pronoun",
    "person_reference", "age_determiner", "not_after_age") and of a time elapsed
    ("elapsed_determiner", "calendar_span"); the CSV's header says what each class is."""
    return word_classes()[name]
QUOTE_MARKS = frozenset("\"'“”‘’«»")


def _rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(data_lines(name)))


def _named_days(weekdays: set[str]) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """The names of ``figure_named_days.txt`` by the weekday they hold: (the weekday's place in the
    name, the name's words), for reading "Super Tuesday" as a name, not as "on Tuesday"."""
    found: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for phrase in sorted(word_set("figure_named_days.txt")):
        words = tuple(phrase.split())
        for place, word in enumerate(words):
            if word in weekdays:
                found.setdefault(word, []).append((place, words))
    return {day: tuple(names) for day, names in found.items()}


@dataclass(frozen=True)
class FigureLexicons:
    """The figure lexicon files, indexed for the parser (see ``lexicons``)."""

    scales_glued: dict[str, float]
    scales_spaced: dict[str, float]
    currency_prefix: dict[str, str]
    currency_suffix: dict[str, str]
    units: dict[str, tuple[str, str, float]]
    number_words: dict[str, tuple[float, float]]
    qualifiers: dict[tuple[str, ...], str]
    counted: dict[str, str]
    directions: dict[str, str]
    months: dict[str, int]
    weekdays: dict[str, int]
    named_days: dict[str, tuple[tuple[int, tuple[str, ...]], ...]]
    non_figure_any: re.Pattern[str]
    triggers: frozenset[str]
    number_suffixes: frozenset[str]
    tally_words: frozenset[str]
    group_plurals: frozenset[str]
    label_words: frozenset[str]
    street_words: frozenset[str]


@lru_cache(maxsize=1)
def number_words() -> dict[str, tuple[float, float]]:
    """The number words of ``audit/lexicons/figure_number_words.csv`` ("two" ... "billions"), lower case,
    each with the interval it stands for ("dozens": 12 to 120)."""
    return {r["word"]: (float(r["low"]), float(r["high"])) for r in _rows("figure_number_words.csv")}


@lru_cache(maxsize=1)
def dollar_codes() -> frozenset[str]:
    """The codes of the currencies ``figure_currencies.csv`` writes with "$" or names as dollars
    (USD, CAD, AUD, HKD, ...): those a bare "$" may stand for."""
    currencies = _rows("figure_currencies.csv")
    return frozenset(r["code"] for r in currencies if "$" in r["surface"] or "dollar" in r["surface"].lower())


@lru_cache(maxsize=1)
def lexicons() -> FigureLexicons:
    """The figure lexicons, read once from ``audit/lexicons/figure_*.csv``."""
    scales = _rows("figure_scales.csv")
    currencies = _rows("figure_currencies.csv")
    dates = _rows("figure_dates.csv")
    return FigureLexicons(
        scales_glued={r["word"]: float(r["multiplier"]) for r in scales if r["glued"] == "yes"},
        scales_spaced={r["word"]: float(r["multiplier"]) for r in scales if r["spaced"] == "yes"},
        currency_prefix={r["surface"]: r["code"] for r in currencies if r["position"] in ("prefix", "both")},
        currency_suffix={r["surface"].lower(): r["code"] for r in currencies if r["position"] in ("suffix", "both")},
        units={r["surface"]: (r["unit"], r["kind"], float(r["factor"])) for r in _rows("figure_units.csv")},
        number_words=number_words(),
        qualifiers={tuple(r["phrase"].split()): r["qualifier"] for r in _rows("figure_qualifiers.csv")},
        counted={r["noun"]: r["unit"] for r in _rows("figure_counted_nouns.csv")},
        directions={r["verb"]: r["direction"] for r in _rows("figure_directions.csv")},
        months={r["word"]: int(r["number"]) for r in dates if r["kind"] == "month"},
        weekdays={r["word"]: int(r["number"]) for r in dates if r["kind"] == "weekday"},
        named_days=_named_days({r["word"] for r in dates if r["kind"] == "weekday"}),
        non_figure_any=re.compile("|".join(f"(?:{r['pattern']})" for r in _rows("figure_non_figures.csv")), re.IGNORECASE),
        number_suffixes=frozenset(
            ["", "s", "pc", "p", *ORDINAL_SUFFIXES]
            + [r["word"] for r in scales if r["glued"] == "yes"]
            + [r["surface"] for r in _rows("figure_units.csv")]
        ),
        tally_words=word_set("figure_tally_words.txt"),
        label_words=word_set("figure_label_words.txt"),
        street_words=word_set("figure_street_words.txt"),
        group_plurals=frozenset(word + "s" for word in word_set("demonyms.txt") if not word.endswith(("s", "ese"))),
        triggers=frozenset(
            list(number_words())
            + [r["word"] for r in dates]
            + [r["surface"].lower() for r in currencies if r["position"] in ("prefix", "both")]
            # the letters of a sign glued to "$" ("CA$", "NT$"), where the figure starts
            + [r["surface"][:-1].lower() for r in currencies if r["surface"].endswith("$") and len(r["surface"]) > 1]
            + ["us", "hk", "nz", "c", "s", "a", "an", "one", "half", "yesterday", "today", "last", "this", "next", "born", "aged", "ages", "age", "early", "mid", "late", "tens"]
            + list(QUARTERS)
            + list(ORDINALS)
        ),
    )


@lru_cache(maxsize=1)
def qualifiers_by_last_word() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Qualifier phrases indexed by their last word, longest first ("no more than" before "than")."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, name in sorted(lexicons().qualifiers.items(), key=lambda item: (-len(item[0]), item[0])):
        index.setdefault(phrase[-1], []).append((phrase, name))
    return {word: tuple(phrases) for word, phrases in index.items()}


def unit_factor(unit: str) -> tuple[str, float] | None:
    """``(dimension, factor to base unit)`` of a duration or measure unit symbol.

    >>> unit_factor("month")
    ('duration', 30.4375)
    """
    for symbol, dimension, factor in lexicons().units.values():
        if symbol == unit:
            return dimension, factor
    return None


def plural_of(noun: str) -> str:
    """The plural of a singular English noun, by the regular rules ("page" -> "pages", "city" -> "cities"),
    and the few irregular ones of people ("man" -> "men", "congresswoman" -> "congresswomen", "child" -> "children")."""
    if noun.endswith("man") and noun not in ("human", "german", "roman", "shaman"):
        return noun[:-3] + "men"
    if noun == "child":
        return "children"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and len(noun) > 2 and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"
