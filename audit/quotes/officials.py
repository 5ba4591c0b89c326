"""US federal officeholders named in an article: the kind of source of a speaker the article gives no role.

A senator, representative, president or vice president quoted by name alone ("Bernie Sanders said")
is a government source, as "Sen. Bernie Sanders" would be; the article need not say so for a reader to
know it. ``lexicons/us_officials.csv`` (the unitedstates/congress-legislators data, public domain) lists
them by given name and surname; an office counts only from its first year where the list gives it
(an article of 2016 does not know Donald Trump as president, nor Mark Kelly as a senator). Only the full name is looked up: a surname alone
("Clinton") is never enough, and a name that several officeholders bear is still one of them.
"""
from __future__ import annotations

import csv
import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import data_lines
from ..text import name_suffixes

_NICKNAME_RE = re.compile(r"[“\"]([A-Z][\w’'\-]*)[”\"]")


@dataclass(frozen=True)
class Official:
    """One row of ``lexicons/us_officials.csv``."""

    given: str
    surname: str
    gender: str  # M | F
    office: str  # senator | representative | president | vice president
    since: int | None  # first year in the office, when the source gives it
    bioguide: str


@lru_cache(maxsize=1)
def _by_surname() -> dict[str, tuple[Official, ...]]:
    index: dict[str, list[Official]] = {}
    for row in csv.DictReader(data_lines("us_officials.csv")):
        official = Official(row["given"], row["surname"], row["gender"], row["office"], int(row["since"]) if row["since"] else None, row["bioguide"])
        index.setdefault(official.surname.lower(), []).append(official)
    return {surname: tuple(found) for surname, found in index.items()}


def officials_named(name: str, day: _dt.date | None) -> tuple[Official, ...]:
    """The officeholders ``name`` can be (given name or nickname, then surname: "Bernie Sanders", "Donald
    J. Trump", 'Robert C. "Bobby" Scott', "Jim Sensenbrenner Jr."), in their office on ``day`` or before
    it (a former senator too) when the office's first year is known; () for a single word or a name no
    one of the list bears."""
    nicknames = {m.lower() for m in _NICKNAME_RE.findall(name)}
    words = [w for w in re.findall(r"[\w’'\-]+", _NICKNAME_RE.sub(" ", name).lower()) if w not in name_suffixes()]
    if len(words) < 2:
        return ()
    given = {words[0]} | nicknames
    found = []
    index = _by_surname()
    for width in (1, 2, 3):
        if width >= len(words):
            break
        for official in index.get(" ".join(words[-width:]), ()):
            if official.given.lower() in given and (official.since is None or day is None or day.year >= official.since):
                found.append(official)
    return tuple(found)
