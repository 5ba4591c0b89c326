"""Actors: who the story is about, how each outlet names them, and the tone around them.

Detection has two sources, both transparent:

1. An editable alias lexicon (``lexicons/actors.csv``): country names, capitals
   used for governments and demonyms ("the US", "U.S.", "Washington",
   "American" → United States; "Beijing", "Chinese government" → China).
2. Capitalised-name detection, in the spirit of the capitalisation heuristics of
   rule-based named-entity finders (Mikheev 1999, "A knowledge-free method for
   capitalized word disambiguation"): runs of capitalised words, joined by "of",
   "for" and (inside institution names) "and". A run at the start of a sentence
   loses leading words that the story also writes in lower case ("Users", "Take"),
   courtesy titles ("Mr.") and offices ("President") are split off, dates and
   acronyms of things ("AI") are not names. Word lists live in
   ``lexicons/actor_words.csv``.

Alias merging ("Liang Wenfeng", "Mr. Liang", "Liang" → one actor): a one-word
name is merged into a multi-word personal name of which it is the first or last
word (surname, or given name), looking first in the same article and then in the
whole story. When several people share the short form in that scope (two Zhangs)
nothing is merged and the short form is listed as ambiguous instead. A company
name with a corporate suffix ("Tencent Holdings") is merged with its stem. Every
merge is recorded with its rule, so the report can show it.

Tone around an actor: each mention is scored with VADER (see ``audit.tone``) on
its *context*: the whole sentence when the sentence names only this actor, else
the clause holding the mention (clauses end at ; : and dashes, and before "but",
"while", "whereas", "although", "though", "yet", "however"). The context is
further cut by voice: a mention inside quoted speech is scored on the quoted
words of that context only, a mention in the outlet's own words on the
unquoted words only. So a negative quote about the US in a neutral sentence
counts as quoted tone about the US, not as the outlet's. The actors' names
themselves are left out of the scored words: VADER's lexicon rates "united"
as positive, which would make every sentence about the United States warmer.

Labels: noun phrases an outlet uses to name or describe an actor, from three
patterns of news naming (Bell 1991, ch. 9): an appositive after the name
("Mr. Liang, the reclusive chief executive,"), a descriptor before it ("the
Communist Party tabloid Global Times", "tech mogul Elon Musk") and naming verbs
("labeled him a 'technical idealist'", "hailed as one of the 'three AI heroes'";
"him"/"he" is resolved to the nearest person named before it).
"""
from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from statistics import mean

from ..lexicons import data_lines
from ..model import Article, Sentence
from ..text import (
    CONTRAST_CLAUSES,
    clause_spans,
    has_letter,
    honorifics,
    merge_spans,
    sentence_starters,
    split_by_spans,
    title_words,
    titles,
)
from ..tone import analyzer, joined, quote_mark_spans

# ---------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Mention:
    """One mention of an actor: ``surface == article.text[start:end]``.

    ``sentence`` is the body sentence index, ``None`` for the title.
    """

    start: int
    end: int
    surface: str
    sentence: int | None
    quoted: bool


@dataclass(frozen=True)
class ToneContext:
    """The words scored for one mention: ``voice`` is ``own`` or ``quoted``.

    ``spans`` are the pieces of the article scored (joined by spaces);
    ``clause`` is True when the sentence names several actors and only the
    clause around the mention was used.
    """

    sentence: int
    voice: str
    spans: tuple[tuple[int, int], ...]
    compound: float
    clause: bool


@dataclass(frozen=True)
class Label:
    """A noun phrase naming or describing an actor; ``text == article.text[start:end]``.

    ``rule``: ``appositive`` (after the name), ``before`` (a descriptor written
    before the name, with or without a comma) or ``naming verb``.
    """

    text: str
    start: int
    end: int
    sentence: int
    rule: str


@dataclass(frozen=True)
class ActorInArticle:
    """One actor as one article treats it."""

    actor: str
    article: str
    outlet: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    own: tuple[ToneContext, ...]
    quoted: tuple[ToneContext, ...]
    labels: tuple[Label, ...]

    @property
    def own_tone(self) -> float | None:
        """Mean compound of the own-voice contexts, ``None`` without any."""
        return round(mean(c.compound for c in self.own), 4) if self.own else None

    @property
    def quoted_tone(self) -> float | None:
        """Mean compound of the quoted contexts, ``None`` without any."""
        return round(mean(c.compound for c in self.quoted), 4) if self.quoted else None

    @property
    def evidence(self) -> tuple[int, ...]:
        """Indices of the body sentences that mention the actor, in order."""
        return tuple(sorted({m.sentence for m in self.mentions if m.sentence is not None}))


