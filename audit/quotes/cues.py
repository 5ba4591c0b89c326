"""Reporting cues: the verbs and phrases that anchor an attribution ("said", "told",
"according to"), and the words that belong to a cue around it.

The cues are a closed list (``lexicons/reporting_cues.csv``), as in Krestel, Bergler
& Witte (2008) and textacy's ``direct_quotations``; each form has a lemma and a scope
saying which constructions it may anchor (``CUE_SCOPES``). The patterns below say
what may follow a cue as part of it ("told reporters", "wrote on his WeChat
timeline", "adds resignedly") and what before a verb means it reports nothing
("to say", "will tell") or is passive ("is described by").
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from typing import NamedTuple

from ..figures import lexicons as figure_lexicons
from ..lexicons import data_lines, word_set, words_for_use
from ..text import BE_FORMS, alternation, calendar_words, is_plural, place_kind, platform_names, titles

CUE_SCOPES = ("any", "direct", "participle", "that", "mixed")  # see lexicons/reporting_cues.csv

# what may follow a cue as part of it: "wrote on his WeChat timeline", "said in an interview
# with 36Kr", "told reporters", "adds resignedly" (an infinitive is content: "claims to have trained")
TELL_OBJECT = r"(?:\s+(?:reporters|journalists|me|us|him|her|them|(?:an?|the|his|her|their)\s+[\w\-]+|[A-Z][\w&\-]*(?:\.[\w&\-]+)*(?:\s+[A-Z][\w&\-]*(?:\.[\w&\-]+)*)*))?"
CUE_PHRASE = r"(?:\s+(?:(?:on|in|at|with|from|during|via)\s+|to\s+(?=reporters\b|journalists\b|the\b|an?\b|[A-Z]))(?:(?!\bthat\b)[^,.;“”\"]){1,80}|\s+\w+ly\b)+"
# "to say", "having said that", "time will tell": infinitives, perfect participles and
# predictions are not reports of what someone said
NOT_A_REPORT_BEFORE = re.compile(r"\b(?:[Tt]o|[Hh]aving|will|shall|can|cannot|must|should|may|might)\s+$")  # "Theresa May said" is no modal
PASSIVE_BEFORE = re.compile(r"\b(?:" + alternation(BE_FORMS) + r"|’s|'s)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "he's said", "she's told" are "has" ("Paul Ryan ... He's said he gets ..."), unless an agent follows
# ("he's described by those close to him")
_HAS_CONTRACTING = ("he", "she")
HAS_CONTRACTED_BEFORE = re.compile(r"\b(?:" + "|".join(_HAS_CONTRACTING) + r")[’']s\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# auxiliaries, adverbs and time phrases between a speaker and the cue ("has also said", "now says",
# "is saying", "just this month announced", "officials here said"): neither speaker nor cue
# ("Monday", "Tues.", "March", "Sept."; an abbreviation only with its dot: ``audit.text.calendar_words``)
_CALENDAR = calendar_words()
_WEEKDAY = alternation(_CALENDAR.weekdays | {word + "." for word in _CALENDAR.weekday_abbreviations})
_TIME = r"(?:week|month|year|morning|afternoon|evening|night|weekend|spring|summer|fall|autumn|winter|" + _WEEKDAY + r")"
_MONTH = alternation(_CALENDAR.months | {word + "." for word in _CALENDAR.month_abbreviations})
# a time phrase right after a cue that ends its sentence: "..., he said Friday.", "..., officials said late
# Tuesday.", "..., she said last week.", "..., Smith said Sept. 12."
TIME_AFTER_CUE = re.compile(
    r"\s+(?:(?:(?:late|early)\s+)?(?:(?:this|last|next)\s+)?" + _TIME + r"(?:\s+(?:morning|afternoon|evening|night))?|"
    r"yesterday|today|tonight|earlier|later|" + _MONTH + r"\s+\d{1,2}(?:,\s+\d{4})?)(?!\w)",  # "said late Tues."
    re.IGNORECASE,
)
# a reported clause opening with its subject's pronoun or determiner after a cue's words ("said his running
# mate would ...", "said Friday the deadline would hold")
CLAUSE_SUBJECT_AFTER_CUE = re.compile(r"\s+(?:his|her|their|its|the|a|an|he|she|they|it|we|i|this|these|those)\s", re.IGNORECASE)
AUTHORED_NOUN_USES = ("channel", "authored", "source", "saying", "issued")  # see lexicons/authored_nouns.csv


# how far before a cue a frame ("was quick to", "declined to") or a negation ("did not immediately") may start
FRAME_REACH = 60


@lru_cache(maxsize=None)
def frame_before_cue(lexicon: str) -> re.Pattern[str]:
    """A phrase of ``lexicons/<lexicon>`` and "to", ending where a cue starts ("went on to ", "was quick to ",
    "took to Twitter to " of ``implicative_frames.txt``; "declined to " of ``refusal_frames.txt``), with any
    be-verb before an adjective left to the subject's side; "*" in a phrase stands for one word."""
    phrases = sorted(data_lines(lexicon), key=len, reverse=True)
    alternatives = [r"\s+".join(r"[\w’'\-]+" if word == "*" else re.escape(word) for word in phrase.lower().split()) for phrase in phrases]
    return re.compile(r"(?<![\w’'\-])(?:" + "|".join(alternatives) + r")\s+to\s+$", re.IGNORECASE)


