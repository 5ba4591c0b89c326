"""Words and names for the quotes lens: tokens with offsets, runs of capitalised words,
honorifics and titles split from a name.

This is the lens's whole contact with word- and name-level text: the speaker
mentions (``mentions``) and the entity registry (``registry``) see names only
through the functions here, so that a shared name finder can replace them behind
the same interface. A name is a run of capitalised (or digit-led brand) words,
joined by a few lower-case connectors ("Bank of China", "bin Salman"); honorifics
and titles (``lexicons/speaker_words.csv``, or a person role word of
``lexicons/speaker_roles.csv``) before the name are split from it; ``non_names``
lists the capitalised words that never name a source (days, months, places).
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from ..lexicons import data_lines, word_set
from .roles import role_word

Token = tuple[int, int, str]  # start, end, word

NAME_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "van", "von", "al", "bin"})
# inside a name found in running text: "Bank of China", not "Alibaba and Tencent"
_RUN_CONNECTORS = NAME_CONNECTORS - {"and", "the"}
_TOKEN_RE = re.compile(r"[\w][\w’'\-&]*(?:\.[\w’'\-&]+)*\.?")
_BRAND_RE = re.compile(r"^\d+(?:\.[a-z]+|[A-Za-z]*[A-Z]\w*)$")
_ABBREVIATIONS = frozenset({"mr", "ms", "mrs", "dr", "prof", "st", "jr", "sr"})


@lru_cache(maxsize=1)
def speaker_words() -> dict[str, tuple[str, str]]:
    """Honorifics, titles and pronouns → ``(type, gender)``, from ``lexicons/speaker_words.csv``."""
    return {row["word"].lower(): (row["type"], row["gender"]) for row in csv.DictReader(data_lines("speaker_words.csv"))}


def speaker_word(word: str) -> tuple[str, str] | None:
    """``(type, gender)`` of an honorific, title or pronoun, with or without its full stop
    ("Mr." and "Mr"), or None."""
    lower = word.lower()
    return speaker_words().get(lower) or speaker_words().get(lower.rstrip("."))


def non_names() -> frozenset[str]:
    """Capitalised words and phrases that never name a source (days, months, places), lower case."""
    return word_set("non_names.txt")


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The words of ``text[start:end]`` with their offsets; a final full stop stays only on
    abbreviations, initials and honorifics ("U.S.", "E.", "Mr.")."""
    out = []
    for m in _TOKEN_RE.finditer(text, start, end):
        s, e = m.span()
        word = m.group()
        if word.endswith(".") and not _keeps_dot(word):
            e -= 1
            word = word[:-1]
        out.append((s, e, word))
    return out


def word_count(text: str, start: int, end: int) -> int:
    """How many words ``text[start:end]`` holds."""
    return len(_TOKEN_RE.findall(text, start, end))


def _keeps_dot(word: str) -> bool:
    bare = word[:-1].lower()
    return "." in bare or (len(bare) == 1 and bare.isalpha()) or bare in speaker_words() or bare in _ABBREVIATIONS


def is_name_word(word: str) -> bool:
    """A word that can be part of a name: capitalised, or a digit-led brand ("36Kr", "01.ai")."""
    # isdecimal() is exactly the regex's \d: the pattern runs only on digit-led words
    return bool(word) and (word[0].isupper() or word[0].isdecimal() and bool(_BRAND_RE.match(word)))


def strip_possessive(word: str) -> str:
    """``word`` without a possessive ending ("DeepSeek’s" → "DeepSeek")."""
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


def name_runs(text: str, start: int, end: int) -> list[list[Token]]:
    """Every run of name words in ``text[start:end]``, in order: capitalised words joined
    by spaces (a quote mark between them is allowed) or by an inner connector ("Bank of
    China"); a possessive, a line break or punctuation ends a run."""
    words = tokens(text, start, end)
    runs = []
    i = 0
    while i < len(words):
        if not is_name_word(words[i][2]):
            i += 1
            continue
        j = i + 1
        while j < len(words):
            gap = text[words[j - 1][1]:words[j][0]]
            if gap.strip(" “”\"") or "\n" in gap or words[j - 1][2].endswith(("’s", "'s")):
                break
            if is_name_word(words[j][2]) or (
                words[j][2].lower() in _RUN_CONNECTORS and j + 1 < len(words) and is_name_word(words[j + 1][2])
            ):
                j += 1
            else:
                break
        runs.append(words[i:j])
        i = j
    return runs


def last_name_run(words: list[Token], text: str) -> tuple[int, int] | None:
    """Index range of the last run of name words in ``words`` (with connectors), or None."""
    end = None
    i = len(words) - 1
    while i >= 0 and not is_name_word(words[i][2]):
        i -= 1
    if i < 0:
        return None
    end = i + 1
    j = i
    while j - 1 >= 0:
        prev = words[j - 1]
        gap = text[prev[1]:words[j][0]]
        if not re.fullmatch(r"\s*[“”\"]?\s*", gap) or not gap.strip(" “”\"") == "":
            break
        if is_name_word(prev[2]) and not prev[2].endswith(("’s", "'s")):
            j -= 1
        elif prev[2].lower() in NAME_CONNECTORS and j - 2 >= 0 and is_name_word(words[j - 2][2]) and prev[2].lower() != "and":
            j -= 1
        else:
            break
    return j, end


def title_length(words: list[str]) -> int:
    """How many of a capitalised run's words are titles and honorifics before the name:
    the index of the first word after the last such word ("Senior Analyst Li Na" → 2).
    The last word is always name."""
    cut = 0
    for k, w in enumerate(words[:-1]):
        person_role = role_word(w.lower().rstrip("."))
        if speaker_word(w) is not None or person_role is not None and person_role.kind == "person":
            cut = k + 1
    return cut


def is_honorific(word: str) -> bool:
    """Whether ``word`` is an honorific ("Mr.", "Dr", "Sir"), not a title."""
    entry = speaker_word(word)
    return entry is not None and entry[0] == "honorific"


def honorific_gender(word: str) -> str | None:
    """The gender an honorific states ("male", "female", "unknown"), or None for a word
    that is no honorific."""
    entry = speaker_word(word)
    return entry[1] if entry is not None and entry[0] == "honorific" else None
