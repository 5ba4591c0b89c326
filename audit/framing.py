"""Framing: how an article tells the story, measured with transparent word lists.

Five measures, each a plain lexicon in ``audit/lexicons/`` and each hit kept with
its character span in ``Article.text``:

- **Generic news frames** (Semetko & Valkenburg 2000: conflict, economic
  consequences, human interest, morality, responsibility; plus national
  pride/rivalry, security, technology/progress, regulation/control): the share
  of the article's sentences that contain at least one cue of each frame
  (``frames.csv``).
- **Reporting verbs**, neutral ("said", "told") or loaded ("claimed",
  "admitted", "insisted"), after the style-guide advice on "said" and the
  factive/assertive verbs of Recasens et al. (2013) (``reporting_verbs.csv``).
- **Hedges and boosters** (Hyland 2005): words that soften ("may",
  "reportedly", "claims to") or strengthen ("clearly", "undoubtedly") the
  commitment to a claim (``hedges_boosters.csv``).
- **Loaded words and intensifiers**, after the strong subjectivity clues of
  MPQA (Wilson et al. 2005) and Recasens et al. (2013) (``loaded_words.csv``).

Rates are per 1,000 words of the scored body (title and web debris excluded).
A cue counts wherever it appears, including inside quotations (flagged), and is
read in context by a few rules, each one data in the lexicons or stated here:

- a multi-word expression takes precedence over its words: "national security"
  is security and its "national" counts for no other frame, unless the expression
  is listed under that frame too ("trade war": conflict and economic);
- each cue lists what it must not match (its ``except`` column: "business
  records" is not economic, "routed" no rout, "rather than" no hedge);
- a frame cue marked ``alone=no`` ("feared", "hoping", "national") counts only in
  a sentence holding another cue of its frame that counts alone;
- a lower-case cue does not match a capitalised word inside a sentence (a name),
  nor a sentence-opening one followed by another capitalised word ("Justice
  Clarence Thomas", "National Security Council");
- a reporting verb after a determiner, a possessive, or (unless it ends in -ing) a
  preposition or a number is a noun ("the claims", "over claims that"); a loaded
  one whose subject is a record ("documents revealed", ``record_nouns.txt``) says
  what the record shows, so it counts as neutral.

The four lexicons are compiled once into one trie over words (every inflected form of every
cue), so matching is one pass over a sentence's words with one dictionary look-up per word
that starts no cue (``benchmarks/bench_framing.py``, ``benchmarks/bench_scoring.py``).
"""
from __future__ import annotations

import bisect
import csv
import io
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .lexicons import word_set
from .model import Article, Sentence
from .text import WORD_RE

FRAMES: tuple[str, ...] = (
    "conflict",
    "economic consequences",
    "human interest",
    "morality",
    "responsibility",
    "national pride/rivalry",
    "security",
    "technology/progress",
    "regulation/control",
)

# A reporting verb straight after one of these is a noun ("the claims", "such warnings").
_DETERMINERS = frozenset(
    "a an the this these those such its their his her our your my any some many no".split()
)


@dataclass(frozen=True)
class Hit:
    """One lexicon match: ``text == article.text[start:end]``.

    ``category`` is the frame, ``neutral``/``loaded`` (reporting verbs),
    ``hedge``/``booster`` or ``intensifier``/``loaded`` (loaded words);
    ``cue`` is the lexicon entry that matched, ``note`` what the entry says
    about it (the sense of a reporting verb), ``sentence`` the sentence index;
    ``quoted`` is true inside quotation marks, where the words are a source's,
    not the outlet's.
    """

    start: int
    end: int
    text: str
    cue: str
    category: str
    sentence: int
    note: str = ""
    quoted: bool = False


@dataclass(frozen=True)
class FrameShare:
    """How many of an article's sentences cue one frame, and which."""

    frame: str
    sentences: int
    share: float
    sentence_indices: tuple[int, ...]


