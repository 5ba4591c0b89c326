"""Where sentences, clauses and reported contents begin and end, for attribution.

A clause starts after the last colon, semicolon or spaced dash before a position
(and, when asked, after a coordinating ", but"/", and"); reported content starts
after the cue and an optional "that", and ends before the sentence's closing
punctuation.
"""
from __future__ import annotations

import re

from ..model import Article

_COORDINATION_RE = re.compile(r",\s+(?:but|and|while|whereas|yet)\s+(?=\S)")
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


def clause_start(text: str, floor: int, position: int, *, coordinated: bool = False) -> int:
    """Where the clause holding ``position`` starts, no earlier than ``floor``."""
    cut = max(text.rfind(":", floor, position), text.rfind(";", floor, position))
    start = cut + 1 if cut >= 0 else floor
    dash = max(text.rfind(" - ", floor, position), text.rfind(" — ", floor, position), text.rfind(" – ", floor, position))
    if dash >= start:
        start = dash + 3
    if coordinated:
        # "X declined to comment, but a source close to X said ...": a coordinated clause
        # (only where the speaker comes first: in "A, but B, they said" they said both)
        for m in _COORDINATION_RE.finditer(text, start, position):
            start = m.end()
    while start < position and text[start] in " \n\t,":
        start += 1
    return start


def content_start(text: str, cue_end: int) -> int:
    """Where reported content starts after a cue: past blanks, a comma or colon, and "that"."""
    m = re.match(r"[\s,:]*(?:that\s+)?", text[cue_end:cue_end + 12])
    return cue_end + (m.end() if m else 0)


def content_end(text: str, start: int, sentence_end: int) -> int:
    """Where reported content ends: the sentence's end without closing punctuation and blanks."""
    end = sentence_end
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end