@dataclass(frozen=True)
class Actor:
    """An actor of the story: canonical name, kind, and how it was found."""

    name: str
    kind: str  # country, territory, region, institution (lexicon), person, organization, name
    source: str  # "lexicon" or "names"
    mentions: int
    articles: int
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Merge:
    """How an alias was tied to an actor: ``rule`` in plain words, ``articles`` where it applied."""

    alias: str
    actor: str
    rule: str
    articles: tuple[str, ...]


@dataclass(frozen=True)
class Ambiguous:
    """A short name that could be several people in its scope, and so was not counted."""

    alias: str
    article: str
    candidates: tuple[str, ...]


@dataclass(frozen=True)
class StoryActors:
    """The key actors of a story and each article's treatment of them.

    ``actors`` are the key actors (sorted by mentions, then name);
    ``by_article[i]`` lists, for article ``i``, every key actor it mentions.
    """

    actors: tuple[Actor, ...]
    by_article: tuple[tuple[ActorInArticle, ...], ...]
    merges: tuple[Merge, ...]
    ambiguous: tuple[Ambiguous, ...]


# ---------------------------------------------------------------------------
# Word lists


@dataclass(frozen=True)
class _Lexicon:
    aliases: dict[str, tuple[str, str]]  # alias -> (canonical, kind)
    words: dict[str, frozenset[str]]  # kind -> words


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """The alias lexicon and the word lists, read once from ``audit/lexicons``."""
    aliases: dict[str, tuple[str, str]] = {}
    for row in csv.DictReader(data_lines("actors.csv")):
        aliases.setdefault(row["alias"].strip(), (row["canonical"].strip(), row["kind"].strip()))
    words: dict[str, set[str]] = defaultdict(set)
    for row in csv.DictReader(data_lines("actor_words.csv")):
        words[row["kind"].strip()].add(row["word"].strip())
    return _Lexicon(aliases, {kind: frozenset(values) for kind, values in words.items()})


def _words(kind: str) -> frozenset[str]:
    return lexicon().words.get(kind, frozenset())


@lru_cache(maxsize=1)
def _descriptors() -> frozenset[str]:
    return frozenset(w.lower() for w in _words("descriptor"))


# ---------------------------------------------------------------------------
# Capitalised-name detection

_TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|\w+", re.UNICODE)
_CONNECTORS = frozenset({"of", "for", "and", "on", "de", "van", "von", "al", "bin"})
_LOWER_WORD_RE = re.compile(r"(?<![\w’'])[a-z][a-z\-]*(?![\w])")
_INITIAL_OPENERS = frozenset("“\"‘'(:—–[")


def _is_capitalised(token: str) -> bool:
    if any(char.isdigit() for char in token) or token == "_":
        return False
    first = token[0]
    return first.isupper() or (first.islower() and any(char.isupper() for char in token[1:]))


@dataclass(frozen=True)
class _Name:
    """A capitalised name found in one sentence, after stripping titles and common words."""

    start: int
    end: int
    tokens: tuple[str, ...]
    surface: str
    courtesy: str  # the honorific or title stripped from its front, "" if none
    sentence: int


def _sentence_tokens(text: str, sentence: Sentence) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text, sentence.start, sentence.end)]


def _runs(text: str, tokens: list[tuple[int, int, str]]) -> list[list[int]]:
    """Indices of tokens forming capitalised runs (with inner connectors)."""
    courtesy_words = title_words()
    org_heads = _words("org_head")
    runs: list[list[int]] = []
    current: list[int] = []
    for i, (start, _end, token) in enumerate(tokens):
        gap = text[tokens[i - 1][1]:start] if i else ""
        if _is_capitalised(token):
            previous = tokens[current[-1]][2] if current else ""
            joins = gap in (" ", "-", " & ") or (
                gap == ". " and (previous.lower() in courtesy_words or (len(previous) == 1 and previous.isupper()))
            )
            if current and joins and current[-1] == i - 1:
                current.append(i)
            else:
                if current:
                    runs.append(current)
                current = [i]
        elif (
            token in _CONNECTORS
            and current
            and current[-1] == i - 1
            and gap == " "
            and i + 1 < len(tokens)
            and text[tokens[i][1]:tokens[i + 1][0]] == " "
            and _is_capitalised(tokens[i + 1][2])
            and (token != "and" or any(tokens[j][2] in org_heads for j in current))
        ):
            current.append(i)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _is_initial(text: str, sentence: Sentence, start: int) -> bool:
    """Whether ``start`` opens the sentence (or a quotation or clause inside it)."""
    before = text[sentence.start:start].rstrip()
    return not before or before[-1] in _INITIAL_OPENERS


