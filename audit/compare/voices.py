"""Voices across outlets: who each outlet lets speak, and how the same words travel.

Per article: distinct voices, quotes per voice, the share of the article's words
that are quoted (not counting the content of a negated cue, "did not say whether ...", which is
what the speaker did not say), direct versus reported speech, voices by kind of source, named
versus anonymous, gender (as the articles state it) and whose voice comes first.

Across articles: the same speaker quoted by several outlets, matched as the shared name
finder matches names (``audit.text.same_entity``: "Senate Majority Leader McConnell" =
"Mitch McConnell", "Gregory Allen" = "Gregory C. Allen", "C.I.A." = "CIA"), or on the same
name words in any order ("Liang Wenfeng" = "Wenfeng Liang"); a surname alone ("Schultz")
joins a fuller name ("Eric Schultz") only when the story quotes one person of that
surname; anonymous voices are never matched. And the same quote worded differently: quotes from two
articles whose words align closely (``difflib.SequenceMatcher`` on lower-cased words,
Ratcliff & Obershelp 1988) shown as a word-level diff.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from ..model import Article
from ..quotes import CATEGORIES, Quote, Speaker, heard
from ..text import KeyIndex, NameMention, honorifics, same_entity, same_entity_keys, title_words, words
from ..text.names import read_name_alone

SAME_SPEAKER_SIMILARITY = 0.45  # two quotes by one speaker: this much of the words align
ANY_SPEAKER_SIMILARITY = 0.7  # two quotes attributed differently must align more closely
MIN_SHARED_WORDS = 5
MAX_POSTINGS = 200  # candidate pairs come from words found in at most this many quotes
# a speaker key of more words is filed under each word, not under each of its subsets (2 ** words of them): see
# speaker_index_keys
MAX_SUBSET_WORDS = 6

_DETERMINERS = frozenset({"a", "an", "the", "another", "some", "one", "many", "several"})


@dataclass(frozen=True)
class Voice:
    """One speaker within one article."""

    speaker: Speaker
    quotes: int
    direct: int
    reported: int  # indirect and mixed
    words: int  # words inside this speaker's quotes, but for those of a negated cue
    share: float  # of the article's words
    first_quote: int  # index into the article's quotes
    negated: int = 0  # quotes of a negated cue ("did not say whether ..."): sought, but not the speaker's words


@dataclass(frozen=True)
class OutletVoices:
    """Who speaks in one article, and how."""

    article_id: str
    voices: tuple[Voice, ...]  # in order of first appearance
    quotes: int
    direct: int
    indirect: int
    mixed: int
    unattributed: int
    quoted_words: int  # but for the quotes of a negated cue, which are the outlet's words of what was not said
    quoted_share: float
    voices_by_category: tuple[tuple[str, int], ...]  # every category, in CATEGORIES order
    quotes_by_category: tuple[tuple[str, int], ...]
    named: int
    anonymous: int
    gender: tuple[tuple[str, int], ...]  # persons only: male, female, unknown
    first_voice: Voice | None
    negated: int = 0  # quotes of a negated cue


@dataclass(frozen=True)
class SharedVoice:
    """A named speaker quoted in several articles: (article index, quote count, index of
    the speaker's first quote in that article) for each."""

    name: str
    category: str
    appearances: tuple[tuple[int, int, int], ...]


@dataclass(frozen=True)
class DiffPiece:
    """A run of words: ``equal`` in both, or only in ``a`` / only in ``b`` (``replace`` has both)."""

    op: str
    a: str
    b: str


@dataclass(frozen=True)
class WordingDifference:
    """Two quotes from two articles that say nearly the same thing in different words."""

    a_article: int
    a_quote: int
    b_article: int
    b_quote: int
    a_speaker: str
    b_speaker: str
    similarity: float
    pieces: tuple[DiffPiece, ...]


@dataclass(frozen=True)
class VoicesComparison:
    outlets: tuple[OutletVoices, ...]
    shared: tuple[SharedVoice, ...]
    wording: tuple[WordingDifference, ...]


def speaker_key(name: str) -> frozenset[str]:
    """The words that identify a speaker's name across articles (see the module docstring):
    honorifics and determiners anywhere, and titles before the name ("President", "Sen.",
    ``lexicons/titles.csv``) left out."""
    tokens = [w.strip(".") for w in re.findall(r"[\w\-.]+", name.lower().replace("’", "'"))]
    tokens = [t for t in tokens if t and t not in honorifics() and t not in _DETERMINERS]
    while len(tokens) > 1 and tokens[0] in title_words():
        tokens.pop(0)
    return frozenset(tokens)


def same_speaker(a: Speaker, b: Speaker) -> bool:
    """Whether two named speakers from different articles can be the same voice (a surname
    alone can be anyone who bears it: ``shared_voices`` decides among several)."""
    if a.members or b.members:
        # "Ann Ortiz and Tom Reyes said" and "Tom Reyes said": a named group is the voice of each of its members
        return any(same_speaker(x, y) for x in a.members or (a,) for y in b.members or (b,))
    if not (a.named and b.named) or a.kind != b.kind:
        return False
    ka, kb = speaker_key(a.name), speaker_key(b.name)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    small, large = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    if len(small) >= 2 and small <= large:
        return True
    return same_entity(_name_of(a), _name_of(b))


def speaker_index_keys(speaker: Speaker) -> tuple[frozenset[str], frozenset[str]]:
    """Keys for an index of speakers that ``same_speaker`` may join: (the keys to file ``speaker`` under, the keys
    to look it up by). Two speakers ``same_speaker`` joins share a key one files and the other looks up, so that
    ``shared_voices`` compares a speaker with the few filed under its keys, not with every speaker of the story
    ("Jane Roe" with every "Jane"): a necessary condition, not a sufficient one.

    Keys are of the speaker's kind, and are those of ``same_entity_keys`` for its name, and for its
    ``speaker_key`` words: the words whole, and each set of two or more of them ("roe jane" files and looks
    up "words jane roe"; "Jane Q. Roe" files "within jane roe", looked up by "Jane Roe", and looks up "words
    jane roe", filed by it). A key of more than ``MAX_SUBSET_WORDS`` words is filed under each of its words
    ("long word jane"), which every speaker looks up, and looks up each word of every speaker ("word jane")."""
    if speaker.members:
        # a named group is joined through each of its members (``same_speaker``): it files and looks up all their keys
        keys = [speaker_index_keys(member) for member in speaker.members]
        return frozenset().union(*(k[0] for k in keys)), frozenset().union(*(k[1] for k in keys))
    key = speaker_key(speaker.name) if speaker.named else frozenset()
    if not key:
        return frozenset(), frozenset()
    kind = speaker.kind
    ordered = sorted(key)
    whole = f"{kind} words {' '.join(ordered)}"
    filed, looked_up = {whole}, {whole}
    filed_entity, looked_up_entity = same_entity_keys(_name_of(speaker))
    filed |= {f"{kind} entity {k}" for k in filed_entity}
    looked_up |= {f"{kind} entity {k}" for k in looked_up_entity}
    looked_up |= {f"{kind} long word {w}" for w in ordered}
    if len(ordered) > MAX_SUBSET_WORDS:
        filed |= {f"{kind} long word {w}" for w in ordered}
        looked_up |= {f"{kind} word {w}" for w in ordered}
        return frozenset(filed), frozenset(looked_up)
    filed |= {f"{kind} word {w}" for w in ordered}
    for size in range(2, len(ordered) + 1):
        for words_of in combinations(ordered, size):
            joined = " ".join(words_of)
            filed.add(f"{kind} within {joined}")
            looked_up.add(f"{kind} words {joined}")
    if len(ordered) >= 2:
        looked_up.add(f"{kind} within {' '.join(ordered)}")
    return frozenset(filed), frozenset(looked_up)


def _name_of(speaker: Speaker) -> NameMention:
    """The speaker's name as the name finder reads it, with the speaker's kind."""
    mention = speaker.mention or read_name_alone(speaker.name) or _unread_name(speaker.name)
    kind = speaker.kind if speaker.kind in ("person", "organization", "group") else mention.kind
    return replace(mention, kind=kind) if mention.kind == "unknown" else mention


def _unread_name(name: str) -> NameMention:
    """``name`` as a mention of unknown kind, when the finder reads no name in it."""
    return NameMention(0, len(name), name, name.lower(), "unknown", "", tuple(name.split()))


def _fullness(speaker: Speaker) -> int:
    return len(_name_of(speaker).parts)


def outlet_voices(article: Article, quotes: Sequence[Quote]) -> OutletVoices:
    """The voice profile of one article (an outlet relaying the others' words, ``Quote.relays``, is none of its voices,
    and its report counts no quoted words: the quotes inside it count them)."""
    groups: dict[tuple[str, str], list[int]] = {}
    order: list[tuple[str, str]] = []
    for index, quote in enumerate(quotes):
        if quote.speaker is None or quote.relays:
            continue
        key = (quote.speaker.name, quote.speaker.kind)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(index)
    total_words = max(article.word_count, 1)
    voices = []
    for key in order:
        indices = groups[key]
        speaker = quotes[indices[0]].speaker
        assert speaker is not None
        quoted = sum(len(words(quotes[i].text)) for i in indices if not quotes[i].negated)
        direct = sum(1 for i in indices if quotes[i].kind == "direct")
        voices.append(
            Voice(
                speaker=speaker,
                quotes=len(indices),
                direct=direct,
                reported=len(indices) - direct,
                words=quoted,
                share=round(quoted / total_words, 4),
                first_quote=indices[0],
                negated=sum(1 for i in indices if quotes[i].negated),
            )
        )
    quotes = heard(quotes)  # indices into the article's quotes were taken above
    quoted_words = sum(len(words(q.text)) for q in quotes if not q.negated)
    by_category = {c: 0 for c in CATEGORIES}
    quotes_by_category = {c: 0 for c in CATEGORIES}
    for voice in voices:
        by_category[voice.speaker.category] = by_category.get(voice.speaker.category, 0) + 1
        quotes_by_category[voice.speaker.category] = quotes_by_category.get(voice.speaker.category, 0) + voice.quotes
    gender = {"male": 0, "female": 0, "unknown": 0}
    for voice in voices:
        if voice.speaker.kind in ("person", "anonymous"):
            gender[voice.speaker.gender or "unknown"] += 1
    return OutletVoices(
        article_id=article.id,
        voices=tuple(voices),
        quotes=len(quotes),
        direct=sum(1 for q in quotes if q.kind == "direct"),
        indirect=sum(1 for q in quotes if q.kind == "indirect"),
        mixed=sum(1 for q in quotes if q.kind == "mixed"),
        unattributed=sum(1 for q in quotes if q.speaker is None),
        quoted_words=quoted_words,
        quoted_share=round(quoted_words / total_words, 4),
        voices_by_category=tuple(by_category.items()),
        quotes_by_category=tuple(quotes_by_category.items()),
        named=len(_named_voices(voices)),
        anonymous=sum(1 for v in voices if not v.speaker.named),
        gender=tuple(gender.items()),
        # the first who says something: a speaker who only "declined to say" was sought, not heard
        first_voice=next((v for v in voices if v.quotes > v.negated), None),
        negated=sum(1 for q in quotes if q.negated),
    )


def _named_voices(voices: Sequence[Voice]) -> set[tuple[str, str]]:
    """The named people and bodies who speak among ``voices``, by name and kind: each member of a named group ("Ann
    Ortiz and Tom Reyes said") once, whether or not they also speak alone."""
    return {(s.name, s.kind) for v in voices if v.speaker.named for s in v.speaker.members or (v.speaker,)}


def shared_voices(quotes_per_article: Sequence[Sequence[Quote]]) -> tuple[SharedVoice, ...]:
    """Named speakers quoted in two or more articles, most widely quoted first (a negated quote, "declined to say
    whether ...", quotes no one).

    Fuller names are placed first, so that a surname alone joins the one person of the
    story who bears it, and no one when several do ("Schultz" with both "Eric Schultz"
    and "Ed Schultz" quoted stays apart).
    """
    named = [
        (article_index, quote_index, speaker)
        for article_index, quotes in enumerate(quotes_per_article)
        for quote_index, quote in enumerate(quotes)
        if quote.speaker is not None and quote.speaker.named and not quote.negated and not quote.relays  # "did not say whether ...": not quoted
        # a named group's quote is one of each member ("Ann Ortiz and Tom Reyes said"; "Tom Reyes said" elsewhere)
        for speaker in quote.speaker.members or (quote.speaker,)
    ]
    named.sort(key=lambda item: (-_fullness(item[2]), item[0], item[1]))
    clusters: list[tuple[Speaker, dict[int, list[int]]]] = []
    by_speaker: dict[Speaker, int] = {}  # one speaker, one cluster: compared once
    # each cluster's index under the keys its representative is filed under (speaker_index_keys): a speaker is compared
    # with the representatives it may match, in the order of the clusters (comparing it with every one was quadratic)
    filed_under = KeyIndex()
    for article_index, quote_index, speaker in named:
        index = by_speaker.get(speaker)
        if index is None:
            filed, looked_up = speaker_index_keys(speaker)
            matching = [k for k in filed_under.candidates(looked_up) if same_speaker(clusters[k][0], speaker)]
            if len(matching) == 1 or (matching and _fullness(speaker) > 1):
                index = matching[0]
            else:
                index = len(clusters)
                clusters.append((speaker, {}))
                filed_under.file(index, filed)
            by_speaker[speaker] = index
        found = clusters[index][1]
        found.setdefault(article_index, []).append(quote_index)
    for _representative, found in clusters:
        for indices in found.values():
            indices.sort()
    shared = [
        SharedVoice(
            name=speaker.name,
            category=speaker.category,
            appearances=tuple((a, len(indices), indices[0]) for a, indices in sorted(found.items())),
        )
        for speaker, found in clusters
        if len(found) >= 2
    ]
    return tuple(sorted(shared, key=lambda s: (-len(s.appearances), -sum(n for _, n, _ in s.appearances), s.name)))


def _word_diff(a: str, b: str) -> tuple[float, int, tuple[DiffPiece, ...]]:
    a_words, b_words = a.split(), b.split()
    matcher = difflib.SequenceMatcher(
        a=[_fold(w) for w in a_words], b=[_fold(w) for w in b_words], autojunk=False
    )
    pieces = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        pieces.append(DiffPiece(op, " ".join(a_words[i1:i2]), " ".join(b_words[j1:j2])))
    shared = sum(block.size for block in matcher.get_matching_blocks())
    return round(matcher.ratio(), 3), shared, tuple(pieces)


def _fold(word: str) -> str:
    return re.sub(r"[^\w]", "", word.lower().replace("’", "'"))


def wording_differences(quotes_per_article: Sequence[Sequence[Quote]]) -> tuple[WordingDifference, ...]:
    """Pairs of quotes from different articles that align word by word but are not identical.

    Candidate pairs share several words of four letters or more that are not in more than
    ``MAX_POSTINGS`` quotes (an inverted index, so the cost grows with overlaps, not with
    all pairs); each quote keeps its best match in each other article.
    """
    index: dict[str, set[tuple[int, int]]] = {}
    folded: dict[tuple[int, int], list[str]] = {}
    for a_index, quotes in enumerate(quotes_per_article):
        for q_index, quote in enumerate(quotes):
            if quote.negated or quote.relays:
                continue  # "did not say whether ...": the outlet's words of what was not said, no wording of the speaker's
            tokens = [_fold(w) for w in quote.text.split()]
            folded[(a_index, q_index)] = tokens
            for token in set(t for t in tokens if len(t) > 3):
                index.setdefault(token, set()).add((a_index, q_index))
    candidates: dict[tuple[tuple[int, int], tuple[int, int]], int] = {}
    for postings in index.values():
        if len(postings) > MAX_POSTINGS:
            continue  # a word in very many quotes ("china", "said") tells no pair apart
        ordered = sorted(postings)
        for i, first in enumerate(ordered):
            for second in ordered[i + 1:]:
                if first[0] != second[0]:
                    candidates[(first, second)] = candidates.get((first, second), 0) + 1
    best: dict[tuple[tuple[int, int], int], WordingDifference] = {}
    for (first, second), shared_tokens in sorted(candidates.items()):
        if shared_tokens < MIN_SHARED_WORDS - 2:
            continue
        qa = quotes_per_article[first[0]][first[1]]
        qb = quotes_per_article[second[0]][second[1]]
        similarity, shared, pieces = _word_diff(qa.text, qb.text)
        same = qa.speaker is not None and qb.speaker is not None and (
            same_speaker(qa.speaker, qb.speaker) or speaker_key(qa.speaker.name) == speaker_key(qb.speaker.name)
        )
        threshold = SAME_SPEAKER_SIMILARITY if same else ANY_SPEAKER_SIMILARITY
        if shared < MIN_SHARED_WORDS or similarity < threshold or all(p.op == "equal" for p in pieces):
            continue
        difference = WordingDifference(
            a_article=first[0],
            a_quote=first[1],
            b_article=second[0],
            b_quote=second[1],
            a_speaker=qa.speaker.name if qa.speaker else "",
            b_speaker=qb.speaker.name if qb.speaker else "",
            similarity=similarity,
            pieces=pieces,
        )
        for key in ((first, second[0]), (second, first[0])):
            if key not in best or best[key].similarity < similarity:
                best[key] = difference
    unique = {(d.a_article, d.a_quote, d.b_article, d.b_quote): d for d in best.values()}
    kept = [
        d for d in unique.values()
        if best[((d.a_article, d.a_quote), d.b_article)] is d and best[((d.b_article, d.b_quote), d.a_article)] is d
    ]
    return tuple(sorted(kept, key=lambda d: (-d.similarity, d.a_article, d.a_quote, d.b_article, d.b_quote)))


def compare_voices(articles: Sequence[Article], quotes_per_article: Sequence[Sequence[Quote]]) -> VoicesComparison:
    """Voice profiles of every article, the speakers they share and the quotes they word differently."""
    return VoicesComparison(
        outlets=tuple(outlet_voices(a, q) for a, q in zip(articles, quotes_per_article)),
        shared=shared_voices(quotes_per_article),
        wording=wording_differences(quotes_per_article),
    )
