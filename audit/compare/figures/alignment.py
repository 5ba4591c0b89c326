"""Alignment: mention groups of different articles merged into facts, most similar pairs first.

Groups are built greedily from the most similar pair down, one mention group per
article, and every pair across articles in a group must be similar at least at the
agreement level, so one loose link cannot chain two subjects; a group whose values
disagree must hold one pair that passes the conflict test (a third outlet agreeing
with one side does not hide the disagreement). Afterwards a statement left alone joins a fact
that already holds its article when it restates that article's value and agrees with every other
member (``_join_restatements``).
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence

from ...figures import Figure
from ...lexicons import word_set
from ...model import Article
from ...text import WORD_RE, is_speech_verb
from .blocking import candidate_pairs, term_pairs
from .context import Similarity, similarity
from .facts import Fact
from .groups import mention_groups, topic_terms
from .items import Item, items_of
from .pairs import SAYS_LITTLE_KINDS, TALLY_SCORE, cross_noun_status, generic_noun, group_pair, pair_signature, pair_status, same_noun, same_stated
from .values import compatible_intervals, interval_of, unit_class
from .verdicts import fact_of, order_facts


class PairJudge:
    """The status of pairs of mention groups (``pairs.group_pair``), each judged once, when first asked.

    Only groups of one bucket (kind and unit class) from different articles can be one
    fact; any other pair is "no". A pair is always judged with the lower index first,
    as the status of two groups is read in that order. Groups whose members have the
    same signatures (``pairs.pair_signature``) are judged alike, so a figure repeated
    in the same words thousands of times is judged once; within a group only the first
    member of each signature is compared, as a later one could not score higher.
    """

    def __init__(self, groups: Sequence[list[Item]], bucket_of: dict[int, tuple[str, str]], topic: frozenset[str]) -> None:
        self.groups = groups
        self.bucket_of = bucket_of
        self.topic = topic
        signatures: dict[tuple, int] = {}
        classes: dict[tuple[int, ...], int] = {}
        self.class_of: dict[int, int] = {}
        self.representatives: dict[int, list[Item]] = {}
        for g in bucket_of:
            seen: dict[int, Item] = {}
            for item in groups[g]:
                seen.setdefault(signatures.setdefault(pair_signature(item), len(signatures)), item)
            self.class_of[g] = classes.setdefault(tuple(seen), len(classes))
            self.representatives[g] = list(seen.values())
        self.judged: dict[tuple[int, int], tuple[str, Similarity]] = {}
        self.across_nouns: dict[tuple[int, int], str] = {}  # (g, h), g < h: counts of different nouns judged one quantity

    def judge(self, g: int, h: int) -> tuple[str, Similarity]:
        """Status and similarity of groups ``g < h`` of one bucket and different articles."""
        key = (self.class_of[g], self.class_of[h])
        found = self.judged.get(key)
        if found is None:
            found = self.judged[key] = group_pair(self.representatives[g], self.representatives[h], self.topic)
        return found

    def status(self, g: int, h: int) -> str:
        """The status of groups ``g`` and ``h``, in either order: "no" unless they can be one fact."""
        if g > h:
            g, h = h, g
        bucket = self.bucket_of.get(g)
        if bucket is None or bucket != self.bucket_of.get(h) or self._article(g) == self._article(h):
            return self.across_nouns.get((g, h), "no")
        return self.judge(g, h)[0]

    def judge_across_nouns(self, counts: Sequence[int]) -> list[tuple[int, int, str, Similarity]]:
        """Pairs of count groups of different articles and counted nouns that are one quantity by their
        clauses (``pairs.cross_noun_status``), remembered for ``status``. Only groups whose clauses
        share a word are compared (``blocking.term_pairs``), so the work grows with the counts in
        like words."""
        members = [(g, item) for g in counts for item in self.representatives[g]]
        found = []
        for g, h in sorted({(min(g, h), max(g, h)) for g, h in term_pairs(members, lambda item: item.context.clause_words)}):
            if self.bucket_of[g] == self.bucket_of[h]:
                continue
            status, similarity = cross_noun_status(self.representatives[g], self.representatives[h], self.topic)
            if status != "no":
                self.across_nouns[(g, h)] = status
                found.append((g, h, status, similarity))
        return found

    def _article(self, g: int) -> int:
        return self.groups[g][0].mention.article_index


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
    bucket_of: dict[int, tuple[str, str]] = {}
    for g, group in enumerate(groups):
        figure = group[0].mention.figure
        if group[0].alignable:
            bucket_of[g] = (figure.kind, unit_class(figure))
            buckets.setdefault(bucket_of[g], []).append(g)
    judge = PairJudge(groups, bucket_of, topic)
    judged: list[tuple[int, int, str, Similarity]] = []
    for bucket in buckets.values():
        for g, h in candidate_pairs(groups, bucket):
            status, similarity = judge.judge(g, h)
            if status in ("agree", "conflict", "weak", "value", "rival"):
                judged.append((g, h, status, similarity))
    judged.extend(judge.judge_across_nouns([g for g, bucket in bucket_of.items() if bucket[0] == "count"]))
    # the pairs that write the same number in both: evidence for the clear best match and for the order of merging
    same_numbers = {(g, h) for g, h, _status, _similarity in judged if any(same_stated(x, y) for x in groups[g] for y in groups[h])}
    judged = _sole_values(judged, groups, judge)
    counterparts = _counterparts_by_number(judged, groups, same_numbers)
    judged = _sole_matches(judged, groups, judge, counterparts)
    best = _best_matches(judged, groups, counterparts)
    candidates = []
    for g, h, status, similarity in _mutual(judged, groups, best):
        if status == "rival":
            continue  # it only competed for the best match: never one fact
        # the same number written in both ranks first among equally similar pairs, and only among
        # them ("16,000 chips" pairs with "around 16,000 chips" before "10,000 to 50,000 units"): a
        # figure whose context matches better is the counterpart whatever its number
        same_number = (g, h) in same_numbers
        rank = _rank(status, similarity)
        candidates.append((-(rank[0] + (1.0 if same_number else 0.0)), -rank[1], not same_number, status == "conflict", g, h))
    candidates.sort()
    proven = {g: False for g in members}  # the cluster holds a pair with a proven conflict
    apart = {g: False for g in members}  # the cluster holds values that do not overlap
    for _neg_rank, _neg_clause, _other_number, _conflict, g, h in candidates:
        cg, ch = cluster_of[g], cluster_of[h]
        if cg == ch:
            continue
        articles_g = {groups[m][0].mention.article_index for m in members[cg]}
        articles_h = {groups[m][0].mention.article_index for m in members[ch]}
        if articles_g & articles_h:
            continue  # one mention group per article in a fact
        statuses = _statuses_across(judge, members[cg], members[ch])
        if statuses is None:
            continue  # every pair across the two must be one fact
        is_proven = proven[cg] or proven[ch] or "conflict" in statuses
        is_apart = apart[cg] or apart[ch] or "conflict" in statuses or "weak" in statuses
        if is_apart and not is_proven:
            continue  # a disagreement needs one pair that proves it
        members[cg].extend(members.pop(ch))
        proven[cg], apart[cg] = is_proven, is_apart
        for m in members[cg]:
            cluster_of[m] = cg
    _join_restatements(judged, groups, judge, cluster_of, members)
    _join_contradictions(judged, groups, judge, best, cluster_of, members)
    facts = [fact_of([item for m in sorted(ms) for item in groups[m]], articles) for ms in members.values()]
    return order_facts(facts)


VALUE_EVIDENCE = 1.5
"""What overlapping values add to the similarity when a figure's best match is chosen: equal numbers
are evidence of one quantity ("15 weeks" in both outlets is the match of "15 weeks", not of the
"20 weeks" of another law), though never needed for one (``pairs.SAME_SCORE``)."""


def _rank(status: str, similarity: Similarity) -> tuple[float, float, bool]:
    """How good a match is: similarity, with ``VALUE_EVIDENCE`` for overlapping values when the clauses
    share something (equal numbers in clauses about different things are no evidence); then what
    the clauses share."""
    agree = status == "agree"
    evidence = VALUE_EVIDENCE if agree and similarity.clause > 0 else 0.0
    return similarity.score + evidence, similarity.clause, agree


SOLE_SCORE = 2.5
"""Similarity at which each other's clear best match in their articles are one quantity whatever their values."""
SOLE_SCORE_COUNTED = 2.0
"""The same for counts, measures, durations, ages and tallies, whose unit or noun says more of what
they are than a currency or a percent sign does (not a noun news counts for many groups, "people",
"states": ``pairs.generic_noun``)."""
SOLE_MARGIN = 1.5
"""How much better than the next a best match must be to be clear."""


