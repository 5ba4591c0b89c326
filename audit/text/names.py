"""Proper-name mentions: people, organisations, places and groups, with offsets into the text.

``find_names(text)`` returns every name mention of ``text`` as a ``NameMention``: the
span of the name alone, its canonical ``key``, a rule-based ``kind`` with the
``evidence`` for it, and what news writes around a name kept apart as attributes:
the title or honorific before it ("Senate Majority Leader", "Sen.", "Mr."), a
party-and-state tag after it ("D-Calif.", "(D., N.Y.)"), "of Delaware", an acronym
introduced in parentheses ("(ACLU)") and a possessive "'s".

Method: the capitalisation heuristics of knowledge-light named-entity finders
(Mikheev 1999, "A knowledge-free method for capitalized word disambiguation";
Mikheev, Moens & Grover 1999, "Named Entity Recognition without Gazetteers"):

1. Candidates are runs of capitalised words, joined by single spaces and by
   inner words of names ("of", "for", "and", "the", "on", particles such as "al",
   "de", "van"), found by one regular expression over the text.
2. A run is cut at sentence ends (a full stop after a word that is not an
   abbreviation or an initial), possessives, dates ("Sept.", "Monday"), words
   naming things ("AI", "GDP"), datelines ("WASHINGTON —", "LOS ANGELES (AP) —"),
   party-and-state tags and shouted words (all capitals, six letters or more, as in
   headings).
3. A word capitalised only because it opens a sentence, a quotation or a
   title-case heading is dropped when it is a function word, a sentence adverb
   ("Likewise", "However", ``lexicons/name_words.csv``) or a word the same text
   also writes in lower case and never capitalises mid-sentence (document-centred
   disambiguation, Mikheev 1999).
4. Inner words are kept only where names have them: "of" after an office or an
   organisation word ("Secretary of State", "Bank of America"), but "of" before a
   place after a person is an attribute ("Chris Coons of Delaware"); "and" inside
   an "of" complement ("Department of Health and Human Services") or when an
   acronym in parentheses spells the whole run.
5. Titles are split after the last office word of the run (``lexicons/titles.csv``),
   with its "of ..." complement up to the given name ("Director of National
   Intelligence James Clapper"; with no given name, a last word the text capitalises only
   inside longer names is no surname: "the Director of National Intelligence" is an office
   alone); leading demonyms and party adjectives before a
   person become part of the title ("Chinese President Xi Jinping"). A role or office word capitalised
   right before a given name and a surname ending the run ends a title too, with the organisation
   written before it ("NBC News Senior Investigative Correspondent Cynthia McFadden", "Navy SEAL Chris
   Kyle", "Orlando Mayor Buddy Dyer"; ``_role_end``).
6. The kind: a title, honorific or party tag makes a person; a name of
   ``lexicons/places.csv`` a place (GeoNames); a last word of the group list a group
   ("Senate Democrats"); an organisation word, an acronym or a newspaper's nameplate ("Des Moines
   Register", "Pittsburgh Post-Gazette", ``newspaper_name``) an organisation; a
   last word naming an event, a law, a programme or a prize a thing, never a person
   ("Values Voter Summit", "Pell Grants", "Affordable Care Act"; a given name and
   one such word is still a person: "Kristen Day", "Ulysses Grant"); a
   first word in ``lexicons/given_names.txt`` (US Census 1990) a person. Within one
   text, a short form takes the kind of the full name it shortens ("Clinton"
   after "Hillary Clinton") and an acronym that of the name it abbreviates.

``same_entity(a, b)`` says whether two mentions can name one entity (same key;
same surname with compatible given names or initials; an acronym and the name it
was introduced for; a company with and without its corporate suffix), so that
every lens canonicalises names alike.

We did not use ``nameparser`` (PyPI): it parses one given name string, does not
find names in running text, takes about 0.7 ms per name, and reads "House Speaker
Paul Ryan" as first name "House" and "Senate Majority Leader Mitch McConnell" as
first name "Senate", where this finder splits the title.
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lexicons import data_lines, word_set, words_for_use
from .segment import is_abbreviation, word_before
from .wordlists import Title, alternation, listed_bodies, office_modifiers, platform_names, roles_no_evidence, roles_of, speech_verbs, stopwords, titles

KINDS = ("person", "organization", "place", "group", "thing", "unknown")
ACRONYM_GUESS = "acronym"
"""The evidence of a run of capitals the finder knows nothing else of: read as an organisation, a guess
that any other reading of the same name outweighs ("ACA" is the Affordable Care Act)."""


@dataclass(frozen=True, slots=True)
class NameMention:
    """One proper-name mention: ``text == source[start:end]``, the name without title, tag or possessive.

    ``key`` compares mentions: lower case, dots, possessive and generational suffix
    dropped, acronyms as their letters ("C.I.A." and "CIA" -> ``"cia"``), places
    as their canonical name ("U.S." -> ``"united states"``). ``kind`` is one of
    ``KINDS`` and ``evidence`` says why. ``title`` is the honorific or office
    written before the name ("Sen.", "Senate Majority Leader", "Mr."), at
    ``title_span``; ``gender`` is only what that title says. ``party`` ("D", "R",
    "I") and ``state`` come from a tag after the name at ``tag_span``; ``origin``
    is the place of "of Delaware" at ``origin_span``; ``acronym`` the letters of
    "(ACLU)" written right after it.
    """

    start: int
    end: int
    text: str
    key: str
    kind: str
    evidence: str
    parts: tuple[str, ...] = ()
    title: str = ""
    title_span: tuple[int, int] | None = None
    honorific: str = ""
    gender: str = ""
    party: str = ""
    state: str = ""
    tag_span: tuple[int, int] | None = None
    origin: str = ""
    origin_span: tuple[int, int] | None = None
    acronym: str = ""
    possessive: bool = False

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)`` of the name alone."""
        return self.start, self.end

    @property
    def surname(self) -> str:
        """The last part of a person's name, lower case, without dots or generational suffix ("rice")."""
        parts = _bare_parts(self.parts)
        return parts[-1] if parts else ""

    @property
    def given(self) -> tuple[str, ...]:
        """The parts before the surname, lower case, without dots ("susan", "e")."""
        return _bare_parts(self.parts)[:-1]

    @property
    def person_by_elsewhere(self) -> bool:
        """Whether this full name is a person's only by what the text says of other mentions
        (``_person_elsewhere``): weaker evidence than its own title, given name or tag."""
        return self.kind == "person" and self.evidence.endswith(_ELSEWHERE)


# ---------------------------------------------------------------------------------------------
# Word lists


@dataclass(frozen=True)
class _Lexicon:
    particles: frozenset[str]
    suffixes: frozenset[str]
    org_words: frozenset[str]
    corp_suffixes: frozenset[str]
    group_words: frozenset[str]
    place_heads: frozenset[str]  # "valley", "beach": last words of names of places, unless a given name opens the name
    admin_place_heads: frozenset[str]  # "county", "parish": last words of names of US local governments, places always
    platforms: frozenset[str]  # "twitter", "facebook": social-media platforms, organisations named by one word
    named_days: frozenset[str]  # "super tuesday", "black friday": named days holding a weekday (figure_named_days.txt)
    thing_heads: frozenset[str]  # "summit", "grants", "act": last words of names of events, laws, programmes, prizes
    law_heads: frozenset[str]  # "act", "treaty", "agreement": heads of laws and treaties, things even when they introduce an acronym
    ordinals: frozenset[str]  # "first", "second", ...: ordinal words, part of a name only before an ordinal head
    ordinal_heads: frozenset[str]  # "amendment", "circuit", "district": name words an ordinal opens ("Second Amendment")
    possessors: frozenset[str]  # "women", "children": plural nouns for people that a name holds in the possessive
    not_names: frozenset[str]  # dates and terms: never a name nor part of one
    terms: frozenset[str]  # "ai", "gdp": words naming things
    date_abbreviations: frozenset[str]  # "sun", "jan", "sept": dates only with a dot or a day number
    dates: frozenset[str]  # months, weekdays and time zones ("month", "weekday" and "zone" rows)
    openers: frozenset[str]
    demonyms: frozenset[str]
    given: frozenset[str]
    given_words: frozenset[str]  # "will": function words that are also given names ("said Will Doyle")
    role_words: frozenset[str]  # "correspondent", "mayor", "seal": one-word offices, roles of people and military units, a title's last word before a name
    places: dict[str, str]  # lower-case name -> canonical
    place_kinds: dict[str, str]  # lower-case name -> country | us_state | city | region
    towns: frozenset[str]  # lower-case US cities and towns of us_places.csv: places only where the text reads them so
    states: dict[str, str]  # every spelling of a US state (name, AP, postal; as written) -> state
    offices: dict[tuple[str, ...], Title]
    office_last: frozenset[str]  # last word of each office, for a quick test
    honorifics: frozenset[str]  # "mr", "mrs", "dr": courtesy titles, always followed by a surname
    common: frozenset[str]  # function words and openers: never a name alone
    person_roles: frozenset[tuple[str, ...]]  # "press secretary", "pollster": roles of people, as words (speaker_roles.csv)
    officeholders: frozenset[tuple[str, str]]  # ("barack", "obama"): given name and surname of US officeholders
    bodies: dict[str, str]  # "islamic state": "organization"; the kinds of the aliases of actors.csv
    institutions: frozenset[str]  # "reuters", "goldman sachs", "senate": what speaker_roles.csv says names a body


@lru_cache(maxsize=1)
def _name_words() -> dict[str, frozenset[str]]:
    """The words of ``lexicons/name_words.csv`` by type, lower case."""
    by_type: dict[str, set[str]] = {}
    for number, row in enumerate(csv.DictReader(data_lines("name_words.csv")), start=2):
        word, kind = row["word"].strip().lower(), row["type"].strip()
        if not word or not kind:
            raise ValueError(f"audit/lexicons/name_words.csv row {number}: expected word,type; found {row!r}")
        by_type.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in by_type.items()}


def _abbreviations(words: frozenset[str]) -> frozenset[str]:
    """The words that start a longer one of ``words``: "sept" and "sep" of "september"."""
    return frozenset(w for w in words if any(o != w and o.startswith(w) for o in words))


@dataclass(frozen=True)
class CalendarWords:
    """The month and weekday words of ``lexicons/name_words.csv``, lower case and without their dot:
    written out ("september", "may", "monday") and abbreviated ("sept", "sep", "mon"; a word that starts
    a longer one of its kind). News writes an abbreviation with its dot ("Sept. 12", "Tues.")."""

    months: frozenset[str]
    month_abbreviations: frozenset[str]
    weekdays: frozenset[str]
    weekday_abbreviations: frozenset[str]


@lru_cache(maxsize=1)
def calendar_words() -> CalendarWords:
    """The months and weekdays, with their abbreviations, of ``lexicons/name_words.csv``: the one list
    every lens builds its date patterns from.

    >>> sorted(calendar_words().month_abbreviations)[:3]
    ['apr', 'aug', 'dec']
    """
    by_type = _name_words()
    months, weekdays = by_type.get("month", frozenset()), by_type.get("weekday", frozenset())
    return CalendarWords(
        months=months - _abbreviations(months),
        month_abbreviations=_abbreviations(months),
        weekdays=weekdays - _abbreviations(weekdays),
        weekday_abbreviations=_abbreviations(weekdays),
    )


def name_particles() -> frozenset[str]:
    """The lower-case words inside names that are no given names there ("van" of "Chris Van Hollen", "de" of
    "Bill de Blasio", "al" of "Bashar al-Assad"; the "particle" rows of ``lexicons/name_words.csv``)."""
    return _name_words().get("particle", frozenset())


