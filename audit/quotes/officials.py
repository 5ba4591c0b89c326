"""US federal officeholders and governors named in an article: the kind of source of a speaker the article gives no role.

A senator, representative, president or vice president quoted by name alone ("Bernie Sanders said")
is a government source, as "Sen. Bernie Sanders" would be; the article need not say so for a reader to
know it. ``lexicons/us_officials.csv`` (the unitedstates/congress-legislators data, public domain) lists
them by given name and surname; an office counts only from its first year where the list gives it
(an article of 2016 does not know Donald Trump as president, nor Mark Kelly as a senator) and until the day they had
left it where the list gives it (an article of 2016 does not know Hillary Clinton as a senator: she left in 2009). The full name is
looked up, and a name that several officeholders bear is still one of them. A surname alone is enough only in an article that
never names the person in full, on a known day, when one person of the lists bears it then (``surname_category``: "Trump said"
in 2016); "Clinton" in 2016 is a former president or a candidate, and "Smith" dozens of members of Congress.
``lexicons/us_governors.csv`` (the National Governors Association's roster) adds the state governors the same
way: a sitting governor quoted by name alone ("John Kasich said", Ohio's governor while running for president in
2016) is a government source too.

A person who takes one of these offices within two years after the article's day was running for it on that day,
a candidate (``elected_next``: Donald Trump in 2016), a political source. An article with no date is read as of
the latest year it writes (``latest_year_written``), so that a story of the 2016 race does not know its winner as
president; one that writes no year knows every office.
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
    """One row of ``lexicons/us_officials.csv`` or of ``lexicons/us_governors.csv``."""

    given: str
    surname: str
    gender: str  # M | F; "" for a governor
    office: str  # senator | representative | president | vice president | governor
    since: int | None  # first year in the office, when the source gives it
    until: _dt.date | None  # a day by which they had left it; None while they hold it
    bioguide: str

    def holds_on(self, day: _dt.date | None) -> bool:
        """In the office on ``day`` as far as the list knows (any day when ``day`` is None): from its first
        year, when known, and before the day they had left it by, when they have."""
        if day is None:
            return True
        return (self.since is None or day.year >= self.since) and (self.until is None or day < self.until)


@lru_cache(maxsize=1)
def _by_surname() -> dict[str, tuple[Official, ...]]:
    index: dict[str, list[Official]] = {}
    for row in csv.DictReader(data_lines("us_officials.csv")):
        official = Official(
            row["given"], row["surname"], row["gender"], row["office"],
            int(row["since"]) if row["since"] else None,
            _dt.date.fromisoformat(row["until"]) if row["until"] else None,
            row["bioguide"],
        )
        index.setdefault(official.surname.lower(), []).append(official)
    # the governors' source gives neither gender nor a Biographical Directory id
    for row in csv.DictReader(data_lines("us_governors.csv")):
        governor = Official(row["given"], row["surname"], "", "governor", int(row["since"]), _dt.date.fromisoformat(row["until"]), "")
        index.setdefault(governor.surname.lower(), []).append(governor)
    return {surname: tuple(found) for surname, found in index.items()}


@lru_cache(maxsize=4096)  # one speaker's profile asks for the same name up to six times
def officials_named(name: str, day: _dt.date | None) -> tuple[Official, ...]:
    """The officeholders ``name`` can be (given name or nickname, then surname: "Bernie Sanders", "Donald
    J. Trump", 'Robert C. "Bobby" Scott', "Jim Sensenbrenner Jr."), in their office on ``day``
    (``Official.holds_on``: not before its first year, when known, nor after they left it, when they
    have: Hillary Clinton is no senator in 2016); any office they ever held when ``day`` is None; () for
    a single word or a name no one of the list bears."""
    return tuple(
        # with no day, any office counts, but for a governor the roster is too patchy for that: every former
        # governor would be one, and a governor's listed first year is that of the last term it gives, often not the
        # first in office (Jay Inslee, governor since 2013, is listed from 2017), no sign of a campaign before it
        # (``elected_next``, ``former_officials`` ask with no day): a governor counts only on a known day
        official for official in _rows_named(name) if official.holds_on(day) and not (day is None and official.office == "governor")
    )


@lru_cache(maxsize=4096)
def _rows_named(name: str) -> tuple[Official, ...]:
    """Every row of the two lists whose given name (or nickname) and surname ``name`` writes, on any day."""
    nicknames = {m.lower() for m in _NICKNAME_RE.findall(name)}
    words = [w for w in re.findall(r"[\w’'\-]+", _NICKNAME_RE.sub(" ", name).lower()) if w not in name_suffixes()]
    initials = 0
    while initials < len(words) - 1 and len(words[initials]) == 1:
        initials += 1
    if initials >= 2:
        words = ["".join(words[:initials]), *words[initials:]]  # "J.D. Vance", "J.B. Pritzker": the lists write "JD", "JB"
    if len(words) < 2:
        return ()
    given = {words[0]} | nicknames
    found = []
    index = _by_surname()
    for width in (1, 2, 3):
        if width >= len(words):
            break
        for official in index.get(" ".join(words[-width:]), ()):
            if official.given.lower() in given:
                found.append(official)
    return tuple(found)


CAMPAIGN_YEARS = 2  # a US federal campaign runs for up to two years before the office is taken


def elected_next(name: str, day: _dt.date | None) -> tuple[Official, ...]:
    """The offices ``name`` (as ``officials_named`` reads it) takes within ``CAMPAIGN_YEARS`` after
    ``day``'s year: on that day the person was running for it, a candidate (Donald Trump in an article
    of 2016, president from 2017; Ted Cruz in one of 2012, senator from 2013); () when the day is
    unknown or no office follows it so closely."""
    if day is None:
        return ()
    return tuple(
        official for official in officials_named(name, None)
        if official.since is not None and official.since - CAMPAIGN_YEARS <= day.year < official.since
    )


_YEAR_RE = re.compile(r"(?<![\w$.,\-])(19\d\d|20\d\d)(?![\w%\-])")


def latest_year_written(text: str) -> _dt.date | None:
    """For an article with no date: the last day of the latest year it writes, the day its offices
    are read on (an undated article of 2016 that writes no later year does not know Donald Trump as
    president, and one that writes "2017" might); None when it writes no year."""
    years = [int(match.group(1)) for match in _YEAR_RE.finditer(text)]
    return _dt.date(max(years), 12, 31) if years else None


FORMER_OFFICE_KINDS = {"president": "government", "vice president": "government", "senator": "politics", "representative": "politics"}


def former_officials(name: str, day: _dt.date | None) -> tuple[Official, ...]:
    """The offices ``name`` (as ``officials_named`` reads it) had left before ``day``, as far as the list
    knows (Hillary Clinton, a senator until 2009, in an article of 2016); () when the day is unknown."""
    if day is None:
        return ()
    return tuple(official for official in officials_named(name, None) if official.until is not None and official.until <= day)


def federal_category(name: str, day: _dt.date | None) -> str:
    """The kind of source the US federal offices make of a person the article names in full and gives no
    role: "government" in office on ``day``; "politics" running for one (``elected_next``); a former
    president or vice president, whom news still names by that office for life ("former President George
    W. Bush"), "government"; a former member of Congress, who on leaving goes back to running, to the
    party or to campaigning for others (Hillary Clinton, Newt Gingrich, Rick Santorum in 2016),
    "politics"; "" for anyone else, a former governor too (one named alone in 2016 news was as often a
    candidate, Jeb Bush, as an elder statesman)."""
    if officials_named(name, day):
        return "government"
    if elected_next(name, day):
        return "politics"
    kinds = {FORMER_OFFICE_KINDS[official.office] for official in former_officials(name, day)}
    return "government" if "government" in kinds else ("politics" if kinds else "")


def surname_category(surname: str, day: _dt.date | None, gender: str = "") -> str:
    """The kind of source of a person an article names by ``surname`` alone and never in full, on a known ``day``:
    news names a person so only when readers know who it is ("Trump said", "Obama told reporters"), and the
    ones they know so are mostly national officeholders. The people of the two lists who matter on that day
    are those in office from a year the list gives ("government") and those running for an office they take
    within ``CAMPAIGN_YEARS`` ("politics": Trump in 2016); of the ``gender`` the article gives, when it gives one
    (the governors' list gives none: they count only when the article gives none either). When exactly one
    such person bears the surname, theirs is the kind. "" for an undated article (every office would count),
    for a surname that no one or several people bear on the day ("Ryan" in 2016: Paul and Tim Ryan; "Smith":
    dozens), for former officeholders (thousands, and the dead among them: "Ford said" in 2016 is no
    president) and for a row with no first year (a member of today's Congress is none in 2016).

    >>> surname_category("Trump", _dt.date(2016, 5, 2)), surname_category("Trump", _dt.date(2019, 5, 2))
    ('politics', 'government')
    """
    if day is None or not surname or " " in surname.strip():
        return ""
    sex = {"male": "M", "female": "F"}.get(gender, "")
    kinds: dict[str, str] = {}
    for official in _by_surname().get(surname.strip().lower(), ()):
        if official.since is None or (sex and official.gender != sex):
            continue
        # one person, however many given names the lists write for them ("Bill" and "William" Clinton)
        person = official.bioguide or f"{official.office}:{official.surname}".lower()
        if official.holds_on(day):
            kinds[person] = "government"
        elif official.office != "governor" and official.since - CAMPAIGN_YEARS <= day.year < official.since:
            kinds.setdefault(person, "politics")
    return next(iter(kinds.values())) if len(kinds) == 1 else ""


def left_every_office(name: str, day: _dt.date | None) -> bool:
    """Whether the two lists know ``name`` only in offices left before ``day`` (Gary Johnson, governor of New Mexico
    until 2003, in an article of 2016); False when the day is unknown, when the person holds one of them on it, and
    for a former president or vice president, whom news names by that office for life (``federal_category``)."""
    if day is None or officials_named(name, day):
        return False
    rows = _rows_named(name)
    return any(o.until is not None and o.until <= day for o in rows) and not any(FORMER_OFFICE_KINDS.get(o.office) == "government" for o in rows)


def office_over_role(category: str, name: str, day: _dt.date | None) -> str:
    """The kind of source of a person the article gives ``category``, the US federal offices taken into
    account on a known ``day`` (the conventions of benchmarks/data/polnear_kinds.csv): a candidate or a
    party's officer who holds such an office speaks as an officeholder, "government" ("Sen. Lindsey
    Graham, presidential candidate"; "Jon Tester, Democratic Senatorial Campaign Committee chairman");
    one running for such an office (``elected_next``) and holding none speaks as a candidate,
    "politics", whatever other trade the article gives them ("the billionaire businessman" Donald
    Trump in 2016). An undated article's day is too rough for either."""
    if day is None or category == "government":
        return category
    if category == "politics":
        return "government" if officials_named(name, day) else category
    return "politics" if elected_next(name, day) and not officials_named(name, day) else category
