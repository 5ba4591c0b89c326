"""Roles and kinds of source: what the words describing a speaker say about them.

The role lexicon ``lexicons/speaker_roles.csv`` maps role and institution words
("analyst", "ministry", "university", "senator", "campaign", "union") to a kind of
source (the taxonomy of ``CATEGORIES``, as the gold README defines it), a priority and the kind of speaker
the word names (person, organization, group). ``lexicons/speaker_nouns.txt`` lists
the common nouns that name sources ("experts", "residents"). Matching is a plain
longest-phrase-first search over the role as the article writes it.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import data_lines, word_set
from ..text import KIN, alternation, newspaper_name, place_kind, titles

CATEGORIES = ("government", "politics", "state_media", "academic", "industry", "finance", "citizen", "media", "advocacy", "other")


@dataclass(frozen=True)
class RoleWord:
    """One entry of ``lexicons/speaker_roles.csv``: a role phrase, its kind of source,
    its priority (lower wins) and the kind of speaker it names."""

    phrase: str
    category: str
    priority: int
    kind: str


@lru_cache(maxsize=1)
def role_words() -> tuple[RoleWord, ...]:
    """Role and source words → category, from ``lexicons/speaker_roles.csv``."""
    rows = csv.DictReader(data_lines("speaker_roles.csv"))
    words = []
    for row in rows:
        if row["category"] and row["category"] not in CATEGORIES:
            raise ValueError(
                f"lexicons/speaker_roles.csv: {row['phrase']!r} has category {row['category']!r}; use one of {', '.join(CATEGORIES)}"
            )
        words.append(RoleWord(row["phrase"].lower(), row["category"], int(row["priority"]), row["kind"] or ""))
    return tuple(words)


_DOTTED_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}")
_FORMER_RE = re.compile(r"\b(?:former|ex-|onetime|one-time|then-)\s*(?:[\w.’'\-]+\s+){0,3}$", re.IGNORECASE)


def _plural(phrase: str) -> str:
    """The plural of a role phrase's last word ("speechwriter" -> "speechwriters", "advocacy group" ->
    "advocacy groups", "spokesman" -> "spokesmen", "party" -> "parties", "press secretary" -> "press secretaries")."""
    for singular, plural in (("man", "men"), ("woman", "women"), ("person", "people")):
        if phrase.endswith(singular):
            return phrase[: -len(singular)] + plural
    if re.search(r"[^aeiou]y$", phrase):
        return phrase[:-1] + "ies"
    return phrase + ("es" if re.search(r"(?:s|sh|ch|x|z)$", phrase) else "s")


@lru_cache(maxsize=1)
def _role_index() -> dict[str, RoleWord]:
    """The lexicon's entries, with the plural of each person or organisation word it does not list
    ("two Democratic speechwriters", "environmental groups"): a group of the same kind of source.
    Abbreviations and acronyms of three letters or fewer ("sen", "sec", "rt") get no plural, nor does
    an organisation's word other than "group" ("polls" is left out on purpose: see the lexicon's header)."""
    index = {w.phrase: w for w in role_words()}
    for word in role_words():
        last = word.phrase.split()[-1]
        if len(last) > 3 and (word.kind == "person" or (word.kind == "organization" and last == "group")):
            index.setdefault(_plural(word.phrase), RoleWord(_plural(word.phrase), word.category, word.priority, "group"))
    return index


@lru_cache(maxsize=1)
def _role_re() -> re.Pattern[str]:
    # "co-host", "co-moderator", "co-anchor": one of two or more holding the role, of its kind ("co-founder", listed, too);
    # no other word after "co-": "co-operative" is no "operative", "co-author" of a study no author of a newspaper
    return re.compile(r"(?<![\w\-])(?:co-(?=(?:host|moderator|anchor)))?(" + alternation(_role_index()) + r")(?![\w\-])", re.IGNORECASE)


def role_word(phrase: str) -> RoleWord | None:
    """The lexicon entry for ``phrase`` (lower case, exactly as listed), or None."""
    return _role_index().get(phrase)


def mentions_role(text: str) -> bool:
    """Whether ``text`` holds any role phrase of the lexicon ("a researcher at ...")."""
    return _role_re().search(text) is not None


def speaker_nouns() -> frozenset[str]:
    """Common nouns that name a source ("experts", "residents"), from ``lexicons/speaker_nouns.txt``."""
    return word_set("speaker_nouns.txt")


def occupation_nouns() -> frozenset[str]:
    """Nouns for one person by what the person does ("actress", "singer", "producer"), from
    ``lexicons/occupation_nouns.txt``: heads of a description that names a person though no kind of source."""
    return word_set("occupation_nouns.txt")


def names_one_person(noun: str) -> bool:
    """Whether the singular common noun ``noun`` (lower case) names one person: an occupation
    (``occupation_nouns``) or a role word of kind person (``speaker_roles.csv``: "senator", "businessman").
    Time words, places and things never do ("the next day", "the Texan", "the report")."""
    listed = role_word(noun)
    return noun in occupation_nouns() or (listed is not None and listed.kind == "person")


def categorize(*texts: str) -> tuple[str, str]:
    """The kind of source the words of ``texts`` point to, and the kind of speaker they name.

    The lowest priority number wins (an institution beats an occupation beats a weak
    hint; a word after "former", or in a text that is a relative clause, "who ...", counts one
    step weaker); ties go to the word that comes first, except that an office held (a person's title
    at its own priority: not former, not in a relative clause) that one text gives wins a tie with a
    candidacy or a party role another text gives ("Ohio Gov." and "Republican presidential contender": a
    candidate or a party's officer who holds an office speaks as an officeholder, as
    ``officials.office_over_role`` reads the US federal offices; within one text the first word still
    wins: "campaign manager for Sen. Cruz" is campaign staff). Returns ``("", "")`` with no
    match, and an empty kind of source for a word that names a speaker but no kind of source ("chairman").
    """
    best, office = _best_and_office(texts)
    if best is None:
        return "", ""
    if _office_wins_tie(best, office):
        best = office
    return best[3].category, best[3].kind


def office_outranks_candidacy(*texts: str) -> bool:
    """Whether ``categorize`` gives an office held the tie with a candidacy or a party role of the same rank that
    another text gives ("Ohio Gov." and "Republican presidential contender")."""
    best, office = _best_and_office(texts)
    return _office_wins_tie(best, office)


_Match = tuple[int, int, int, RoleWord]  # priority, order of the text, start in it, the word


def _office_wins_tie(best: _Match | None, office: _Match | None) -> bool:
    return best is not None and best[3].category == "politics" and office is not None and office[0] == best[0] and office[1] != best[1]


def _best_and_office(texts: tuple[str, ...]) -> tuple[_Match | None, _Match | None]:
    """The best match of ``texts`` (lowest priority, then first) and the first office held (for a tie with politics)."""
    best: _Match | None = None
    office: _Match | None = None
    for order, text in enumerate(texts):
        for priority, start, word in _role_matches(text or ""):
            key = (priority, order, start, word)
            if best is None or key[:3] < best[:3]:
                best = key
            # an office the text gives the speaker as such: a person's title at its own priority (not "former", not in
            # a relative clause that mentions others: "who was speaking to the US Conference of Mayors")
            held = word.category == "government" and word.kind == "person" and priority == word.priority
            # and the speaker's own: no preposition or word for a relative before it ("the wife of Sen. Dan Korvel",
            # "a former chief of staff to President Bill Clinton" name another person's office)
            held = held and not _OTHERS_OFFICE_RE.search(text, 0, start)
            if held and (office is None or key[:3] < office[:3]):
                office = key
    return best, office


# a preposition, a word for a relative (``kin_words.txt``) or for someone's aide before an office: another's office
_OTHERS_OFFICE_RE = re.compile(rf"\b(?:of|to|for|at|with|by|from|under|{KIN}|widow|aide|adviser|advisor)\b", re.IGNORECASE)


@lru_cache(maxsize=65536)  # roles and names recur within and across articles
def _role_matches(text: str) -> tuple[tuple[int, int, RoleWord], ...]:
    """``(priority, start, word)`` of every role phrase in ``text``, and of those its dotted acronyms
    spell ("the S.E.C.", "F.B.I. agents": the New York Times dots the acronyms the lexicon lists bare)."""
    found = _phrases_in(text)
    undotted = _DOTTED_RE.sub(lambda m: m.group().replace(".", ""), text)
    if undotted != text:
        seen = {word for _priority, _start, word in found}
        found += [match for match in _phrases_in(undotted) if match[2] not in seen]
    return tuple(found)


# "the club's 78-year-old president", "the group's senior vice president": a body's head, of the body's kind (its own
# word gives it when the lexicon knows it: "the company's president"); a nation's, country's or state's is a head of state
_BODY_POSSESSIVE_RE = re.compile(r"\b(?!(?:nation|country|state|he|she|it)(?:’s|'s))[a-z]+(?:’s|'s)\s+(?:[\w\-]+\s+){0,2}$")
_BODY_HEADS = frozenset({"president", "vice president"})


# "professor of government", "a lecturer in public policy": a field of study after an academic's title, no body of
# its own; and a university's department ("the political science department at Dartmouth College"): no ministry
_FIELD_OF_STUDY_RE = re.compile(r"\b(?:professor|lecturer|instructor|scholar|student|teacher)s?\s+(?:of|in)\s+(?:[a-z][\w\-]*\s+){0,2}$", re.IGNORECASE)
_UNIVERSITY_AFTER_RE = re.compile(r"(?:\s+[a-z][\w\-]*){0,3}\s+(?:at|of)\s+(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+){0,4}(?:University|College)\b")


# the verbs of a relative clause that says whom a person heads: "who chairs the committee"
_HEADING_VERBS = "chairs|heads|directs|runs|leads|founded|co-founded|oversees"
_ROLE_CLAUSE_RE = re.compile(rf"\s*who\s+(?:(?:is|also|now|currently|still)\s+)*(?:is|serves|{_HEADING_VERBS})\b", re.IGNORECASE)


# an indefinite article, or a word in lower case after an article, right before a name: it describes a person by the name
_DESCRIBED_BEFORE_RE = re.compile(r"(?:\b[Aa]n?|\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+$")


def _phrases_in(text: str) -> list[tuple[int, int, RoleWord]]:
    index = _role_index()
    found = []
    # "whose coalition includes young people", "who said union employees would return": what a relative clause
    # mentions says less of the speaker than a title or an apposition ("Sen.", "Labor Secretary"), one step weaker;
    # a clause that states a role ("who is now chairman of the campaign", "who chairs the committee") is an apposition
    relative = re.match(r"\s*(?:who|whose)\b", text, re.IGNORECASE) is not None and _ROLE_CLAUSE_RE.match(text) is None
    for match in _role_re().finditer(text):
        word = index[match.group(1).lower()]
        if word.phrase in _BODY_HEADS and _BODY_POSSESSIVE_RE.search(text, max(0, match.start() - 40), match.start()):
            continue
        if word.phrase == "government" and _FIELD_OF_STUDY_RE.search(text, max(0, match.start() - 60), match.start()):
            continue
        if word.phrase in ("department", "department of") and _UNIVERSITY_AFTER_RE.match(text, match.end()):
            continue
        if word.kind == "organization" and _DESCRIBED_BEFORE_RE.search(text, max(0, match.start() - 30), match.start()) and is_demonym(match.group(1)):
            continue  # "the outspoken New Yorker", "a New Yorker": a person from the city, not the magazine
        # "former Secretary of State Hillary Clinton", a presidential nominee: an office no longer held says less
        former = _FORMER_RE.search(text, max(0, match.start() - 40), match.start()) is not None
        found.append((word.priority + former + relative, match.start(), word))
    found += [(index["newspaper"].priority + relative, start, index["newspaper"]) for start in _newspapers_in(text)]
    return found


# a capitalised word that may end a newspaper's nameplate ("Register", "Post-Gazette"), and a capitalised word before it
_NAMEPLATE_END_RE = re.compile(r"(?<![\w\-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w\-])")
_CAPITALISED_BEFORE_RE = re.compile(r"[A-Z][\w.’']*\s+$")


def _newspapers_in(text: str) -> list[int]:
    """Where a newspaper named by its nameplate starts in ``text`` (``newspaper_name``: "of the Des Moines Register",
    "a reporter for the Pittsburgh Post-Gazette"): the lexicon lists the national papers by name, and the "times",
    "post" or "journal" it lists alone is a weak hint, where a city's name before a nameplate word is none."""
    starts = []
    for last in _NAMEPLATE_END_RE.finditer(text):
        start, found = last.start(), None
        for _width in range(3):  # "Boston Globe", "Des Moines Register", "Salt Lake City Tribune": up to three words before
            before = _CAPITALISED_BEFORE_RE.search(text, max(0, start - 30), start)
            if before is None:
                break
            start = before.start()
            if newspaper_name(text[start:last.end()]):
                found = start
                break
        if found is None and newspaper_name(last.group()):
            found = last.start()  # "the Star-Ledger"
        if found is not None and not _team_member(text, found, last.end()):
            starts.append(found)
    return starts


