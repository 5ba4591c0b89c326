"""Labels: the noun phrases an article attaches to an actor, whole, with their offsets.

Four patterns of news naming (Bell 1991, "The Language of News Media", ch. 9):

- ``title``: the office the name finder splits from the name, with the words that
  modify it before it ("former Secretary of State", "the embattled House Speaker",
  "then-Secretary of State");
- ``before``: a descriptor written straight before the name ("tech mogul Elon Musk",
  "the Communist Party tabloid Global Times") or before it and a comma ("the DeepSeek
  chief executive, Liang Wenfeng");
- ``appositive``: a noun phrase between commas after the name, past a party-and-state
  tag ("Mr. Liang, the reclusive chief executive,", "Boeing, the embattled planemaker,");
- ``naming verb``: "labeled him a 'technical idealist'", "hailed as one of the 'three AI
  heroes'" (him/he stands for the nearest person named before).

A label is a whole phrase: it starts on a word, never inside a possessive ("Trump’s
proposal" gives Trump no label "s proposal") and never across a quote mark or a dash; a
phrase before a name stops at a function word ("sent under Ambassador", "what Vice
Chairman") and at a lower-case word before a capitalised one that is no modifier ("met
Obama aide").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ...model import Article, Sentence
from ...text import CONTRAST_CLAUSES, alternation, clause_spans, roles_no_evidence, roles_of, speech_verbs, stopwords, title_words, titles
from .lexicon import ActorLexicon, actor_lexicon
from .mentions import Occurrence
from .results import Label

# Labels are read at most this many characters either side of a mention.
CONTEXT_WINDOW = 600
MAX_BEFORE_WORDS = 8


@dataclass(frozen=True)
class Named:
    """An occurrence and the actor it was counted for."""

    occurrence: Occurrence
    actor: str


def labels_in(article: Article, named: Sequence[Named], kinds: dict[str, str]) -> list[tuple[str, Label]]:
    """Every label of ``article``, with the actor it is given to (see the module docstring)."""
    lexicon = actor_lexicon()
    text = article.text
    out: list[tuple[str, Label]] = []
    for item in named:
        o = item.occurrence
        if o.sentence is None:
            continue
        sentence = article.sentences[o.sentence]
        # "embattled Boeing"; not "moderate Democrats" (some Democrats) nor "former East Germany"
        person_or_organisation = kinds.get(item.actor) in ("person", "organization", "unknown")
        for label in (
            _title_label(text, sentence, o, lexicon),
            _before_label(text, sentence, o, lexicon, alone=person_or_organisation),
            _appositive(text, sentence, o, lexicon),
        ):
            if label is not None:
                out.append((item.actor, label))
    described = {}
    for actor, label in out:
        described.setdefault(actor, []).append(label.text)
    out.extend(_naming_verb_labels(article, named, kinds, {a: described[a] for a in sorted(described)}, lexicon))
    return out


# -- words -------------------------------------------------------------------------------------

def kind_from_labels(labels: Iterable[Label]) -> str:
    """The kind of actor that labels name by their heads: "person" for a role of a person
    (``speaker_roles.csv``'s rows of kind person, and the offices of ``titles.csv``: "a conservative
    radio host based in Portland", "Meituan founder", "government relations director for FAIR"),
    "organization" for a body ("the environmental advocacy group"); "" when no label says, or when
    labels say both. The head is the phrase's last word before its first preposition or relative
    word, past a participle ("host" of "a radio host based in Portland"; "site" of "the federal
    sign-up site", which names no role). A naming verb's label is left out: "called him a
    'dictator'" is a charge, not a description."""
    roles = _role_kinds()
    found = set()
    for label in labels:
        if label.rule == "naming verb":
            continue
        words = [w.lower().strip(".,’'") for w in _WORD_RE.findall(label.text)]
        cut = next((k for k, w in enumerate(words) if k and (w in _PREPOSITIONS or w in _RELATIVE_WORDS)), len(words))
        while cut > 1 and _PARTICIPLE_RE.fullmatch(words[cut - 1]):
            cut -= 1
        heads = [tuple(words[cut - length:cut]) for length in (3, 2, 1) if cut >= length]
        kind = next((roles[head] for head in heads if head in roles), "")  # the longest role ending at the head
        if kind:
            found.add(kind)
    return found.pop() if len(found) == 1 else ""


_PARTICIPLE_RE = re.compile(r"[a-z\-]{3,}(?:ed|ing)")
_RELATIVE_WORDS = frozenset({"who", "whose", "which", "that", "where", "when"})


@lru_cache(maxsize=1)
def _role_kinds() -> dict[tuple[str, ...], str]:
    # a role that names people and firms alike, or things ("a software developer", "the market leader", "an AI
    # agent"), says nothing: roles_no_evidence.txt; a longer role ending in one ("majority leader") still does
    kinds = {words: "person" for words, title in titles().items() if title.type == "office"}
    kinds.update((words, "person") for words in roles_of("person"))
    kinds.update((words, "organization") for words in roles_of("organization"))
    for words in roles_no_evidence():
        kinds.pop(words, None)
    return kinds


_WORD_RE = re.compile(r"[A-Za-z0-9][\w’'\-.]*")
_DETERMINERS = frozenset({"the", "a", "an"})
_PARTICLES = frozenset({"out", "off", "up", "down", "back", "away", "over", "in", "on", "for"})
_PREPOSITIONS = frozenset("in at for by on with from to of as into under over near since during about after before".split())
_POSSESSORS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
_WALK_STOP = frozenset(
    """by with from to of in on at for as and or but that this these those is was are were be been being has have
    had than into toward towards told said says wrote after before when while during between among about against
    like including led not no also which who whom whose where what under over says added asked""".split()
)
# a lower-case word before a capitalised one inside a phrase before a name is a modifier only in these shapes
_ADJECTIVE_RE = re.compile(r"[a-z]+(?:al|ic|ive|ous|ary|ian|ish|ful|less|ern|ist)|[a-z0-9]+(?:-[a-z0-9]+)+")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return (stopwords() | _WALK_STOP) - _DETERMINERS - _POSSESSORS


def _is_descriptor(word: str, lexicon: ActorLexicon) -> bool:
    """A descriptor noun written as one: "founder", "CEO"; a capitalised "Administration" is part of a name."""
    word = word.strip(".,’'“”\"")
    if word in lexicon.proper_descriptors:
        return True  # "the ranking Democrat on the House Intelligence Committee"
    return word.lower() in lexicon.descriptors and not (word[:1].isupper() and not word.isupper())


def _word_start(text: str, start: int) -> bool:
    """``start`` opens a word: no letter, digit or apostrophe right before it."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "’'")


def _clean_label(text: str, start: int, end: int, lexicon: ActorLexicon) -> tuple[int, int] | None:
    """Trim ``text[start:end]`` to a label: no edge punctuation or quotes, 1-14 words, a lower-case word
    or a descriptor; ``None`` when it is no whole phrase."""
    while start < end and text[start] in " \t\n“”\"‘’'(":
        start += 1
    while end > start and text[end - 1] in " \t\n“”\"‘’'),.;:!?":
        end -= 1
    label = text[start:end]
    words = label.split()
    if not words or len(words) > 14 or not _whole(text, start, end):
        return None  # across a quote mark or a dash, or inside a word: a fragment
    if not any(w[0].islower() and w.lower() not in _DETERMINERS for w in words if w[0].isalpha()):
        if not any(_is_descriptor(w, lexicon) for w in words):
            return None
    return start, end


# -- before the name: the title and what modifies it -------------------------------------------


def _phrase_start(text: str, floor: int, at: int, lexicon: ActorLexicon) -> tuple[int, str]:
    """Where the noun phrase ending at ``at`` starts, and the word that stopped the walk ("" at
    punctuation). Walk back over modifiers: a determiner ends the phrase, a possessive takes its
    possessor's name and determiner ("the Democratic Party’s", "the state’s"); a function word,
    punctuation or a verb stops it; "of" after an office or a descriptor belongs to it ("former
    secretary of state Colin L. Powell"). In English the nouns that modify a head come after its
    adjectives, so a lower-case word that is no modifier ends the phrase before an adjective or a
    capitalised word ("met Obama aide", "the pullout follows acting White House Chief of Staff")."""
    if at >= 2 and text[at - 1] == "-":
        prefix = re.search(r"(?<![\w’'])[a-z]+-$", text[max(floor, at - 12):at])
        if prefix:
            at -= len(prefix.group())  # "then-Secretary", "ex-Gov."
    start = at
    taken = 0
    window = text[max(floor, at - 120):at]
    offset = at - len(window)
    words = list(_WORD_RE.finditer(window))
    following = "capital" if text[at:at + 1].isupper() else "noun"
    possessor = False
    for index in range(len(words) - 1, -1, -1):
        match = words[index]
        if offset + match.end() != start - 1 or text[start - 1] != " " or taken >= MAX_BEFORE_WORDS:
            return start, ""
        word = match.group()
        lower = word.lower()
        if lower in _DETERMINERS or lower in _POSSESSORS:
            return offset + match.start(), ""
        if possessor and not word[0].isupper():
            return start, lower
        if lower.endswith(("’s", "'s")):
            possessor = True  # then only the possessor's name and its determiner
        elif lower == "of":
            head = words[index - 1].group().lower().rstrip(".") if index else ""
            if not (head in lexicon.descriptors or head in title_words()):
                return start, "of"
        elif lower in _stop_words() or lower.rstrip(".") in _stop_words():
            return start, lower
        elif word[0].islower():
            descriptor = lower in lexicon.descriptors
            modifier = lower in lexicon.modifiers or bool(_ADJECTIVE_RE.fullmatch(lower))
            if not (descriptor or modifier) and following in ("capital", "modifier"):
                return start, lower
            if lower.endswith(("ed", "ing")) and len(lower) > 4 and not (descriptor or modifier):
                return start, lower
            following = "modifier" if modifier and not descriptor else "noun"
        else:
            following = "capital"
        start = offset + match.start()
        taken += 1
    return start, ""


def _title_label(text: str, sentence: Sentence, o: Occurrence, lexicon: ActorLexicon) -> Label | None:
    """The office before the name with what modifies it: "former Secretary of State"."""
    name = o.name
    if name is None or name.title_span is None or (name.honorific and name.title == name.honorific):
        return None
    title_start, title_end = name.title_span
    if title_start < sentence.start:
        return None
    start, _ = _phrase_start(text, max(sentence.start, title_start - CONTEXT_WINDOW), title_start, lexicon)
    if not _whole(text, start, title_end):
        start = title_start
        if not _whole(text, start, title_end):
            return None
    return Label(text[start:title_end], start, title_end, sentence.index, "title")


def _whole(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is one phrase: on word boundaries, one line, no quote mark or dash inside."""
    phrase = text[start:end]
    return (
        bool(phrase.strip()) and _word_start(text, start) and text[start].isalnum() and "\n" not in phrase
        and not any(mark in phrase for mark in "“”\"—–") and "--" not in phrase and not _OPENING_QUOTE_RE.search(phrase)
        and not _GLUED_RE.search(phrase)
    )


def _before_label(text: str, sentence: Sentence, o: Occurrence, lexicon: ActorLexicon, *, alone: bool) -> Label | None:
    """A descriptor written before the name: "tech mogul Elon Musk"; or before it and a comma:
    "the DeepSeek chief executive, Liang Wenfeng"; with ``alone``, a premodifier without a noun
    ("embattled Boeing said"; not for groups: "moderate Democrats" are some Democrats)."""
    if o.name is not None and o.name.title_span is not None:
        return None  # the title is the label; a descriptor before it is part of it
    floor = max(sentence.start, o.start - CONTEXT_WINDOW)
    before = text[floor:o.start]
    possessive = o.name is not None and o.name.possessive
    # an apposition closes after the name: "the DeepSeek chief executive, Liang Wenfeng, visiting"; not
    # "During his 2020 presidential campaign, Biden vowed", "the CIA chief, Zuckoff said"
    if before.endswith(", ") and not possessive and _CLOSED_AFTER_RE.match(text, _after_attributes(text, o)):
        for opener in reversed(list(_OPENER_RE.finditer(before))):
            np = before[opener.start("np"):-2]
            if re.search(r"[,;:—–()“”\"]", np) or len(np.split()) > 8:
                break
            if _is_descriptor(np.split()[-1], lexicon):
                start = floor + opener.start("np")
                span = _clean_label(text, start, start + len(np), lexicon)
                if span:
                    return Label(text[span[0]:span[1]], span[0], span[1], sentence.index, "before")
                break
    if possessive and re.match(r"['’]s\s+[A-Z]", text[o.end:o.end + 4]):
        return None  # "the immigration advocacy group America's Voice": the group is America's Voice
    last = re.search(r"([A-Za-z][\w’'\-]*) $", before)
    if not last or last.group(1)[0].isupper():
        return None  # a capitalised word before a name is part of a title or of another name
    office = _OFFICE_OF_RE.search(before)
    if office and office.group(1) in title_words():
        last = office  # "former secretary of state Colin L. Powell": an office in lower case
    elif not _is_descriptor(last.group(1), lexicon):
        if not alone or last.group(1).lower() not in lexicon.premodifiers or possessive or not _ENDS_PHRASE_RE.match(text, o.end):
            return None  # "a long-time Nevada senator", "former CIA officers": the modifier is of the noun after the name
    end = floor + last.end()
    start, stop = _phrase_start(text, floor, floor + last.start(1), lexicon)
    if stop in _VERB_BEFORE and start == floor + last.start(1):
        return None  # "will host George Floyd’s family": a verb
    span = _clean_label(text, start, end, lexicon)
    return Label(text[span[0]:span[1]], span[0], span[1], sentence.index, "before") if span else None


# -- after the name: appositives ---------------------------------------------------------------

# words glued by a page's debris ("14PMBuddiesASSOCIATED PRESSOhio Gov.", "FlagShareLikeReplyPaige")
_GLUED_RE = re.compile(r"[a-z][A-Z]{4,}|[A-Z]{4,}[a-z]|(?:[a-z][A-Z][a-z]*){3,}|\d[A-Z]{2}[a-z]")
_OPENING_QUOTE_RE = re.compile(r"(?:^|\s)['‘]")
_OFFICE_OF_RE = re.compile(r"\b([a-z]+) of (?:the )?(?!(?:the|a|an) $)[a-z]+ $")
_CLOSED_AFTER_RE = re.compile(r"\s*(?:[,;:)]|[.!?](?:\s|$)|$)")
# after a name that a premodifier alone may label: punctuation or a function word ("embattled Boeing said")
_ENDS_PHRASE_RE = re.compile(r"\s*[,.;:!?)]|\s+(?:said|says|told|has|had|have|is|was|were|are|will|would|did|does|and|or|but|who|which|to|in|on|at|for|of|with)\b")
# a descriptor alone after these is a verb: "to host", "will head", "would chair"
_VERB_BEFORE = frozenset({"to", "will", "would", "can", "could", "should", "must", "may", "might", "did", "does", "do", "shall"})
_APPOSITIVE_RE = re.compile(r",\s+(?P<np>[^,;:—–()“”\"\[\]]{2,160}?)(?=\s*(?:,|;|:|—|–|\)|\.(?:\s|$)|$))")
_OPENER_RE = re.compile(r"(?:^|(?<=[\s(]))(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s)")
_NP_STOP_RE = re.compile(r"\s+(?:who|whose|which|that|where|when)\b.*$", re.DOTALL)
# a verb of saying makes the phrase a clause, no label (", the official said,"); speech_verbs.csv, "appositive"
_REPORTING_RE = re.compile(rf"\b{alternation(speech_verbs('appositive'))}\b")
_DETERMINER_RE = re.compile(r"^(?:the|a|an|his|her|its|their|[\w\-]+['’]s)\s", re.IGNORECASE)


def _appositive(text: str, sentence: Sentence, o: Occurrence, lexicon: ActorLexicon) -> Label | None:
    """A noun phrase between commas right after the name: "Mr. Liang, the reclusive chief executive,"."""
    if o.name is not None and o.name.possessive:
        return None
    match = _APPOSITIVE_RE.match(text, _after_attributes(text, o), sentence.end)
    if not match:
        return None
    np = _NP_STOP_RE.sub("", match.group("np"))
    words = np.split()
    if not words or len(words) > 12 or _REPORTING_RE.search(np) or words[0].lower() in _WALK_STOP:
        return None
    # A label names a role or kind: it holds a descriptor noun, opening the phrase or after a
    # determiner; this keeps out lists of names ("Huawei, Xiaomi and Lenovo") and clauses.
    described = any(_is_descriptor(w, lexicon) for w in words[:8]) and (_DETERMINER_RE.match(np) or any(_is_descriptor(w, lexicon) for w in words[:3]))
    if not described and not _closed_appositive(text, np, match, sentence):
        return None
    if _clause_after_head(words, lexicon):
        return None  # "the Judiciary Committee, the president hopes obstruction would ...": a clause, no label
    span = _clean_label(text, match.start("np"), match.start("np") + len(np), lexicon)
    return Label(text[span[0]:span[1]], span[0], span[1], sentence.index, "appositive") if span else None


def _after_attributes(text: str, o: Occurrence) -> int:
    """Where the text after a name resumes, past its party-and-state tag ("(R-Ky.)") and "of Delaware"."""
    after = o.end
    name = o.name
    for span in (name.tag_span, name.origin_span) if name is not None else ():
        if span is not None and span[0] >= o.end:
            after = max(after, span[1])
    return after + 1 if after > o.end and text.startswith(")", after) else after


def _clause_after_head(words: Sequence[str], lexicon: ActorLexicon) -> bool:
    """A verb after the phrase's last descriptor ("the president hopes obstruction would ...", "the
    governor ordered such a quarantine"): a noun phrase goes on with a preposition, or with a
    participle and its preposition ("the chatbot from Baidu", "a tech worker based in Shenzhen",
    "professor emeritus at the University of Chicago")."""
    heads = [k for k, word in enumerate(words[:-2]) if _is_descriptor(word, lexicon)]
    if not heads:
        return False
    verb, after = words[heads[-1] + 1], words[heads[-1] + 2].lower()
    if not verb[:1].islower() or verb in _stop_words() or _is_descriptor(verb, lexicon) or after in _PREPOSITIONS:
        return False
    present = verb.endswith("s") and not verb.endswith("ss") and after not in _stop_words()
    past = verb.endswith("ed") and len(verb) > 4
    return present or past


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


# -- naming verbs ------------------------------------------------------------------------------

_QUOTED_RE = re.compile(r"[“\"‘']([^“”\"‘’']{1,80})[”\"’']")
# Words that may stand between a naming verb and a quoted label: "as one of the 'three AI heroes'".
_LABEL_LEAD_RE = re.compile(r"(?:\s|\b(?:as|a|an|the|one|of|more|most|his|her|its|their|so-called|something|like)\b)*")
_NP_CUT_RE = re.compile(
    r"\s+(?:for|by|in|on|at|from|after|because|since|over|with|amid|during|who|which|that|than|to|and)\b.*$", re.DOTALL
)
_RELATIVE_RE = re.compile(r"\b(?:which|that|what)\b")
_PERSON_PRONOUN_RE = re.compile(r"\b(?:he|she|He|She)\b")
_ROLE_RE = re.compile(r"\b(?:the|a|an)\s", re.IGNORECASE)
_ROLE_WORD_RE = re.compile(r"[\w\-]+")
_OBJECT_PRONOUN_RE = re.compile(r"\s+(him|her|it|them)\b")
# Between a subject and a passive or participial naming verb: auxiliaries, adverbs, commas.
_PASSIVE_GAP_RE = re.compile(
    r"(?:[\s,]|['’]s\b|\b(?:is|was|were|are|be|been|being|has|have|had|now|also|widely|often|once|"
    r"later|already|even|sometimes|frequently|since|increasingly|repeatedly|recently|long|then)\b)*"
)


@lru_cache(maxsize=1)
def _naming_verbs() -> re.Pattern[str]:
    parts = []
    for verb in actor_lexicon().naming_verbs:
        head, _, tail = verb.partition(" ")
        if tail == "as":
            parts.append(rf"{re.escape(head)}(?:\s+by\s+[^,.;:“”\"]{{1,60}}?)?\s+as")
        else:
            parts.append(re.escape(verb))
    return re.compile(rf"\b(?:{'|'.join(parts)})\b")


def _naming_verb_labels(
    article: Article, named: Sequence[Named], kinds: dict[str, str], described: dict[str, list[str]], lexicon: ActorLexicon
) -> list[tuple[str, Label]]:
    """Labels given by naming verbs, with the actor they are given to.

    Active voice names its object: "labeled him a 'technical idealist'" (him → the
    nearest person named before), "dubbed Liang a hero". Without an object the verb
    must be passive or a participle ("he's being hailed as ...", "Baidu, dubbed ..."),
    and the label goes to the subject: the last actor named before it in the clause,
    or the person a "he"/"she" there stands for. A role noun as subject ("a founder
    now being celebrated as ...") goes to the one actor of the article whose other
    labels hold that noun ("the 40-year-old founder of DeepSeek"); if several do, to none.
    An actor written with a possessive after the verb is no object ("called Trump’s
    proposal"): the verb gives no label.
    """
    text = article.text
    ordered = [n for n in named if n.occurrence.sentence is not None]
    starts = [n.occurrence.start for n in ordered]  # in text order: found by bisection, not by a scan per verb
    out: list[tuple[str, Label]] = []
    for sentence in article.sentences:
        for verb in _naming_verbs().finditer(text, sentence.start, sentence.end):
            rest_start = verb.end()
            target: str | None = None
            obj = _OBJECT_PRONOUN_RE.match(text, rest_start, sentence.end)
            at = bisect_right(starts, rest_start)
            following = ordered[at] if at < len(ordered) and starts[at] <= rest_start + 1 else None
            if obj:
                if obj.group(1) not in ("him", "her"):
                    continue
                rest_start = obj.end()
                target = _person_before(ordered, starts, kinds, obj.start(1), sentence.index)
            elif following is not None:
                name = following.occurrence.name
                if (name is not None and name.possessive) or verb.group().split()[-1] == "as":
                    continue  # "called Trump’s proposal"; "known as Medicare Advantage plans": the name is the label
                target, rest_start = following.actor, following.occurrence.end
            else:
                clause_start = next(
                    (a for a, b in clause_spans(text, sentence.start, sentence.end, CONTRAST_CLAUSES) if a <= verb.start() < b), sentence.start
                )
                before = [
                    n for n in ordered[bisect_left(starts, clause_start):bisect_left(starts, verb.start())] if n.occurrence.end <= verb.start()
                ]
                subject_end = before[-1].occurrence.end if before else clause_start
                gap = text[subject_end:verb.start()]
                if _RELATIVE_RE.search(gap) or _RELATIVE_RE.search(text, max(clause_start, subject_end - 60), subject_end):
                    continue  # "a server, which he described as ...", "what Mr. Baertschiger called ...": the label is the thing's
                pronoun = _PERSON_PRONOUN_RE.search(gap)
                between = gap[pronoun.end():] if pronoun else gap
                role = None if pronoun else _role_subject(gap, lexicon)
                if role is not None:
                    between = gap[role[1]:]
                if not _PASSIVE_GAP_RE.fullmatch(between):
                    continue  # active voice with the namer as subject: "Cantwell called the failures ..."
                if role is not None:
                    noun = role[0]
                    holders = sorted(a for a, texts in described.items() if any(noun in t.lower().split() for t in texts))
                    target = holders[0] if len(holders) == 1 else None
                elif pronoun:
                    target = _person_before(ordered, starts, kinds, subject_end + pronoun.start(), sentence.index)
                elif before:
                    target = before[-1].actor
            if not target:
                continue
            label = _naming_verb_phrase(text, rest_start, sentence, lexicon)
            if label is not None:
                out.append((target, label))
    return out


def _role_subject(gap: str, lexicon: ActorLexicon) -> tuple[str, int] | None:
    """The last "a/the (adjectives) <descriptor>" in ``gap`` as (noun, end offset): a subject named by its role."""
    last = None
    for determiner in _ROLE_RE.finditer(gap):
        for word in _ROLE_WORD_RE.finditer(gap, determiner.end(), min(len(gap), determiner.end() + 40)):
            if word.group().lower() in lexicon.descriptors:
                last = (word.group().lower(), word.end())
    return last


def _person_before(ordered: Sequence[Named], starts: Sequence[int], kinds: dict[str, str], position: int, sentence: int) -> str | None:
    """The nearest person named before ``position``, in this sentence or the three before it."""
    for index in range(bisect_left(starts, position) - 1, max(-1, bisect_left(starts, position) - 200), -1):
        item = ordered[index]
        o = item.occurrence
        if o.sentence is None or o.sentence < sentence - 3:
            break
        if kinds.get(item.actor) == "person":
            return item.actor
    return None


def _naming_verb_phrase(text: str, start: int, sentence: Sentence, lexicon: ActorLexicon) -> Label | None:
    window_end = min(sentence.end, start + 90)
    window = text[start:window_end]
    quoted = _QUOTED_RE.search(window)
    if quoted and _LABEL_LEAD_RE.fullmatch(window[: quoted.start()]):
        a, b = start + quoted.start(1), start + quoted.end(1)
        span = _clean_label(text, a, b, lexicon)
        return Label(text[span[0]:span[1]], span[0], span[1], sentence.index, "naming verb") if span else None
    clause = re.split(r"[,;:.!?—–()]", window, maxsplit=1)[0]
    clause = _NP_CUT_RE.sub("", clause)
    words = clause.split()
    if not words or len(words) > 8 or words[0].lower() in _stop_words() or words[0].lower() in _PARTICLES:
        return None  # "called out Ocasio-Cortez", "called for a ban": a phrasal verb, no naming
    if len(words) == 1 and words[0].endswith("ed"):
        return None  # a verb, no label
    offset = start + (len(window) - len(window.lstrip()))
    span = _clean_label(text, offset, start + len(clause), lexicon)
    return Label(text[span[0]:span[1]], span[0], span[1], sentence.index, "naming verb") if span else None