def _sole_values(judged: list[tuple[int, int, str, Similarity]], groups: Sequence[list[Item]], judge: PairJudge) -> list[tuple[int, int, str, Similarity]]:
    """The judged pairs with each "value" pair (values that agree, sentences that share little) made an
    agreement when each figure is the only one of its kind and unit in the other's article whose value
    it agrees with, and dropped otherwise: "$5-a-gallon gas" and "nearly $5 per gallon", each its
    article's only such amount, are one fact; two "$5" of one article beside one of another are not."""
    matches: dict[tuple[int, int], int] = {}
    for g, h, status, _similarity in judged:
        if status in ("agree", "value"):
            for mine, theirs in ((g, h), (h, g)):
                key = (mine, groups[theirs][0].mention.article_index)
                matches[key] = matches.get(key, 0) + 1
    kept = []
    for g, h, status, similarity in judged:
        if status == "value":
            if matches[(g, groups[h][0].mention.article_index)] != 1 or matches[(h, groups[g][0].mention.article_index)] != 1:
                continue
            status = "agree"
            judge.judged[(judge.class_of[g], judge.class_of[h])] = (status, similarity)
        kept.append((g, h, status, similarity))
    return kept


def _counterparts_by_number(
    judged: list[tuple[int, int, str, Similarity]], groups: Sequence[list[Item]], same_numbers: set[tuple[int, int]]
) -> dict[tuple[int, int], frozenset[int]]:
    """(group, other article) -> the groups of that article that agree with it writing its very number.
    Such a figure is the counterpart of those: "approximately 13,000" evacuated beside "13,000" in the
    other outlet, "20 members" needed for a quorum beside "20 senators"."""
    found: dict[tuple[int, int], set[int]] = {}
    for g, h, status, _similarity in judged:
        if status == "agree" and (g, h) in same_numbers:
            found.setdefault((g, groups[h][0].mention.article_index), set()).add(h)
            found.setdefault((h, groups[g][0].mention.article_index), set()).add(g)
    return {key: frozenset(value) for key, value in found.items()}


