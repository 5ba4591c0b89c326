"""Who holds a figure: the named person or place that is the subject of the figure's own clause, doing or
owning the thing counted ("Texas Gov. Greg Abbott signed a $4 billion package": Abbott, of Texas).

Two outlets' equal amounts are one fact only when they are about one thing, and news states the same round
amount of different holders often ("Ohio Gov. Mike DeWine announced a $4 billion plan"). A holder is read
only from the construction that makes it one, the subject right before the verb whose object the figure
stands in (or a possessive: "Abbott's $4 billion plan"); a speaker is no holder ("Uvalde Mayor Don
McLaughlin said 21 people were killed": the toll is nobody's), so a verb of saying between the name and the
figure reads none. A person is told apart by surname, never by title ("Fed Chair Jerome Powell", "Federal
Reserve Chair Jerome Powell": one holder).
"""
from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ...lexicons import data_lines, word_set
from ...text import place_kind, stopwords

Placed = tuple[frozenset[str], int, int, str]  # as ``context.Placed``: a name's key words, its offsets and its kind


@dataclass(frozen=True)
class Holder:
    """The holder of a figure: ``kind`` "person" (``name`` its surname) or a kind of place, "us_state" or "country"
    (``name`` its key words), and
    for a person the places and bodies of its title ("texas" of "Texas Gov.", "wisconsin" of "of Wisconsin")."""

    kind: str
    name: frozenset[str]
    places: frozenset[frozenset[str]] = frozenset()


_GAP_RE = re.compile(
    r"(?P<possessive>['’]s?)?[ \u00a0]+"
    r"(?P<auxiliary>(?:has|have|had|will|would|could|may|might|must|should)[ \u00a0]+)?"
    r"(?:(?:also|then|just|quickly|formally|officially|recently|later)[ \u00a0]+)*"
    r"(?:(?P<verb>[a-z]+)[ \u00a0]+)?(?P<determiner>(?:a|an|the|his|her|its|their)[ \u00a0]+)?"
)
"""What may stand between a holder and its figure: a possessive ("Abbott's $4 billion plan"), or the verb whose
object the figure stands in, with auxiliaries before it and a determiner after ("DeWine will spend $4 billion",
"Abbott has signed a $4 billion package")."""


@lru_cache(maxsize=1)
def _saying_forms() -> frozenset[str]:
    """Verb forms of saying or reporting (``reporting_cues.csv``, one word each): their subject speaks of a figure,
    holds none. Read from the lexicon, not through ``audit.quotes``, which the figure lens does not load."""
    return frozenset(row["form"].lower() for row in csv.DictReader(data_lines("reporting_cues.csv")) if " " not in row["form"])


def _gap_holds(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` joins a holder to the figure after it (``_GAP_RE`` matched whole): a possessive
    with nothing else, or a verb that is no function word and no verb of saying, unless the figure describes the
    noun after a determiner ("announced a $4 billion plan": the plan is the announcer's; "announced 21 deaths"
    is a report)."""
    match = _GAP_RE.fullmatch(text, start, end)
    if match is None:
        return False
    verb = match.group("verb")
    if match.group("possessive"):
        return verb is None and match.group("determiner") is None and match.group("possessive") != "'"
    if verb is None or verb in stopwords() or not (match.group("auxiliary") or _finite(verb)):
        return False
    return verb not in _saying_forms() or match.group("determiner") is not None


def _finite(word: str) -> bool:
    """Whether a word reads as a verb of its own clause with no auxiliary before it: a past form ("signed", "sent",
    ``figure_participles.txt``) or a present one ("spends"); not a noun after a name used as a modifier ("the
    longtime Trump executive"), nor an -ing participle ("Afghanistan ending the 20-year war")."""
    return word.endswith("ed") or (word.endswith("s") and not word.endswith("ss")) or word in word_set("figure_participles.txt")


def holder_of(text: str, before: Sequence[Placed], attributes: frozenset[tuple[int, int]], figure_start: int) -> Holder | None:
    """The holder of the figure starting at ``figure_start``, read from ``before``, the names of its clause before
    it in text order (``context.SubjectNames.between``; ``attributes`` the offsets of the places and bodies of
    titles): the last person or place, when only its title's places ("of Wisconsin") and a ``_gap_holds`` run
    stand between it and the figure. None when there is none."""
    last = len(before) - 1
    while last >= 0 and before[last][1:3] in attributes:
        last -= 1  # a title's place after the name ("Sen. Ron Johnson of Wisconsin")
    if last < 0 or before[last][3] not in ("person", "place"):
        return None
    terms, start, end, kind = before[last]
    if not _gap_holds(text, before[-1][2], figure_start):
        return None
    first = last
    while first > 0 and before[first - 1][1:3] in attributes and start - before[first - 1][2] <= _TITLE_REACH:
        first -= 1  # a title's place before the name ("Texas Gov.")
    if _governed(text, before[first][1]):
        return None
    if kind == "place":
        # a state or a country; a city is as often its government's seat, a metonym ("Moscow", "Kyiv"), and a
        # state and a country hold one another ("Washington", "the U.S."): only places of one such kind are told apart
        level = place_kind(text[start:end])
        return Holder(level, terms) if level in _HOLDING_PLACES else None
    written = text[start:end].split()
    surname = frozenset({written[-1].lower().strip(".,")}) if written else terms
    # the places of its title: the run of attribute names right before it and those after it
    places = [placed[0] for placed in before[first:last] + before[last + 1 :]]
    return Holder("person", surname, frozenset(places))


_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)[^A-Za-z]{1,3}$")
_GOVERNING = frozenset({"the", "a", "an", "of", "in", "at", "from", "to", "with", "for", "by", "on", "against", "over", "than"})
"""Words that make the name after them no subject: a determiner ("the Nevada caucuses", "the longtime Trump
executive": a name used as a modifier) or a preposition ("off the coast of Hawaii will protect")."""


def _governed(text: str, start: int) -> bool:
    """Whether the word right before ``start`` (the name, or the place of its title) is one of ``_GOVERNING``."""
    match = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    return match is not None and match.group(1).lower() in _GOVERNING


_HOLDING_PLACES = frozenset({"us_state", "country"})
"""Kinds of place (``audit.text.place_kind``) that hold a figure as its clause's subject ("Texas will send ...")."""

_TITLE_REACH = 40
"""How many characters before a name its title's place may lie ("Texas Attorney General Ken Paxton")."""


def _named_in(name: frozenset[str], names: Sequence[frozenset[str]]) -> bool:
    return any(name <= other for other in names)


def different_holders(a: Holder | None, b: Holder | None, names_a: Sequence[frozenset[str]], names_b: Sequence[frozenset[str]]) -> bool:
    """Whether two figures are held by two different named people of different places, or by two different places of
    one kind (two states, two countries):
    "Texas Gov. Greg Abbott signed a $4 billion package" and "Ohio Gov. Mike DeWine announced a $4 billion plan".
    Neither sentence may name the other's holder (``names_a``, ``names_b``: their sentences' names): an outlet that
    names both may credit the one thing to either. Two people are told apart by surname and by the places of their
    titles, which both must write: two people of one place, or named with no place, act on one thing as often
    (a governor signs what a speaker passed; a president signs what Congress passed)."""
    if a is None or b is None or a.kind != b.kind or a.name & b.name:
        return False
    if _named_in(a.name, names_b) or _named_in(b.name, names_a):
        return False
    if a.kind != "person":
        return True  # two states, or two countries
    if not a.places or not b.places:
        return False
    return not any(place <= other or other <= place for place in a.places for other in b.places)
