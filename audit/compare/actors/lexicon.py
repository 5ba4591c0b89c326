"""The actors' own word lists: the alias lexicon (``lexicons/actors.csv``), the nouns after an
institution's alias that make it name something else (``lexicons/actor_alias_heads.txt``) and the
label words (``lexicons/actor_words.csv``). Names themselves come from the shared name finder."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from ...lexicons import data_lines, word_set

KINDS = ("descriptor", "premodifier", "modifier", "naming_verb")


@dataclass(frozen=True)
class ActorLexicon:
    """``aliases`` maps an alias as written to ``(canonical, kind)``, ``kinds`` each canonical
    name to its kind; ``by_key`` maps an ``alias_key`` to the alias; ``phrases`` matches the
    aliases holding a lower-case word."""

    aliases: dict[str, tuple[str, str]]
    kinds: dict[str, str]
    by_key: dict[str, str]
    phrases: re.Pattern[str] | None
    descriptors: frozenset[str]  # lower case: matched in lower case
    proper_descriptors: frozenset[str]  # written capitalised in the file ("Democrat"): matched as written
    premodifiers: frozenset[str]
    modifiers: frozenset[str]  # premodifiers and the modifiers that are no label alone
    naming_verbs: tuple[str, ...]
    modified_after: frozenset[str]  # "Treasury yields", "the Homeland Security appropriations committee"


def alias_key(name: str) -> str:
    """How an alias is compared with a found name: lower case, without dots or a leading "the"."""
    key = " ".join(name.replace(".", "").replace("’", "'").lower().split())
    return key[4:] if key.startswith("the ") else key


@lru_cache(maxsize=1)
def actor_lexicon() -> ActorLexicon:
    """The alias lexicon and the label words, read once from ``audit/lexicons``."""
    aliases: dict[str, tuple[str, str]] = {}
    for number, row in enumerate(csv.DictReader(data_lines("actors.csv")), start=2):
        alias, canonical, kind = (row.get(k, "").strip() for k in ("alias", "canonical", "kind"))
        if not (alias and canonical and kind):
            raise ValueError(f"audit/lexicons/actors.csv row {number}: expected canonical,kind,alias; found {row!r}")
        aliases.setdefault(alias, (canonical, kind))
    words: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for number, row in enumerate(csv.DictReader(data_lines("actor_words.csv")), start=2):
        kind, word = row.get("kind", "").strip(), row.get("word", "").strip()
        if kind not in words or not word:
            raise ValueError(f"audit/lexicons/actor_words.csv row {number}: expected kind,word with kind one of {', '.join(KINDS)}; found {row!r}")
        words[kind].add(word if kind == "descriptor" and word[:1].isupper() else word.lower())
    by_key: dict[str, str] = {}
    for alias in sorted(aliases):
        by_key.setdefault(alias_key(alias), alias)
    # "Chinese government", "mainland China": no name finder reads these, so they are matched as written
    phrases = sorted((a for a in aliases if any(w[:1].islower() for w in alias_key_words(a))), key=lambda a: (-len(a), a))
    pattern = re.compile(rf"(?<![\w’'])(?:{'|'.join(re.escape(p) for p in phrases)})(?![\w’'])") if phrases else None
    return ActorLexicon(
        aliases=aliases,
        kinds={canonical: kind for canonical, kind in aliases.values()},
        by_key=by_key,
        phrases=pattern,
        descriptors=frozenset(w for w in words["descriptor"] if not w[:1].isupper()),
        proper_descriptors=frozenset(w for w in words["descriptor"] if w[:1].isupper()),
        premodifiers=frozenset(words["premodifier"]),
        modifiers=frozenset(words["premodifier"] | words["modifier"]),
        naming_verbs=tuple(sorted(words["naming_verb"], key=lambda v: (-len(v), v))),
        modified_after=word_set("actor_alias_heads.txt"),
    )


def alias_key_words(alias: str) -> list[str]:
    """The words of ``alias`` without a leading "the"/"The"."""
    words = alias.split()
    return words[1:] if words and words[0].lower() == "the" else words