@dataclass(frozen=True)
class Framing:
    """Frames, reporting verbs, hedges, boosters, loaded words and intensifiers of one article."""

    words: int
    sentences: int
    frames: tuple[FrameShare, ...]  # one per frame, in ``FRAMES`` order
    frame_cues: tuple[Hit, ...]
    reporting_verbs: tuple[Hit, ...]
    hedges: tuple[Hit, ...]
    boosters: tuple[Hit, ...]
    loaded_words: tuple[Hit, ...]
    intensifiers: tuple[Hit, ...]
    sentence_words: tuple[int, ...] = ()  # words per sentence, in sentence order (they sum to ``words``)

    def share(self, frame: str) -> float:
        """The share of sentences cueing ``frame`` (0.0 when the frame is unknown)."""
        return next((f.share for f in self.frames if f.frame == frame), 0.0)

    @property
    def neutral_verbs(self) -> tuple[Hit, ...]:
        return tuple(hit for hit in self.reporting_verbs if hit.category == "neutral")

    @property
    def loaded_verbs(self) -> tuple[Hit, ...]:
        return tuple(hit for hit in self.reporting_verbs if hit.category == "loaded")

    def per_thousand_words(self, count: int) -> float:
        return round(1000 * count / self.words, 2) if self.words else 0.0

    @property
    def hedge_rate(self) -> float:
        return self.per_thousand_words(len(self.hedges))

    @property
    def booster_rate(self) -> float:
        return self.per_thousand_words(len(self.boosters))

    @property
    def loaded_verb_rate(self) -> float:
        return self.per_thousand_words(len(self.loaded_verbs))

    @property
    def neutral_verb_rate(self) -> float:
        return self.per_thousand_words(len(self.neutral_verbs))

    @property
    def loaded_word_rate(self) -> float:
        return self.per_thousand_words(len(self.loaded_words))

    @property
    def intensifier_rate(self) -> float:
        return self.per_thousand_words(len(self.intensifiers))


def framing_of(article: Article) -> Framing:
    """Frames, reporting verbs, hedges/boosters and loaded words of ``article``'s scored body.

    >>> f = framing_of(article)            # doctest: +SKIP
    >>> f.share("conflict"), [h.text for h in f.loaded_verbs]
    """
    quoted = _quoted_spans(article)
    hits: tuple[list[Hit], ...] = ([], [], [], [])  # in the order of _matcher()'s lexicons
    frame_hits, verb_hits, hedge_hits, word_hits = hits
    sentence_words = []
    sentences_by_frame: dict[str, list[int]] = {frame: [] for frame in FRAMES}
    for sentence in article.sentences:
        frames_before = len(frame_hits)
        sentence_words.append(_matcher().scan(article.text, sentence, quoted, hits))
        for frame in sorted({hit.category for hit in frame_hits[frames_before:]}):
            sentences_by_frame.setdefault(frame, []).append(sentence.index)
    total = len(article.sentences)
    shares = tuple(
        FrameShare(frame, len(indices), round(len(indices) / total, 4) if total else 0.0, tuple(indices))
        for frame, indices in sentences_by_frame.items()
    )
    return Framing(
        words=sum(sentence_words),
        sentences=total,
        frames=shares,
        frame_cues=tuple(frame_hits),
        reporting_verbs=tuple(verb_hits),
        hedges=tuple(h for h in hedge_hits if h.category == "hedge"),
        boosters=tuple(h for h in hedge_hits if h.category == "booster"),
        loaded_words=tuple(h for h in word_hits if h.category == "loaded"),
        intensifiers=tuple(h for h in word_hits if h.category == "intensifier"),
        sentence_words=tuple(sentence_words),
    )


def own_voice(hits: Iterable[Hit]) -> tuple[Hit, ...]:
    """The hits outside quotation marks: the outlet's own words."""
    return tuple(hit for hit in hits if not hit.quoted)


_QUOTE_MARK_RE = re.compile(r'[“”«»„"]')
_OPENING_QUOTES = frozenset('“«„"')
_CLOSING_QUOTES = frozenset('”»"')


