"""Coverage (fact selection): which claims each article carries and which it leaves out.

Every body sentence with enough content is a candidate claim. Sentences are
compared on their claim terms (``audit.compare.tokens.claim_terms``): content
words with inflections stripped, acronyms and spelling variants folded
("A.I." = "AI", "United States" = "US"), figures normalised ("2,000" = "2000").
Two sentences of different articles are the same claim when
``claim_similarity`` reaches ``THRESHOLD``: the mean of difflib's
``SequenceMatcher.ratio`` (Ratcliff/Obershelp gestalt pattern matching,
Ratcliff & Metzener, Dr. Dobb's Journal 1988) on the sorted distinct terms (a
"token sort ratio", blind to word order) and the same overlap with each term
weighted by its inverse document frequency over the story's sentences
(Spärck Jones 1972), so that a shared figure or rare name counts for more than
a shared "China". They must also share at least three rare "anchor" terms.

Pairs are grouped best first (greedy agglomeration) into claims that are stars
around their first sentence: every sentence of a claim is similar enough to
that first sentence, so near neighbours cannot chain unrelated sentences into
one claim, and a claim holds at most one sentence per article.

To avoid comparing every pair, a sentence is compared only with sentences that
share one of its rarest terms (blocking, as in record linkage: Christen, Data
Matching, 2012); terms common to a large part of the story are never keys.
Cost grows with the number of sentences times a fixed number of candidates.

The result does not depend on the order of the articles: sentences are taken in
a canonical order (article id, then text), ties are broken by it, and claims are
sorted by how many articles carry them. Article positions in the result are
indices into the articles as given.

Limits: only shared words count. A paraphrase in other words ("ChatGPT is
blocked in China" / "the platform isn't available in China") is missed, and two
sentences sharing names and rare words while asserting different things
("Ernie was ridiculed" / "Ernie was made free") can be joined. On hand-labelled
pairs of the seed articles (``tests/data/claim_pairs.md``) the threshold was
set so that no pair of different facts is joined; about a quarter of the
restated facts are then found. Each claim links to its sentences so a reader
can check.
"""
from __future__ import annotations

import difflib
import math
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from ..model import Article
from .copies import copy_groups
from .tokens import claim_terms

THRESHOLD = 0.32
"""Least similarity (``claim_similarity``) between a sentence and a claim's first sentence for it to join the claim.

Measured on hand-labelled pairs of the seed articles (``tests/data/claim_pairs.md``):
the lowest threshold at which no pair labelled "different facts" is joined."""
MIN_SHARED_ANCHORS = 3
"""Sentences must share at least this many anchor terms (rare words, names, figures) to be one claim.

Three, roughly who, what and one detail: with two, short sentences that merely
name the same company in passing ("the recent transformation of tech giant
Alibaba" / "recently announced a partnership with Alibaba") were joined."""
ANCHOR_SHARE = 0.05
"""A term in at most this share of the story's claim sentences is an anchor ..."""
ANCHOR_FLOOR = 3
"""... and so is a term in at most this many (in a story of a few sentences every shared term counts)."""
MIN_CONTENT_WORDS = 4
"""Sentences with fewer content words ("He declined to comment.") are not claims."""
KEYS_PER_SENTENCE = 6
"""How many of a sentence's rarest content words are used to find candidate claims."""
MAX_CANDIDATES = 16
"""At most this many candidate claims (those sharing the most keys) are compared in full."""
COMMON_SHARE = 0.02
"""Words in more than this share of all sentences (and more than ``COMMON_FLOOR``) are never keys."""
COMMON_FLOOR = 50


@dataclass(frozen=True)
class ClaimSentence:
    """One article's sentence carrying a claim; ``start``/``end`` are offsets into ``Article.text``."""

    article: int
    sentence: int
    start: int
    end: int
    similarity: float


@dataclass(frozen=True)
class Claim:
    """Sentences of several articles that say the same thing (by shared wording).

    ``articles`` lists the articles carrying it (indices, ascending);
    ``independent`` counts them with each group of copied articles counted once.
    """

    index: int
    text: str
    sentences: tuple[ClaimSentence, ...]
    articles: tuple[int, ...]
    independent: int

    def sentence_in(self, article: int) -> ClaimSentence | None:
        """The first sentence of ``article`` carrying this claim, if it carries it."""
        return next((s for s in self.sentences if s.article == article), None)


@dataclass(frozen=True)
class ArticleCoverage:
    """One article's selection of claims compared with the others."""

    article: int
    claims: int
    unique: tuple[int, ...]
    omitted: tuple[int, ...]

    @property
    def unique_share(self) -> float:
        """Share of this article's claims that no other article carries."""
        return len(self.unique) / self.claims if self.claims else 0.0


@dataclass(frozen=True)
class Coverage:
    """The claims matrix: rows are claims, columns the articles as given."""

    claims: tuple[Claim, ...]
    articles: tuple[ArticleCoverage, ...]
    shared: tuple[tuple[float, ...], ...]
    threshold: float

    def carried_by(self, article: int) -> tuple[Claim, ...]:
        return tuple(claim for claim in self.claims if article in claim.articles)