# a player's position before a team ("a guard for the Connecticut Sun", "quarterback for the Dallas Star")
_POSITION_BEFORE_RE = re.compile(
    r"\b(?:player|guard|forward|center|centre|coach|quarterback|pitcher|goalie|goalkeeper|captain|rookie|teammate)s?\s+(?:for|with|of|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a word in lower case right before the name, no article nor preposition ("a former Dallas Star": a player once)
_MODIFIER_BEFORE_RE = re.compile(r"(?<![\w\-])(?!(?:the|of|for|at|in|to|with|by|from|on|and|or)\s)[a-z][\w\-]*\s+$")


def _team_member(text: str, start: int, end: int) -> bool:
    """Whether the nameplate-like name from ``start`` to ``end`` is a sports team's a person plays for: after a player's
    position ("a guard for the Connecticut Sun"), or ending the words after a modifier in lower case ("a former Dallas
    Star", "retired Connecticut Sun"); "a longtime Boston Globe columnist" and "of the Dallas Star" stay newspapers, as
    does a nameplate in the possessive ("a key player on the Boston Globe's Spotlight team": the paper's own team)."""
    if text[end:end + 2] in ("'s", "’s") or text[end:end + 1] in ("'", "’"):
        return False
    if _POSITION_BEFORE_RE.search(text, max(0, start - 40), start):
        return True
    return _MODIFIER_BEFORE_RE.search(text, max(0, start - 30), start) is not None and not text[end:].strip(" ,;.")


# how a demonym is made from a place's name: "New York" + "er", "Boston" + "ian", "Brooklyn" + "ite", "Texas" - "s" + "n",
# "California" + "n"
_DEMONYM_SUFFIXES = (("er", ""), ("ian", ""), ("ite", ""), ("an", ""), ("n", ""), ("an", "as"), ("ian", "ia"), ("an", "a"))


def is_demonym(name: str) -> bool:
    """Whether ``name`` ("New Yorker", "Texan", "Bostonian") names the people of a place the gazetteer knows."""
    return any(
        name.endswith(suffix) and place_kind(name[: len(name) - len(suffix)] + ending) in ("us_state", "city", "town", "country", "region")
        for suffix, ending in _DEMONYM_SUFFIXES
    )


def role_kind(role: str) -> str:
    """What sort of speaker a role describes: the kind of its first role word
    ("a business blog" → organization; "analyst at PitchBook" → person)."""
    role = role.strip()
    if re.match(r"(?:who|whose)\b", role, re.IGNORECASE):
        return "person"
    match = _role_re().search(role)
    if match is None:
        return ""
    head = role[:match.start()]
    if re.search(r"\b(?:of|at|in|for)\s", head):
        # "director of the Oxford China Policy Lab": the head comes before the institution
        return "organization" if re.search(r"\b(?:maker|owner|unit|subsidiary|operator|developer)\b", head) else "person"
    return _role_index()[match.group(1).lower()].kind


@lru_cache(maxsize=1)
def _role_openers() -> tuple[dict[str, str], frozenset[str]]:
    """Opening word → "strip", "lead", "clause" or "drop", from ``lexicons/role_openers.csv``; and the
    inflected one-word verbs of saying of ``lexicons/reporting_cues.csv``, stripped too ("said
    Democratic pollster")."""
    from .cues import reporting_cues  # cues reads the figure lexicons: only when a role is first cleaned

    openers = {}
    for row in csv.DictReader(data_lines("role_openers.csv")):
        if row["action"] not in ("strip", "lead", "clause", "drop"):
            raise ValueError(f"lexicons/role_openers.csv: {row['word']!r} has action {row['action']!r}; use strip, lead, clause or drop")
        openers[row["word"]] = row["action"]
    # inflected forms only: a bare lemma may be a noun or an adjective too ("state party chairwoman")
    verbs = frozenset(form for form, (lemma, _scope) in reporting_cues().items() if " " not in form and form != lemma and role_word(form) is None)
    return openers, verbs


def _opener(word: str) -> str:
    """What a word opening a role does (``_role_openers``); an acronym ("IT professional") opens
    nothing, nor does a capitalised verb of saying ("State Senator")."""
    word = word.strip(",")
    openers, verbs = _role_openers()
    if len(word) > 1 and word.isupper():
        return ""
    return openers.get(word.lower()) or ("strip" if word in verbs else "")


_NUMBER_ONLY_RE = re.compile(r"(?:(?:at least|about|some|nearly|more than)\s+)?[\d,.]+")
_DETERMINER_ONLY = frozenset({"several", "some", "many", "another", "one", "two", "three", "both", "all", "most", "few"})
# a preposition or an auxiliary after a clause opener: the words up to the name are a clause, not a noun phrase
_CLAUSE_WORD_RE = re.compile(r"\b(?:in|of|by|for|with|on|at|from|to|has|have|had|been|was|were|is|are|will|would)\b")
_CLAUSE_ROLE_WORDS = 5
_COORDINATORS = frozenset({"and", "or", "nor"})


# words before a role word that belong to the role ("former Maryland governor", "longtime friend")
_ROLE_MODIFIERS = frozenset({"former", "longtime", "onetime", "one-time", "retired", "current", "presumptive", "presumed", "would-be", "senior", "top", "chief", "veteran", "fellow"})


def _opens_role(words: list[str]) -> bool:
    """Whether ``words`` start with a role: a capitalised word, a modifier of one or a role word."""
    first = words[0]
    return first[:1].isupper() or first.lower() in _ROLE_MODIFIERS or _role_re().match(" ".join(words)) is not None


def clean_role(role: str) -> str:
    """A role as a phrase describing the speaker, or "" when the words read as one are no role.

    The sentence around an apposition can leave words at its start ("said Democratic pollster",
    "and Republican presidential nominee", "to Republican presidential candidate"): they are taken
    off. After a pronoun, relative word or subordinator the role is the short noun phrase before the
    name ("he met presidential candidate" -> "presidential candidate"; "Although" and "which began
    with worker protests in New York" are none); a preposition of time or manner opening it ("on
    Tuesday", "During her primary campaign") makes no role; an age or another bare number ("69",
    "2016"), a short time phrase ("Several weeks ago"), a lone determiner ("Several"; "many" of
    "many Latinos" is a role word of the lexicon) or a lone state or country (the end of "Cory James
    of Flint, Mich.", cut at its comma) is no role (``lexicons/role_openers.csv``)."""
    words = role.split()
    while words and _opener(words[0]) in ("strip", "lead"):
        if _opener(words[0]) == "lead" and not (len(words) > 1 and _opens_role(words[1:])):
            return ""
        words = words[1:]
    if not words or _opener(words[0]) == "drop":
        return ""
    if _opener(words[0]) == "clause":
        words = words[1:]
        if words and not _opens_role(words):
            words = words[1:]  # the clause's verb: "he met presidential candidate", "she accused Republican contender"
        phrase = " ".join(words)
        if not words or not _opens_role(words) or len(words) > _CLAUSE_ROLE_WORDS or _CLAUSE_WORD_RE.search(phrase) or not mentions_role(phrase):
            return ""
        return phrase
    cleaned = " ".join(words).strip(" ,;:")
    lower = cleaned.lower()
    if lower and lower.split()[-1] in _COORDINATORS and not re.match(r"(?:who|whose)\b", lower):
        return ""  # "Bash and" of "Bash and Wolf Blitzer asked": the first of two subjects, no role
    if _NUMBER_ONLY_RE.fullmatch(lower) or (lower in _DETERMINER_ONLY and role_word(lower) is None) or place_kind(cleaned.rstrip(".")) in ("us_state", "country"):
        return ""
    if lower.endswith(" ago") and len(words) <= 4 and not mentions_role(cleaned):
        return ""
    if re.match(r"(?:who|whose)\b", lower) and not (mentions_role(cleaned) or residence_only(cleaned) or _JOB_CLAUSE_RE.match(lower)):
        return ""  # "Dana Roe, who met them on Monday,": a relative clause naming no role, job nor home tells what she did
    return cleaned


# a relative clause saying what a person does for a living: "who runs Our Principles", "who oversees programming
# at TNT", "who served as Canova's digital fundraising manager", "who works in retail", "who has represented the
# district since 2010"
_JOB_CLAUSE_RE = re.compile(
    r"who\s+(?:now\s+|also\s+|once\s+|previously\s+|used\s+to\s+)?(?:(?:has|have|had)\s+(?:long\s+|also\s+)?)?"
    r"(?:runs|run|oversees|oversaw|overseen|heads|headed|leads|led|chairs|chaired|directs|directed|"
    r"manages|managed|owns|owned|founded|co-founded|helped\s+found|represents|represented|serves|served|works|worked|work|"
    r"tracks|advises|advised|teaches|taught|covers|covered|hosts|hosted|coaches|coached|edits|edited)\b"
)
_RESIDENCE_RE = re.compile(r"(?:of|from)\s+([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})(?:,\s*([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)?))?")
# "who lives in a small town outside the state capital", "who grew up near Flint": where the person lives, all the clause says
_LIVES_RE = re.compile(r"who\s+(?:lives|has lived|resides|grew up)\s+(?:in|near|outside|on|just|north|south|east|west)\b", re.IGNORECASE)


def residence_only(role: str) -> bool:
    """Whether a role only says where the speaker lives, in a town or city ("of Sarasota, Florida",
    "of Exeter, N.H.", "from Flint, Mich.", "of Oakland"): how US news introduces an ordinary person
    met at a rally, in a crowd or in a poll. A state or a country alone ("Ted Cruz of Texas") is how
    a legislator is introduced, and a name the gazetteer does not know may be an employer's. A relative
    clause that only says where the person lives ("who lives in a small town outside the state capital")
    is the same introduction; a role word in it ("who lives in Ohio and lobbies for a trade association")
    says more."""
    if _LIVES_RE.match(role.strip()):
        return not categorize(role)[0]
    match = _RESIDENCE_RE.fullmatch(role.strip(" ,"))
    if match is None or mentions_role(role):
        return False
    place, state = match.groups()
    if state is not None:
        return place_kind(state) == "us_state" and place_kind(place) != "us_state"
    return place_kind(place) in ("city", "town")


_TITLE_NAME_RE = re.compile(r"\b[A-Z][a-z]+\s+(?:[A-Z][\w’'\-]+\s*)+")


# "who chairs the Senate Armed Services Committee", "who directs the Urban Institute", "who is chairman of Our Principles
# PAC": the body named is the speaker's own
_HEADS_RE = re.compile(rf"who\s+(?:also\s+|now\s+)?(?:{_HEADING_VERBS})\s+(?:the\s+)?[A-Z]")
_IS_ROLE_IN_RE = re.compile(
    r"who\s+(?:is|was|has been|serves as)\s+(?:(?:also|now|the|an?)\s+)*(?:[a-z][\w\-]*\s+){0,2}(?P<noun>[a-z][\w\-]*)\s+(?:of|at|for)\s+(?:the\s+)?[A-Z]"
)


# "who teaches constitutional law at Washington University", "who works for the Brennan Center": where the speaker works
_WORKS_AT_RE = re.compile(r"who\s+(?:also\s+|now\s+)?(?:teaches|works|lectures|researches)\b[^,;]{0,60}?\s+(?:at|for)\s+(?:the\s+)?[A-Z]")


def _heads_named_body(role: str) -> bool:
    """Whether a relative clause says the speaker heads, works at or holds a role in the body it names ("who
    chairs the Senate Armed Services Committee", "who teaches law at Washington University", "who is chairman of
    Our Principles PAC"; not "who was a guest of ...")."""
    if _HEADS_RE.match(role) or _WORKS_AT_RE.match(role):
        return True
    stated = _IS_ROLE_IN_RE.match(role)
    return stated is not None and role_word(stated.group("noun").lower()) is not None


# "President Barack Obama’s former top adviser", "Sen. Ted Cruz’s spokesman": a name and its possessive opening a role
_POSSESSOR_RE = re.compile(r"(?:[A-Z][\w.\-]*\s+){1,5}?(?=[A-Z][\w.\-]*(?:’s|'s|’|')\s)")


def role_for_category(role: str) -> str:
    """A role (``clean_role``) without the other people it names, for ``categorize``: in a relative
    clause ("who met Premier Li Qiang") the names say nothing of the speaker, except the body a clause
    says the speaker heads ("who chairs the Senate Armed Services Committee"); the title of the person
    whose aide or relative the speaker is says nothing of the speaker either ("President Barack Obama’s
    former top adviser": an adviser; whom the role serves still names them, for ``principals``)."""
    role = clean_role(role)
    possessor = _POSSESSOR_RE.match(role)
    if possessor is not None:
        words = possessor.group().split()
        while words and (words[0].lower().rstrip("."),) in titles():
            words = words[1:]
        role = " ".join(words + [role[possessor.end():]])
    if not re.match(r"(?:who|whose)\b", role.strip(), re.IGNORECASE) or _heads_named_body(role.strip()):
        return role
    return _TITLE_NAME_RE.sub(" ", role)


def looks_like_organization(name: str) -> bool:
    """Whether a name reads as an organisation's ("Oxford China Policy Lab", "01.ai")."""
    return bool(
        re.search(
            r"\b(Institute|University|Academy|Lab|Laboratory|Capital|Review|Times|Post|Journal|News|Daily|Media|Inc|Ltd|Group|"
            r"Technologies|Holdings|Research|Bank|Ministry|Center|Centre|Corp|Company|Party|Council|Agency|Foundation|Fund|Partners|"
            r"Department|Commission|Office|Committee|Authority|Service|Association|Federation|Union|Organisation|Organization|Board|Bureau|"
            r"College|School|Hospital|Trust|Institution|Society|League|Alliance|Network|Council)\b",
            name,
        )
    ) or bool(re.search(r"\.(ai|com|io)$", name, re.IGNORECASE))


# "45% of Republicans", "three-quarters", "the same number", "one in five voters": a share of a poll's answers
# ("a third source" is an ordinal: a group follows a fraction only after "of", "in" or "among")
_SHARE_RE = re.compile(
    r"(?:(?:about|nearly|almost|roughly|just|only|over|under|more than|less than|fewer than|some)\s+)?"
    r"(?:(?:\d+(?:\.\d+)?\s*(?:%|percent)|(?:one|two|three|four|a)[\s\-](?:third|quarter|fourth|fifth|half)s?|half|"
    r"(?:a|the)\s+(?:slim\s+|narrow\s+|clear\s+)?(?:majority|plurality)|the same (?:number|share|percentage))"
    r"(?:\s+(?:of|in|among)\s+(?:the\s+|those\s+|all\s+)?(?P<group>.+))?"
    r"|(?:one|two|three|four|\d+)\s+in\s+(?:\w+)(?:\s+(?P<counted>.+))?)",
    re.IGNORECASE,
)


def poll_share(name: str) -> bool:
    """Whether a speaker's name is a share of the people a poll asked ("45% of Republicans",
    "three-quarters of primary voters", "the same number"): members of the public answering, a
    citizen source, whatever party they lean to; not a share of a body of officials ("two-thirds of
    the Senate"), whose kind the role lexicon gives."""
    match = _SHARE_RE.fullmatch(name.strip())
    group = match and (match.group("group") or match.group("counted"))
    return match is not None and (not group or categorize(group)[0] in ("", "politics", "citizen"))