def _counterpart_of_another(counterparts: dict[tuple[int, int], frozenset[int]], mine: int, theirs: int, groups: Sequence[list[Item]]) -> bool:
    """Whether ``theirs`` writes the very number of a figure of ``mine``'s article other than ``mine``."""
    partners = counterparts.get((theirs, groups[mine][0].mention.article_index), frozenset())
    return bool(partners) and mine not in partners


def _sole_matches(
    judged: list[tuple[int, int, str, Similarity]], groups: Sequence[list[Item]], judge: PairJudge, counterparts: dict[tuple[int, int], frozenset[int]]
) -> list[tuple[int, int, str, Similarity]]:
    """The agreeing and conflicting pairs, with a "weak" pair (values apart, sentences alike only at the
    agreement level) made a conflict when each figure is the other's clear best match in its article:
    the only figure of its kind and unit there whose sentence says something alike, or one whose
    sentence says more alike by ``SOLE_MARGIN``. One article's sole "up to 24,000 Venezuelans" and the
    other's sole "as many as 64,000 Venezuelans" are one quantity."""
    scores: dict[tuple[int, int], list[tuple[float, int]]] = {}
    for g, h, _status, similarity in judged:
        for mine, theirs in ((g, h), (h, g)):
            scores.setdefault((mine, groups[theirs][0].mention.article_index), []).append((similarity.score, theirs))

    # a figure that states the very number of another figure of my article, in a sentence alike, is
    # that figure's counterpart: it is no rival for my match ("approximately 13,000" evacuated since
    # August 14 beside "13,000" in the other outlet does not blur "18,000" against "38,000")
    def clear_best(mine: int, theirs: int) -> bool:
        article = groups[mine][0].mention.article_index
        ranked = sorted(
            ((score, other) for score, other in scores[(mine, groups[theirs][0].mention.article_index)] if other == theirs or (other, article) not in counterparts),
            reverse=True,
        )
        return ranked[0][1] == theirs and (len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= SOLE_MARGIN)

    kept = []
    for g, h, status, similarity in judged:
        if status == "weak":
            fg, fh = groups[g][0].mention.figure, groups[h][0].mention.figure
            kind = fg.kind
            says_little = kind in SAYS_LITTLE_KINDS or bool(generic_noun(fg, fh))
            needed = SOLE_SCORE if says_little else TALLY_SCORE if kind == "tally" else SOLE_SCORE_COUNTED
            # a writer picks the unit that fits the quantity: a duration or measure in another unit ("the
            # other 51 weeks of the year", "$80 billion over 10 years") is one quantity only if the clauses say so
            other_unit = kind in ("duration", "measure") and fg.unit != fh.unit and not similarity.clause
            # for figures whose unit says little (a currency) one sense written in different words is no evidence at this
            # bar: an outlet rewriting a report changes several of its words ("bought the stadium ..., raising its debt",
            # "A ... purchase of the stadium increased what the team owes"), while two lone amounts of a story whose
            # sentences share one verb of a sense are as often two deals ("bought the stadium for $90 million",
            # "purchased $40 million of tickets"); a date's or year's verb is its event, and one sense of it is
            # evidence ("sued the company on March 3", "filed a lawsuit against the company on March 5")
            amount = says_little and kind not in ("date", "year")
            score = similarity.score - similarity.lone_sense if amount else similarity.score
            if score < needed or other_unit or not (clear_best(g, h) and clear_best(h, g)):
                continue
            status = "conflict"
            judge.judged[(judge.class_of[g], judge.class_of[h])] = (status, similarity)
        kept.append((g, h, status, similarity))
    return kept


