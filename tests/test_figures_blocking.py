"""Blocking in figure alignment (audit.compare.figures.blocking): only pairs that cannot agree or
conflict are left unjudged, so the verdicts are those of comparing every pair."""
from __future__ import annotations

import pytest

from audit.compare.figures import compare_figures
from audit.compare.figures.alignment import PairJudge
from audit.compare.figures.blocking import candidate_pairs
from audit.compare.figures.groups import mention_groups, topic_terms
from audit.compare.figures.items import items_of
from audit.compare.figures.pairs import group_pair
from audit.compare.figures.values import unit_class
from audit.figures import figures_in
from conftest import make_article


def groups_and_buckets(articles):
    items = items_of(articles, [figures_in(a) for a in articles])
    topic = topic_terms(items, len(articles))
    groups = mention_groups(items, topic)
    buckets: dict[tuple[str, str], list[int]] = {}
    for g, group in enumerate(groups):
        if group[0].alignable:
            buckets.setdefault((group[0].mention.figure.kind, unit_class(group[0].mention.figure)), []).append(g)
    return groups, buckets, topic


def candidates_of(articles):
    """The candidate pairs of a story whose figures are of one kind and unit."""
    groups, buckets, _ = groups_and_buckets(articles)
    (bucket,) = buckets.values()
    return candidate_pairs(groups, bucket)


def only_verdict(articles):
    (fact,) = compare_figures(articles, [figures_in(a) for a in articles])
    return fact.verdict


def story(*texts, dates=None):
    dates = dates or ["2025-02-24"] * len(texts)
    return [make_article(f"T\n\n{text}", id=f"{k}.txt", published=date, outlet=f"Outlet {k}") for k, (text, date) in enumerate(zip(texts, dates))]


STORIES = {
    "currencies on different days": story(
        "DeepSeek spent 380 billion yuan (50 billion euros) on chips, Liang Wenfeng said.",
        "DeepSeek spent $52 billion on chips, Liang Wenfeng said.",
        "DeepSeek spent £30 billion on chips, Liang Wenfeng said.",
        dates=["2025-02-24", "2014-06-02", "2020-03-16"],
    ),
    "rounding and open ends": story(
        "The Acme plant covers 18 km of coast near Lisbon and employs more than 2,000 workers.",
        "The Acme plant covers 17.9 km of coast near Lisbon and employs 2,400 workers.",
        "The Acme plant covers 11.2 miles of coast near Lisbon and employs fewer than 1,500 workers.",
    ),
    "ages and names in the sentence before": story(
        "Liang Wenfeng founded DeepSeek. He is 40 and studied in Hangzhou.",
        "The 41-year-old founder Liang Wenfeng studied in Hangzhou.",
        "Jane Smith, 54, met Liang Wenfeng, 39, in Hangzhou.",
    ),
    "ranges, changes and signs": story(
        "Acme's revenue rose from $80 million to $100 million as temperatures fell to minus 8 degrees.",
        "Acme's revenue rose from $80 million to $120 million as temperatures fell to minus 12 degrees.",
        "Acme's revenue was between $70 million and $90 million, up 25%.",
    ),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_every_pair_that_agrees_or_conflicts_is_a_candidate(name):
    groups, buckets, topic = groups_and_buckets(STORIES[name])
    judged = 0
    for bucket in buckets.values():
        candidates = set(candidate_pairs(groups, bucket))
        for position, g in enumerate(bucket):
            for h in bucket[position + 1 :]:
                if groups[g][0].mention.article_index == groups[h][0].mention.article_index:
                    continue
                if group_pair(groups[g], groups[h], topic)[0] in ("agree", "conflict"):
                    judged += 1
                    assert (g, h) in candidates
    assert judged  # each story has agreements or conflicts to find


def test_every_pair_of_the_seeds_that_agrees_or_conflicts_is_a_candidate(seed_articles):
    groups, buckets, topic = groups_and_buckets(seed_articles)
    for bucket in buckets.values():
        candidates = set(candidate_pairs(groups, bucket))
        for position, g in enumerate(bucket):
            for h in bucket[position + 1 :]:
                if groups[g][0].mention.article_index != groups[h][0].mention.article_index:
                    if group_pair(groups[g], groups[h], topic)[0] in ("agree", "conflict"):
                        assert (g, h) in candidates


def test_different_values_whose_clauses_share_nothing_are_not_compared():
    assert candidates_of(story("Acme raised $5 million from Initech.", "Globex spent $90 million on Umbrella.")) == []


def test_far_apart_values_with_a_shared_name_are_compared_and_conflict():
    articles = story("Acme raised $5 million from Initech.", "Acme raised $90 million from Initech.")
    assert len(candidates_of(articles)) == 1
    assert only_verdict(articles) == "conflict"


def test_overlapping_values_without_a_shared_name_are_compared():
    assert len(candidates_of(story("Acme raised about $5 million.", "The startup raised $5.2 million."))) == 1


def test_figures_of_one_article_are_never_candidates():
    groups, buckets, _ = groups_and_buckets(story("Acme raised $5 million from Initech, and Acme raised $9 million from Initech."))
    for bucket in buckets.values():
        assert candidate_pairs(groups, bucket) == []


def test_a_figure_repeated_in_the_same_words_is_judged_once():
    articles = story("$1.5 billion and " * 200 + "more.", "$1.5 billion and " * 200 + "more.")
    groups, buckets, topic = groups_and_buckets(articles)
    (bucket,) = buckets.values()
    bucket_of = {g: key for key, members in buckets.items() for g in members}
    judge = PairJudge(groups, bucket_of, topic)
    pairs = candidate_pairs(groups, bucket)
    assert len(pairs) == 200 * 200
    for g, h in pairs:
        judge.judge(g, h)
    # each article's first figure of a kind is judged apart (it leads its article: pairs.LEAD_SCORE), the others alike
    assert len(judge.judged) <= 4


def test_a_rounded_figure_reaches_a_more_precise_one_without_a_shared_name():
    # "18 km" beside "18.4 km" stands for 17.5-18.5 km: they overlap only as a rounding
    articles = story("The plant covers 18 km of coast.", "The plant covers 18.4 km of coast.")
    assert len(candidates_of(articles)) == 1
    assert only_verdict(articles) == "agree"
