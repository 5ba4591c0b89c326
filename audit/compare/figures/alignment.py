"""Alignment: mention groups of different articles merged into facts, most similar pairs first.

Groups are built greedily from the most similar pair down, one mention group per
article, and every pair across articles in a group must be similar at least at the
agreement level, so one loose link cannot chain two subjects; a group whose values
disagree must hold one pair that passes the conflict test (a third outlet agreeing
with one side does not hide the disagreement).
"""
from __future__ import annotations

from collections.abc import Sequence

from ...figures import Figure
from ...model import Article
from .facts import Fact
from .groups import mention_groups, topic_terms
from .items import items_of
from .pairs import group_pair, same_stated
from .values import unit_class
from .verdicts import fact_of, order_facts


def compare_figures(articles: Sequence[Article], figures: Sequence[Sequence[Figure]]) -> tuple[Fact, ...]:
    """Group the figures of ``articles`` (``figures[i]`` belongs to ``articles[i]``) into facts with verdicts.

    Returns conflicts first, then agreements, then single-source figures; within
    each, in the order the first mention appears (article order, then offset).
    """
    items = items_of(articles, figures)
    topic = topic_terms(items, len(articles))
    groups = mention_groups(items, topic)
    cluster_of = list(range(len(groups)))
    members: dict[int, list[int]] = {g: [g] for g in range(len(groups))}

    # only figures of one kind and unit class can be one fact: compare within those buckets
    buckets: dict[tuple[str, str], list[int]] = {}
    for g, group in enumerate(groups):
        figure = group[0].mention.figure
        if group[0].alignable:
            buckets.setdefault((figure.kind, unit_class(figure)), []).append(g)
    status_of: dict[tuple[int, int], str] = {}
    candidates = []
    for bucket in buckets.values():
        for position, g in enumerate(bucket):
            for h in bucket[position + 1 :]:
                if groups[g][0].mention.article_index == groups[h][0].mention.article_index:
                    continue
                status, similarity = group_pair(groups[g], groups[h], topic)
                status_of[(g, h)] = status_of[(h, g)] = status
                if status in ("agree", "conflict"):
                    # the same number written in both ranks first among equally similar pairs:
                    # "16,000 chips" pairs with "around 16,000 chips" before "10,000 to 50,000 units"
                    same_number = any(same_stated(x, y) for x in groups[g] for y in groups[h])
                    candidates.append((-(similarity.score + (1.0 if same_number else 0.0)), status == "conflict", g, h))
    candidates.sort()
    proven = {g: False for g in members}  # the cluster holds a pair with a proven conflict
    apart = {g: False for g in members}  # the cluster holds values that do not overlap
    for _neg_rank, _conflict, g, h in candidates:
        cg, ch = cluster_of[g], cluster_of[h]
        if cg == ch:
            continue
        articles_g = {groups[m][0].mention.article_index for m in members[cg]}
        articles_h = {groups[m][0].mention.article_index for m in members[ch]}
        if articles_g & articles_h:
            continue  # one mention group per article in a fact
        statuses = [status_of.get((x, y), "no") for x in members[cg] for y in members[ch]]
        if "no" in statuses:
            continue  # every pair across the two must be one fact
        is_proven = proven[cg] or proven[ch] or "conflict" in statuses
        is_apart = apart[cg] or apart[ch] or "conflict" in statuses or "weak" in statuses
        if is_apart and not is_proven:
            continue  # a disagreement needs one pair that proves it
        members[cg].extend(members.pop(ch))
        proven[cg], apart[cg] = is_proven, is_apart
        for m in members[cg]:
            cluster_of[m] = cg
    facts = [fact_of([item for m in sorted(ms) for item in groups[m]], articles) for ms in members.values()]
    return order_facts(facts)

