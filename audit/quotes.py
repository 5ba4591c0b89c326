"""Quoted voices: who speaks in an article, in their own words or reported, and who they are.

``quotes_in(article)`` finds three kinds of quote, each with the span of its content,
its cue (the reporting verb or phrase) and the mention of its speaker, all as offsets
into ``Article.text``:

- ``direct``: words inside quote marks (straight or curly double quotes, curly single
  quotes), attributed by an adjacent cue (``"...," says X``; ``X wrote: "..."``) or, with
  no cue, by the context (the previous quote of the paragraph, the subject of the
  previous sentence, or the next quote). A quote left open at a paragraph's end that
  reopens at the start of the next is one quote; ``"X," he said, "Y."`` is two quotes by
  one speaker. Quote marks around a short phrase with no cue (scare quotes, titles,
  nicknames) are not speech.
- ``indirect``: reported speech with no quote marks: ``X said (that) ...``,
  ``..., X said.``, ``According to X, ...``, ``X believes ...``.
- ``mixed``: reported speech holding a quoted fragment (``X called it a "main
  challenge"``); the span is the whole reported clause. A quoted phrase with no cue
  in a sentence between two quotes by one speaker is that speaker's too.

The rules follow the cue-based approach of Krestel, Bergler & Witte (2008), "Minding
the Source: Automatic Tagging of Reported Speech in Newspaper Articles" (LREC), as
textacy's ``direct_quotations`` does: a closed list of reporting verbs
(``lexicons/reporting_cues.csv``) anchors each attribution, the speaker is the noun
phrase on the other side of the verb (with its apposition as the role), and a speaker
named only by a pronoun, a surname, an honorific or "the company" is resolved to the
fullest name the article gives earlier (a rule-based coreference in the spirit of
Hobbs' nearest-antecedent search, with gender agreement from honorifics and pronouns).

Speaker profiles: canonical name (the fullest form in the article), role as the
article states it (apposition, "X of Y", "Y's founder X"), kind of source from the
editable lexicon ``lexicons/speaker_roles.csv`` (the taxonomy of the gold README),
gender only from the article's own honorifics and pronouns, and whether the speaker is
named. The function is pure and cheap (regular expressions over the sentences, no
model) so that other lenses (tone) can use the quoted spans.

Limits: English only; quotes whose speaker is never stated are attributed to the
nearest plausible voice; a pronoun with no antecedent becomes an unidentified voice;
quoted fragments with no cue, not between two quotes of one speaker, are read as
scare quotes; the kind of source follows the words of the role ("works at a
university" is academic), not why the person was quoted.
"""
from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicons import data_lines, word_set
from .model import Article, Span

KINDS = ("direct", "indirect", "mixed")
CUE_SCOPES = ("any", "direct", "participle", "that", "mixed")  # see lexicons/reporting_cues.csv
ANTECEDENT_WINDOW = 3000  # characters back to look for the person a pronoun stands for
CATEGORIES = ("government", "state_media", "academic", "industry", "finance", "citizen", "media", "other")


@dataclass(frozen=True)
class Speaker:
    """Who speaks: a profile built from what the article itself says about them.

    ``kind`` is ``person``, ``organization``, ``group`` or ``anonymous`` (an unnamed
    individual). ``gender`` is ``male``/``female`` only when the article uses an
    honorific or pronoun for the speaker, ``unknown`` otherwise, and ``""`` for
    organisations and groups. ``named`` is False for "a Hong Kong investor".
    """

    name: str
    kind: str
    role: str
    category: str
    gender: str
    named: bool


@dataclass(frozen=True)
class Quote:
    """One quote: its content span, kind, cue and speaker, as the article gives them."""

    span: Span
    text: str
    kind: str
    cue: str
    cue_span: Span | None
    mention: str
    mention_span: Span | None
    speaker: Speaker | None

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


# ---------------------------------------------------------------------------------------------
# Lexicons


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


@dataclass(frozen=True)
class RoleWord:
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
        if row["category"] not in CATEGORIES:
            raise ValueError(
                f"lexicons/speaker_roles.csv: {row['phrase']!r} has category {row['category']!r}; use one of {', '.join(CATEGORIES)}"
            )
        words.append(RoleWord(row["phrase"].lower(), row["category"], int(row["priority"]), row["kind"] or ""))
    return tuple(words)


