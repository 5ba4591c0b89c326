"""Coverage (fact selection): which claims each article carries and which it leaves out.

Every body sentence with enough content is a candidate claim. Sentences of
different articles are the same claim when their content words (function words
dropped, see ``audit/lexicons/stopwords.txt``) are similar enough by
``difflib.SequenceMatcher.ratio`` (Ratcliff/Obershelp gestalt pattern matching,
Ratcliff & Metzener, Dr. Dobb's Journal 1988): twice the matched words over the
words of both. Sentences are grouped by leader clustering (Hartigan, Clustering
Algorithms, 1975): each claim is represented by its first sentence, and a new
sentence joins the most similar claim at or above the threshold, else starts a
claim of its own.

To avoid comparing every pair, a sentence is compared only with claims that
share one of its rarest content words (blocking, as in record linkage: Christen,
Data Matching, 2012); words common to a large part of the story are never keys.
Cost grows with the number of sentences times a fixed number of candidates.

The result does not depend on the order of the articles: sentences are
clustered in a canonical order (article id, then text) and claims are sorted by
how many articles carry them. Article positions in the result are indices into
the articles as given.

Limits: a paraphrase that shares few words ("tanked the market" vs "shares
plunged") is not recognised as the same claim, and two sentences that share
many words but assert different things can be joined. Each claim links to its
sentences so a reader can check.
"""
from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ..model import Article
from .copies import copy_groups
from .tokens import content_words

THRESHOLD = 0.6
"""Least similarity (SequenceMatcher ratio on content words) for two sentences to be one claim."""
MIN_CONTENT_WORDS = 4
"""Sentences with fewer content words ("He declined to comment.") are not claims."""
KEYS_PER_SENTENCE = 4
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
            words = content_words(sentence.text)
            if len(words) >= MIN_CONTENT_WORDS:
                units.append(_Unit(index, sentence.index, sentence.start, sentence.end, sentence.text, words))
    return units


def _cluster(units: Sequence[_Unit], threshold: float) -> list[list[tuple[_Unit, float]]]:
    """Leader clustering with a rare-word index over the leaders."""
    frequency = Counter(word for unit in units for word in set(unit.words))
    too_common = max(COMMON_FLOOR, COMMON_SHARE * len(units))
    clusters: list[list[tuple[_Unit, float]]] = []
    leaders: list[tuple[str, ...]] = []
    index: dict[str, list[int]] = {}
    matcher = difflib.SequenceMatcher(autojunk=False)
    for unit in units:
        keys = sorted((w for w in set(unit.words) if frequency[w] <= too_common), key=lambda w: (frequency[w], w))[:KEYS_PER_SENTENCE]
        hits: Counter[int] = Counter()
        for key in keys:
            hits.update(index.get(key, ()))
        candidates = sorted(hits, key=lambda c: (-hits[c], c))[:MAX_CANDIDATES]
        matcher.set_seq2(unit.words)
        best, best_ratio = -1, 0.0
        for candidate in candidates:
            matcher.set_seq1(leaders[candidate])
            if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                continue
            ratio = matcher.ratio()
            if ratio >= threshold and ratio > best_ratio:
                best, best_ratio = candidate, ratio
        if best >= 0:
            clusters[best].append((unit, best_ratio))
            continue
        clusters.append([(unit, 1.0)])
        leaders.append(unit.words)
        for key in keys:
            index.setdefault(key, []).append(len(clusters) - 1)
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