def _names_in(article: Article, common: frozenset[str], midsentence_capitals: frozenset[str]) -> list[_Name]:
    """Capitalised names in the non-heading body sentences of ``article``."""
    text = article.text
    aliases = lexicon().aliases
    courtesy_words = title_words()
    org_heads = _words("org_head")
    discard = _words("not_name")
    cut = _words("not_name_part")
    names: list[_Name] = []
    for sentence in article.sentences:
        if sentence.is_heading:
            continue
        tokens = _sentence_tokens(text, sentence)
        for run in _runs(text, tokens):
            words = [tokens[i][2] for i in run]
            if any(word in discard for word in words):
                continue
            has_head = any(word in org_heads for word in words)
            pieces = [run] if has_head else _split_at(run, tokens, cut)
            for piece in pieces:
                name = _clean(text, sentence, tokens, piece, common, midsentence_capitals, courtesy_words, has_head, aliases)
                if name is not None:
                    names.append(name)
    return names


def _split_at(run: list[int], tokens: list[tuple[int, int, str]], cut: frozenset[str]) -> list[list[int]]:
    pieces: list[list[int]] = [[]]
    for i in run:
        if tokens[i][2] in cut:
            pieces.append([])
        else:
            pieces[-1].append(i)
    return [piece for piece in pieces if piece]


def _clean(
    text: str,
    sentence: Sentence,
    tokens: list[tuple[int, int, str]],
    run: list[int],
    common: frozenset[str],
    midsentence_capitals: frozenset[str],
    courtesy_words: frozenset[str],
    has_head: bool,
    aliases: dict[str, tuple[str, str]],
) -> _Name | None:
    run = list(run)
    courtesy = ""
    initial = _is_initial(text, sentence, tokens[run[0]][0])
    if not has_head:
        # "FAA Administrator Mike Whitaker", "Secretary of State Antony Blinken": the name follows the last office.
        offices = [k for k in range(1, len(run) - 1) if tokens[run[k]][2].lower() in courtesy_words]
        if offices:
            k = offices[-1]
            courtesy = tokens[run[k]][2]
            if (courtesy.lower(), tokens[run[k + 1]][2].lower()) in titles():
                k += 1  # "Attorney General Letitia James", "Chief Executive Francois Poirier": a two-word office
            elif tokens[run[k + 1]][2] in _CONNECTORS and k + 3 < len(run):
                k += 2
            run = run[k + 1:]
            initial = False
    while run:
        word = tokens[run[0]][2]
        if len(run) > 1 and word.lower() in courtesy_words and (not has_head or word.lower() in honorifics()):
            courtesy = word
            run.pop(0)
            if run and (word.lower(), tokens[run[0]][2].lower()) in titles():
                run.pop(0)  # "Attorney General": the second word is the office's too
            initial = False
        elif initial and word not in midsentence_capitals and (
            word.lower() in common or word.lower() in sentence_starters() or (len(run) == 1 and word.endswith("ly"))
        ):
            run.pop(0)  # "Users", "Take", "However", "Apparently": a capital only because it opens the sentence
        elif word in _CONNECTORS:
            run.pop(0)
        elif len(run) > 1 and not has_head and word in aliases:
            run.pop(0)  # "Chinese New ..." / "US firms": the lexicon counts the demonym itself
        else:
            break
    while run and tokens[run[-1]][2] in _CONNECTORS:
        run.pop()
    if not run:
        return None
    start, end = tokens[run[0]][0], tokens[run[-1]][1]
    surface = text[start:end]
    if surface in aliases or (len(run) == 1 and tokens[run[0]][2].lower() in courtesy_words):
        return None
    if len(run) == 1 and len(surface) < 2:
        return None
    return _Name(start, end, tuple(tokens[i][2] for i in run), surface, courtesy, sentence.index)


def _vocabulary(articles: Sequence[Article]) -> tuple[frozenset[str], frozenset[str]]:
    """Words the story writes in lower case, and one-word capitalised names it uses mid-sentence."""
    common: set[str] = set()
    capitals: set[str] = set()
    for article in articles:
        for sentence in article.sentences:
            common.update(m.group() for m in _LOWER_WORD_RE.finditer(sentence.text))
            if sentence.is_heading:
                continue
            tokens = _sentence_tokens(article.text, sentence)
            for run in _runs(article.text, tokens):
                start, _end, token = tokens[run[0]]
                if len(run) == 1 and not _is_initial(article.text, sentence, start):
                    capitals.add(token)
    return frozenset(common), frozenset(capitals)


# ---------------------------------------------------------------------------
# Merging names into actors


@dataclass
class _Registry:
    """Alias → actor tables built from the whole story."""

    story: dict[str, str]  # alias valid in every article -> actor name
    local: list[dict[str, str]]  # per article: short form -> actor name
    kinds: dict[str, str]
    sources: dict[str, str]
    merges: dict[tuple[str, str, str], set[str]]
    ambiguous: list[Ambiguous]