_Rank = tuple[float, float, bool]


def _best_matches(
    judged: list[tuple[int, int, str, Similarity]], groups: Sequence[list[Item]], counterparts: dict[tuple[int, int], frozenset[int]]
) -> dict[tuple[int, int], _Rank]:
    """(group, other article) -> the rank (``_rank``) of the group's best match in that article.

    A figure that writes the very number of another figure of my article is that figure's
    counterpart (``_counterparts_by_number``), and its looser links with me do not compete for my
    match: an agreement by rounding only ("18 members" within "20 senators", when "20 senators" are
    the "20 members" a quorum needs) or a rival ("up to $25,000" per grant beside a "$400,000"
    program, when the other outlet writes "$25,000" grants too). A conflict with it still competes.
    """
    best: dict[tuple[int, int], _Rank] = {}
    for g, h, status, similarity in judged:
        rank = _rank(status, similarity)
        for mine, theirs in ((g, h), (h, g)):
            if status in ("agree", "rival") and _counterpart_of_another(counterparts, mine, theirs, groups):
                continue
            key = (mine, groups[theirs][0].mention.article_index)
            if key not in best or rank > best[key]:
                best[key] = rank
    return best


def _mutual(
    judged: list[tuple[int, int, str, Similarity]], groups: Sequence[list[Item]], best: dict[tuple[int, int], _Rank]
) -> list[tuple[int, int, str, Similarity]]:
    """The judged pairs less the conflicts that are not each other's best match (``_best_matches``).

    A figure has at most one counterpart in another article: a disagreement is a conflict only
    between two figures that are each the other's best match in that article (``_rank``), so that "about $3 million" (one
    firm's cost) is not set against "$100 million+" when that article's "$80 to $100 million" is
    the better match.
    """
    kept = []
    for g, h, status, similarity in judged:
        rank = _rank(status, similarity)
        if status == "conflict" and (
            best[(g, groups[h][0].mention.article_index)] > rank or best[(h, groups[g][0].mention.article_index)] > rank
        ):
            continue
        kept.append((g, h, status, similarity))
    return kept