@dataclass
class _Unit:
    article: int
    sentence: int
    start: int
    end: int
    text: str
    words: tuple[str, ...]


def coverage_of(
    articles: Sequence[Article],
    *,
    derived: Collection[tuple[int, int]] = (),
    threshold: float = THRESHOLD,
) -> Coverage:
    """Align the sentences of ``articles`` into claims and summarise each article's selection.

    ``derived`` holds pairs of article indices where one copies the other
    (see ``audit.compare.copies.derived_pairs``): such articles count once in
    ``Claim.independent``.
    """
    units = _claim_units(articles)
    clusters = _cluster(units, threshold)
    n = len(articles)
    groups = copy_groups(n, derived)
    order = sorted(
        clusters,
        key=lambda members: (-len({u.article for u, _ in members}), _canonical_key(articles, members[0][0]), members[0][0].sentence),
    )
    claims = []
    for index, members in enumerate(order):
        sentences = tuple(
            sorted(
                (ClaimSentence(u.article, u.sentence, u.start, u.end, round(similarity, 4)) for u, similarity in members),
                key=lambda s: (s.article, s.sentence),
            )
        )
        carrying = tuple(sorted({s.article for s in sentences}))
        claims.append(
            Claim(
                index=index,
                text=members[0][0].text,
                sentences=sentences,
                articles=carrying,
                independent=len({groups[a] for a in carrying}),
            )
        )
    return Coverage(
        claims=tuple(claims),
        articles=tuple(_article_coverage(a, n, claims) for a in range(n)),
        shared=_shared_matrix(n, claims),
        threshold=threshold,
    )


def _canonical_key(articles: Sequence[Article], unit: _Unit) -> tuple[str, str, str]:
    article = articles[unit.article]
    return (article.id, article.outlet, article.text)


def _claim_units(articles: Sequence[Article]) -> list[_Unit]:
    """Body sentences with enough content, in canonical article order."""
    canonical = sorted(range(len(articles)), key=lambda i: (articles[i].id, articles[i].outlet, articles[i].text, i))
    units = []
    for index in canonical:
        for sentence in articles[index].sentences:
            if sentence.is_heading:
                continue
            words = claim_terms(sentence.text)
            if len(words) >= MIN_CONTENT_WORDS:
                units.append(_Unit(index, sentence.index, sentence.start, sentence.end, sentence.text, words))
    return units


def _term_weights(units: Sequence[_Unit]) -> dict[str, float]:
    """Inverse document frequency of every term over the story's claim sentences.

    ``log(1 + N / df)`` (Spärck Jones, "A statistical interpretation of term
    specificity", 1972, smoothed so that a term in every sentence keeps a small
    weight): a rare word, name or figure says more about which fact a sentence
    states than "China" does in a story about China.
    """
    frequency = Counter(term for unit in units for term in set(unit.words))
    n = len(units)
    return {term: math.log(1.0 + n / count) for term, count in frequency.items()}


def claim_similarity(a: Sequence[str], b: Sequence[str], weights: Mapping[str, float], anchors: Collection[str]) -> float:
    """How far two sentences' claim terms say the same thing, from 0 to 1.

    The mean of two views of the shared terms, both order-free so that a
    reordered paraphrase still matches:

    - difflib's ``SequenceMatcher.ratio`` (Ratcliff/Obershelp) on the sorted
      distinct terms, a "token sort ratio": twice the shared terms over the
      terms of both;
    - the same Dice measure with each term weighted by ``weights`` (IDF), so
      that sharing a figure or a rare name counts more than sharing "China".

    Sentences sharing fewer than ``MIN_SHARED_ANCHORS`` of the story's
    ``anchors`` (rare terms: figures, names, uncommon words) score 0: two
    sentences that share only common words are not the same claim, however
    short they are.
    """
    return _similarity(_Terms.of(a, weights), _Terms.of(b, weights), weights, anchors, 0.0)


@dataclass(frozen=True)
class _Terms:
    """A sentence's distinct claim terms, sorted, with their total weight (computed once per sentence)."""

    distinct: frozenset[str]
    ordered: tuple[str, ...]
    mass: float

    @classmethod
    def of(cls, terms: Sequence[str], weights: Mapping[str, float]) -> _Terms:
        distinct = frozenset(terms)
        return cls(distinct, tuple(sorted(distinct)), math.fsum(weights.get(t, 0.0) for t in distinct))


