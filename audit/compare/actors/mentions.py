"""Where each article names someone: the name finder's mentions and the alias lexicon's phrases,
placed in their sentences, before they are merged into actors."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ...lexicons import word_set
from ...model import Article
from ...text import NameMention, Vocabulary, find_names, is_acronym, is_speech_verb, name_problem, stopwords, title_words, titles
from .lexicon import ActorLexicon, alias_key


@dataclass(frozen=True)
class Occurrence:
    """One name written in one article: ``text == article.text[start:end]``.

    ``alias`` is how the outlet names it, with an honorific ("Mr. Liang"); ``sentence``
    the body sentence, ``None`` in the headline; ``heading`` whether it stands in the
    headline or a heading line; ``name`` the finder's mention (``None`` for a phrase of
    the alias lexicon); ``canonical`` the lexicon actor it is an alias of, or ``""``;
    ``introduced`` whether it is that actor as an acronym the article introduced for it.
    """

    article: int
    start: int
    end: int
    text: str
    alias: str
    sentence: int | None
    heading: bool
    name: NameMention | None
    canonical: str
    introduced: bool = False


def occurrences(article_index: int, article: Article, vocabulary: Vocabulary, lexicon: ActorLexicon) -> list[Occurrence]:
    """Every name of ``article`` inside its headline or a body sentence, in text order."""
    text = article.text
    starts = [s.start for s in article.sentences]
    title = article.title_span

    headline_like: dict[int, bool] = {}

    def place(start: int, end: int) -> tuple[bool, int | None, bool]:
        """(inside the headline or a sentence, sentence index, heading)."""
        if title is not None and title.start <= start and end <= title.end:
            return True, None, True
        at = bisect_right(starts, start) - 1
        if at >= 0 and end <= article.sentences[at].end:
            if at not in headline_like:
                sentence = article.sentences[at]
                headline_like[at] = sentence.is_heading or _title_case(sentence.text, vocabulary)
            return True, at, headline_like[at]
        return False, None, False

    phrases: list[Occurrence] = []
    if lexicon.phrases is not None:
        for match in lexicon.phrases.finditer(text):
            inside, sentence, heading = place(match.start(), match.end())
            canonical = lexicon.aliases[match.group()][0]
            if inside and not (lexicon.kinds[canonical] == "institution" and _names_another(text, match.end(), lexicon)) and not (
                lexicon.kinds[canonical] == "party" and _party_adjective(text, match.end())
            ):
                phrases.append(Occurrence(article_index, match.start(), match.end(), match.group(), match.group(), sentence, heading, None, canonical))
    found: list[Occurrence] = []
    introduced: tuple[int, str] | None = None  # (end, acronym) of the last name introducing one
    # an acronym the article introduces in parentheses is the actor of the name it follows: "Department of
    # Transportation (DOT)" makes "DOT" the lexicon's department, "Department of Human Services (DHS)" keeps
    # "DHS" from the lexicon's Homeland Security
    acronyms: dict[str, str] = {}
    previous: tuple[int, str, str] | None = None  # (end, lexicon actor or "", kind) of the last name
    for mention in find_names(text, vocabulary=vocabulary):
        written = mention.text.replace(".", "")
        # a person introduces no acronym: "Ann Ortiz (DOJ) said" gives her affiliation
        if previous and previous[2] != "person" and is_acronym(mention.text, longest=6) and _INTRODUCING_RE.fullmatch(text, previous[0], mention.start):
            acronyms.setdefault(written, previous[1])
        if introduced and written == introduced[1] and text[introduced[0]:mention.start].strip() == "(":
            continue  # "(EPA)" right after "Environmental Protection Agency": the name's attribute, not a mention
        introduced = (mention.end, mention.acronym) if mention.acronym else None
        canonical = _canonical(mention, lexicon)
        if canonical and lexicon.kinds[canonical] == "institution" and (mention.title or _names_another(text, mention.end, lexicon)):
            canonical = ""  # "Secretary of the Treasury": a portfolio after a title; "Treasury yields"
        by_introduction = written in acronyms and acronyms[written] != canonical
        canonical = acronyms.get(written, canonical)
        if mention.acronym:
            acronyms.setdefault(mention.acronym.replace(".", ""), canonical)
        previous = (mention.end, canonical, mention.kind)
        if canonical and lexicon.kinds[canonical] == "party" and _party_adjective(text, mention.end):
            continue  # "GOP candidates", "GOP Sen. Tom Lee": the party's name as its adjective, as "Republican" is
        if not canonical and (name_problem(mention.text) or _no_actor(mention) or _portfolio(text, mention) or _GLUED_RE.search(mention.text)):
            continue  # never an actor: a month, a party tag, a title alone ("US" is, as an alias of the lexicon)
        inside, sentence, heading = place(mention.start, mention.end)
        if not inside:
            continue
        alias = f"{mention.title} {mention.text}" if mention.honorific and mention.title == mention.honorific else mention.text
        found.append(Occurrence(article_index, mention.start, mention.end, mention.text, alias, sentence, heading, mention, canonical, by_introduction and bool(canonical)))
    if not phrases:
        return found
    # a lexicon phrase wins over the names inside it ("U.S. government"); a longer name wins over a
    # phrase inside it or overlapping it
    starts = [n.start for n in found]
    longest = max((n.end - n.start for n in found), default=0)
    kept = [p for p in phrases if not any(_overlaps(p, n) and not _within(n, p) for n in _around(found, starts, longest, p))]
    inside = {id(n) for p in kept for n in _around(found, starts, longest, p) if _within(n, p)}
    return sorted([n for n in found if id(n) not in inside] + kept, key=lambda o: (o.start, o.end))


def _around(found: list[Occurrence], starts: list[int], longest: int, phrase: Occurrence) -> list[Occurrence]:
    """The names that may overlap ``phrase``: those starting at most ``longest`` characters before it."""
    return found[bisect_right(starts, phrase.start - longest - 1):bisect_right(starts, phrase.end)]


def _no_actor(mention: NameMention) -> bool:
    """A name that names no one: ending in a party noun in the singular or a party adjective ("the
    ranking Democrat", "House Republican leaders", "House Democratic caucus": a person left unnamed,
    or a modifier), or the last word of an office its title begins ("Attorney" + "General")."""
    last = mention.parts[-1] if mention.parts else ""
    if (mention.kind == "group" and not last.endswith("s")) or (len(mention.parts) > 1 and name_problem(last) == "demonym alone"):
        return True
    if mention.title and len(mention.parts) == 1:
        office = tuple(f"{mention.title.split()[-1]} {mention.text}".replace(".", "").lower().split())
        return office in titles()
    return False


# "director of National Intelligence", "secretary of Agriculture": the name completes an office
_PORTFOLIO_RE = re.compile(r"\b(?:secretary|director|chief|minister)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _portfolio(text: str, mention: NameMention) -> bool:
    """A name of unknown kind right after "secretary of", "director of": a portfolio, no actor."""
    return mention.kind == "unknown" and not mention.title and bool(_PORTFOLIO_RE.search(text, max(0, mention.start - 30), mention.start))


_WORD_RE = re.compile(r"[A-Za-z][\w’'\-]*")
# a page's debris glued to a name: "FlagShareLikeReplyPaige Lavender" (three humps), not "DeepSeek", "ByteDance"
_GLUED_RE = re.compile(r"(?:[a-z][A-Z][a-z]*){3,}|[a-z][A-Z]{4,}")


# function words that only a headline capitalises inside a sentence ("The" and "He" open names: "The
# Washington Post", "Kaiming He")
_HEADLINE_WORDS = frozenset("To And Of For In On With From At By Is Are Into Over After About Against".split())


def _title_case(sentence: str, vocabulary: Vocabulary) -> bool:
    """A headline repeated in the body, as the words of running text never are: after its first word,
    two capitalised function words ("Promises To ‘Abolish’ The Filibuster"), or, in a short sentence
    without a comma, three capitalised words or more that the story also writes in lower case, most of
    its capitalised words ("Sen. Lindsey Graham Defends 15-Week Abortion Limit"; a sentence naming
    people and organisations capitalises names)."""
    words = _WORD_RE.findall(sentence)[1:]
    capitalised = [w for w in words if w[0].isupper()]
    if sum(w in _HEADLINE_WORDS for w in capitalised) >= 2 or sum(len(w) > 2 and w.isupper() for w in words) >= max(4, len(words) / 2):
        return True
    common = [w for w in capitalised if w.lower() in vocabulary.lower]
    return len(words) <= 20 and "," not in sentence and len(common) >= 3 and len(common) >= 0.5 * len(capitalised)


def _canonical(mention: NameMention, lexicon: ActorLexicon) -> str:
    for form in (mention.text, lexicon.by_key.get(alias_key(mention.text), ""), lexicon.by_key.get(mention.key, "")):
        if form in lexicon.aliases:
            return lexicon.aliases[form][0]
    return ""


# between a name and the acronym it introduces: "Department of Transportation (DOT)", "Department of Transportation’s (DOT)"
_INTRODUCING_RE = re.compile(r"(?:[’']s)?\s*\(")
_WORD_AFTER_RE = re.compile(r"\s+([a-z][\w’']*)")


def _names_another(text: str, end: int, lexicon: ActorLexicon) -> bool:
    """An institution's alias that a lower-case word after it makes the portfolio of a committee or a
    security (``lexicons/actor_alias_heads.txt``: "the Homeland Security appropriations committee",
    "Treasury yields")."""
    after = _WORD_AFTER_RE.match(text, end)
    return bool(after and after.group(1) in lexicon.modified_after)


# the word right after a name, past spaces only: "GOP candidates", not "the GOP, Lee said"
_NEXT_WORD_RE = re.compile(r" +([A-Za-z][\w’'\-]*)")
# a determiner or possessive opening an object after a word ending in -s, which makes that word a verb ("the GOP
# faces a reckoning", "the GOP welcomes its nominee"), not a plural noun ("GOP leaders said")
_OBJECT_AFTER_RE = re.compile(r" +(?:a|an|the|its|his|her|their|this|that|these|those|no|another|every)\b", re.IGNORECASE)


def _party_adjective(text: str, end: int) -> bool:
    """A party's name before a noun or an office, which makes it the adjective "Republican" is and no mention of
    the party acting ("GOP candidates", "the GOP nominee", "GOP Sen. Tom Lee"): the next word is a lower-case word
    that is no function word, verb of saying, past form or adverb ("the GOP is", "the GOP says", "the GOP gained",
    "the GOP met", "the GOP never", ``lexicons/verb_words.txt``), or a
    capitalised one-word office. A word ending in -s is read as a plural noun ("GOP leaders"), as it is far more
    often after a party's name than a verb, unless an object follows it ("the GOP faces a reckoning"); one ending in
    -ing as a participle ("the GOP heading into the convention"), as "GOP fundraising" is rarer."""
    after = _NEXT_WORD_RE.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    lower = word.lower()
    if word[0].isupper():
        return lower in title_words()
    if lower in stopwords() or lower in word_set("verb_words.txt") or lower.endswith(("ed", "ly", "ing")):
        return False
    if lower.endswith("s") and _OBJECT_AFTER_RE.match(text, after.end()):
        return False
    return not is_speech_verb(lower)


def _overlaps(a: Occurrence, b: Occurrence) -> bool:
    return a.start < b.end and b.start < a.end


def _within(inner: Occurrence, outer: Occurrence) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def story_occurrences(articles: Sequence[Article], vocabulary: Vocabulary, lexicon: ActorLexicon) -> list[list[Occurrence]]:
    """``occurrences`` of every article, read with one story ``vocabulary``."""
    return [occurrences(index, article, vocabulary, lexicon) for index, article in enumerate(articles)]
