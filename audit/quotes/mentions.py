"""Speaker mentions: the noun phrase that names who speaks, read from the narrator's words.

Given the words on the speaker's side of a cue, ``parse_speaker`` returns the head
mention (a pronoun, a name with its premodifiers and titles, or a description such
as "a Weibo user") and the apposition that states its role ("Liang Wenfeng, the
founder of DeepSeek"), or None when the words cannot name a speaker (a clause, an
object, a time phrase). The segmentation is the comma structure of news apposition
(Krestel, Bergler & Witte 2008); names come from the article's ``ArticleNames`` (the
shared name finder, which already tells a sentence opener such as "Much" or "Take"
from a name).
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from ..figures import lexicons as figure_lexicons
from ..text import HAVE_FORMS, NameMention, Token, alternation, calendar_words, dateline_end, is_plural, name_problem, name_suffixes, office_modifiers, party_tag, place_kind, tokens, word_spans
from .cues import authored_nouns, cues_in, reporting_cues, speaker_end
from .names import ArticleNames, SpeakerName, is_name_word, speaker_name, speaker_words, strip_possessive
from .roles import is_demonym, mentions_role, occupation_nouns, role_word, speaker_nouns

# pronouns that can speak ("he said"), with the gender they state (lexicons/speaker_words.csv)
# why a demonym alone by a cue ("“...,” White said") is read as a person's surname: the evidence of its name mention
DEMONYM_SURNAME = "a demonym alone by a cue: a surname"
PRONOUN_GENDER = {word: gender for word, (kind, gender) in speaker_words().items() if kind == "subject"}
DETERMINERS = frozenset({"a", "an", "the", "one", "another", "some", "many", "several", "two", "three", "most", "other", "those", "these", "this", "that", "its", "his", "her", "their"})
# a preposition or relative word after the head ends the core of a noun phrase
POSTMODIFIER_WORDS = frozenset({"in", "on", "at", "of", "from", "who", "whose", "which", "that", "using", "including", "with", "based", "close", "for", "by", "to"})
# verbs, auxiliaries and clause words: a phrase holding one is a clause, not a speaker
NOT_IN_NOUN_PHRASE = frozenset(
    """is was are were be been has have had may might can could will would should shall did does do it
    that this if as when because like than not also said says which what there here""".split()
)
_INTRO_WORDS = frozenset(
    """in on at during after before for with under since last this earlier later meanwhile however but and
    nevertheless nonetheless still moreover instead also yet so then now today yesterday despite while
    when as if although though because furthermore indeed inside outside unlike like back
    among amid across against beyond within without through throughout toward towards
    following given besides""".split()
)
LEADING_CONNECTIVES = frozenset({"but", "and", "so", "yet", "also", "however", "still", "then"})
# words that open a clause before its subject and are no part of it: a subordinator ("While the governor has said
# ...", "where local party leaders say ...") or a focus adverb ("Even the organizer said")
_OPENERS_BEFORE_SUBJECT = LEADING_CONNECTIVES | {"while", "although", "though", "whereas", "where", "even"}
_SINGULAR_DETERMINERS = frozenset({"a", "an", "one", "another", "each", "every"})
_AGE_RE = re.compile(r"^\d+-year-old$")
PREPOSITIONS = frozenset({"in", "on", "at", "from", "with", "for", "by", "to", "of", "during", "after", "before", "under", "over", "about", "into", "through", "since", "despite", "amid", "among", "against", "toward", "towards", "without", "within", "across", "behind", "beyond", "near"})
RELATIVE_WORDS = frozenset({"who", "whose", "which", "that", "whom"})
_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\w+)?"
# a share of people: "24 percent", "two in three", "a majority", "half", "a third", "most"
SHARE_OF_PEOPLE_RE = re.compile(
    rf"(?:(?:about|nearly|almost|roughly|more than|less than|fewer than|at least|close to|over|under|just|only|some|a full|fully|a|an|the|"
    rf"large|wide|narrow|slim|clear|solid|overwhelming)\s+)*"
    rf"(?:{_NUMBER}\s*(?:percent|%|in\s+{_NUMBER}|out of\s+{_NUMBER})|{_NUMBER}\s+of\s+\w+|half|majority|majorities|minority|minorities|plurality|third|quarter|two-thirds|three-quarters)(?=\s|$)"
)
_TIME_PHRASE_RE = re.compile(
    r"\s*(?:(?:the\s+)?(?:next|last|previous|following|same|this|that)\s+(?:day|week|month|year|morning|evening|night|weekend|time)|"
    r"(?:on|in|by|last|early|late)\s+(?:" + alternation(calendar_words().weekdays | calendar_words().months) + r"|\d{4})|"
    # "Hours later,", "A week earlier,", "Two years ago,": a span of time before or after the story's moment
    rf"(?:(?:a|an|a\s+few|several|{_NUMBER})\s+)?(?:moments?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:later|earlier|ago|before|after))\b",
    re.IGNORECASE,
)
_PARTICIPLE_RE = re.compile(r"^[A-Za-z]{3,}(?:ed|ing)$")
# "the 43-year-old asked": a person named by an age
PERSON_OF_AGE_RE = re.compile(r"(?:the|a)\s+(\d{1,3})-year-old")


@lru_cache(maxsize=1)
def _counts() -> dict[str, int]:
    """Exact number words of ``lexicons/figure_number_words.csv`` ("two" -> 2), for "the two said"."""
    return {word: int(low) for word, (low, high) in figure_lexicons().number_words.items() if low == high}


def people_counted(phrase: str) -> int:
    """How many people a numeral subject names ("the two" -> 2, "both" -> 2, "the three" -> 3), else 0."""
    words = phrase.lower().split()
    if words == ["both"]:
        return 2
    return _counts().get(words[1], 0) if len(words) == 2 and words[0] == "the" else 0


ARTICLES = frozenset({"the", "a", "an"})
_COORDINATORS = frozenset({"and", "or", "nor", "but"})
_INTENSIFIERS = frozenset({"himself", "herself", "itself", "themselves"})
# determiners standing alone for one of a group of people, as a sentence's whole subject
_PEOPLE_PRONOUNS = frozenset({"another", "one"})
_CLAUSE_OPENING = frozenset({"", "\n", ".", ";", ":", "!", "?", "”", '"'})
_SEPARATOR_RE = re.compile(r"(?<!\d)[,;](?!\d)|[,;](?=\s)|[“”\"]")


@dataclass
class Mention:
    """A speaker noun phrase found in narrator text: the span of its head (name, pronoun
    or description), its form, and what the phrase says around the head. ``role`` grows
    as appositions are read, so the object is mutable while an attribution is built."""

    start: int
    end: int
    text: str
    form: str  # name | pronoun | description
    role: str = ""
    honorific_gender: str = ""
    title: str = ""
    name: NameMention | None = None  # the name finder's mention, for a name
    # the names coordinated in one subject ("Jeb Bush and Chris Christie say"), each a mention of its own (this one's
    # role is then the words before them all): they speak together
    conjuncts: tuple[Mention, ...] = ()


# the finite auxiliaries and modals that open a clause's predicate (lower case: "Will Smith" and "May" are names)
FINITE_AUXILIARY = alternation("is was were are has had have will would could can should may might must did does do".split())
PREDICATE_OPENING_RE = re.compile(r"\s*" + FINITE_AUXILIARY + r"(?:n[’']t)?\b")
"""A comma segment that opens with an auxiliary or a modal is a predicate ("Cruz, says Trump, is a liar"), never an apposition."""


def parse_speaker(text: str, start: int, end: int, *, strict: bool = False, loose: bool = False, names: ArticleNames | None = None) -> Mention | None:
    """The speaker noun phrase in ``text[start:end]`` (head mention and apposition), or None
    when the words there cannot name a speaker (a clause, an object, a time phrase).
    ``names``: the names of ``text`` (found here when not given).

    Unless ``strict``, leading comma segments that open with an adverbial or a participle
    clause ("In a statement, ...", "Asked whether ..., ") are skipped. ``loose``: any short
    noun phrase with a determiner is a description ("a court filing", "the retired
    neurosurgeon"), for the subject right before a verb of saying.
    """
    if names is None:
        names = ArticleNames(text)
    past_dateline = dateline_end(text, start)
    if past_dateline > start and text[past_dateline - 1] in " \t\u00a0":
        start = past_dateline  # "PHILADELPHIA ― Hillary Clinton’s campaign": the place is no part of the speaker (but "AP-GfK")
    while start < end and text[start] in " ,;:—–-\u00a0\n":
        start += 1
    # an apposition before the verb ends in a comma ("Cruz, a senator, said"); "said Kenyatta, D-Philadelphia." is after it
    closed = "," in text[end - 3:end] or not re.match(r"\s*[a-z]", text[end:end + 3])
    while end > start and text[end - 1] in " ,;:\u00a0\n":
        end -= 1
    if start >= end:
        return None
    segments = comma_segments(text, start, end)
    skipped = False
    while not strict and len(segments) > 1 and (
        # "Among the members of the board, which met Monday, Roe said", "Addressing 100 members, many of them
        # skeptical, the chief, Paul Manafort, said": a relative clause or a partitive after a skipped segment is its
        # (not when a list runs on past it: "Trump, who has insulted women, Mexicans and Muslims, she said")
        (
            skipped
            and (first_word(text, *segments[0]) in RELATIVE_WORDS - {"that"} or _PARTITIVE_OF_THEM_RE.match(text, *segments[0]))
            and not re.search(r"\b(?:and|or)\b", text[segments[1][0]:segments[1][1]])
        )
        or first_word(text, *segments[0]) in _INTRO_WORDS
        or _TIME_PHRASE_RE.fullmatch(text, segments[0][0], segments[0][1])  # "A week later, Rubio said"
        # "Conversely,": one word in -ly that is no surname of a person the article names in full ("Kelly, the Fox
        # News host," after "Megyn Kelly"; the name finder alone may read a capitalised adverb as a name)
        or (len(word_spans(text, *segments[0])) == 1 and first_word(text, *segments[0]).endswith("ly") and not _last_name_of_someone(first_word(text, *segments[0]), names))
        # "Asked whether ..., Lagarde said": a participle clause before the subject
        or (_PARTICIPLE_RE.match(first_word(text, *segments[0])) and len(word_spans(text, *segments[0])) >= 2)
        # "Frustrated, Sanders said", "Undeterred, she added": one word in -ed that the article names no one by
        or (
            len(word_spans(text, *segments[0])) == 1
            and first_word(text, *segments[0]).endswith("ed")
            and _PARTICIPLE_RE.match(first_word(text, *segments[0]))
            and names.ending_at(*segments[0]) is None
        )
    ):
        segments.pop(0)
        skipped = True
    head = segments[0]
    rest = segments[1:]
    # strip a leading conjunction, adverb or subordinator inside the head ("But Ye", "And they", "While the governor")
    words = tokens(text, *head)
    while words and words[0][2].lower() in _OPENERS_BEFORE_SUBJECT and len(words) > 1:
        words = words[1:]
    if not words:
        return None
    mention = head_mention(text, words, names, loose=loose)
    if mention is None and not strict and rest:
        # "Speaking at a rally in Novi, Michigan, Trump says": the subject stands right before the verb
        last = tokens(text, *rest[-1])
        if last and last[0][2].lower() in ("who", "whose", "which") and len(rest) == 1:
            # "whether Sanders, who enjoys higher numbers than President Obama, will tell": a relative clause
            # after the subject, which ends the comma segment before it (after a subordinator)
            prior = tokens(text, *head)
            opening = max((k for k, token in enumerate(prior) if token[2].lower() in _SUBJECT_OPENING_WORDS), default=-1)
            subject = head_mention(text, prior[opening + 1:], names) if prior[opening + 1:] else None
            if subject is not None and subject.form == "name":
                return subject
        mention = head_mention(text, last, names) if last and last[0][2].lower() not in LEADING_CONNECTIVES else None
        if mention is not None:
            words, rest = last, []
    if mention is None and rest and len(words) <= 4 and (words[0][2].lower() in DETERMINERS or re.search(r"\w[’']s?$", words[0][2]) and len(words) > 1):
        # "The developer, Northfield Homes, said", "Sanders's campaign manager, Jeff Weaver, said": a short
        # description (or a possessor's) before a name is its role
        second = _name_described(text, words, rest[0], names)
        if second is not None:
            mention, rest = second, rest[1:]
    if mention is None:
        return None
    if mention.form == "name" and len(rest) == 1 and not closed:
        # "Cruz, Blackwell wrote, “has shown ...”", "Ms. Warren, she said, ''exposes him''": a name or a pronoun alone right
        # before the verb, with no comma closing it as an apposition, is the subject; the name before is what it speaks of
        subject = _alone_before_verb(text, rest[0], names)
        if subject is not None:
            return subject
    if mention.form == "description" and rest and _state_of_town(text, words, rest[0]):
        # "Officials in Chappaqua, N.Y., said": the state belongs to the description, and is no name or role
        mention = Mention(mention.start, rest[0][1], text[mention.start:rest[0][1]], mention.form)
        rest = rest[1:]
    if mention.form == "description" and rest:
        # "DeepSeek’s founder, Liang Wenfeng, said": the description is the role of the name
        second = _name_described(text, words, rest[0], names)
        if second is not None:
            mention, rest = second, rest[1:]
    # "Trump, in a statement, said", "Smith, speaking to reporters, said": an adverbial set off by
    # commas is no role, nor is what follows it ("Smith, at Brookings," and "Smith, with the ACLU,"
    # are affiliations)
    # and a predicate after an inverted source ("Cruz, says Trump, is a liar") is what was said, not who said it
    rest = list(itertools.takewhile(lambda segment: not _adverbial(text, segment) and not PREDICATE_OPENING_RE.match(text, *segment), rest))
    if rest:
        appositive = re.split(r"\s[—–]\s", text[rest[0][0]:rest[-1][1]])[0].strip(" ,")  # "... in Kano — and she is not alone"
        appositive = re.sub(r"^\d{1,3},\s*", "", appositive)  # "Peter Grant, 67, a retired engineer"
        appositive = re.sub(r"^(?:an?|the)\s+", "", appositive)
        appositive = re.sub(r"\s+and\s+\w+$", "", appositive)  # "... University and was" before a quoted fragment
        mention.role = ", ".join(x for x in (mention.role, appositive) if x)
    return mention


def _alone_before_verb(text: str, segment: tuple[int, int], names: ArticleNames) -> Mention | None:
    """The pronoun ("she") or the person's name with nothing else ("Blackwell", "Mr. Daley") that ``segment`` is."""
    words = tokens(text, *segment)
    if len(words) == 1 and words[0][2].lower() in ("he", "she"):
        return Mention(words[0][0], words[0][1], words[0][2], "pronoun")
    if any(w.lower().strip(".") in name_suffixes() for _s, _e, w in words) or party_tag(text[segment[0]:segment[1]]):
        return None  # "Herman Baertschiger, Jr. explained", "Kenyatta, D-Philadelphia said": the name's own suffix or tag
    found = names.ending_at(*segment)
    if found is None or found.kind not in ("person", "unknown") or (found.title_span[0] if found.title_span else found.start) != segment[0]:
        return None
    return head_mention(text, words, names)


def _last_name_of_someone(word: str, names: ArticleNames) -> bool:
    """Whether the lower-case ``word`` is the last part of a name of two parts or more the article gives ("kelly"
    after "Megyn Kelly"), so that a word in -ly alone is a surname and not an adverb ("Conversely")."""
    return any(len(m.parts) >= 2 and m.parts[-1].lower() == word for m in names.mentions)


# "many of them", "most of whom", "some of which": a partitive of what the words before named
_PARTITIVE_OF_THEM_RE = re.compile(r"(?:many|most|some|all|few|several|none|one|each|both|half|two|three)\s+of\s+(?:them|whom|which)\b", re.IGNORECASE)
# subordinators before a subject in its comma segment: "whether Sanders, who ..."
_SUBJECT_OPENING_WORDS = frozenset({"whether", "as", "if", "when", "while", "because", "although", "though", "after", "before", "since"})
# words opening an adverbial set off after a name; "at", "with", "from" and "of" open an affiliation
_ADVERBIAL_OPENERS = (_INTRO_WORDS | PREPOSITIONS) - {"at", "with", "from", "of"}


def _adverbial(text: str, segment: tuple[int, int]) -> bool:
    """Whether a comma segment after a speaker's name is an adverbial, not an apposition: it opens
    with an adverb or a preposition of time, place or manner ("however", "in a statement", "after
    the vote"), or with a participle followed by its object or a preposition ("speaking to
    reporters", "asked about the bill"; not "acting director")."""
    words = [w.lower() for _, _, w in tokens(text, *segment)]
    if not words:
        return False
    if words[0] in _ADVERBIAL_OPENERS:
        return True
    return bool(_PARTICIPLE_RE.match(words[0])) and len(words) > 1 and (words[1] in PREPOSITIONS or words[1] in DETERMINERS)


# words that count the people of a plural description besides the numerals ("Both candidates", "Several aides")
_COUNTING_WORDS = frozenset({"both", "several", "many", "some", "all"})


def _opens_with_a_count(word: str) -> bool:
    """Whether a plural description opens with a count ("Three lawmakers", "2 senators", "Both candidates"): a
    numeral of the figure lens's lexicons (the toolkit's one list of English numerals) or a counting word."""
    lower = word.lower()
    return lower.isdigit() or lower in figure_lexicons().number_words or lower in _COUNTING_WORDS


def _name_described(text: str, words: list[Token], segment: tuple[int, int], names: ArticleNames) -> Mention | None:
    """The name apposed in ``segment`` to the description ``words`` before it ("DeepSeek’s founder, Liang
    Wenfeng,"), the description first in its role; ``None`` when the segment names no one, or only the state
    of a town the description ends with ("officials in Chappaqua, N.Y.,")."""
    if _state_of_town(text, words, segment):
        return None
    if len(words) > 1 and is_plural(words[-1][2].lower()) and words[-1][2].islower() and (
        _opens_with_a_count(words[0][2]) or re.search(r"\s(?:and|&)\s", text[segment[0]:segment[1]])
    ):
        # "Three lawmakers, former Sen. Kim Ward, Rep. Tom Lee and ...,", "Clay's biographers, David and Jeanne Heidler,":
        # a list of the speakers, no one of them ("The winning arguments, Greenberg says his research shows," is no list)
        return None
    second = _apposed_name(text, segment, names)
    if second is not None:
        second.role = ", ".join(x for x in (text[words[0][0]:words[-1][1]], second.role) if x)
    return second


def _state_of_town(text: str, words: list[Token], segment: tuple[int, int]) -> bool:
    """Whether ``segment`` is the US state of a town that ``words`` end with ("in Chappaqua, N.Y.")."""
    return words[-1][2][:1].isupper() and place_kind(text[segment[0]:segment[1]]) == "us_state"


def _name_of_partitive(text: str, description: str, segment: tuple[int, int], names: ArticleNames) -> Mention | None:
    """The name apposed in ``segment`` to a partitive or description ("One of the men, Jessie Elkins,"),
    which is its role (without its article) when the name has none; ``None`` when the segment names no one."""
    apposed = _apposed_name(text, segment, names)
    if apposed is not None:
        apposed.role = apposed.role or re.sub(r"^(?:an?|the)\s+", "", description, flags=re.IGNORECASE)
    return apposed


def _apposed_name(text: str, segment: tuple[int, int], names: ArticleNames) -> Mention | None:
    """The name standing alone in ``segment`` ("Liang Wenfeng"), not one introduced by a
    preposition ("including Elon Musk": an example, not the speaker)."""
    words = tokens(text, *segment)
    if not words:
        return None
    if not is_name_word(words[0][2]):
        return _titled_after_modifiers(text, words, names)
    mention = head_mention(text, words, names)
    return mention if mention is not None and mention.form == "name" else None


_TITLE_MODIFIER_WORDS = 2
"""How many lower-case words may stand before an office in an apposed name ("former state Rep.")."""


def _titled_after_modifiers(text: str, words: list[Token], names: ArticleNames) -> Mention | None:
    """The name in an apposition that opens with a lower-case office ("the chamber's top Republican, state Sen. Kim
    Ward,") or with lower-case words modifying the office ("the bill's sponsor, former Rep. Tom Lee,"): at most
    ``_TITLE_MODIFIER_WORDS`` of them, each a modifier of an office (``office_modifiers``: "including Sen. Tom Lee" gives an example,
    "unlike Gov. Ann Ortiz" sets one apart), right before the office that the name finder read with the name."""
    mention = head_mention(text, words, names)
    if mention is None or mention.form != "name" or mention.name is None or mention.name.title_span is None:
        return None
    leading = [w for s, _e, w in words if s < mention.name.title_span[0]]
    if len(leading) > _TITLE_MODIFIER_WORDS or not set(leading) <= office_modifiers():
        return None
    return mention


def first_word(text: str, start: int, end: int) -> str:
    """The first word of ``text[start:end]``, lower case ("" if none)."""
    words = tokens(text, start, end)
    return words[0][2].lower() if words else ""


def comma_segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-separated pieces of ``text[start:end]``, not splitting inside quote marks or numbers."""
    segments = []
    seg_start = start
    inside = False
    for m in _SEPARATOR_RE.finditer(text, start, end):
        ch = m.group()
        if ch in "“”\"":
            inside = ch == "“" or (ch == '"' and not inside)
            continue
        if inside:
            continue
        a = m.start()
        if text[seg_start:a].strip():
            segments.append(_strip(text, seg_start, a))
        seg_start = a + 1
    if text[seg_start:end].strip():
        segments.append(_strip(text, seg_start, end))
    return segments


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \n\t\u00a0—–":
        start += 1
    while end > start and text[end - 1] in " \n\t\u00a0":
        end -= 1
    return start, end


# a role before a name runs to six words ("Montclair State University political scientist Brigid Harrison")
_PREMODIFIER_WORDS = 6


def _word_surname(words: list[Token], names: ArticleNames) -> bool:
    """Whether ``words`` are a person's name the finder read though its first word is a function word
    ("From" of "Al From")."""
    found = names.ending_at(words[0][0], words[-1][1])
    return found is not None and found.start == words[0][0] and found.kind == "person"


def head_mention(text: str, words: list[Token], names: ArticleNames | None = None, *, loose: bool = False) -> Mention | None:
    """Classify one comma segment's words as a pronoun, a (premodified) name or a
    description, or None when they name no speaker (``loose``: see ``parse_speaker``)."""
    if not words:
        return None
    if len(words) > 1 and words[-1][2].lower() in _INTENSIFIERS:
        words = words[:-1]  # "Ford itself said", "Trump himself has said": the subject is the noun phrase
    forms = [t[2] for t in words]
    # a percent sign is no word: "42% say" is a share of people as "42 percent say" is
    lower = [w.lower() + ("%" if text[t[1]:t[1] + 1] == "%" else "") for w, t in zip(forms, words)]
    if len(words) == 1 and lower[0] in PRONOUN_GENDER:
        s, e, w = words[0]
        return Mention(s, e, w, "pronoun")
    if names is None:
        names = ArticleNames(text)
    # the part before a prepositional phrase or relative clause is the core of the phrase,
    # unless the word is inside a name ("the Association of Flight Attendants")
    core = len(words)
    for k, w in enumerate(lower):
        if k > 0 and (
            w in POSTMODIFIER_WORDS or w in PREPOSITIONS
            or (_PARTICIPLE_RE.match(w) and words[k][2].islower() and _is_source_noun(lower[k - 1]) and w not in reporting_cues())
            or (w in _COMPLEMENT_ADJECTIVES and (words[k - 1][2].islower() or k == 1 and _is_source_noun(lower[0])) and lower[k + 1:k + 2] and lower[k + 1] in PREPOSITIONS)
        ):
            # "People briefed on the move": a participle after the head noun starts a postmodifier (a capital
            # is a name: "economist Jared Bernstein", "analyst Ahmed Ali"), as does an adjective with its
            # complement after a common noun ("people familiar with the talks", "People familiar with";
            # "a Democrat familiar with" is read whole where a capital may be a name)
            core = k
            break
        if k > 0 and w == "such" and lower[k + 1:k + 2] == ["as"]:
            # "Democrats such as Chuck Schumer": examples of the head, who is the speaker
            words, lower, core = words[:k], lower[:k], k
            break
    quantity = SHARE_OF_PEOPLE_RE.match(" ".join(lower))
    if quantity and (quantity.end() == len(" ".join(lower)) or lower[len(quantity.group().split())] in ("of", "in", "said", "say", "says")):
        # "Twenty-four percent", "Two in three", "a full 79 percent of Democrats", "42%", "majorities in all
        # five": a share of people
        end = words[-1][1] + lower[-1].endswith("%")
        return Mention(words[0][0], end, text[words[0][0]:end], "description")
    if len(words) == 1 and lower[0] in _PEOPLE_PRONOUNS and (lower[0] == "another" or text[: words[0][0]].rstrip(" \t\u00a0")[-1:] in _CLAUSE_OPENING):
        # "Another said ...", "One says ..., while another says ...", "; one suggested ...": someone of
        # people just spoken of; "one" opening its clause only ("if one adds", "the only one who" are no one)
        return Mention(words[0][0], words[0][1], words[0][2], "description")
    if len(words) == 2 and lower[0] == "those" and _PARTICIPLE_RE.match(lower[1]) and lower[1].endswith("ed"):
        # "Those surveyed say", "those polled said": the people the participle tells
        return Mention(words[0][0], words[-1][1], text[words[0][0]:words[-1][1]], "description")
    if core == len(words) and (people_counted(" ".join(lower)) >= 2 or PERSON_OF_AGE_RE.fullmatch(" ".join(lower))):
        # "the two said", "both said", "the 43-year-old asked": people the article named just before
        return Mention(words[0][0], words[-1][1], text[words[0][0]:words[-1][1]], "description")
    if core < len(words):
        spanning = [m for m in names.within(words[0][0], words[-1][1]) if m.start < words[core][0] < m.end]
        if spanning:
            core = next((k + 1 for k, t in enumerate(words) if t[1] >= spanning[0].end), core)
    # two names, each with its title, run longer ("Maine Sen. Susan Collins and Texas Rep. Louis Gohmert")
    coordinated = core <= _COORDINATED_WORDS and not _COORDINATING_AND.isdisjoint(lower[:core])
    if (core > 7 and not coordinated) or (lower[0] in PREPOSITIONS and not _word_surname(words[:core], names)):
        return None  # "On social media posts and ...": a prepositional phrase names no one (but "From said": Al From)
    core_words = words[:core]
    core_lower = lower[:core]
    found = names.ending_at(core_words[0][0], core_words[-1][1])
    title_start = (found.title_span[0] if found.title_span is not None and found.title_span[0] >= core_words[0][0] else found.start) if found is not None else 0
    # "Jeb Bush and Chris Christie say": the names coordinated before the last, first to last
    partners = _coordinated_names(text, [t for t in core_words if t[1] <= title_start], found, names) if found is not None else []
    if core > 7 and not partners:
        return None
    named_from = found.start if found is not None else core_words[-1][1]  # "Theresa May": "May" is a name here
    if any(w in NOT_IN_NOUN_PHRASE for w, t in zip(core_lower, core_words) if t[0] < named_from):
        return None
    if core < len(words) and lower[core] not in RELATIVE_WORDS and any(w in NOT_IN_NOUN_PHRASE for w in lower[core:]):
        return None  # "most of whom are what the internet has": a clause, not a postmodifier
    if core < len(words) and lower[core] not in POSTMODIFIER_WORDS and not (core + 1 < len(words) and lower[core + 1] in PREPOSITIONS):
        return None  # "The startup launched a free agent": a verb, not "people briefed on the move"
    last = strip_possessive(core_lower[-1])
    if core_lower[-1] != last and core == len(words):
        return None  # "DeepSeek’s" alone is a possessive, not a speaker
    last_role = role_word(last)
    common = _is_source_noun(last)
    # "Economists at ..." opening a sentence is a description; "the MIT Technology Review" a name, and so is a body
    # the name finder knows by its one-word name ("CNN reported", "Reuters said", "Pfizer said": a listed body)
    last_is_name = found is not None and (
        found.kind == "organization" or not (len(found.parts) == 1 and common and found.start == core_words[0][0])
    )
    if last_role is None and last.endswith("s"):
        last_role = role_word(last[:-1])  # "strategists", "senators"
    if last_role is None and len(core_lower) >= 2:
        last_role = role_word(f"{core_lower[-2]} {last}")  # "the first lady": a role of two words whose last is none
    if last_role is None and core < len(words):
        # "the Director of National Intelligence": an office the lexicon lists with its complement, whose head alone is none
        last_role = role_word(" ".join(lower[1:] if lower[0] in DETERMINERS else lower))
    if found is None and len(core_words) == 1 == len(words) and _listed_body_name(core_words[0][2]):
        # "Pfizer said", "Congress said": a body the role lexicon lists by a one-word name, capitalised where the
        # name finder sees it only opening a sentence, is that named body, no description
        s, e, w = core_words[0]
        return Mention(s, e, w, "name")
    # "the actress said", "a singer told reporters": a person by occupation, with a determiner (no kind of source,
    # so not a source noun everywhere: "Actress Jane Roe" is a premodifier of a name)
    occupation = len(core_lower) > 1 and core_lower[0] in DETERMINERS and last in occupation_nouns()
    if not last_is_name and (last in speaker_nouns() or occupation or (last_role is not None and last_role.kind in ("person", "group", "organization"))) and not _is_verb_like(core_lower):
        plural = is_plural(last)  # "experts", not "an analysis"
        if core_lower[0] in _SINGULAR_DETERMINERS and plural:
            return None  # "a choice experts": the determiner belongs to another noun
        return Mention(words[0][0], words[-1][1], text[words[0][0]:words[-1][1]], "description")
    if found is None and len(core_words) == 1 == len(words) and names.lone_name(core_words[0][2], core_words[0][0]):
        s, e, w = core_words[0]
        # "“...,” White said": a demonym that names one speaker is a person's surname (no body is called "White"), unless
        # it opens an organisation's name the article writes ("American Airlines ... American said": the airline)
        demonym_surname = name_problem(w) == "demonym alone" and w.lower() not in names.organization_openers
        surname = NameMention(s, e, w, w.lower(), "person", DEMONYM_SURNAME, (w,)) if demonym_surname else None
        return Mention(s, e, w, "name", name=surname)
    if found is None and loose and _loose_description(core_lower) and len(words) - core <= 3:
        return Mention(words[0][0], words[-1][1], text[words[0][0]:words[-1][1]], "description")
    if found is None or found.kind == "place":
        return None
    name = speaker_name(text, found)
    subject = _subject_before_verb(text, [t for t in core_words if t[1] <= title_start], names)
    if subject is not None:
        return subject
    before_name = [t for t in core_words if t[1] <= title_start]
    if before_name and _OBJECT_OF_PARTICIPLE_RE.fullmatch(before_name[-1][2]) and before_name[-1][2].lower() not in _ING_PREMODIFIERS:
        return None  # "contradicting Trump", "citing Reuters": the name is what a participle acts on
    if partners:
        # "Jeb Bush and Chris Christie say": all speak; the words before the first name are the role of all
        first = partners[0]
        title_start = min(first.start, _title_start(first.name)) if first.name is not None else first.start
        before_name = [t for t in before_name if t[1] <= title_start]
        core_words = before_name + [t for t in core_words if t[0] >= found.start]
    premod = [t[2] for t in core_words if t[1] <= title_start and t[2].lower() not in ARTICLES and not _AGE_RE.match(t[2])]
    if len(premod) > _PREMODIFIER_WORDS:
        return None
    article = max((k for k, t in enumerate(before_name) if t[2].lower() in ("the", "a", "an")), default=-1)
    between = [t[2] for t in before_name[article + 1:]]
    if article >= 0 and found.start == name.start and (between or before_name[article][2].lower() != "the") and all(w.islower() for w in between) and is_demonym(name.text):
        # "the outspoken New Yorker", "a lifelong Texan": a person described by where they are from (not the magazine,
        # "The New Yorker", nor a person named)
        start = before_name[article][0]
        return Mention(start, words[-1][1], text[start:words[-1][1]], "description")
    role = " ".join(bit for bit in (" ".join(premod), name.role) if bit)
    if partners:
        conjuncts = [*partners, _as_speaker(name)]
        shared_title = _plural_title(first)
        if shared_title:
            # "Sens. Ruth Adler and Gus Brandt", "Democrats Ann Ortiz and Tom Reyes": a plural title before the first name
            # is the title of each, in the singular, and the role of them all
            for conjunct in conjuncts:
                conjunct.role = " ".join(bit for bit in (shared_title, conjunct.role.replace(first.title, "").strip()) if bit)
            premod.append(first.title)
        # the mention spans the names, first to last (its evidence)
        start = first.start
        return Mention(start, name.end, text[start:name.end], "name", role=" ".join(premod), name=found, conjuncts=tuple(conjuncts))
    return Mention(name.start, name.end, name.text, "name", role=role, honorific_gender=name.gender, title=name.title, name=found)


# what may join two names as one subject: "and", "&"
_COORDINATING_AND = frozenset({"and", "&"})
# the longest subject of two coordinated names with their titles and a premodifier, in words
_COORDINATED_WORDS = 12


def _title_start(found: NameMention) -> int:
    """Where a name starts with its title ("Maine Sen. Susan Collins")."""
    return min(found.start, found.title_span[0]) if found.title_span is not None else found.start


def _coordinated_names(text: str, before_name: list[Token], found: NameMention, names: ArticleNames) -> list[Mention]:
    """The names coordinated by "and" before ``found`` in one subject ("Jeb Bush and Chris Christie", "Mr. Autor and
    Mr. Hanson", "Ann Ortiz and Tom Reyes and Gus Brandt"), first to last, each a speaker mention of its own; none when
    the words before ``found`` end in no "and" after a name of the same kind (a person with a person, a body with a
    body: "Engineering and Medicine" ends the name of the Academies, "Syria and Iraq" are places)."""
    partners: list[Mention] = []
    while len(before_name) >= 2 and before_name[-1][2].lower() in _COORDINATING_AND:
        left = names.ending_at(before_name[0][0], before_name[-2][1])
        if left is None or left.possessive or left.kind != found.kind or found.kind not in ("person", "organization"):
            break
        partners.insert(0, named_speaker(text, left))
        before_name = [t for t in before_name if t[1] <= _title_start(left)]
    return partners


def _plural_title(first: Mention) -> str:
    """The singular of the plural title ("Sens.", "Reps.", "Democrats", ``lexicons/speaker_roles.csv``) of the first of
    coordinated names, which titles each of them ("Sen."); "" when its title is no plural of a person's role ("Mrs.")."""
    title = first.title
    singular = re.sub(r"s(\.?)$", r"\1", title)  # "Republican Sens." -> "Republican Sen."
    entry = role_word(singular.split()[-1].lower().rstrip(".")) if singular != title else None
    return singular if entry is not None and entry.kind == "person" else ""


def named_speaker(text: str, found: NameMention) -> Mention:
    """The name ``found`` as a speaker mention, its title, tag and leading role words as its role."""
    return _as_speaker(speaker_name(text, found))


def _as_speaker(written: SpeakerName) -> Mention:
    """A name as written for a speaker (``speaker_name``) as its mention."""
    return Mention(written.start, written.end, written.text, "name", role=written.role, honorific_gender=written.gender, title=written.title, name=written.mention)



# a verb in the past between a subject and its object: "criticised", "reprimanded", "endorsed" (not "so-called")
_PAST_VERB_RE = re.compile(r"[a-z]{2,}(?:ed|ied)")


# a participle acting on the name after it ("Pena Nieto, contradicting Trump, said"), unless the word is
# an adjective of office or standing written before names ("acting Director", "outgoing Gov.")
_OBJECT_OF_PARTICIPLE_RE = re.compile(r"[a-z]{2,}ing")
_ING_PREMODIFIERS = frozenset(
    """acting outgoing incoming leading ruling governing sitting reigning founding managing presiding ranking
    remaining visiting retiring competing opposing rising striking working living missing amazing bestselling
    best-selling award-winning""".split()
)


def _subject_before_verb(text: str, before: list[Token], names: ArticleNames) -> Mention | None:
    """The subject when the words ``before`` a name open a clause whose object the name is: "Cameron
    criticised Trump ...", "Hillary Clinton sternly reprimanded Mr. Trump", "Many liberal Democrats have
    also warned the Fed": a speaker (a name, a pronoun or a description) then a lower-case verb in the past
    (after adverbs in -ly or a form of "have"), so that the verb of saying later in the sentence ("...,
    saying", "... and suggested") is the subject's. Premodifiers of a name hold no such verb after a
    speaker ("retired Gen. Smith", "Fox News' embattled host Bill O'Reilly", "Trump-endorsed candidate X")."""
    for k, (_start, _end, word) in enumerate(before):
        if k == 0 or not _PAST_VERB_RE.fullmatch(word):
            continue
        j = k
        while j > 0 and (before[j - 1][2].lower() in HAVE_FORMS or before[j - 1][2].lower() in ("also", "repeatedly") or before[j - 1][2].islower() and before[j - 1][2].endswith("ly")):
            j -= 1
        if j == 0 or re.search(r"[’']s?$", before[j - 1][2]) or text[before[j - 1][1]:before[j][0]].strip():
            return None  # "Fox News' embattled host", "Smith, retired": a possessor's premodifier, or no clause
        subject = head_mention(text, before[:j], names)
        if subject is not None and subject.form in ("name", "pronoun", "description") and before[0][2][:1].isupper():
            return subject
        return None
    return None


def _verb_then_object(words: list[Token], i: int) -> bool:
    """Whether ``words[i]`` is a lower-case verb in -ed between a capitalised subject and a capitalised
    object ("Trump attacked Romney"); not after an adverb ("Newly elected Senator Smith")."""
    word, before = words[i][2], words[i - 1][2]
    return (
        word.islower() and word.endswith("ed") and before[:1].isupper() and not before.lower().endswith("ly")
        and i + 1 < len(words) and words[i + 1][2][:1].isupper()
    )


def clause_subject(text: str, floor: int, end: int, names: ArticleNames) -> Mention | None:
    """The subject at the start of a clause, for a participle cue ("X did Y, saying ..."):
    the longest opening (up to six words) of its first comma segment that names a speaker,
    with the next segment as its apposition; comma segments that open with an adverbial
    ("The next month,", "When his family moved back,") are passed over."""
    segments = comma_segments(text, floor, end)
    after_adverbial = False
    for index, segment in enumerate(segments[:4]):
        words = tokens(text, *segment)
        if not words:
            continue
        if index + 1 < len(segments) and (
            words[0][2].lower() in _INTRO_WORDS
            or words[0][2].lower() == "ever"  # "Ever since she endorsed Mrs. Clinton,"
            or _TIME_PHRASE_RE.match(text, segment[0])
            or _PARTICIPLE_RE.match(words[0][2].lower())
            or (len(words) > 1 and words[0][2].lower().endswith("ly") and words[1][2].lower() in _INTRO_WORDS)
            or (after_adverbial and _place_only(text, segment, names))  # "At a rally in Portsmouth, N.H., on Tuesday,"
        ):
            after_adverbial = True
            continue  # "The next month,", "Appearing before cheering supporters,", "Immediately after the attacks,": an adverbial opener
        if index + 1 < len(segments) and len(words) <= 5 and words[0][2].lower() in DETERMINERS | {"one"} and head_mention(text, words, names) is None:
            # "One of the men, Jessie Elkins, 70, had served ...": the name in apposition to a partitive
            apposed = _name_of_partitive(text, text[segment[0]:segment[1]].strip(), segments[index + 1], names)
            if apposed is not None:
                return apposed
        for k in range(min(len(words), 6), 0, -1):
            if any(_verb_then_object(words, i) for i in range(1, k)):
                continue  # "Trump attacked Romney, calling him ...": a name, a verb and its object
            if any(words[i][2].lower() in ARTICLES and words[i - 1][2].islower() and words[i - 1][2] not in PREPOSITIONS | _COORDINATORS for i in range(1, k)):
                # "Kerpen needled the CNN reporter, saying": an article after a verb opens its object (not after
                # a preposition, "one of the", nor after a dateline, "WASHINGTON ― The")
                continue
            if k > 1 and words[k - 1][2].lower() in ARTICLES | PREPOSITIONS:
                continue  # "One of the": no noun phrase ends in an article or a preposition
            if k < len(words) and any(m.start <= words[k - 1][0] for m in names.within(words[0][0], words[k][1]) if m.end >= words[k][1]):
                continue  # "The document released by the White": no noun phrase ends inside a name
            mention = head_mention(text, words[:k], names)
            if mention is not None and mention.form == "description" and k > 2 and _verb_after_head(words[:k]):
                continue  # "The spokesman declined to comment but said": a clause's verb, no participle after its head noun
            if mention is not None and mention.form == "description" and k == len(words) and index + 1 < len(segments):
                # "One of the men, Jessie Elkins, 70, had served ...": the name in apposition to the description
                apposed = _name_of_partitive(text, mention.text, segments[index + 1], names)
                if apposed is not None:
                    return apposed
            if mention is not None and (k == len(words) or mention.form != "pronoun" or k == 1):
                if index + 1 < len(segments) and k == len(words):
                    appositive = text[segments[index + 1][0]:segments[index + 1][1]]
                    mention.role = re.sub(r"^(?:an?|the)\s+", "", appositive)
                return mention
        return None
    return None


def _place_only(text: str, segment: tuple[int, int], names: ArticleNames) -> bool:
    """Whether the comma segment is a place alone ("N.H.", "Ohio"): the end of a place phrase before it."""
    words = tokens(text, *segment)
    found = names.ending_at(segment[0], words[-1][1]) if words else None
    return (found is not None and found.kind == "place" and found.start <= words[0][0]) or bool(place_kind(text[segment[0]:segment[1]].strip()))


# nouns of time: "The next day said", "That morning told" are a time phrase before a clause whose subject is lost, no speaker
_TIME_NOUNS = frozenset(
    """moment minute hour day week weekend month year decade century morning afternoon evening night time
    season spring summer fall autumn winter""".split()
)


def is_time_noun(word: str) -> bool:
    """Whether ``word`` (lower case) is a noun of time ("day", "weeks", "Monday", "March"): the head of a time
    phrase, which names no speaker, whatever its determiner ("the next day", "that morning")."""
    singular = word[:-1] if word.endswith("s") else word
    return word in _TIME_NOUNS or singular in _TIME_NOUNS or word in calendar_words().weekdays or word in calendar_words().months


def _loose_description(core: list[str]) -> bool:
    """A short noun phrase opened by a determiner, ending in a plain word ("a court filing",
    "the retired neurosurgeon"; not "the move enraged", "a recently", nor a time: "the next day")."""
    last = core[-1]
    return (
        not is_time_noun(last)
        and core[0] in DETERMINERS
        and 2 <= len(core) <= 5
        and last.isalpha()
        and not last.endswith(("ed", "ing", "ly"))
        and last not in DETERMINERS
        and last not in PREPOSITIONS
    )


# a capitalised word of letters, digits, "&", hyphens and apostrophes ("Pfizer", "AT&T", "Coca-Cola"; not the
# "Factcheck.org" the registry would name "Factcheck")
_ONE_WORD_NAME_RE = re.compile(r"[A-Z][\w&’'\-]*")


def _listed_body_name(word: str) -> bool:
    """Whether ``word`` as written is the one-word name of a body ``speaker_roles.csv`` lists as an institution
    ("Pfizer", "Reuters", "Congress"): capitalised, an organisation of priority 1 with a kind of source, and no
    common noun of a source ("Police", "Officials": ``speaker_nouns.txt``)."""
    lower = word.lower()
    listed = role_word(lower)
    return (
        _ONE_WORD_NAME_RE.fullmatch(word) is not None
        and listed is not None
        and listed.kind == "organization"
        and listed.priority == 1
        and bool(listed.category)
        and lower not in speaker_nouns()
    )


def _is_source_noun(word: str) -> bool:
    """A common noun that can name a source: ``lexicons/speaker_nouns.txt``, a role word or its plural."""
    return word in speaker_nouns() or role_word(word) is not None or (word.endswith("s") and role_word(word[:-1]) is not None)


def _verb_after_head(words: list[Token]) -> bool:
    """Whether a word in -ed after a source noun (not the last word) opens the predicate of a whole clause: "The
    spokesman declined to comment" (of a clause before "but said"), where "People briefed on the talks" before a
    cue of its own is a participle after its head. A word in -ed before a preposition ("involved in", "briefed on",
    "close to the") is such a participle; the clause's verb is then the next word in -ed ("Two officials involved
    in the talks met reporters": none)."""
    lower = [w for _s, _e, w in words]
    first = next((k for k, w in enumerate(lower[:-1]) if k > 0 and _ed_word(w) and _is_source_noun(lower[k - 1].lower())), None)
    if first is None:
        return False
    return any(_ed_word(w) and not _participle_before_preposition(lower, k) for k, w in enumerate(lower[:-1]) if k >= first)


def _ed_word(word: str) -> bool:
    """A lower-case word in -ed: a verb in the past or a participle."""
    return word.islower() and word.endswith("ed")


def _participle_before_preposition(words: list[str], k: int) -> bool:
    """Whether the word in -ed at ``k`` is a participle after its noun: a preposition follows it ("involved in the
    talks"), "to" only before a noun phrase ("opposed to the plan"; not "declined to comment")."""
    after = words[k + 1].lower() if k + 1 < len(words) else ""
    if after in _PARTICIPLE_PREPOSITIONS:
        return True
    following = words[k + 2] if k + 2 < len(words) else ""
    return after == "to" and (following.lower() in DETERMINERS or following[:1].isupper())


_PARTICIPLE_PREPOSITIONS = frozenset({"by", "in", "on", "at", "with", "from"})


def _is_verb_like(core: list[str]) -> bool:
    """ "Trump supporters" is a description; "the move enraged critics" holds a verb before its noun."""
    return any(w.endswith("ed") and k > 0 and core[k - 1] not in DETERMINERS for k, w in enumerate(core[:-1])) and len(core) > 3


# words that open a participle clause whose subject is the subject of the clause before it ("before asking", "by saying")
PARTICIPLE_SUBORDINATORS = frozenset({"before", "after", "while", "by", "without", "when", "since", "in", "as"})
_RELATIVE_RE = re.compile(r",?\s+(?:who|which|whom)\s*$|^\s*(?:who|which)\s*$", re.IGNORECASE)
_SUBORDINATE_RE = re.compile(
    r"\b(?:when|as|after|before|because|while|if|since|although|though|where|whereas|until|that|and|but|so|once)\s+", re.IGNORECASE
)
_COORDINATED_VERB_RE = re.compile(r"[\s,]+(?:and|but|then)\s*$", re.IGNORECASE)


SUBJECT_REACH = 600
"""How many characters before a cue its subject is read from: about a hundred words, more than the longest subject
with its apposition and relative clause in news ("Laurence Meyer, a former Fed governor who argued with Ms. Brainard at
the February conference, said": 100 characters)."""


def subject_before(text: str, floor: int, end: int, names: ArticleNames, *, participle: bool = False) -> Mention | None:
    """The speaker of a cue whose speaker comes first, from the clause words ``text[floor:end]``
    (auxiliaries and adverbs before the cue already left out):

    - "X said", "X, who ..., said": the noun phrase (``parse_speaker``);
    - "I laughed and said": a verb coordinated with an earlier one has that verb's subject;
    - a participle ("saying", "tweeting"): the name or pronoun right before it ("Blige asking",
      "with Trump saying"), else, after a comma, the subject of the clause ("Trump did X, saying").
    """
    if end - floor > SUBJECT_REACH:
        # a run-on "sentence" of thousands of words: the subject of a verb of saying stands within a few dozen words
        # of it, and reading from the clause's start at every cue made the lens quadratic in the sentence's length
        floor = text.find(" ", end - SUBJECT_REACH, end) + 1 or end - SUBJECT_REACH
    left = text[floor:end]
    if not left.strip():
        return None
    aside = _DASHED_ASIDE_RE.search(left)
    if aside is not None and left[:aside.start()].strip():
        # "Two officials — one at the Pentagon and one at the State Department — said", "The mayor - a
        # Democrat - said": the subject stands before the aside, which is its role when it is an apposition
        mention = subject_before(text, floor, floor + aside.start(), names, participle=participle)
        if mention is not None:
            inner = aside.group(1).strip()
            if not mention.role and re.match(r"(?:an?|the)\s", inner, re.IGNORECASE) and mentions_role(inner):
                mention.role = re.sub(r"^(?:an?|the)\s+", "", inner, flags=re.IGNORECASE)
            return mention
    if participle:
        stripped = left.rstrip()
        last = tokens(text, floor, floor + len(stripped))
        if last and last[-1][2].lower() in PARTICIPLE_SUBORDINATORS:
            return clause_subject(text, floor, last[-1][0], names)  # "Blige sings to Clinton before asking"
        if not stripped.endswith(",") and last:
            s, e, w = last[-1]
            if w.lower() in PRONOUN_GENDER:
                return Mention(s, e, w, "pronoun")
            found = names.ending_at(floor, e)
            if found is not None and found.kind != "place":
                return head_mention(text, tokens(text, found.title_span[0] if found.title_span else found.start, e), names)
            return None
        return clause_subject(text, floor, floor + len(stripped), names) if stripped.endswith(",") else None
    relative = _RELATIVE_RE.search(left)
    if relative:
        return antecedent(text, floor, floor + relative.start(), names)
    coordinated = _COORDINATED_VERB_RE.search(left)
    if coordinated:
        last_comma = text.rfind(",", floor, floor + coordinated.start())
        earlier = cues_in(text, max(floor, last_comma + 1), floor + coordinated.start())
        if earlier:
            # "Suu Kyi said it was too early ... but added": the earlier cue's speaker
            start = earlier[0].start
            return subject_before(text, floor, speaker_end(text, floor, start), names)
        segments = comma_segments(text, floor, floor + coordinated.start())
        nearest = clause_subject(text, segments[-1][0], floor + coordinated.start(), names) if segments else None
        return nearest or clause_subject(text, floor, floor + coordinated.start(), names)
    mention = _subordinate_subject(text, floor, end, names) or _object_relative_subject(text, floor, end, names) or parse_speaker(
        text, floor, end, loose=True, names=names
    )
    if mention is None:
        # "Clinton caught flak ... when she said": the subject after the last subordinator or conjunction
        opening = _last_match(_SUBORDINATE_RE, text, floor, end)
        if opening is not None and opening.end() < end:
            mention = parse_speaker(text, opening.end(), end, strict=True, names=names)
    if mention is None:
        # "Late Saturday he announced": a pronoun or name right before the cue, after a time phrase
        words = tokens(text, floor, end)
        if words and (len(words) == 1 or words[-2][2].lower() not in PREPOSITIONS):
            s, e, w = words[-1]
            if w.lower() in PRONOUN_GENDER:
                return Mention(s, e, w, "pronoun")
            found = names.ending_at(floor, e)
            if found is not None and found.kind != "place" and not text[floor:e].rstrip().endswith(","):
                start = found.title_span[0] if found.title_span is not None and found.title_span[0] >= floor else found.start
                mention = head_mention(text, tokens(text, start, e), names)
    return mention


# an aside between two spaced dashes right before the cue
_DASHED_ASIDE_RE = re.compile(r"\s[—–-]\s([^—–]+?)\s[—–-]\s*$")
SUBORDINATORS = frozenset("as when if while although though because since after before once unless until whereas".split())
"""Words that open a subordinate clause."""
# "as" is left out: "Lawmakers such as Schumer said", "Democrats as well as Republicans said"
_CLAUSE_OPENER_RE = re.compile(r"\b(?:" + "|".join(sorted(SUBORDINATORS - {"as"})) + r")\s+", re.IGNORECASE)


def _last_match(pattern: re.Pattern[str], text: str, floor: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[floor:end]``."""
    found = None
    for found in pattern.finditer(text, floor, end):
        pass
    return found


def _subordinate_subject(text: str, floor: int, end: int, names: ArticleNames) -> Mention | None:
    """The subject of a subordinate clause the cue ends: "Protesters marched on Friday after the
    governor announced ...", "the vote came hours before the White House said ...". Read first,
    because the words before the subordinator can look like a noun phrase with a participle
    ("Protesters marched on Friday" like "officials briefed on the talks"). A subordinate clause
    closed by a comma before the cue ("Officials, after the vote, said") is an adverbial of the
    main clause, whose subject speaks."""
    opening = _last_match(_CLAUSE_OPENER_RE, text, floor, end)
    if opening is None or opening.start() == floor or "," in text[opening.end():end]:
        return None
    return parse_speaker(text, opening.end(), end, strict=True, names=names)


# a relative pronoun that is the object of the cue after it: "the trade pact, which Trump called a disaster"
_OBJECT_RELATIVE_RE = re.compile(r",\s+(?:which|whom)\s+", re.IGNORECASE)


def _object_relative_subject(text: str, floor: int, end: int, names: ArticleNames) -> Mention | None:
    """The subject of a relative clause whose pronoun is the cue's object: "NAFTA, which Trump called a
    disaster", "the candidate, whom he described as volatile": the speaker follows the pronoun; what it
    stands for is what is spoken of."""
    opening = _last_match(_OBJECT_RELATIVE_RE, text, floor, end)
    if opening is None or "," in text[opening.end():end]:
        return None
    return parse_speaker(text, opening.end(), end, strict=True, names=names)


def antecedent(text: str, floor: int, end: int, names: ArticleNames) -> Mention | None:
    """What a relative pronoun after ``text[floor:end]`` stands for ("Ted Cruz, who said ...";
    "Nicky Driscoll, 24, from Manchester, who said"): the nearest comma segment before it that
    is a name or a description, or a name ending it ("... was President Barack Obama, who")."""
    segments = comma_segments(text, floor, end)[-4:]
    for index in range(len(segments) - 1, -1, -1):
        segment = segments[index]
        words = tokens(text, *segment)
        if not words or words[0][2].lower() in POSTMODIFIER_WORDS or words[0][2][0].isdigit():
            continue  # "from Manchester", "24": what the apposition says of the person
        found = names.ending_at(segment[0], words[-1][1])
        if found is not None and found.kind != "place":
            return _name_mention(text, found, segment[0], words[-1][1], names)
        mention = head_mention(text, words, names)
        if mention is not None and mention.form == "description" and index > 0 and words[0][2].lower() in ARTICLES:
            # "Tom Reyes met Ann Ortiz, a former teacher who said": the description is the apposition of the name before it
            before = tokens(text, *segments[index - 1])
            named = names.ending_at(segments[index - 1][0], before[-1][1]) if before else None
            if named is not None and named.kind != "place" and not named.possessive:
                apposed = _name_mention(text, named, segments[index - 1][0], before[-1][1], names)
                if apposed is not None:
                    apposed.role = apposed.role or re.sub(r"^(?:an?|the)\s+", "", mention.text, flags=re.IGNORECASE)
                    return apposed
        if mention is not None and mention.form != "pronoun":
            return mention
        # "... to placate nervous Democrats on Capitol Hill, who": the noun phrase ending the clause
        for k in range(max(0, len(words) - 6), len(words)):
            if words[k][2].lower() in PREPOSITIONS or words[k][2].lower() in NOT_IN_NOUN_PHRASE:
                if k > 0 and words[k][2].lower() in _COPULAS and k + 1 < len(words) and words[k + 1][2].lower() in ARTICLES:
                    # "Reyes ... is a serial liar and birther who": a predicate noun describes the copula's subject
                    subject = next((m for m in names.within(floor, words[k][0]) if m.kind != "place" and not m.possessive), None)
                    if subject is not None:
                        return _name_mention(text, subject, floor, subject.end, names)
                continue
            mention = head_mention(text, words[k:], names, loose=True)
            if mention is not None and mention.form != "pronoun" and (words[k][2][:1].isupper() or words[k][2].lower() in DETERMINERS or k == len(words) - 1 or words[k - 1][2].lower() in PREPOSITIONS | NOT_IN_NOUN_PHRASE):
                return mention
    return None


_COPULAS = frozenset({"is", "was", "are", "were", "remains", "remained", "became", "becomes"})


def _name_mention(text: str, found: NameMention, floor: int, end: int, names: ArticleNames) -> Mention | None:
    """The speaker mention of the name ``found`` ending at ``end``, with its title when the title lies after ``floor``."""
    start = found.title_span[0] if found.title_span is not None and found.title_span[0] >= floor else found.start
    return head_mention(text, tokens(text, start, end), names)


# adjectives that take a complement after the noun they follow: "a person familiar with the planning",
# "officials close to the campaign", "sources privy to the talks"
_COMPLEMENT_ADJECTIVES = frozenset({"familiar", "close", "privy", "loyal", "opposed", "sympathetic", "aligned", "allied", "knowledgeable"})
_OBJECT_PRONOUNS = frozenset({"i", "you", "we", "me", "us", "him", "them"})
# words that open a subject noun phrase whatever its head: determiners and quantifiers ("Each side", "Both sides")
_SUBJECT_OPENERS = DETERMINERS | _SINGULAR_DETERMINERS | frozenset({"both", "all", "none", "few", "more", "multiple", "every", "each", "our", "my"})
_SUBJECT_WORDS = 16  # a longer run of words before the verb is rarely one noun phrase
_CORE_WORDS = 6


def subject_phrase(text: str, floor: int, end: int, names: ArticleNames) -> Mention | None:
    """The noun phrase ``text[floor:end]`` as the whole subject of the verb of saying right after it, when
    the readers of names and source nouns found no speaker in it: "A court document filed Thursday says",
    "A person familiar with the planning says", "Politicians and even some technologists say", "The
    Vatican says", "Each side said". Its head (the words before the first postmodifier: a preposition, a
    relative word, a past participle after the noun, an adjective taking a complement) is the description.

    None when the words may hold a clause rather than a noun phrase: a comma, colon, dash, bracket or
    quote mark (an aside, an earlier clause), a finite verb, auxiliary or pronoun outside a relative
    clause, a coordinator after the head ("The senator filed a bill and critics"); when they open with a
    preposition, subordinator or adverbial; or when the head names nothing (ends in an adverb, a
    determiner, a preposition). A head opened by a capital, a determiner or a quantifier, or ending in a
    plural ("security specialists"), is a subject; a bare singular ("history") is not, nor a capital that
    only opens the sentence, unless ``names`` (the article's names) finds a name there ("Iran says").

    An aside set off by commas or spaced dashes right before the verb is left out: "Cement makers, for
    instance, argue", "Intelligence officials — including the NSA director — have argued"."""
    left = text[floor:end].rstrip()
    if left.endswith((",", "—", "–")):
        separator = re.search(r",|\s[—–]\s", left)
        if separator is None or separator.end() >= len(left):
            return None
        return subject_phrase(text, floor, floor + separator.start(), names)
    words = tokens(text, floor, end)
    while words and words[0][2].lower() in LEADING_CONNECTIVES:
        words = words[1:]
    if not words or len(words) > _SUBJECT_WORDS or re.search(r"[,;:“”\"()\[\]—–]|''|\s-\s", text[words[0][0]:end]):
        return None
    lower = [word.lower() for _start, _end, word in words]
    if lower[0] in PREPOSITIONS or lower[0] in _INTRO_WORDS or lower[0] in SUBORDINATORS or lower[0].endswith("ly"):
        return None
    last = lower[-1]
    if last in PREPOSITIONS or last in DETERMINERS or last.endswith(("’s", "'s", "ing")) or not last[:1].isalpha():
        return None  # "case for caution", "Trump's disparaging remarks", "400 pledged": the cue word is a noun or adjective
    relative = next((k for k, word in enumerate(lower) if k > 0 and word in RELATIVE_WORDS), len(lower))
    # "China’s delegation"; "he’s", "it's" stay pronouns; a capital inside the phrase is a name ("Will Rogers")
    bases = [re.sub(r"[’']s$", "", word) for k, word in enumerate(lower[:relative]) if k == 0 or not words[k][2][:1].isupper()]
    if any(word in NOT_IN_NOUN_PHRASE or word in PRONOUN_GENDER or word in _OBJECT_PRONOUNS or word in ("there", "what", "who") for word in bases):
        return None  # "he is facing", "the move has": a clause
    core = next(
        (
            k for k, word in enumerate(lower)
            if k > 0 and (
                word in PREPOSITIONS or word in RELATIVE_WORDS or word in _COMPLEMENT_ADJECTIVES
                or (word.endswith("ed") and _PARTICIPLE_RE.match(word) and words[k][2].islower() and lower[k - 1] not in DETERMINERS)
            )
        ),
        len(lower),
    )
    if core > _CORE_WORDS or any(word in _COORDINATORS for word in lower[core:relative]):
        return None
    head = lower[core - 1]
    if not re.fullmatch(r"[a-z][a-z\-]*", head) or head.endswith("ly") or head in DETERMINERS or head in PREPOSITIONS or head in _INTRO_WORDS or is_time_noun(head):
        return None  # nor a time: "The next day said" has lost its subject
    # a capital opening the sentence may be the sentence's ("History says"): then a name must stand in the head
    capital = words[0][2][:1].isupper() and (
        text[:words[0][0]].rstrip(" \t\u00a0")[-1:] not in _CLAUSE_OPENING or any(w[2][:1].isupper() for w in words[1:core]) or names.within(words[0][0], words[core - 1][1])
    )
    if not (capital or lower[0] in _SUBJECT_OPENERS or is_plural(head)):
        return None
    if core >= 2 and re.match(r"[’']", text[words[core - 2][1]:words[core - 2][1] + 1]) and head in authored_nouns("authored"):
        return None  # "Roberts' opinion called on ...": the author speaks through the text, read where authored nouns are
    start, stop = words[0][0], words[core - 1][1]
    return Mention(start, stop, text[start:stop], "description")

