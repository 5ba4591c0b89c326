"""The entity registry: the people and organisations an article names, and what it says of them.

Every run of name words in the narrator's text (quotations left out) becomes a
mention of an entity; short forms join the full name ("Mr. Liang" is "Liang
Wenfeng"), honorifics state a gender, and the words around a name state its role
("NAME, a ROLE,", "ROLE NAME", "the ROLE, NAME,") and so its kind of source. The
registry answers the questions coreference asks: which entity a name means here,
the nearest person before a pronoun (Hobbs-style nearest antecedent with gender
agreement), the organisation "it" or "the company" points to.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..model import Article
from ..text import sentence_starters
from .mentions import NOT_IN_NOUN_PHRASE
from .names import (
    Token,
    honorific_gender,
    is_honorific,
    name_runs,
    non_names,
    strip_possessive,
    title_length,
)
from .quote_marks import QuoteMarks
from .roles import categorize, looks_like_organization, mentions_role, role_for_category, role_kind, role_word

ANTECEDENT_WINDOW = 3000  # characters back to look for the person a pronoun stands for


@dataclass
class Entity:
    """A person, organisation or group of the article, as the registry and the
    resolution of speakers learn it (so mutable until the quotes are built)."""

    name: str
    tokens: tuple[str, ...]
    kind: str = ""  # person | organization | group | anonymous
    role: str = ""
    gender: str = ""
    named: bool = True
    category: str = ""
    mentions: list[int] = field(default_factory=list)


def is_person(entity: Entity) -> bool:
    """Whether ``entity`` is a person: its kind when known, else a multi-word name with
    no place, organisation word or organisation role in it."""
    if entity.kind:
        return entity.kind == "person"
    places = non_names()
    return (
        len(entity.tokens) > 1
        and not any(t in places for t in entity.tokens)
        and not categorize(entity.name)[1] == "organization"
        and not looks_like_organization(entity.name)
    )


@dataclass(frozen=True)
class _NameRun:
    start: int
    end: int
    words: list[Token]
    subject: bool  # near the start of its sentence, before any comma
    at_start: bool  # opens its sentence


class EntityRegistry:
    """Names found in the narrator's text, merged so that "Mr. Liang" is "Liang Wenfeng"."""

    def __init__(self, article: Article, marks: QuoteMarks):
        self.article = article
        self.text = article.text
        self.entities: list[Entity] = []
        self.occurrences: list[tuple[int, int, Entity, bool]] = []  # start, end, entity, sentence subject
        self.starts: list[int] = []  # occurrence starts, for bisect
        self.vocab: frozenset[str] = frozenset()  # words the article also writes in lower case
        self._scan(marks)

    def _name_runs(self, marks: QuoteMarks) -> list[_NameRun]:
        text = self.text
        runs = []
        for sentence in self.article.sentences:
            if sentence.is_heading:
                continue
            for seg_start, seg_end in marks.outside(sentence.start, sentence.end):
                for words in name_runs(text, seg_start, seg_end):
                    start = words[0][0]
                    at_start = not text[sentence.start:start].strip(" “”\"‘-–—•*")
                    subject = start - sentence.start < 40 and text[sentence.start:start].count(",") == 0
                    runs.append(_NameRun(start, words[-1][1], words, subject, at_start))
        return runs

    def _scan(self, marks: QuoteMarks) -> None:
        runs = self._name_runs(marks)
        text = self.text
        # words of multi-word names are names even where they open a sentence ("You, the
        # university employee" after "You Tianlong"); other openers the article also
        # writes in lower case ("Take", "Much") are ordinary words
        known = {w.lower() for run in runs if len(run.words) > 1 and not run.at_start for _a, _b, w in run.words}
        lower_words = set(re.findall(r"(?<![\w’'])[a-z][a-z’'\-]*", text))
        self.vocab = frozenset(lower_words - known)
        starters = sentence_starters()
        places = non_names()
        alone = {" ".join(strip_possessive(w) for _a, _b, w in run.words).lower() for run in runs if not run.at_start}
        for run in runs:
            start, end, tokens = run.start, run.end, run.words
            words = [t[2] for t in tokens]
            rest_known = len(words) > 1 and " ".join(strip_possessive(w) for w in words[1:]).lower() in alone
            if run.at_start and words and (words[0].lower() in self.vocab or words[0].lower() in starters or rest_known) and words[0].lower() not in known:
                tokens = tokens[1:]
                words = words[1:]
                if not tokens:
                    continue
                start = tokens[0][0]
            cut = title_length(words) if len(words) > 1 else 0
            honorific = ""
            for w in words[:cut]:
                stated = honorific_gender(w)
                if stated is not None:
                    honorific = stated
            title = " ".join(w for w in words[:cut] if not is_honorific(w))
            words = words[cut:]
            if not words:
                continue
            possessive = strip_possessive(words[-1]) != words[-1]
            words[-1] = strip_possessive(words[-1])
            if all(w.lower() in places for w in words) or " ".join(words).lower() in places:
                continue
            name = " ".join(words)
            entity = self._entity_for(name, start)
            if honorific in ("male", "female") and not entity.gender:
                entity.gender = honorific
            if honorific:
                entity.kind = entity.kind or "person"
            entity.mentions.append(start)
            self.occurrences.append((start, end, entity, run.subject and not possessive))
            self._learn_role(entity, start, end, title)
        self._learn_company_lists()
        self.starts = [o[0] for o in self.occurrences]

    def _entity_for(self, name: str, position: int) -> Entity:
        tokens = tuple(name.lower().split())
        for entity in self.entities:
            if entity.tokens == tokens:
                return entity
        if len(tokens) == 1:
            found = self._containing(tokens[0], position)
            if found is not None:
                return found
        entity = Entity(name, tokens)
        if len(tokens) > 1:
            # a short form seen earlier ("Liang" before "Liang Wenfeng") now joins the full name
            for other in list(self.entities):
                if len(other.tokens) == 1 and other.tokens[0] in tokens and other.kind != "organization" and is_person(entity):
                    entity.mentions.extend(other.mentions)
                    entity.gender = entity.gender or other.gender
                    entity.kind = entity.kind or other.kind
                    entity.role = entity.role or other.role
                    self.entities.remove(other)
                    self.occurrences = [(a, b, entity if e is other else e, s) for a, b, e, s in self.occurrences]
        self.entities.append(entity)
        return entity

    def _containing(self, token: str, position: int) -> Entity | None:
        best: tuple[int, Entity] | None = None
        for entity in self.entities:
            if len(entity.tokens) > 1 and token in entity.tokens and is_person(entity):
                nearest = max((m for m in entity.mentions if m <= position), default=-1)
                if best is None or nearest > best[0]:
                    best = (nearest, entity)
        return best[1] if best else None

    def _learn_role(self, entity: Entity, start: int, end: int, title: str) -> None:
        """Role from the words around a name: "NAME, a ROLE," / "ROLE NAME" / "the ROLE, NAME,"."""
        text = self.text
        sentence = self.article.sentence_at(start)
        if sentence is None:
            return
        after = text[end:sentence.end]
        m = re.match(
            r"(?:’s|'s)?,\s+((?:an?|the)\s+[^,;.“”\"—–]{2,120}?|who\s[^,;“”\"]{2,160}?|(?:[\w\-]+\s+){0,3}[a-z][\w\-]*\s+(?:of|at)\s[^,;.“”\"]{2,120}?)(?:,|\.|;|$| said| says| wrote| told|\s+and\s+\w+\s+[“\"]|\s[—–]\s)",
            after,
        )
        role = re.sub(r"^(?:an?|the)\s+", "", m.group(1)).strip() if m else ""
        if role and not role.startswith("who"):
            words = {w.lower() for w in re.findall(r"[\w\-]+", role)}
            # "According to Zeng, the success should ...": a clause, not an apposition
            if words & NOT_IN_NOUN_PHRASE or not mentions_role(role):
                role = ""
        before = text[max(sentence.start, start - 80):start]
        premod = ""
        pm = re.search(r"((?:[\w’'\-]+\s+){0,3}?[a-z][\w\-]*)\s*,?\s*$", before)
        if pm:
            words_before = pm.group(1).split()
            head = role_word(words_before[-1].lower()) if words_before else None
            if head is not None and head.kind != "group":  # "Unlike larger tech companies, DeepSeek" is no role
                # "the recent transformation of tech giant Alibaba": the role starts after "of"
                premod = re.split(r"\b(?:of|at|in|on|by|for|with|the|a|an)\s+", pm.group(1))[-1]
        # an appositive noun phrase or a role word before the name says more than a relative clause
        ordered = [x for x in (premod, title, role) if x] if role.startswith("who") else [x for x in (role, premod, title) if x]
        if not entity.role and ordered:
            entity.role = ordered[0]
        category, _kind = categorize(*[role_for_category(x) for x in ordered], entity.name)
        kind = next((k for k in (role_kind(x) for x in ordered) if k), "")
        if kind in ("person", "organization") and not entity.kind:
            entity.kind = kind
        if category and not entity.category:
            entity.category = category

    def _learn_company_lists(self) -> None:
        """ "companies like A and B" / "companies such as A": A and B are companies."""
        for m in re.finditer(r"\b(?:companies|firms|startups|start-ups)\s+(?:like|such as|including)\s+([^.;:]{2,120})", self.text, re.IGNORECASE):
            names = re.split(r",\s*|\s+and\s+|\s+or\s+", m.group(1))
            for piece in names:
                run = re.match(r"(?:[A-Z0-9][\w’'\-.]*\s?)+", piece.strip())
                if run is None:
                    break
                name = strip_possessive(run.group().strip())
                entity = next((e for e in self.entities if e.name.lower() == name.lower()), None)
                if entity is not None:
                    entity.kind = entity.kind or "organization"
                    entity.category = entity.category or "industry"

    def add(self, entity: Entity) -> Entity:
        """Register an entity met only as a speaker (a name the narrator never wrote outside the attribution)."""
        self.entities.append(entity)
        return entity

    def resolve_name(self, name: str, position: int) -> Entity | None:
        """The entity ``name`` means at ``position``: the exact full name, else the nearest
        person whose name holds this one word, else an entity holding all its words."""
        tokens = tuple(strip_possessive(name).lower().split())
        exact = [e for e in self.entities if e.tokens == tokens]
        if exact and len(tokens) > 1:
            return exact[0]
        if len(tokens) == 1:
            found = self._containing(tokens[0], position)
            if found is not None:
                return found
        if exact:
            return exact[0]
        for entity in self.entities:
            if len(tokens) > 1 and set(tokens) <= set(entity.tokens):
                return entity
        return None

    def nearest_person(self, position: int, gender: str) -> Entity | None:
        """The nearest person named before ``position`` (within ``ANTECEDENT_WINDOW``
        characters) whose gender agrees."""
        index = bisect.bisect_left(self.starts, position)
        while index > 0:
            index -= 1
            start, _end, entity, _subject = self.occurrences[index]
            if position - start > ANTECEDENT_WINDOW:
                break
            if is_person(entity) and not (gender and entity.gender and entity.gender != gender):
                return entity
        return None

    def nearest_organization(self, position: int, floor: int) -> Entity | None:
        """The organisation named first in the nearest sentence before ``position``."""
        low, high = bisect.bisect_left(self.starts, floor), bisect.bisect_left(self.starts, position)
        candidates = [
            (start, entity)
            for start, _e, entity, subject in self.occurrences[low:high]
            if floor <= start < position and entity.kind != "person" and not entity.gender and subject is not None
            and not self.text.startswith(("’s", "'s"), start + len(entity.name))
        ]
        if not candidates:
            return None
        by_sentence: dict[int, list[tuple[int, Entity]]] = {}
        for start, entity in candidates:
            sentence = self.article.sentence_at(start)
            by_sentence.setdefault(sentence.index if sentence else -1, []).append((start, entity))
        nearest = max(by_sentence)
        return min(by_sentence[nearest], key=lambda item: item[0])[1]
