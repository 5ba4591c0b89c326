"""The lens results per outlet, side by side, and how each outlet stands against the others.

This is the one place where the answer at the top of the report and its charts read the
lenses: who speaks (``audit.compare.voices``), figures (``audit.compare.figures``), claims
(``audit.compare.coverage``), copied text (``audit.compare.copies``), frames
(``audit.framing``), tone in the outlet's own words (``audit.tone``) and tone toward the
main actors (``audit.compare.actors``). Each function below reads one lens; when a lens changes
the shape of its results, only its function here changes.

Articles are pooled per outlet (``audit.compare.vocabulary.outlet_of``: the outlet when
known, else the article's own label), as in the framing section, so that two articles of
one outlet count as one voice in the comparison; when all the articles are of one outlet,
or none names its outlet, each is compared as a group of its own
(``audit.compare.vocabulary.article_groups``, worded by ``audit.sections.grouping``). Every comparison between outlets goes
through ``audit.compare.differences``: each outlet against the other outlets pooled, with
intervals, and a difference is *clear* only by its rule. The rules for voices and actor
tone, whose units are speakers and mentions rather than sentences, are set here
(``VOICES_RULE``, ``ACTOR_RULE``) and documented in the report's methods.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..compare.differences import TONE_RULE, Comparison, DifferenceRule, compare_means, compare_shares
from ..compare.vocabulary import article_groups
from ..framing import FRAMES
from ..quotes import CATEGORIES
from ..story import StoryAudit

VOICES_RULE = DifferenceRule(min_gap=0.2, min_units=6)
"""Kinds of source: a share of an outlet's voices (distinct speakers), at least 6 voices on
each side and a gap of 20 percentage points, decided at 99 % (see ``audit.compare.differences``)."""

ACTOR_RULE = DifferenceRule(min_gap=0.2, min_units=8)
"""Tone toward one actor: the mean over the mentions in the outlet's own words, at least 8
mentions on each side and a gap of 0.20 on the -1..+1 scale, decided at 99 %."""

MAIN_ACTORS = 5  # the most-mentioned actors that at least two outlets name
FIGURE_VERDICTS = ("conflict", "agree", "single_source")  # agree_after_conversion counts as agree


@dataclass(frozen=True)
class Outlet:
    """One outlet of the story: its name and the positions of its articles in the story."""

    label: str
    articles: tuple[int, ...]


@dataclass(frozen=True)
class ActorTone:
    """Tone toward one main actor: each outlet's own-voice mention scores, and the comparisons."""

    actor: str
    scores: tuple[tuple[float, ...], ...]  # per outlet, in outlet order
    comparisons: tuple[Comparison, ...]  # per outlet, against the other outlets' mentions pooled


def outlets(story: StoryAudit) -> tuple[Outlet, ...]:
    """The story's outlets (``audit.compare.vocabulary.article_groups``) in order of first appearance, each with its articles.

    An outlet of one article is called by the article's label, as the rest of the report
    calls it; an outlet of several by the outlet's name.
    """
    return tuple(
        Outlet(story.articles[indices[0]].label if len(indices) == 1 else name, indices) for name, indices in article_groups(story.articles)
    )


def voices_by_kind(story: StoryAudit) -> tuple[dict[str, int], ...]:
    """Per outlet, its number of voices (distinct speakers per article) of each kind of
    source in ``audit.quotes.CATEGORIES``, every kind present (0 when none)."""
    per_article = story.outlet_voices
    result = []
    for outlet in outlets(story):
        counts = dict.fromkeys(CATEGORIES, 0)
        for index in outlet.articles:
            if index < len(per_article):
                for category, count in per_article[index].voices_by_category:
                    counts[category] = counts.get(category, 0) + count
        result.append(counts)
    return tuple(result)


def voice_comparisons(story: StoryAudit) -> dict[str, tuple[Comparison, ...]]:
    """For each kind of source, each outlet's share of its voices of that kind against the
    other outlets' voices pooled (``VOICES_RULE``)."""
    groups = list(zip((o.label for o in outlets(story)), voices_by_kind(story)))
    return {
        category: compare_shares([(label, counts.get(category, 0), sum(counts.values())) for label, counts in groups], category, VOICES_RULE)
        for category in CATEGORIES
    }


def voice_names(story: StoryAudit) -> tuple[tuple[tuple[str, str, int, int], ...], ...]:
    """Per outlet, its named voices as (name, kind of source, article index, first quote index), in order."""
    per_article = story.outlet_voices
    result = []
    for outlet in outlets(story):
        names = []
        for index in outlet.articles:
            if index < len(per_article):
                names.extend(
                    (voice.speaker.name, voice.speaker.category, index, voice.first_quote)
                    for voice in per_article[index].voices
                    if voice.speaker.named
                )
        result.append(tuple(names))
    return tuple(result)


def frame_counts(story: StoryAudit) -> tuple[tuple[dict[str, int], int], ...]:
    """Per outlet, the number of its sentences cueing each frame, and its number of sentences."""
    result = []
    for outlet in outlets(story):
        audits = [story.audits[i] for i in outlet.articles]
        counts = {frame: sum(a.framing.frames[position].sentences for a in audits) for position, frame in enumerate(FRAMES)}
        result.append((counts, sum(a.framing.sentences for a in audits)))
    return tuple(result)