@lru_cache(maxsize=1)
def _role_re() -> re.Pattern[str]:
    phrases = sorted({w.phrase for w in role_words()}, key=len, reverse=True)
    return re.compile(r"(?<![\w\-])(" + "|".join(re.escape(p) for p in phrases) + r")(?![\w\-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _role_index() -> dict[str, RoleWord]:
    return {w.phrase: w for w in role_words()}


@lru_cache(maxsize=1)
def speaker_words() -> dict[str, tuple[str, str]]:
    """Honorifics, titles and pronouns → ``(type, gender)``, from ``lexicons/speaker_words.csv``."""
    return {row["word"].lower(): (row["type"], row["gender"]) for row in csv.DictReader(data_lines("speaker_words.csv"))}


def _speaker_nouns() -> frozenset[str]:
    return word_set("speaker_nouns.txt")


def _platforms() -> frozenset[str]:
    return word_set("platforms.txt")


@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern[str]:
    forms = sorted(reporting_cues(), key=len, reverse=True)
    return re.compile(r"(?<![\w\-’'])(" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + r")(?![\w\-])", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Role → category


def categorize(*texts: str) -> tuple[str, str]:
    """The kind of source the words of ``texts`` point to, and the kind of speaker they name.

    The lowest priority number wins (an institution beats an occupation beats a weak
    hint); ties go to the word that comes first. Returns ``("", "")`` with no match.
    """
    best: tuple[int, int, int, RoleWord] | None = None
    index = _role_index()
    for order, text in enumerate(texts):
        for match in _role_re().finditer(text or ""):
            word = index[match.group(1).lower()]
            key = (word.priority, order, match.start(), word)
            if best is None or key[:3] < best[:3]:
                best = key
    if best is None:
        return "", ""
    return best[3].category, best[3].kind


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


_TITLE_NAME_RE = re.compile(r"\b[A-Z][a-z]+\s+(?:[A-Z][\w’'\-]+\s*)+")


def _role_for_category(role: str) -> str:
    """A role without the other people it names ("met Premier Li Qiang" says nothing of the speaker)."""
    return _TITLE_NAME_RE.sub(" ", role) if re.match(r"(?:who|whose)\b", role.strip(), re.IGNORECASE) else role


# ---------------------------------------------------------------------------------------------
# Quote marks

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"


@dataclass
class _Pair:
    open: int  # index of the opening mark
    close: int  # index of the closing mark
    start: int  # content start
    end: int  # content end
    reopened: bool = False  # continued from the previous paragraph
    used: bool = False


def _is_opening_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-/:") and not after.isspace()


def _pairs_in(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Quote-mark pairs in ``text[start:end]`` as (open, close) indices, and an opening
    left unclosed at the end (or None). Single quotes inside double quotes are nested
    quotation and stay part of the outer quote; a curly apostrophe (``don’t``,
    ``companies’``) never closes a single quote unless nothing else can."""
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    kind = ""
    i = start
    while i < end:
        ch = text[i]
        if opened is None:
            if ch in _OPEN_DOUBLE or (ch == '"' and _is_opening_straight(text, i)):
                opened, kind = i, "double"
            elif ch == "‘":
                opened, kind = i, "single"
        elif kind == "double":
            if ch in _CLOSE_DOUBLE:
                pairs.append((opened, i))
                opened = None
            elif ch == '"':
                if _is_opening_straight(text, i) and not (i + 1 < end and text[i + 1] in ",.;:!?"):
                    opened = i  # the previous opening was never closed: start again here
                else:
                    pairs.append((opened, i))
                    opened = None
            elif ch in _OPEN_DOUBLE:
                opened = i
        elif kind == "single":
            if ch == "’":
                after = text[i + 1] if i + 1 < end else " "
                if not after.isalnum():
                    pairs.append((opened, i))
                    opened = None
            elif ch in _OPEN_DOUBLE or ch == "‘":
                opened, kind = i, ("double" if ch != "‘" else "single")
        i += 1
    return pairs, opened


def _quote_mark_pairs(article: Article) -> list[_Pair]:
    """Every quote-mark pair in the scored body, a quote running over paragraphs joined."""
    text = article.text
    by_paragraph: dict[int, list[int]] = {}
    for sentence in article.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence.index)
    result: list[_Pair] = []
    carry: int | None = None
    for paragraph in sorted(by_paragraph):
        indices = by_paragraph[paragraph]
        p_start = article.sentences[indices[0]].start
        p_end = article.sentences[indices[-1]].end
        pairs, unclosed = _pairs_in(text, p_start, p_end)
        first_char = text[p_start] if p_start < len(text) else ""
        if carry is not None and pairs and pairs[0][0] == p_start and first_char in _OPEN_DOUBLE + '"‘':
            # an unclosed quote at the end of the previous paragraph reopens here: one quote
            first = pairs.pop(0)
            result.append(_Pair(carry, first[1], carry + 1, first[1], reopened=True))
        reopened_again = carry is not None and not pairs and unclosed == p_start and first_char in _OPEN_DOUBLE + '"‘'
        carry = carry if reopened_again else None  # a quote over three or more paragraphs goes on
        for a, b in pairs:
            result.append(_Pair(a, b, a + 1, b))
        if carry is None and unclosed is not None and not any(a <= unclosed <= b for a, b in pairs):
            carry = unclosed
    for pair in result:
        while pair.start < pair.end and text[pair.start].isspace():
            pair.start += 1
        while pair.end > pair.start and text[pair.end - 1].isspace():
            pair.end -= 1
    return [p for p in result if p.end > p.start]


# ---------------------------------------------------------------------------------------------
# Tokens and noun phrases

_TOKEN_RE = re.compile(r"[\w][\w’'\-&]*(?:\.[\w’'\-&]+)*\.?")
_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "van", "von", "al", "bin"})
_DETERMINERS = frozenset({"a", "an", "the", "one", "another", "some", "many", "several", "two", "three", "most", "other", "those", "these", "this", "that", "its", "his", "her", "their"})
_PRONOUNS = {"he": "male", "she": "female", "they": "", "it": "", "we": "", "i": ""}
_PP_WORDS = frozenset({"in", "on", "at", "of", "from", "who", "whose", "which", "that", "using", "including", "with", "based", "close", "for", "by", "to"})
_INTRO_WORDS = frozenset(
    """in on at during after before for with under since last this earlier later meanwhile however but and
    nevertheless nonetheless still moreover instead also yet so then now today yesterday despite while
    when as if although though because furthermore indeed""".split()
)
_EVIDENTIAL = frozenset({"suggest", "note"})  # "the firm's rise, suggesting ...": facts suggest, not only people
_SUBORDINATORS = frozenset("as when if while although though because since after before once unless until whereas".split())
_TEXT_NOUNS = frozenset({"post", "report", "statement", "editorial", "comment", "article", "study", "survey", "analysis", "note"})
_AGE_RE = re.compile(r"^\d+-year-old$")
_COORDINATION_RE = re.compile(r",\s+(?:but|and|while|whereas|yet)\s+(?=\S)")
_PARTICIPLE_RE = re.compile(r"^[A-Za-z]{3,}(?:ed|ing)$")


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN_RE.finditer(text, start, end):
        s, e = m.span()
        word = m.group()
        if word.endswith(".") and not _keeps_dot(word):
            e -= 1
            word = word[:-1]
        out.append((s, e, word))
    return out


def _keeps_dot(word: str) -> bool:
    bare = word[:-1].lower()
    return "." in bare or (len(bare) == 1 and bare.isalpha()) or bare in speaker_words() or bare in {"mr", "ms", "mrs", "dr", "prof", "st", "jr", "sr"}


def _is_cap(word: str) -> bool:
    """A word that can be part of a name: capitalised, or a digit-led brand ("36Kr", "01.ai")."""
    return bool(word) and (word[0].isupper() or bool(re.match(r"^\d+(?:\.[a-z]+|[A-Za-z]*[A-Z]\w*)$", word)))


def _strip_possessive(word: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


@dataclass
class _NP:
    """A speaker noun phrase found in narrator text."""

    start: int  # span of the mention (the head: name, pronoun or description)
    end: int
    text: str
    form: str  # name | pronoun | description
    role: str = ""
    honorific_gender: str = ""
    title: str = ""


def _name_run(tokens: list[tuple[int, int, str]], text: str) -> tuple[int, int] | None:
    """Index range of the last run of capitalised tokens in ``tokens`` (with connectors)."""
    end = None
    i = len(tokens) - 1
    while i >= 0 and not _is_cap(tokens[i][2]):
        i -= 1
    if i < 0:
        return None
    end = i + 1
    j = i
    while j - 1 >= 0:
        prev = tokens[j - 1]
        gap = text[prev[1]:tokens[j][0]]
        if not re.fullmatch(r"\s*[“”\"]?\s*", gap) or not gap.strip(" “”\"") == "":
            break
        if _is_cap(prev[2]) and not prev[2].endswith(("’s", "'s")):
            j -= 1
        elif prev[2].lower() in _CONNECTORS and j - 2 >= 0 and _is_cap(tokens[j - 2][2]) and prev[2].lower() != "and":
            j -= 1
        else:
            break
    return j, end


def _title_split(words: list[str]) -> int:
    """Index of the first word after the last title/honorific word in a capitalised run."""
    cut = 0
    for k, w in enumerate(words[:-1]):
        lw = w.lower().rstrip(".")
        if lw in speaker_words() or w.lower() in speaker_words() or lw in _role_index() and _role_index()[lw].kind == "person":
            cut = k + 1
    return cut


def _parse_speaker(text: str, start: int, end: int, *, strict: bool = False, vocab: frozenset[str] = frozenset()) -> _NP | None:
    """The speaker noun phrase in ``text[start:end]`` (head mention and apposition), or None
    when the words there cannot name a speaker (a clause, an object, a time phrase)."""
    while start < end and text[start] in " ,;:—–-\u00a0\n":
        start += 1
    while end > start and text[end - 1] in " ,;:\u00a0\n":
        end -= 1
    if start >= end:
        return None
    segments = _comma_segments(text, start, end)
    while not strict and len(segments) > 1 and (
        _first_word(text, *segments[0]) in _INTRO_WORDS
        # "Asked whether ..., Lagarde said": a participle clause before the subject
        or (_PARTICIPLE_RE.match(_first_word(text, *segments[0])) and _words(text, *segments[0]) >= 2)
    ):
        segments.pop(0)
    head = segments[0]
    rest = segments[1:]
    # strip a leading conjunction or adverb inside the head ("But Ye", "And they")
    tokens = _tokens(text, *head)
    while tokens and tokens[0][2].lower() in {"but", "and", "so", "yet", "also", "however", "still", "then"} and len(tokens) > 1:
        tokens = tokens[1:]
    if not tokens:
        return None
    np = _head_np(text, tokens, vocab)
    if np is None and rest and len(tokens) <= 4 and tokens[0][2].lower() in _DETERMINERS | {"its", "his", "her", "their"}:
        # "The developer, Northfield Homes, said": a short description before a name is its role
        second = _apposed_name(text, rest[0], vocab)
        if second is not None:
            second.role = ", ".join(x for x in (text[tokens[0][0]:tokens[-1][1]], second.role) if x)
            np, rest = second, rest[1:]
    if np is None:
        return None
    if np.form == "description" and rest:
        # "DeepSeek’s founder, Liang Wenfeng, said": the description is the role of the name
        second = _apposed_name(text, rest[0], vocab)
        if second is not None:
            role = text[tokens[0][0]:tokens[-1][1]]
            second.role = ", ".join(x for x in (role, second.role) if x)
            np, rest = second, rest[1:]
    if rest:
        appositive = re.split(r"\s[—–]\s", text[rest[0][0]:rest[-1][1]])[0].strip(" ,")  # "... in Kano — and she is not alone"
        appositive = re.sub(r"^\d{1,3},\s*", "", appositive)  # "Peter Grant, 67, a retired engineer"
        appositive = re.sub(r"^(?:an?|the)\s+", "", appositive)
        appositive = re.sub(r"\s+and\s+\w+$", "", appositive)  # "... University and was" before a quoted fragment
        np.role = ", ".join(x for x in (np.role, appositive) if x)
    return np


def _apposed_name(text: str, segment: tuple[int, int], vocab: frozenset[str]) -> _NP | None:
    """The name standing alone in ``segment`` ("Liang Wenfeng"), not one introduced by a
    preposition ("including Elon Musk": an example, not the speaker)."""
    tokens = _tokens(text, *segment)
    if not tokens or not _is_cap(tokens[0][2]):
        return None
    np = _head_np(text, tokens, vocab)
    return np if np is not None and np.form == "name" else None


def _first_word(text: str, start: int, end: int) -> str:
    tokens = _tokens(text, start, end)
    return tokens[0][2].lower() if tokens else ""


_SEPARATOR_RE = re.compile(r"(?<!\d)[,;](?!\d)|[,;](?=\s)|[“”\"]")


def _comma_segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
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


_NOT_IN_NP = frozenset(
    """is was are were be been has have had may might can could will would should shall did does do it
    that this if as when because like than not also said says which what there here""".split()
)
_SINGULAR_DETERMINERS = frozenset({"a", "an", "one", "another", "each", "every"})


def _head_np(text: str, tokens: list[tuple[int, int, str]], vocab: frozenset[str] = frozenset()) -> _NP | None:
    """Classify one comma segment as a pronoun, a (premodified) name or a description.

    ``vocab`` holds the words the article also writes in lower case: such a word
    opening the segment ("Much", "Take") is not a name.
    """
    if not tokens:
        return None
    words = [t[2] for t in tokens]
    lower = [w.lower() for w in words]
    if len(tokens) == 1 and lower[0] in _PRONOUNS:
        s, e, w = tokens[0]
        return _NP(s, e, w, "pronoun")
    # the part before a prepositional phrase or relative clause is the core of the phrase
    core = len(tokens)
    for k, w in enumerate(lower):
        if k > 0 and w in _PP_WORDS:
            core = k
            break
    if core > 7:
        return None
    core_tokens = tokens[:core]
    core_lower = lower[:core]
    if any(w in _NOT_IN_NP for w in core_lower):
        return None
    last = _strip_possessive(core_lower[-1])
    if core_lower[-1] != last and core == len(tokens):
        return None  # "DeepSeek’s" alone is a possessive, not a speaker
    common = last in _speaker_nouns() or last in _role_index()
    # "Economists at ..." opening a sentence is a description; "the MIT Technology Review" a name
    last_is_name = _is_cap(core_tokens[-1][2]) and not (len(core_tokens) == 1 and (lower[0] in vocab or common))
    if not last_is_name and (last in _speaker_nouns() or (last in _role_index() and _role_index()[last].kind in ("person", "group", "organization"))):
        plural = last.endswith("s") and not last.endswith("ss")
        if core_lower[0] in _SINGULAR_DETERMINERS and plural:
            return None  # "a choice experts": the determiner belongs to another noun
        return _NP(tokens[0][0], tokens[-1][1], text[tokens[0][0]:tokens[-1][1]], "description")
    run = _name_run(core_tokens, text)
    if run is None or run[1] != len(core_tokens):
        return None
    j, k = run
    if j == 0 and core_lower[0] in vocab:
        j += 1  # a capitalised sentence opener the article also writes in lower case
        if j >= k:
            return None
    run_words = words[j:k]
    cut = _title_split(run_words)
    title = " ".join(run_words[:cut])
    name_tokens = core_tokens[j + cut:k]
    if not name_tokens:
        return None
    name_words = [t[2] for t in name_tokens]
    places = word_set("non_names.txt")
    if all(w.lower() in places or w.lower().rstrip(".") in places for w in name_words) or " ".join(name_words).lower() in places:
        return None
    premod_tokens = core_tokens[:j]
    premod = [t[2] for t in premod_tokens if t[2].lower() not in {"the", "a", "an"} and not _AGE_RE.match(t[2])]
    if len(premod) > 4:
        return None
    gender = ""
    for w in run_words[:cut]:
        entry = speaker_words().get(w.lower()) or speaker_words().get(w.lower().rstrip("."))
        if entry and entry[0] == "honorific" and entry[1] in ("male", "female"):
            gender = entry[1]
    role_bits = [w for w in premod]
    role_bits += [w for w in run_words[:cut] if (speaker_words().get(w.lower()) or speaker_words().get(w.lower().rstrip(".")) or ("", ""))[0] != "honorific"]
    s, e = name_tokens[0][0], name_tokens[-1][1]
    name_text = _strip_possessive(text[s:e])
    return _NP(s, s + len(name_text), name_text, "name", role=" ".join(role_bits), honorific_gender=gender, title=title)


# ---------------------------------------------------------------------------------------------
# Entities: the people and organisations an article names, for coreference


@dataclass
class _Entity:
    name: str
    tokens: tuple[str, ...]
    kind: str = ""  # person | organization | group | anonymous
    role: str = ""
    gender: str = ""
    named: bool = True
    category: str = ""
    mentions: list[int] = field(default_factory=list)


class _Registry:
    """Names found in the narrator's text, merged so that "Mr. Liang" is "Liang Wenfeng"."""

    def __init__(self, article: Article, quoted: list[tuple[int, int]]):
        self.article = article
        self.text = article.text
        self.entities: list[_Entity] = []
        self.occurrences: list[tuple[int, int, _Entity, bool]] = []  # start, end, entity, sentence subject
        self.starts: list[int] = []  # occurrence starts, for bisect
        self.vocab: frozenset[str] = frozenset()  # words the article also writes in lower case
        self._scan(quoted)

    def _scan(self, quoted: list[tuple[int, int]]) -> None:
        text = self.text
        runs: list[tuple[int, int, list[tuple[int, int, str]], bool, bool]] = []
        for sentence in self.article.sentences:
            if sentence.is_heading:
                continue
            for seg_start, seg_end in _outside(sentence.start, sentence.end, quoted):
                tokens = _tokens(text, seg_start, seg_end)
                i = 0
                while i < len(tokens):
                    if not _is_cap(tokens[i][2]):
                        i += 1
                        continue
                    j = i + 1
                    while j < len(tokens):
                        gap = text[tokens[j - 1][1]:tokens[j][0]]
                        if gap.strip(" “”\"") or "\n" in gap or tokens[j - 1][2].endswith(("’s", "'s")):
                            break
                        if _is_cap(tokens[j][2]) or (
                            tokens[j][2].lower() in _CONNECTORS - {"and", "the"} and j + 1 < len(tokens) and _is_cap(tokens[j + 1][2])
                        ):
                            j += 1
                        else:
                            break
                    at_start = not text[sentence.start:tokens[i][0]].strip(" “”\"‘-–—•*")
                    subject = tokens[i][0] - sentence.start < 40 and text[sentence.start:tokens[i][0]].count(",") == 0
                    runs.append((tokens[i][0], tokens[j - 1][1], tokens[i:j], subject, at_start))
                    i = j
        # words of multi-word names are names even where they open a sentence ("You, the
        # university employee" after "You Tianlong"); other openers the article also
        # writes in lower case ("Take", "Much") are ordinary words
        known = {w.lower() for _s, _e, toks, _x, first in runs if len(toks) > 1 and not first for _a, _b, w in toks}
        lower_words = set(re.findall(r"(?<![\w’'])[a-z][a-z’'\-]*", text))
        self.vocab = frozenset(lower_words - known)
        starters = word_set("sentence_starters.txt")
        places = word_set("non_names.txt")
        alone = {" ".join(_strip_possessive(w) for _a, _b, w in toks).lower() for _s, _e, toks, _x, first in runs if not first}
        for start, end, tokens, subject, at_start in runs:
            words = [t[2] for t in tokens]
            rest_known = len(words) > 1 and " ".join(_strip_possessive(w) for w in words[1:]).lower() in alone
            if at_start and words and (words[0].lower() in self.vocab or words[0].lower() in starters or rest_known) and words[0].lower() not in known:
                tokens = tokens[1:]
                words = words[1:]
                if not tokens:
                    continue
                start = tokens[0][0]
            cut = _title_split(words) if len(words) > 1 else 0
            honorific = ""
            for w in words[:cut]:
                entry = speaker_words().get(w.lower()) or speaker_words().get(w.lower().rstrip("."))
                if entry and entry[0] == "honorific":
                    honorific = entry[1]
            title = " ".join(w for w in words[:cut] if (speaker_words().get(w.lower().rstrip(".")) or ("",))[0] != "honorific")
            words = words[cut:]
            if not words:
                continue
            possessive = _strip_possessive(words[-1]) != words[-1]
            words[-1] = _strip_possessive(words[-1])
            if all(w.lower() in places for w in words) or " ".join(words).lower() in places:
                continue
            name = " ".join(words)
            entity = self._entity_for(name, start)
            if honorific in ("male", "female") and not entity.gender:
                entity.gender = honorific
            if honorific:
                entity.kind = entity.kind or "person"
            entity.mentions.append(start)
            self.occurrences.append((start, end, entity, subject and not possessive))
            self._learn_role(entity, start, end, title)
        self._learn_company_lists()
        self.starts = [o[0] for o in self.occurrences]

    def _entity_for(self, name: str, position: int) -> _Entity:
        tokens = tuple(name.lower().split())
        for entity in self.entities:
            if entity.tokens == tokens:
                return entity
        if len(tokens) == 1:
            found = self._containing(tokens[0], position)
            if found is not None:
                return found
        entity = _Entity(name, tokens)
        if len(tokens) > 1:
            # a short form seen earlier ("Liang" before "Liang Wenfeng") now joins the full name
            for other in list(self.entities):
                if len(other.tokens) == 1 and other.tokens[0] in tokens and other.kind != "organization" and self._is_person(entity):
                    entity.mentions.extend(other.mentions)
                    entity.gender = entity.gender or other.gender
                    entity.kind = entity.kind or other.kind
                    entity.role = entity.role or other.role
                    self.entities.remove(other)
                    self.occurrences = [(a, b, entity if e is other else e, s) for a, b, e, s in self.occurrences]
        self.entities.append(entity)
        return entity

    def _containing(self, token: str, position: int) -> _Entity | None:
        best: tuple[int, _Entity] | None = None
        for entity in self.entities:
            if len(entity.tokens) > 1 and token in entity.tokens and self._is_person(entity):
                nearest = max((m for m in entity.mentions if m <= position), default=-1)
                if best is None or nearest > best[0]:
                    best = (nearest, entity)
        return best[1] if best else None

    def _learn_role(self, entity: _Entity, start: int, end: int, title: str) -> None:
        """Role from the words around a name: "NAME, a ROLE," / "ROLE NAME" / "the ROLE, NAME,"."""
        text = self.text
        sentence = self.article.sentence_at(start)
        if sentence is None:
            return
        after = text[end:sentence.end]
        m = re.match(
            r"(?:’s|'s)?,\s+((?:an?|the)\s+[^,;.“”\"—–]{2,120}?|who\s[^,;“”\"]{2,160}?|(?:[\w\-]+\s+){0,3}[a-z][\w\-]*\s+(?:of|at)\s[^,;.“”\"]{2,120}?)(?:,|\.|;|$| said| says| wrote| told|\s+and\s+\w+\s+[“\"]|\s[—–]\s)",
            after,
        )
        role = re.sub(r"^(?:an?|the)\s+", "", m.group(1)).strip() if m else ""
        if role and not role.startswith("who"):
            role_words = {w.lower() for w in re.findall(r"[\w\-]+", role)}
            # "According to Zeng, the success should ...": a clause, not an apposition
            if role_words & _NOT_IN_NP or not _role_re().search(role):
                role = ""
        before = text[max(sentence.start, start - 80):start]
        premod = ""
        pm = re.search(r"((?:[\w’'\-]+\s+){0,3}?[a-z][\w\-]*)\s*,?\s*$", before)
        if pm:
            words = pm.group(1).split()
            head = _role_index().get(words[-1].lower()) if words else None
            if head is not None and head.kind != "group":  # "Unlike larger tech companies, DeepSeek" is no role
                # "the recent transformation of tech giant Alibaba": the role starts after "of"
                premod = re.split(r"\b(?:of|at|in|on|by|for|with|the|a|an)\s+", pm.group(1))[-1]
        # an appositive noun phrase or a role word before the name says more than a relative clause
        ordered = [x for x in (premod, title, role) if x] if role.startswith("who") else [x for x in (role, premod, title) if x]
        if not entity.role and ordered:
            entity.role = ordered[0]
        category, _kind = categorize(*[_role_for_category(x) for x in ordered], entity.name)
        kind = next((k for k in (role_kind(x) for x in ordered) if k), "")
        if kind in ("person", "organization") and not entity.kind:
            entity.kind = kind
        if category and not entity.category:
            entity.category = category

    def _learn_company_lists(self) -> None:
        """ "companies like A and B" / "companies such as A": A and B are companies."""
        for m in re.finditer(r"\b(?:companies|firms|startups|start-ups)\s+(?:like|such as|including)\s+([^.;:]{2,120})", self.text, re.IGNORECASE):
            names = re.split(r",\s*|\s+and\s+|\s+or\s+", m.group(1))
            for piece in names:
                run = re.match(r"(?:[A-Z0-9][\w’'\-.]*\s?)+", piece.strip())
                if run is None:
                    break
                name = _strip_possessive(run.group().strip())
                entity = next((e for e in self.entities if e.name.lower() == name.lower()), None)
                if entity is not None:
                    entity.kind = entity.kind or "organization"
                    entity.category = entity.category or "industry"

    def resolve_name(self, name: str, position: int) -> _Entity | None:
        tokens = tuple(_strip_possessive(name).lower().split())
        exact = [e for e in self.entities if e.tokens == tokens]
        if exact and len(tokens) > 1:
            return exact[0]
        if len(tokens) == 1:
            found = self._containing(tokens[0], position)
            if found is not None:
                return found
        if exact:
            return exact[0]
        for entity in self.entities:
            if len(tokens) > 1 and set(tokens) <= set(entity.tokens):
                return entity
        return None

    def nearest_person(self, position: int, gender: str) -> _Entity | None:
        """The nearest person named before ``position`` (within ``ANTECEDENT_WINDOW``
        characters) whose gender agrees."""
        index = bisect.bisect_left(self.starts, position)
        while index > 0:
            index -= 1
            start, _end, entity, _subject = self.occurrences[index]
            if position - start > ANTECEDENT_WINDOW:
                break
            if self._is_person(entity) and not (gender and entity.gender and entity.gender != gender):
                return entity
        return None

    def nearest_organization(self, position: int, floor: int) -> _Entity | None:
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
        by_sentence: dict[int, list[tuple[int, _Entity]]] = {}
        for start, entity in candidates:
            sentence = self.article.sentence_at(start)
            by_sentence.setdefault(sentence.index if sentence else -1, []).append((start, entity))
        nearest = max(by_sentence)
        return min(by_sentence[nearest], key=lambda item: item[0])[1]

    def _is_person(self, entity: _Entity) -> bool:
        if entity.kind:
            return entity.kind == "person"
        places = word_set("non_names.txt")
        return (
            len(entity.tokens) > 1
            and not any(t in places for t in entity.tokens)
            and not categorize(entity.name)[1] == "organization"
            and not _org_name(entity.name)
        )


def _org_name(name: str) -> bool:
    return bool(
        re.search(
            r"\b(Institute|University|Academy|Lab|Laboratory|Capital|Review|Times|Post|Journal|News|Daily|Media|Inc|Ltd|Group|"
            r"Technologies|Holdings|Research|Bank|Ministry|Center|Centre|Corp|Company|Party|Council|Agency|Foundation|Fund|Partners|"
            r"Department|Commission|Office|Committee|Authority|Service|Association|Federation|Union|Organisation|Organization|Board|Bureau|"
            r"College|School|Hospital|Trust|Institution|Society|League|Alliance|Network|Council)\b",
            name,
        )
    ) or bool(re.search(r"\.(ai|com|io)$", name, re.IGNORECASE))


def _outside(start: int, end: int, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``[start, end)`` minus the quoted intervals (sorted, not overlapping; marks included)."""
    pieces = []
    cursor = start
    index = max(0, bisect.bisect_left(quoted, (start, start)) - 1)
    while index < len(quoted) and quoted[index][0] < end:
        a, b = quoted[index]
        index += 1
        if b <= cursor:
            continue
        if a > cursor:
            pieces.append((cursor, a))
        cursor = max(cursor, b)
    if cursor < end:
        pieces.append((cursor, end))
    return pieces


# ---------------------------------------------------------------------------------------------
# Attribution


@dataclass
class _Found:
    """A quote being built: content span, kind, cue and speaker phrase."""

    start: int
    end: int
    kind: str
    cue_start: int = -1
    cue_end: int = -1
    np: _NP | None = None
    pair: _Pair | None = None
    entity: _Entity | None = None
    context_from: _Found | None = None  # a cue-less quote borrows this quote's speaker
    context_np: _NP | None = None
    mixed_only: bool = False  # the cue reports speech only around a quoted fragment


# what may follow a cue as part of it: "wrote on his WeChat timeline", "said in an interview
# with 36Kr", "told reporters", "adds resignedly" (an infinitive is content: "claims to have trained")
_TELL_OBJECT = r"(?:\s+(?:reporters|journalists|me|us|him|her|them|(?:an?|the|his|her|their)\s+[\w\-]+|[A-Z][\w&\-]*(?:\.[\w&\-]+)*(?:\s+[A-Z][\w&\-]*(?:\.[\w&\-]+)*)*))?"
_CUE_PP = r"(?:\s+(?:(?:on|in|at|with|from|during|via)\s+|to\s+(?=reporters\b|journalists\b|the\b|an?\b|[A-Z]))(?:(?!\bthat\b)[^,.;“”\"]){1,80}|\s+\w+ly\b)+"
# "to say", "having said that", "time will tell": infinitives, perfect participles and
# predictions are not reports of what someone said
_NOT_A_REPORT_BEFORE = re.compile(r"\b(?:to|having|will|shall|can|cannot|must|should|may|might)\s+$", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|was|were|are|been|being|be|’s|'s)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_AUX_BEFORE = re.compile(r"(?:\s+(?:has|have|had|also|recently|later|once|then|previously|publicly|repeatedly|often|will|would|has also|have also|had also))+\s*$", re.IGNORECASE)


def _cue_matches(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """Cue occurrences in ``text[start:end]``: (start, end, lemma, scope)."""
    out = []
    for m in _cue_re().finditer(text, start, end):
        if m.group(1)[0].isupper() and m.group(1).lower() != "according to":
            continue  # "United States" is not the verb "states"
        form = re.sub(r"\s+", " ", m.group(1).lower())
        lemma, scope = reporting_cues()[form]
        out.append((m.start(), m.end(), lemma, scope))
    return out


def _is_nickname(text: str, pair: _Pair) -> bool:
    """A quoted nickname inside a name: Yichao “Peak” Ji."""
    inner = text[pair.start:pair.end]
    before = text[max(0, pair.open - 30):pair.open]
    after = text[pair.close + 1:pair.close + 30]
    return (
        len(inner.split()) <= 2
        and inner[:1].isupper()
        and bool(re.search(r"[A-Z][\w\-]*\s$", before))
        and bool(re.match(r"\s[A-Z]", after))
    )


def _words(text: str, start: int, end: int) -> int:
    return len(_TOKEN_RE.findall(text, start, end))


class _Extractor:
    def __init__(self, article: Article):
        self.article = article
        self.text = article.text
        text = self.text
        pairs = [p for p in _quote_mark_pairs(article) if not _is_nickname(text, p)]
        self.pairs = pairs
        self.quoted = [(p.open, p.close + 1) for p in pairs]
        self.registry = _Registry(article, self.quoted)
        self.found: list[_Found] = []
        self.used_cues: set[int] = set()
        self.fragments: list[_Pair] = []  # quoted words with no cue in their sentence

    # -- direct quotes -------------------------------------------------------------------
    def _sentence_bounds(self, position: int) -> tuple[int, int]:
        sentence = self.article.sentence_at(position)
        if sentence is None:
            return position, position
        return sentence.start, sentence.end

    def _paragraph_of(self, position: int) -> int:
        sentence = self.article.sentence_at(position)
        return sentence.paragraph if sentence else -1

    def _after_attribution(self, pair: _Pair, limit: int) -> tuple[int, int, _NP] | None:
        text = self.text
        seg_start = pair.close + 1
        for c_start, c_end, lemma, scope in _cue_matches(text, seg_start, min(limit, seg_start + 200)):
            if scope == "participle" or lemma == "according to":
                return None
            pre = text[seg_start:c_start]
            if not pre.strip(" ,;:—–\n"):
                # "..., says Ding, a primary school teacher in Qingdao."
                np_end = limit
                while np_end > c_end and text[np_end - 1] in ".!?,; \n":
                    np_end -= 1
                np = self._parse(c_end, np_end, strict=True)
                if np is None:
                    return None
                return c_start, c_end, np
            if _words(text, seg_start, c_start) > 25:
                return None
            pre_end = c_start
            aux = _AUX_BEFORE.search(text, seg_start, c_start)
            if aux and aux.start() > seg_start:
                pre_end = aux.start()
            np = self._parse(seg_start, pre_end, strict=True)
            if np is None:
                return None
            cue_end = c_end
            rest = re.match((_TELL_OBJECT if lemma == "tell" else "") + r"(?:" + _CUE_PP + r")?", text[c_end:limit])
            if rest:
                cue_end = c_end + rest.end()
            return c_start, cue_end, np
        return None

    def _before_attribution(self, pair: _Pair, floor: int) -> tuple[int, int, _NP] | None:
        text = self.text
        seg = text[floor:pair.open]
        m = re.search(r"([,:]?)\s*$", seg)
        if not seg.strip() or not m or not m.group(1):
            return None
        cues = _cue_matches(text, floor, pair.open)
        if not cues:
            return None
        c_start, c_end, lemma, scope = cues[-1]
        tail = text[c_end:pair.open]
        # "He added: “...”", "Another comment says, “...”", "she told reporters on Monday: “...”"
        obj = _TELL_OBJECT if lemma == "tell" else ""
        if scope == "participle" or not re.fullmatch(obj + r"(?:" + _CUE_PP + r")?\s*[,:]\s*", tail):
            return None
        np = self._parse(floor, floor + len(_AUX_BEFORE.sub("", text[floor:c_start])))
        if np is None:
            return None
        return c_start, c_start + len(tail.rstrip(" ,:\n")) + (c_end - c_start), np

    def direct_quotes(self) -> None:
        text = self.text
        previous: _Found | None = None
        for index, pair in enumerate(self.pairs):
            s_start, s_end = self._sentence_bounds(pair.close)
            o_start, _ = self._sentence_bounds(pair.open)
            next_open = self.pairs[index + 1].open if index + 1 < len(self.pairs) else len(text)
            limit = min(s_end, next_open)
            if self.article.sentence_at(pair.close + 1) is not None and self.article.sentence_at(pair.close + 1).start > s_start:
                limit = min(limit, self.article.sentence_at(pair.close + 1).end, next_open)
            prev_pair = self.pairs[index - 1] if index > 0 else None
            floor = o_start
            if prev_pair is not None and prev_pair.close >= o_start:
                floor = prev_pair.close + 1
            lead = text[floor:pair.open]
            at_start = not lead.strip() or bool(re.search(r"[:—–]\s*$", lead)) and _cue_matches(text, floor, pair.open) == []
            content_words = _words(text, pair.start, pair.end)
            sentence_like = content_words >= 4 or bool(re.search(r"[.!?,…]\s*$", text[pair.start:pair.end]))
            # an interrupted quote: "X," he said, "Y." shares the attribution of its first half
            if (
                previous is not None
                and previous.pair is prev_pair
                and previous.kind == "direct"
                and previous.cue_start >= 0
                and prev_pair.close < previous.cue_start < pair.open
                and re.search(r"[,:]\s*$", text[prev_pair.close + 1:pair.open])
                and self._sentence_bounds(pair.open)[0] <= prev_pair.close
            ):
                found = _Found(pair.start, pair.end, "direct", previous.cue_start, previous.cue_end, previous.np, pair)
                found.context_from = previous
                self._add(found)
                previous = found
                continue
            after = self._after_attribution(pair, limit)
            before = self._before_attribution(pair, floor) if after is None else None
            attribution = after or before
            if attribution is not None:
                c_start, c_end, np = attribution
                if at_start or before is not None:
                    if not sentence_like and content_words < 3 and before is None:
                        continue
                    found = _Found(pair.start, pair.end, "direct", c_start, c_end, np, pair)
                else:
                    # a fragment after the narrator's words: the whole clause is a mixed quote
                    clause = self._clause_start(floor, pair.open)
                    found = _Found(clause, pair.close + 1, "mixed", c_start, c_end, np, pair)
                self.used_cues.add(c_start)
                self._add(found)
                previous = found
                continue
            if (
                previous is not None
                and previous.kind == "direct"
                and previous.cue_start >= 0
                and floor <= previous.cue_start < pair.open
                and previous.np is not None
                and previous.np.end <= pair.open
            ):
                # "“...,” says X, who studies ... and was “like almost everyone” surprised":
                # a fragment in the attribution's own clause is X's words inside a paraphrase
                chunk = max(text.rfind(" and ", previous.np.end, pair.open) + 5, text.rfind(", ", previous.np.end, pair.open) + 2, previous.np.end)
                found = _Found(chunk, self._content_end(pair.close + 1, s_end), "mixed", previous.cue_start, previous.cue_end, previous.np, pair)
                found.context_from = previous
                self._add(found)
                continue
            if at_start and sentence_like and not _looks_like_title(text[pair.start:pair.end]):
                found = _Found(pair.start, pair.end, "direct", pair=pair)
                self._add(found)
                previous = found
            elif not at_start:
                self.fragments.append(pair)

    def _clause_start(self, floor: int, position: int, *, coordinated: bool = False) -> int:
        text = self.text
        cut = max(text.rfind(":", floor, position), text.rfind(";", floor, position))
        start = cut + 1 if cut >= 0 else floor
        dash = max(text.rfind(" - ", floor, position), text.rfind(" — ", floor, position), text.rfind(" – ", floor, position))
        if dash >= start:
            start = dash + 3
        if coordinated:
            # "X declined to comment, but a source close to X said ...": a coordinated clause
            # (only where the speaker comes first: in "A, but B, they said" they said both)
            for m in _COORDINATION_RE.finditer(text, start, position):
                start = m.end()
        while start < position and text[start] in " \n\t,":
            start += 1
        return start

    def _add(self, found: _Found) -> None:
        if found.pair is not None:
            found.pair.used = True
        self.found.append(found)

    def _in_quote(self, position: int) -> bool:
        index = bisect.bisect_right(self.quoted, (position, len(self.text) + 1)) - 1
        return index >= 0 and self.quoted[index][0] <= position < self.quoted[index][1]

    # -- reported speech -----------------------------------------------------------------
    def reported_quotes(self) -> None:
        text = self.text
        for sentence in self.article.sentences:
            if sentence.is_heading:
                continue
            cues = [
                c for c in _cue_matches(text, sentence.start, sentence.end)
                if c[0] not in self.used_cues and not self._in_quote(c[0])
            ]
            sentence_found: list[_Found] = []
            for c_start, c_end, lemma, scope in cues:
                if scope == "direct":
                    continue
                if any(f.cue_start <= c_start < f.cue_end for f in sentence_found):
                    continue
                found = self._reported(sentence.start, sentence.end, c_start, c_end, lemma, scope, sentence_found)
                if found is None:
                    continue
                found.mixed_only = scope == "mixed"
                if found.np is not None:
                    for other in sentence_found:
                        if other.start < found.np.start <= other.end:
                            # "X said A, and several warned B": A ends where the second source begins
                            comma = text.rfind(",", other.start, found.np.start)
                            other.end = comma if comma > other.start else found.np.start
                sentence_found.append(found)
            for found in sentence_found:
                self._finish_reported(found)

    def _reported(self, s_start: int, s_end: int, c_start: int, c_end: int, lemma: str, scope: str, earlier: list[_Found]) -> _Found | None:
        text = self.text
        if _NOT_A_REPORT_BEFORE.search(text, max(s_start, c_start - 20), c_start):
            return None
        if lemma != "according to" and _PASSIVE_BEFORE.search(text, max(s_start, c_start - 30), c_start):
            if not re.match(r"\s+by\s", text[c_end:c_end + 5]):
                return None
            return self._passive_agent(s_start, s_end, c_start, c_end)
        clause_floor = self._clause_start(s_start, c_start)
        # a cue inside an earlier quote's content: "said he believed" (one cue), or a second
        # source inside the first one's clause ("a choice experts believe ...")
        for other in earlier:
            if other.start <= c_start < other.end:
                head = text[other.start:c_start]
                np = self._parse(other.start, other.start + len(_AUX_BEFORE.sub("", head)))
                if np is not None and np.form == "pronoun" and re.fullmatch(r"\s*\w+(?:\s+\w+)?\s*", head):
                    other.cue_end = c_end
                    other.start = self._content_start(c_end, lemma)
                    return None
                clause_floor = max(clause_floor, other.start)
        if lemma == "according to":
            return self._according_to(s_start, s_end, c_start, c_end, clause_floor, earlier)
        left_end = c_start
        aux = _AUX_BEFORE.search(text, clause_floor, c_start)
        if aux:
            left_end = aux.start()
        if scope == "participle":
            # "..., saying that ..." / "had a post saying ...": the clause's subject speaks
            if not re.search(r"(?:,|\b(?:post|statement|message|letter|note|report))\s*$", text[clause_floor:left_end]):
                return None
            np = self._clause_subject(clause_floor, left_end)
            if np is None or (lemma in _EVIDENTIAL and np.form == "description" and role_kind(np.text) == "organization"):
                return None
            start = self._content_start(c_end, lemma)
            return _Found(start, self._content_end(start, s_end), "indirect", c_start, c_end, np)
        left = text[clause_floor:left_end]
        cue_end = self._extend_cue(c_end, s_end)
        rest = text[cue_end:s_end]
        trailing = not rest.strip(" .!?”\"") or rest.lstrip().startswith(",")
        # what lies between the cue and "that" belongs to the cue: "told the BBC that",
        # "said in a statement that", "reported last month that"
        that = re.match(r"((?:\s+[\w’'\-]+){0,4}?)\s+that\b", text[c_end:s_end])
        if not trailing:
            clause_floor = max(clause_floor, self._clause_start(clause_floor, left_end, coordinated=True))
            left = text[clause_floor:left_end]
            leading_np = self._parse(clause_floor, left_end)
            if leading_np is not None and not left.rstrip().endswith(","):
                return self._leading(leading_np, c_start, (c_end + that.end(1)) if that else c_end, lemma, scope, s_end, bool(that))
        # inverted, after the content: "..., said Tom Zhang, a human resources expert."
        if left.rstrip().endswith(",") and _words(text, clause_floor, left_end) >= 3 and not that:
            np_end = self._content_end(c_end, s_end)
            np = self._parse(c_end, np_end, strict=True)
            if np is not None:
                end = left_end
                while end > clause_floor and text[end - 1] in " ,":
                    end -= 1
                return _Found(clause_floor, end, "indirect", c_start, c_end, np)
        if trailing:
            return self._trailing(clause_floor, left_end, c_start, cue_end, s_end, earlier)
        # leading: "SPEAKER said (that) CLAUSE"
        np = self._parse(clause_floor, left_end)
        if np is None:
            # "a choice experts believe has fostered ...": a bare plural source just before the cue
            m = re.search(r"([A-Za-z][\w\-]*s)\s*$", text[clause_floor:left_end])
            if m and m.group(1).lower() in _speaker_nouns():
                np = _NP(clause_floor + m.start(1), clause_floor + m.end(1), m.group(1), "description")
        if np is None:
            return None
        return self._leading(np, c_start, (c_end + that.end(1)) if that else c_end, lemma, scope, s_end, bool(that))

    def _leading(self, np: _NP, c_start: int, cue_end: int, lemma: str, scope: str, s_end: int, has_that: bool) -> _Found | None:
        text = self.text
        if scope == "that" and not has_that:
            return None
        if lemma == "tell" and not has_that:
            # "told the Guardian she would ...": the one told belongs to the cue
            obj = re.match(_TELL_OBJECT, text[cue_end:s_end])
            cue_end += obj.end() if obj else 0
        start = self._content_start(cue_end, lemma)
        end = self._content_end(start, s_end)
        if _words(text, start, end) < 2:
            return None
        return _Found(start, end, "indirect", c_start, cue_end, np)

    def _trailing(self, clause_floor: int, left_end: int, c_start: int, cue_end: int, s_end: int, earlier: list[_Found]) -> _Found | None:
        """ "CLAUSE, SPEAKER said." and "A, SPEAKER said, B.": the speaker sits between the
        last comma that leaves a valid noun phrase before the cue and the cue itself."""
        text = self.text
        commas = [m.start() + clause_floor for m in re.finditer(r"(?<!\d),|,(?=\s)", text[clause_floor:left_end])]
        for comma in reversed(commas):
            np = self._parse(comma + 1, left_end, strict=True)
            if np is None:
                continue
            if np.form == "description" and re.match(r"(?:an?|the)\s", np.text, re.IGNORECASE):
                # "Li Chengdong, an e-commerce investor, wrote": the description is an apposition
                earlier_commas = [c for c in commas if c < comma]
                if earlier_commas:
                    fuller = self._parse(earlier_commas[-1] + 1, left_end, strict=True)
                    if fuller is not None and fuller.form == "name" and _words(text, clause_floor, earlier_commas[-1]) >= 3:
                        comma, np = earlier_commas[-1], fuller
            a_end = comma
            if _words(text, clause_floor, a_end) < 2:
                return None
            rest = text[cue_end:s_end]
            b = re.match(r"\s*,\s*", rest)
            first_words = text[clause_floor:a_end].split()
            subordinate = bool(first_words) and first_words[0].lower() in _SUBORDINATORS or _words(text, clause_floor, a_end) < 4
            if b and rest[b.end():].strip(" .!?"):
                b_start = cue_end + b.end()
                b_words = text[b_start:b_start + 12].split()
                b_word = b_words[0].lower() if b_words else ""
                if subordinate:
                    return _Found(b_start, self._content_end(b_start, s_end), "indirect", c_start, cue_end, np)
                found = _Found(clause_floor, a_end, "indirect", c_start, cue_end, np)
                if b_word in {"but", "and", "yet", "so"}:
                    extra = _Found(b_start, self._content_end(b_start, s_end), "indirect", c_start, cue_end, np)
                    extra.context_from = found
                    earlier.append(extra)
                return found
            return _Found(clause_floor, a_end, "indirect", c_start, cue_end, np)
        return None

    def _parse(self, start: int, end: int, *, strict: bool = False) -> _NP | None:
        return _parse_speaker(self.text, start, end, strict=strict, vocab=self.registry.vocab)

    def _extend_cue(self, c_end: int, s_end: int) -> int:
        rest = re.match(_CUE_PP, self.text[c_end:s_end])
        return c_end + rest.end() if rest else c_end

    def _content_start(self, cue_end: int, lemma: str) -> int:
        text = self.text
        m = re.match(r"[\s,:]*(?:that\s+)?", text[cue_end:cue_end + 12])
        return cue_end + (m.end() if m else 0)

    def _content_end(self, start: int, s_end: int) -> int:
        end = s_end
        while end > start and self.text[end - 1] in _TRAILING:
            end -= 1
        return end

    def _clause_subject(self, floor: int, end: int) -> _NP | None:
        """The subject at the start of a clause, for a participle cue ("X did Y, saying ...")."""
        text = self.text
        segments = _comma_segments(text, floor, end)
        if not segments:
            return None
        first = segments[0]
        tokens = _tokens(text, *first)
        for k in range(min(len(tokens), 6), 0, -1):
            np = _head_np(text, tokens[:k], self.registry.vocab)
            if np is not None and (k == len(tokens) or np.form != "pronoun" or k == 1):
                if len(segments) > 1 and k == len(tokens):
                    appositive = text[segments[1][0]:segments[1][1]]
                    np.role = re.sub(r"^(?:an?|the)\s+", "", appositive)
                return np
        return None

    def _according_to(self, s_start: int, s_end: int, c_start: int, c_end: int, clause_floor: int, earlier: list[_Found]) -> _Found | None:
        text = self.text
        left = text[clause_floor:c_start]
        if not left.strip(" ,") or re.fullmatch(r"\s*(?:\w+\s*,?\s*){0,2}", left) and not left.rstrip().endswith(","):
            # sentence-initial: "According to X, a ROLE, CLAUSE."
            segments = _comma_segments(text, c_end, s_end)
            if len(segments) < 2:
                return None
            np = self._parse(*segments[0])
            if np is None:
                return None
            k = 1
            while k < len(segments) - 1:
                head = _head_np(text, _tokens(text, *segments[k]), self.registry.vocab)
                if head is None or head.form == "pronoun":
                    break
                np.role = ", ".join(x for x in (np.role, re.sub(r"^(?:an?|the)\s+", "", text[segments[k][0]:segments[k][1]])) if x)
                k += 1
            start = segments[k][0]
            return _Found(start, self._content_end(start, s_end), "indirect", c_start, c_end, np)
        # trailing: "CLAUSE, according to X."
        np_end = self._content_end(c_end, s_end)
        np = self._parse(c_end, np_end)
        if np is None:
            return None
        end = c_start
        while end > clause_floor and text[end - 1] in " ,":
            end -= 1
        start = clause_floor
        for other in earlier:
            if other.start <= start < other.end:
                return None
        return _Found(start, end, "indirect", c_start, c_end, np)

    def _passive_agent(self, s_start: int, s_end: int, c_start: int, c_end: int) -> _Found | None:
        """ "he's described by those close to him as more of a "geek" ": the agent is the source."""
        text = self.text
        m = re.match(r"\s+by\s+([^,.;]{2,80}?)\s+as\s+", text[c_end:s_end])
        if not m:
            return None
        np = self._parse(c_end + m.start(1), c_end + m.end(1))
        if np is None:
            return None
        start = c_end + m.end()
        return _Found(start, self._content_end(start, s_end), "indirect", c_start, c_end + m.start(1) - 1, np)

    def _finish_reported(self, found: _Found) -> None:
        """Quote marks inside reported speech make it mixed; direct quotes inside are not repeated."""
        text = self.text
        if found.end <= found.start or _words(text, found.start, found.end) < 2:
            return
        if found.mixed_only and not any(found.start <= p.open and p.close < found.end + 1 and not p.used for p in self.pairs):
            return  # "called the consultation a ..." reports speech only around quoted words
        for pair in self.pairs:
            if found.start <= pair.open and pair.close < found.end + 1:
                if pair.used:
                    return
                found.kind = "mixed"
                pair.used = True
                found.end = max(found.end, pair.close + 1)
        for other in self.found:
            if other.start < found.end and found.start < other.end and other.kind in ("direct", "mixed"):
                return
        self.used_cues.add(found.cue_start)
        self.found.append(found)


_TRAILING = frozenset(" .\n\t,;:")  # not part of a reported clause's content


def _looks_like_title(content: str) -> bool:
    """ "AI Superpowers", "The Art of War": every main word capitalised and no final punctuation."""
    words = content.split()
    if not words or len(words) > 8 or re.search(r"[.!?,]$", content):
        return False
    main = [w for w in words if w.lower() not in _CONNECTORS | {"a", "an", "in", "on", "to"}]
    return all(w[:1].isupper() or not w[:1].isalpha() for w in main)


# ---------------------------------------------------------------------------------------------
# Speakers: coreference and profiles

_ORG_DESCRIPTIONS = frozenset({"company", "firm", "startup", "start-up", "group", "outlet", "blog", "agency", "ministry", "government", "platform", "giant"})


class _Resolver:
    def __init__(self, extractor: _Extractor):
        self.x = extractor
        self.text = extractor.text
        self.registry = extractor.registry
        self.descriptions: dict[str, _Entity] = {}
        self.speakers: list[tuple[int, _Entity]] = []  # mention position, entity

    def resolve_all(self) -> None:
        found = sorted(self.x.found, key=lambda f: (f.start, f.end))
        self.x.found = found
        for index, f in enumerate(found):
            if f.np is None and f.context_from is None:
                self._context(f, index, found)
        pending = list(found)
        for _ in range(3):
            still = []
            for f in pending:
                if f.np is not None:
                    f.entity = self._entity(f.np, f)
                elif f.context_np is not None:
                    f.entity = self._entity(f.context_np, f)
                elif f.context_from is not None and f.context_from.entity is not None:
                    f.entity = f.context_from.entity
                elif f.context_from is not None:
                    still.append(f)
                    continue
                if f.entity is not None:
                    self.speakers.append((f.np.start if f.np else f.start, f.entity))
            pending = still
        self._propagate_affiliations()

    def sandwiched_fragments(self) -> None:
        """Quoted words with no cue, in a sentence between two quotes by one speaker, are that
        speaker's words inside the author's paraphrase (a mixed quote): "X says A. B holds a
        "quoted phrase". "C," she adds." An isolated fragment stays a scare quote."""
        article = self.x.article
        found = self.x.found
        starts = [f.start for f in found]
        for pair in self.x.fragments:
            if pair.used:
                continue
            sentence = article.sentence_at(pair.open)
            if sentence is None or sentence.index == 0 or sentence.index + 1 >= len(article.sentences):
                continue
            before, after = article.sentences[sentence.index - 1], article.sentences[sentence.index + 1]
            if after.paragraph - before.paragraph > 2:
                continue
            index = bisect.bisect_left(starts, sentence.start)
            if index < len(found) and found[index].start < sentence.end:
                continue  # the sentence already holds a quote
            prev = found[index - 1] if index > 0 else None
            nxt = found[index] if index < len(found) else None
            if prev is None or nxt is None or prev.entity is None or prev.entity is not nxt.entity:
                continue
            if not (before.start <= prev.start < before.end or before.start < prev.end <= before.end):
                continue
            if not after.start <= nxt.start < after.end:
                continue
            mixed = _Found(sentence.start, self.x._content_end(sentence.start, sentence.end), "mixed", pair=pair)
            mixed.context_from = prev
            mixed.entity = prev.entity
            pair.used = True
            found.insert(index, mixed)
            starts.insert(index, mixed.start)

    def _context(self, f: _Found, index: int, found: list[_Found]) -> None:
        article = self.x.article
        sentence = article.sentence_at(f.start) or article.sentence_at(f.start - 1)
        if sentence is None:
            return
        paragraph = sentence.paragraph
        previous = found[index - 1] if index > 0 else None
        if previous is not None and self.x._paragraph_of(previous.start) == paragraph:
            f.context_from = previous
            return
        if sentence.index > 0:
            prior = article.sentences[sentence.index - 1]
            if prior.paragraph >= paragraph - 1 and not any(p.open <= prior.start <= p.close for p in self.x.pairs):
                np = self._sentence_subject(prior.start, prior.end)
                if np is not None:
                    f.context_np = np
                    return
        following = found[index + 1] if index + 1 < len(found) else None
        if following is not None and following.np is not None and self.x._paragraph_of(following.start) == paragraph:
            f.context_from = following
            return
        if previous is not None and self.x._paragraph_of(previous.start) >= paragraph - 1:
            f.context_from = previous

    def _sentence_subject(self, start: int, end: int) -> _NP | None:
        text = self.text
        tokens = _tokens(text, start, end)
        if not tokens:
            return None
        if tokens[0][2].lower() in ("he", "she"):
            s, e, w = tokens[0]
            return _NP(s, e, w, "pronoun")
        segments = _comma_segments(text, start, end)
        if segments and _words(text, *segments[0]) <= 4:
            np = _parse_speaker(text, segments[0][0], segments[-1][1] if len(segments) > 1 and _words(text, *segments[1]) <= 5 else segments[0][1])
            if np is not None and np.form == "name":
                entity = self.registry.resolve_name(np.text, np.start)
                if entity is not None and self.registry._is_person(entity):
                    return np
        return None

    def _entity(self, np: _NP, f: _Found) -> _Entity | None:
        lower = np.text.lower()
        position = np.start
        entity: _Entity | None = None
        if np.form == "pronoun":
            gender = _PRONOUNS.get(lower, "")
            if lower in ("he", "she"):
                entity = self._nearest_person(position, gender)
                if entity is not None:
                    entity.kind = entity.kind or "person"
                    if not entity.gender:
                        entity.gender = gender
            elif lower == "they":
                entity = self._recent_speaker(position, ("group", "organization"))
            elif lower == "it":
                entity = self._nearest_org(position)
            if entity is None:
                # no antecedent in the article: an unidentified voice, kept apart per pronoun
                entity = self._description(f"unidentified speaker ({lower})", "group" if lower == "they" else "anonymous")
                entity.gender = entity.gender or gender
        elif np.form == "name":
            entity = self.registry.resolve_name(np.text, position)
            if entity is None:
                entity = _Entity(np.text, tuple(np.text.lower().split()))
                self.registry.entities.append(entity)
            if np.honorific_gender and not entity.gender:
                entity.gender = np.honorific_gender
                entity.kind = entity.kind or "person"
        else:
            entity = self._from_description(np, position)
        if entity is None:
            return None
        if np.role and not entity.role:
            entity.role = np.role
        if np.form == "name" and np.role and not entity.category:
            entity.category = categorize(np.role)[0]
        if not entity.kind and np.role:
            kind = categorize(np.role)[1]
            if kind in ("person", "organization"):
                entity.kind = kind
        self._gender_from_context(entity, f)
        return entity

    def _gender_from_context(self, entity: _Entity, f: _Found) -> None:
        """A possessive in the cue ("wrote on her Threads account") or a pronoun opening the
        reported clause ("told me that he would not") states the speaker's gender."""
        if entity.gender or entity.kind in ("group", "organization"):
            return
        text = self.text
        cue = text[f.cue_start:f.cue_end].lower() if f.cue_start >= 0 else ""
        words = set(re.findall(r"\w+", cue))
        gender = "male" if "his" in words else ("female" if "her" in words else "")
        if not gender and f.kind == "indirect":
            first = text[f.start:f.start + 4].split()
            if first and first[0].lower() in ("he", "she"):
                gender = _PRONOUNS[first[0].lower()]
        if gender:
            entity.gender = gender
            if entity.kind == "":
                entity.kind = "person"

    def _nearest_person(self, position: int, gender: str) -> _Entity | None:
        best: tuple[int, _Entity] | None = None
        person = self.registry.nearest_person(position, gender)
        if person is not None:
            best = (max(m for m in person.mentions if m < position), person)
        for at, entity in reversed(self.speakers):
            if position - at > ANTECEDENT_WINDOW:
                break
            if at >= position or entity.kind not in ("person", "anonymous"):
                continue
            if gender and entity.gender and entity.gender != gender:
                continue
            if best is None or at > best[0]:
                best = (at, entity)
        return best[1] if best else None

    def _recent_speaker(self, position: int, kinds: tuple[str, ...]) -> _Entity | None:
        candidates = [(at, e) for at, e in self.speakers[-50:] if at < position and e.kind in kinds and position - at < 1500]
        return max(candidates, key=lambda item: item[0])[1] if candidates else None

    def _nearest_org(self, position: int) -> _Entity | None:
        sentence = self.x.article.sentence_at(position)
        floor = 0
        if sentence is not None:
            floor = self.x.article.sentences[max(0, sentence.index - 2)].start
        entity = self.registry.nearest_organization(position, floor)
        if entity is not None:
            entity.kind = entity.kind or "organization"
        return entity

    def _description(self, description: str, kind: str) -> _Entity:
        key = description.lower()
        if key not in self.descriptions:
            self.descriptions[key] = _Entity(description, tuple(key.split()), kind=kind, named=False)
        return self.descriptions[key]

    def _from_description(self, np: _NP, position: int) -> _Entity | None:
        text = np.text
        words = text.split()
        lower = [w.lower() for w in words]
        core = []
        for k, w in enumerate(lower):
            if k > 0 and w in _PP_WORDS:
                break
            core.append(w)
        head = _strip_possessive(core[-1]) if core else ""
        # "a post on Fancaiju", "a report from the Stanford Institute", "a comment on Weibo"
        if head in _TEXT_NOUNS:
            m = re.search(r"\b(?:on|from|by|in)\s+(?:the\s+)?(.+)$", text)
            if m:
                source = m.group(1).strip()
                if source.lower() in _platforms():
                    return self._description(f"a {source} user", "anonymous")
                entity = self.registry.resolve_name(source, position)
                if entity is None:
                    entity = _Entity(source, tuple(source.lower().split()), kind="organization")
                    self.registry.entities.append(entity)
                entity.kind = entity.kind or "organization"
                return entity
            if head in ("comment", "post"):
                return self._description("another user" if core[0] == "another" else "a user", "anonymous")
            # "the report, titled ..., warns": the document speaks for its unnamed authors
            return self._description(" ".join(words[:len(core)]), "organization")
        if core and core[0] in ("the", "this", "that") and head in _ORG_DESCRIPTIONS and len(core) <= 3:
            entity = self._nearest_org(position)
            if entity is not None:
                if not entity.category:
                    entity.category = categorize(text)[0]
                return entity
        if core in (["many"], ["some"], ["others"], ["most"]):
            # "People discuss it online. Many point to ...": the quantifier's people are the
            # plural subject of the sentence before
            group = self._previous_subject_group(position)
            if group:
                entity = self._description(group, "group")
                entity.category = entity.category or categorize(group)[0] or "other"
                return entity
        canonical = re.split(r"\s+(?:who|which|that|whose)\s+", text)[0]
        canonical = re.sub(r"^(?:some|many|several)\s+(?=\w)", "", canonical, flags=re.IGNORECASE) if len(core) > 1 else canonical
        if re.search(r"\b(him|her)\b", canonical, re.IGNORECASE):
            person = self._nearest_person(position, "")
            if person is not None:
                canonical = re.sub(r"\b(him|her)\b", person.name, canonical, flags=re.IGNORECASE)
        canonical = re.sub(r"^those\b", "people", canonical, flags=re.IGNORECASE)
        plural = head.endswith("s") and not head.endswith("ss") or head in ("media", "people", "many", "some", "others", "those", "public")
        kind = "group" if plural else "anonymous"
        if core[0] in ("the",) and not plural:
            kind = "organization" if head in _ORG_DESCRIPTIONS else kind
        if canonical[:1].isupper() and canonical.split()[0].lower() in _DETERMINERS | {"industry", "tech", "entrepreneurs", "experts", "state"}:
            canonical = canonical[0].lower() + canonical[1:]
        entity = self._description(canonical, kind)
        # the category comes from the article's own words ("those close to him"), not our rewording
        entity.category = entity.category or categorize(text)[0] or categorize(_role_for_category(np.role))[0] or "other"
        return entity

    def _previous_subject_group(self, position: int) -> str:
        """The plural noun opening the sentence before ``position`` ("People", "Many investors")."""
        article = self.x.article
        sentence = article.sentence_at(position)
        if sentence is None or sentence.index == 0:
            return ""
        prior = article.sentences[sentence.index - 1]
        words = re.findall(r"[A-Za-z][\w\-]*", prior.text)[:2]
        for size in (1, 2):
            head = words[size - 1].lower() if len(words) >= size else ""
            if head.endswith("s") and head in _speaker_nouns() or head == "people":
                return " ".join(w.lower() for w in words[:size])
        return ""

    def _propagate_affiliations(self) -> None:
        """An organisation named in a person's role ("an analyst at PitchBook") is the same
        kind of source as that person when nothing else says what it is."""
        people = [e for e in self.registry.entities if e.role and e.kind != "organization"]
        for entity in self.registry.entities:
            if entity.category:
                continue
            for person in people:
                if person is not entity and re.search(rf"\b{re.escape(entity.name)}\b", person.role):
                    entity.category = person.category or categorize(person.role)[0]
                    break

    def speaker(self, entity: _Entity | None, np: _NP | None) -> Speaker | None:
        if entity is None:
            return None
        kind = entity.kind
        if not kind:
            if entity.gender:
                kind = "person"
            elif _org_name(entity.name) or len(entity.tokens) == 1 or any(t in word_set("non_names.txt") for t in entity.tokens):
                kind = "organization"
            else:
                kind = "person"
        category = (
            entity.category
            or categorize(entity.role)[0]
            or categorize(np.role if np else "", np.text if np and np.form == "description" else "")[0]
            or categorize(entity.name)[0]
            or ("industry" if kind == "organization" and entity.name.lower() in {"the company", "the firm"} else "")
            or "other"
        )
        gender = (entity.gender or "unknown") if kind in ("person", "anonymous") else ""
        return Speaker(
            name=entity.name,
            kind=kind,
            role=entity.role,
            category=category,
            gender=gender,
            named=entity.named and kind in ("person", "organization"),
        )


def quotes_in(article: Article) -> tuple[Quote, ...]:
    """Every quote in ``article``: direct, indirect and mixed, in order of appearance.

    Pure and cheap (rules over the sentences): other lenses may call it to know which
    spans are quoted speech.

    >>> from audit.load import RawArticle, build_article
    >>> a = build_article(RawArticle("t", "t", "Title\\n\\n“We will win,” said Li Na, a teacher in Wuhan.", fields={}))
    >>> [(q.kind, q.text, q.speaker.name, q.speaker.category) for q in quotes_in(a)]
    [('direct', 'We will win,', 'Li Na', 'citizen')]
    """
    extractor = _Extractor(article)
    extractor.direct_quotes()
    extractor.reported_quotes()
    resolver = _Resolver(extractor)
    resolver.resolve_all()
    resolver.sandwiched_fragments()
    text = article.text
    quotes = []
    seen: set[tuple[int, int]] = set()
    for f in extractor.found:
        start, end = f.start, f.end
        while end > start and text[end - 1] in " \n\t":
            end -= 1
        if end <= start or (start, end) in seen:
            continue
        seen.add((start, end))
        np = f.np or f.context_np
        cue_span = Span(f.cue_start, f.cue_end) if f.cue_start >= 0 else None
        quotes.append(
            Quote(
                span=Span(start, end),
                text=text[start:end],
                kind=f.kind,
                cue=text[f.cue_start:f.cue_end] if cue_span else "",
                cue_span=cue_span,
                mention=np.text if np else "",
                mention_span=Span(np.start, np.end) if np else None,
                speaker=resolver.speaker(f.entity, np),
            )
        )
    return tuple(sorted(quotes, key=lambda q: (q.span.start, q.span.end)))