def name_suffixes() -> frozenset[str]:
    """The suffixes written after a person's name but no part of its key, lower case and without their
    dot ("jr", "sr", "iii", "esq"; the "suffix" rows of ``lexicons/name_words.csv``)."""
    return _name_words().get("suffix", frozenset())


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    by_type = _name_words()
    places, place_kinds = {}, {}
    for row in csv.DictReader(data_lines("places.csv")):
        places[row["name"].strip().lower()] = row["canonical"].strip()
        place_kinds[row["name"].strip().lower()] = row["kind"].strip()
    towns = frozenset(row["name"].strip().lower() for row in csv.DictReader(data_lines("us_places.csv")))
    states = {}
    for row in csv.DictReader(data_lines("us_states.csv")):
        for form in (row["state"], row["ap"], row["postal"], row["other"]):
            if form.strip():
                states[form.strip()] = row["state"].strip()
    offices = {words: title for words, title in titles().items()}
    dates = by_type.get("month", frozenset()) | by_type.get("weekday", frozenset()) | by_type.get("zone", frozenset())
    terms = by_type.get("term", frozenset())
    offices_named = sorted(word for word in terms if (word,) in titles())
    if offices_named:
        raise ValueError(f"audit/lexicons/name_words.csv: offices of titles.csv cannot be terms (they open a title): {offices_named}")
    openers = frozenset(by_type.get("opener", ()))
    return _Lexicon(
        particles=name_particles(),
        suffixes=name_suffixes(),
        org_words=frozenset(by_type.get("org", ())),
        corp_suffixes=frozenset(by_type.get("corp_suffix", ())),
        group_words=frozenset(by_type.get("group", ())),
        place_heads=frozenset(by_type.get("place_head", ())),
        admin_place_heads=frozenset(by_type.get("admin_place_head", ())),
        platforms=platform_names(),
        named_days=word_set("figure_named_days.txt"),
        thing_heads=frozenset(by_type.get("thing", ())) | frozenset(by_type.get("law", ())),
        law_heads=frozenset(by_type.get("law", ())),
        ordinals=frozenset(by_type.get("ordinal", ())),
        ordinal_heads=frozenset(by_type.get("ordinal_head", ())),
        possessors=frozenset(by_type.get("possessor", ())),
        not_names=dates | by_type.get("holiday", frozenset()) | terms,
        terms=terms,
        date_abbreviations=_abbreviations(dates),
        dates=dates,
        openers=openers,
        demonyms=word_set("demonyms.txt"),
        given=word_set("given_names.txt"),
        given_words=frozenset(by_type.get("given_word", ())),
        role_words=_role_words(offices, by_type.get("unit", frozenset())),
        places=places,
        place_kinds=place_kinds,
        towns=towns,
        states=states,
        offices=offices,
        office_last=frozenset(words[-1] for words in offices),
        honorifics=frozenset(words[0] for words, title in offices.items() if title.type == "honorific" and len(words) == 1),
        common=(stopwords() | openers) - {words[0] for words in offices if len(words) == 1},
        person_roles=roles_of("person") - roles_no_evidence(),
        officeholders=_officeholders(),
        bodies=_bodies(),
        institutions=listed_bodies(),
    )


def _role_words(offices: dict[tuple[str, ...], Title], units: frozenset[str]) -> frozenset[str]:
    """The words that end a title written before a person's name: the one-word offices of ``titles.csv`` but the
    honorifics, the one-word roles of people of ``speaker_roles.csv`` ("correspondent", "pastor"; not those that
    say nothing of a person, ``roles_no_evidence.txt``) and the military units of ``name_words.csv`` ("seal")."""
    one_word_offices = {words[0] for words, title in offices.items() if len(words) == 1 and title.type != "honorific"}
    roles = {words[0] for words in roles_of("person") - roles_no_evidence() if len(words) == 1}
    return frozenset(one_word_offices | roles | units)


_ACTOR_KINDS = {"institution": "organization", "party": "organization", "organization": "organization", "group": "group", "country": "place", "region": "place", "territory": "place", "law": "thing"}


def _bodies() -> dict[str, str]:
    """The aliases of ``actors.csv`` (lower case, without dots), each with the kind of name it is: governments,
    agencies, armed forces, international bodies and designated terrorist organisations that no word of
    their name says are bodies ("Islamic State", "Treasury", "Hamas", "Al Qaeda", whose "Al" is a given name)."""
    found: dict[str, str] = {}
    for row in csv.DictReader(data_lines("actors.csv")):
        kind = _ACTOR_KINDS.get(row["kind"].strip())
        if kind:
            found.setdefault(row["alias"].replace(".", "").strip().lower(), kind)
    return found


def _officeholders() -> frozenset[tuple[str, str]]:
    """(given name, surname), lower case, of every row of ``us_officials.csv`` (members of Congress,
    presidents and vice presidents born in 1900 or later, each way news writes the given name) and
    ``us_governors.csv`` (governors since 1990): US political news names them without a title as
    often as with one ("Barack Obama", "Jeb Bush", "Mitt Romney"), and many of their given names are
    not in the 1990 census list."""
    officials, governors = _officeholder_rows()
    return frozenset((row["given"].strip().lower(), row["surname"].strip().lower()) for row in (*officials, *governors) if row["given"].strip() and row["surname"].strip())


@lru_cache(maxsize=1)
def _officeholder_rows() -> tuple[tuple[dict[str, str], ...], tuple[dict[str, str], ...]]:
    """The rows of ``us_officials.csv`` and of ``us_governors.csv``, read once for this module's two uses."""
    return tuple(csv.DictReader(data_lines("us_officials.csv"))), tuple(csv.DictReader(data_lines("us_governors.csv")))


# ---------------------------------------------------------------------------------------------
# Patterns

# a capitalised word, a particle before one ("al-Assad"), or a brand led by digits ("36Kr", "3M", "01.ai"), not a
# time of day ("11:00AM"); a name may start right after one ("12:57PMJeb Bush" of live blogs whose time
# stamps run into the heading, ``_RUN_RE``)
_CAP = r"(?:(?:al|el|bin|ibn|abu)-[A-Z][\w'’\-]*|[A-Z][\w'’&\-]*(?:\.[A-Z][\w'’&\-]*)*\.?|\d+(?![AaPp][Mm](?![a-z]))(?:[a-z]*[A-Z][\w'’&\-]*|\.[a-z]{2,4}(?![\w\-])))"
# "v." joins the parties of a court case ("Roe v. Wade"); "vs." is left out: news writes it of contests ("Trump vs. Clinton")
_CASE = "v."
CONNECTORS = ("of", "for", "and", "the", "on", "&", _CASE)
"""The inner words of names ("Department of Justice", "Roe v. Wade"); an acronym may skip them ("DOJ", "DHS")."""
# inside a run only, kept after "for" ("Committee for a Responsible Federal Budget"); at a name's edge "A." is an initial
_INNER_ARTICLE = "a"
_CONNECTOR_RE = alternation({*CONNECTORS, _INNER_ARTICLE, "de", "del", "della", "der", "den", "di", "da", "du", "dos", "das", "van", "von", "al", "bin", "ibn", "abu", "el", "la", "le", "ter", "y"})
# an ordinal in figures opening a name ("14th Amendment", "9th Circuit"); kept only before an ordinal head
_ORDINAL_NUMBER = r"\d{1,3}(?:st|nd|rd|th)"
_ORDINAL_NUMBER_RE = re.compile(_ORDINAL_NUMBER)
# a nickname in quote marks between two name words: Thomas “Tip” O’Neill, Yichao “Peak” Ji
_NICKNAME = r"[“\"][A-Z][\w'’\-]*[”\"]"
# a run starts after no word, or after the time prefix of an office ("then-Secretary of State", "ex-Gov.")
_RUN_RE = re.compile(rf"(?:(?<![\w'’\-.&])|(?<=\bthen-)|(?<=\bex-)|(?<=\d[AaPp][Mm]))(?:{_ORDINAL_NUMBER}[ \u00a0](?=[A-Z]))?{_CAP}(?:[ \u00a0](?:(?:{_CONNECTOR_RE})[ \u00a0])*(?:{_NICKNAME}[ \u00a0])?{_CAP})*")
_PIECE_RE = re.compile(r"[^ \u00a0]+")
_LOWER_RE = re.compile(r"(?<![\w'’\-])[a-z][a-z'’\-]*")
# "WASHINGTON —", "LOS ANGELES (AP) —", "WASHINGTON, D.C. --", "NEW YORK (Reuters) -", "WASHINGTON, Dec. 8 (UPI) —"
# at a paragraph's start
_DATELINE_RE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'’\-]+(?:[ ][A-Z][A-Z.'’\-]+)*(?:,[ ][A-Z][A-Za-z.]+(?:[ ](?:[A-Z][A-Za-z.]+|\d{1,2}))?)?"
    r"(?:[ ]*\([A-Za-z][A-Za-z. ]{0,24}\))?[ ]*(?:—|–|--|-|\u2015)",
    re.MULTILINE,
)


def dateline_end(text: str, start: int) -> int:
    """Where the words of a sentence opening at ``start`` begin past a dateline ("WASHINGTON (AP) — "), or ``start``."""
    found = _DATELINE_RE.match(text, start)
    if found is None:
        return start
    end = found.end()
    while end < len(text) and text[end] in " \t\u00a0":
        end += 1
    return end


_ACRONYM_AFTER_RE = re.compile(r"[ \u00a0]*\([ \u00a0]*([A-Z][A-Za-z&.]{1,11})[ \u00a0]*\)")
_LOWER_FUNCTION_RE = re.compile(r"(?<![\w'’])(?:the|of|and|to|in|for|on|with|at|by|from|is|was|that|a|an|as)(?![\w'’])")
_OPENING = frozenset(" \t\u00a0\"“‘'([*•")
_SENTENCE_END = frozenset("\n\r.!?…:;—–-")


@lru_cache(maxsize=1)
def _tag_re() -> re.Pattern[str]:
    """A party-and-state tag: "D-Calif.", "R-Utah", "(D., N.Y.)", "I-Vt.", "R-S.C.", or a party alone in
    parentheses ("Gov. Pat McCrory (R)")."""
    forms = sorted(_lexicon().states, key=lambda s: (-len(s), s))
    states = "|".join(re.escape(form) for form in forms)
    return re.compile(
        rf"(?<![\w.\-])(?P<party>[DRI])(?:(?:[ \u00a0]?[-–][ \u00a0]?|\.,?[ \u00a0]?|,[ \u00a0]?)(?P<state>{states})(?![\w\-])|(?<=\([DRI])(?=\)))"
    )


def party_tag(text: str) -> bool:
    """Whether ``text`` holds a party-and-state tag ("R-Va.", "D-Calif.", "(D., N.Y.)"): how US news
    marks a lawmaker or governor. A party alone ("(R)") does not count: candidates get it too."""
    return any(match.group("state") for match in _tag_re().finditer(text))


# ---------------------------------------------------------------------------------------------
# The finder


@dataclass(frozen=True)
class Vocabulary:
    """What a text (or a set of texts) says about its own words: lower-case forms it writes,
    and capitalised words it writes mid-sentence. A capitalised sentence opener that the
    text also writes in lower case, and never capitalises mid-sentence, is no name."""

    lower: frozenset[str]
    capitalised: frozenset[str]
    inner_only: frozenset[str] = frozenset()  # capitalised mid-sentence only amid longer names ("Commission on Presidential Debates")

    @classmethod
    def of(cls, lower: Iterable[str], capitalised: Iterable[str], leading: Iterable[str]) -> Vocabulary:
        """From the lower-case words, the words capitalised mid-sentence, and those of them that open a name,
        stand alone or are a surname (``_Finder.midsentence_capitals``)."""
        capitalised = frozenset(capitalised)
        return cls(frozenset(lower), capitalised, capitalised - frozenset(leading))


