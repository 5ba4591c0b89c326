"""The entity registry: the people and organisations an article names, and what it says of them.

Every name the shared name finder (``audit.text.find_names``) reads in the narrator's
text (quotations and headings left out; places are no speakers) becomes a mention of
an entity: mentions that can name one entity (``audit.text.same_entity``: "Mr. Liang"
and "Liang Wenfeng", "C.I.A." and "CIA") join it, a surname borne by several people
joining the one named nearest before it; honorifics, titles and gendered role words
("a spokeswoman for ...") state a gender, and the words around a name state its role
("NAME, a ROLE,", "ROLE NAME", "the ROLE, NAME,") and so its kind of source. The
registry answers the questions coreference asks: which entity a name means here, the
people named before a pronoun (for a Hobbs-style nearest antecedent with gender
agreement), the organisation "it" or "the company" points to.
"""
from __future__ import annotations

import bisect
import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from types import MappingProxyType

from ..lexicons import data_lines, word_set
from ..model import Article
from ..text import KIN, NameMention, alternation, honorifics, is_speech_verb, kin_before, name_particles, party_tag, roles_of, same_entity, same_entity_keys, speech_verbs, the_before, titles, tokens
from .cues import authored_nouns
from .mentions import DETERMINERS, NOT_IN_NOUN_PHRASE, PREPOSITIONS, RELATIVE_WORDS, SUBORDINATORS
from .names import ArticleNames, speaker_name, strip_possessive
from .officials import officials_named
from .quote_marks import QuoteMarks
from .refusals import refuses_comment
from .roles import categorize, clean_role, looks_like_organization, mentions_role, names_one_person, residence_only, role_for_category, role_kind, role_word

ANTECEDENT_WINDOW = 3000  # characters back to look for the person a pronoun stands for
_FORMER_BEFORE_RE = re.compile(r"(?<![\w\-])(?:(?:former|onetime|one-time)\s+|(?:ex|then)-)$", re.IGNORECASE)
_ROLE_OPENING_RE = re.compile(r"\b(?:of|at|in|on|by|for|with|the|a|an|from|against|including|like)\s+")
_COORDINATOR_RE = re.compile(r"\s+(?:and|or)\s+")


def _role_after_preposition(phrase: str) -> str:
    """A role read before a name, from after its last preposition or article ("the recent transformation
    of tech giant Alibaba": "tech giant"; "the race against Republican front-runner Donald Trump"), and after
    a dash or a coordinator whose first part holds no role word and whose second opens with a capital ("Trump
    and Democratic front-runner Hillary Clinton", "on Tuesday and Republican front-runner": another subject, a
    time; "GOP contender and former neurosurgeon" and "filmmaker and best-selling author" are two roles)."""
    role = _ROLE_OPENING_RE.split(phrase)[-1].lstrip("-–— ")
    while (
        (coordinator := _COORDINATOR_RE.search(role)) is not None
        and role[coordinator.end():coordinator.end() + 1].isupper()
        and not mentions_role(role[:coordinator.start()])
    ):
        role = role[coordinator.end():]
    return role


# the words of an apposition before its complement or relative clause ("actress who starred in ...", "singer from Texas")
_EPITHET_HEAD_RE = re.compile(r"((?:[\w\-]+\s+){0,3}?[a-z][\w\-]*)(?:\s+(?:of|for|at|to|with|in|on|from|who|whose|that|which)\b|$)")
# lower-case words right before a name, ending in its premodifier's head ("Hollywood actress Jane Roe", "singer Mark Poe")
_PREMODIFIER_BEFORE_NAME_RE = re.compile(r"(?<![\w’'\-])((?:[\w\-]+\s+){0,2}[a-z][\w\-]*)\s+$")


def _epithet(apposition: str, before: str) -> str:
    """What a person does, said beside the name: the apposition (``apposition``, its article left out)
    or else the premodifier ending ``before`` (the words right before the name), when its head names
    one person (``names_one_person``): "actress who starred in films", "Hollywood actress"; else ""."""
    found = _EPITHET_HEAD_RE.match(apposition)
    if found is not None and names_one_person(found.group(1).split()[-1].lower()):
        return apposition
    # in lower case, for a premodifier opening the sentence ("Comedian George Lopez"): its head must name a person
    found = _PREMODIFIER_BEFORE_NAME_RE.search(before.lower())
    if found is not None and names_one_person(found.group(1).split()[-1]):
        return before[found.start(1):found.end(1)]
    return ""


_KINDS = frozenset({"person", "organization", "group"})  # the name finder's kinds a speaker keeps


