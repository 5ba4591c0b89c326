"""What a figure's sentence says: content words and names around it, and how alike two such contexts are.

"The same thing" is measured plainly: shared content words of the figure's clause
and sentence (stemmed with the toolkit's ``stem``) and shared names, found by the
toolkit's name finder (``audit.text.find_names``, read with the vocabulary of the
whole set of articles) and compared by their canonical key ("Liang" matching "Liang
Wenfeng", "U.S." matching "United States"). Word lists: the toolkit's ``stopwords()``
plus ``figure_stopwords.txt`` (hedges and time words that say nothing of a subject),
``figure_weak_names.txt`` (names too common to tell subjects apart). Words of one sense of
``figure_equivalent_words.csv`` ("cut", "reduce"; WordNet synsets) or of ``figure_news_equivalents.csv``
("GOP", "Republican"; news usage) count as weaker evidence than a shared word. What a figure measures ("revenue", "profit") is read from its own phrase (``measures``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ...figures import FRACTIONS, Figure, clause_of, lexicons, sentence_breaks
from ...lexicons import data_lines, word_set
from ...model import Article, Sentence
from ...text import WORD_RE, NameMention, Vocabulary, find_names, office_modifiers, place_kind, stem, stopwords, title_words, titles
from .measures import function_words, measures_of, own_measures
from .values import BOUND_QUALIFIERS

# Context is read at most this many characters either side of a figure. A real sentence is
# shorter (the seeds' longest is 388 characters); a "sentence" of 100,000 characters without a
# full stop, with a figure every few words, made the context scans quadratic (minutes).
CONTEXT_WINDOW = 600


@lru_cache(maxsize=1)
def _weak_names() -> frozenset[str]:
    return word_set("figure_weak_names.txt")


SENSE_LEXICONS = ("figure_equivalent_words.csv", "figure_news_equivalents.csv")
"""The word lists of senses: WordNet synsets ("cut", "reduce") and news usage ("GOP", "Republican"; "scrap", "lift")."""


@lru_cache(maxsize=1)
def _senses() -> dict[str, frozenset[str]]:
    """Stem -> the senses of ``SENSE_LEXICONS`` its word has ("cut": reduce; "gop": republican). A word is also
    found as written in lower case: a name's key terms are not stemmed ("senate republicans")."""
    found: dict[str, set[str]] = {}
    for name in SENSE_LEXICONS:
        header, *rows = data_lines(name)
        if header.strip() != "word,sense":
            raise ValueError(f"audit/lexicons/{name}: expected the header 'word,sense', found {header!r}")
        for row in rows:
            word, sense = (part.strip().lower() for part in row.split(","))
            # only news usage is looked up as written: WordNet's words as written would give names ("Rose", "Price") senses
            for key in {stem(word), word} if name == "figure_news_equivalents.csv" else {stem(word)}:
                found.setdefault(key, set()).add(sense)
    return {stemmed: frozenset(senses) for stemmed, senses in found.items()}


def senses_of(words: frozenset[str] | set[str]) -> frozenset[str]:
    """The senses of ``SENSE_LEXICONS`` that some of ``words`` (stems) write."""
    senses = _senses()
    return frozenset(sense for word in words for sense in senses.get(word, ()))


_POSSESSIVE_RE = re.compile(r"['’]s$")
_ANAPHORA = frozenset({"he", "she", "it", "they", "the", "this", "these", "its", "his", "her", "their", "that"})
_OWNER_KINDS = ("person", "unknown")
_BODY_KINDS = ("place", "organization")
_AGE_LIMIT = frozenset({"~age"})
_AGE_WORD_RE = re.compile(r"\b[Aa]ge\b")
_APPOSITION_RE = re.compile(r"['’]?s?,?[ \u00a0]+(?:the|a|an)[ \u00a0]+")
_DESCRIBED_RE = re.compile(r"[ \u00a0]+((?:[a-z][a-z\-]*[ \u00a0]+){0,2}[a-z][a-z\-]*)")


def _described_noun(text: str, end: int, limit: int) -> str:
    """The noun an "N-year-old" describes: the last of up to three lower-case words right after it
    that are no function words ("a 27-year-old illegal immigrant" -> "immigrant"); "" when a
    function word or punctuation follows ("the 80-year-old should seek"), or when the nouns are
    the title of a name right after them ("the 41-year-old founder Liang Wenfeng")."""
    match = _DESCRIBED_RE.match(text, end, limit)
    if match is None:
        return ""
    found = ""
    for word in match.group(1).split():
        if word in function_words():
            break
        found = word
    if found and found == match.group(1).split()[-1] and text[match.end() : match.end() + 2].strip()[:1].isupper():
        return ""  # "the 41-year-old founder Liang Wenfeng": the noun is a title of the name after it
    return stem(found) if found else ""