def lower_case_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case (a ``Vocabulary``'s ``lower``), as written.

    >>> sorted(lower_case_words("Then Cuban said the Mavericks’ owner won"))
    ['owner', 'said', 'the', 'won']
    """
    return frozenset(_LOWER_RE.findall(text))


def vocabulary(texts: Iterable[str]) -> Vocabulary:
    """The ``Vocabulary`` of ``texts`` together: pass it to ``find_names`` to read
    several articles of one story alike."""
    lower: set[str] = set()
    capitalised: set[str] = set()
    leading: set[str] = set()
    unread = Vocabulary(frozenset(), frozenset())  # the finder's own vocabulary is not needed here
    for text in texts:
        lower.update(lower_case_words(text))
        found, first = _Finder(text, unread).midsentence_capitals()
        capitalised.update(found)
        leading.update(first)
    return Vocabulary.of(lower, capitalised, leading)


def find_names(text: str, start: int = 0, end: int | None = None, *, vocabulary: Vocabulary | None = None) -> tuple[NameMention, ...]:
    """Every proper-name mention in ``text[start:end]``, in order, as offsets into ``text``.

    ``vocabulary`` defaults to the whole ``text``'s own (see ``Vocabulary``).

    >>> [(m.text, m.kind, m.title) for m in find_names("Senate Majority Leader Mitch McConnell (R-Ky.) said so.")]
    [('Mitch McConnell', 'person', 'Senate Majority Leader')]
    """
    finder = _Finder(text, vocabulary)
    return finder.find(start, len(text) if end is None else end)


@lru_cache(maxsize=4096)
def read_name_alone(name: str) -> NameMention | None:
    """How the finder reads ``name`` written alone mid-sentence ("Then NAME spoke."), with
    offsets into that sentence; None when it reads no name there.

    >>> read_name_alone("U.S.").kind
    'place'
    """
    found = find_names(f"Then {name} spoke.")
    return found[0] if found else None


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    word: str  # as written, without a sentence-final dot or possessive
    lower: str  # lower case, no dots
    connector: bool
    breaks_after: bool = False
    possessive: bool = False
    compound_head: bool = False  # the name before "-based", "-area", "-led": a place, or no name at all


def title_case_line(line: str) -> bool:
    """Whether ``line`` is written in title case, as headlines are ("Jobs Report Gives Democrats A Lift"):
    most words of four letters or more capitalised, no function word in lower case, and a capitalised
    function word after the first word or every word capitalised. A sentence writes its function words
    ("the", "of", "and") in lower case.

    >>> title_case_line("Rand Paul Scores Direct Hit On Donald Trump."), title_case_line("Rand Paul said it was a hit.")
    (True, False)
    """
    # a lower-case function word ("the", "of") rules a heading out: one search in C for most lines
    if not line or len(line) >= 300 or _LOWER_FUNCTION_RE.search(line):
        return False
    function_words = stopwords()
    words = [w.strip("\"“”‘’'(),.:;!?") for w in line.split()]
    words = [w for w in words if w[:1].isalpha()]
    long = [w for w in words if len(w) > 3]
    lower_function = any(w in function_words for w in words)
    capital_function = any(w.lower() in function_words and w[0].isupper() for w in words[1:])
    mostly_capitals = len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.75 * len(long)
    no_lower = len(words) >= 4 and all(w[0].isupper() for w in words)
    return mostly_capitals and not lower_function and (capital_function or no_lower)


class _Finder:
    def __init__(self, text: str, vocab: Vocabulary | None):
        self.text = text
        self.lex = _lexicon()
        self.tags = {m.start(): m for m in _tag_re().finditer(text)}
        self.blocked = self._blocked_spans()
        self.heading_lines = self._title_case_lines()
        self.runs = [(m.start(), m.end(), m.group()) for m in _RUN_RE.finditer(text)]
        self.kinds: dict[tuple[tuple[str, ...], bool, bool, bool, bool], tuple[str, str]] = {}
        self._alone: frozenset[str] | None = None
        if vocab is None:
            vocab = Vocabulary.of(lower_case_words(text), *self.midsentence_capitals())
        self.vocab = vocab

    # -- text-level facts ---------------------------------------------------------------
    def _blocked_spans(self) -> list[tuple[int, int]]:
        """Datelines and tags: no name is read inside them."""
        spans = [m.span() for m in _DATELINE_RE.finditer(self.text)]
        spans.extend(tag.span() for tag in self.tags.values())
        return sorted(spans)

    def _title_case_lines(self) -> list[tuple[int, int]]:
        """Lines written in title case ("Jobs Report Gives Democrats A Lift"): every word there is capitalised."""
        lines = []
        position = 0
        for line in self.text.split("\n"):
            end = position + len(line)
            if title_case_line(line):
                lines.append((position, end))
            position = end + 1
        return lines

    def _in(self, spans: list[tuple[int, int]], position: int) -> bool:
        if not spans:
            return False
        index = bisect_right(spans, (position, len(self.text) + 1)) - 1
        return index >= 0 and spans[index][0] <= position < spans[index][1]

    def midsentence_capitals(self) -> tuple[set[str], set[str]]:
        """Lower-case forms of capitalised words written mid-sentence outside title-case lines, and of
        those among them that open or end their run or stand alone (not only inside a longer name)."""
        found: set[str] = set()
        leading: set[str] = set()
        headings = self.heading_lines
        for start, _end, run in self.runs:
            if headings and self._in(headings, start):
                continue
            opens = self._opens(start)
            pieces = run.split()
            for index, piece in enumerate(pieces):
                if piece[:1].isupper() and not opens and not _capitals(piece.rstrip(".,")):
                    word = piece.rstrip(".").lower().replace("’", "'").removesuffix("'s")
                    found.add(word)
                    if index == 0 or self._surname_after(pieces[index - 1]) or (index + 1 < len(pieces) and pieces[index + 1][:1].islower()):
                        leading.add(word)  # first, or a surname ("Rep. Billy Long of Missouri", "Attorney General Sessions")
                # "... with Obama. Mostly, they": a full stop after a word that is no abbreviation opens a sentence
                bare = piece[:-1]
                opens = piece.endswith(".") and len(bare) > 1 and "." not in bare and not is_abbreviation(bare)
        return found, leading

    def _surname_after(self, piece: str) -> bool:
        """Whether a capitalised word after ``piece`` in a run is a surname: ``piece`` is a given name, an
        initial or an office ("Billy", "J.", "General")."""
        lower = piece.rstrip(".,").lower()
        return lower in self.lex.given or len(lower) == 1 or lower in self.lex.office_last

    def _opens(self, position: int) -> bool:
        """Whether a word at ``position`` opens a sentence, a quotation, a line or a clause after a colon."""
        text = self.text
        i = position - 1
        while i >= 0 and text[i] in _OPENING:
            i -= 1
        if i < 0:
            return True
        if text[i] == ".":
            # "Clinton vs. Trump", "Plessy v. Ferguson": the dot of an abbreviation, which ends no sentence
            # (the sentence splitter's rule)
            if is_abbreviation(word_before(text, i)):
                return False
        return text[i] in _SENTENCE_END

    # -- runs into tokens -----------------------------------------------------------------
    def find(self, start: int, end: int) -> tuple[NameMention, ...]:
        mentions: list[NameMention] = []
        for run_start, run_end, _run in self.runs:
            if run_start < start or run_end > end:
                continue
            for segment in self._segments(run_start, run_end):
                mentions.extend(self._names_in(segment))
        return _resolve(self.text, self._word_surnames(mentions, start, end), self.vocab)

    def _word_surnames(self, mentions: list[NameMention], start: int, end: int) -> list[NameMention]:
        """A person named in full whose surname is also a function word ("Al From", "George Will") is named by
        the surname alone where it stands capitalised right before a verb of saying ("..., From said.", "Will
        wrote"), which the finder otherwise reads as the word."""
        fulls: dict[str, NameMention] = {}
        for m in mentions:
            if m.kind == "person" and len(m.parts) >= 2 and m.parts[-1].lower() in self.lex.common and m.parts[-1][:1].isupper():
                fulls.setdefault(m.parts[-1], m)
        if not fulls:
            return mentions
        taken = sorted((m.start, m.end) for m in mentions)
        added = []
        for word, full in sorted(fulls.items()):
            for match in re.finditer(rf"(?<![\w'’\-.]){re.escape(word)}(?={_WORD_SURNAME_SPEECH})", self.text[start:end]):
                at = start + match.start()
                if self._in(taken, at) or self._in(self.heading_lines, at):
                    continue
                added.append(replace(
                    full, start=at, end=at + len(word), text=word, key=_key(word, self.lex), parts=(word,), evidence=f"surname of {full.text}",
                    title="", title_span=None, honorific="", party="", state="", tag_span=None, origin="", origin_span=None, acronym="", possessive=False,
                ))
        return [*mentions, *added]

    def _tokens(self, start: int, end: int) -> list[_Tok]:
        text = self.text
        lex = self.lex
        found = []
        run = text[start:end]
        pieces = run.split(" ") if "\u00a0" not in run else [p.group() for p in _PIECE_RE.finditer(run)]
        position = start
        for word in pieces:
            if not word:
                position += 1
                continue
            a = text.find(word, position) if "\u00a0" in run else position
            b = a + len(word)
            position = b + 1
            if word in lex.particles or word in CONNECTORS or word == _INNER_ARTICLE or word[0] in _OPENING_QUOTES:
                found.append(_Tok(a, b, word, word, True))  # an inner word, or a nickname in quote marks
                continue
            breaks = possessive = False
            if word.endswith("."):
                bare = word[:-1]
                low = bare.lower()
                # an abbreviated company suffix keeps its dot ("Acme Inc.", "Ltd.", "Co."); a spelled-out
                # one ends the sentence ("owned by United Technologies.", "Tencent Holdings.")
                if not ("." in bare or len(bare) == 1 or is_abbreviation(bare) or low in lex.suffixes
                        or (low in lex.corp_suffixes and len(low) <= 4) or word in lex.states or low in lex.office_last):
                    word, b, breaks = bare, b - 1, True
            if word[-2:] in ("'s", "’s") and word[:-2].lower() in lex.possessors and text[b:b + 1] in (" ", "\u00a0") and text[b + 1:b + 2].isupper():
                pass  # "Jackson Women's Health Organization", "Children's Hospital": a possessor inside the name
            elif word[-2:] in ("'s", "’s"):
                word, b, breaks, possessive = word[:-2], b - 2, True, True
            elif word[-1:] in ("'", "’"):
                possessive = word[-2:-1] == "s"
                word, b, breaks = word[:-1], b - 1, True
            if not word:
                continue
            lower = word.replace(".", "").lower()
            if lower in lex.common and lower in lex.places and word.replace(".", "").isupper():
                lower = ".".join(lower) + "."  # "US", "U.S.": the country as "u.s.", not the pronoun "us"
            head = None
            if (("'" in lower or "’" in lower) and _CONTRACTION_RE.search(lower)) or (
                "-" in word and not _NAME_COMPOUND_RE.fullmatch(word) and not (found and not found[-1].connector and _given_compound(word))
            ):
                head = _COMPOUND_HEAD_RE.fullmatch(word) if "-" in word and not possessive else None
                lower = "i"  # "I’m", "Don't", "Trump-era", "Republican-led": a pronoun, verb or adjective, never a name
            if head is not None:
                # "New York-based", "Los Angeles-area": the name before the hyphen ends the run here
                word = head.group(1)
                found.append(_Tok(a, a + len(word), word, word.replace(".", "").lower(), False, True, False, True))
                continue
            found.append(_Tok(a, b, word, lower, False, breaks, possessive))
        return found

    def _segments(self, start: int, end: int) -> list[list[_Tok]]:
        """The run cut at sentence ends, possessives, dates, tags, datelines and shouted words."""
        lex = self.lex
        heading = self._in(self.heading_lines, start)
        segments: list[list[_Tok]] = []
        current: list[_Tok] = []
        tokens = self._tokens(start, end)
        skip_until = -1
        for index, tok in enumerate(tokens):
            if tok.start < skip_until:
                continue
            tag = self.tags.get(tok.start)
            breaker = (
                tag is not None
                or self._not_name(tok, current)
                or self._in(self.blocked, tok.start)
                or (not tok.connector and _shouted(tok.word) and not self._label(tokens, index))
                or tok.lower == "i"
                or (len(tok.word) >= 3 and _capitals(tok.word) and tok.lower in self.vocab.lower and not self._label(tokens, index))
                or (current and not tok.connector and tok.lower in lex.common and tok.word[0].isupper()
                    and not _initial(tok) and not self._surname_slot(tok, current) and tok.lower not in lex.org_words
                    and not self._given_word_opens(tokens, index))
                or (heading and not tok.connector and not self._known(tok) and not (tok.compound_head and tok.lower in lex.towns))
            )
            if tag is not None:
                skip_until = tag.end()
            if breaker:
                if current and not (tok.lower in _DATE_HEADS and current[-1].end + 1 == tok.start) and not self._opens_named_day(current, tok):
                    segments.append(current)  # "Election Day", "Lunar New Year": the words before a date head go with it
                current = []
                # a capitalised function word opens a new sentence or heading: it may start the next segment
                if tag is None and not tok.lower in lex.not_names and tok.lower in lex.common and not self._in(self.blocked, tok.start):
                    current = [tok]
                continue
            current.append(tok)
            if tok.breaks_after:
                segments.append(current)
                current = []
        if current:
            segments.append(current)
        return segments

    def _opens_named_day(self, current: list[_Tok], tok: _Tok) -> bool:
        """Whether the one word of ``current`` and the weekday ``tok`` right after it name a day
        (``figure_named_days.txt``: "Super Tuesday", "Black Friday", "Ash Wednesday"): the word goes with
        the day, no name of its own ("Super" had been an actor of every story of the 2016 primaries)."""
        return (
            len(current) == 1 and current[0].end + 1 == tok.start
            and f"{current[0].lower} {tok.lower}" in self.lex.named_days
        )

    def _not_name(self, tok: _Tok, before: list[_Tok]) -> bool:
        """A term or a date: never a name nor part of one ("AI", "GDP"; "Sept.", "Monday").

        A date word followed by a day number is a date ("Sept. 13", "Jan 5", "May 5"). Otherwise
        it is a surname where one stands (``_surname_slot``: "Prime Minister Theresa May",
        "Mrs. May"), and an abbreviated month or weekday is a date only with its dot ("Sun.",
        "Jan."): news writes the day and month so, and "Wei Sun", "Kim Jun", "Jan Brewer" are names."""
        lower = tok.lower
        if lower not in self.lex.not_names:
            return False
        if lower in self.lex.terms:
            # a term is written as an acronym ("AI", "A.I.", "GDP", "CEOs"); in title case it is a name
            # word ("columnist Ai Jun", "Ai Weiwei")
            return not (tok.word[:1].isupper() and tok.word[1:].islower())
        after = self.text[tok.end:tok.end + 3]
        if after[:1] in " \u00a0" and after[1:2].isdigit():
            return True
        if self._surname_slot(tok, before):
            return False
        return lower not in self.lex.date_abbreviations or tok.word.endswith(".") or after[:1] == "."

    def _surname_slot(self, tok: _Tok, before: list[_Tok]) -> bool:
        """Whether ``tok`` stands where English writes a surname, so that a date or function word there is
        one: one space after an abbreviated honorific ("Mrs. May", "Mr. Will"), an initial, or a given name that opens
        a name, after nothing or an office ("Prime Minister Theresa May"; but in "Sen. Elizabeth Warren
        Tuesday" the given name "Warren" is itself the surname, and Tuesday a date)."""
        if not before:
            return False
        last = before[-1]
        if last.connector or last.breaks_after or last.end + 1 != tok.start:
            return False
        if _initial(last) or self._courtesy(last):
            return True
        return last.lower in self.lex.given and (len(before) == 1 or before[-2].lower in self.lex.office_last)

    def _given_word_opens(self, tokens: list[_Tok], index: int) -> bool:
        """A function word that is also a given name, before a name word: the given name of a person
        whose title stands before it ("Local GOP Chairman Will Rogers")."""
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        return (
            tokens[index].lower in self.lex.given_words
            and following is not None
            and not following.connector
            and following.lower not in self.lex.common
        )

    def _courtesy(self, tok: _Tok) -> bool:
        """An honorific abbreviated ("Mr.", "Mrs", "Dr."), always followed by a surname; "Miss", "Sir",
        "Lady" are words too ("Rubio Miss The Mark")."""
        return tok.lower in self.lex.honorifics and is_abbreviation(tok.lower)

    def _label(self, tokens: list[_Tok], index: int) -> bool:
        """A speaker label in a transcript: "TRUMP:" or "HILLARY CLINTON:" at a line's start."""
        j = index
        # every word of the label is in capitals, short ones too ("KATE BOULDUAN:", "JOEL BENENSON:")
        while j > 0 and _in_capitals(tokens[j - 1].word) and self.text[tokens[j - 1].end:tokens[j].start] == " ":
            j -= 1
        line_start = self.text.rfind("\n", 0, tokens[j].start) + 1
        if self.text[line_start:tokens[j].start].strip(" \t\"“‘'"):
            return False
        k = index
        while k + 1 < len(tokens) and _shouted(tokens[k + 1].word):
            k += 1
        return self.text[tokens[k].end:tokens[k].end + 1] == ":"

    def _known(self, tok: _Tok) -> bool:
        """A word of a title-case heading that may be a name: capitalised mid-sentence elsewhere in
        the text, or a given name, place, title, group or organisation word, or an acronym."""
        lex = self.lex
        lower = tok.lower
        return (
            lower in self.vocab.capitalised
            or lower in lex.given
            or lower in lex.places
            or lower in lex.org_words
            or lower in lex.group_words
            or (lower,) in lex.offices
            or is_acronym(tok.word)
            or tok.word[:1].isdigit()  # "36Kr", "01.ai": a brand, never a capitalised opener
        )

    def _common(self, lower: str) -> bool:
        """A word that is capitalised only where a sentence or a heading opens."""
        if lower in self.lex.common:
            return True
        return lower in self.vocab.lower and lower not in self.vocab.capitalised

    # -- segments into names --------------------------------------------------------------
    def _names_in(self, segment: list[_Tok]) -> list[NameMention]:
        lex = self.lex
        while segment and segment[0].connector:
            segment = segment[1:]
        if segment and self._opens(segment[0].start):
            # an office opening a sentence before a name is its title ("President Biden admitted", in a
            # text that writes "the president" elsewhere), not an opener
            while (segment and not segment[0].connector and self._common(segment[0].lower) and not _initial(segment[0])
                   and not self._ordinal_opens(segment) and not self._office_opens(segment)):
                segment = segment[1:]
            if len(segment) == 1 and self._lone_opener(segment[0]):
                return []  # "Critics say", "Given the ...": a one-word opener the text never capitalises mid-sentence
        while segment and (segment[0].connector or (segment[0].lower in self.lex.common and not _initial(segment[0]) and not self._surname_pronoun(segment)
                                                    and not self._ordinal_opens(segment))
                           or (_ORDINAL_NUMBER_RE.fullmatch(segment[0].word) and not self._ordinal_opens(segment))):
            segment = segment[1:]  # "The New York Times", "And Trump" in a heading, "his 335th Twitter post"
        if segment and segment[0].lower in self.lex.ordinals and not self._ordinal_opens(segment):
            segment = segment[1:]  # "First Trump said" in a heading: an ordinal before no ordinal head
        while segment and segment[-1].connector:
            segment = segment[:-1]
        if not segment:
            return []
        label = self._label(segment, len(segment) - 1) if _capitals(segment[-1].word) else False
        if all(_capitals(t.word) for t in segment) and len(segment) > 1 and not label:
            # "FULL TEXT", "NEW YORK": a heading or a shouted line, not a name; but a connector in lower
            # case is running text, and its capitals are acronyms ("the FBI and CIA", "MSNBC and CNN")
            return []
        acronym = self._acronym_after(segment)
        if acronym:
            whole = self._mention(segment, acronym=acronym)
            return [whole] if whole is not None else []
        names = []
        for chunk, origin in self._chunks(segment):
            if (len(chunk) == 1 and chunk[0] is segment[0] and len(segment) > 1 and segment[1].word not in ("and", "&")
                    and chunk[0].lower not in lex.org_words and self._lone_opener(chunk[0])
                    and (chunk[0].lower in self.vocab.lower or chunk[0].lower in lex.openers or chunk[0].lower.endswith("ing"))):
                # "Regarding the Senate vote", "Stocks on Wall Street": an opener cut off its run by a preposition
                # is no name either, when the text writes it in lower case or it is an opener or a participle;
                # a surname is ("Pelosi on Twitter"), and so is a word coordinated ("Boeing and GE")
                continue
            mention = self._mention(chunk, origin=origin)
            if mention is not None:
                names.append(mention)
        return names

    def _office_opens(self, segment: list[_Tok]) -> bool:
        """Whether ``segment`` opens with a title before more of the run: an office of up to four words
        ("President Biden", "Press Secretary Jane Roe"), or words before an office word among its first
        four ("Vice President Tex Doe"): a title, not an opener."""
        words = [t.lower for t in segment[:4]]
        return any(tuple(words[start:end]) in self.lex.offices for end in range(1, min(5, len(segment))) for start in range(end))

    def _lone_opener(self, tok: _Tok) -> bool:
        """A word alone opening a sentence that is no name: an organisation word ("Police said", "Party elites"),
        unless the text names it so alone mid-sentence and never writes it in lower case ("in Congress" makes
        "Congress passed the bill" a name; "the Grand Old Party" does not make "Party elites" one), or
        a word the text never capitalises mid-sentence ("Critics", "Given"), unless a town before "-based"
        ("Evanston-based")."""
        lower = tok.lower
        organisation = lower in self.lex.org_words and not (lower in self._alone_midsentence() and lower not in self.vocab.lower)
        # a word the text writes in lower case and capitalises only inside longer names ("Commission on
        # Presidential Debates", "Women in Power") is no name alone where it opens a sentence ("Presidential
        # candidates", "Power plants")
        inner = lower in self.vocab.inner_only and lower in self.vocab.lower
        return self._opens(tok.start) and (organisation or inner or not self._known(tok)) and not (tok.compound_head and lower in self.lex.towns)

    def _alone_midsentence(self) -> frozenset[str]:
        """The words the text writes as a one-word run of capitals mid-sentence ("in Congress", "the Senate")."""
        if self._alone is None:
            self._alone = frozenset(run.lower() for start, _end, run in self.runs if " " not in run and not self._opens(start))
        return self._alone

    def _ordinal_opens(self, segment: list[_Tok]) -> bool:
        """An ordinal ("Second", "14th") opening a name whose next word is an ordinal head: "Second
        Amendment", "Ninth Circuit", "14th Congressional District" are names with their ordinal."""
        first = segment[0]
        return (
            len(segment) > 1
            and (first.lower in self.lex.ordinals or _ORDINAL_NUMBER_RE.fullmatch(first.word) is not None)
            and not segment[1].connector
            and segment[1].lower in self.lex.ordinal_heads
        )

    def _surname_pronoun(self, segment: list[_Tok]) -> bool:
        """A pronoun capitalised mid-sentence before another name word is a surname ("says 41-year-old
        You Tianlong", "He Jiankui"), and so is a function word that is also a given name a given name
        ("said Will Doyle"): English writes these words in lower case there."""
        first = segment[0]
        return (
            (first.lower in _SURNAME_PRONOUNS or first.lower in self.lex.given_words)
            and len(segment) > 1
            and not segment[1].connector
            and not self._opens(first.start)
            and not self._in(self.heading_lines, first.start)
        )

    def _named_alone(self, part: list[_Tok]) -> bool:
        """Whether words of a run name something by themselves: a given name opening them, or a known place or
        US state."""
        lex = self.lex
        joined = " ".join(t.word for t in part)
        return bool(part) and (part[0].lower in lex.given or joined.lower() in lex.places or joined in lex.states)

    def _acronym_after(self, segment: list[_Tok]) -> str:
        """The letters of "(ACLU)" right after ``segment`` when they spell its words' initials."""
        match = _ACRONYM_AFTER_RE.match(self.text, segment[-1].end)
        if not match:
            return ""
        letters = match.group(1).replace(".", "")
        if not letters.isupper() and not letters.replace("&", "").isalpha():
            return ""
        significant = [t for t in segment if not t.connector]
        for first in range(len(significant)):
            initials = "".join(t.word[0] for t in significant[first:])
            if initials.upper() == letters.upper().replace("&", "") and len(letters) >= 2:
                return letters
        return ""

    def _chunks(self, segment: list[_Tok]) -> list[tuple[list[_Tok], tuple[_Tok, ...]]]:
        """Cut a segment at inner words that do not belong to a name; an "of Place" after a
        person is returned with the chunk as its origin."""
        lex = self.lex
        chunks: list[tuple[list[_Tok], tuple[_Tok, ...]]] = []
        current: list[_Tok] = []
        # a title of a work or show quoted whole keeps its inner words: "Meet the Press", "Fox and Friends"
        quoted = self.text[segment[0].start - 1:segment[0].start] in _OPENING_QUOTES and _CLOSING_QUOTE_RE.match(self.text, segment[-1].end) is not None
        i = 0
        while i < len(segment):
            tok = segment[i]
            if not tok.connector:
                current.append(tok)
                i += 1
                continue
            word = tok.word
            rest = segment[i + 1:]
            following = [t for t in rest if not t.connector]
            keep = False
            if quoted and word in CONNECTORS:
                # a list of names quoted whole stays a list ("“Ann Ortiz and Tom Arlen!”", "“Iowa and New Hampshire”")
                listed = word in ("and", "&") and (self._named_alone(current) or self._named_alone(following))
                keep = bool(current) and bool(following) and not listed
            elif (word in lex.particles and word not in CONNECTORS) or word[0] in _OPENING_QUOTES:
                keep = bool(current) and bool(rest) and not rest[0].connector
            elif word == "&":
                keep = True
            elif word == _CASE:
                keep = bool(current) and bool(rest) and not rest[0].connector  # "Roe v. Wade": one case
            elif word == _INNER_ARTICLE:
                # "Committee for a Responsible Federal Budget", "Alliance for a Better Utah": the article of a "for" complement
                keep = current[-1:] != [] and current[-1].word == "for" and any(t.lower in lex.org_words for t in current) and bool(rest) and not rest[0].connector
            elif word == "of":
                place = self._place_after(rest)
                # an organisation word before a person's office is the office's ("Senate Majority Leader
                # Mitch McConnell of Kentucky"): only the words after the office make the run a body's name
                has_org = any(t.lower in lex.org_words for t in current[self._after_office(current):])
                whole = " ".join(t.word for t in current + [tok] + place).lower()
                personal = self._personal(current) or (len(current) == 1 and " ".join(t.word for t in place) in lex.states)
                if place and not has_org and current and personal and whole not in lex.places:
                    chunks.append((current, tuple(place)))
                    current = []
                    i += 1 + len(place)
                    continue
                # "Matthew Eyles of Avalere Health", "Robert Antonacci of the New York delegation":
                # after a given name and a surname, "of" opens an affiliation
                keep = bool(current) and not (self._given_and_surname(current) and not has_org)
            elif word == "the":
                keep = bool(current) and current[-1].connector
            elif word in ("for", "on"):
                # "Center for American Progress", "Justice for Victims"; but "Cameron Easley for Morning Consult" is two
                keep = any(t.lower in lex.org_words for t in current) or (word == "for" and not self._given_and_surname(current))
            elif word == "and" and rest and rest[0].lower in lex.given:
                keep = False  # "the Bank of America and Mark Cuban": a given name starts another name
            elif word == "and":
                # "Department of Health and Human Services", "Centers for Disease Control and Prevention":
                # inside the complement of an organisation word
                keep = (any(t.word in ("of", "for") for t in current) and any(t.lower in lex.org_words for t in current)
                        and not rest[0].connector and not any(t.word == "and" for t in current))  # one "and" in a name
                # "Congress and White House", "Army and Navy" are two; but two organisation words before a
                # shared head are one name ("Securities and Exchange Commission", "Army and Navy Club")
                alone = all(t.lower in lex.org_words for t in current) and not (
                    len(following) >= 2 and following[0].lower in lex.org_words
                )
                # "Securities and Exchange Commission", "Health and Human Services": the run ends with an organisation word
                keep = keep or (
                    bool(following) and not rest[0].connector and following[-1].lower in lex.org_words
                    and not alone and not any(t.lower in lex.given or t.lower in lex.places for t in current)
                    and all(not t.connector for t in rest)
                )
            if keep and current:
                current.append(tok)
            else:
                if current:
                    chunks.append((current, ()))
                current = []
            i += 1
        if current:
            chunks.append((current, ()))
        out = []
        for chunk, origin in chunks:
            while chunk and chunk[-1].connector:
                chunk = chunk[:-1]
            while chunk and chunk[0].connector:
                chunk = chunk[1:]
            if chunk:
                out.append((chunk, origin))
        return out

    def _place_after(self, rest: list[_Tok]) -> list[_Tok]:
        """The tokens of a US state or gazetteer place opening ``rest`` ("Delaware", "New York")."""
        for width in (3, 2, 1):
            if len(rest) >= width and not any(t.connector for t in rest[:width]):
                words = " ".join(t.word for t in rest[:width])
                if (words in self.lex.states or words.lower() in self.lex.places) and (len(rest) == width or rest[width].connector):
                    return rest[:width]
        return []

    def _after_office(self, chunk: list[_Tok]) -> int:
        """The index after the last office word of ``chunk`` but its last word ("Senate Majority
        Leader Mitch McConnell": 3), 0 when it holds none."""
        return max((k + 1 for k, t in enumerate(chunk[:-1]) if (t.lower,) in self.lex.offices), default=0)

    def _given_and_surname(self, chunk: list[_Tok]) -> bool:
        """A chunk that ends in a given name and a surname with no office or organisation word
        ("Robert Antonacci", "Director James Clapper")."""
        lex = self.lex
        name = chunk[self._after_office(chunk):]
        return (
            len(name) >= 2
            and name[0].lower in lex.given
            and not any((t.lower,) in lex.offices or t.lower in lex.org_words or t.connector for t in name)
        )

    def _personal(self, chunk: list[_Tok]) -> bool:
        """A chunk that names a person: a title or honorific, or a given name followed by a surname."""
        lex = self.lex
        words = [t.lower for t in chunk]
        if any((w,) in lex.offices for w in words):
            return True
        return len(chunk) >= 2 and words[0] in lex.given and words[-1] not in lex.org_words

    # -- one name -----------------------------------------------------------------------
    def _mention(self, chunk: list[_Tok], *, origin: tuple[_Tok, ...] = (), acronym: str = "") -> NameMention | None:
        lex = self.lex
        text = self.text
        compound = bool(chunk) and chunk[-1].compound_head
        if compound:
            chunk = self._compound_place(chunk)
            if not chunk:
                return None
            compound = chunk[-1].compound_head
        title_words, chunk = self._split_title(chunk) if not acronym and len(chunk) > 1 else ([], chunk)
        honorific = gender = ""
        titled = False
        for tok in title_words:
            entry = lex.offices.get((tok.lower,))
            if entry is not None:
                titled = True
                if entry.type == "honorific":
                    honorific = tok.word
                if entry.gender:
                    gender = entry.gender
        if title_words and not titled:
            words = [t.lower for t in title_words]
            titled = any(tuple(words[k:]) in lex.offices for k in range(len(words)))
        if not acronym and len(chunk) > 1:
            chunk = self._without_trailing_office(chunk)
        while chunk and chunk[-1].connector:
            chunk = chunk[:-1]
        if not chunk:
            return None
        words = [t.lower for t in chunk]
        # a particle written as a given name opening the name is one ("Al From", "Del Paxton"; but "al-Assad")
        significant = [t.lower for k, t in enumerate(chunk) if t.lower not in CONNECTORS and not (
            t.lower in lex.particles and not (k == 0 and len(chunk) > 1 and t.word[:1].isupper() and t.lower in lex.given))]
        if not significant:
            return None
        if not title_words and ((words[0],) in lex.offices and (len(chunk) == 1 or chunk[1].word == "of") or tuple(words) in lex.offices):
            return None  # "Secretary of State", "Speaker of the House": an office, no name
        if len(significant) == 1:
            only = significant[0]
            if title_words and self._courtesy(title_words[-1]):
                # "Mr. King", "Mrs. May", "Mr. Will": after an honorific a word is a surname, whatever
                # else it may be, unless it is an office used to address someone ("Mr. President")
                if only in _ADDRESSED_OFFICES or len(only) < 2:
                    return None
            elif (
                only in lex.common
                or only in lex.demonyms
                or (only,) in lex.offices
                or self._not_name(next(t for t in chunk if t.lower == only), title_words)
                or len(only) < 2
                or (chunk[0].word in lex.states and chunk[0].word.endswith(".") and only not in lex.places)
            ):
                return None
        elif all(w in lex.demonyms or w in lex.common for w in significant):
            return None
        start, end = chunk[0].start, chunk[-1].end
        surface = text[start:end]
        possessive = chunk[-1].possessive
        tag_span = None
        party = state = ""
        if self.tags and text[end:end + 1] in " ,(\u00a0":
            tag_match = _TAG_AFTER_RE.match(text, end)
            tag = self.tags.get(tag_match.end()) if tag_match is not None else None
            if tag is not None:
                party, state = tag.group("party"), lex.states[tag.group("state")] if tag.group("state") else ""
                tag_span = tag.span()
        if not acronym and "(" in text[end:end + 3]:
            acronym = self._acronym_after(chunk)
        if len(chunk) == 1 and chunk[0].word in lex.states and text[start - 2:start] == ", ":
            kind, evidence = "place", "state after a place"  # "Pittsburgh, PA"
        else:
            flags = (tuple(words), titled, bool(party), bool(acronym), text[end:end + 1] == ":")
            found = self.kinds.get(flags)
            if found is None:
                found = self.kinds[flags] = self._kind(chunk, surface, titled, bool(party), acronym)
            kind, evidence = found
        if compound and kind != "place" and surface in lex.states:
            kind, evidence = "place", "us_states.csv: before a hyphenated modifier"  # "NY-based", not the acronym of a body
        elif compound and kind == "unknown":
            kind, evidence = "place", "us_places.csv: before a hyphenated modifier"  # "Evanston-based"
        elif kind == "unknown" and not title_words and surface.lower() in lex.towns:
            context = self._place_context(start, end, possessive)
            if context:
                kind, evidence = "place", f"us_places.csv: {context}"
        if kind == "unknown" and not title_words and len(significant) >= 2:
            role = self._role_before(start)
            if role:
                kind, evidence = "person", f"role before the name: {role}"
        elif kind == "unknown" and not title_words and len(chunk) == 1 and words[0] in _heads_of_administrations() and _ADMINISTRATION_AFTER_RE.match(text, end):
            kind, evidence = "person", _ADMINISTRATION  # "the Obama administration": a president's or governor's
        key = _key(surface, lex)
        title_start = _lower_case_state_before(text, title_words[0].start) if title_words else 0
        title = text[title_start:title_words[-1].end] if title_words else ""
        return NameMention(
            start=start,
            end=end,
            text=surface,
            key=key,
            kind=kind,
            evidence=evidence,
            parts=tuple(t.word for t in chunk),
            title=title,
            title_span=(title_start, title_words[-1].end) if title_words else None,
            honorific=honorific,
            gender=gender,
            party=party,
            state=state,
            tag_span=tag_span,
            origin=" ".join(t.word for t in origin),
            origin_span=(origin[0].start, origin[-1].end) if origin else None,
            acronym=acronym.replace(".", "") if acronym else "",
            possessive=possessive,
        )

    def _role_before(self, start: int) -> str:
        """The role of a person written in lower case right before a full name ("press secretary Karine
        Jean-Pierre", "pollster Whit Ayres", "the Republican nominee Mitt Romney"), as news writes a
        description that is no formal title (AP style); "" when there is none. The roles are
        ``speaker_roles.csv``'s of kind person, up to three words."""
        match = _WORDS_BEFORE_RE.search(self.text, max(0, start - 60), start)
        if match is None:
            return ""
        words = tuple(match.group(1).split())
        for k in range(len(words)):
            role = words[k:]
            if role in self.lex.person_roles and role[-1] not in stopwords():
                return " ".join(role)
        return ""

    def _compound_place(self, chunk: list[_Tok]) -> list[_Tok]:
        """A chunk ending in the name before a hyphenated modifier ("New York-based", "Los
        Angeles-area", "Chicago-born", "Trump-era", "White House-led"): the whole chunk when it is a
        known place (``places.csv``, a US state, ``us_places.csv``); otherwise the words before the
        modifier's name when they name a place, organisation or group on their own ("Texas" of "Texas
        Republican-led", "Senate" of "Senate Republican-led"), else nothing: the modifier's name and the
        words glued to it are one word ("White House-led", "Goldman Sachs-backed", "Mitch
        McConnell-led"), and a piece of it would be a fragment ("White", "Goldman", "Mitch")."""
        lex = self.lex
        surface = self.text[chunk[0].start:chunk[-1].end]
        lowered = surface.lower()
        if lowered in lex.places or lowered.replace(".", "") in lex.places or surface in lex.states or lowered in lex.towns:
            return chunk
        rest = chunk[:-1]
        if not rest or rest[-1].connector:
            return []
        kind, _evidence = self._kind(rest, self.text[rest[0].start:rest[-1].end], False, False, "")
        return rest if kind in ("place", "organization", "group") else []

    def _place_context(self, start: int, end: int, possessive: bool) -> str:
        """Why the words around ``text[start:end]`` read it as a place, or ``""``: a state after it
        ("Buffalo, N.Y.", "Uvalde, Texas"), or a preposition of place right before it ("in Uvalde",
        "outside Evanston", "the mayor of Buffalo"; not "in the Cadillac tax"). "at", "from" and "to"
        are left out: "a jab at Warren", "a letter from Carson", "wrote to Tyler" name people."""
        text = self.text
        after = _STATE_AFTER_RE.match(text, end)
        if after is not None:
            words = [w for w in after.groups() if w]
            for width in range(len(words), 0, -1):  # "New Mexico" before "New"
                state = " ".join(words[:width])
                if state in self.lex.states or state.rstrip(".") in self.lex.states:
                    return "a state after it"
        if possessive or text[start:end].lower() in self.vocab.lower:
            # "in Warren's plan": the possessive names an owner, a person as often as a place; "throughout
            # Central and South Asia": a town named by a word the text also writes in lower case
            return ""
        before = _PLACE_PREPOSITION_RE.search(text, max(0, start - 24), start)
        return f"'{before.group(1).lower()}' before it" if before is not None else ""

    def _split_title(self, chunk: list[_Tok]) -> tuple[list[_Tok], list[_Tok]]:
        """``(title tokens, name tokens)``: the run cut after its last office or honorific."""
        lex = self.lex
        cut = 0
        words = [t.lower for t in chunk]
        if any(w in lex.office_last for w in words):
            for index in range(len(chunk)):
                for width in (4, 3, 2, 1):
                    if index - width + 1 < 0:
                        continue
                    phrase = tuple(words[index - width + 1:index + 1])
                    if phrase in lex.offices and index + 1 < len(chunk):
                        if any(w in lex.given for w in words[:index - width + 1] if w not in ("vice",)):
                            break  # "Martin Luther King Jr.": a given name before it, so no title
                        cut = index + 1
                        break
            if cut and cut < len(chunk) and chunk[cut].word in ("of", "for"):  # "Under Secretary for Political Affairs"
                rest = chunk[cut + 1:]
                given_at = next((k for k, t in enumerate(rest) if t.lower in lex.given and k > 0), None)
                complement = given_at if given_at is not None else len(rest) - 1
                office_named = (
                    the_before(self.text, chunk[0].start)
                    or rest[0].lower == "the"  # "CEO of the Center for International Environmental Law": a body by its name
                    or " ".join(t.lower for t in rest if t.lower != "the") in lex.places  # "President of the United States"
                )
                if given_at is None and complement >= 1 and (
                    rest[complement - 1].connector or rest[-1].lower in self.vocab.lower
                    or (office_named and rest[-1].lower in self.vocab.inner_only)
                ):
                    # "Secretary of the Treasury", "Secretary of Homeland Security" (in a text writing "security"),
                    # "the Director of National Intelligence" (after "the", which names an office, not a titled person,
                    # in a text that capitalises "Intelligence" only inside longer names) alone: the last word heads the
                    # complement, no surname; "Secretary of Defense Mattis", a surname the text may write alone only
                    # where a sentence opens, keeps it
                    complement = 0
                if complement >= 1:
                    cut += 1 + complement
                else:
                    cut = 0
        if (cut and cut + 2 < len(chunk) and chunk[cut - 1].lower in lex.honorifics and not self._courtesy(chunk[cut - 1])
                and chunk[cut].lower not in lex.given and not _initial(chunk[cut]) and chunk[cut + 1].lower in lex.given):
            cut += 1  # "Miss Universe Alicia Machado", "Miss America Vanessa Williams": a pageant title before the given name
        name = chunk[cut:]
        if cut and (not name or name[0].connector or all(t.lower in lex.org_words or t.connector or t.lower in lex.suffixes for t in name)):
            return [], chunk  # "Justice Department", "Justice for Victims ...": an organisation or a law, not a title
        if not cut:
            cut = self._affiliation_end(words)
        cut = max(cut, self._role_end(chunk, words, cut))
        return chunk[:cut], chunk[cut:]

    def _role_end(self, chunk: list[_Tok], words: list[str], start: int) -> int:
        """Where a person's name starts after a title ending in a role word capitalised (``role_words``): a given
        name and a surname right after it, ending the run ("NBC News Senior Investigative Correspondent Cynthia
        McFadden", "CNN Chief Political Correspondent Dana Bash", "Navy SEAL Chris Kyle", "Orlando Mayor Buddy
        Dyer", whose given name before the office is a city's). The words before the role word are the title's,
        an organisation among them too, as in "Goldman Sachs Chief Executive Lloyd Blankfein"; 0 when there is
        none. A company named for a person has no role word before the given name ("Morgan Stanley", "Charles
        Schwab"), and one named for a role holds an organisation word after it ("Mother Emanuel Church")."""
        lex = self.lex
        for k in range(max(start, 1), len(chunk) - 1):
            if words[k] not in lex.given or chunk[k - 1].connector or words[k - 1] not in lex.role_words:
                continue
            name = [w for t, w in zip(chunk[k:], words[k:]) if w not in lex.suffixes]
            if len(name) <= 3 and not any(
                (t.connector and w not in lex.particles) or w in lex.org_words or w in lex.group_words or (w,) in lex.offices
                for t, w in zip(chunk[k:], words[k:])
            ):
                return k
        return 0

    def _affiliation_end(self, words: list[str]) -> int:
        """Where a person's name starts after an affiliation written before it: a given name right
        after a party, group, demonym, organisation or place word ("Democrat Hillary Clinton",
        "House Intelligence Republican Mike Pompeo"), followed by one or two more words."""
        lex = self.lex
        for k in range(1, len(words) - 1):
            before = words[k - 1]
            if words[k] in lex.given and len(words) - k <= 3 and (
                before in lex.group_words or before in lex.demonyms or before in lex.org_words or before in lex.places
            ):
                if not any(w in lex.org_words or w in lex.group_words for w in words[k:]):
                    return k
        return 0

    def _without_trailing_office(self, chunk: list[_Tok]) -> list[_Tok]:
        """"CDC Director", "Senate Majority Leader", "Texas Governor": an office after a name names no one,
        the name before it stays ("Steve King", "Rob Bishop": a given name first, so no office; "Department
        of Justice": an inner word, so a whole name)."""
        lex = self.lex
        words = [t.lower for t in chunk]
        if words[-1] not in lex.office_last or words[0] in lex.given or any(t.connector for t in chunk):
            return chunk
        for width in (4, 3, 2, 1):
            if width < len(chunk) and tuple(words[-width:]) in lex.offices:
                return chunk[:-width]
        return chunk

    def _kind(self, chunk: list[_Tok], surface: str, titled: bool, tagged: bool, acronym: str) -> tuple[str, str]:
        lex = self.lex
        words = [t.lower for t in chunk]
        if _CASE in words:
            return "thing", "a court case: 'v.' between its parties"
        if tagged:
            return "person", "party-and-state tag"
        if titled:
            return "person", "title"
        if surface.lower() in lex.places or surface.replace(".", "").lower() in lex.places:
            return "place", "places.csv"
        if len(chunk) == 1 and words[0] in lex.platforms:
            return "organization", "platforms.txt"
        body = lex.bodies.get(surface.replace(".", "").lower())
        if body:
            return body, "actors.csv"
        if " ".join(words) in lex.institutions and (len(chunk) > 1 or (words[0] not in self.vocab.lower and (len(words[0]) > 3 or chunk[0].word.isupper()))):
            # a body the kinds of source list by name ("Reuters", "Goldman Sachs", "Senate"); a single word the text also
            # writes in lower case is a common noun capitalised ("Report: ...", "Study finds"), and a short one is an
            # acronym only in capitals ("SEC", not the "Sec." of "Sec. Clinton")
            return "organization", _LISTED_BODY
        if words[-1] in lex.group_words or (words[-1].endswith("s") and words[-1][:-1] in lex.demonyms):
            return "group", "group word"
        if any(w in lex.org_words for w in words):
            return "organization", "organisation word"
        if newspaper_name(surface):
            return "organization", "newspaper nameplate (newspaper_nameplates.txt)"
        given = len(chunk) >= 2 and words[0] in lex.given and not chunk[-1].connector
        if len(chunk) >= 2 and (words[-1] in lex.admin_place_heads or (words[-1] in lex.place_heads and not given)):
            return "place", "place word"
        if len(chunk) >= 2 and words[-1] in lex.law_heads and not (given and len(chunk) == 2):
            # before the acronym: "North American Free Trade Agreement (NAFTA)", "Affordable Care Act (ACA)";
            # a programme or conference introducing one is a body ("World Food Programme (WFP)")
            return "thing", "event, law or programme word"
        if acronym:
            return "organization", "acronym introduced in parentheses"
        if len(chunk) == 1 and is_acronym(chunk[0].word) and self.text[chunk[0].end:chunk[0].end + 1] != ":" and words[0] not in lex.not_names:
            return "organization", ACRONYM_GUESS
        if len(chunk) >= 2 and words[-1] in lex.thing_heads and not (given and len(chunk) == 2):
            return "thing", "event, law or programme word"
        if given:
            return "person", "given name"
        if 2 <= len(chunk) <= 3 and (words[0], words[-1]) in lex.officeholders and (len(chunk) == 2 or _INITIAL_RE.fullmatch(chunk[1].word)):
            return "person", "US officeholder (us_officials.csv, us_governors.csv)"
        return "unknown", ""


@lru_cache(maxsize=1)
def _heads_of_administrations() -> frozenset[str]:
    """The surnames, lower case, of the US presidents of ``us_officials.csv`` and the governors of
    ``us_governors.csv``: the people news names by their administrations ("the Obama administration", "the
    Cuomo administration"); any other word before "administration" names a body ("the Harvard
    administration", "the Taliban administration", "the Tory administration")."""
    officials, governors = _officeholder_rows()
    return frozenset({row["surname"].lower() for row in officials if row["office"] == "president"} | {row["surname"].lower() for row in governors})


# "administration" in lower case after a surname ("the Obama administration", "Reagan's administration")
_ADMINISTRATION_AFTER_RE = re.compile(r"(?:['’]s?)?[ \u00a0]+administration\b")
_ADMINISTRATION = "the administration of a president or governor"
_INITIAL_RE = re.compile(r"[A-Z]\.?")
# quotation marks around a whole run: a title of a work or show ("“Face the Nation,”")
_OPENING_QUOTES = frozenset("“\"")
_CLOSING_QUOTE_RE = re.compile(r"[,.!?]?[”\"]")
# up to three lower-case words ending right before a name: a role written as a description ("press secretary")
_WORDS_BEFORE_RE = re.compile(r"(?<![\w'’\-])((?:[a-z][a-z\-]*[ \u00a0]){0,2}[a-z][a-z\-]*)[ \u00a0]$")
_TAG_AFTER_RE = re.compile(r"[ \u00a0]*[,(][ \u00a0]*")
# "state" in lower case before an office: AP style for a state's legislators and officers ("state Sen. Kim Ward"),
# where it opens the phrase or follows a word that stands before titles (a verb of saying, a preposition but "of",
# a coordinator or subordinator, a modifier of the office, office_modifiers.txt, a party, a state's name); not
# "secretary of state Sen. ...", "home state Sen. ...", "battleground state Sen. ...", "the state Sen. Tom Lee represents"
_STATE_BEFORE_OFFICE_RE = re.compile(
    r"(?:^|[,(;:“\"—–][ \u00a0]*|(?<![\w’'\-.])(?:said|says|told|added|wrote|and|or|but|by|with|from|to|for|as|including|like|when|while|after|before|"
    r"because|if|since|until|though|although|whether|where|" + alternation(office_modifiers() - {"state"}) + r"|Democratic|Republican|GOP|"
    r"(?!(?:The|A|An|His|Her|Its|Their|Our|This|That|Home|Red|Blue|Swing)[ \u00a0])[A-Z][a-z]+)[ \u00a0]+|(?<![\w’'\-.])then-)(?P<state>state)[ \u00a0]+$",
    re.MULTILINE,
)


def _lower_case_state_before(text: str, title_start: int) -> int:
    """Where a title starting at ``title_start`` starts once a lower-case "state" right before it is taken in
    (``_STATE_BEFORE_OFFICE_RE``): "state Sen. Kim Ward" holds a state senator's office, as "State Sen." does, and
    "Sen." alone reads as the US Senate's."""
    found = _STATE_BEFORE_OFFICE_RE.search(text, max(0, title_start - 40), title_start)
    return found.start("state") if found else title_start
# the name before a hyphenated modifier in lower case: "York" of "New York-based", "Wilkes-Barre" of "Wilkes-Barre-area"
_COMPOUND_HEAD_RE = re.compile(r"([A-Z][\w'’.&]*(?:-[A-Z][\w'’.&]*)*)-[a-z][\w'’\-]*")
# ", N.Y.", ", Texas", ", New Mexico", ", Ill." after a town: up to three words, checked against us_states.csv
_STATE_AFTER_RE = re.compile(r",[ \u00a0]+([A-Z][\w.]*)(?:[ \u00a0]([A-Z][\w.]*))?(?:[ \u00a0]([A-Z][\w.]*))?")
# a verb of saying right after a town's name: the mention is a person ("Houston said"); speech_verbs.csv, "town"
_SPEECH_AFTER_RE = re.compile(rf"['’]?s?[ \u00a0]+{alternation(speech_verbs('town'))}\b")
# a verb of saying right after a surname that is also a word ("From said", "Will wrote", "Will claims");
# speech_verbs.csv, "surname"
_WORD_SURNAME_SPEECH = rf"[ \u00a0]+{alternation(speech_verbs('surname'))}\b"
# a side of a contest ("Uvalde vs. Evanston"), or of a case whose other party is no name ("the state v. Ferguson");
# "Plessy v. Ferguson" is one name of its own (``CONNECTORS``)
_CASE_PARTY_RE = re.compile(r"(?<![\w.])vs?\.[ \u00a0]+$")
_COORDINATION_RE = re.compile(r",?[ \u00a0]+(?:and|or)[ \u00a0]+|,[ \u00a0]+")
_PLACE_PREPOSITION_RE = re.compile(
    r"(?<![\w'’])(in|near|outside|inside|across|throughout|into|around|suburban|downtown|(?:city|town|village|mayor|residents|people|streets|suburb|suburbs|outskirts|county|police|schools) of)[ \u00a0]+$",
    re.IGNORECASE,
)
_DATE_HEADS = frozenset({"day", "eve", "week", "year", "festival"})
_SURNAME_PRONOUNS = frozenset({"he", "you", "she", "we"})
# offices written after an honorific to address someone ("Mr. President", "Madam Speaker"); any other
# office after one is a surname ("Mr. King", "Ms. Judge")
_ADDRESSED_OFFICES = frozenset({"president", "speaker", "chairman", "chairwoman", "chair", "secretary", "ambassador", "mayor", "governor", "senator", "minister", "prime"})
# a Korean given name after its surname: "Park Geun-hye", "Kim Jong-un", "Ban Ki-moon" (not "Trump-era", "GOP-led")
_GIVEN_COMPOUND_RE = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,4}")
_NOT_GIVEN_COMPOUND = frozenset({"era", "led", "run", "like", "born", "made", "type", "wide", "free", "less", "tied", "held", "life", "war", "old", "day", "year", "size", "fed", "hit", "only", "ish", "area"})
_CONTRACTION_RE = re.compile(r"['’](?:m|ve|re|ll|d|t)$|n['’]t$")
# a hyphenated word that can be (part of) a name: every part capitalised ("Jean-Pierre", "Holtz-Eakin",
# "Mar-a-Lago", "R-Utah"), or a particle before a capital ("al-Assad")
_NAME_COMPOUND_RE = re.compile(r"(?:[A-Z][\w'’.&]*|(?:al|el|bin|ibn|abu|a|de|la|le|du|von|van)(?=-))(?:-(?:[A-Z][\w'’.&]*|(?:a|de|la|le|du|del|von|van|al|el|bin|sur|on|in|upon)(?=-)))+")


def _given_compound(word: str) -> bool:
    return bool(_GIVEN_COMPOUND_RE.fullmatch(word)) and word.split("-")[1] not in _NOT_GIVEN_COMPOUND


def _in_capitals(word: str) -> bool:
    """A word written in capitals, of any length ("KATE", "O'NEILL")."""
    return word.isupper() and word.replace("'", "").replace("’", "").replace("-", "").replace(".", "").isalpha()


def _shouted(word: str) -> bool:
    """A word in capitals of six letters or more ("WASHINGTON", "ABSTRACT"): a heading, not an acronym."""
    return len(word) >= 6 and word.isupper() and word.isalpha()


def _initial(tok: _Tok) -> bool:
    """An initial of a name: one capital and a dot ("S." of "S. Rice")."""
    return len(tok.word) == 2 and tok.word[1] == "." and tok.word[0].isupper()


def _capitals(word: str) -> bool:
    """A word written in capitals without dots ("FULL", "CIA", "TRUMP")."""
    return len(word) >= 2 and word.isupper() and word.replace("-", "").isalpha()


def date_words() -> frozenset[str]:
    """The months, weekdays and time zones of ``lexicons/name_words.csv`` written out ("monday", "edt"),
    without the abbreviations that start a longer one ("jan", "sun"), which are names as often as dates."""
    lex = _lexicon()
    return lex.dates - lex.date_abbreviations


def place_kind(name: str) -> str:
    """What a place name names: "country", "us_state", "city" or "region" as ``lexicons/places.csv``
    types it, "us_state" for any spelling of ``us_states.csv`` ("Texas", "Ill.", "N.H."), "town" for a
    US city or town of ``us_places.csv``; "" for a name the lexicons do not hold."""
    lex = _lexicon()
    lower = name.strip().lower()
    if name.strip() in lex.states:
        return "us_state"
    return lex.place_kinds.get(lower) or ("town" if lower in lex.towns else "")


# the kinds of place a newspaper's nameplate opens with: a city or a state ("Boston Globe", "Arizona Republic"); not a
# town, whose names are everyday words as often ("Golden Globe", "Lone Star")
_NAMEPLATE_PLACES = frozenset({"city", "us_state"})
_NAMEPLATE_RE = re.compile(r"(?:[Tt]he\s+)?(?P<place>.+?)\s+(?P<last>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)")
# "Detroit Free Press", "Dallas Morning News", "New York Daily News": a word of the nameplate between the place and its last
_MIDDLE_NAMEPLATE_RE = re.compile(r"(?:[Tt]he\s+)?(?P<place>.+?)\s+(?P<middle>[A-Z][a-z]+)\s+(?P<last>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)")
_COMPOUND_NAMEPLATE_RE = re.compile(r"(?<![\w\-])([A-Z][a-z]+)-([A-Z][a-z]+)(?![\w\-])")


def newspaper_name(name: str) -> bool:
    """Whether ``name`` reads as a newspaper's by its nameplate (``lexicons/newspaper_nameplates.csv``): a city's or a
    state's name and a nameplate word ("Des Moines Register", "Boston Globe", "Arizona Republic"), or a name ending in two
    nameplate words joined by a hyphen ("Pittsburgh Post-Gazette", "Atlanta Journal-Constitution", "Star-Ledger"); a
    word used in the "middle" may stand between the place and the last word ("Detroit Free Press", "Dallas Morning News")."""
    name = name.strip()
    compound = _COMPOUND_NAMEPLATE_RE.search(name)
    if compound is not None and compound.end() == len(name):
        return {compound.group(1).lower(), compound.group(2).lower()} <= _nameplate_words("compound")
    for plate in (_NAMEPLATE_RE.fullmatch(name), _MIDDLE_NAMEPLATE_RE.fullmatch(name)):
        if (
            plate is not None
            and plate.group("last").lower() in _nameplate_words("after_place")
            and ("middle" not in plate.groupdict() or plate.group("middle").lower() in _nameplate_words("middle"))
            and place_kind(plate.group("place")) in _NAMEPLATE_PLACES
        ):
            return True
    return False


def _nameplate_words(use: str) -> frozenset[str]:
    return words_for_use("newspaper_nameplates.csv", "word", use, ("after_place", "compound", "middle"))


def is_acronym(word: str, longest: int = 5) -> bool:
    """A word written as an acronym: two to ``longest`` capitals, dotted or not, an ampersand aside
    ("CIA", "D.O.J.", "AT&T")."""
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= longest and letters.isupper() and letters.isalpha()


def _key(surface: str, lex: _Lexicon) -> str:
    lowered = surface.lower().replace("’", "'")
    if lowered in lex.places:
        return lex.places[lowered].lower()
    undotted = lowered.replace(".", "")
    if undotted in lex.places:
        return lex.places[undotted].lower()
    parts = [p for p in undotted.replace("-", " - ").split() if p]
    while len(parts) > 1 and parts[-1] in lex.suffixes:
        parts.pop()
    if parts and parts[0] == "the":
        parts = parts[1:]
    return " ".join(parts).replace(" - ", "-")


def _bare_parts(parts: tuple[str, ...]) -> tuple[str, ...]:
    lex = _lexicon()
    bare = [p.replace(".", "").lower().replace("’", "'") for p in parts]
    bare = [p for p in bare if p and p not in CONNECTORS]
    while len(bare) > 1 and bare[-1] in lex.suffixes:
        bare.pop()
    return tuple(bare)


def _resolve(text: str, mentions: list[NameMention], vocab: Vocabulary) -> tuple[NameMention, ...]:
    """Within one text: an acronym takes the kind of the name it was introduced for, a
    short form of unknown kind the kind of the one full name it shortens, and a full name of
    unknown kind is a person's when the text names that person, or a person of its surname,
    with evidence elsewhere (``_person_elsewhere``)."""
    if not mentions:
        return ()
    by_acronym = {m.acronym.lower(): m for m in mentions if m.acronym}
    surnames: dict[str, set[str]] = {}
    people: set[str] = set()
    alone = {m.key for m in mentions if len(m.parts) == 1}
    given_names: dict[str, dict[str, str]] = {}  # "hillary": {"clinton": "hillary clinton"}, one person per surname
    for m in mentions:
        if m.kind == "person" and (len(_bare_parts(m.parts)) >= 2 or m.title or m.party):
            surnames.setdefault(m.surname, set()).add(m.key)
            people.add(m.key)
        bare = _bare_parts(m.parts)
        if m.kind == "person" and len(bare) >= 2 and len(bare[0]) > 1:
            given_names.setdefault(bare[0], {}).setdefault(m.surname, m.key)  # "Donald J. Trump" and "Donald Trump" are one
    towns = {m.key for m in mentions if m.kind == "place" and m.evidence.startswith("us_places.csv")}
    administrations = {m.key for m in mentions if m.evidence == _ADMINISTRATION}
    known_towns = _lexicon().towns
    resolved = []
    for m in mentions:
        if (m.kind == "unknown" and m.key in known_towns and not _SPEECH_AFTER_RE.match(text, m.end)
                and not _CASE_PARTY_RE.search(text, max(0, m.start - 6), m.start)):
            # one sense per text: a town read as a place once ("in Uvalde") is a place wherever no title,
            # no speech verb, no full name of a person and no case name ("Plessy v. Ferguson") says otherwise;
            # so is a town coordinated with a place ("in Uvalde and Evanston")
            previous = resolved[-1] if resolved else None
            if m.key in towns:
                m = replace(m, kind="place", evidence="us_places.csv: a place elsewhere in the text")
            elif previous is not None and previous.kind == "place" and _COORDINATION_RE.fullmatch(text, previous.end, m.start):
                m = replace(m, kind="place", evidence=f"us_places.csv: coordinated with {previous.text}")
        if m.key in by_acronym and by_acronym[m.key] is not m and len(m.parts) == 1:
            full = by_acronym[m.key]
            m = replace(m, kind=full.kind if full.kind != "unknown" else "organization", evidence=f"acronym of {full.text}")
        elif m.kind == "unknown" and len(m.parts) == 1 and m.key in administrations:
            m = replace(m, kind="person", evidence=f"{_ADMINISTRATION} {_ELSEWHERE}")  # one sense per text
        elif (m.kind in ("unknown", "place") or m.evidence == _LISTED_BODY) and len(m.parts) == 1 and m.key in surnames:
            # one sense per text: "Bloomberg" in a story of Michael Bloomberg is he, not the news agency
            fulls = sorted(surnames[m.key])
            m = replace(m, kind="person", evidence=f"surname of {fulls[0]}" if len(fulls) == 1 else "surname of a person named in the text")
        elif m.kind == "unknown" and len(m.parts) == 1 and the_before(text, m.start) and (family := _family(m.key, surnames)):
            # "the Clintons", "the Khans": a surname of a person of the text in the plural names the family
            m = replace(m, kind="group", evidence=f"the family of {sorted(surnames[family])[0]}")
        elif m.kind == "unknown" and len(m.parts) == 1 and len(given_names.get(m.key, ())) == 1:
            # "Hillary", "Bernie", "Jeb": news names a person it has named in full by the given name
            # alone; only when one person of the text bears it
            m = replace(m, kind="person", evidence=f"given name of {next(iter(given_names[m.key].values()))}, named {_ELSEWHERE}")
        elif m.kind == "unknown":
            evidence = _person_elsewhere(m, people, surnames, alone, vocab)
            if evidence:
                m = replace(m, kind="person", evidence=evidence)
        resolved.append(m)
    return tuple(sorted(resolved, key=lambda m: (m.start, m.end)))


_LISTED_BODY = "speaker_roles.csv: a body listed by name"

_THE_BEFORE_RE = re.compile(r"\b[Tt]he[ \u00a0]$")


def the_before(text: str, position: int) -> bool:
    """Whether "the" stands right before ``position`` ("the Clintons", "as The Hill reported"): a name after it
    names a family, an office or a body, not a person by surname."""
    return _THE_BEFORE_RE.search(text, max(0, position - 4), position) is not None


def _family(key: str, surnames: dict[str, set[str]]) -> str:
    """The surname of ``surnames`` that ``key`` is the plural of ("clintons", "joneses"), or ""."""
    for stem in (key[:-1] if key.endswith("s") else "", key[:-2] if key.endswith("es") else ""):
        if len(stem) > 1 and stem in surnames:
            return stem
    return ""


def _person_elsewhere(m: NameMention, people: set[str], surnames: dict[str, set[str]], alone: set[str], vocab: Vocabulary) -> str:
    """Why a full name of unknown kind ("Mitt Romney": a given name the census list lacks) is a
    person's, or "". One sense per text: the name is a person's when the text names it as one
    elsewhere ("President Barack Obama", then "Barack Obama"), or when it names a person of its
    surname with a title, a party tag or a given name ("Mr. Romney", "George W. Bush"), names the
    first word alone as well ("Jeb Bush" and "Jeb"; not "Stop Trump", whose "Stop" is a slogan's
    verb), and every word before the surname looks like a given name: one the text capitalises mid-sentence and
    never writes in lower case, no function word, opener, group word, demonym, place or date, no
    "-ing" form ("Like Clinton's reforms", "Bashing Trump", "Republican Trump" stay unknown)."""
    parts = _bare_parts(m.parts)
    if not 2 <= len(parts) <= 3 or any(p in CONNECTORS for p in m.parts):
        return ""
    if m.key in people:
        return f"named as a person {_ELSEWHERE}"
    lex = _lexicon()
    given = parts[:-1]
    if len(given) == 2 and len(given[1]) > 1:
        return ""  # a given name and an initial at most ("Merrick B. Garland"): "Getty Images Trump" is a photo credit run into a name
    if m.surname not in surnames or given[0] not in alone or not all(
        p in vocab.capitalised and p not in vocab.lower and p not in lex.common and p not in lex.group_words
        and p not in lex.demonyms and p not in lex.org_words and p not in lex.places and p not in lex.not_names and not p.endswith("ing")
        for p in given
    ):
        return ""
    fulls = sorted(surnames[m.surname])
    return f"surname of {fulls[0]}, named {_ELSEWHERE}" if len(fulls) == 1 else f"surname of a person named {_ELSEWHERE}"


_ELSEWHERE = "elsewhere in the text"
# ---------------------------------------------------------------------------------------------
# Same entity


def same_entity(a: NameMention, b: NameMention) -> bool:
    """Whether ``a`` and ``b`` can name one entity.

    - the same key ("C.I.A." and "CIA", "Senate Majority Leader McConnell" and "McConnell");
    - an acronym and the name it was introduced for ("American Civil Liberties Union (ACLU)");
    - a person's surname with compatible given names: equal, one an initial of the
      other, or missing on one side ("Susan E. Rice" = "Susan Rice" = "Rice" = "S. Rice",
      never "Condoleezza Rice"); a surname alone and a two-part name written surname
      first ("Mr. Liang" = "Liang Wenfeng", when "Liang" is no given name);
    - an organisation with and without its corporate suffix ("Tencent Holdings" = "Tencent").

    Kinds must agree when both are known. A surname matches every person who bears it:
    choosing among several is the caller's decision (the nearest, or none).
    """
    if a.kind != b.kind and "unknown" not in (a.kind, b.kind):
        return False
    if a.key == b.key:
        return True
    if (a.acronym and a.acronym.lower() == b.key) or (b.acronym and b.acronym.lower() == a.key):
        return True
    kinds = {a.kind, b.kind}
    if kinds <= {"person", "unknown"}:
        pa, pb = _bare_parts(a.parts), _bare_parts(b.parts)
        if "person" in kinds and (_surname_first(pa, pb) or _surname_first(pb, pa)):
            return True
        if not pa or not pb or pa[-1] != pb[-1]:
            return False
        if kinds == {"unknown"} and (len(pa) > 1 and len(pb) > 1):
            return _given_compatible(pa[:-1], pb[:-1]) and pa[0] == pb[0]
        return _given_compatible(pa[:-1], pb[:-1])
    if kinds <= {"organization", "unknown"}:
        return _company_stem(a.key) == _company_stem(b.key)
    return False


def same_entity_keys(mention: NameMention) -> tuple[frozenset[str], frozenset[str]]:
    """Keys for an index of names that ``same_entity`` may join: (the keys to file ``mention`` under, the
    keys to look it up by). Two names ``same_entity`` joins, whatever their kinds, share a key one files and
    the other looks up (its key or acronym, its last bare part, its first bare part between a one-part and a
    two-part name, its company stem): a necessary condition, so that a caller compares a name with the few
    names filed under its keys, not with every name of the text ("Jane Roe" with every "Jane"). A name of known kind
    has only the keys of the rules for its kind (a person's last part, an organisation's stem: "Acme Corp." shares no
    key with "Apex Corp."); callers change only an unknown kind to a known one, whose keys are fewer."""
    bare = _bare_parts(mention.parts)
    common = {f"key {mention.key}"}
    if mention.kind in ("organization", "unknown"):
        common.add(f"stem {_company_stem(mention.key)}")
    if mention.acronym:
        common.add(f"key {mention.acronym.lower()}")
    people = mention.kind in ("person", "unknown")
    if bare and people:
        common.add(f"last {bare[-1]}")
    filed, looked_up = set(common), set(common)
    if len(bare) in (1, 2) and people:
        # _surname_first: a one-part name and a two-part name with the same first part
        filed.add(f"first of {len(bare)} {bare[0]}")
        looked_up.add(f"first of {3 - len(bare)} {bare[0]}")
    return frozenset(filed), frozenset(looked_up)


def _surname_first(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A surname alone and a two-part name written surname first, as Chinese, Korean and
    Vietnamese names are ("Mr. Liang" = "Liang Wenfeng", "Xi" = "Xi Jinping"): its first
    part is no given name of ``lexicons/given_names.txt`` (and one of the two is known to be
    a person, so that "Google" is never "Google Drive")."""
    return len(short) == 1 and len(full) == 2 and short[0] == full[0] and full[0] not in _lexicon().given


def _given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Given names agree: the first ones equal or one an initial of the other; middle ones likewise when both have them."""
    if not a or not b:
        return True
    if not _part_compatible(a[0], b[0]):
        return False
    middle_a, middle_b = a[1:], b[1:]
    if middle_a and middle_b:
        return _part_compatible(middle_a[0], middle_b[0])
    return True


def _part_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return False


def _company_stem(key: str) -> str:
    parts = key.split()
    suffixes = _lexicon().corp_suffixes
    while len(parts) > 1 and parts[-1] in suffixes:
        parts.pop()
    return " ".join(parts)


# ---------------------------------------------------------------------------------------------
# Plausibility

_CALENDAR = calendar_words()
_MONTH_OR_DAY_RE = re.compile(
    alternation(_CALENDAR.months | _CALENDAR.month_abbreviations | _CALENDAR.weekdays | _CALENDAR.weekday_abbreviations) + r"\.?",
    re.IGNORECASE,
)
_TAG_SHAPE_RE = re.compile(r"[DRI](?:[-–]|\.,? |, )[A-Z]")


def name_problem(name: str) -> str:
    """Why ``name`` cannot be a proper name as news writes one, or ``""`` when it can.

    The reasons: ``month or weekday`` ("Sept.", "Monday"), ``state abbreviation`` ("Calif.",
    "N.Y.") or ``party tag`` ("R-Utah"), ``function word`` ("However", "The"), ``title
    alone`` ("President"), ``demonym alone`` ("Chinese"), ``lower case`` ("several"),
    ``fragment`` (a possessive, an inner word at an edge, one letter, no letter). Used by
    the tests and the benchmark of every lens that reports names (speakers, actors).
    """
    stripped = name.strip()
    if not stripped or not any(c.isalpha() for c in stripped):
        return "fragment"
    if _MONTH_OR_DAY_RE.fullmatch(stripped):
        return "month or weekday"
    lex = _lexicon()
    words = stripped.split()
    if _TAG_SHAPE_RE.match(stripped) and (stripped[2:].strip(" .,-") in lex.states or stripped.split("-", 1)[-1] in lex.states):
        return "party tag"
    if len(words) == 1 and stripped in lex.states and stripped.endswith(".") and any(c.islower() for c in stripped):
        return "state abbreviation"  # "Calif.", "W.Va.": only ever written in a tag or a dateline
    if stripped[0].islower() and stripped.split("-")[0] not in lex.particles:
        return "lower case"
    lowered = [w.lower().strip(".,") for w in words]
    # a possessive only inside the name and on a possessor ("Women's Health Organization"), never at its end
    possessives = [k for k, w in enumerate(lowered) if w[-2:] in ("'s", "’s")]
    if any(k == len(lowered) - 1 or lowered[k][:-2] not in lex.possessors for k in possessives) or (
        ("'s" in stripped or "’s" in stripped) and not possessives
    ) or lowered[0] in CONNECTORS or lowered[-1] in CONNECTORS:
        return "fragment"
    if any(_CONTRACTION_RE.search(w) for w in lowered):
        return "contraction"  # "I’m", "We're"
    if len(stripped.replace(".", "")) == 1:
        return "fragment"
    if len(words) == 1:
        acronym_of_place = stripped.replace(".", "").isupper() and stripped.replace(".", "").lower() in lex.places  # "US"
        if (lowered[0] in stopwords() or lowered[0] in lex.openers) and not acronym_of_place:
            return "function word"
        if (lowered[0],) in titles():
            return "title alone"
        if lowered[0] in lex.demonyms:
            return "demonym alone"
    plain = all(w[:1].isupper() for w in words) and not any(w in lex.given for w in lowered)
    if plain and len(words) <= 4 and any(tuple(lowered[k:]) in titles() for k in range(len(lowered))):
        return "title alone"  # "Senate Majority Leader", "House Speaker"
    return ""