def _statuses_across(judge: PairJudge, left: list[int], right: list[int]) -> set[str] | None:
    """The statuses of every pair of groups across two clusters; ``None`` as soon as one is "no"."""
    found: set[str] = set()
    for x in left:
        for y in right:
            status = judge.status(x, y)
            if status in ("no", "rival"):
                return None
            found.add(status)
    return found



def _join_restatements(judged: list[tuple[int, int, str, Similarity]], groups: Sequence[list[Item]], judge: PairJudge, cluster_of: list[int], members: dict[int, list[int]]) -> None:
    """A mention group left alone joins a fact that already holds a statement of its own article when
    it agrees with every other article's member of that fact and with its own article's statements
    there: an article that states one quantity twice in different words ("over a dozen other states"
    in its lead, "A total of 18 states" later) restates it, and both belong beside the other outlet's
    "18 states". The main pass keeps one mention group per article in a fact, so the second statement
    stood alone as "stated by one article only".

    Only a figure that states one value (a number or its rounding) joins, not an open bound or a
    range: "little more than three months" before release reaches the "five months" of the sentence
    and is another quantity, as "10,000 to 50,000 units" of one firm reaches another's "16,000 chips". Dates and years never join: one day or year names many events of one story ("Thursday"
    of a vote, "Thursday" of a statement)."""
    agreements = sorted((-_rank(status, similarity)[0], g, h) for g, h, status, similarity in judged if status == "agree")
    for _neg_rank, g, h in agreements:
        for lone, other in ((g, h), (h, g)):
            alone, target = cluster_of[lone], cluster_of[other]
            if alone == target or members[alone] != [lone]:
                continue
            item = groups[lone][0]
            figure = item.mention.figure
            if figure.kind in ("date", "year"):
                continue
            article = item.mention.article_index
            own = [m for m in members[target] if groups[m][0].mention.article_index == article]
            if not own or any(judge.status(lone, m) != "agree" for m in members[target] if m not in own):
                continue
            stated = interval_of(figure, item.day, figure)
            if stated is None or math.isinf(stated.high) or stated.low <= 0 or figure.stated_low != figure.stated_high:
                continue  # an open bound ("more than", "up to") or a range is no restatement of a value
            if not all(_compatible(item, groups[m][0]) for m in own):
                continue
            members[target].append(members.pop(alone)[0])
            cluster_of[lone] = target


