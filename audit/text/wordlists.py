"""The shared word lists: function words, honorifics and titles, read once from ``audit/lexicons``.

One stop-word list (``stopwords.txt``) and one list of honorifics and titles
(``titles.csv``) serve every lens; a lens that needs more words adds its own
list on top (story grouping: ``story_stopwords.txt``) instead of keeping a copy.
A pattern that matches the words of a list is built from the list (``alternation``),
never typed again by hand.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import data_lines, word_set, words_for_use

TITLE_TYPES = ("honorific", "office")
SPEECH_VERB_USES = ("town", "surname", "appositive", "inverted")
# the forms of the auxiliaries "be" and "have", a closed class of English grammar
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
HAVE_FORMS = frozenset({"has", "have", "had"})


def office_modifiers() -> frozenset[str]:
    """Lower-case words that modify an office before a name ("former", "state", "outgoing":
    ``audit/lexicons/office_modifiers.txt``)."""
    return word_set("office_modifiers.txt")


def platform_names() -> frozenset[str]:
    """Social-media platforms named by one word ("twitter", "facebook": ``audit/lexicons/platforms.txt``), but "x",
    a letter of a name as often ("Malcolm X")."""
    return word_set("platforms.txt") - {"x"}


def stopwords() -> frozenset[str]:
    """English function words, lower case (``audit/lexicons/stopwords.txt``)."""
    return word_set("stopwords.txt")


def alternation(words: Iterable[str]) -> str:
    """A regular-expression group matching any of ``words`` as written (escaped), the longest first so
    that "sept." wins over "sep": ``alternation(["sep", "sept."]) == r"(?:sept\\.|sep)"``."""
    return "(?:" + "|".join(re.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word))) + ")"


def speech_verbs(use: str) -> frozenset[str]:
    """The verb forms of saying that one rule reads (``use``, one of ``SPEECH_VERB_USES``), lower case:
    one list, ``audit/lexicons/speech_verbs.csv``, whose columns say which rule reads which form."""
    return words_for_use("speech_verbs.csv", "form", use, SPEECH_VERB_USES)


def is_speech_verb(word: str) -> bool:
    """Whether the lower-case ``word`` is a verb form of saying that any rule of ``speech_verbs.csv`` reads."""
    return any(word in speech_verbs(use) for use in SPEECH_VERB_USES)


@dataclass(frozen=True)
class Title:
    """One honorific or office written before a name: ``words`` in lower case, without dots."""

    words: tuple[str, ...]
    type: str  # honorific | office
    gender: str  # male | female | "" (only what the word itself says)


@lru_cache(maxsize=1)
def titles() -> dict[tuple[str, ...], Title]:
    """Every honorific and title of ``audit/lexicons/titles.csv``, keyed by its lower-case words."""
    found: dict[tuple[str, ...], Title] = {}
    for number, row in enumerate(csv.DictReader(data_lines("titles.csv")), start=2):
        words = tuple(row["title"].strip().lower().replace(".", "").split())
        if not words or row["type"] not in TITLE_TYPES or row["gender"] not in ("male", "female", ""):
            raise ValueError(
                f"audit/lexicons/titles.csv row {number}: expected title,type,gender with type one of "
                f"{', '.join(TITLE_TYPES)} and gender male, female or empty; found {row!r}"
            )
        found[words] = Title(words, row["type"], row["gender"])
    return found


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    """Courtesy titles ("mr", "mrs", "dr", ...), lower case, without their dot."""
    return frozenset(t.words[0] for t in titles().values() if t.type == "honorific")


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Every one-word honorific and office ("mr", "sen", "president", ...), lower case, without dots."""
    return frozenset(words[0] for words in titles() if len(words) == 1)


_ROLE_PHRASE_RE = re.compile(r"[a-z][a-z\-]*(?: [a-z][a-z\-]*){0,2}")


@lru_cache(maxsize=None)
def roles_of(kind: str) -> frozenset[tuple[str, ...]]:
    """The roles ``speaker_roles.csv`` gives to speakers of ``kind`` ("person": "press secretary",
    "pollster"; "organization": "advocacy group", "agency"), as tuples of lower-case words, up to three:
    the one list of what people and bodies are called, which the quotes lens reads too."""
    rows = csv.DictReader(data_lines("speaker_roles.csv"))
    return frozenset(tuple(row["phrase"].split()) for row in rows if row["kind"] == kind and _ROLE_PHRASE_RE.fullmatch(row["phrase"]))


@lru_cache(maxsize=1)
def listed_bodies() -> frozenset[str]:
    """The bodies ``speaker_roles.csv`` names, lower case ("reuters", "goldman sachs", "senate"): its organisations
    of more than one word, and those of one word it ranks as institutions (priority 1), not the weaker hints of a
    common noun ("report", "times", "poll")."""
    rows = csv.DictReader(data_lines("speaker_roles.csv"))
    return frozenset(
        row["phrase"] for row in rows
        if row["kind"] == "organization" and _ROLE_PHRASE_RE.fullmatch(row["phrase"]) and (" " in row["phrase"] or row["priority"] == "1")
    )


@lru_cache(maxsize=1)
def roles_no_evidence() -> frozenset[tuple[str, ...]]:
    """The one-word roles (``roles_no_evidence.txt``) that say nothing of whether the name they describe is a
    person's or a body's: adjectives ("conservative"), roles of firms as of people ("pollster", "developer"),
    offices of things ("agent"); as one-word tuples, to take out of ``roles_of``'s phrases."""
    return frozenset((word,) for word in word_set("roles_no_evidence.txt"))


# words for a relative (``kin_words.txt``), as a pattern: "first lady" across any white space
KIN = alternation(word_set("kin_words.txt")).replace(r"\ ", r"\s+")
"""Words for a relative (``kin_words.txt``), as a pattern: a role that makes a person kin of another ("Trump's daughter")."""
# a relative named in full right after the word that says so: "first lady Jill Biden", "his son Hunter Biden"
_KIN_BEFORE_RE = re.compile(rf"\b{KIN}\s*,?\s*$", re.IGNORECASE)


def kin_before(text: str, position: int) -> bool:
    """Whether a word for a relative (``KIN``) stands right before ``position``: "first lady Jill Biden",
    "his eldest granddaughter, Naomi Biden". The quotes lens (who is who) and the actors lens (whose a
    surname is) read it alike."""
    return _KIN_BEFORE_RE.search(text, max(0, position - 40), position) is not None