def frame_comparisons(story: StoryAudit) -> dict[str, tuple[Comparison, ...]]:
    """For each frame, each outlet's share of sentences cueing it against the other outlets' pooled
    (the comparison of the framing section, ``audit.compare.differences.SHARE_RULE``)."""
    labels = [o.label for o in outlets(story)]
    counts = frame_counts(story)
    return {frame: compare_shares([(label, c[frame], n) for label, (c, n) in zip(labels, counts)], frame) for frame in FRAMES}


def own_voice_comparisons(story: StoryAudit) -> tuple[Comparison, ...]:
    """Each outlet's own-voice tone (the mean of its sentences' scores outside quotes) against the
    other outlets' own-voice sentences pooled (``TONE_RULE``); empty with fewer than two outlets."""
    groups = outlets(story)
    if len(groups) < 2:
        return ()
    values = [
        (o.label, [t.own for i in o.articles for t in story.audits[i].tone.sentences if t.own is not None]) for o in groups
    ]
    return compare_means(values, "own-voice tone", TONE_RULE)


def actor_mention_scores(story: StoryAudit, actor: str, article_index: int) -> tuple[float, ...]:
    """The tone toward ``actor`` at each of its mentions in the outlet's own words in one article.

    Reads ``StoryAudit.actors`` (``audit.compare.actors``): each mention's tone is
    ``audit.tone.stance_toward`` on its sentence, a score from -1 (negative) to +1 (positive);
    mentions inside quotes and in the headline (not scored) are left out."""
    rows = story.actors.by_article[article_index] if article_index < len(story.actors.by_article) else ()
    entry = next((row for row in rows if row.actor == actor), None)
    if entry is None:
        return ()
    return tuple(mention.tone.score for mention in entry.mentions if not mention.quoted and mention.tone is not None)


def main_actor_tones(story: StoryAudit, limit: int = MAIN_ACTORS) -> tuple[ActorTone, ...]:
    """Tone toward the ``limit`` most-mentioned actors that at least two outlets name in their own
    words, each outlet's mentions against the other outlets' pooled (``ACTOR_RULE``)."""
    groups = outlets(story)
    if len(groups) < 2:
        return ()
    found = []
    for actor in story.actors.actors:
        scores = tuple(tuple(s for i in o.articles for s in actor_mention_scores(story, actor.name, i)) for o in groups)
        if sum(1 for values in scores if values) < 2:
            continue
        comparisons = compare_means([(o.label, list(values)) for o, values in zip(groups, scores)], actor.name, ACTOR_RULE)
        found.append(ActorTone(actor.name, scores, comparisons))
        if len(found) == limit:
            break
    return tuple(found)


def figure_tallies(story: StoryAudit) -> tuple[dict[str, int], ...]:
    """Per outlet, how many of the story's figure facts it states, by verdict: ``conflict``
    (it states a figure another outlet states differently), ``agree`` (stated alike by another
    outlet, currency conversion included) and ``single_source`` (no other article states it)."""
    index_to_outlet = {i: n for n, o in enumerate(outlets(story)) for i in o.articles}
    tallies = [dict.fromkeys(FIGURE_VERDICTS, 0) for _ in outlets(story)]
    for fact in story.facts:
        verdict = "agree" if fact.verdict == "agree_after_conversion" else fact.verdict
        for n in sorted({index_to_outlet[m.article_index] for m in fact.mentions}):
            tallies[n][verdict] += 1
    return tuple(tallies)


def claim_tallies(story: StoryAudit) -> tuple[tuple[int, int, int], ...]:
    """Per outlet: claims it carries, of them those no other outlet carries, and claims carried by
    most articles that it leaves out (from the claims matrix, ``audit.compare.coverage``)."""
    coverage = story.coverage
    result = []
    for outlet in outlets(story):
        members = set(outlet.articles)
        carried = [c for c in coverage.claims if members & set(c.articles)]
        alone = [c for c in carried if set(c.articles) <= members]
        omitted = {c for i in outlet.articles if i < len(coverage.articles) for c in coverage.articles[i].omitted}
        omitted -= {c.index for c in carried}
        result.append((len(carried), len(alone), len(omitted)))
    return tuple(result)


def claim_comparisons(story: StoryAudit) -> tuple[Comparison, ...]:
    """Each outlet's share of its claims that no other outlet carries, against the other outlets'
    pooled (``audit.compare.differences.SHARE_RULE``, with claims as units)."""
    labels = [o.label for o in outlets(story)]
    if len(labels) < 2 or not story.coverage.claims:
        return ()
    return compare_shares([(label, alone, carried) for label, (carried, alone, _) in zip(labels, claim_tallies(story))], "claims of its own")


def derived_outlet_pairs(story: StoryAudit) -> tuple[tuple[int, int, int], ...]:
    """Pairs of articles of different outlets (groups of ``audit.compare.vocabulary.article_groups``) that copy each other's
    narration (``Copies.pairs`` marked derived): (article a, article b, copied words outside quotation marks)."""
    group_of = {index: number for number, (_, indices) in enumerate(article_groups(story.articles)) for index in indices}
    return tuple(
        (pair.a, pair.b, pair.unquoted_words)
        for pair in story.copies.pairs
        if pair.derived and group_of[pair.a] != group_of[pair.b]
    )