@dataclass
class Entity:
    """A person, organisation or group of the article, as the registry and the
    resolution of speakers learn it (so mutable until the quotes are built).
    ``names``: the name finder's mentions of it, the fullest first."""

    name: str
    tokens: tuple[str, ...]
    kind: str = ""  # person | organization | group | anonymous
    role: str = ""
    gender: str = ""
    named: bool = True
    labelled: bool = False  # the name is the lens's own label ("unidentified speaker (they)"), no words of the article
    category: str = ""
    mentions: list[int] = field(default_factory=list)
    names: list[NameMention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # every role the article gives it, for its kind of source
    gender_guesses: list[str] = field(default_factory=list)  # genders of pronouns resolved to it by a guess
    aged: bool = False  # the article gives the person's age ("Jane Doe, 62," or "62-year-old Jane Doe")
    kin: bool = False  # first named in full as someone's relative ("first lady Jill Biden", "his son Hunter Biden")
    author: Entity | None = None  # of a document speaking ("the statement said"): whom the article says issued it
    # the apposition or premodifier that says what the person does, when its head names one person though it may be
    # no role the role lexicon knows ("Jane Roe, an actress who ...", "singer Mark Poe"): what "the actress" refers to
    epithets: list[str] = field(default_factory=list)
    # of a group who speak together ("Ann Ortiz and Tom Reyes said", "the two said" after them): each of them
    members: list[Entity] = field(default_factory=list)


    @property
    def likely_gender(self) -> str:
        """The gender the article states, else the one every guessed pronoun resolution gave it
        (a preference among antecedents, never a reason to rule one out), else ""."""
        if self.gender:
            return self.gender
        return self.gender_guesses[0] if self.gender_guesses and len(set(self.gender_guesses)) == 1 else ""

    def add_roles(self, roles: Iterable[str]) -> None:
        """Remember ``roles`` (each once, in the order the article gives them)."""
        for role in roles:
            if role and role not in self.roles:
                self.roles.append(role)

    @property
    def source_category(self) -> str:
        """The kind of source its roles and name say (``categorize``; not a label of the lens's own:
        "unidentified speaker" is no House Speaker), else what was learnt otherwise (a company list,
        an affiliation), else "government" for a lawmaker or governor marked by a party-and-state tag
        ("Bob Goodlatte, R-Va.", ``party_tag``), else "citizen" for a person introduced only by the
        town they live in (``residence_only``), else ""."""
        named_as = () if self.labelled else (self.name,)
        listed = role_word(self.name.lower()) if named_as and self.kind == "organization" else None
        if listed is not None and listed.category and listed.kind == "organization":
            # a body the lexicon lists by its whole name says what it is ("Xinhua, the official Chinese news agency":
            # state media, not the "news agency" of its apposition)
            return listed.category
        if named_as and self.kind == "organization" and categorize(self.name)[1] == "person":
            # a person's word inside an organisation's name says nothing of it: "Federal" of the
            # "Committee for a Responsible Federal Budget" (a federal official is government) is no office
            named_as = ()
        return (
            categorize(*self.roles, *named_as)[0]
            or self.category
            or ("government" if any(name.party and name.state for name in self.names) or any(map(party_tag, self.roles)) else "")
            or ("citizen" if any(map(residence_only, self.roles)) else "")
        )


def known_by_office(entity: Entity) -> bool:
    """Whether the article gives ``entity`` an office or role, not only a courtesy title ("President
    Biden", "Sen. Sanders"; not "Mrs. Obama", "Dr. Biden", who may be the relative named in full next)."""
    courtesy = honorifics()
    return any(role.lower().rstrip(".") not in courtesy for role in entity.roles) or any(
        name.title and name.title.lower().rstrip(".") not in courtesy for name in entity.names
    )


# what closes an apposition after a name: a comma, or the end of the sentence (a quote mark or bracket may follow)
_APPOSITION_CLOSE_RE = re.compile(r"\s*(?:[,;:.?!]|$)")


def role_gender(role: str) -> str:
    """The gender the head of a role states ("a spokeswoman for Google", "Congresswoman", "the
    queen", "the governor's daughter"): its head noun's (``lexicons/gendered_nouns.csv``), else its
    gendered title words (``lexicons/titles.csv``), read before any "of", "for", "to" ... ("the wife
    of King Abdullah" states nothing of its own), else "". An office word in -man states nothing:
    US news writes "the alderman", "the chairman" of a woman too."""
    head = re.split(r"\b(?:of|for|at|to|with|in|on|from|by|and|who)\b", role.lower())[0]
    # "his wife", "Dan Roe's daughter", "a businesswoman": the head noun names the person, a title before it another
    # ("the congresswoman's husband"); a possessive last ("his wife's") names someone else
    head_noun_gender = described_gender(head.split()[-1].strip(",;:")) if head.split() else ""
    if head_noun_gender:
        return head_noun_gender
    words = [word for word in re.findall(r"[a-z]+", head) if (word,) in titles() and not (word.endswith("man") and not word.endswith("woman"))]
    genders = {titles()[(word,)].gender for word in words} - {""}
    return genders.pop() if len(genders) == 1 else ""


@lru_cache(maxsize=1)
def gendered_nouns() -> MappingProxyType[str, str]:
    """Nouns for one person that state the person's gender (``lexicons/gendered_nouns.csv``) → gender."""
    return MappingProxyType({row["noun"]: row["gender"] for row in csv.DictReader(data_lines("gendered_nouns.csv"))})


def described_gender(head: str) -> str:
    """The gender the head noun of a description of one person states ("wife" of "his wife": ``female``;
    "businessman": ``male``), else "" ("spokesperson", "chairman", "women")."""
    return gendered_nouns().get(head.lower(), "")


def is_person(entity: Entity) -> bool:
    """Whether ``entity`` is a person: its kind when known, else a multi-word name with no
    organisation word or organisation role, that the name finder does not read as a thing
    ("Values Voter Summit", "Pell Grants"), and no word of a place, an event or a law in it
    ("Fort Pierce", "Iraq War", "Clean Power Plan", "Eastern District of New York")."""
    if entity.kind:
        return entity.kind == "person"
    return (
        len(entity.tokens) > 1
        and not any(name.kind == "thing" for name in entity.names)
        and not any(t in _NOT_PERSON_WORDS for t in entity.tokens)
        and not categorize(entity.name)[1] == "organization"
        and not looks_like_organization(entity.name)
    )


_NOT_PERSON_WORDS = word_set("not_person_words.txt")
# "NAME of The Nation", "NAME of Human Rights Watch": up to five capitalised words ("at", "with" and "in" more
# often say where the person was or whom they met: "Sanders at the Vatican", "Clinton with NBC's Matt Lauer")
_AFFILIATION_RE = re.compile(r"\s+of\s+((?:the\s+|The\s+)?[A-Z][\w.&’'\-]*(?:\s+(?:of\s+|for\s+|on\s+)?[A-Z][\w.&’'\-]*){0,4})")
# "CNN's Gloria Borger", "Fox News’ Sean Hannity", "the Trump campaign's Jason Miller": a body's possessive right before a
# name, the body the person works for
_PRODUCT_AFTER_RE = re.compile(
    r"[’']?s?\s+(?:town\s+hall|interview|show|program|programme|broadcast|segment|special|podcast|documentary|debate|column|newsletter)s?\b"
)
_BODY_POSSESSIVE_BEFORE_RE = re.compile(r"(?<![\w’'\-])((?:[A-Z][\w.&\-]*\s+){0,4}(?:[A-Z][\w.&\-]*|[a-z]+))(?:’s|'s|’|')\s+$")
# "Trump's campaign", "the Clinton campaign", "Sanders' presidential bid", "Cruz's running mate": the person runs
# for office, a candidate (a campaign against something, "Obama's campaign against the Islamic State", is none)
_CANDIDACY_RE = re.compile(
    r"(?:’s|'s|’|')?\s+(?:(?:presidential|primary|general-election|general election|reelection|re-election|senate|white house)\s+)?"
    r"(?:campaign(?!\s+(?:against|on|of|to)\b)|candidacy|bid for|running mate)(?![\w\-])",
    re.IGNORECASE,
)
# "the secretary of the Treasury, Jacob J. Lew, said", "the director of the Federal Bureau of Investigation, James B.
# Comey, said": a role that ends in a body's name, set before the person's name between commas; the words before the
# head are modifiers ("deputy", "former"), never a function word ("a complaint by the secretary of ...")
_ROLE_OF_BODY_BEFORE_RE = re.compile(
    r"(?<![\w’'\-])(?:[Tt]he|[Aa]n?)\s+((?:(?!(?:of|at|for|by|to|in|on|with|from|the|an?|and|or)\s)[a-z][\w\-]*\s+){0,3}"
    r"(?P<head>[a-z][\w\-]*)\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w.’'\-]*)){0,8}),\s*$"
)
# "Corey Lewandowski, Donald Trump’s fired campaign manager,", "Sam Jacobs, Time’s assistant managing editor,", "NAME, his
# former campaign manager,": an apposition opening with a possessive and no article (the possessor is whom the role
# serves: ``principals``)
_POSSESSOR = r"(?:his|her|their|its|[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,3}(?:’s|'s|’|'))\s+"
_POSSESSIVE_APPOSITION = rf"|{_POSSESSOR}[^,;.“”\"—–]{{2,100}}?"
_POSSESSIVE_RE = re.compile(_POSSESSOR)
# a staff role ("Sanders's spokesman"), which the role lexicon leaves to whom it serves
_STAFF_RE = re.compile(rf"\b(?:{alternation(word_set('staff_roles.txt'))})\b", re.IGNORECASE)


def _possessed_person(apposition: str) -> bool:
    """Whether a head of a possessive apposition (the word before the first preposition of each conjunct between
    "and" and "or") is a person's role (``roles_of("person")``: "his former chief of staff", "Time's assistant
    managing editor"), a relative (``KIN``: "Trump's son-in-law and senior adviser") or a staff role ("his
    spokesman"); not "his campaign in tatters", "his company near bankruptcy". "For" before a person's role
    does not end the head: "Biden's pick for labor secretary" names an office."""
    words = [w.lower() for w in re.findall(r"[\w\-]+", apposition[_POSSESSIVE_RE.match(apposition).end():])]
    conjuncts: list[list[str]] = [[]]
    for word in words:
        if word in ("and", "or"):
            conjuncts.append([])
        else:
            conjuncts[-1].append(word)
    return any(_names_a_person(conjunct) for conjunct in conjuncts)


def _names_a_person(words: list[str]) -> bool:
    """Whether the head of ``words`` (one conjunct of a possessive apposition, see ``_possessed_person``) is a
    person's role, a relative or a staff role."""
    cut = next((k for k, word in enumerate(words) if word in PREPOSITIONS), len(words))
    if cut < len(words) and words[cut] == "for" and _covers_a_role(words, cut + 1, len(words) - 1):
        cut = len(words)  # "pick for labor secretary", "nominee for attorney general"
    head = cut - 1
    if head < 0:
        return False
    if _STAFF_RE.search(" ".join(words[:cut])) or re.fullmatch(KIN, words[head], re.IGNORECASE):
        return True
    return _covers_a_role(words, head, head)


def _covers_a_role(words: list[str], first: int, last: int) -> bool:
    """Whether a person's role (``roles_of("person")``, up to three words) covers a word from ``first`` to ``last``
    ("campaign manager", "chief of staff")."""
    return any(
        tuple(words[i : i + n]) in roles_of("person") for at in range(first, last + 1) for n in (1, 2, 3) for i in range(max(0, at - n + 1), at + 1)
    )


# "Garcia's kids", "Ali's younger brother": a possessive of a relative, the kin word heading its phrase: then comes a
# mark, a name ("Ali's son Tom"), or the lower-case word after it (group 1, ``_heads_phrase``); not a word the kin
# noun modifies ("Novabrex's sister hospital", "its kids line") nor a possessive ("its new children's hospital")
_KIN_AFTER_RE = re.compile(rf"(?:’s|'s|’|')\s+(?:[a-z]+\s+)?(?:{KIN}|kids|children|parents)\b(?![’'\-])(?:\s*(?=[^\w\s]|$)|\s+(?=[A-Z])|\s+([a-z]+)\b)")
# the lower-case words that may follow a relative heading its phrase: a verb of its clause, a function word
_AFTER_KIN_HEAD = NOT_IN_NOUN_PHRASE | PREPOSITIONS | RELATIVE_WORDS | SUBORDINATORS | {"and", "or", "but", "both", "all"}


def _relative_of(text: str, end: int) -> bool:
    """Whether a possessive of a relative follows the name ending at ``end`` (``_KIN_AFTER_RE``): the name is a person's."""
    m = _KIN_AFTER_RE.match(text, end)
    if m is None:
        return False
    after = m.group(1)
    return after is None or after in _AFTER_KIN_HEAD or after.endswith("ed") or is_speech_verb(after)


# a relative "who" opening an apposition or closing its noun phrase ("NAME, who ...", "NAME, a former medic who ...")
_WHO_RE = re.compile(r"(?:^|[\s,])who\s")
_LONG_APPOSITION_RE = re.compile(r"(?:’s|'s)?(?:,\s*\d{1,3}(?=,))?,\s+((?:an?|the)\s+[^,;.“”\"—–]{2,80}?)\s+who\s")
# "one of his advisers, NAME", "One of the organizers, NAME": the name is one of the group the plural names
_ONE_OF_RE = re.compile(r"\b[Oo]ne\s+of\s+(?:(?:his|her|their|its|the)\s+|[A-Z][\w\-]*(?:’s|'s|’|')\s+)(?:[\w\-]+\s+){0,2}[a-z][\w\-]*,\s*$")
CAPITALISED_WORDS = r"[A-Z][\w.&’'\-]*(?:\s+[A-Z][\w.&’'\-]*){0,4}"
"""A body's name as a pattern: up to five capitalised words ("The New York Times", "Human Rights Watch")."""
# "NAME, writing in The New York Times," / "NAME wrote in the Global Times" / "wrote NAME in The Guardian": the outlet
# the person writes in
_OUTLET = rf"\s+(?:in|for)\s+((?:the\s+|The\s+)?{CAPITALISED_WORDS})"
_WRITES_IN_RE = re.compile(r"(?:,\s*writing|\s+(?:wrote|writes))" + _OUTLET)
_WRITES_BEFORE_RE = re.compile(r"\b(?:wrote|writes)\s+$")
_IN_OUTLET_RE = re.compile(_OUTLET)
# "Republican presidential candidates Ben Carson and Chris Christie", "nuclear experts Dan Albo, Sara Kell and Tom
# Ruiz": a plural role word before a list of names is each one's (a name, its title and party tag as one item)
_LIST_ITEM = r"(?:[A-Z][a-z]{1,3}\.\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}(?:\s*\([^()]{1,25}\))?"
_LIST_SEPARATOR = r"(?:,\s+|,?\s+and\s+)"
_LISTED_BEFORE_RE = re.compile(r"(?<![\w’'\-])((?:[\w’'\-]+\s+){0,2}[a-z][\w\-]*)\s+(?:" + _LIST_ITEM + _LIST_SEPARATOR + r"){1,5}$")
_LIST_GOES_ON_RE = re.compile(r"(?:\s*\([^()]{1,25}\))?" + _LIST_SEPARATOR + r"(?:[A-Z][a-z]{1,3}\.\s+)?[A-Z]")
_QUANTIFIERS = frozenset({"many", "some", "several", "most", "both", "all", "few", "others", "those", "these"})
_POSSESSED_RE = re.compile(r"(?:’s|'s|’|')((?:\s+[\w\-]+){1,3})")
# a name between an article and a common noun modifies that noun ("the Obama administration", "a Clinton aide",
# "the Trump campaign"): it is no noun phrase of its own, so no pronoun stands for it (a verb after it is no noun:
# "the Clintons have said")
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_NOUN_AFTER_RE = re.compile(
    r"\s+(?!(?:is|are|was|were|has|have|had|said|says|say|told|added|who|whom|and|or|will|would|could|can|did|do|does|may|might)\b)[a-z][\w\-]*"
)
# a preposition or verb right before a name makes it an object, or the subject of a reported clause
# ("She says Trump represents ..."), not the subject of its sentence
_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:with|of|to|for|from|by|at|in|on|about|against|than|like|between|among|after|before|during|including|"
    r"under|over|behind|beside|toward|towards|told|asked|met|thanked|praised|criticized|attacked|called|joined|"
    r"say|says|said|that|claims|claimed|believes|believed|thinks|thought|argues|argued|added|noted)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# what opens the comma segment of a description set before a name: the sentence's start, the closing quote mark of a
# quotation before its cue ("“...,” another friend, Jane Roe told"; the New York Times writes two apostrophes), a
# comma, a semicolon, a colon, a dash or a bracket (a quote mark inside the segment is part of it: "the ''Today'' show")
_SEGMENT_OPENING_RE = re.compile(r"[,?!](?:[”\"]|'')|[,;:(\[—–]|\s-\s")
_DESCRIPTION_REACH = 120
"""How many characters back a comma segment before a name may open and still be a noun phrase describing it."""
# words that may open the segment before the noun phrase: "but" ("..., but another aide, Tom Lee said") or a verb of
# saying before its inverted subject ("said another pollster, Tom Lee of ...")
_SEGMENT_OPENERS = frozenset({"but"}) | speech_verbs("inverted")
# words after which the noun phrase ending the segment may stand in apposition to the name, whatever phrase comes
# before them (when it holds no clause): "as", whose noun phrase states a role of the subject after it ("Over a long
# career as a lobbyist, Roe built ..."), and a coordinator joining it to another noun phrase ("for Mr. Trump and his
# running mate, Gov. Mike Pence of Indiana, will")
_ROLE_INTRODUCERS = frozenset({"as", "and", "or"})
_COMPARATIVES = frozenset({"such", "well"})  # "such as", "as well as": a comparison, no role
# words of a clause: verbs and clause words ("is not yet a candidate"), subordinators ("As the race tightened"),
# relative words
_CLAUSE_WORDS = NOT_IN_NOUN_PHRASE | SUBORDINATORS | RELATIVE_WORDS
# words no description before a name holds: a clause's, a preposition ("fired from the Trump campaign, Politico
# reported") or a determiner after its first word ("suspended his campaign")
_NOT_IN_DESCRIPTION = PREPOSITIONS | DETERMINERS | _CLAUSE_WORDS


def _description_opens_clause(text: str, floor: int, comma: int) -> bool:
    """Whether the words before the comma at ``comma`` (no further back than ``floor``, the sentence's start) end in a
    noun phrase in apposition to a name after the comma that opens a clause ("NAME told CNN"): a noun phrase alone in
    its comma segment ("another friend" of "“...,” another friend, Jane Roe told CNN"), perhaps after "but" or an
    inverted verb of saying, or one after "as" or a coordinator (``_ROLE_INTRODUCERS``) with no clause before it. Other
    words before it (a preposition, a verb) make it the end of a phrase or a clause of its own, and the name opens the
    next clause ("after he was fired from the Trump campaign, Politico reported")."""
    reach = max(floor, comma - _DESCRIPTION_REACH)
    opening = reach
    for found in _SEGMENT_OPENING_RE.finditer(text, reach, comma):
        opening = found.end()
    if opening == reach and reach > floor:
        return False  # no noun phrase before a name runs so long
    words = [word.lower() for word in re.findall(r"[\w’'\-.&]+", text[opening:comma])]
    first = len(words)  # where the noun phrase ending the segment opens
    while first > 0 and words[first - 1] not in _NOT_IN_DESCRIPTION:
        first -= 1
    if 0 < first < len(words) and words[first - 1] in DETERMINERS:
        first -= 1
    if first == len(words):
        return False
    before = words[:first]
    if before and before[-1] in _ROLE_INTRODUCERS:
        # (not after a clause: "Bush is joining the show as an anchor, NBC announced")
        return not (len(before) > 1 and before[-2] in _COMPARATIVES) and not _CLAUSE_WORDS.intersection(before[:-1])
    return all(word in _SEGMENT_OPENERS for word in before)


_GIVEN_NAMES = word_set("given_names.txt")
_PERSON_OR_UNKNOWN = frozenset({"person", "unknown"})


def _compound_surname(short: NameMention, full: NameMention) -> bool:
    """Whether ``short`` is the compound surname of the person ``full`` names: its two or more words the last
    words of the fuller name, the first no given name ("Eskelsen García" after "NEA President Lily Eskelsen
    García", "Wasserman Schultz" after "Debbie Wasserman Schultz": US news calls a person with a two-word
    surname by both words, and so with a particle first, "Van Hollen" after "Sen. Chris Van Hollen", though "van" is in
    the given names' list; "Paul Jones" after "John Paul Jones" is another person's given name and surname)."""
    words = [part.lower() for part in short.parts]
    fuller = [part.lower() for part in full.parts]
    return (
        len(words) >= 2 and len(fuller) > len(words) and fuller[-len(words):] == words
        and (words[0] not in _GIVEN_NAMES or words[0] in name_particles()) and "person" in (short.kind, full.kind)
        and {short.kind, full.kind} <= _PERSON_OR_UNKNOWN
    )


def _fullness(mention: NameMention) -> tuple[int, int]:
    return (len(mention.parts), len(mention.text))


def _index_words(mention: NameMention) -> tuple[str, ...]:
    """The words under which the registry files a name, so that only names that can be one
    entity (``same_entity``: same key, surname, first part or acronym) are compared."""
    words = mention.key.split()
    found = (mention.key, words[0], words[-1]) if words else (mention.key,)
    return (*found, mention.acronym.lower()) if mention.acronym else found


def _match_keys(mention: NameMention) -> tuple[frozenset[str], frozenset[str]]:
    """The keys to file ``mention`` under and to look it up by, for the names it can join (``same_entity_keys``,
    and ``_compound_surname``'s last two words of a fuller name), so that ``EntityRegistry._matching`` compares a
    name with the few entities it may be, not with every one filed under a common first word ("Jane")."""
    filed, looked_up = same_entity_keys(mention)
    words = [part.lower() for part in mention.parts]
    if len(words) >= 3:
        filed |= {f"compound {' '.join(words[-2:])}"}
    if len(words) >= 2:
        looked_up |= {f"compound {' '.join(words[-2:])}"}
    return filed, looked_up


class EntityRegistry:
    """Names found in the narrator's text, merged so that "Mr. Liang" is "Liang Wenfeng"."""

    def __init__(self, article: Article, marks: QuoteMarks, names: ArticleNames | None = None):
        self.article = article
        self.text = article.text
        self.names = names if names is not None else ArticleNames(article.text)
        self.entities: list[Entity] = []
        self.occurrences: list[tuple[int, int, Entity, bool]] = []  # start, end, entity, sentence subject
        self.starts: list[int] = []  # occurrence starts, for bisect
        # see _index_words: each entity under a word in the order filed, by its id (an Entity compares by value, slowly)
        self._by_word: dict[str, dict[int, tuple[int, Entity]]] = {}
        self._by_match_key: dict[str, dict[int, Entity]] = {}  # see _match_keys
        self._scan(marks)

    @cached_property
    def words_before_last(self) -> frozenset[str]:
        """The words, in lower case, that stand before the last word of a name of several words ("paul" of "Paul
        Smith"), read once: each quote's speaker reading every name mention again was quadratic in an article's
        quotes and names."""
        return frozenset(part.lower() for m in self.names.mentions if len(m.parts) > 1 for part in m.parts[:-1])

    def _lone_openers(self, marks: QuoteMarks) -> list[NameMention]:
        """Names alone at a sentence's start that the finder leaves out as possible openers: an
        item of a list the text never writes in lower case ("- Zhipu: The startup launched ..."),
        a surname written first before an apposition ("You, the university employee, ...")."""
        found = []
        text = self.text
        covered = {m.start for m in self.names.mentions}
        for sentence in self.article.sentences:
            words = tokens(text, sentence.start, min(sentence.end, sentence.start + 60))
            if not words or sentence.is_heading or words[0].start in covered or marks.encloses(words[0].start):
                continue
            start, end, word = words[0]
            # "You, the university employee, is watching": a surname written first in "You Tianlong", before an apposition
            resumed = word.lower() in self.names.first_parts and text.startswith((", the ", ", a ", ", an "), end)
            # "- Zhipu: The startup launched ...": an item of a list, named before a colon
            listed = text[end:end + 1] == ":" and text[sentence.start:start].strip(" \n") in ("-", "–", "—", "•", "*")
            if text[sentence.start:start].strip("-–—•* \n") or not (resumed or (listed and self.names.lone_name(word))):
                continue
            if len(words) > 1 and words[1].start == end + 1 and words[1].text[:1].isupper():
                continue  # the first of several capitalised words: the finder's decision stands
            found.append(NameMention(start, end, word, word.lower(), "unknown", "opener never written in lower case", (word,)))
        return found

    def _scan(self, marks: QuoteMarks) -> None:
        article = self.article
        mentions = sorted([*self.names.mentions, *self._lone_openers(marks)], key=lambda m: (m.start, m.end))
        running: list[Entity] = []  # people whose campaign the article names, candidates
        for mention in mentions:
            if mention.kind == "place" or marks.encloses(mention.start):
                continue
            sentence = article.sentence_at(mention.start)
            if sentence is None or sentence.is_heading:
                continue
            name = speaker_name(self.text, mention)
            opening = not self.text[sentence.start:mention.start].strip(" “”\"‘-–—•*")
            entity = self._entity_for(mention, name.text, name.start, opening)
            if name.gender and not entity.gender:
                entity.gender = name.gender
            if mention.honorific or mention.party:
                entity.kind = entity.kind or "person"
            elif mention.kind in _KINDS and not entity.kind:
                entity.kind = mention.kind
            entity.mentions.append(name.start)
            before = self.text[sentence.start:name.start]
            # near the sentence's start, before any comma, and not the object of a preposition
            # ("During an interview with Sean Hannity, Donald Trump said ...")
            subject = name.start - sentence.start < 40 and "," not in before and not _OBJECT_BEFORE_RE.search(before)
            self.occurrences.append((name.start, mention.end, entity, subject and not mention.possessive))
            self._learn_role(entity, mention.title_span[0] if mention.title_span else name.start, mention.end, name.role)
            if _CANDIDACY_RE.match(self.text, mention.end):
                running.append(entity)
        day = article.reference_date
        for entity in running:
            if is_person(entity) and not (day and any(official.since is not None for official in officials_named(entity.name, day))):
                # read last, so that an office the article gives wins a tie ("Sen. Bernie Sanders" and "the Sanders
                # campaign": a senator), and a former office loses ("former secretary of State Hillary Clinton"); in a
                # dated article a sitting member of Congress or president by the officeholders' list (first year known
                # and passed: Ted Cruz in 2016, Donald Trump in 2018) holds office while running, a government source
                # (an undated article's latest year is too rough for that: "the 2017 budget" in a story of 2016)
                entity.add_roles(["candidate"])
        self._learn_company_lists()
        self.starts = [o[0] for o in self.occurrences]

    def _entity_for(self, mention: NameMention, name: str, position: int, opening: bool) -> Entity:
        """The entity ``mention`` names: one it can be (the nearest when several share a
        surname), grown to the fuller name; else a new one. A fuller form opening a sentence
        with no given name or title grows nothing ("Take DeepSeek's team for instance")."""
        found = self._matching(mention, position)
        # the word for a relative may stand before the title ("whose husband, Navy SEAL Ty Woods")
        kin = bool(mention.given) and (kin_before(self.text, position) or (mention.title_span is not None and kin_before(self.text, mention.title_span[0])))
        if found is not None and kin and len(found.names[0].parts) == 1 and known_by_office(found):
            # "President Biden" met by surname and title, then "first lady Jill Biden": the relative
            # named in full is another person, not the fuller name of the one met before
            found = None
        if found is None:
            found = Entity(name, tuple(name.lower().split()), kin=kin)
            self.entities.append(found)
        elif _fullness(mention) > _fullness(found.names[0]) and not (opening and mention.evidence != "given name" and not mention.title):
            found.name, found.tokens = name, tuple(name.lower().split())
        if all(known.key != mention.key for known in found.names):
            found.names.append(mention)
            found.names.sort(key=_fullness, reverse=True)
            for word in _index_words(mention):
                bucket = self._by_word.setdefault(word, {})
                bucket.setdefault(id(found), (len(bucket), found))
            for key in _match_keys(mention)[0]:
                self._by_match_key.setdefault(key, {})[id(found)] = found
        return found

    def _candidates(self, mention: NameMention) -> list[Entity]:
        """The entities filed under a word of ``mention`` (``_index_words``), in the order of its words and, under
        one word, in the order filed; only those filed under a key it is looked up by too (``_match_keys``), which
        are the only ones it may join: reading every entity under a first name was quadratic in the people named."""
        words = _index_words(mention)
        possible: dict[int, Entity] = {}
        for key in _match_keys(mention)[1]:
            possible.update(self._by_match_key.get(key, {}))
        ranked = []
        for ident, entity in possible.items():
            rank = next(((i, bucket[ident][0]) for i, word in enumerate(words) if ident in (bucket := self._by_word.get(word, {}))), None)
            if rank is not None:
                ranked.append((rank, entity))
        return [entity for _rank, entity in sorted(ranked, key=lambda item: item[0])]

    def _matching(self, mention: NameMention, position: int) -> Entity | None:
        best: tuple[tuple[bool, bool, int, int], Entity] | None = None
        for entity in self._candidates(mention):
            # its fullest forms only: a short form is no bridge to another person ("Biden" after "Joe
            # Biden" does not join "Naomi Biden")
            known = [k for k in entity.names if len(k.parts) == len(entity.names[0].parts)]
            if entity.kind in _KINDS:
                # what the article said of the entity ("Liang Wenfeng, the founder of ...") tells
                # the name finder's unknown kind
                known = [replace(k, kind=entity.kind) if k.kind == "unknown" else k for k in known]
            if any(same_entity(k, mention) or _compound_surname(mention, k) for k in known):
                if entity.names[0].key == mention.key:
                    return entity
                # the one the text already calls by this form ("Biden" for President Joe Biden, not for
                # Jill Biden named since), else one not first named as another's relative ("Dorothy Woods,
                # whose husband, Navy SEAL Ty Woods, ...": "Woods said" is hers), else the one named nearest
                # before, else (in the title) the one named most often
                called = any(k.key == mention.key for k in entity.names)
                before = bisect.bisect_right(entity.mentions, position)
                nearest = entity.mentions[before - 1] if before else -1
                rank = (called, not entity.kin, nearest, len(entity.mentions))
                if best is None or rank > best[0]:
                    best = (rank, entity)
        return best[1] if best else None

    def _learn_role(self, entity: Entity, start: int, end: int, title: str) -> None:
        """Role from the words around a name: "NAME, a ROLE," (an age may come first: "NAME, 49, a ROLE,") /
        "ROLE NAME" / "the ROLE, NAME,"."""
        text = self.text
        sentence = self.article.sentence_at(start)
        if sentence is None:
            return
        after = text[end:sentence.end]
        former = _FORMER_BEFORE_RE.search(text, max(sentence.start, start - 12), start) if title else None
        if former is not None:
            # "praising former Florida Gov. Jeb Bush": the name finder's title leaves out "former", an office no longer held
            title = former.group() + title
        m = re.match(
            r"(?:’s|'s)?(?:,\s*\d{1,3}(?=,))?,\s+((?:an?|the)\s+[^,;.“”\"—–]{2,120}?|who\s[^,;“”\"]{2,160}?|(?:[\w\-]+\s+){0,3}[a-z][\w\-]*\s+(?:of|at)\s[^,;.“”\"]{2,120}?"
            + _POSSESSIVE_APPOSITION
            + r")(?:,|\.|;|$| said| says| wrote| told|\s+and\s+\w+\s+[“\"]|\s[—–]\s)",
            after,
        )
        if m is None:
            # "One is Sandra Ripert, a real estate agent today who was a Bear Stearns assistant 25 years ago and ...": an
            # apposition too long to read whole is the noun phrase before its relative clause
            m = _LONG_APPOSITION_RE.match(after)
        role = re.sub(r"^(?:an?|the)\s+", "", m.group(1)).strip() if m else ""
        epithet = _epithet(role, text[max(sentence.start, start - 60):start])
        if epithet and epithet not in entity.epithets:
            entity.epithets.append(epithet)
        if role.startswith("who") and refuses_comment(role):
            role = ""  # "Tom Reyes, who did not respond to a request for comment": a voice sought, no role of his
        if role and not role.startswith("who"):
            words = {w.lower() for w in re.findall(r"[\w\-]+", role)}
            # "According to Zeng, the success should ...": a clause, not an apposition
            possessive = _POSSESSIVE_RE.match(m.group(1)) is not None  # no article before it
            last = role.split()[-1]
            if possessive and after[m.end(1):m.end(1) + 1] == "." and last.istitle() and (last.lower(),) in titles():
                role = ""  # "Government Executive, Florida’s own Sen. Rick Scott, ...": a title cut before its name, a new subject
            if words & NOT_IN_NOUN_PHRASE or not (mentions_role(role) or (possessive and _STAFF_RE.search(role))):
                role = ""
            elif possessive and entity.kind == "person" and not _possessed_person(m.group(1)):
                role = ""  # "Dan Korvel, his campaign in tatters, ...": an absolute phrase, no role of his
            elif possessive and any((word := role_word(w)) is not None and word.kind == "group" for w in words):
                role = ""  # "Donald Trump, his family members and advisers,": a list of people, no apposition
        before = text[max(sentence.start, start - 80):start]
        premod, premod_kind = "", ""
        # an apposition closes with a comma after the name: in "The tip went to the director of the FBI, Dana Roe
        # told reporters" the role ends a clause and the name opens the next
        body_role = _ROLE_OF_BODY_BEFORE_RE.search(text, max(sentence.start, start - 140), start) if after.startswith(",") else None
        if body_role is not None:
            # the head names a role ("secretary") or an office of titles.csv ("director"); a plural head is a group
            # the name is one of, no role of it, and any other noun no role at all ("On the debate stage here at the
            # University of Miami, Donald Trump")
            phrase = body_role.group(1)
            head_word = body_role.group("head").lower()
            head = role_word(head_word)
            office = titles().get((head_word,))
            if (head is not None and head.kind != "group") or (head is None and office is not None and office.type == "office"):
                premod, premod_kind = phrase, head.kind if head is not None else "person"
        pm = None if premod else re.search(r"(?<![\w’'\-])((?:[\w’'\-]+\s+){0,3}?[a-z][\w\-]*)\s*,?\s*$", before)
        comma = start - (len(before) - len(before.rstrip())) - 1  # the comma before the name, if the name follows one
        if pm and before.rstrip().endswith(",") and not _APPOSITION_CLOSE_RE.match(after) and not (
            _description_opens_clause(text, sentence.start, comma) or _ONE_OF_RE.search(before)
        ):
            # "the ROLE, NAME said": a name that opens a clause takes the words before its comma as its role only when
            # they are a noun phrase opening the clause too ("One of his advisers, Tad Devine said"), not the end of a
            # phrase or a clause of their own
            pm = None
        if pm:
            words_before = pm.group(1).split()
            head = role_word(words_before[-1].lower()) if words_before else None
            if head is None and len(words_before) >= 2 and words_before[-1].lower() not in PREPOSITIONS:
                # "first lady Jill Biden": a role of two words; one ending in a preposition ("analyst at PitchBook",
                # "strategist at Jefferies") is the role of the person before the body named after it
                head = role_word(" ".join(words_before[-2:]).lower())
            # "One of his advisers, Tad Devine, said": one of a group, a person of its role
            one_of = head is not None and head.kind == "group" and _ONE_OF_RE.search(before) is not None
            if head is not None and (head.kind != "group" or one_of):  # "Unlike larger tech companies, DeepSeek" is no role
                # "the recent transformation of tech giant Alibaba": the role starts after "of"
                premod = _role_after_preposition(pm.group(1))
                premod_kind = "person" if one_of else head.kind  # "Fox News anchor Megyn Kelly": the last word heads the role, a person
        # the words before the name are its own right before it, or before a comma when an apposition closes after the name
        # ("His wife, Jane Roe, said", "said his wife, Jane Roe."); else they may end a phrase of their own ("Unlike her
        # husband, Jane Sanders said"), whose gender is someone else's
        across_comma = before.rstrip().endswith(",")
        pm_of_name = pm if pm and (not across_comma or _APPOSITION_CLOSE_RE.match(after)) else None
        # "Huckabee spokeswoman Alice Stewart", "the actress Pat Roe", "who lost her daughter Jessica Roe": a head noun right
        # before the name that states a gender (lexicons/gendered_nouns.csv) gives it, though no role the lexicon knows
        gender_before = described_gender(pm_of_name.group(1).split()[-1]) if pm_of_name else ""
        listed = self._listed_role(pm.group(1) if pm and not across_comma else "", start, end, sentence.start)
        if listed:
            entity.add_roles([listed])
        aged_here = re.match(r",\s*\d{1,3},(?!\s*\d{4})", after) is not None  # not a date: "Sept, 26, 2014"
        if aged_here or re.search(r"\b\d{1,3}-year-old\s+(?:[\w’'\-]+\s+){0,3}$", before):
            entity.aged = True
        if not entity.kind and len(entity.tokens) == 1 and (aged_here or _relative_of(text, end)):
            # "Groberg, 33, opened up", "Garcia's kids", "Ali's younger brother": an age or a relative is a person's
            entity.kind = "person"
        # "George Zornick of The Nation": the body a person writes or works for,
        # when the role lexicon knows it (a place after "of" is where the person is from, not a role)
        affiliation = ""
        am = _AFFILIATION_RE.match(text, end, sentence.end)
        category, kind = categorize(am.group(1)) if am else ("", "")
        if category and kind != "person":  # "of Witness at the Border" is no witness
            # the sentence's full stop is no part of the name ("of the National Retail Federation."; "U.S." keeps its own)
            body = am.group(1)[:-1] if am.group(1).endswith(".") and not re.search(r"\b[A-Z]\.$", am.group(1)) else am.group(1)
            affiliation = f"of {body}"
        if not affiliation and not premod and not title and not _PRODUCT_AFTER_RE.match(text, end, sentence.end):
            # not a name that modifies the body's programme after it ("CNN's Dana Whitfield town hall")
            affiliation = self._body_possessive(start, sentence.start)
        self._learn_outlet(entity, before, end, sentence.end)
        # an appositive noun phrase or a role word before the name says more than a relative clause
        ordered = [x for x in map(clean_role, (premod, title, role, affiliation) if role.startswith("who") else (role, premod, title, affiliation)) if x]
        if not entity.role and ordered:
            entity.role = ordered[0]
        if not entity.gender:
            premod_of_name = premod if pm_of_name or not pm else ""  # "Unlike her husband, Jane Sanders said": not male
            entity.gender = next((g for g in (role_gender(x) for x in (role, premod_of_name)) if g), "") or gender_before
        entity.add_roles(role_for_category(x) for x in ordered)
        kind = next((k for k in (premod_kind if premod and x == clean_role(premod) else role_kind(x) for x in ordered) if k), "")
        if kind != "person" and role and len(entity.tokens) == 1 and _WHO_RE.search(m.group(0)):
            # "Rihanna, who was honored ...,", "Bob, a former Army medic who spent 32 years with the agency,": "who"
            # stands for a person, even where the clause or the noun it follows names no role the lexicon knows, or
            # names a body as a modifier ("Army")
            kind = "person"
        if kind in ("person", "organization") and not entity.kind:
            entity.kind = kind

    def _body_possessive(self, start: int, sentence_start: int) -> str:
        """The body the role lexicon knows whose possessive stands right before a name at ``start`` ("CNN" of "in an
        interview with CNN's Gloria Borger", "network" of "the network's Chris Wallace"), as written; else "".
        A person's possessive ("Clinton's Huma Abedin", "his wife's") names whom the person serves or is kin to."""
        found = _BODY_POSSESSIVE_BEFORE_RE.search(self.text, max(sentence_start, start - 60), start)
        if found is None or categorize(found.group(1))[1] != "organization":
            return ""
        return found.group(1)  # "Fox News", as a role reads, not "Fox News’"

    def _listed_role(self, words_before: str, start: int, end: int, sentence_start: int) -> str:
        """The plural role a list of names opens ("Republican presidential candidates Ben Carson and Chris Christie"),
        for the name from ``start`` to ``end``: the words right before it (``words_before``) when the list goes on
        after it, else the words before the names listed before it; "" when the name is in no such list, or the
        plural is no role word of a group ("Unlike larger tech companies, DeepSeek" is set off by a comma)."""
        if words_before and _LIST_GOES_ON_RE.match(self.text, end):
            phrase = words_before
        else:
            before = self.text[max(sentence_start, start - 200):start]
            if not before.endswith((", ", " and ")):
                return ""
            found = _LISTED_BEFORE_RE.search(before)
            phrase = found.group(1) if found else ""
        head = role_word(phrase.split()[-1].lower()) if phrase else None
        if head is None or head.kind != "group" or head.phrase in _QUANTIFIERS:
            return ""  # "many Democrats and Republicans": a quantifier of the names, no role of them
        return _role_after_preposition(phrase)

    def _learn_outlet(self, entity: Entity, before: str, end: int, sentence_end: int) -> None:
        """A person named with the news outlet they write in ("NAME, writing in The New York Times,", "NAME
        wrote in the Global Times", "wrote NAME in The Guardian") is a source of that outlet's kind, unless
        nothing else is learnt of them: a journalist or a columnist (an officeholder's op-ed is an
        officeholder's: a US federal office, ever held, keeps its own kind)."""
        found = _WRITES_IN_RE.match(self.text, end, sentence_end)
        if found is None and _WRITES_BEFORE_RE.search(before):
            found = _IN_OUTLET_RE.match(self.text, end, sentence_end)
        if found is None or entity.category:
            return
        category = categorize(found.group(1).rstrip("."))[0]
        if category in ("media", "state_media") and not officials_named(entity.name, None):
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

    def resolve_name(self, name: str, position: int, mention: NameMention | None = None) -> Entity | None:
        """The entity the name ``name`` (the finder's ``mention`` of it, when known) means at
        ``position``: one it can name (the nearest when several share a surname), else an
        entity holding all its words."""
        index = bisect.bisect_left(self.starts, position)
        if index < len(self.starts) and self.starts[index] == position:
            return self.occurrences[index][2]  # a name the registry has read here
        if mention is None:
            # the name written at ``position`` (after a title or honorific, when one opens it)
            mention = next((m for m in self.names.within(position, position + len(name) + 40) if m.text == name), None)
        if mention is not None:
            found = self._matching(mention, position)
            if found is not None:
                return found
        tokens = tuple(strip_possessive(name).lower().split())
        for entity in self.entities:
            if entity.tokens == tokens:
                return entity
        for entity in self.entities:
            if len(tokens) > 1 and set(tokens) <= set(entity.tokens):
                return entity
        if len(tokens) == 1:
            # "said Cuban", "Read said": a surname the finder could not read alone (a demonym, a verb),
            # of a person the article names in full; the nearest when several bear it
            bearers = [e for e in self.entities if e.names and e.names[0].surname == tokens[0] and len(e.names[0].parts) > 1 and is_person(e)]
            if bearers:
                return max(bearers, key=lambda e: (max((m for m in e.mentions if m <= position), default=-1), len(e.mentions)))
        return None

    def people_before(self, position: int) -> list[tuple[int, Entity, bool, bool, bool]]:
        """The people named before ``position`` (within ``ANTECEDENT_WINDOW`` characters), the
        nearest first, as (where, entity, whether that name is the subject of its sentence,
        whether it is a possessive: "Trump's plan", whether it modifies the noun after it: "the
        Obama administration")."""
        found = []
        index = bisect.bisect_left(self.starts, position)
        while index > 0:
            index -= 1
            start, end, entity, subject = self.occurrences[index]
            if position - start > ANTECEDENT_WINDOW:
                break
            if is_person(entity):
                found.append((start, entity, subject, self._embedded_possessor(end), self._modifier(start, end)))
        return found

    def person_of_age(self, age: str, position: int) -> Entity | None:
        """The person named nearest before ``position`` (within ``ANTECEDENT_WINDOW``) whom the
        article gives the age ``age``: "John Doe, 43,", "John Doe, a 43-year-old nurse," or "a
        43-year-old ... John Doe"."""
        index = bisect.bisect_left(self.starts, position)
        after = re.compile(rf",\s*(?:{age}\b|an?\s+{age}-year-old\b)")
        before = re.compile(rf"\b{age}-year-old\s+(?:[\w’'\-]+\s+){{0,3}}$")
        while index > 0:
            index -= 1
            start, end, entity, _subject = self.occurrences[index]
            if position - start > ANTECEDENT_WINDOW:
                break
            if is_person(entity) and (after.match(self.text, end) or before.search(self.text, max(0, start - 60), start)):
                return entity
        return None

    @cached_property
    def bearers_of_surname(self) -> Mapping[str, tuple[Entity, ...]]:
        """The named entities by the surname of their fullest name (``NameMention.surname``), each in the registry's
        order; read once, when the quotes are built from the resolved speakers (``principals.family_category``): each
        speaker reading every entity again was quadratic in the people of an article."""
        found: dict[str, list[Entity]] = {}
        for entity in self.entities:
            if entity.names:
                found.setdefault(entity.names[0].surname, []).append(entity)
        return MappingProxyType({surname: tuple(bearers) for surname, bearers in found.items()})

    def written_after_the(self, entity: Entity) -> bool:
        """Whether the article writes a name of ``entity`` after "the" as a noun phrase of its own ("The Oregonian
        reported", "as The Hill reported"), not as a modifier of the noun after it ("the Sanders campaign")."""
        return id(entity) in self._written_after_the

    @cached_property
    def _written_after_the(self) -> frozenset[int]:
        """The entities (by identity) ``written_after_the`` holds for, read once after ``_scan``: reading every
        occurrence at each speaker was quadratic in an article's names and quotes."""
        return frozenset(id(e) for start, end, e, _s in self.occurrences if the_before(self.text, start) and not self._modifier(start, end))

    def _modifier(self, start: int, end: int) -> bool:
        """Whether the name at ``text[start:end]`` modifies the noun after it ("the Obama administration")."""
        return _ARTICLE_BEFORE_RE.search(self.text, max(0, start - 4), start) is not None and _NOUN_AFTER_RE.match(self.text, end) is not None

    def _embedded_possessor(self, end: int) -> bool:
        """Whether the name ending at ``end`` is a possessor ("Trump's plan"), not the author of
        what it possesses ("Roberts' opinion", "Weisselberg's three days of testimony")."""
        if not self.text.startswith(("’s", "'s", "’ ", "' "), end):
            return False
        m = _POSSESSED_RE.match(self.text, end)
        return m is None or not authored_nouns("authored").intersection(m.group(1).lower().split())

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