@lru_cache(maxsize=None)
def authored_nouns(use: str) -> frozenset[str]:
    """The nouns of authored text ("statement", "tweet", "report") of ``lexicons/authored_nouns.csv``
    that serve ``use``, one of ``AUTHORED_NOUN_USES``: ``channel`` ("in a statement" before the verb),
    ``authored`` ("Roberts' opinion": the possessor is the author), ``source`` ("a report from the
    Stanford Institute": the name after it speaks), ``saying`` ("had a post saying": the participle is the noun's),
    ``issued`` ("the statement said": of the kind of whom the article says issued it)."""
    return words_for_use("authored_nouns.csv", "noun", use, AUTHORED_NOUN_USES)


# "in a statement", "in an interview", "in a conference call", "in his letter": the channel, not the speaker
_CHANNEL = r"in\s+(?:a|an|his|her|its|their|the)\s+(?:[\w\-]+\s+){0,2}?" + alternation(authored_nouns("channel"))
# words that stand between a subject and its verb of saying: auxiliaries, modals (may, might, must, should, can,
# shall in lower case only: "Theresa May said"; "could only quip"), adverbs, time phrases
# ("on Monday", "Thursday", "on April 1", "on Sept. 12, 2016", "late last week", "earlier this month",
# "in March") and the channel of a statement ("in a statement"), the journalistic "X on Monday said";
# but a date after a participle modifies it ("a study published in February said")
AUXILIARIES_BEFORE = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|be|been|will|would|could|did|does|do|(?-i:may|might|must|should|can|cannot|shall)|"
    r"(?-i:(?:could|can|would|will|may|might|must|should)\s+only)|also|however|though|meanwhile|instead|nonetheless|now|still|just|then|later|again|already|"
    r"often|once|first|initially|ultimately|finally|even|earlier|today|yesterday|tonight|never|always|sometimes|since|long|ever|"
    r"all|both|each|not|(?-i:here|there)|(?!only\b|early\b|family\b|ally\b)(?-i:[a-z]\w*ly)|"
    r"(?:this|last|next|that|each|every)\s+" + _TIME + r"|on\s+" + _TIME + r")|"
    r"(?<![a-z]{3}ed)\s+(?:(?:late|early)\s+(?:(?:this|last|on)\s+)?" + _TIME + r"|" + _WEEKDAY + r"|"
    r"on\s+" + _MONTH + r"\s+\d{1,2}(?:,\s+\d{4})?|in\s+" + _MONTH + r"|" + _CHANNEL + r")|"
    r"(?:" + "|".join(rf"(?<=\b{pronoun})" for pronoun in _HAS_CONTRACTING) + r")[’']s(?=\s))+\s*$",  # "He's said": "has"; not "Trump's charge"
    re.IGNORECASE,
)


AUXILIARIES_REACH = 200
"""How many characters before a cue its auxiliaries, adverbs and time phrases are read from: several times the
longest run of them in news ("has also said in a conference call on Sept. 12, 2016": 50 characters)."""
# the longest lookbehind of ``AUXILIARIES_BEFORE`` ("(?<![a-z]{3}ed)", "(?<=\bshe)"): the characters before the
# reach it reads, so that a search from the reach finds what a search from further back finds there
_AUXILIARIES_LOOKBEHIND = 6


def auxiliaries_before(text: str, floor: int, end: int) -> re.Match[str] | None:
    """``AUXILIARIES_BEFORE.search(text, floor, end)``, read from at most ``AUXILIARIES_REACH`` characters before
    ``end``: the search tries every position from ``floor``, and from a run-on clause's start at each of its
    cues it was quadratic in the clause's length."""
    return AUXILIARIES_BEFORE.search(text, max(floor, end - AUXILIARIES_REACH), end)


