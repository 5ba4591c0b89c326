"""Roles and kinds of source: what the words describing a speaker say about them.

The role lexicon ``lexicons/speaker_roles.csv`` maps role and institution words
("analyst", "ministry", "university", "senator", "campaign", "union") to a kind of
source (the taxonomy of ``CATEGORIES``, as the gold README defines it), a priority and the kind of speaker
the word names (person, organization, group). ``lexicons/speaker_nouns.txt`` lists
the common nouns that name sources ("experts", "residents"). Matching is a plain
longest-phrase-first search over the role as the article writes it.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import data_lines, word_set

CATEGORIES = ("government", "politics", "state_media", "academic", "industry", "finance", "citizen", "media", "advocacy", "other")


@dataclass(frozen=True)
class RoleWord:
    """One entry of ``lexicons/speaker_roles.csv``: a role phrase, its kind of source,
    its priority (lower wins) and the kind of speaker it names."""

    phrase: str
    category: str
    priority: int
    kind: str


@lru_cache(maxsize=1)
def role_words() -> tuple[RoleWord, ...]:
    """Role and source words → category, from ``lexicons/speaker_roles.csv``."""
    rows = csv.DictReader(data_lines("speaker_roles.csv"))
    words = []
    for row in rows:
        if row["category"] not in CATEGORIES:
            raise ValueError(
                f"lexicons/speaker_roles.csv: {row['phrase']!r} has category {row['category']!r}; use one of {', '.join(CATEGORIES)}"
            )
        words.append(RoleWord(row["phrase"].lower(), row["category"], int(row["priority"]), row["kind"] or ""))
    return tuple(words)


_FORMER_RE = re.compile(r"\b(?:former|ex-|onetime|one-time|then-)\s*(?:[\w.’'\-]+\s+){0,3}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _role_re() -> re.Pattern[str]:
    phrases = sorted({w.phrase for w in role_words()}, key=len, reverse=True)
    return re.compile(r"(?<![\w\-])(" + "|".join(re.escape(p) for p in phrases) + r")(?![\w\-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _role_index() -> dict[str, RoleWord]:
    return {w.phrase: w for w in role_words()}


def role_word(phrase: str) -> RoleWord | None:
    """The lexicon entry for ``phrase`` (lower case, exactly as listed), or None."""
    return _role_index().get(phrase)


def mentions_role(text: str) -> bool:
    """Whether ``text`` holds any role phrase of the lexicon ("a researcher at ...")."""
    return _role_re().search(text) is not None


def speaker_nouns() -> frozenset[str]:
    """Common nouns that name a source ("experts", "residents"), from ``lexicons/speaker_nouns.txt``."""
    return word_set("speaker_nouns.txt")


def categorize(*texts: str) -> tuple[str, str]:
    """The kind of source the words of ``texts`` point to, and the kind of speaker they name.

    The lowest priority number wins (an institution beats an occupation beats a weak
    hint; a word after "former" counts one step weaker); ties go to the word that comes
    first. Returns ``("", "")`` with no match.
    """
    best: tuple[int, int, int, RoleWord] | None = None
    for order, text in enumerate(texts):
        for priority, start, word in _role_matches(text or ""):
            key = (priority, order, start, word)
            if best is None or key[:3] < best[:3]:
                best = key
    if best is None:
        return "", ""
    return best[3].category, best[3].kind


@lru_cache(maxsize=65536)  # roles and names recur within and across articles
def _role_matches(text: str) -> tuple[tuple[int, int, RoleWord], ...]:
    """``(priority, start, word)`` of every role phrase in ``text``."""
    index = _role_index()
    found = []
    for match in _role_re().finditer(text):
        word = index[match.group(1).lower()]
        # "former Secretary of State Hillary Clinton", a presidential nominee: an office no longer held says less
        former = _FORMER_RE.search(text, max(0, match.start() - 40), match.start()) is not None
        found.append((word.priority + former, match.start(), word))
    return tuple(found)


def role_kind(role: str) -> str:
    """What sort of speaker a role describes: the kind of its first role word
    ("a business blog" → organization; "analyst at PitchBook" → person)."""
    role = role.strip()
    if re.match(r"(?:who|whose)\b", role, re.IGNORECASE):
        return "person"
    match = _role_re().search(role)
    if match is None:
        return ""
    head = role[:match.start()]
    if re.search(r"\b(?:of|at|in|for)\s", head):
        # "director of the Oxford China Policy Lab": the head comes before the institution
        return "organization" if re.search(r"\b(?:maker|owner|unit|subsidiary|operator|developer)\b", head) else "person"
    return _role_index()[match.group(1).lower()].kind


_TITLE_NAME_RE = re.compile(r"\b[A-Z][a-z]+\s+(?:[A-Z][\w’'\-]+\s*)+")


def role_for_category(role: str) -> str:
    """A role without the other people it names, for ``categorize``: in a relative clause
    ("who met Premier Li Qiang") the names say nothing of the speaker."""
    return _TITLE_NAME_RE.sub(" ", role) if re.match(r"(?:who|whose)\b", role.strip(), re.IGNORECASE) else role


def looks_like_organization(name: str) -> bool:
    """Whether a name reads as an organisation's ("Oxford China Policy Lab", "01.ai")."""
    return bool(
        re.search(
            r"\b(Institute|University|Academy|Lab|Laboratory|Capital|Review|Times|Post|Journal|News|Daily|Media|Inc|Ltd|Group|"
            r"Technologies|Holdings|Research|Bank|Ministry|Center|Centre|Corp|Company|Party|Council|Agency|Foundation|Fund|Partners|"
            r"Department|Commission|Office|Committee|Authority|Service|Association|Federation|Union|Organisation|Organization|Board|Bureau|"
            r"College|School|Hospital|Trust|Institution|Society|League|Alliance|Network|Council)\b",
            name,
        )
    ) or bool(re.search(r"\.(ai|com|io)$", name, re.IGNORECASE))