def _registry(articles: Sequence[Article], names: list[list[_Name]], common: frozenset[str]) -> _Registry:
    lex = lexicon()
    org_heads = _words("org_head")
    suffixes = _words("corp_suffix")
    story: dict[str, str] = {}
    kinds: dict[str, str] = {}
    sources: dict[str, str] = {}
    merges: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for alias, (canonical, kind) in lex.aliases.items():
        story[alias] = canonical
        kinds[canonical] = kind
        sources[canonical] = "lexicon"

    full: dict[str, tuple[str, ...]] = {}  # multi-word surface -> tokens
    persons: set[str] = set()
    for found in names:
        for name in found:
            if len(name.tokens) > 1:
                full.setdefault(name.surface, name.tokens)
                if name.courtesy:
                    persons.add(name.surface)
    organisations = {s for s, t in full.items() if any(w in org_heads for w in t) or t[-1] in suffixes}
    for surface in sorted(full):
        story[surface] = surface
        sources[surface] = "names"
        kinds[surface] = "organization" if surface in organisations else ("person" if surface in persons else "name")
    # "Tencent Holdings" and "Tencent": the stem is the company.
    singles = {n.surface for found in names for n in found if len(n.tokens) == 1}
    for surface, tokens in sorted(full.items()):
        stem = " ".join(tokens[:-1])
        if tokens[-1] in suffixes and len(tokens) > 1 and (stem in singles or stem in full):
            story[surface] = stem
            story.setdefault(stem, stem)
            kinds[stem] = "organization"
            sources[stem] = "names"
            merges[(surface, stem, "company name with its corporate suffix")].update(a.id for a in articles if surface in a.text)

    personal = {s: t for s, t in full.items() if s not in organisations and story.get(s) == s}
    local: list[dict[str, str]] = []
    ambiguous: list[Ambiguous] = []
    for article, found in zip(articles, names):
        in_article = {n.surface for n in found if n.surface in personal}
        table: dict[str, str] = {}  # "" marks an ambiguous short form: counted for nobody
        courtesies: dict[str, str] = {}
        for n in sorted(found, key=lambda n: (n.start, n.end)):
            if len(n.tokens) == 1 and not courtesies.get(n.tokens[0]):
                courtesies[n.tokens[0]] = n.courtesy
        for short, courtesy in sorted(courtesies.items()):
            # A short form that is also an everyday word ("He", "You") would match pronouns.
            if short in lex.aliases or short.lower() in common:
                continue
            here = sorted(s for s in in_article if short in (personal[s][0], personal[s][-1]))
            everywhere = sorted(s for s in personal if short in (personal[s][0], personal[s][-1]))
            how = f"after “{courtesy}”" if courtesy else "bare"
            if len(here) == 1:
                table[short] = here[0]
                merges[(short, here[0], f"short form ({how}) of a name in the same article")].add(article.id)
            elif len(here) > 1 or (not here and len(everywhere) > 1):
                ambiguous.append(Ambiguous(short, article.id, tuple(here or everywhere)))
                table[short] = ""
            elif len(everywhere) == 1:
                table[short] = everywhere[0]
                merges[(short, everywhere[0], f"short form ({how}), the only such name in the story")].add(article.id)
            if table.get(short) and courtesy:
                kinds[table[short]] = "person"
        local.append(table)
    resolved = {short for table in local for short, target in table.items()}
    for found in names:
        for name in found:
            if len(name.tokens) == 1 and name.surface not in story and name.surface not in resolved:
                story[name.surface] = name.surface
                sources[name.surface] = "names"
                kinds[name.surface] = "person" if name.courtesy else "name"
    return _Registry(story, local, kinds, sources, merges, ambiguous)


# ---------------------------------------------------------------------------
# Mentions, contexts and labels

_HONORIFIC_PREFIX = r"(?:(?:{})\.?\s+)?"


def _pattern(aliases: Sequence[str]) -> re.Pattern[str]:
    ordered = sorted(set(aliases), key=lambda a: (-len(a), a))
    courtesy = "|".join(sorted((re.escape(h.capitalize()) for h in honorifics()), key=lambda h: (-len(h), h)))
    body = "|".join(re.escape(alias) for alias in ordered)
    return re.compile(rf"(?<![\w]){_HONORIFIC_PREFIX.format(courtesy)}(?P<alias>{body})(?![\w])")


def _within(pieces: Sequence[tuple[int, int]], start: int, end: int) -> tuple[tuple[int, int], ...]:
    out = []
    for a, b in pieces:
        a, b = max(a, start), min(b, end)
        if a < b:
            out.append((a, b))
    return tuple(out)