def speaker_end(text: str, floor: int, cue_start: int) -> int:
    """Where the speaker before a cue at ``cue_start`` ends, the auxiliaries, adverbs and time
    phrases between them (``AUXILIARIES_BEFORE``) left out: in "Mr. Smith has also said", the
    end of "Mr. Smith". ``floor``: where the clause holding the speaker starts (read from at most
    ``AUXILIARIES_REACH`` characters before the cue; nothing before ``floor`` is read)."""
    window = max(floor, cue_start - AUXILIARIES_REACH)
    read_from = max(floor, window - _AUXILIARIES_LOOKBEHIND)
    auxiliaries = AUXILIARIES_BEFORE.search(text[read_from:cue_start], window - read_from)
    return read_from + auxiliaries.start() if auxiliaries is not None else cue_start


class Cue(NamedTuple):
    """One occurrence of a reporting cue: its span, lemma and scope."""

    start: int
    end: int
    lemma: str
    scope: str


@lru_cache(maxsize=1)
def reporting_cues() -> dict[str, tuple[str, str]]:
    """Every cue form (lower case) → ``(lemma, scope)``, from ``lexicons/reporting_cues.csv``."""
    cues = {}
    for row in csv.DictReader(data_lines("reporting_cues.csv")):
        if row["scope"] not in CUE_SCOPES:
            raise ValueError(
                f"lexicons/reporting_cues.csv: {row['form']!r} has scope {row['scope']!r}; use one of {', '.join(CUE_SCOPES)}"
            )
        cues[row["form"].lower()] = (row["lemma"], row["scope"])
    return cues


