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
  MPQA (Wilson et al. 2005) and Recasens et al. (2013) (``loaded_words.txt``).

Rates are per 1,000 words of the scored body (title and web debris excluded).
Counting is blunt by design: a cue counts wherever it appears, including inside
quotations, and a word's sense is not disambiguated beyond two rules (a
lower-case cue does not match a capitalised word inside a sentence, which is
usually a name; a reporting verb right after a determiner is a noun: "the claims").

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
    "a an the this these those such its their his her our your my any some many no of".split()
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
    words = 0
    sentences_by_frame: dict[str, list[int]] = {frame: [] for frame in FRAMES}
    for sentence in article.sentences:
        frames_before = len(frame_hits)
        words += _matcher().scan(article.text, sentence, quoted, hits)
        for frame in sorted({hit.category for hit in frame_hits[frames_before:]}):
            sentences_by_frame.setdefault(frame, []).append(sentence.index)
    total = len(article.sentences)
    shares = tuple(
        FrameShare(frame, len(indices), round(len(indices) / total, 4) if total else 0.0, tuple(indices))
        for frame, indices in sentences_by_frame.items()
    )
    return Framing(
        words=words,
        sentences=total,
        frames=shares,
        frame_cues=tuple(frame_hits),
        reporting_verbs=tuple(verb_hits),
        hedges=tuple(h for h in hedge_hits if h.category == "hedge"),
        boosters=tuple(h for h in hedge_hits if h.category == "booster"),
        loaded_words=tuple(h for h in word_hits if h.category == "loaded"),
        intensifiers=tuple(h for h in word_hits if h.category == "intensifier"),
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
    category: str
    cue: str
    note: str
    words: tuple[str, ...]  # the cue's own words, to check capitalisation


_OPENERS = frozenset(".!?:;\"“‘'(")


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


class _Lexicon:
    """One lexicon compiled: word n-gram keys (every inflected form) -> entries, plus one-word
    prefixes (``econom*``). An n-gram keeps one entry per category, the first listed.
    ``verbs``: a match right after a determiner is a noun ("the claims"), not a hit."""

    def __init__(self, entries: Iterable[_Entry], stop_words: frozenset[str], *, verbs: bool = False):
        self.verbs = verbs
        self.exact: dict[tuple[str, ...], list[_Entry]] = {}
        self.prefixes: dict[str, list[_Entry]] = {}
        for entry in entries:
            if entry.cue.endswith("*"):
                self.prefixes.setdefault(entry.cue[:-1].lower(), []).append(entry)
                continue
            options = [
                {w} if w in stop_words else inflections(w) for w in (word.lower().replace("’", "'") for word in entry.words)
            ]
            for key in _product(options):
                bucket = self.exact.setdefault(key, [])
                if all(e.category != entry.category for e in bucket):
                    bucket.append(entry)


class _Node:
    """A word of the trie: the words that may follow, and the entries of each lexicon ending here."""

    __slots__ = ("children", "entries", "ends_cue")

    def __init__(self, lexicons: int):
        self.children: dict[str, _Node] = {}
        self.entries: list[list[_Entry]] = [[] for _ in range(lexicons)]
        self.ends_cue = False


class _Matcher:
    """The lexicons in one trie over lower-case words, walked once per sentence.

    At each word, each lexicon takes the longest of its cues that starts there (then a prefix
    cue), unless a match of the same category covers the word already: matches of one category
    never overlap, while categories and lexicons are independent ("trade war" is a conflict
    cue, and its "trade" still an economic one).
    """

    def __init__(self, lexicons: Sequence[_Lexicon]):
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
        # a word can start a prefix cue only if its first letters start one: one set look-up per word
        self.head_length = min(self.prefix_lengths, default=0)
        self.heads = frozenset(prefix[: self.head_length] for prefix in self.prefixes)

    def scan(self, text: str, sentence: Sentence, quoted: Sequence[tuple[int, int]], hits: Sequence[list[Hit]]) -> int:
        """Append the hits of ``sentence`` to ``hits`` (one list per lexicon); return its word count."""
        body = text[sentence.start : sentence.end]
        words: list[re.Match[str]] | None = None
        if body.isascii():  # lower-casing keeps every offset: the keys come from one findall
            keys = WORD_RE.findall(body.lower())
        else:
            words = list(WORD_RE.finditer(text, sentence.start, sentence.end))
            keys = [word.group().lower().replace("’", "'") for word in words]
        # a possessive counts as its noun ("China's" is "china"); the match ends before the 's
        keys = [key[:-2] if key.endswith("'s") and len(key) > 2 else key for key in keys]
        count = len(keys)
        children, heads, head_length = self.root.children, self.heads, self.head_length
        free_from: list[dict[str, int]] = [{} for _ in range(self.size)]  # per lexicon and category: first word not yet matched
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
            for lexicon in range(self.size):
                candidates = [(length, node.entries[lexicon]) for length, node in reversed(ends) if node.entries[lexicon]]
                candidates += [(1, entries[lexicon]) for entries in prefix_entries if entries[lexicon]]
                for length, entries in candidates:
                    for entry in entries:
                        if free_from[lexicon].get(entry.category, 0) > position or not _case_fits(text, sentence, words, position, entry.words):
                            continue
                        free_from[lexicon][entry.category] = position + length
                        if lexicon in self.verb_lexicons and position > 0 and keys[position - 1] in _DETERMINERS:
                            continue  # a noun: "the claims"
                        start, end = words[position].start(), _key_end(words[position + length - 1])
                        hits[lexicon].append(
                            Hit(start, end, text[start:end], entry.cue, entry.category, sentence.index, entry.note, _inside(start, end, quoted))
                        )
        return count

    def _prefix_entries(self, key: str) -> list[list[list[_Entry]]]:
        """The entries of the prefix cues ``key`` starts with, longest prefix first."""
        found = (self.prefixes.get(key[:size]) for size in self.prefix_lengths if len(key) >= size)
        return [entries for entries in found if entries]


def _key_end(word: re.Match[str]) -> int:
    """Where a matched word ends, a possessive 's left out."""
    key = word.group().lower().replace("’", "'")
    return word.end() - 2 if key.endswith("'s") and len(key) > 2 else word.end()


def _case_fits(text: str, sentence: Sentence, words: Sequence[re.Match[str]], position: int, cue_words: Sequence[str]) -> bool:
    """A lower-case cue word may not match a capitalised word inside a sentence (a name: "May",
    "Homeland Security"); a capitalised cue word ("the West") needs a capitalised word. A word
    opening the sentence, a quoted sentence inside it or a heading is not inside a sentence."""
    for offset, cue_word in enumerate(cue_words):
        surface = words[position + offset].group()
        capitalised = surface[:1].isupper()
        if cue_word.islower():
            title_case = capitalised and any(c.islower() for c in surface)
            first = position + offset == 0 or sentence.is_heading or _opens_sentence(text, words[position + offset].start(), sentence.start)
            if title_case and not first:
                return False
        elif not capitalised:
            return False
    return True


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


def _rows(name: str, columns: Sequence[str]) -> list[tuple[int, dict[str, str]]]:
    lines = _read(name)
    if not lines:
        raise ValueError(f"audit/lexicons/{name} is empty; it needs a header line {','.join(columns)}")
    reader = csv.reader(io.StringIO("\n".join(line for _, line in lines)))
    header = next(reader)
    if header[: len(columns)] != list(columns):
        raise ValueError(f"audit/lexicons/{name}:{lines[0][0]}: header is {header}, expected {list(columns)}")
    rows = []
    for (number, _), row in zip(lines[1:], reader):
        if len(row) < len(columns) or not all(row[: len(columns)]):
            raise ValueError(f"audit/lexicons/{name}:{number}: expected {len(columns)} non-empty fields ({', '.join(columns)}), got {row}")
        rows.append((number, dict(zip(columns, (cell.strip() for cell in row)))))
    return rows


def _entry(category: str, cue: str, note: str = "") -> _Entry:
    return _Entry(category=category, cue=cue, note=note, words=tuple(WORD_RE.findall(cue.rstrip("*"))))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Function words: excluded from distinctive vocabulary, never inflected inside cues."""
    return word_set("stopwords.txt")


@lru_cache(maxsize=1)
def _frames() -> _Lexicon:
    entries = []
    for number, row in _rows("frames.csv", ("frame", "cue")):
        if row["frame"] not in FRAMES:
            raise ValueError(f"audit/lexicons/frames.csv:{number}: unknown frame {row['frame']!r}; known: {', '.join(FRAMES)}")
        entries.append(_entry(row["frame"], row["cue"]))
    return _Lexicon(entries, stop_words())


@lru_cache(maxsize=1)
def _reporting_verbs() -> _Lexicon:
    entries = []
    for number, row in _rows("reporting_verbs.csv", ("verb", "kind", "sense")):
        if row["kind"] not in ("neutral", "loaded"):
            raise ValueError(f"audit/lexicons/reporting_verbs.csv:{number}: kind must be neutral or loaded, got {row['kind']!r}")
        entries.append(_entry(row["kind"], row["verb"], row["sense"]))
    return _Lexicon(entries, stop_words(), verbs=True)


@lru_cache(maxsize=1)
def _hedges_boosters() -> _Lexicon:
    entries = []
    for number, row in _rows("hedges_boosters.csv", ("kind", "cue")):
        if row["kind"] not in ("hedge", "booster"):
            raise ValueError(f"audit/lexicons/hedges_boosters.csv:{number}: kind must be hedge or booster, got {row['kind']!r}")
        entries.append(_entry(row["kind"], row["cue"]))
    return _Lexicon(entries, stop_words())


_SECTION_RE = re.compile(r"^\[(\w+)\]$")


@lru_cache(maxsize=1)
def _loaded_words() -> _Lexicon:
    entries = []
    category = ""
    for number, line in _read("loaded_words.txt"):
        section = _SECTION_RE.match(line)
        if section:
            category = section.group(1)
            if category not in ("loaded", "intensifier"):
                raise ValueError(f"audit/lexicons/loaded_words.txt:{number}: unknown category [{category}]; use [loaded] or [intensifier]")
            continue
        if not category:
            raise ValueError(f"audit/lexicons/loaded_words.txt:{number}: {line!r} comes before any [loaded] or [intensifier] line")
        entries.append(_entry(category, line))
    return _Lexicon(entries, stop_words())


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    """Frames, reporting verbs, hedges and boosters, loaded words: the order of ``framing_of``'s hit lists."""
    return _Matcher([_frames(), _reporting_verbs(), _hedges_boosters(), _loaded_words()])
