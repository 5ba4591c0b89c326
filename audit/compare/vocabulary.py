"""Distinctive vocabulary per outlet: the words and two-word phrases one outlet uses more than the others.

Method: the weighted log-odds ratio with an informative Dirichlet prior of
Monroe, Colaresi & Quinn (2008), "Fightin' Words: Lexical Feature Selection and
Evaluation for Identifying the Content of Political Conflict", Political
Analysis 16(4), section 3.5, equations 16-22. Each outlet ``i`` is compared
with all other outlets together (``j``); when every article is of one outlet,
each article is compared with the other articles together instead
(``article_groups``, the grouping of the whole report). For a term ``w`` with counts
``y_iw`` and ``y_jw``, totals ``n_i`` and ``n_j``, and prior counts ``a_w``
summing to ``a_0``::

    delta_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w))
            - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
    var_w   = 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
    z_w     = delta_w / sqrt(var_w)

The prior is informative: ``a_w = a_0 * y_w / n``, the term's share of the whole
story's vocabulary scaled to ``a_0`` pseudo-counts (by default ``a_0 = n``, so
the prior counts are the story's own counts). A large positive ``z`` means the
outlet uses the term more than the others beyond what chance in texts this
short explains; ``|z| > 1.96`` is the usual threshold.

Words and phrases are modelled separately (phrases are adjacent pairs of
non-stop words, with only white space between them). Only the scored body
counts: titles and removed web debris are left out; so are stop words,
numbers and one-letter tokens. Words are lower-cased except all-capital
acronyms ("US" is not "us"); a possessive "'s" is dropped.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..model import Article
from ..text import WORD_RE, stopwords


@dataclass(frozen=True)
class Occurrence:
    """Where a term occurs: ``article`` id, sentence index, and the span in ``Article.text``."""

    article: str
    sentence: int
    start: int
    end: int


@dataclass(frozen=True)
class DistinctiveTerm:
    """A word or phrase, its counts in this outlet and in the others, and its log-odds z-score."""

    term: str  # the counting key: lower case unless an all-capital acronym
    shown: str  # its most frequent spelling in the story ("Liang Wenfeng" for "liang wenfeng")
    count: int  # in this outlet
    other_count: int  # in all other outlets together
    delta: float  # weighted log-odds ratio
    z: float
    occurrences: tuple[Occurrence, ...]


@dataclass(frozen=True)
class OutletVocabulary:
    """The terms of one outlet (see ``outlet_of``), most distinctive first."""

    label: str
    articles: tuple[str, ...]
    word_total: int  # n_i for words
    phrase_total: int  # n_i for phrases
    words: tuple[DistinctiveTerm, ...]
    phrases: tuple[DistinctiveTerm, ...]


@dataclass(frozen=True)
class Vocabulary:
    """Distinctive vocabulary of every group of ``article_groups``: every outlet, or every
    article when they are all of one outlet or of unknown ones (``by_article``); empty with one group alone."""

    outlets: tuple[OutletVocabulary, ...]
    prior_strength: float
    min_count: int
    by_article: bool = False  # the articles are compared with each other (``compared_by_article``)

    def outlet(self, label: str) -> OutletVocabulary | None:
        return next((o for o in self.outlets if o.label == label), None)


def outlet_of(article: Article) -> str:
    """The group an article counts in: its outlet when known, else its own label.

    Labels are unique per article (the loader numbers repeats), so grouping by
    the outlet name is what pools several articles of one outlet.
    """
    return article.outlet if outlet_known(article) else article.label


def article_groups(articles: Sequence[Article]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """The groups the articles are compared in, in order of first appearance: (name, positions
    of its articles in ``articles``).

    Articles are pooled per outlet (named by ``outlet_of``). When every article is of one
    outlet, pooling would leave nothing to compare: each article is then a group of its own,
    named by its label (``compared_by_article``), so that the articles of one outlet (the two
    of ``audit compare`` among them) are compared with each other; so are articles none of
    which names its outlet.
    """
    if compared_by_article(articles):
        return tuple((article.label, (index,)) for index, article in enumerate(articles))
    found: dict[str, list[int]] = {}
    for index, article in enumerate(articles):
        found.setdefault(outlet_of(article), []).append(index)
    return tuple((name, tuple(indices)) for name, indices in found.items())


def compared_by_article(articles: Sequence[Article]) -> bool:
    """Whether ``article_groups`` compares the articles with each other: there are several,
    all of one outlet (``shared_outlet``) or none of a known one."""
    return len(articles) > 1 and (bool(shared_outlet(articles)) or not any(outlet_known(article) for article in articles))


def outlet_known(article: Article) -> bool:
    """Whether the article names its outlet (``outlet_of`` falls back on its label when not)."""
    return bool(article.outlet) and article.outlet != "unknown"


def shared_outlet(articles: Sequence[Article]) -> str:
    """The one known outlet every article names, empty when they name several or none."""
    names = {article.outlet if outlet_known(article) else "" for article in articles}
    return names.pop() if len(names) == 1 else ""


def distinctive_vocabulary(
    articles: Sequence[Article],
    *,
    top: int = 15,
    min_count: int = 2,
    prior_strength: float = 1.0,
) -> Vocabulary:
    """Fightin' Words for each group of ``article_groups`` (an outlet, or an article when all
    are of one outlet) against all the others.

    ``top``: terms kept per outlet and kind (words, phrases); ``min_count``: a
    term must occur at least this often in the outlet; ``prior_strength``:
    ``a_0`` as a multiple of the story's term count ``n`` (1.0 means the prior
    counts equal the story's counts; smaller trusts the outlet's own counts more).
    Only terms with ``z > 0`` are kept, sorted by ``z`` then term.
    """
    if prior_strength <= 0:
        raise ValueError(f"prior_strength must be positive, got {prior_strength}")
    members: dict[str, list[int]] = {}
    for name, indices in article_groups(articles):
        members.setdefault(name, []).extend(indices)
    labels = sorted(members)
    if len(labels) < 2:
        return Vocabulary(outlets=(), prior_strength=prior_strength, min_count=min_count)
    words: dict[str, Counter[str]] = {label: Counter() for label in labels}
    phrases: dict[str, Counter[str]] = {label: Counter() for label in labels}
    where: dict[tuple[str, str], list[Occurrence]] = {}
    everywhere: dict[str, list[Occurrence]] = {}
    group_of = {index: label for label, indices in members.items() for index in indices}
    for index, article in enumerate(articles):
        label = group_of[index]
        for key, occurrence, is_phrase in _terms(article):
            (phrases if is_phrase else words)[label][key] += 1
            where.setdefault((label, key), []).append(occurrence)
            everywhere.setdefault(key, []).append(occurrence)
    texts = {article.id: article.text for article in articles}

    def shown(term: str) -> str:
        """The term's most frequent spelling in the story ("Liang Wenfeng" for "liang wenfeng")."""
        spellings = Counter(" ".join(texts[o.article][o.start : o.end].split()) for o in everywhere[term])
        return min(spellings.items(), key=lambda item: (-item[1], item[0]))[0]

    totals = {"words": _sum_counts(words.values()), "phrases": _sum_counts(phrases.values())}

    outlets = []
    for label in labels:
        ranked = {
            kind: _ranked(label, counts, totals[kind], where, shown, top=top, min_count=min_count, prior_strength=prior_strength)
            for kind, counts in (("words", words), ("phrases", phrases))
        }
        outlets.append(
            OutletVocabulary(
                label=label,
                articles=tuple(sorted(articles[index].id for index in members[label])),
                word_total=sum(words[label].values()),
                phrase_total=sum(phrases[label].values()),
                words=ranked["words"],
                phrases=ranked["phrases"],
            )
        )
    return Vocabulary(outlets=tuple(outlets), prior_strength=prior_strength, min_count=min_count, by_article=compared_by_article(articles))