_APPOSITIVE_RE = re.compile(r",\s+(?P<np>[^,;:—–()“”\"\[\]]{2,160}?)(?=\s*(?:,|;|:|—|–|\)|\.(?:\s|$)|$))")
_OPENER_RE = re.compile(r"(?:^|(?<=[\s(]))(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s)")
_NP_STOP_RE = re.compile(r"\s+(?:who|whose|which|that|where|when)\b.*$", re.DOTALL)
_REPORTING_RE = re.compile(r"\b(?:said|says|told|tells|wrote|writes|added|adds|according)\b")
_DETERMINER_RE = re.compile(r"^(?:the|a|an|his|her|its|their|[\w\-]+['’]s)\s", re.IGNORECASE)
_WALK_STOP = frozenset(
    """by with from to of in on at for as and or but that this these those is was are were be been being has have
    had than into toward towards told said says wrote after before when while during between among about against
    like including led not no also its his her their our my your which who whom whose where""".split()
)
_DETERMINERS = frozenset({"the", "a", "an"})
_QUOTED_RE = re.compile(r"[“\"‘']([^“”\"‘’']{1,80})[”\"’']")
# Words that may stand between a naming verb and a quoted label: "as one of the 'three AI heroes'".
_LABEL_LEAD_RE = re.compile(r"(?:\s|\b(?:as|a|an|the|one|of|more|most|his|her|its|their|so-called|something|like)\b)*")
_NP_CUT_RE = re.compile(
    r"\s+(?:for|by|in|on|at|from|after|because|since|over|with|amid|during|who|which|that|than|to|and)\b.*$", re.DOTALL
)
_PERSON_PRONOUN_RE = re.compile(r"\b(?:he|she|He|She)\b")
_ROLE_RE = re.compile(r"\b(?:the|a|an)\s", re.IGNORECASE)
_ROLE_WORD_RE = re.compile(r"[\w\-]+")
_OBJECT_PRONOUN_RE = re.compile(r"\s+(him|her|it|them)\b")
# Between a subject and a passive or participial naming verb: auxiliaries, adverbs, commas.
_PASSIVE_GAP_RE = re.compile(
    r"(?:[\s,]|['’]s\b|\b(?:is|was|were|are|be|been|being|has|have|had|now|also|widely|often|once|"
    r"later|already|even|sometimes|frequently|since|increasingly|repeatedly|recently|long|then)\b)*"
)


def _naming_verb_re() -> re.Pattern[str]:
    parts = []
    for verb in sorted(_words("naming_verb"), key=lambda v: (-len(v), v)):
        head, _, tail = verb.partition(" ")
        if tail == "as":
            parts.append(rf"{re.escape(head)}(?:\s+by\s+[^,.;:“”\"]{{1,60}}?)?\s+as")
        else:
            parts.append(re.escape(verb))
    return re.compile(rf"\b(?:{'|'.join(parts)})\b")


@lru_cache(maxsize=1)
def _naming_verbs() -> re.Pattern[str]:
    return _naming_verb_re()