def _similarity(a: _Terms, b: _Terms, weights: Mapping[str, float], anchors: Collection[str], threshold: float) -> float:
    """``claim_similarity`` on prepared terms; below ``threshold`` the cheap set estimate is returned.

    On sorted distinct terms difflib's matching blocks are exactly the shared
    terms, so ``2 * shared / (len(a) + len(b))`` is the ratio it will find;
    difflib is run only to confirm a pair that can reach ``threshold``.
    """
    shared = a.distinct & b.distinct
    if len(shared) < MIN_SHARED_ANCHORS or sum(1 for term in shared if term in anchors) < MIN_SHARED_ANCHORS:
        return 0.0
    mass = a.mass + b.mass
    weighted = 2.0 * math.fsum(weights.get(t, 0.0) for t in shared) / mass if mass else 0.0
    estimate = (2.0 * len(shared) / (len(a.ordered) + len(b.ordered)) + weighted) / 2.0
    if estimate < threshold:
        return estimate
    ratio = difflib.SequenceMatcher(None, a.ordered, b.ordered, autojunk=False).ratio()
    return (ratio + weighted) / 2.0


def _cluster(units: Sequence[_Unit], threshold: float) -> list[list[tuple[_Unit, float]]]:
    """Group sentences into claims, the most similar pairs first.

    Candidate pairs come from a blocking index: a sentence is scored only
    against the sentences sharing one of its rarest terms. Pairs at or above
    ``threshold`` are then taken best first (greedy agglomeration, as in
    single-pass alignment of comparable corpora) and join two claims when
    (1) the claims come from different articles, so a claim holds at most one
    sentence per article and each matrix cell names one sentence, and (2) the
    claims' first sentences are similar enough too, so that a chain of near
    neighbours (A like B, B like C) does not join A and C. Ties are broken by
    the canonical order of the sentences, so the result does not depend on the
    order the articles were given in.

    Returns each claim's members in canonical order, each with its similarity
    to the claim's first sentence (1.0 for that sentence).
    """
    weights = _term_weights(units)
    frequency = Counter(term for unit in units for term in set(unit.words))
    # in a story of a few sentences every shared term is rare enough to count
    rare = max(ANCHOR_FLOOR, ANCHOR_SHARE * len(units))
    anchors = frozenset(term for term, count in frequency.items() if count <= rare)
    too_common = max(COMMON_FLOOR, COMMON_SHARE * len(units))
    terms = [_Terms.of(unit.words, weights) for unit in units]
    index: dict[str, list[int]] = {}
    pairs: list[tuple[float, int, int]] = []
    for position, unit in enumerate(units):
        # a term in one sentence only cannot find a partner; one in a large part of the story finds too many
        keys = sorted((w for w in set(unit.words) if 2 <= frequency[w] <= too_common), key=lambda w: (frequency[w], w))[:KEYS_PER_SENTENCE]
        hits: Counter[int] = Counter()
        for key in keys:
            hits.update(index.get(key, ()))
        for candidate in sorted(hits, key=lambda c: (-hits[c], c))[:MAX_CANDIDATES]:
            if units[candidate].article == unit.article:
                continue
            score = _similarity(terms[position], terms[candidate], weights, anchors, threshold)
            if score >= threshold:
                pairs.append((score, candidate, position))
        for key in keys:
            index.setdefault(key, []).append(position)
    pairs.sort(key=lambda pair: (-pair[0], pair[1], pair[2]))

    # each claim is a star around its first sentence (lowest position): every
    # member must be similar to it, so chains of near neighbours cannot grow
    root = list(range(len(units)))
    members: dict[int, list[int]] = {p: [p] for p in range(len(units))}
    to_root = [1.0] * len(units)
    carried = [{unit.article} for unit in units]
    for _, a, b in pairs:
        first, second = sorted((root[a], root[b]))
        if first == second or carried[first] & carried[second]:
            continue
        joining = [(p, _similarity(terms[p], terms[first], weights, anchors, threshold)) for p in members[second]]
        if any(score < threshold for _, score in joining):
            continue
        for p, score in joining:
            root[p] = first
            to_root[p] = score
        members[first].extend(members.pop(second))
        carried[first] |= carried[second]

    clusters = []
    for first in sorted(members):
        clusters.append([(units[p], to_root[p]) for p in sorted(members[first])])
    return clusters


def _article_coverage(article: int, n: int, claims: Sequence[Claim]) -> ArticleCoverage:
    carried = [c for c in claims if article in c.articles]
    unique = tuple(c.index for c in carried if len(c.articles) == 1)
    # "most outlets": more than half of all articles, so never with only two articles
    omitted = tuple(c.index for c in claims if article not in c.articles and 2 * len(c.articles) > n)
    return ArticleCoverage(article=article, claims=len(carried), unique=unique, omitted=omitted)


def _shared_matrix(n: int, claims: Sequence[Claim]) -> tuple[tuple[float, ...], ...]:
    """Claims both articles carry over claims either carries (Jaccard), for every pair."""
    both = [[0] * n for _ in range(n)]
    own = [0] * n
    for claim in claims:
        for a in claim.articles:
            own[a] += 1
        for position, a in enumerate(claim.articles):
            for b in claim.articles[position + 1 :]:
                both[a][b] += 1
                both[b][a] += 1
    rows = []
    for a in range(n):
        row = []
        for b in range(n):
            if a == b:
                row.append(1.0)
                continue
            either = own[a] + own[b] - both[a][b]
            row.append(round(both[a][b] / either, 4) if either else 0.0)
        rows.append(tuple(row))
    return tuple(rows)
