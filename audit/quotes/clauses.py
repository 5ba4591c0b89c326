"""Where sentences and reported contents begin and end, for attribution.

Reported content starts after the cue and an optional "that", and ends before the
sentence's closing punctuation. (Where a clause starts is the toolkit's
``audit.text.clause_start`` with ``SPEECH_CLAUSES``.)
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import word_set
from ..model import Article
from ..text import is_plural, roles_of
from .cues import authored_nouns
from .mentions import DETERMINERS, PREPOSITIONS, parse_speaker

_TRAILING = frozenset(" .\n\t,;:")  # not part of a reported clause's content


def sentence_bounds(article: Article, position: int) -> tuple[int, int]:
    """Start and end of the sentence holding ``position`` (``(position, position)`` outside any)."""
    sentence = article.sentence_at(position)
    if sentence is None:
        return position, position
    return sentence.start, sentence.end


def paragraph_of(article: Article, position: int) -> int:
    """The paragraph index of the sentence holding ``position``, -1 outside any."""
    sentence = article.sentence_at(position)
    return sentence.paragraph if sentence else -1


def content_start(text: str, cue_end: int) -> int:
    """Where reported content starts after a cue: past blanks, a comma or colon, and "that"."""
    m = re.match(r"[\s,:]*(?:that\s+)?", text[cue_end:cue_end + 12])
    return cue_end + (m.end() if m else 0)


# ", according to CNN." closing a sentence: who relayed the report, not part of what was said
_RELAYED_BY_RE = re.compile(r",\s+according\s+to\s+([^,;:“”\"()]{1,60})$", re.IGNORECASE)


# a sentence opened by a subordinate clause ("While the governor has said the plan would work, critics disagree."): a
# report whose cue stands in that clause ends at the comma that closes it, before the main clause. Not "as" ("As the
# mayor said, the plan failed": what was said is the main clause)
_OPENING_SUBORDINATOR_RE = re.compile(
    r"[\s“”\"‘’']*(?:while|although|though|whereas|even\s+though|because|if|unless|once|when|after|before|since|until)\b",
    re.IGNORECASE,
)


def end_at_opening_clause(text: str, sentence_start: int, cue_start: int, start: int, end: int) -> int:
    """Where a report's content ``start``-``end`` ends when its cue (at ``cue_start``, before the content) stands in a
    subordinate clause opening the sentence: at the first comma of the content, if words come before it; else
    ``end``."""
    if not _OPENING_SUBORDINATOR_RE.match(text, sentence_start, cue_start) or "," in text[sentence_start:cue_start]:
        return end
    comma = text.find(",", start, end)
    if comma < 0 or not text[start:comma].strip():
        return end
    while comma > start and text[comma - 1].isspace():
        comma -= 1
    return comma


def content_end(text: str, start: int, sentence_end: int) -> int:
    """Where reported content ends: the sentence's end without closing punctuation and blanks, and without a
    closing "according to" that names who relayed the report ("Ortiz said the levy will pass, according to CNN")."""
    end = sentence_end
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    relayed = _RELAYED_BY_RE.search(text, start, end)
    if relayed is None or relayed.start() <= start or not names_a_source(relayed.group(1)):
        return end
    return relayed.start()


@lru_cache(maxsize=4096)
def names_a_source(phrase: str) -> bool:
    """Whether ``phrase``, after "according to", names who relayed a report: it holds a name ("CNN", "a CNN
    tally"), a noun of authored text that speaks or of a record ("a new study", "a league tally",
    ``record_nouns.txt``), is a speaker a parse finds ("officials", "people familiar with the matter"),
    holds a body's role (``speaker_roles.csv``: "law enforcement"), or is any other noun phrase opened by a
    determiner ("the returns", "the plan", "one of the people familiar with the meeting") or with a plural head
    ("early returns", "media trackers") or "someone", unless it is a bare norm (``conformity_nouns.txt``, nothing
    before it). "According to plan", "according to law", "according to need", "according to population" (no
    determiner) say how something was done, not who said it; "according to the plan", "according to new federal
    guidelines", "according to the Senate's rules" name a document that says it."""
    words = re.findall(r"[\w’'\-]+", phrase)
    lower = [word.lower() for word in words]
    head = next((k for k, word in enumerate(lower) if word in PREPOSITIONS or word in ("and", "or")), len(lower)) - 1
    if head == 0 and lower[head] in word_set("conformity_nouns.txt"):
        return False  # "according to plan", "according to law"; "according to the plan" is a document that says
    bodies = _bodies()
    if any(tuple(lower[k : k + n]) in bodies for n in (1, 2, 3) for k in range(len(lower) - n + 1)):
        return True  # "law enforcement", "the police"
    if any(word[:1].isupper() for word in words) or re.search(r"\w\.\w", phrase):
        return True  # a name, a web site ("ouest-france.fr")
    if set(lower) & (authored_nouns("source") | word_set("record_nouns.txt")):
        return True
    if parse_speaker(phrase, 0, len(phrase)) is not None:
        return True
    # "the returns", "one of the people familiar with the meeting"; with no determiner, plural people or records
    # ("early returns", "media trackers") or someone unnamed, not a mass noun ("plan", "need", "population")
    return len(lower) > 1 and lower[0] in DETERMINERS or head >= 0 and (is_plural(lower[head]) or lower[0] in _SOMEONE)


@lru_cache(maxsize=1)
def _bodies() -> frozenset[tuple[str, ...]]:
    """The roles of bodies and groups (``roles_of``: up to three words each), built once."""
    return roles_of("organization") | roles_of("group")


_SOMEONE = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody"})
