"""Whom a spokesperson speaks for: the kind of source of staff is their principal's.

A spokesperson or communications director speaks for someone the role names ("Clinton spokesman Brian
Fallon", "Ms. Merkel's spokesman", "a spokeswoman for Ted Cruz"): a reader knows the speaker as the
voice of that principal, a campaign's or a government's. The principal is found among the people and
organisations the article names (``registry``), whose kind of source the article states (a role, the
US federal officeholders' list), else in the role lexicon ("a spokeswoman for Google"). The staff roles
are ``lexicons/staff_roles.txt``; nothing is read when the principal is no name ("a spokesman for the
family") or the article does not say what it is.
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from ..lexicons import word_set
from ..text import KIN, alternation, titles
from .names import strip_possessive
from .officials import federal_category
from .registry import Entity, EntityRegistry, is_person
from .roles import categorize

_LEADING_WORDS = ("the", "a", "an", "former", "acting", "deputy", "senior", "chief", "top", "longtime", "veteran", "national", "lead")
_LEADING_ALTERNATION = alternation(_LEADING_WORDS)
_LEADING = r"(?:(?i:" + _LEADING_ALTERNATION + r")\s+)*"
# a name, never one of the leading words ("Former spokesman" names no principal)
_NAME = r"(?!(?i:" + _LEADING_ALTERNATION + r")\b)[A-Z][\w.&’'\-]*(?:\s+(?:of\s+)?[A-Z][\w.&’'\-]*){0,3}"


@lru_cache(maxsize=1)
def _staff_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    staff = alternation(word_set("staff_roles.txt"))
    # "Clinton spokesman", "Ms. Merkel's spokesman", "Clinton's in-state communications director"
    before = re.compile(rf"{_LEADING}(?P<name>{_NAME})(?:['’]s?)?\s+(?:[a-z][\w\-]*\s+){{0,2}}(?:{staff})")
    # "spokeswoman for Ted Cruz", "former spokesman for Mr. Obama", "an aide to Gov. Chris Christie"
    after = re.compile(rf"{_LEADING}(?:[a-z][\w\-]*\s+){{0,2}}(?:{staff})\s+(?:for|to)\s+(?:the\s+)?(?P<name>{_NAME})")
    return before, after


def principal_name(role: str) -> str:
    """The name of whom a staff role speaks for ("Clinton" of "Clinton spokesman", "Ted Cruz" of
    "spokeswoman for Ted Cruz"), its possessive, honorific and title taken off; "" for any other role."""
    role = role.strip(" ,")
    for pattern in _staff_res():
        match = pattern.fullmatch(role)
        if match is not None:
            words = strip_possessive(match.group("name")).split()
            while len(words) > 1 and (words[0].lower().rstrip("."),) in titles():
                words = words[1:]  # "Mrs. Clinton", "Gov. Chris Christie"
            return " ".join(words)
    return ""


def principal_category(roles: list[str], speaker: Entity, registry: EntityRegistry, day: _dt.date | None) -> str:
    """The kind of source of whom the speaker's first staff role speaks for (``principal_name``): the
    person or organisation of the article it names, by the roles the article gives it or, for a person
    named in full, the US federal offices (``officials``); else the role lexicon's word for the name;
    "" when no role names a principal or nothing says what the principal is."""
    for role in roles:
        name = principal_name(role)
        if not name:
            continue
        principal = _named(name, speaker, registry)
        if principal is not None:
            category = _category_of(principal, day)
            if category:
                return category
        return categorize(name)[0]
    return ""


def _category_of(principal: Entity, day: _dt.date | None) -> str:
    """A principal's kind of source for their staff: "politics" when any role the article gives them is
    a campaign's or a party's (a senator running for president speaks through a campaign's spokesperson),
    else their own kind of source."""
    if any(categorize(role)[0] == "politics" for role in principal.roles):
        return "politics"
    if principal.source_category or not is_person(principal):
        return principal.source_category
    return federal_category(principal.name, day)


def _named(name: str, speaker: Entity, registry: EntityRegistry) -> Entity | None:
    """The entity of the article that ``name`` names (all its words among the entity's, or its one word
    the entity's surname), the one named most often when several can be; never the speaker."""
    words = tuple(name.lower().split())
    found = [
        entity for entity in registry.entities
        if entity is not speaker and (set(words) <= set(entity.tokens) or (len(words) == 1 and entity.names and entity.names[0].surname == words[0]))
    ]
    return max(found, key=lambda entity: len(entity.mentions)) if found else None


def family_category(speaker: Entity, registry: EntityRegistry, day: _dt.date | None) -> str:
    """The kind of source of a person the article names by a given name of ``lexicons/given_names.txt``
    and a surname and gives no role, who bears the surname of a political source of the same article
    under another given name ("Eric Trump" in a story of Donald Trump's campaign): a candidate's family
    speaking for him, "politics" (the convention of benchmarks/data/polnear_kinds.csv); "" for anyone
    else ("Le Pen" is Marine Le Pen, no relative; "Attorneys for Clinton" no given name)."""
    name = speaker.names[0] if speaker.names else None
    if name is None or not is_person(speaker) or len(name.given) != 1 or name.given[0] not in word_set("given_names.txt"):
        return ""
    for entity in registry.bearers_of_surname.get(name.surname, ()):
        other = entity.names[0]
        if entity is not speaker and other.given and other.given[0] != name.given[0] and is_person(entity) and _category_of(entity, day) == "politics":
            return "politics"
    return ""


# "son of the Republican presidential front-runner", "the candidate's wife", "Trump's daughter"
_BIRTH_ORDER = "eldest|oldest|youngest|older|younger|second|third"
_KIN_RES = (
    re.compile(rf"(?:(?:the|a|an|{_BIRTH_ORDER})\s+)*{KIN}\s+of\s+(?P<whom>.+)", re.IGNORECASE),
    re.compile(rf"(?P<whom>.+?)(?:['’]s?)\s+(?:(?:{_BIRTH_ORDER})\s+)?{KIN}", re.IGNORECASE),
)


def kin_category(roles: list[str], speaker: Entity, registry: EntityRegistry, day: _dt.date | None) -> str:
    """"politics" when a role makes the speaker kin of a political source ("son of the Republican
    presidential front-runner", "the candidate's wife", "Trump's daughter"): a candidate's family
    speaking for him (the convention of benchmarks/data/polnear_kinds.csv); "" otherwise, so that the
    mother of a soldier stays a citizen."""
    for role in roles:
        for pattern in _KIN_RES:
            match = pattern.fullmatch(role.strip(" ,"))
            if match is None:
                continue
            whom = strip_possessive(match.group("whom")).strip()
            principal = _named(whom, speaker, registry) if whom[:1].isupper() else None
            category = _category_of(principal, day) if principal is not None else categorize(whom)[0]
            if category == "politics":
                return "politics"
    return ""
