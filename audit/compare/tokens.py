"""Word normalisation shared by the cross-article comparisons (claims and copies).

Comparisons run on normalised word sequences, never on a rewritten text: every
word keeps its ``(start, end)`` offsets into the article's original text.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..text import WORD_RE


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Function words ignored when comparing sentence content (``audit/lexicons/stopwords.txt``)."""
    text = resources.files("audit.lexicons").joinpath("stopwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def normal_form(word: str) -> str:
    """Lower case, straight apostrophes, no possessive ``'s`` and no plural ``s``.

    A crude suffix fold (not a stemmer): enough for "chips"/"chip" and
    "DeepSeek's"/"DeepSeek" to compare equal, cheap enough to run on every word.
    """
    form = word.lower().replace("’", "'").replace("‘", "'")
    if form.endswith("'s"):
        form = form[:-2]
    form = form.rstrip("'")
    if len(form) > 4 and form.endswith("s") and not form.endswith("ss"):
        form = form[:-1]
    return form


def words_with_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """Every word of ``text[start:end]`` in normal form, with its offsets into ``text``."""
    stop = len(text) if end is None else end
    return [(normal_form(m.group()), m.start(), m.end()) for m in WORD_RE.finditer(text, start, stop)]


def content_words(text: str) -> tuple[str, ...]:
    """The normalised words of ``text`` that are not function words, in order."""
    ignored = stopwords()
    return tuple(form for form in (normal_form(w) for w in WORD_RE.findall(text)) if form not in ignored)