def _join_contradictions(
    judged: list[tuple[int, int, str, Similarity]],
    groups: Sequence[list[Item]],
    judge: PairJudge,
    best: dict[tuple[int, int], _Rank],
    cluster_of: list[int],
    members: dict[int, list[int]],
) -> None:
    """A mention group left alone joins a fact that already holds a statement of its own article when
    that article restates the statement's clause around the lone group's other value
    (``_restated_clause``: the same words, in the form written, around the two values) and the lone
    group is one quantity by context with another outlet's member of the fact (a "conflict" pair, its
    best match in that article) and more alike to it than its article's agreeing statement
    (``_alike``, blind to values and to the order of the sentences; a tie joins nothing): the fact
    then holds both of its article's statements, and the verdict sets it against the other outlet's,
    noting that its article also states the agreeing value (``verdicts.fact_of``). An outlet that
    writes "the state law bans abortions after ten weeks of pregnancy, the justices said in their ruling"
    in one paragraph and "the state law bans abortions after six weeks of pregnancy, the justices said" in
    another, beside another outlet's "The state law bans abortions after six weeks of pregnancy, the
    justices said in their ruling", disagrees with it; the agreeing statement took the match (one mention
    group per article), by its value only, and the other stood alone as "stated by one article only".
    A clause restated with another speaker ("..., the union said" beside "..., the mayor said" or no one)
    is another source's statement, not the article contradicting itself (``_speaker_forms``).

    An article seldom contradicts itself: its figures of one kind in like clauses are most often
    different quantities (a goal, a forecast, a claim or an old value beside the outcome, subgroups'
    margins of error, two states' delegates at stake), so each condition is needed. On PolNeAR train
    11 pairs of one article's figures restate a clause around values that differ
    (``benchmarks/restated_clauses.py``), 1 of them one quantity (a count updated in a live blog); on
    the figure dev set's 57 stories none. An article that restates the clause around several other
    values lists several quantities ("after six weeks" here, "after eight weeks" and "after ten weeks"
    there): none joins; nor does a lone statement that could join two facts. Dates and years never
join, as in ``_join_restatements``: "Voters went to the polls in 2018 to elect the mayor" and "... in 2022
..." are two elections, not an article that contradicts itself (4 of the 11 PolNeAR pairs are the dates of
different tweets)."""
    found: dict[tuple[int, int], set[int]] = {}  # (fact, article) -> the lone groups of that article that would join it
    for g, h, status, similarity in judged:
        if status != "conflict":
            continue
        rank = _rank(status, similarity)
        for lone, other in ((g, h), (h, g)):
            alone, target = cluster_of[lone], cluster_of[other]
            if alone == target or members[alone] != [lone]:
                continue
            if groups[lone][0].mention.figure.kind in ("date", "year"):
                continue  # one clause around two days or years tells of an event that recurs (two elections, two votes, two tweets)
            if best[(lone, groups[other][0].mention.article_index)] > rank:
                continue  # its best match in that article is another figure
            article = groups[lone][0].mention.article_index
            own = [m for m in members[target] if groups[m][0].mention.article_index == article]
            # the representatives only (``PairJudge``): a figure repeated in the same words is read once
            restated = [m for m in own if _restated_clause(judge.representatives[lone], judge.representatives[m], judge.topic)]
            if not restated or any(_compatible(x, y) for m in restated for x in judge.representatives[lone] for y in judge.representatives[m]):
                continue  # values that overlap are a restatement, ``_join_restatements``'s to join
            if any(_alike(judge, m, other) >= _alike(judge, lone, other) for m in restated):
                continue  # the agreeing statement is as good a match by its words: nothing says the lone one is its counterpart
            if _statuses_across(judge, [lone], [m for m in members[target] if m not in own]) is None:
                continue
            found.setdefault((target, article), set()).add(lone)
    targets: dict[int, set[int]] = {}
    for (target, _article), lones in found.items():
        for lone in lones:
            targets.setdefault(lone, set()).add(target)
    for (target, _article), lones in sorted(found.items()):
        if len(lones) > 1:
            continue  # an article that restates the clause around several values lists several quantities
        (lone,) = lones
        if len(targets[lone]) > 1:
            continue  # it could restate either fact's statement
        members[target].append(members.pop(cluster_of[lone])[0])
        cluster_of[lone] = target


def _alike(judge: PairJudge, g: int, h: int) -> float:
    """How alike the sentences of two groups of different articles are, blind to their values and to
    their places in their articles: ``context.similarity`` of their best pair of members, without the
    bonus of two leads' figures or the floor of a restated clause that ``pairs.pair_status`` adds. The
    whole sentence is read, not the clause alone: two statements that restate one clause (``_same_words``)
    share the same clause words with any third, and only the rest of their sentences (who said it, when)
    tells which is the other outlet's counterpart."""
    return max(
        similarity(x.context, y.context, judge.topic, person=x.mention.figure.kind == "age", same_noun=same_noun(x.mention.figure, y.mention.figure),
                   ignored=generic_noun(x.mention.figure, y.mention.figure)).score
        for x in judge.representatives[g]
        for y in judge.representatives[h]
    )


