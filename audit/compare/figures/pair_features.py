"""Whether two figures of different articles state one quantity, read as a feature vector blind to their values.

The hand score of ``context.similarity`` adds shared words and names with weights set by
hand. This module reads the same evidence, and a few more signals, as a vector
(``FEATURES``, each with the reason it may tell one quantity from two) for a learned scorer:
``scripts/fit_figure_pairs.py`` fits a logistic regression on it (the figure dev set's
annotated pairs) and ``benchmarks/bench_figure_pairs.py`` measures that scorer in the
alignment by cross-fitting over stories. Nothing in the vector says whether the numbers agree.

The alignment does not use it: cross-fitted, the learned scorer flagged no more perturbations
than the hand rules and raised false conflicts first (README, "Figures"; 2026-11-26). It is
kept, with its test, so that the experiment can be rerun on more data.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Article, Sentence, Span
from .context import FigureContext, displaced_names, names_among, same_clause, same_person, words_and_stems
from .items import Item
from .pairs import SAYS_LITTLE_KINDS, generic_noun, same_noun
from .values import unit_class

FEATURES: tuple[tuple[str, str], ...] = (
    ("bias", "the prior of one quantity among the pairs the hard rules let through"),
    ("clause_words", "content stems both clauses use (a story's topic word counts half): what the numbers are about"),
    ("sentence_words", "stems shared by the sentences only: weaker evidence of the same subject"),
    ("clause_dice", "the share of the clauses' words they hold in common: two long clauses share words by chance"),
    ("clause_length", "log of the clauses' words: the chance of a shared word grows with them"),
    ("clause_name", "a name in both clauses: the subject named beside the number"),
    ("wide_names", "names shared by the sentences (at most two)"),
    ("displaced", "a name of one clause held by another figure's clause in the other sentence"),
    ("same_clause", "the clause restated nearly word for word (``context.same_clause``)"),
    ("same_noun", "two counts of one noun as written that news does not count for many groups"),
    ("generic_noun", "two counts of a noun news counts for many groups ('people', 'states'): the noun says little"),
    ("near_same_side", "stems among the three content words before both figures, or after both: what the number counts"),
    ("near_any", "stems shared by the two figures' neighbourhoods, either side (word order differs across outlets)"),
    ("both_lead", "each states its article's lead figure of its kind: news states its main figures first"),
    ("position_gap", "how far apart the sentences lie in their articles (0 to 1): outlets tell a story in a similar order"),
    ("position_mean", "how deep in their articles the sentences lie: late figures are background, seldom shared"),
    ("ambiguity", "log of the numbers of their kind each article states: the more there are, the likelier another is the match"),
    ("sentence_rivals", "log of the figures of their kind in each sentence: a sentence listing several leaves each less sure"),
    ("same_rank", "the same place among the figures of their kind in their sentences, when one holds several: outlets list in one order"),
    ("same_qualifier", "the same qualifier ('more than', 'about', none): outlets copying one source keep its hedge"),
    ("same_comparison", "both or neither the reference of a comparison ('more than the $5.7 billion')"),
    ("says_little", "money, percentages, dates and years: the unit says nothing of what is measured"),
    ("tally", "vote tallies: a story reports few, and a tally says by itself that it is a vote"),
    ("same_person", "two ages of one named person"),
)
"""Name and reason of each feature, in the order of the vector."""



@dataclass(frozen=True)
class Placement:
    """Where a figure sits in its article, for ``pair_features``."""

    position: float  # where its sentence lies in the article, 0 (first) to 1 (last), in tenths
    kind_count: int  # how many different numbers of its kind and unit class its article states
    in_sentence: int  # how many figures of its kind and unit class its sentence holds
    rank: int  # its place among them, from 0
    near: tuple[frozenset[str], frozenset[str]]  # the stems of the ``NEAR_WORDS`` content words before it and after it


NEAR_WORDS = 3
"""How many content words either side of a figure are its neighbours: the words right beside a number
name what it counts or measures ("leaves 800,000 federal workers without pay")."""


def placements(articles: Sequence[Article], items: Sequence[Item]) -> list[Placement]:
    """The ``Placement`` of each of ``items`` (``items.items_of(articles, ...)``), in their order."""
    numbers: dict[tuple[int, str, str], set[tuple[float, float]]] = {}
    in_sentence: dict[tuple[int, int, str, str], list[int]] = {}
    for i, item in enumerate(items):
        f = item.mention.figure
        kind = (f.kind, unit_class(f))
        numbers.setdefault((item.mention.article_index, *kind), set()).add((f.stated_low, f.stated_high))
        in_sentence.setdefault((item.mention.article_index, f.sentence, *kind), []).append(i)
    rank = {i: r for members in in_sentence.values() for r, i in enumerate(members)}
    found = []
    for i, item in enumerate(items):
        f = item.mention.figure
        article = articles[item.mention.article_index]
        kind = (f.kind, unit_class(f))
        found.append(
            Placement(
                round(f.sentence / max(len(article.sentences) - 1, 1), 1),
                len(numbers[(item.mention.article_index, *kind)]),
                len(in_sentence[(item.mention.article_index, f.sentence, *kind)]),
                rank[i],
                near_words(article.text, article.sentences[f.sentence], f.span),
            )
        )
    return found


def near_words(text: str, sentence: Sentence, span: Span) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the last ``NEAR_WORDS`` content words before ``span`` and the first after it, within its sentence."""
    reach = 20 * NEAR_WORDS  # characters: enough for three words and the function words between them
    before = words_and_stems(text[max(sentence.start, span.start - reach) : span.start])[-NEAR_WORDS:]
    after = words_and_stems(text[span.end : min(sentence.end, span.end + reach)])[:NEAR_WORDS]
    return frozenset(stemmed for _, stemmed in before), frozenset(stemmed for _, stemmed in after)