@lru_cache(maxsize=1)
def _cue_index() -> dict[str, tuple[tuple[re.Pattern[str] | None, str], ...]]:
    """First word of each cue form → (a pattern for the words after it, or None for a one-word
    form, and the whole form), the longest form first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for form in reporting_cues():
        words = tuple(form.split())
        index.setdefault(words[0], []).append((words[1:], form))
    compiled: dict[str, tuple[tuple[re.Pattern[str] | None, str], ...]] = {}
    for first, forms in index.items():
        forms.sort(key=lambda item: len(item[0]), reverse=True)
        compiled[first] = tuple(
            (re.compile(r"\s+" + r"\s+".join(re.escape(w) for w in rest) + r"(?![\w\-])", re.IGNORECASE) if rest else None, form)
            for rest, form in forms
        )
    return compiled


_WORD_RE = re.compile(r"[\w\-]+")
_DETERMINER_BEFORE_RE = re.compile(
    r"(?:\b(?:a|an|the|this|that|its|his|her|their|our|my|your|whose|each|every|another)|\w[’']s?)((?:\s+[\w\-]+){0,2})\s+$", re.IGNORECASE
)
# plurals with no -s: "the police report that ..." is rare beside "the police report", but "the people say" is not
_PLURALS_WITHOUT_S = frozenset({"people", "police", "men", "women", "children", "media", "staff", "public", "clergy", "military"})


_NOUN_SUBJECT_WORDS = 12
# a preposition and at most two words before a cue word ("in his home ", "from "); not "to", which opens an infinitive
# ("went on to state")
# "that" opening a clause with its own subject (a determiner or a name: "states that the levy", "that Congress"),
# not a relative "that" ("the two states that lead off", "states that he won")
_CONTENT_AFTER_RE = re.compile(r"\s*(?::|(?i:that)\s+(?:(?i:the|a|an|this|these|those|its|their|his|her|no|every|any)\b|[A-Z]))")
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:in|on|at|from|of|for|with|by|across|among|through|into|over|under|between|about|against|within|throughout)\s+(?:(?!to\b)[\w’'\-]+\s+){0,2}$",
    re.IGNORECASE,
)


_SENTENCE_STOP_RE = re.compile(r"[!?;]")


def is_cue_noun(word: str, *, plural: bool = False) -> bool:
    """Whether a cue word, in any case, is also a singular common noun (``lexicons/cue_nouns.txt``: "report",
    "claim", "tweet"); with ``plural``, its regular plural counts too ("claims", "remarks")."""
    nouns = word_set("cue_nouns.txt")
    lower = word.lower()
    return lower in nouns or (plural and lower.endswith("s") and lower[:-1] in nouns)


def _verb_of_saying_after(text: str, start: int, end: int) -> bool:
    """Whether a cue word that is no noun of ``lexicons/cue_nouns.txt`` comes within ``_NOUN_SUBJECT_WORDS``
    words after ``start``, in the same sentence: then a noun cue before it is that verb's subject ("his
    latest tweet said"); with none, or with "that" right after the noun, it is a nominal report of its
    own ("Trump's claim that ...", "a CNN report that Carson would ...")."""
    index = _cue_index()
    stop = _SENTENCE_STOP_RE.search(text, start, end)  # not "U.S." or "Sen."
    for count, match in enumerate(_WORD_RE.finditer(text, start, end)):
        if count >= _NOUN_SUBJECT_WORDS or (stop is not None and stop.start() < match.start()):
            return False
        word = match.group().lower()
        if count == 0 and word == "that":
            return False  # "a CNN report that Carson would ...": the noun's own content follows
        if word in index and not is_cue_noun(word) and not match.group()[:1].isupper():
            return True  # (a capitalised form is a name, as in ``cues_in``: "the United States")
    return False


def _noun_after_determiner(text: str, floor: int, w_start: int, word: str) -> bool:
    """Whether a cue word that is also a noun (``lexicons/cue_nouns.txt``) is the noun here: after a
    determiner or possessive and at most two words that are no plural ("A new report from the institute
    said", "his latest tweet", "the state said"); a plural before it is its subject ("the companies report
    that", "the people say")."""
    if not is_cue_noun(word):
        return False
    match = _DETERMINER_BEFORE_RE.search(text, floor, w_start)
    if match is None:
        return False
    between = [word.lower() for word in match.group(1).split() if not word[:1].isupper()]  # "A Fox News estimate": a name
    return not any(is_plural(w) or w in _PLURALS_WITHOUT_S for w in between)


@lru_cache(maxsize=1)
def _numeral_before() -> re.Pattern[str]:
    """A determiner or possessive, then a numeral modifying what follows, ending where a cue
    word would start: "a 2010 recall", "its $400 billion estimate", "Biden's 2019 pledge", "an
    800-page report", "a two-paragraph mention". Such a cue word is a noun, not a verb. A
    number word alone ("the two said") or an age ("the 43-year-old asked") is the subject,
    so the verb after it stays a cue. Number and scale words: the figure lens's lexicons
    (``audit.figures.lexicons``), the toolkit's one list of English numerals."""
    words = sorted(figure_lexicons().number_words)
    scales = sorted(figure_lexicons().scales_spaced)
    amount = r"[$€£]?\d(?:[\d,.]*\d)?(?:\s+(?:" + "|".join(scales) + r"))?"  # not the comma after it: "Kasich's 145, according to"
    compound = r"(?:\d[\d,.]*|one|" + "|".join(words) + r")(?:-(?!old\b)[A-Za-z]+)+"  # "95-page", "two-paragraph"
    return re.compile(
        r"(?:\b(?:a|an|the|its|his|her|their|our|my|your|this|that|these|those|whose|each|every)|\w[’']s?)\s+"
        r"(?:" + compound + "|" + amount + r")\s+$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _office_title_re() -> re.Pattern[str]:
    """An office of ``titles.csv`` ("Sen.", "Rep.", "Attorney General"), after blanks and up to two capitalised
    words ("House Speaker", "Senate President"), then blanks."""
    offices = sorted((r"\s+".join(re.escape(word) for word in title.words) for title in titles().values() if title.type == "office"), key=len, reverse=True)
    return re.compile(r"[ \u00a0]+(?:[A-Z][\w.]*[ \u00a0]+){0,2}?(?:" + "|".join(offices) + r")\b\.?[ \u00a0]+", re.IGNORECASE)


# a subject that "state" would agree with as a verb: a pronoun or a plural noun ("critics state", "Critics state")
_PLURAL_SUBJECT_BEFORE_RE = re.compile(r"(?:\b(?:they|we|you|I)|(?<![\w’'\-])(?P<noun>[A-Za-z][a-z\-]*s))[ \u00a0]+$")


def _state_before_office(text: str, start: int, word_start: int, at: int, end: int) -> bool:
    """Whether "state", from ``word_start`` to ``at``, stands before a capitalised office and a capitalised word ("state Sen. Kim
    Ward", "state House Speaker Ann Ortiz") with no subject it could agree with before it as a verb: it then
    names the state's office (AP style for a state's legislators and officers). After a pronoun or a plural noun
    it is the verb ("Critics state Gov. Ann Ortiz ignored the warnings")."""
    found = _office_title_re().match(text, at, end)
    if found is None or not text[found.start():found.end()].strip()[:1].isupper() or not text[found.end():found.end() + 1].isupper():
        return False
    subject = _PLURAL_SUBJECT_BEFORE_RE.search(text, max(start, word_start - 30), word_start)
    # a state's name ending in "s" is no plural: "Texas state Sen. Kirk Watson"
    return subject is None or (subject.group("noun") is not None and place_kind(subject.group("noun")) == "us_state")


_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)[ \u00a0]+$")


def _platform_before(text: str, start: int, at: int) -> bool:
    """Whether the word right before ``at`` is a social-media platform's name, capitalised (``platforms.txt``: "Facebook
    post", "Twitter posts"): a noun of saying after it names the platform's post."""
    found = _WORD_BEFORE_RE.search(text, start, at)
    return found is not None and found.group(1)[:1].isupper() and found.group(1).lower() in platform_names()


def cues_in(text: str, start: int, end: int) -> list[Cue]:
    """Cue occurrences in ``text[start:end]``, in order: whole words (not after an apostrophe),
    the longest form first, words of a form separated by blanks only. A capitalised form is a
    name, not a verb ("United States" holds no "states"), except "According to"; after a
    determiner and a numeral it is a noun ("a 2010 recall", ``_numeral_before``)."""
    index = _cue_index()
    cues = reporting_cues()
    out = []
    consumed = start
    for match in _WORD_RE.finditer(text, start, end):
        w_start = match.start()
        if w_start < consumed:
            continue
        word = match.group()
        forms = index.get(word.lower())
        if forms is None or (w_start > 0 and text[w_start - 1] in "’'"):
            continue
        if _numeral_before().search(text, max(start, w_start - 40), w_start):
            continue
        if is_cue_noun(word, plural=True) and _platform_before(text, max(start, w_start - 20), w_start):
            continue  # "in a Thursday night Facebook post", "Twitter posts": the platform's post, a noun
        if _noun_after_determiner(text, max(start, w_start - 40), w_start, word) and _verb_of_saying_after(text, match.end(), end):
            continue  # "A new report from the institute said ...": the noun is the subject of the verb after it
        if word == "state" and _state_before_office(text, start, w_start, match.end(), end):
            continue  # "state Sen. Kim Ward", "the bill's sponsor, state Rep. Tom Lee,": a noun before an office, no verb
        if (word.lower() in word_set("cue_nouns_after_prepositions.txt") and _PREPOSITION_BEFORE_RE.search(text, max(start, w_start - 40), w_start)
                and not _CONTENT_AFTER_RE.match(text, match.end(), end)):
            # "in battleground states, according to ...": the noun a preposition governs, no verb of saying; but a
            # subject may end in a prepositional phrase before the verb: "A letter from the governor states that ..."
            continue
        for rest, form in forms:
            c_end = match.end()
            if rest is not None:
                more = rest.match(text, c_end, end)
                if more is None:
                    continue
                c_end = more.end()
            if not (word[0].isupper() and word.lower() != "according"):
                lemma, scope = cues[form]
                out.append(Cue(w_start, c_end, lemma, scope))
            consumed = c_end
            break
    return out


def cue_phrase_end(text: str, cue_end: int, limit: int, lemma: str = "") -> int:
    """Where a cue ends once the phrases belonging to it are taken ("said in a statement",
    "adds resignedly", "told The Huffington Post on Thursday"): the end of those phrases after
    ``cue_end``, within ``limit``."""
    if lemma in _OBJECT_VERBS:
        return cue_end  # "responding to a lack of ...", "agreed to a deal": what follows is the object
    rest = re.match((TELL_OBJECT if lemma == "tell" else "") + r"(?:" + CUE_PHRASE + r")?", text[cue_end:limit])
    return cue_end + rest.end() if rest else cue_end


# verbs whose prepositional phrase is their object, not where they were said
_OBJECT_VERBS = frozenset({"respond", "agree", "reply", "object", "pledge", "promise", "vow", "threaten", "urge", "plead", "continue", "call for", "call on", "point out"})


@lru_cache(maxsize=1)
def finite_scopes() -> dict[str, str]:
    """Lemma → the scope of its finite forms ("respond" → "that"), for a participle used as a
    finite verb ("is responding")."""
    scopes: dict[str, str] = {}
    for lemma, scope in reporting_cues().values():
        if scope != "participle":
            scopes.setdefault(lemma, scope)
    return scopes
