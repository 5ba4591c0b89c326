"""An amount written with a bare "$" beside another's figure in a named foreign dollar of the same number.

"$" alone is read as US dollars (``figure_currencies.csv``), but outlets drop the currency name:
one writes "$2.4 billion Australian dollars" (or "A$2.4 billion"), another "$2.4 billion" for the
same spending. The same number with one side a bare "$" (no US marker before or after it) and
the other a named dollar of one other country is most likely one figure in one currency, not
a US figure 31% higher: the bare one is read in the named dollar. A different number, a
bracketed conversion ("A$2.4 billion ($1.6 billion)": US dollars by its place), a story that also
marks the number as US dollars ("US$2.4 billion"), or one number named in two foreign dollars
keeps the bare "$" as US dollars.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...figures import Figure
from ...figures.vocabulary import dollar_codes
from .facts import Mention

_US_IN_SURFACE_RE = re.compile(r"US\$|\$US|\bU\.S\b|\b(?:US|USD|American|United States)\b", re.IGNORECASE)
_US_BEFORE_RE = re.compile(r"\b(?:US|U\.S\.)[ \u00a0]*\Z")
_US_AFTER_RE = re.compile(r"[ \u00a0]*\(?[ \u00a0]*(?:US|U\.S\.|USD)(?![A-Za-z])|[ \u00a0]+in[ \u00a0]+(?:US|U\.S\.|American)[ \u00a0]+dollars")
_MARK_REACH = 6
"""How far before an amount a US marker is looked for ("US $5 million", "U.S. $5 million")."""
SHARED_WORDS = 2
"""Content words the sentences of a bare "$" amount and of the named dollar must share: the same number in
a story about other things ("a $10 minimum wage", "a carbon tax of 10 Canadian dollars") keeps its "$"."""


def foreign_dollars() -> frozenset[str]:
    """The codes of the dollars of other countries that ``figure_currencies.csv`` knows ("A$", "Canadian
    dollars", "HK$"): the currencies a bare "$" may stand for."""
    return dollar_codes() - {"USD"}


def unmarked_dollar(figure: Figure, text: str) -> bool:
    """Whether a money figure in US dollars is written with "$" or "dollars" alone, no US marker in it
    or beside it ("$2.4 billion"; not "US$2.4 billion", "US $5", "$76 US", "$5 in U.S. dollars"), nor a
    bracketed conversion. ``text`` is the article's text."""
    if figure.kind != "money" or figure.unit != "USD" or figure.same_as is not None:
        return False
    surface = figure.surface
    if "$" not in surface and "dollar" not in surface.lower():
        return False
    if _US_IN_SURFACE_RE.search(surface):
        return False
    start, end = figure.span.start, figure.span.end
    return not _US_BEFORE_RE.search(text, max(0, start - _MARK_REACH), start) and not _US_AFTER_RE.match(text, end)


def read_unmarked_dollars(mentions: Sequence[Mention], texts: Sequence[str], words: Sequence[frozenset[str]]) -> list[Mention]:
    """``mentions`` with each bare-"$" amount (``unmarked_dollar``) read in the one foreign dollar that
    another figure of the story names for the same number in a sentence sharing ``SHARED_WORDS`` of its
    words; the rest as they are. ``texts[i]`` is the text of article ``i``, ``words[k]`` the content
    words of the sentence of ``mentions[k]``."""
    foreign = foreign_dollars()
    named: dict[tuple[float, float], list[tuple[str, frozenset[str]]]] = {}
    unmarked = [unmarked_dollar(m.figure, texts[m.article_index]) for m in mentions]
    for mention, bare, said in zip(mentions, unmarked, words):
        f = mention.figure
        if f.kind == "money" and not bare and f.same_as is None and (f.unit in foreign or f.unit == "USD"):
            named.setdefault((f.stated_low, f.stated_high), []).append((f.unit, said))
    read = []
    for mention, bare, said in zip(mentions, unmarked, words):
        same_number = named.get((mention.figure.stated_low, mention.figure.stated_high), []) if bare else []
        codes = {code for code, theirs in same_number if code == "USD" or len(said & theirs) >= SHARED_WORDS}
        if len(codes) == 1 and "USD" not in codes:
            (code,) = codes
            mention = replace(mention, figure=replace(mention.figure, unit=code))
        read.append(mention)
    return read


def read_dollars_note(read: Sequence[Mention], labels: Sequence[str]) -> str:
    """What a fact's note says of its bare-"$" amounts ``read`` in a named dollar (``read_unmarked_dollars``):
    "Outlet writes $2.4 billion with no currency: read as AUD, the dollar another figure names for the
    same number", or "". ``labels[i]`` is article ``i``'s label."""
    said = sorted({(labels[m.article_index], m.figure.surface, m.figure.unit) for m in read})
    return "; ".join(f"{label} writes {surface} with no currency: read as {code}, the dollar another figure names for the same number" for label, surface, code in said)