def pair_features(
    a: Item, b: Item, placed: tuple[Placement, Placement], topic: frozenset[str], *, same_noun: bool, ignored: frozenset[str]
) -> tuple[float, ...]:
    """The ``FEATURES`` of two mentions of different articles that the hard rules let be one quantity
    (``placed``: their ``Placement``); ``same_noun`` and ``ignored`` (the generic counted noun both
    share) as ``context.similarity`` takes them."""
    ca, cb = a.context, b.context
    fa, fb = a.mention.figure, b.mention.figure
    pa, pb = placed

    def weight(term: str) -> float:
        return 0.5 if term in topic else 1.0

    clause_shared = (ca.clause_words & cb.clause_words) - ignored
    sentence_shared = (ca.sentence_words & cb.sentence_words) - clause_shared - ignored
    sizes = len(ca.clause_words) + len(cb.clause_words)
    wide = len(names_among(ca.wide_names, cb.wide_names))
    (left_a, right_a), (left_b, right_b) = pa.near, pb.near
    return (
        1.0,
        sum(weight(t) for t in clause_shared),
        sum(weight(t) for t in sentence_shared),
        2 * len(clause_shared) / sizes if sizes else 0.0,
        math.log1p(sizes),
        float(_names_shared(ca, cb)),
        float(min(wide, 2)),
        float(displaced_names(ca, cb)),
        float(same_clause(ca, cb)),
        float(same_noun),
        float(bool(ignored)),
        float(len((left_a & left_b) - ignored) + len((right_a & right_b) - ignored)),
        float(len(((left_a | right_a) & (left_b | right_b)) - ignored)),
        float(a.first_of_kind and b.first_of_kind),
        abs(pa.position - pb.position),
        (pa.position + pb.position) / 2,
        math.log(pa.kind_count * pb.kind_count),
        math.log(pa.in_sentence * pb.in_sentence),
        float(max(pa.in_sentence, pb.in_sentence) > 1 and pa.rank == pb.rank),
        float(fa.qualifier == fb.qualifier),
        float(bool(fa.comparison) == bool(fb.comparison)),
        float(fa.kind in SAYS_LITTLE_KINDS),
        float(fa.kind == "tally"),
        float(fa.kind == "age" and same_person(ca, cb)),
    )


def _names_shared(a: FigureContext, b: FigureContext) -> bool:
    return bool(names_among(a.clause_names, b.clause_names))


def features_of(a: Item, b: Item, placed: tuple[Placement, Placement], topic: frozenset[str]) -> tuple[float, ...]:
    """``pair_features`` of two mentions placed in their articles, with their counted nouns read as
    ``pairs.pair_status`` reads them (for the learned scorer of ``scripts/fit_figure_pairs.py``; the
    alignment does not use it)."""
    fa, fb = a.mention.figure, b.mention.figure
    return pair_features(a, b, placed, topic, same_noun=same_noun(fa, fb), ignored=generic_noun(fa, fb))