def log_odds_z(y_i: float, y_j: float, n_i: float, n_j: float, alpha_w: float, alpha_0: float) -> tuple[float, float]:
    """``(delta, z)`` of Monroe et al. (2008), eqs. 16 and 18-20, for one term."""
    delta = math.log((y_i + alpha_w) / (n_i + alpha_0 - y_i - alpha_w)) - math.log(
        (y_j + alpha_w) / (n_j + alpha_0 - y_j - alpha_w)
    )
    variance = 1 / (y_i + alpha_w) + 1 / (y_j + alpha_w)
    return delta, delta / math.sqrt(variance)


def _ranked(
    label: str,
    counts: dict[str, Counter[str]],
    total: Counter[str],
    where: dict[tuple[str, str], list[Occurrence]],
    shown: Callable[[str], str],
    *,
    top: int,
    min_count: int,
    prior_strength: float,
) -> tuple[DistinctiveTerm, ...]:
    n = sum(total.values())
    if n == 0:
        return ()
    alpha_0 = prior_strength * n
    n_i = sum(counts[label].values())
    n_j = n - n_i
    if n_i == 0 or n_j == 0:
        return ()  # one outlet alone (or none): nothing to contrast it with
    scored = []
    for term, y_i in counts[label].items():
        if y_i < min_count:
            continue
        y_w = total[term]
        if y_w == n:
            continue  # the story's only term: it cannot set anyone apart (and the odds are undefined)
        delta, z = log_odds_z(y_i, y_w - y_i, n_i, n_j, alpha_0 * y_w / n, alpha_0)
        if z > 0:
            scored.append((-round(z, 6), term, round(delta, 6), y_i, y_w - y_i))
    scored.sort()
    return tuple(
        DistinctiveTerm(
            term=term,
            shown=shown(term),
            count=y_i,
            other_count=y_j,
            delta=delta,
            z=-negative_z,
            occurrences=tuple(sorted(where[(label, term)], key=lambda o: (o.article, o.start))),
        )
        for negative_z, term, delta, y_i, y_j in scored[:top]
    )


def _sum_counts(counters: Iterable[Counter[str]]) -> Counter[str]:
    total: Counter[str] = Counter()
    for counter in counters:
        total.update(counter)
    return total


def _terms(article: Article) -> Iterator[tuple[str, Occurrence, bool]]:
    """Every countable word and adjacent-word phrase of the scored body, with where it occurs."""
    stop = stopwords()
    text = article.text
    for sentence in article.sentences:
        previous: tuple[str, int, int] | None = None
        for match in WORD_RE.finditer(text, sentence.start, sentence.end):
            start, end = match.span()
            surface = match.group().replace("’", "'")
            if surface.lower().endswith("'s") and len(surface) > 2:
                surface, end = surface[:-2], end - 2
            key = surface if len(surface) > 1 and surface.isupper() else surface.lower()
            if key.lower() in stop and not surface.isupper() or len(key) < 2 or not any(c.isalpha() for c in key):
                previous = None
                continue
            yield key, Occurrence(article.id, sentence.index, start, end), False
            if previous is not None and text[previous[2] : start].isspace():
                yield f"{previous[0]} {key}", Occurrence(article.id, sentence.index, previous[1], end), True
            previous = (key, start, end)