@lru_cache(maxsize=1)
def _number_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words that state a number by themselves (the extractor's number and scale words, with their
    plurals: "thousands"), and the words a compound number is made of ("forty-six", "two-thirds",
    "one-fourth": those, "one" and the extractor's fraction words)."""
    figure_words = lexicons()
    cardinals = set(figure_words.number_words) | set(figure_words.scales_spaced)
    cardinals |= {word + "s" for word in cardinals}
    return frozenset(cardinals), frozenset(cardinals | set(FRACTIONS) | {"one"})


@lru_cache(maxsize=1)
def _compound_numbers() -> frozenset[str]:
    """The number words that write a compound's number ("six-week", "one-year"): the cardinals and "one"
    (not the fractions: "fourth-quarter" names a span of time)."""
    return _number_words()[0] | {"one"}


@lru_cache(maxsize=1 << 16)
def _content_words(token: str) -> tuple[str, ...]:
    """The stems a token adds to a context: none for a function word, a number or a title
    ("Sen."); the parts with letters of a compound with a number, in digits or in words, less the
    number ("12-page" -> "page", "six-week" -> "week", "one-year" -> "year"). Tokens recur: read
    each once."""
    cardinals, compound_parts = _number_words()
    if token.lower() in cardinals or ("-" in token and all(part.lower() in compound_parts for part in token.split("-"))):
        return ()  # "thousands", "Forty-six", "two-thirds": the number itself, no word of the subject
    numbers = _compound_numbers()
    parts = token.split("-")
    split = len(parts) > 1 and any(part.lower() in numbers or any(c.isdigit() for c in part) for part in parts)
    if not split:
        parts = [token]
    found = []
    for part in parts:
        if not part or any(c.isdigit() for c in part) or (split and part.lower() in numbers):
            continue  # "six-week" and "six weeks" share "week" as "6-week" and "6 weeks" do: the number is the value, not the subject
        lower = _POSSESSIVE_RE.sub("", part.lower())
        if len(lower) <= 2 or lower in function_words() or (part[:1].isupper() and lower.rstrip(".") in title_words()):
            continue
        if "." in part and part.replace(".", "").isupper():
            continue  # "U.S", "D.C": a name written as initials, no word of the subject
        found.append(stem(lower))
    return tuple(found)


def words_and_stems(text: str) -> list[tuple[str, str]]:
    """Each content word of ``text`` as written, with its stem ("trained", "train")."""
    found = []
    for match in WORD_RE.finditer(text):
        token = match.group()
        for stemmed in _content_words(token):
            found.append((_POSSESSIVE_RE.sub("", token), stemmed))
    return found


def word_stems(text: str, start: int, end: int) -> set[str]:
    """The content stems of ``text[start:end]`` (``_content_words`` of each token)."""
    words: set[str] = set()
    for match in WORD_RE.finditer(text, start, end):
        words.update(_content_words(match.group()))
    return words


def name_terms(mention: NameMention) -> frozenset[str]:
    """A name as the set of words of its canonical key: "U.S." and "United States" give {"united", "states"}."""
    # "of" in "Gulf of Mexico" and "Department of Justice" is no part of either subject
    return _key_terms(mention.key)


@dataclass(frozen=True)
class FigureContext:
    """The words and names around one figure, as sets of lower-case stems and name tokens."""

    clause_words: frozenset[str]
    sentence_words: frozenset[str]
    clause_names: tuple[frozenset[str], ...]
    wide_names: tuple[frozenset[str], ...]
    around_names: tuple[frozenset[str], ...] = ()  # clause names outside the figure's own words
    owner: frozenset[str] = frozenset()  # for an age: the person it belongs to, when named
    people: tuple[frozenset[str], ...] = ()  # for an age: the people its sentence names
    claimed: tuple[frozenset[str], ...] = ()  # names the clauses of the figures of its kind in the sentence hold
    measures: frozenset[str] = frozenset()  # what the figure measures ("revenue", "profit": ``measures``)
    clause_senses: frozenset[str] = frozenset()  # the senses its clause's words write (``senses_of``)
    sentence_senses: frozenset[str] = frozenset()
    # the offsets in the article of the clause read (not compared: contexts of like words at other places are alike)
    clause_span: tuple[int, int] = field(default=(0, 0), compare=False)
    # for a date in a relative clause or participle phrase set off after a noun, read with the noun's clause
    # (``SentenceReadings.attached_clause``): the words of its own, which name the event it dates ("opened")
    own_clause_words: frozenset[str] | None = None
    # for a date in a participle phrase set off after a noun ("The Ohio plant, opened on June 4, 2019, will close next
    # year"): the phrase's own words ("opened") and the words of the clause it is set off from, less the noun ("close")
    phrase_words: frozenset[str] | None = None
    noun_clause_words: frozenset[str] = frozenset()

    @property
    def event_words(self) -> frozenset[str]:
        """The words of the clause that names the event of a date: its own (``own_clause_words``) or its clause's."""
        return self.clause_words if self.own_clause_words is None else self.own_clause_words


Placed = tuple[frozenset[str], int, int, str]
"""A name (the words of its key), its article offsets and its kind."""


_WORD_AT_RE = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _office_openers() -> frozenset[str]:
    """The words that open the office of a title written before a name: one-word offices and honorifics
    ("premier", "gov"), the first words of longer offices ("attorney", "majority", "press"), the
    modifiers of an office ("former", "acting": ``office_modifiers``) and "vice" ("Vice President", which ``titles.csv`` writes
    as "vice-president" and the name finder reads as "vice" before an office)."""
    return frozenset(words[0] for words in titles()) | office_modifiers() | {"vice"}


_THEN = "then-"


@lru_cache(maxsize=1)
def _leading_modifiers() -> frozenset[str]:
    """Modifiers that open a title before its place ("Former Texas Gov.", "Acting"); not "State", which opens
    the office itself ("State Sen."), nor "then-state"."""
    return office_modifiers() - {"state", "then-state"}


@lru_cache(maxsize=1 << 12)
def _title_holders(title: str) -> tuple[tuple[str, int, int, str], ...]:
    """The names in the words of a title before its office ("Alberta" of "Alberta Premier", "Texas" of
    "Texas Attorney General" and of "Former Texas Gov." or "Then-Texas Gov."; "NBC News Senior
    Investigative" of "NBC News Senior Investigative Correspondent", whose office the lexicon does not
    hold), as ``_names_in_run`` gives them (a demonym or a party, "Chinese President", "Democratic Sen.",
    names nothing), with offsets in ``title``."""
    words = list(_WORD_AT_RE.finditer(title))
    # the modifiers that open a title are no place of it ("Former Texas Gov.", "Then-Texas Gov.", "Acting")
    first = 0
    while first < len(words) and words[first].group().lower() in _leading_modifiers():
        first += 1
    if first == len(words):
        return ()
    start = words[first].start() + (len(_THEN) if words[first].group().lower().startswith(_THEN) else 0)
    # with no office of the lexicon, the last word is the office (a role word: "Correspondent")
    opener = (k for k in range(first, len(words)) if words[k].group().lower().removeprefix(_THEN).rstrip(".") in _office_openers())
    cut = next(opener, len(words) - 1)
    if cut <= first:
        return ()
    return tuple((key, start + left, start + right, kind) for key, left, right, kind in _names_in_run(title[start : words[cut - 1].end()]))



_RUN_LEAD = "by "
"""Set before words cut from a longer run of capitalised words, so that the name finder reads them as it
would inside a sentence, not as a word capitalised because it opens one ("Manitoba" of "Manitoba Premier
Wab Kinew", which it would drop as an opener with nothing else to tell it is a name)."""


@lru_cache(maxsize=1 << 12)
def _names_in_run(words: str) -> tuple[tuple[str, int, int, str], ...]:
    """The names the name finder reads in ``words`` (key, offsets in ``words``, kind), as inside a sentence."""
    lead = len(_RUN_LEAD)
    return tuple((m.key, m.start - lead, m.end - lead, m.kind) for m in find_names(_RUN_LEAD + words))


def _key_terms(key: str) -> frozenset[str]:
    """A name's key as the set of its words (``name_terms``)."""
    terms = key.split()
    return frozenset(term for term in terms if term not in stopwords()) or frozenset(terms)


def _attribute_names(text: str, mention: NameMention, weak: frozenset[str], named: frozenset[str]) -> list[Placed]:
    """The places and bodies a person's name holds as attributes, less the ``weak`` names: in its title
    before the office ("Alberta" of "Alberta Premier Jason Kenney", ``_title_holders``) and in the "of"
    after it ("Attorney General Letitia James of New York"). Each is a place or an organisation as the name
    finder or the place lexicons read it ("Texas", "Microsoft"), or a name the story's articles write outside a
    title (its key among ``named``: "Alberta" of "the government of Alberta"); a word the finder reads as nothing
    more is most often part of the office ("Energy Secretary", "District Attorney", "Executive Director").
    A name of unknown kind is no person whose age a figure could be: kind "title"."""
    found: list[Placed] = []
    for span, read in ((mention.title_span, _title_holders), (mention.origin_span, _names_in_run)):
        if span is None:
            continue
        for key, left, right, kind in read(text[span[0] : span[1]]):
            surface = text[span[0] + left : span[0] + right]
            if not (kind in _BODY_KINDS or place_kind(surface) or key in named):
                # "Republican South Carolina" of "Republican South Carolina Sen.", "Senate Republican" of "Senate Republican
                # Leader": the place or body among words of a party; else a body the name finder does not know
                key, inner_left, inner_right, kind = _place_within(surface) or _unknown_body(key, surface, kind) or ("", 0, 0, "")
                left, right = left + inner_left, left + inner_right
            if key and key not in weak:
                found.append((_key_terms(key), span[0] + left, span[0] + right, kind if kind not in _OWNER_KINDS else "title"))
    return found


_LONGEST_PLACE = 3
"""The most words of a place name looked for inside a longer run ("Los Angeles", "New York City")."""


def _unknown_body(key: str, words: str, kind: str) -> tuple[str, int, int, str] | None:
    """A title's run of two words or more that the name finder reads as a name of unknown kind, its last word a
    name by itself (not a party or a demonym, which the finder reads as no name alone): a body it does not know,
    "American Bridge" of "American Bridge President", "Rosebud Sioux Tribe"; not "Moderate Democratic". A single
    word of unknown kind is most often a word of the office ("Energy Secretary", "Interior Secretary")."""
    last = words.split()
    if kind != "unknown" or len(last) < 2 or not _names_in_run(last[-1]):
        return None
    return key, 0, len(words), "organization"


@lru_cache(maxsize=1 << 12)
def _place_within(words: str) -> tuple[str, int, int, str] | None:
    """The longest run of up to ``_LONGEST_PLACE`` words of ``words`` that the place lexicons hold (``place_kind``)
    or that the name finder reads as an organisation ("Senate" of "Senate Republican"), as ``_names_in_run`` keys
    it, with its offsets in ``words``; the first of equal length; None when none is."""
    spans = [(m.start(), m.end()) for m in _WORD_AT_RE.finditer(words)]
    for size in range(min(_LONGEST_PLACE, len(spans)), 0, -1):
        for first in range(len(spans) - size + 1):
            left, right = spans[first][0], spans[first + size - 1][1]
            read = _names_in_run(words[left:right])
            if place_kind(words[left:right]):
                key = read[0][0] if len(read) == 1 else words[left:right].lower()
                return key, left, right, "place"
            if len(read) == 1 and read[0][3] == "organization" and read[0][1:3] == (0, right - left):
                return read[0][0], left, right, "organization"
    return None


def _placed_names(mentions: Sequence[NameMention], text: str, named: frozenset[str]) -> tuple[list[Placed], frozenset[tuple[int, int]]]:
    """The names of ``text`` (``find_names``) as ``Placed``, with the places and bodies that people's names
    hold as attributes (``_attribute_names``): the name finder keeps them apart from the person, yet they
    say where or of what body a figure of the sentence is ("Alberta Premier Jason Kenney's government
    invested ...", "a $1.1 billion cash infusion by the government of Alberta"). Names too common to tell
    subjects apart (``figure_weak_names.txt``) are left out. Returned with the offsets of the attributes."""
    weak = _weak_names()
    placed: list[Placed] = []
    attributes: set[tuple[int, int]] = set()
    for mention in mentions:
        held = _attribute_names(text, mention, weak, named)
        placed.extend(held)
        attributes.update((start, end) for _, start, end, _ in held)
        if mention.key not in weak:
            placed.append((name_terms(mention), mention.start, mention.end, mention.kind))
    placed.sort(key=lambda name: (name[1], name[2]))
    return placed, frozenset(attributes)


class SubjectNames:
    """The name mentions of one article (``audit.text.find_names`` with the set's vocabulary, and the
    places and bodies of titles: ``_placed_names``), in text order, with the names too common to tell
    subjects apart (``figure_weak_names.txt``) left out: their words count as plain words."""

    def __init__(self, article: Article, vocab: Vocabulary, mentions: Sequence[NameMention] | None = None, named: frozenset[str] | None = None) -> None:
        """``mentions`` are the article's (``find_names`` with ``vocab``, read here when not given); ``named`` the
        keys of the names the story's articles write (this article's when not given): a title's word of no known
        kind is a place of the context only when one of them names it outside a title (``_attribute_names``)."""
        if mentions is None:
            mentions = find_names(article.text, vocabulary=vocab)
        if named is None:
            named = frozenset(mention.key for mention in mentions)
        self.placed, self.attributes = _placed_names(mentions, article.text, named)
        self.starts = [start for _, start, _, _ in self.placed]

    def between(self, start: int, end: int) -> list[Placed]:
        """The names lying wholly inside ``[start, end)``."""
        first = bisect_left(self.starts, start)
        found = []
        for placed in self.placed[first:]:
            if placed[1] >= end:
                break
            if placed[2] <= end:
                found.append(placed)
        return found


def _names_and_words(
    article: Article, names: SubjectNames, start: int, end: int, skip: tuple[int, int], *, value_words: bool = False, attributes: bool = True
) -> tuple[list[frozenset[str]], set[str]]:
    """Names (as sets of key words) and content stems in ``text[start:end]``; a name inside the
    figure ``skip`` that holds a digit ("GPT-4" in "GPT-4's 2,000") is left out, and so are its words;
    so are all the words inside it when they are its value (``value_words``: a date's month, "this week").
    With ``attributes`` false, the places and bodies of people's titles (``_attribute_names``) are no names."""
    text = article.text
    found: list[frozenset[str]] = []
    words: set[str] = set()

    def stems(left: int, right: int) -> set[str]:
        if not value_words or right <= skip[0] or skip[1] <= left:
            return word_stems(text, left, right)
        return word_stems(text, left, max(left, skip[0])) | word_stems(text, min(right, skip[1]), right)

    cursor = start
    for terms, name_start, name_end, kind in names.between(start, end):
        words |= stems(cursor, name_start)
        cursor = name_end
        if skip[0] < name_end and name_start < skip[1] and any(c.isdigit() for c in text[name_start:name_end]):
            continue
        if attributes or (name_start, name_end) not in names.attributes:
            found.append(terms)
        if kind == "group":
            words.update(stem(term) for term in terms)  # "Hispanics" and "the Hispanic vote": one subject
        else:
            words.update(terms)
    words |= stems(cursor, end)
    return found, words


_FIRST_WORD_RE = re.compile(r"[\s\"'“‘]*([A-Za-z]+)")


_RELATIVE_PRONOUNS = frozenset({"which", "who"})
"""Words that open a relative clause set off by a comma or a dash after the noun it describes (not "that",
which opens a restrictive clause and, after a comma, as often a reported one: "said Friday, that ...")."""


def _participle(word: str) -> bool:
    """Whether a word opening a phrase is a past participle ("unveiled", "passed", "born")."""
    lower = word.lower()
    return (len(lower) > 4 and lower.endswith("ed")) or lower in word_set("figure_participles.txt")


def _comma(text: str, separator: tuple[int, int]) -> bool:
    """Whether a clause break of ``text`` is a comma: the mark that sets off a fronted or trailing
    phrase of time from the clause it belongs to (a dash or a bracket sets off something else: "—
    Name (@handle) October 13, 2017" closes a quoted post)."""
    return text[separator[0] : separator[1]].strip() == ","


def _break_start(separator: tuple[int, int]) -> int:
    return separator[0]


class SentenceReadings:
    """What is read once per sentence of one article, for all the figures in it: its clause
    breaks and its opening word (a run-on "sentence" of 100,000 characters with a figure every
    few words would otherwise be read again for every figure). ``names`` are the article's."""

    def __init__(self, article: Article, names: SubjectNames) -> None:
        self.article = article
        self.article_names = names
        self._breaks: dict[int, tuple[tuple[int, int], ...]] = {}
        self._openers: dict[int, str] = {}
        self._claimed: dict[tuple[int, str], tuple[frozenset[str], ...]] = {}
        self._own_measures: dict[tuple[int, int], frozenset[str]] = {}
        self._held_measures: dict[int, frozenset[str]] = {}
        self._figure_spans: dict[int, list[tuple[int, int, bool]]] = {}

    def breaks(self, sentence: Sentence) -> tuple[tuple[int, int], ...]:
        """The sentence's ``sentence_breaks``."""
        found = self._breaks.get(sentence.index)
        if found is None:
            found = self._breaks[sentence.index] = sentence_breaks(sentence)
        return found

    def clause(self, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
        """``clause_of`` the span ``[start, end)`` in ``sentence``."""
        return clause_of(sentence, start, end, self.breaks(sentence))

    def claimed(self, sentence: Sentence, kind: str, figures: Sequence[Figure]) -> tuple[frozenset[str], ...]:
        """The names held by the clauses of the sentence's figures of ``kind`` (read once per sentence
        and kind: ``_displaced`` leaves out those of a figure's own clause)."""
        key = (sentence.index, kind)
        found = self._claimed.get(key)
        if found is None:
            clauses = sorted({self.clause(sentence, f.span.start, f.span.end) for f in figures if f.kind == kind})
            held: dict[frozenset[str], None] = {}
            for left, right in clauses:
                for terms, _, _, _ in self.article_names.between(left, right):
                    held.setdefault(terms, None)
            found = self._claimed[key] = tuple(held)
        return found

    def own_measures(self, sentence: Sentence, figure: Figure, figures: Sequence[Figure]) -> frozenset[str]:
        """``measures.own_measures`` of a figure in its clause, ``figures`` being those of its sentence."""
        key = (figure.span.start, figure.span.end)
        if key not in self._own_measures:
            spans = self._figure_spans.get(sentence.index)
            if spans is None:
                spans = self._figure_spans[sentence.index] = sorted((f.span.start, f.span.end, bool(f.direction)) for f in figures)
            left, right = self.clause(sentence, figure.span.start, figure.span.end)
            self._own_measures[key] = own_measures(self.article.text, figure, left, right, spans)
        return self._own_measures[key]

    def held_measures(self, sentence: Sentence, figures: Sequence[Figure]) -> frozenset[str]:
        """The measures that the own phrases of the sentence's figures hold (read once per sentence)."""
        found = self._held_measures.get(sentence.index)
        if found is None:
            held: set[str] = set()
            for figure in figures:
                held |= self.own_measures(sentence, figure, figures)
            found = self._held_measures[sentence.index] = frozenset(held)
        return found

    def in_relative_clause(self, sentence: Sentence, figure: Figure) -> bool:
        """Whether ``attached_clause`` joins a date's clause to the noun's it is set off after, the date's being a
        relative clause ("The Ohio plant, which opened on June 4, 2019, ...")."""
        return self._set_off_opener(sentence, figure) in _RELATIVE_PRONOUNS

    def in_participle_phrase(self, sentence: Sentence, figure: Figure) -> bool:
        """Whether ``attached_clause`` joins a date's clause to the noun's it is set off after, the date's being a
        participle phrase ("The Ohio plant, opened on June 4, 2019, ...")."""
        opener = self._set_off_opener(sentence, figure)
        return opener is not None and opener not in _RELATIVE_PRONOUNS

    def _set_off_opener(self, sentence: Sentence, figure: Figure) -> str | None:
        """The first word (lower case) of a date's phrase when ``attached_clause`` joins it to the noun's clause it is
        set off after (a participle or a relative pronoun); None when it is no such phrase."""
        if figure.kind not in ("date", "year") or figure.relative:
            return None
        left, _ = self.clause(sentence, figure.span.start, figure.span.end)
        first = _FIRST_WORD_RE.match(self.article.text, left, figure.span.start)
        if first is None or self._noun_clause_start(sentence, left, figure.span.start) is None:
            return None
        return first.group(1).lower()

    def noun_clause_rest(self, sentence: Sentence, figure: Figure) -> tuple[tuple[int, int], tuple[int, int]]:
        """For a date in a phrase set off after a noun: the spans of the clause it is set off from outside the
        noun and the phrase: before the noun (the words back to the first function word before the phrase are
        the noun: "The Ohio plant", "Acme's X9 reactor design") and after the phrase's closing comma or dash
        ("will close next year"); empty spans where there are none."""
        text, breaks, offset = self.article.text, self.breaks(sentence), sentence.start
        left, right = self.clause(sentence, figure.span.start, figure.span.end)
        noun_start = self._noun_clause_start(sentence, left, figure.span.start)
        if noun_start is None:
            return (left, left), (right, right)
        opening = bisect_left(breaks, left - offset, key=_break_start) - 1
        noun_end = breaks[opening][0] + offset
        noun_left = noun_end
        for match in reversed(list(_WORD_AT_RE.finditer(text, noun_start, noun_end))):
            if match.group().lower().strip(".,'’\"“”") in function_words():
                break
            noun_left = match.start()
        closing = bisect_left(breaks, right - offset, key=_break_start)
        after = (right, right)
        if closing < len(breaks) and breaks[closing][0] + offset == right and sentence.text[breaks[closing][0] : breaks[closing][1]].strip() in (",", "–", "—", "-"):
            after = self.clause(sentence, breaks[closing][1] + offset, breaks[closing][1] + offset)
        return (noun_start, noun_left), after

    def _noun_clause_start(self, sentence: Sentence, left: int, start: int) -> int | None:
        """Where the clause starts that a participle phrase or a relative clause starting at ``left`` is set off after."""
        text, breaks, offset = self.article.text, self.breaks(sentence), sentence.start
        first = _FIRST_WORD_RE.match(text, left, start)
        if first is not None and (_participle(first.group(1)) or first.group(1).lower() in _RELATIVE_PRONOUNS):
            before = bisect_left(breaks, left - offset, key=_break_start) - 1
            if before >= 0 and breaks[before][1] + offset <= left and not text[breaks[before][1] + offset : left].strip():
                return self.clause(sentence, breaks[before][0] + offset, breaks[before][0] + offset)[0]
        return None

    def attached_clause(self, sentence: Sentence, figure: Figure) -> tuple[int, int]:
        """The clause a figure's context is read from: its own (``clause``), joined to the clause it
        attaches to when it is a date or year as written (not one read from the article's date, "last
        week", "Friday") with no other word than function words, as a fronted or trailing phrase of
        time is ("In 2003, Texas Democrats fled to Oklahoma", "... one day after the election, on
        November 4, 2020"): across the comma after it when it opens the sentence, else across the comma
        before it. An amount alone in its clause is not joined ("15 percent ethanol, 5 percent more
        than the typical blend" is cut between two quantities)."""
        start, end = figure.span.start, figure.span.end
        left, right = self.clause(sentence, start, end)
        if figure.kind not in ("date", "year") or figure.relative:
            return left, right
        text, names = self.article.text, self.article_names
        breaks, offset = self.breaks(sentence), sentence.start
        # a participle phrase or a relative clause set off after a noun dates that noun ("DeepSeek's R1
        # model – unveiled in late January –", "the law, passed in 2021, ...", "The policy, which officials
        # say will be lifted on May 23, ..."): read it with the clause it is set off from
        noun_start = self._noun_clause_start(sentence, left, start)
        if noun_start is not None:
            return noun_start, right
        if word_stems(text, left, start) or word_stems(text, end, right) or names.between(left, start) or names.between(end, right):
            return left, right
        # breaks are sorted by start and end where the clauses begin
        if not text[offset:left].strip(" \"'“‘"):
            after = bisect_left(breaks, right - offset, key=_break_start)
            if after == len(breaks) or not _comma(sentence.text, breaks[after]):
                return left, right
            return left, self.clause(sentence, breaks[after][1] + offset, breaks[after][1] + offset)[1]
        before = bisect_left(breaks, left - offset, key=_break_start) - 1
        if before < 0 or breaks[before][1] + offset > left or not _comma(sentence.text, breaks[before]):
            return left, right
        return self.clause(sentence, breaks[before][0] + offset, breaks[before][0] + offset)[0], right

    def opener(self, sentence: Sentence) -> str:
        """The sentence's first word, in lower case ("" for a blank sentence)."""
        found = self._openers.get(sentence.index)
        if found is None:
            first = sentence.text.split(maxsplit=1)
            found = self._openers[sentence.index] = first[0].lower() if first else ""
        return found

    def owner(self, figure: Figure) -> frozenset[str]:
        """For an age, whom it belongs to: the noun it describes ("a 10-year-old girl": ``{"~girl"}``),
        a limit when it is an age limit ("the age to buy a gun to 21", "under the age of 18":
        ``{"~age"}``), else the person named nearest to it in its sentence ("41-year-old You
        Tianlong", "Liang Wenfeng, the 40-year-old founder", "Jane Smith, 54,"), else the person
        named last in the sentence before. A place or an organisation owns no age. Empty when
        none of these is found."""
        if figure.kind != "age":
            return frozenset()
        text = self.article.text
        sentence = self.article.sentences[figure.sentence]
        start, end = figure.span.start, figure.span.end
        people = self.people(sentence, figure)
        if figure.surface.lower().endswith("old"):
            before = [placed for placed in people if placed[2] <= start and _APPOSITION_RE.fullmatch(text, placed[2], start)]
            if before:
                return before[-1][0]  # "Liang Wenfeng, the 40-year-old founder": the name it is set beside
            noun = _described_noun(text, end, sentence.end)
            if noun:
                return frozenset({"~" + noun})
        left, _ = self.clause(sentence, start, end)
        if figure.qualifier in BOUND_QUALIFIERS or _AGE_WORD_RE.search(text, left, end):
            return _AGE_LIMIT  # "under 18", "the age to buy a gun to 21": a limit, nobody's age
        if not people and figure.sentence > 0:
            # "The forty-year-old, bespectacled programmer ...": the person named last in the sentence before
            before_sentence = self.article.sentences[figure.sentence - 1]
            previous = [p for p in self.article_names.between(before_sentence.start, before_sentence.end) if p[3] in _OWNER_KINDS]
            return previous[-1][0] if previous else frozenset()
        # names are in text order and do not overlap: the nearest before the figure is the last one
        # ending at or before it, the nearest after it the first one starting at or after its end;
        # on a tie the one before is kept, as the earlier in text order
        after = bisect_left([placed[1] for placed in people], end)
        before = bisect_right([placed[2] for placed in people], start, 0, after) - 1
        best: tuple[int, frozenset[str]] | None = None
        if before >= 0:
            best = (start - people[before][2], people[before][0])
        if after < len(people) and (best is None or people[after][1] - end < best[0]):
            best = (people[after][1] - end, people[after][0])
        return best[1] if best is not None else frozenset()

    def people(self, sentence: Sentence, figure: Figure) -> list[Placed]:
        """The names of people (or of unknown kind) in the sentence, outside the figure."""
        start, end = figure.span.start, figure.span.end
        found = self.article_names.between(sentence.start, sentence.end)
        return [placed for placed in found if placed[3] in _OWNER_KINDS and (placed[2] <= start or placed[1] >= end)]

    def placed(self, sentence: Sentence) -> list[Placed]:
        """The names of the whole sentence, with their offsets and kinds."""
        return self.article_names.between(sentence.start, sentence.end)


def figure_context(
    article: Article, figure: Figure, names: SubjectNames, readings: SentenceReadings | None = None, neighbours: Sequence[Figure] = ()
) -> FigureContext:
    """The words and names around ``figure``: its clause's and its sentence's (``CONTEXT_WINDOW``
    characters either side at most), the names of the sentence before when this one names no one
    or opens with a pronoun, the owner of an age, and the names that the clauses of other figures
    of its kind in the sentence hold (``neighbours``: "compared with the $80 to $100 million OpenAI
    has tapped" claims OpenAI for that figure). ``names`` are the article's (``SubjectNames``);
    ``readings`` shares per-sentence work between the figures of ``article``."""
    if readings is None:
        readings = SentenceReadings(article, names)
    sentence = article.sentences[figure.sentence]
    skip = (figure.span.start, figure.span.end)
    near_start, near_end = max(sentence.start, figure.span.start - CONTEXT_WINDOW), min(sentence.end, figure.span.end + CONTEXT_WINDOW)
    left, right = readings.attached_clause(sentence, figure)
    left, right = max(left, near_start), min(right, near_end)
    # a date's words are its value ("March 3", "this week"), not what it is the date of: read as context, two
    # outlets' dates shared "March" only when their months agreed, so a changed month was judged on less
    # evidence of being the same date than a changed day (issue 14: same quantity is decided blind to the values)
    value_words = figure.kind == "date"
    clause_names, clause_words = _names_and_words(article, names, left, right, skip, value_words=value_words)
    own_clause_words = None
    if readings.in_relative_clause(sentence, figure):
        # the noun's clause says what is dated ("The Ohio plant"), the date's own what happened then ("opened")
        own_left, own_right = readings.clause(sentence, figure.span.start, figure.span.end)
        own_clause_words = frozenset(_names_and_words(article, names, max(own_left, near_start), min(own_right, near_end), skip, value_words=value_words)[1])
    phrase_words, noun_clause_words = None, frozenset[str]()
    if readings.in_participle_phrase(sentence, figure):
        # the phrase dates the noun ("opened"), the rest of the noun's clause tells another event ("will close")
        own_left, own_right = readings.clause(sentence, figure.span.start, figure.span.end)
        phrase_words = frozenset(_names_and_words(article, names, max(own_left, near_start), min(own_right, near_end), skip, value_words=value_words)[1])
        rest: set[str] = set()
        for rest_left, rest_right in readings.noun_clause_rest(sentence, figure):
            rest |= _names_and_words(article, names, max(rest_left, near_start), min(rest_right, near_end), skip, value_words=value_words)[1]
        noun_clause_words = frozenset(rest - phrase_words)
    sentence_names, sentence_words = _names_and_words(article, names, near_start, near_end, skip, value_words=value_words)
    wide = list(sentence_names)
    if (not sentence_names or readings.opener(sentence) in _ANAPHORA) and figure.sentence > 0:
        # "The forty-year-old ... programmer": the person is named in the sentence before; but a sentence
        # that names a place of its own is not about the places of the one before ("The Texas bill was
        # signed ... The Court said it will take a case involving a Mississippi law that bans ...")
        borrowed = readings.placed(article.sentences[figure.sentence - 1])
        if any(placed[3] == "place" for placed in readings.placed(sentence)):
            borrowed = [placed for placed in borrowed if placed[3] != "place"]
        wide.extend(placed[0] for placed in borrowed)
    # the place or body of a person's title ("Wisconsin" of "Sen. Ron Johnson of Wisconsin") is evidence for one
    # subject, never against it: an outlet that names the person alone ("Johnson blocked ...") names no other subject
    around = [
        name for span in ((left, figure.span.start), (figure.span.end, right)) for name in _names_and_words(article, names, *span, skip, attributes=False)[0]
    ]
    people = tuple(placed[0] for placed in readings.people(sentence, figure)) if figure.kind == "age" else ()
    claimed = readings.claimed(sentence, figure.kind, neighbours)
    measures = readings.own_measures(sentence, figure, neighbours)
    if not measures:
        # its phrase names no measure: what its clause names, less what the phrases of the sentence's figures hold
        measures = measures_of(clause_words) - readings.held_measures(sentence, neighbours)
    return FigureContext(
        frozenset(clause_words), frozenset(sentence_words), tuple(clause_names), tuple(wide), tuple(around), readings.owner(figure), people, claimed, measures,
        senses_of(clause_words), senses_of(sentence_words), clause_span=(left, right), own_clause_words=own_clause_words,
        phrase_words=phrase_words, noun_clause_words=noun_clause_words,
    )



def different_owners(a: FigureContext, b: FigureContext) -> bool:
    """Whether two ages belong to different people: an age limit beside a person's age, two named
    owners that are not one name, two described ones that differ ("girl", "immigrant"), or a
    described owner in a sentence that names the other's owner (the sentence gives the age to
    someone else than that person)."""
    if (a.owner == _AGE_LIMIT) != (b.owner == _AGE_LIMIT) and (a.owner or b.owner):
        return True  # an age limit ("under the age of 35") is nobody's age
    if not a.owner or not b.owner:
        return False
    described_a, described_b = _described(a.owner), _described(b.owner)
    if described_a == described_b:
        return a.owner != b.owner if described_a else not same_name(a.owner, b.owner)
    described, named = (a, b) if described_a else (b, a)
    return any(same_name(named.owner, person) for person in described.people)


SAME_CLAUSE = 0.7
"""Two clauses this alike (Dice coefficient of their content words, three shared at least) say the
same thing around their numbers: the same quote or sentence in two outlets ("the top 50 talents")."""


def same_clause(a: FigureContext, b: FigureContext) -> bool:
    """Whether two figures' clauses are nearly the same words (``SAME_CLAUSE``)."""
    shared = len(a.clause_words & b.clause_words)
    return shared >= 3 and 2 * shared >= SAME_CLAUSE * (len(a.clause_words) + len(b.clause_words))


def same_person(a: FigureContext, b: FigureContext) -> bool:
    """Whether two ages belong to one named person ("Liang Wenfeng, the 40-year-old founder", "Mr.
    Liang, born in 1985"): a person has one age, so they are one quantity whatever their values."""
    return bool(a.owner) and bool(b.owner) and not _described(a.owner) and not _described(b.owner) and same_name(a.owner, b.owner)


def _described(owner: frozenset[str]) -> bool:
    return any(term.startswith("~") for term in owner)


def contrasting_names(a: FigureContext, b: FigureContext) -> bool:
    """Each clause names something the other sentence does not: "support for the Labour party
    ... 35%" and "support for the Conservative party ... 28%" are about different parties.
    Names inside the figures themselves ("2,000 Nvidia chips", "3,000 A100 chips") do not count."""
    return _names_elsewhere(a.around_names, b.wide_names) and _names_elsewhere(b.around_names, a.wide_names)


def clauses_name_others(a: FigureContext, b: FigureContext) -> bool:
    """Each clause names someone or something the other clause does not (``contrasting_names`` read
    clause against clause): a date belongs to the event of its own clause, so "Neal sued the Treasury
    Department in 2019" and "Trump ... as a presidential candidate in 2016" date different events
    even when each sentence names the other's actor elsewhere."""
    return _names_elsewhere(a.around_names, b.clause_names) and _names_elsewhere(b.around_names, a.clause_names)


def same_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """ "liang" matches "liang wenfeng"; "li qiang" does not match "li chengdong"."""
    return bool(a) and bool(b) and (a <= b or b <= a)


def names_among(names: Sequence[frozenset[str]], among: Sequence[frozenset[str]]) -> list[frozenset[str]]:
    """The names of ``names`` that ``among`` also holds (``same_name``), in their order."""
    return [name for name in names if any(same_name(name, other) for other in among)]


def _names_elsewhere(names: Sequence[frozenset[str]], among: Sequence[frozenset[str]]) -> bool:
    """Whether a name of ``names`` is not in ``among``."""
    return len(names_among(names, among)) < len(names)


def _displaced(a: FigureContext, b: FigureContext) -> int:
    """1 when a name of ``a``'s clause belongs, in ``b``'s sentence, to the clause of another figure
    of the same kind and not to ``b``'s own: then ``b`` is not about it."""
    for name in a.clause_names:
        if any(same_name(name, other) for other in b.claimed) and not any(same_name(name, other) for other in b.clause_names):
            return 1
    return 0


def displaced_names(a: FigureContext, b: FigureContext) -> int:
    """How many of the two figures' clauses name what the other's sentence gives to another figure of its kind (0 to 2, ``_displaced``)."""
    return _displaced(a, b) + _displaced(b, a)


def _shared_names(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> int:
    return len(names_among(a, b))


@dataclass(frozen=True)
class Similarity:
    """How surely two figures speak of the same thing: a score, and whether they share a name
    in their clauses (``clause_name``) or anywhere in their sentences (``wide_name``)."""

    score: float
    clause_name: bool
    wide_name: bool
    clause: float = 0.0  # the part of the score the two clauses share (words and names): it tells apart two figures of one sentence
    lone_sense: float = 0.0  # the part of the score a sense gives when it is the only one the two contexts write in different words


NO_SIMILARITY = Similarity(0.0, False, False)

EQUIVALENT_WEIGHT = 0.5
"""What a sense two contexts write in different words ("reduce", "cut") counts against a shared word:
outlets restating one report change its words, but two different things are also told in words of one
sense more often than in one word."""


def similarity(
    a: FigureContext, b: FigureContext, topic: frozenset[str] = frozenset(), *, person: bool = False, same_noun: bool = False, ignored: frozenset[str] = frozenset()
) -> Similarity:
    """How surely two figures' sentences speak of the same thing.

    One point per content word shared by the two clauses, half a point per word
    shared only by the sentences, 1.5 per shared name (at most two; twice that
    for ages, which belong to the person named, whose sentence words count in full); a word or name found in every
    article of a set of three or more (``topic``: the story's own subject, like
    "DeepSeek") counts half. Two counts of the same noun ("60 votes", "the 60-vote
    threshold") get a point for it (``same_noun``). A name in one figure's clause that the
    other sentence gives to another figure's clause costs 1.5 (``_displaced``): "the $100
    million+ cost of training OpenAI's model" is not about the "$3 million" of a sentence whose
    next clause, "the $80 to $100 million OpenAI has tapped", holds OpenAI. Words of ``ignored``
    (a generic counted noun both figures share, "people") count nothing. A sense of
    ``figure_equivalent_words.csv`` that the two clauses (or sentences) write in different words
    ("reduce", "cut") counts ``EQUIVALENT_WEIGHT`` of a shared word, and nothing when a shared word
    writes it already.
    """
    def weight(term: str) -> float:
        return 0.5 if term in topic else 1.0

    clause_shared = (a.clause_words & b.clause_words) - ignored
    sentence_shared = (a.sentence_words & b.sentence_words) - clause_shared - ignored
    clause_name = _shared_names(a.clause_names, b.clause_names) > 0
    written = senses_of(clause_shared | sentence_shared)
    clause_senses = (a.clause_senses & b.clause_senses) - written
    sentence_senses = (a.sentence_senses & b.sentence_senses) - clause_senses - written
    equivalent = EQUIVALENT_WEIGHT * (len(clause_senses) + (1.0 if person else 0.5) * len(sentence_senses))
    shared = names_among(a.wide_names, b.wide_names)
    # for ages the name is whose age it is: it counts in full even when every article names that person
    name_points = sorted((1.5 * (1.0 if person else min(weight(t) for t in name)) for name in shared), reverse=True)[:2]
    clause = sum(weight(t) for t in clause_shared) + (0.5 if clause_name else 0.0) + EQUIVALENT_WEIGHT * len(clause_senses)
    score = (
        sum(weight(t) for t in clause_shared)
        + equivalent
        + (1.0 if person else 0.5) * sum(weight(t) for t in sentence_shared)
        + sum(name_points) * (2 if person else 1)
        + (0.5 if clause_name else 0.0)
        + (1.0 if same_noun else 0.0)
        - 1.5 * displaced_names(a, b)
    )
    # a sense beside the thing both figures count or price ("$5-a-gallon gas", "nearly $5 per gallon of gasoline") is
    # no lone evidence: the shared noun already says what the amounts are of
    lone_sense = equivalent if len(clause_senses) + len(sentence_senses) == 1 and not same_noun else 0.0
    return Similarity(score, clause_name, bool(shared), clause, lone_sense)