def _clean_label(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim ``text[start:end]`` to a label: no edge punctuation or quotes, 1-14 words, a lower-case word."""
    while start < end and text[start] in " \t\n“”\"‘’'(":
        start += 1
    while end > start and text[end - 1] in " \t\n“”\"‘’'),.;:!?":
        end -= 1
    label = text[start:end]
    words = label.split()
    if not words or len(words) > 14 or "\n" in label:
        return None
    if not any(w[0].islower() and w.lower() not in _DETERMINERS for w in words if w[0].isalpha()):
        if not any(w.lower().strip("“”\"'’") in _descriptors() for w in words):
            return None
    return start, end


def _has_descriptor(words: Sequence[str]) -> bool:
    return any(w.lower().strip(".,’'“”\"") in _descriptors() for w in words)


def _labels_after(text: str, sentence: Sentence, mention: Mention) -> Label | None:
    """An appositive right after the name: "Mr. Liang, the reclusive chief executive, ..."."""
    match = _APPOSITIVE_RE.match(text, mention.end, sentence.end)
    if not match:
        return None
    np = _NP_STOP_RE.sub("", match.group("np"))
    words = np.split()
    if not words or len(words) > 12 or _REPORTING_RE.search(np) or words[0].lower() in _WALK_STOP:
        return None
    # A label names a role or kind: it holds a descriptor noun, opening the phrase or after a
    # determiner; this keeps out lists of names ("Huawei, Xiaomi and Lenovo") and clauses.
    described = _has_descriptor(words[:8]) and (_DETERMINER_RE.match(np) or _has_descriptor(words[:3]))
    if not described and not _closed_appositive(text, np, match, sentence):
        return None
    span = _clean_label(text, match.start("np"), match.start("np") + len(np))
    return Label(text[span[0]:span[1]], span[0], span[1], sentence.index, "appositive") if span else None


def _closed_appositive(text: str, np: str, match: re.Match[str], sentence: Sentence) -> bool:
    """A short "the/a ..." phrase between commas that is not an item of a list.

    "Boeing, the embattled planemaker, said" is an appositive; "Xi Jinping, the war in
    Ukraine, the Cultural Revolution and ..." is a list: the word after the closing comma
    is a determiner or a capitalised word.
    """
    if not re.match(r"(?:the|a|an)\s", np, re.IGNORECASE) or len(np.split()) > 6:
        return False
    after = re.match(r",\s+([\w’'\-]+)", text[match.end("np"):sentence.end])
    if np != match.group("np") or not after:
        return False
    following = after.group(1)
    return following[0].islower() and following.lower() not in _DETERMINERS | {"and", "or"}


# Tone and labels around a mention are read at most this many characters either side of it.
CONTEXT_WINDOW = 600


def _labels_before(text: str, sentence: Sentence, mention: Mention) -> Label | None:
    # a label is a few words: the window keeps a run-on sentence from being re-read per mention
    window_start = max(sentence.start, mention.start - CONTEXT_WINDOW)
    before = text[window_start:mention.start]
    if before.endswith(", "):
        # "the DeepSeek chief executive, Liang Wenfeng": the nearest determiner opens the phrase.
        for opener in reversed(list(_OPENER_RE.finditer(before))):
            np = before[opener.start("np"):-2]
            if re.search(r"[,;:—–()“”\"]", np) or len(np.split()) > 8:
                break
            if np.split()[-1].lower().strip("’'") in _descriptors():
                start = window_start + opener.start("np")
                span = _clean_label(text, start, start + len(np))
                if span:
                    return Label(text[span[0]:span[1]], span[0], span[1], sentence.index, "before")
                break
    # A descriptor written straight before the name: "tech mogul Elon Musk", "the Communist Party tabloid Global Times".
    words = list(re.finditer(r"[\w’'\-]+", before))
    if not words or before[words[-1].end():] != " ":
        return None
    if words[-1].group().lower() not in _descriptors():
        return None
    first = len(words) - 1
    while first > 0 and len(words) - first < 6:
        previous = words[first - 1]
        word = previous.group()
        if before[previous.end():words[first].start()] != " ":
            break
        lowered = word.lower()
        if lowered in _WALK_STOP or (lowered.endswith(("ing", "ed")) and len(lowered) > 4 and word[0].islower()):
            break
        first -= 1
        if lowered in _DETERMINERS:
            break
    start = window_start + words[first].start()
    end = window_start + words[-1].end()
    span = _clean_label(text, start, end)
    return Label(text[span[0]:span[1]], span[0], span[1], sentence.index, "before") if span else None


# ---------------------------------------------------------------------------
# The entry point


def actors_in(
    articles: Sequence[Article],
    quoted: Sequence[Sequence[tuple[int, int]]] | None = None,
    *,
    min_mentions: int = 2,
    min_articles: int = 2,
) -> StoryActors:
    """The key actors of the story told by ``articles``, and each article's treatment of them.

    ``quoted[i]`` are the quoted-speech spans of ``articles[i]`` (as given to
    ``audit.tone.tone_of``); ``None`` uses the quote-mark fallback. An actor is
    *key* when it has at least ``min_mentions`` mentions in the story, is
    mentioned in at least ``min_articles`` articles, or is given a label.
    """
    articles = list(articles)
    spans_per_article = [
        merge_spans(quote_mark_spans(a) if quoted is None else quoted[i]) for i, a in enumerate(articles)
    ]
    common, capitals = _vocabulary(articles)
    names = [_names_in(article, common, capitals) for article in articles]
    registry = _registry(articles, names, common)
    memo: dict[str, float] = {}

    per_article: list[dict[str, dict]] = []
    for index, article in enumerate(articles):
        table = dict(registry.story)
        table.update({short: target for short, target in registry.local[index].items() if target})
        for short, target in registry.local[index].items():
            if not target:
                table.pop(short, None)
        per_article.append(_treatment(article, table, spans_per_article[index], registry, memo))

    totals: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    labelled: set[str] = set()
    aliases: dict[str, set[str]] = defaultdict(set)
    for found in per_article:
        for name, entry in found.items():
            totals[name] += len(entry["mentions"])
            spread[name] += 1
            aliases[name].update(m.alias for m in entry["mentions"])
            if entry["labels"]:
                labelled.add(name)
    key = sorted(
        (name for name in totals if totals[name] >= min_mentions or spread[name] >= min_articles or name in labelled),
        key=lambda name: (-totals[name], name),
    )
    keep = set(key)
    actors = tuple(
        Actor(
            name=name,
            kind=registry.kinds.get(name, "name"),
            source=registry.sources.get(name, "names"),
            mentions=totals[name],
            articles=spread[name],
            aliases=tuple(sorted(aliases[name])),
        )
        for name in key
    )
    by_article = []
    for article, found in zip(articles, per_article):
        rows = []
        for name in key:
            entry = found.get(name)
            if not entry:
                continue
            rows.append(
                ActorInArticle(
                    actor=name,
                    article=article.id,
                    outlet=article.outlet,
                    aliases=tuple(sorted({m.alias for m in entry["mentions"]})),
                    mentions=tuple(m.mention for m in entry["mentions"]),
                    own=tuple(entry["own"]),
                    quoted=tuple(entry["quoted"]),
                    labels=tuple(entry["labels"]),
                )
            )
        by_article.append(tuple(rows))
    merges = []
    for (alias, actor, rule), where in sorted(registry.merges.items()):
        if actor in keep:
            merges.append(Merge(alias, actor, rule, tuple(sorted(where))))
    for alias, (canonical, _kind) in sorted(lexicon().aliases.items()):
        if canonical in keep and alias != canonical and alias in aliases[canonical]:
            merges.append(Merge(alias, canonical, "alias in lexicons/actors.csv", _articles_using(per_article, articles, canonical, alias)))
    merges.sort(key=lambda m: (m.actor, m.alias, m.rule))
    ambiguous = tuple(sorted(set(registry.ambiguous), key=lambda a: (a.alias, a.article)))
    return StoryActors(actors=actors, by_article=tuple(by_article), merges=tuple(merges), ambiguous=ambiguous)


def _articles_using(per_article: list[dict[str, dict]], articles: Sequence[Article], actor: str, alias: str) -> tuple[str, ...]:
    return tuple(
        sorted(a.id for a, found in zip(articles, per_article) if actor in found and any(m.alias == alias for m in found[actor]["mentions"]))
    )


@dataclass(frozen=True)
class _Found:
    mention: Mention
    actor: str
    alias: str


def _treatment(
    article: Article, table: dict[str, str], quoted: tuple[tuple[int, int], ...], registry: _Registry, memo: dict[str, float]
) -> dict[str, dict]:
    """Mentions, tone contexts and labels of every actor in one article."""
    text = article.text
    if not table:
        return {}
    pattern = _pattern(list(table))
    found: dict[str, dict] = defaultdict(lambda: {"mentions": [], "own": [], "quoted": [], "labels": []})
    by_sentence: dict[int, list[_Found]] = defaultdict(list)
    ordered: list[_Found] = []

    def is_quoted(start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in quoted)

    if article.title_span is not None:
        for match in pattern.finditer(text, article.title_span.start, article.title_span.end):
            actor = table[match.group("alias")]
            item = _Found(Mention(match.start(), match.end(), match.group(), None, is_quoted(match.start(), match.end())), actor, match.group())
            found[actor]["mentions"].append(item)
    for sentence in article.sentences:
        for match in pattern.finditer(text, sentence.start, sentence.end):
            actor = table[match.group("alias")]
            item = _Found(
                Mention(match.start(), match.end(), match.group(), sentence.index, is_quoted(match.start(), match.end())),
                actor,
                match.group(),
            )
            found[actor]["mentions"].append(item)
            by_sentence[sentence.index].append(item)
            ordered.append(item)

    for sentence in article.sentences:
        items = by_sentence.get(sentence.index)
        if not items:
            continue
        inside, outside = split_by_spans(sentence.start, sentence.end, quoted)
        several = len({item.actor for item in items}) > 1
        names = merge_spans((item.mention.start, item.mention.end) for item in items)
        sentence_clauses = clause_spans(text, sentence.start, sentence.end, CONTRAST_CLAUSES) if several else [(sentence.start, sentence.end)]
        seen: set[tuple[str, str, tuple[tuple[int, int], ...]]] = set()
        for item in items:
            start, end = next(((a, b) for a, b in sentence_clauses if a <= item.mention.start < b), (sentence.start, sentence.end))
            # a run-on "sentence" of 100,000 characters mentioning an actor thousands of times made
            # this quadratic; real sentences are far shorter than the window (the seeds' longest: 388)
            start, end = max(start, item.mention.start - CONTEXT_WINDOW), min(end, item.mention.end + CONTEXT_WINDOW)
            voice = "quoted" if item.mention.quoted else "own"
            pieces = tuple(
                piece
                for p in _within(inside if item.mention.quoted else outside, start, end)
                for piece in split_by_spans(p[0], p[1], names)[1]
                if has_letter(text, piece[0], piece[1])
            )
            if not pieces or (item.actor, voice, pieces) in seen:
                continue
            seen.add((item.actor, voice, pieces))
            scored = joined(text, pieces)
            if scored not in memo:
                memo[scored] = analyzer().polarity_scores(scored)["compound"]
            found[item.actor][voice].append(ToneContext(sentence.index, voice, pieces, memo[scored], several))
        for item in items:
            for label in (_labels_after(text, sentence, item.mention), _labels_before(text, sentence, item.mention)):
                if label is not None:
                    found[item.actor]["labels"].append(label)
    described = {actor: [label.text for label in entry["labels"]] for actor, entry in sorted(found.items())}
    for actor, label in _naming_verb_labels(article, ordered, registry, described):
        found[actor]["labels"].append(label)

    result = {}
    for actor, entry in found.items():
        labels: dict[str, Label] = {}
        for label in sorted(entry["labels"], key=lambda l: (l.start, l.end, l.rule)):
            labels.setdefault(label.text.lower(), label)
        result[actor] = {
            "mentions": sorted(entry["mentions"], key=lambda f: (f.mention.start, f.mention.end)),
            "own": entry["own"],
            "quoted": entry["quoted"],
            "labels": sorted(labels.values(), key=lambda l: (l.start, l.end)),
        }
    return result


def _naming_verb_labels(
    article: Article, ordered: list[_Found], registry: _Registry, described: dict[str, list[str]]
) -> list[tuple[str, Label]]:
    """Labels given by naming verbs, with the actor they are given to.

    Active voice names its object: "labeled him a 'technical idealist'" (him → the
    nearest person named before), "dubbed Liang a hero". Without an object the verb
    must be passive or a participle ("he's being hailed as ...", "Baidu, dubbed ..."),
    and the label goes to the subject: the last actor named before it in the clause,
    or the person a "he"/"she" there stands for. A role noun as subject ("a founder
    now being celebrated as ...") goes to the one actor of the article whose other
    labels hold that noun ("the 40-year-old founder of DeepSeek"); if several do, to none.
    """
    text = article.text
    out: list[tuple[str, Label]] = []
    for sentence in article.sentences:
        for verb in _naming_verbs().finditer(text, sentence.start, sentence.end):
            rest_start = verb.end()
            target: str | None = None
            obj = _OBJECT_PRONOUN_RE.match(text, rest_start, sentence.end)
            following = next((f for f in ordered if rest_start < f.mention.start <= rest_start + 1), None)
            if obj:
                if obj.group(1) not in ("him", "her"):
                    continue
                rest_start = obj.end()
                target = _person_before(ordered, registry, obj.start(1), sentence.index)
            elif following is not None:
                target, rest_start = following.actor, following.mention.end
            else:
                clause_start = next(
                    (a for a, b in clause_spans(text, sentence.start, sentence.end, CONTRAST_CLAUSES) if a <= verb.start() < b), sentence.start
                )
                before = [f for f in ordered if clause_start <= f.mention.start and f.mention.end <= verb.start()]
                subject_end = before[-1].mention.end if before else clause_start
                gap = text[subject_end:verb.start()]
                pronoun = _PERSON_PRONOUN_RE.search(gap)
                between = gap[pronoun.end():] if pronoun else gap
                role = None if pronoun else _role_subject(gap)
                if role is not None:
                    between = gap[role[1]:]
                if not _PASSIVE_GAP_RE.fullmatch(between):
                    continue  # active voice with the namer as subject: "Cantwell called the failures ..."
                if role is not None:
                    noun = role[0]
                    holders = sorted(a for a, texts in described.items() if any(noun in t.lower().split() for t in texts))
                    target = holders[0] if len(holders) == 1 else None
                elif pronoun:
                    target = _person_before(ordered, registry, subject_end + pronoun.start(), sentence.index)
                elif before:
                    target = before[-1].actor
            if not target:
                continue
            label = _naming_verb_phrase(text, rest_start, sentence)
            if label is not None:
                out.append((target, label))
    return out


def _role_subject(gap: str) -> tuple[str, int] | None:
    """The last "a/the (adjectives) <descriptor>" in ``gap`` as (noun, end offset): a subject named by its role."""
    last = None
    for determiner in _ROLE_RE.finditer(gap):
        for word in _ROLE_WORD_RE.finditer(gap, determiner.end(), min(len(gap), determiner.end() + 40)):
            if word.group().lower() in _descriptors():
                last = (word.group().lower(), word.end())
    return last


def _person_before(ordered: list[_Found], registry: _Registry, position: int, sentence: int) -> str | None:
    """The nearest person named before ``position``, in this sentence or the three before it."""
    for item in reversed(ordered):
        if item.mention.start >= position:
            continue
        if item.mention.sentence is None or item.mention.sentence < sentence - 3:
            break
        if registry.kinds.get(item.actor) == "person":
            return item.actor
    return None


def _naming_verb_phrase(text: str, start: int, sentence: Sentence) -> Label | None:
    window_end = min(sentence.end, start + 90)
    window = text[start:window_end]
    quoted = _QUOTED_RE.search(window)
    if quoted and _LABEL_LEAD_RE.fullmatch(window[: quoted.start()]):
        a, b = start + quoted.start(1), start + quoted.end(1)
        span = _clean_label(text, a, b)
        return Label(text[span[0]:span[1]], span[0], span[1], sentence.index, "naming verb") if span else None
    clause = re.split(r"[,;:.!?—–()]", window, maxsplit=1)[0]
    clause = _NP_CUT_RE.sub("", clause)
    if len(clause.split()) > 8:
        return None
    offset = start + (len(window) - len(window.lstrip()))
    span = _clean_label(text, offset, start + len(clause))
    return Label(text[span[0]:span[1]], span[0], span[1], sentence.index, "naming verb") if span else None
