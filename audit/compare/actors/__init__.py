"""Actors: who the story is about, how each outlet names and labels them, and the tone toward them.

``actors_in(articles)`` compares the articles of one story:

1. Names come from the shared name finder (``audit.text.find_names``, one story
   vocabulary for all the articles) and from the phrases of the alias lexicon
   (``lexicons/actors.csv``: "Chinese government", "mainland China"); a found name that is
   an alias there ("Beijing", "U.S.") is its actor. Titles, party-and-state tags and
   "of Delaware" are the finder's attributes, never part of a name; a month, a party tag
   or a title alone is never an actor (``audit.text.name_problem``), and a name written
   only in headlines or headings is not one either.
2. Names are merged into actors on evidence only (``registry``): the same key (dotted
   and undotted), one person's full name and its variants (``audit.text.same_entity``),
   an acronym and the name it was introduced for, a company and its stem, and a one-word
   name and the one person of its article, or of the story, it can be. Groups stay their
   own actors. Every merge is recorded with its rule.
3. Labels are the noun phrases an article attaches to an actor (``labels``).
4. Tone toward an actor is built from the tone toward each of its mentions (``tone``:
   ``audit.tone.stance_toward``), aggregated over its mentions in the outlet's own words
   and, apart, inside quotes.

An actor is *key* when it has at least ``min_mentions`` mentions in the story, is
mentioned in at least ``min_articles`` articles, or is given a label.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from ...model import Article
from ...text import merge_spans, vocabulary
from ...tone import quote_mark_spans
from .labels import CONTEXT_WINDOW, Named, kind_from_labels, labels_in
from .lexicon import actor_lexicon
from .mentions import story_occurrences
from .registry import registry
from .results import (
    TONE_LABELS,
    Actor,
    ActorInArticle,
    Ambiguous,
    Label,
    Mention,
    MentionTone,
    Merge,
    StoryActors,
    ToneSummary,
)
from .tone import MentionToneFunction, SentenceStance, reading, summary

__all__ = [
    "CONTEXT_WINDOW",
    "TONE_LABELS",
    "Actor",
    "ActorInArticle",
    "Ambiguous",
    "Label",
    "Mention",
    "MentionTone",
    "MentionToneFunction",
    "Merge",
    "StoryActors",
    "ToneSummary",
    "actors_in",
]


def actors_in(
    articles: Sequence[Article],
    quoted: Sequence[Sequence[tuple[int, int]]] | None = None,
    *,
    min_mentions: int = 2,
    min_articles: int = 2,
    tone: MentionToneFunction | None = None,
) -> StoryActors:
    """The key actors of the story told by ``articles``, and each article's treatment of them.

    ``quoted[i]`` are the quoted-speech spans of ``articles[i]`` (as given to
    ``audit.tone.tone_of``); ``None`` uses the quote-mark fallback. ``tone(text, start,
    end)`` reads the tone toward one mention (a result with ``label`` and ``score``, or
    ``None``); by default ``audit.tone.stance_toward`` on the mention's sentence.
    """
    articles = list(articles)
    lexicon = actor_lexicon()
    quoted_spans = [merge_spans(quote_mark_spans(a) if quoted is None else quoted[i]) for i, a in enumerate(articles)]
    words = vocabulary(a.text for a in articles)
    found = story_occurrences(articles, words, lexicon)
    merged = registry(articles, found, lexicon, words)
    # a name written only in headlines and headings (section titles, photo credits) is no actor of the story
    in_body = {
        merged.actor_of[(o.article, o.start, o.end)]
        for occurrences in found
        for o in occurrences
        if o.sentence is not None and not o.heading and (o.article, o.start, o.end) in merged.actor_of
    }
    per_article: list[dict[str, dict[str, list]]] = []
    readers: list[MentionToneFunction] = []
    for index, article in enumerate(articles):
        named = [
            Named(o, merged.actor_of[(index, o.start, o.end)])
            for o in found[index]
            if merged.actor_of.get((index, o.start, o.end)) in in_body
        ]
        spans = quoted_spans[index]
        quote_starts = [a for a, _ in spans]
        readers.append(tone or SentenceStance(article))
        entries: dict[str, dict[str, list]] = defaultdict(lambda: {"mentions": [], "aliases": [], "labels": []})
        for item in named:
            o = item.occurrence
            at = bisect_right(quote_starts, o.start) - 1
            mention = Mention(
                o.start, o.end, o.text, o.sentence, at >= 0 and spans[at][0] <= o.start and o.end <= spans[at][1],
                o.name.title if o.name is not None else "",
            )
            entries[item.actor]["mentions"].append(mention)
            entries[item.actor]["aliases"].append(o.alias)
        for actor, label in labels_in(article, named, merged.kinds):
            entries[actor]["labels"].append(label)
        per_article.append(entries)

    totals: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    labelled: set[str] = set()
    aliases: dict[str, set[str]] = defaultdict(set)
    for entries in per_article:
        for name, entry in entries.items():
            totals[name] += len(entry["mentions"])
            spread[name] += 1
            aliases[name].update(entry["aliases"])
            if entry["labels"]:
                labelled.add(name)
    key = sorted(
        (name for name in totals if totals[name] >= min_mentions or spread[name] >= min_articles or name in labelled),
        key=lambda name: (-totals[name], name),
    )
    keep = set(key)
    kinds = dict(merged.kinds)
    for name in key:
        if kinds.get(name, "unknown") == "unknown":
            # "Lars Larson, a conservative radio host": a label says what the name finder could not
            kinds[name] = kind_from_labels(label for entries in per_article if name in entries for label in entries[name]["labels"]) or "unknown"
    actors = tuple(
        Actor(name, kinds.get(name, "unknown"), merged.sources.get(name, "names"), totals[name], spread[name], tuple(sorted(aliases[name])))
        for name in key
    )
    # the tone is read for the key actors' mentions only: a stance model costs about a millisecond a mention
    by_article = tuple(
        tuple(_treatment(article, name, entries[name], read) for name in key if name in entries)
        for article, entries, read in zip(articles, per_article, readers)
    )
    merges = tuple(
        sorted(
            (Merge(alias, actor, rule, tuple(sorted(where))) for (alias, actor, rule), where in merged.merges.items() if actor in keep and alias in aliases[actor]),
            key=lambda m: (m.actor, m.alias, m.rule),
        )
    )
    return StoryActors(actors=actors, by_article=by_article, merges=merges, ambiguous=merged.ambiguous)


def _treatment(article: Article, actor: str, entry: dict[str, list], read: MentionToneFunction) -> ActorInArticle:
    mentions = [
        replace(m, tone=reading(read(article.text, m.start, m.end))) if m.sentence is not None else m
        for m in sorted(entry["mentions"], key=lambda m: (m.start, m.end))
    ]
    labels: dict[str, Label] = {}
    for label in sorted(entry["labels"], key=lambda l: (l.start, l.end, l.rule)):
        labels.setdefault(label.text.lower(), label)
    return ActorInArticle(
        actor=actor,
        article=article.id,
        outlet=article.outlet,
        aliases=tuple(sorted(set(entry["aliases"]))),
        mentions=tuple(mentions),
        own=summary((m.sentence, m.tone) for m in mentions if m.tone is not None and m.sentence is not None and not m.quoted),
        quoted=summary((m.sentence, m.tone) for m in mentions if m.tone is not None and m.sentence is not None and m.quoted),
        labels=tuple(sorted(labels.values(), key=lambda l: (l.start, l.end))),
    )
