"""Where sentences and reported contents begin and end, for attribution.

Reported content starts after the cue and an optional "that", and ends before the
sentence's closing punctuation. (Where a clause starts is the toolkit's
``audit.text.clause_start`` with ``SPEECH_CLAUSES``.)
"""
from __future__ import annotations

import re

from ..model import Article

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
_RELAYED_BY_RE = re.compile(r",\s+according\s+to\s+[^,;:“”\"()]{1,60}$", re.IGNORECASE)


def content_end(text: str, start: int, sentence_end: int) -> int:
    """Where reported content ends: the sentence's end without closing punctuation and blanks, and without a
    closing "according to" that names who relayed the report ("Ortiz said the levy will pass, according to CNN")."""
    end = sentence_end
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    relayed = _RELAYED_BY_RE.search(text, start, end)
    return relayed.start() if relayed is not None and relayed.start() > start else end