def _restated_clause(left: list[Item], right: list[Item], topic: frozenset[str]) -> bool:
    """Whether two mention groups of one article hold a member each, in different sentences, that
    are one quantity whose values differ as two outlets' would be (``pairs.pair_status``: "conflict",
    past its hard rules: other names, years, owners, measures, values ten times apart) in the same
    clause (``_same_words``): the clause restated around another value. Two figures of one sentence
    are two quantities of it, and so are two whose sentences set them in different time frames or
    versions (``_time_frames``: "the new bill ... after 15 weeks", "earlier bills ... after 20 weeks")."""
    for x in left:
        for y in right:
            if x.mention.sentence_start == y.mention.sentence_start or not _same_words(_clause_forms(x), _clause_forms(y)):
                continue
            if _speaker_forms(x) != _speaker_forms(y):
                continue  # "..., the union said" and "..., the mayor said" (or no one): two sources' statements, not one restated
            if _time_frames(x) != _time_frames(y):
                continue
            status, _alike_pair = pair_status(x, y, topic)
            if status == "conflict":
                return True
    return False


def _clause_forms(item: Item) -> frozenset[str]:
    """The words of the item's clause (``FigureContext.clause_span``) as written, in lower case, function
    words included, less the figure's own: "planned to hire" and "hired", "requires" and "required" differ
    here, as they do not as stems. Read only for the few pairs that may restate a clause."""
    offset, sentence, span = item.mention.sentence_start, item.mention.sentence, item.mention.figure.span
    left, right = item.context.clause_span
    return frozenset(
        match.group().lower()
        for match in WORD_RE.finditer(sentence, left - offset, right - offset)
        if match.end() + offset <= span.start or match.start() + offset >= span.end
    )


def _speaker_forms(item: Item) -> frozenset[str]:
    """The words naming who says the item's clause when a reporting clause outside it does (", the union said at a news
    conference", "Officials said, ..."): the words of the sentence outside the clause (``FigureContext.clause_span``) up
    to the first verb of saying, as written in lower case, less that verb ({"the", "union"}); empty when no verb of
    saying stands outside the clause. A clause restated with another speaker is another source's statement, as a
    claim inside the clause ("the president said the crowd numbered 900,000") is by its words already."""
    offset, sentence = item.mention.sentence_start, item.mention.sentence
    left, right = item.context.clause_span
    for start, end in ((right - offset, len(sentence)), (0, left - offset)):
        words = []
        for match in WORD_RE.finditer(sentence, max(start, 0), max(end, 0)):
            word = match.group().lower()
            if is_speech_verb(word):
                return frozenset(words)
            words.append(word)
    return frozenset()


_SLACK_WORDS = frozenset({"a", "an", "the", "this", "that", "these", "those"})
"""The one word two restatements of a clause may differ by: an article or a demonstrative ("the law
bans", "that law bans"; "said that")."""


def _same_words(left: frozenset[str], right: frozenset[str]) -> bool:
    """Whether two clauses are the same words as written, but for one of ``_SLACK_WORDS``. Shared words
    are no test: a goal, a forecast, a claim, a request or an old value is stated in the words of the
    outcome beside a word of its own ("planned to hire 200" and "hired 150", "sought $90 million" and
    "received $40 million", "required 54 mpg" and "requires 40 mpg", "the president said the crowd
    numbered 900,000" and "the crowd numbered 250,000"), so every word counts, in the form written."""
    differ = left ^ right
    return bool(left) and (not differ or (len(differ) == 1 and differ <= _SLACK_WORDS))


_WORD_RE = re.compile(r"[A-Za-z]+")


def _time_frames(item: Item) -> frozenset[str]:
    """The words of ``figure_time_frame_words.txt`` in the item's sentence ("earlier", "new", "final"), as
    written in lower case or, capitalised, as its first word ("Previously, ..."): a capital elsewhere
    opens a name ("New York", "Final Four"), no time frame."""
    frames = word_set("figure_time_frame_words.txt")
    found = set()
    for position, match in enumerate(_WORD_RE.finditer(item.mention.sentence)):
        word = match.group()
        if word in frames or (position == 0 and word.lower() in frames):
            found.add(word.lower())
    return frozenset(found)


def _compatible(x: Item, y: Item) -> bool:
    """Whether two statements of one article have values that overlap."""
    ix, iy = interval_of(x.mention.figure, x.day, y.mention.figure), interval_of(y.mention.figure, y.day, x.mention.figure)
    return ix is not None and iy is not None and compatible_intervals(ix, iy)
