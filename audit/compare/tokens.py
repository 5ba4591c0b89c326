"""Word normalisation shared by the cross-article comparisons (claims and copies).

Comparisons run on normalised word sequences, never on a rewritten text: every
word keeps its ``(start, end)`` offsets into the article's original text.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import data_lines
from ..text import WORD_RE, normal_form, stem, stopwords


def words_with_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """Every word of ``text[start:end]`` in normal form, with its offsets into ``text``."""
    stop = len(text) if end is None else end
    return [(normal_form(m.group()), m.start(), m.end()) for m in WORD_RE.finditer(text, start, stop)]


def content_words(text: str) -> tuple[str, ...]:
    """The normalised words of ``text`` that are not function words, in order."""
    ignored = stopwords()
    return tuple(form for form in (normal_form(w) for w in WORD_RE.findall(text)) if form not in ignored)


# Claim terms: the normalised words claim alignment compares (audit.compare.coverage).
# They must survive paraphrase ("chips"/"chip", "trained"/"train", "A.I."/"AI",
# "2,000"/"2000", "forty-year-old"/"40-year-old") while keeping different facts apart.

_ACRONYM_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_MAX_VARIANT_WORDS = 4


@lru_cache(maxsize=1)
def claim_variants() -> dict[tuple[str, ...], str]:
    """Spelling variants and their common term (``audit/lexicons/claim_variants.csv``), keyed by word tuple."""
    header, *entries = data_lines("claim_variants.csv")
    if header.strip() != "variant,term":
        raise ValueError(f"audit/lexicons/claim_variants.csv: expected the header 'variant,term', found {header!r}")
    variants = {}
    for number, line in enumerate(entries, start=3):
        variant, _, term = line.partition(",")
        words = tuple(variant.strip().split())
        if not words or not term.strip() or len(words) > _MAX_VARIANT_WORDS:
            raise ValueError(f"audit/lexicons/claim_variants.csv line {number}: expected 'variant,term' with 1 to {_MAX_VARIANT_WORDS} words, found {line!r}")
        variants[words] = term.strip()
    return variants


def _acronym(word: str) -> str | None:
    """``"U.S"``, ``"A.I"``, ``"US"``, ``"AI"`` -> lower-case letters; None for any other word.

    Only an all-capital word (or dotted capitals) is an acronym, so the pronoun
    "us" stays a function word while "US" and "U.S." are one term.
    """
    letters = word.replace(".", "")
    if 2 <= len(letters) <= 5 and all(c in _ACRONYM_LETTERS for c in letters):
        return letters.lower()
    return None


@lru_cache(maxsize=65536)
def _term(word: str, ignored: frozenset[str]) -> str | None:
    """One word's claim term, or None for a function word.

    Names are stemmed like any word ("Jinping" -> "jinp"): the term is only
    compared, never shown, and the same word must give the same term whether
    or not it opens the sentence ("Chinese companies ..." / "... Chinese companies").
    """
    acronym = _acronym(word)
    if acronym is not None:
        return acronym
    form = word.lower().replace("’", "'").replace("‘", "'")
    if form.endswith("'s"):
        form = form[:-2]
    form = form.strip("'")
    if form in ignored or not form:
        return None
    variants = claim_variants()
    if "-" in form:
        # "forty-year-old" and "40-year-old", "start-up" and "startup" compare equal
        parts = [variants.get((part,), part) for part in form.split("-") if part]
        return stem("".join(parts))
    if any(c.isdigit() for c in form):
        # thousands separators only: "2,000" -> "2000"; a decimal point stays
        return form.replace(",", "")
    if (form,) in variants:
        return variants[(form,)]
    return stem(form)


def claim_terms(text: str) -> tuple[str, ...]:
    """The terms of ``text`` that claim alignment compares, in order.

    Content words only (function words of ``audit/lexicons/stopwords.txt`` left
    out), acronyms folded ("A.I." = "AI" = "artificial intelligence"),
    multiword variants of ``audit/lexicons/claim_variants.csv`` joined
    ("United States" = "US"), number words as figures and thousands separators
    dropped ("forty" = "40", "2,000" = "2000"), each word reduced by
    :func:`stem`. Example: ``claim_terms("DeepSeek trained its A.I. chatbot with
    2,000 chips")`` is ``("deepseek", "train", "ai", "chatbot", "2000", "chip")``.
    """
    ignored = stopwords()
    variants = claim_variants()
    raw = WORD_RE.findall(text)
    lowered = [w.lower() for w in raw]
    terms: list[str] = []
    position = 0
    while position < len(raw):
        for width in range(min(_MAX_VARIANT_WORDS, len(raw) - position), 1, -1):
            term = variants.get(tuple(lowered[position : position + width]))
            if term is not None:
                terms.append(term)
                position += width
                break
        else:
            term = _term(raw[position], ignored)
            if term is not None:
                terms.append(term)
            position += 1
    return tuple(terms)
