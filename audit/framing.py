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

Each lexicon is compiled once into a dictionary from word n-grams to entries,
so matching costs a few dictionary look-ups per word (``benchmarks/bench_framing.py``).
"""
from __future__ import annotations

import bisect
import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
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
    frames, verbs, hedging, loaded = _frames(), _reporting_verbs(), _hedges_boosters(), _loaded_words()
    frame_hits: list[Hit] = []
    verb_hits: list[Hit] = []
    hedge_hits: list[Hit] = []
    word_hits: list[Hit] = []
    words = 0
    sentences_by_frame: dict[str, list[int]] = {frame: [] for frame in FRAMES}
    for sentence in article.sentences:
        tokens = _tokens(article.text, sentence)
        words += len(tokens)
        found = frames.find(article.text, tokens, sentence)
        frame_hits.extend(found)
        for frame in sorted({hit.category for hit in found}):
            sentences_by_frame.setdefault(frame, []).append(sentence.index)
        verb_hits.extend(hit for hit in verbs.find(article.text, tokens, sentence) if not _after_determiner(hit, tokens))
        hedge_hits.extend(hedging.find(article.text, tokens, sentence))
        word_hits.extend(loaded.find(article.text, tokens, sentence))
    quoted = _quoted_spans(article)
    starts = [start for start, _ in quoted]
    frame_hits, verb_hits, hedge_hits, word_hits = (
        [_with_quote_flag(hit, quoted, starts) for hit in hits] for hits in (frame_hits, verb_hits, hedge_hits, word_hits)
    )
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


def _with_quote_flag(hit: Hit, quoted: Sequence[tuple[int, int]], starts: Sequence[int]) -> Hit:
    index = bisect.bisect_right(starts, hit.start) - 1
    inside = index >= 0 and hit.end <= quoted[index][1]
    return replace(hit, quoted=True) if inside else hit


# ---------------------------------------------------------------- lexicon matching


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    key: str  # lower case, curly apostrophe straightened, possessive 's dropped
    title_case: bool  # "Security" (a name inside a sentence), not "SECURITY" or "security"
    capitalised: bool  # first letter upper case ("Security", "SECURITY")
    first: bool  # opens the sentence or a quoted sentence inside it, or stands in a heading


@dataclass(frozen=True)
class _Entry:
    category: str
    cue: str
    note: str
    words: tuple[str, ...]  # the cue's own words, to check capitalisation


def _tokens(text: str, sentence: Sentence) -> list[_Token]:
    tokens = []
    for match in WORD_RE.finditer(text, sentence.start, sentence.end):
        start, end = match.span()
        surface = match.group()
        key = surface.lower().replace("’", "'")
        if key.endswith("'s") and len(key) > 2:
            key, end = key[:-2], end - 2
        tokens.append(
            _Token(
                start=start,
                end=end,
                key=key,
                title_case=surface[:1].isupper() and any(c.islower() for c in surface),
                capitalised=surface[:1].isupper(),
                first=not tokens or sentence.is_heading or _opens_sentence(text, start, sentence.start),
            )
        )
    return tokens


_OPENERS = frozenset(".!?:;\"“‘'(")


def _opens_sentence(text: str, start: int, floor: int) -> bool:
    """Whether the word at ``start`` follows a sentence end or an opening quote ("... gift. May our")."""
    position = start - 1
    while position >= floor and text[position].isspace():
        position -= 1
    return position >= floor and text[position] in _OPENERS


def _after_determiner(hit: Hit, tokens: Sequence[_Token]) -> bool:
    # tokens are in text order: bisect rather than scan (a scan per hit was quadratic on long texts)
    position = bisect.bisect_left(tokens, hit.start, key=lambda token: token.start)
    if position < len(tokens) and tokens[position].start == hit.start:
        return position > 0 and tokens[position - 1].key in _DETERMINERS
    return False


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
    """A lexicon compiled once: word n-gram keys -> entries, plus one-word prefixes (``econom*``).

    Matching walks a sentence's words left to right and takes, at each word, the
    longest cue that starts there; matches of one category never overlap, while
    categories are independent ("trade war" is a conflict cue, and its "trade"
    still an economic one).
    """

    def __init__(self, entries: Iterable[_Entry], stop_words: frozenset[str]):
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
        self.longest = max((len(key) for key in self.exact), default=1)
        self.prefix_lengths = sorted({len(p) for p in self.prefixes}, reverse=True)

    def find(self, text: str, tokens: Sequence[_Token], sentence: Sentence) -> list[Hit]:
        hits: list[Hit] = []
        free_from: dict[str, int] = {}  # per category, the first token not inside an earlier match
        for position in range(len(tokens)):
            for length, entries in self._matches_at(tokens, position):
                end_token = position + length
                for entry in entries:
                    if free_from.get(entry.category, 0) > position:
                        continue
                    free_from[entry.category] = end_token
                    start, end = tokens[position].start, tokens[end_token - 1].end
                    hits.append(Hit(start, end, text[start:end], entry.cue, entry.category, sentence.index, entry.note))
        return hits

    def _matches_at(self, tokens: Sequence[_Token], position: int) -> list[tuple[int, list[_Entry]]]:
        """Cues starting at ``position``, longest first (the caller keeps the longest per category)."""
        found = []
        for length in range(min(self.longest, len(tokens) - position), 0, -1):
            window = tokens[position : position + length]
            entries = self.exact.get(tuple(t.key for t in window))
            if entries:
                allowed = [e for e in entries if _case_fits(e.words, window)]
                if allowed:
                    found.append((length, allowed))
        token = tokens[position]
        for size in self.prefix_lengths:
            entries = self.prefixes.get(token.key[:size]) if len(token.key) >= size else None
            if entries:
                allowed = [e for e in entries if _case_fits(e.words, [token])]
                if allowed:
                    found.append((1, allowed))
        return found


def _case_fits(cue_words: Sequence[str], window: Sequence[_Token]) -> bool:
    """A lower-case cue word may not match a capitalised word inside a sentence (a name: "May",
    "Homeland Security"); a capitalised cue word ("the West") needs a capitalised word."""
    for word, token in zip(cue_words, window):
        if word.islower() and token.title_case and not token.first:
            return False
        if not word.islower() and not token.capitalised:
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
    return _Lexicon(entries, stop_words())


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
