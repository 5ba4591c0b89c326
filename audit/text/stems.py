"""Word forms for comparing words: a light fold (possessive and plural) and a light stemmer.

``normal_form`` is what copy detection and story grouping compare; ``stem`` what claim
alignment compares. Both work on one word and never rewrite the text: callers keep
each word's offsets.
"""
from __future__ import annotations

from functools import lru_cache

_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=65536)  # the frequent vocabulary; bounded, as memory must be
def normal_form(word: str) -> str:
    """Lower case, straight apostrophes, no possessive ``'s`` and no plural ``s``.

    A crude suffix fold (not a stemmer): enough for "chips"/"chip" and
    "DeepSeek's"/"DeepSeek" to compare equal, cheap enough to run on every word.
    A final -s after s, u or i is no plural ("class", "status", "analysis").
    """
    form = word.lower().replace("’", "'").replace("‘", "'")
    if form.endswith("'s"):
        form = form[:-2]
    form = form.rstrip("'")
    if len(form) > 4 and form.endswith("s") and not form.endswith(("ss", "us", "is")):
        form = form[:-1]
    return form


def is_plural(word: str) -> bool:
    """Whether a lower-case word looks like a plural noun ("chips", "jobs", not "crisis", "status", "analysis"):
    a form test, so "news", "series" and a possessive ("it's") read as plurals too.

    ``normal_form`` folds the plurals of five letters or more; a word of four ending in one
    ``s`` after a consonant ("jobs", "guns", "days") is a plural too."""
    return normal_form(word) != word or (len(word) == 4 and word[-1] == "s" and word[-2] not in "aeiosu'’")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper for comparing claims (lower-case ``word`` in, stem out).

    Plurals follow Harman's S-stemmer ("How effective is suffixing?", JASIS 42(1),
    1991): -ies -> -y, -es -> -e, -s dropped (not after s, u or i). Then one
    ending is dropped (-ing, -ed, -ive, -ly, and the -ion of -tion/-sion; the
    idea of Porter's step 1, 1980, much simplified), a final -e is dropped and a
    final double consonant is halved, so that "trained"/"train",
    "innovation"/"innovate", "restrictions"/"restricted", "stopped"/"stop"
    meet. It also joins some words that differ ("news"/"new", "coming"/"come"
    and "com"); claims are judged on many words at once, weighted by rarity, so
    a stray join rarely decides.
    """
    form = word
    if len(form) > 4 and form.endswith("ies") and form[-4] not in "ae":
        form = form[:-3] + "y"
    elif len(form) > 3 and form.endswith("es") and form[-3] not in "aeo":
        form = form[:-1]
    elif len(form) > 3 and form.endswith("s") and form[-2] not in "usi'":
        form = form[:-1]
    for suffix, keep in (("tion", 1), ("sion", 1), ("ing", 0), ("ed", 0), ("ive", 0), ("ly", 0)):
        base = form[: len(form) - len(suffix) + keep]
        if form.endswith(suffix) and len(base) >= 3 and any(c in _VOWELS for c in base):
            form = base
            break
    if len(form) > 3 and form.endswith("e"):
        form = form[:-1]
    if len(form) > 3 and form[-1] == form[-2] and form[-1] not in _VOWELS and form[-1].isalpha():
        form = form[:-1]
    return form