def _quoted_spans(article: Article) -> list[tuple[int, int]]:
    """Spans inside double quotation marks, paragraph by paragraph, in text order.

    Curly quotes and guillemets open and close; straight quotes alternate. A quote
    still open at the end of its paragraph runs to the paragraph's end (news style
    leaves a quotation that goes on into the next paragraph unclosed). Single
    quotes are ignored: they are mostly apostrophes or scare quotes.
    """
    spans = []
    for paragraph in article.paragraphs:
        opened: int | None = None
        for mark in _QUOTE_MARK_RE.finditer(article.text, paragraph.start, paragraph.end):
            char = mark.group()
            if opened is None and char in _OPENING_QUOTES:
                opened = mark.start()
            elif opened is not None and char in _CLOSING_QUOTES:
                spans.append((opened, mark.end()))
                opened = None
        if opened is not None:
            spans.append((opened, paragraph.end))
    return spans


def _inside(start: int, end: int, quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` lies inside one of ``quoted`` (sorted, not overlapping)."""
    index = bisect.bisect_right(quoted, (start, math.inf)) - 1
    return index >= 0 and end <= quoted[index][1]


# ---------------------------------------------------------------- lexicon matching


@dataclass(frozen=True)
class _Entry:
    """One row of a lexicon. An *exception* (``category == ""``) is an expression listed in a
    cue's ``except`` column: it counts for nothing, and no cue of its lexicon counts inside it."""

    category: str
    cue: str
    note: str
    words: tuple[str, ...]  # the cue's own words, to check capitalisation
    alone: bool = True  # False: counts only in a sentence holding a cue of its category that counts alone


_OPENERS = frozenset(".!?:;\"“‘'(")

# A reporting verb straight after one of these is a noun unless it ends in -ing: "over claims that",
# "amid warnings", but "after claiming" (``_DETERMINERS``: a noun whatever its ending).
_PREPOSITIONS = frozenset(
    "about above after against amid among at before behind between by despite during for from in into "
    "of on over per since through toward towards under upon with within without".split()
)
RECORD_SUBJECT_NOTE = "a record as subject: says what it shows, not what a person claims"
# Words skipped when looking back from a reporting verb for its subject ("the report also noted").
_SUBJECT_SKIPS = frozenset("also further previously recently later now already first even then again still".split())
# "it's", "that's": contractions, not possessives, once their 's is cut off
_CONTRACTED = frozenset("it that he she there here what who where how let".split())


def _opens_sentence(text: str, start: int, floor: int) -> bool:
    """Whether the word at ``start`` follows a sentence end or an opening quote ("... gift. May our")."""
    position = start - 1
    while position >= floor and text[position].isspace():
        position -= 1
    return position >= floor and text[position] in _OPENERS


def inflections(word: str) -> set[str]:
    """``word`` and its regular English inflections: -s/-es, -ed/-d, -ing, -ies/-ied, doubled consonants.

    >>> sorted(inflections("ban"))
    ['ban', 'banned', 'banning', 'bans']
    """
    forms = {word}
    if len(word) < 2 or not word.isalpha():
        return forms | {word + "s"}
    if word.endswith("y") and word[-2] not in "aeiou":
        stem = word[:-1]
        return forms | {stem + "ies", stem + "ied", word + "ing"}
    if word.endswith("e"):
        return forms | {word + "s", word + "d", word[:-1] + "ing"}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return forms | {word + "es", word + "ed", word + "ing"}
    forms |= {word + "s", word + "ed", word + "ing"}
    # "ban" -> "banned": one-syllable consonant-vowel-consonant words double the last letter
    if len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def _forms(word: str, stop_words: frozenset[str]) -> set[str]:
    """The lower-case surface forms a cue word matches: a stop word as written, else every inflection."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s") and len(word) > 2:  # as in the text, a possessive matches its noun ("nation's")
        word = word[:-2]
    return {word} if word in stop_words else inflections(word)


class _Lexicon:
    """One lexicon compiled: word n-gram keys (every inflected form) -> entries, plus one-word
    prefixes (``econom*``). An n-gram keeps one entry per category, the first listed, and its
    exceptions before its cues. ``verbs``: a reporting-verb lexicon, whose matches are read in
    context (a noun after "the", a record rather than a person as subject)."""

    def __init__(self, entries: Iterable[_Entry], stop_words: frozenset[str], *, verbs: bool = False):
        self.verbs = verbs
        self.exact: dict[tuple[str, ...], list[_Entry]] = {}
        self.prefixes: dict[str, list[_Entry]] = {}
        for entry in entries:
            if entry.cue.endswith("*"):
                self.prefixes.setdefault(entry.cue[:-1].lower(), []).append(entry)
                continue
            for key in _product([_forms(word, stop_words) for word in entry.words]):
                bucket = self.exact.setdefault(key, [])
                if all(e.category != entry.category for e in bucket):
                    bucket.append(entry)
        for bucket in self.exact.values():
            bucket.sort(key=lambda e: e.category != "")  # exceptions first: stable, so cues keep their order


class _Node:
    """A word of the trie: the words that may follow, and the entries of each lexicon ending here."""

    __slots__ = ("children", "entries", "ends_cue")

    def __init__(self, lexicons: int):
        self.children: dict[str, _Node] = {}
        self.entries: list[list[_Entry]] = [[] for _ in range(lexicons)]
        self.ends_cue = False


class _SentenceState:
    """What one lexicon has matched so far in a sentence, as word positions."""

    __slots__ = ("free_from", "claims", "excepted", "found")

    def __init__(self) -> None:
        self.free_from: dict[str, int] = {}  # per category: the first word not yet matched
        self.claims: list[tuple[int, int]] = []  # spans of multi-word matches
        self.excepted: list[tuple[int, int]] = []  # spans of exceptions
        self.found: list[tuple[Hit, bool]] = []  # hits, and whether each may count alone


class _Matcher:
    """The lexicons in one trie over lower-case words, walked once per sentence.

    At each word, each lexicon takes the longest of its cues that starts there (then a prefix
    cue), unless a match of the same category covers the word already. Lexicons are independent
    of each other; inside one lexicon a multi-word expression takes precedence over its words:
    a word inside a longer match counts for no other category of that lexicon ("national
    security" is security, and its "national" is not national pride), unless the expression is
    listed under that category too ("trade war" is both conflict and economic). An exception
    (a cue's ``except`` column) blocks every cue of its lexicon inside it and counts for nothing.
    A cue that may not count alone is kept only in a sentence holding a cue of its category that
    may.
    """

    def __init__(self, lexicons: Sequence[_Lexicon], record_nouns: frozenset[str] = frozenset()):
        self.size = len(lexicons)
        self.root = _Node(self.size)
        self.prefixes: dict[str, list[list[_Entry]]] = {}
        for index, lexicon in enumerate(lexicons):
            for key, entries in lexicon.exact.items():
                node = self.root
                for word in key:
                    node = node.children.get(word) or node.children.setdefault(word, _Node(self.size))
                node.entries[index] = entries
                node.ends_cue = True
            for prefix, entries in lexicon.prefixes.items():
                self.prefixes.setdefault(prefix, [[] for _ in lexicons])[index] = entries
        self.prefix_lengths = sorted({len(prefix) for prefix in self.prefixes}, reverse=True)
        self.verb_lexicons = frozenset(index for index, lexicon in enumerate(lexicons) if lexicon.verbs)
        self.record_nouns = record_nouns
        # a word can start a prefix cue only if its first letters start one: one set look-up per word
        self.head_length = min(self.prefix_lengths, default=0)
        self.heads = frozenset(prefix[: self.head_length] for prefix in self.prefixes)

    def scan(self, text: str, sentence: Sentence, quoted: Sequence[tuple[int, int]], hits: Sequence[list[Hit]]) -> int:
        """Append the hits of ``sentence`` to ``hits`` (one list per lexicon); return its word count."""
        body = text[sentence.start : sentence.end]
        words: list[re.Match[str]] | None = None
        if body.isascii():  # lower-casing keeps every offset: the keys come from one findall
            surfaces = WORD_RE.findall(body.lower())
        else:
            words = list(WORD_RE.finditer(text, sentence.start, sentence.end))
            surfaces = [word.group().lower().replace("’", "'") for word in words]
        # a possessive counts as its noun ("China's" is "china"); the match ends before the 's
        keys = [key[:-2] if key.endswith("'s") and len(key) > 2 else key for key in surfaces]
        count = len(keys)
        children, heads, head_length = self.root.children, self.heads, self.head_length
        states: list[_SentenceState] | None = None  # made at the first cue: most sentences start none
        for position, key in enumerate(keys):
            node = children.get(key)
            prefixed = key[:head_length] in heads
            if node is None and not prefixed:
                continue
            ends: list[tuple[int, _Node]] = []  # nodes of the cues starting here, shortest first
            length = 1
            while node is not None:
                if node.ends_cue:
                    ends.append((length, node))
                if position + length >= count:
                    break
                node = node.children.get(keys[position + length])
                length += 1
            prefix_entries = self._prefix_entries(key) if prefixed else []
            if not ends and not prefix_entries:
                continue  # "the" starts "the West", but not here
            if words is None:
                words = list(WORD_RE.finditer(text, sentence.start, sentence.end))
            if states is None:
                states = [_SentenceState() for _ in range(self.size)]
            for lexicon in range(self.size):
                candidates = [(length, node.entries[lexicon]) for length, node in reversed(ends) if node.entries[lexicon]]
                candidates += [(1, entries[lexicon]) for entries in prefix_entries if entries[lexicon]]
                state = states[lexicon]
                for length, entries in candidates:
                    end = position + length
                    for entry in entries:
                        if state.free_from.get(entry.category, 0) > position or _covered(state.excepted, position, end):
                            continue
                        if _covered(state.claims, position, end, longer=True):
                            continue
                        if not _case_fits(text, sentence, words, position, entry.words):
                            continue
                        if not entry.category:
                            state.excepted.append((position, end))
                            continue
                        state.free_from[entry.category] = end
                        if length > 1:
                            state.claims.append((position, end))
                        category, note = entry.category, entry.note
                        if lexicon in self.verb_lexicons:
                            reading = self._verb_reading(surfaces, keys, position)
                            if reading == "noun":
                                continue
                            if reading == "record" and category == "loaded":
                                category, note = "neutral", RECORD_SUBJECT_NOTE
                        start, stop = words[position].start(), _key_end(words[end - 1])
                        hit = Hit(start, stop, text[start:stop], entry.cue, category, sentence.index, note, _inside(start, stop, quoted))
                        state.found.append((hit, entry.alone))
        for lexicon, state in enumerate(states or ()):
            if state.found:
                standing = {hit.category for hit, alone in state.found if alone}
                hits[lexicon].extend(hit for hit, alone in state.found if alone or hit.category in standing)
        return count

    def _verb_reading(self, surfaces: Sequence[str], keys: Sequence[str], position: int) -> str:
        """How the reporting verb at ``position`` reads: ``"noun"``, ``"record"`` or ``"speech"``.

        A noun after a determiner or a possessive ("the claims", "Biden's pledge"), and after
        a preposition or a number unless it is an -ing form ("over claims that", "his 2019
        pledge", but "after claiming", "in 2015, arguing"). A record when its subject is one ("documents revealed",
        "the data also suggest"): the verb says what a record shows, not what a person claims.
        """
        if position == 0:
            return "speech"
        previous, surface = keys[position - 1], surfaces[position - 1]
        if previous in _DETERMINERS:
            return "noun"
        if (previous in _PREPOSITIONS or previous.isdigit()) and not surfaces[position].endswith("ing"):
            return "noun"
        if len(surface) > len(previous) and previous not in _CONTRACTED:  # the 's was cut off: a possessive
            return "noun"
        back = position - 1
        while back > 0 and (keys[back] in _SUBJECT_SKIPS or keys[back].endswith("ly")):
            back -= 1
        return "record" if keys[back] in self.record_nouns else "speech"

    def _prefix_entries(self, key: str) -> list[list[list[_Entry]]]:
        """The entries of the prefix cues ``key`` starts with, longest prefix first."""
        found = (self.prefixes.get(key[:size]) for size in self.prefix_lengths if len(key) >= size)
        return [entries for entries in found if entries]


def _covered(spans: Sequence[tuple[int, int]], start: int, end: int, *, longer: bool = False) -> bool:
    """Whether words ``[start, end)`` lie inside one of ``spans`` (with ``longer``: a longer one)."""
    return any(a <= start and end <= b and (not longer or b - a > end - start) for a, b in spans)


def _key_end(word: re.Match[str]) -> int:
    """Where a matched word ends, a possessive 's left out."""
    key = word.group().lower().replace("’", "'")
    return word.end() - 2 if key.endswith("'s") and len(key) > 2 else word.end()


def _title_case(surface: str) -> bool:
    return surface[:1].isupper() and any(c.islower() for c in surface)


def _case_fits(text: str, sentence: Sentence, words: Sequence[re.Match[str]], position: int, cue_words: Sequence[str]) -> bool:
    """A lower-case cue word may not match a capitalised word inside a sentence (a name: "May",
    "Homeland Security"); a capitalised cue word ("the West") needs a capitalised word. A word
    opening the sentence, a quoted sentence inside it or a heading is not inside a sentence;
    but a lower-case cue capitalised only because it opens the sentence, and followed by
    another capitalised word, opens a name ("Justice Clarence Thomas", "National Security
    Council") and does not match."""
    opened_capitalised = False
    for offset, cue_word in enumerate(cue_words):
        surface = words[position + offset].group()
        if cue_word.islower():
            if _title_case(surface) and not sentence.is_heading:
                if not (position + offset == 0 or _opens_sentence(text, words[position + offset].start(), sentence.start)):
                    return False
                opened_capitalised = opened_capitalised or offset == 0
        elif not surface[:1].isupper():
            return False
    # (a multi-word cue needs no check: its next word is its own, lower-case, or the cue fails above)
    after = position + 1
    return not (opened_capitalised and len(cue_words) == 1 and after < len(words) and _title_case(words[after].group()))


def _product(options: Sequence[set[str]]) -> list[tuple[str, ...]]:
    keys: list[tuple[str, ...]] = [()]
    for forms in options:
        keys = [key + (form,) for key in keys for form in sorted(forms)]
    return keys


# ---------------------------------------------------------------- lexicon files


def _read(name: str) -> list[tuple[int, str]]:
    """Non-comment, non-blank lines of a lexicon file, with their line numbers."""
    text = resources.files("audit.lexicons").joinpath(name).read_text(encoding="utf-8")
    return [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.lstrip().startswith("#")]


def _rows(name: str, columns: Sequence[str], optional: Sequence[str] = ()) -> list[tuple[int, dict[str, str]]]:
    """The rows of a CSV lexicon: ``columns`` must be filled, ``optional`` ones may be empty."""
    lines = _read(name)
    expected = [*columns, *optional]
    if not lines:
        raise ValueError(f"audit/lexicons/{name} is empty; it needs a header line {','.join(expected)}")
    reader = csv.reader(io.StringIO("\n".join(line for _, line in lines)))
    header = next(reader)
    if header != expected:
        raise ValueError(f"audit/lexicons/{name}:{lines[0][0]}: header is {header}, expected {expected}")
    rows = []
    for (number, _), row in zip(lines[1:], reader):
        if len(row) > len(expected) or not all(cell.strip() for cell in row[: len(columns)]) or len(row) < len(columns):
            raise ValueError(
                f"audit/lexicons/{name}:{number}: expected {len(columns)} non-empty fields ({', '.join(columns)})"
                + (f" and at most {len(optional)} optional ones ({', '.join(optional)})" if optional else "")
                + f", got {row}"
            )
        rows.append((number, {column: (row[i].strip() if i < len(row) else "") for i, column in enumerate(expected)}))
    return rows


def _entries(name: str, number: int, category: str, cue: str, *, note: str = "", exceptions: str = "", alone: bool = True) -> list[_Entry]:
    """A cue and its exceptions (``except``: expressions holding a form of the cue, ``;``-separated)."""
    cue_entry = _Entry(category=category, cue=cue, note=note, words=tuple(WORD_RE.findall(cue.rstrip("*"))), alone=alone)
    found = [cue_entry]
    if cue.endswith("*"):
        stem = cue[:-1].lower()
        contains = lambda word: word.lower().startswith(stem)  # noqa: E731
    else:
        cue_forms = set().union(*(_forms(word, stop_words()) for word in cue_entry.words))
        contains = lambda word: bool(_forms(word, stop_words()) & cue_forms)  # noqa: E731
    for phrase in (part.strip() for part in exceptions.split(";")):
        if not phrase:
            continue
        words = tuple(WORD_RE.findall(phrase))
        if not any(contains(word) for word in words):
            raise ValueError(f"audit/lexicons/{name}:{number}: the exception {phrase!r} does not contain the cue {cue!r}")
        found.append(_Entry(category="", cue=phrase, note=f"not {cue!r}", words=words))
    return found


def _alone(name: str, number: int, value: str) -> bool:
    if value not in ("", "yes", "no"):
        raise ValueError(f"audit/lexicons/{name}:{number}: alone must be yes, no or empty (yes), got {value!r}")
    return value != "no"


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Function words: excluded from distinctive vocabulary, never inflected inside cues."""
    return word_set("stopwords.txt")


@lru_cache(maxsize=1)
def _frames() -> _Lexicon:
    entries = []
    for number, row in _rows("frames.csv", ("frame", "cue"), ("alone", "except")):
        if row["frame"] not in FRAMES:
            raise ValueError(f"audit/lexicons/frames.csv:{number}: unknown frame {row['frame']!r}; known: {', '.join(FRAMES)}")
        alone = _alone("frames.csv", number, row["alone"])
        entries += _entries("frames.csv", number, row["frame"], row["cue"], exceptions=row["except"], alone=alone)
    return _Lexicon(entries, stop_words())


@lru_cache(maxsize=1)
def _reporting_verbs() -> _Lexicon:
    entries = []
    for number, row in _rows("reporting_verbs.csv", ("verb", "kind", "sense"), ("except",)):
        if row["kind"] not in ("neutral", "loaded"):
            raise ValueError(f"audit/lexicons/reporting_verbs.csv:{number}: kind must be neutral or loaded, got {row['kind']!r}")
        entries += _entries("reporting_verbs.csv", number, row["kind"], row["verb"], note=row["sense"], exceptions=row["except"])
    return _Lexicon(entries, stop_words(), verbs=True)


def _kinds(name: str, kinds: Sequence[str]) -> _Lexicon:
    entries = []
    for number, row in _rows(name, ("kind", "cue"), ("except",)):
        if row["kind"] not in kinds:
            raise ValueError(f"audit/lexicons/{name}:{number}: kind must be {' or '.join(kinds)}, got {row['kind']!r}")
        entries += _entries(name, number, row["kind"], row["cue"], exceptions=row["except"])
    return _Lexicon(entries, stop_words())


@lru_cache(maxsize=1)
def _hedges_boosters() -> _Lexicon:
    return _kinds("hedges_boosters.csv", ("hedge", "booster"))


@lru_cache(maxsize=1)
def _loaded_words() -> _Lexicon:
    return _kinds("loaded_words.csv", ("loaded", "intensifier"))


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    """Frames, reporting verbs, hedges and boosters, loaded words: the order of ``framing_of``'s hit lists."""
    return _Matcher([_frames(), _reporting_verbs(), _hedges_boosters(), _loaded_words()], word_set("record_nouns.txt"))
