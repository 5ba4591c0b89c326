"""Results → pandas DataFrames, and DataFrames → text, CSV or JSON for the command line.

Each table reads a ``StoryAudit`` or the smaller result of the one command that
shows it (``audit.story.ArticleScores``, ``StoryQuotes``, ``ActorTones``,
``audit.facts.FigureFacts``): they name their parts alike.
"""
from __future__ import annotations

import dataclasses
import json
from typing import TYPE_CHECKING, Any

import pandas as pd

from .compare.figures import describe
from .facts import mention_record
from .terminal import DEFAULT_WIDTH, frame_text

if TYPE_CHECKING:
    from .facts import FigureFacts
    from .framing import Framing
    from .story import ActorTones, ArticleScores, StoryAudit, StoryQuotes

FORMATS = ("table", "json", "csv")


def scores_table(story: StoryAudit | ArticleScores) -> pd.DataFrame:
    """One row per article: identity, size, removed debris and every per-article metric."""
    rows = []
    voices_by_article = story.outlet_voices
    for index, audit in enumerate(story.audits):
        article = audit.article
        row: dict[str, Any] = {
            "article": article.id,
            "label": article.label,
            "outlet": article.outlet,
            "title": article.title,
            "url": article.url,
            "published": article.published,
            "date_source": article.date_source,  # article, file name, user (--date), story (manifest), or ""
            "source": article.source,
            "words": article.word_count,
            "sentences": len(article.sentences),
            "removed_spans": len(article.removed),
            "removed_chars": sum(r.end - r.start for r in article.removed),
            "figures": len(audit.figures),
        }
        for field in dataclasses.fields(audit.readability):
            row[f"readability_{field.name}"] = getattr(audit.readability, field.name)
        row.update(framing_columns(audit.framing))
        row.update(tone_columns(audit))
        if voices_by_article:
            voices = voices_by_article[index]
            row.update(
                quotes=voices.quotes,
                quotes_direct=voices.direct,
                quotes_indirect=voices.indirect,
                quotes_mixed=voices.mixed,
                voices=voices.named + voices.anonymous,  # who spoke: each member of a named group ("Ann Ortiz and Tom Reyes")
                voices_named=voices.named,
                quoted_share=voices.quoted_share,
            )
        rows.append(row)
    return pd.DataFrame(rows)


def framing_columns(framing: Framing) -> dict[str, Any]:
    """Frame shares (0-1, of sentences), counts and rates per 1,000 words of the framing lexicons,
    and how many loaded words stand inside quotation marks (a source's words, not the outlet's)."""
    row: dict[str, Any] = {
        f"frame_{share.frame.replace(' ', '_').replace('/', '_')}_share": share.share for share in framing.frames
    }
    for name, hits, rate in (
        ("neutral_verbs", framing.neutral_verbs, framing.neutral_verb_rate),
        ("loaded_verbs", framing.loaded_verbs, framing.loaded_verb_rate),
        ("hedges", framing.hedges, framing.hedge_rate),
        ("boosters", framing.boosters, framing.booster_rate),
        ("loaded_words", framing.loaded_words, framing.loaded_word_rate),
        ("intensifiers", framing.intensifiers, framing.intensifier_rate),
    ):
        row[name] = len(hits)
        row[f"{name}_per_1000_words"] = rate
    row["loaded_words_in_quotes"] = sum(hit.quoted for hit in framing.loaded_words)
    return row
def _sentence_span(article: Any, index: int | None) -> str:
    if index is None:
        return ""
    sentence = article.sentences[index]
    return f"{sentence.start}-{sentence.end}"


def tone_columns(audit: Any) -> dict[str, Any]:
    """The tone metrics of one article as flat ``tone_*`` columns (sentence evidence as ``start-end`` offsets)."""
    tone = audit.tone
    article = audit.article
    return {
        "tone_sentences": tone.body.sentences,
        "tone_mean": tone.body.mean,
        "tone_median": tone.body.median,
        "tone_share_negative": tone.body.share_negative,
        "tone_share_positive": tone.body.share_positive,
        "tone_own_voice_mean": tone.own_voice.mean,
        "tone_own_voice_share_negative": tone.own_voice.share_negative,
        "tone_quoted_sentences": tone.quoted.sentences,
        "tone_quoted_mean": tone.quoted.mean,
        "tone_quoted_share_negative": tone.quoted.share_negative,
        "tone_headline": tone.headline,
        "tone_headline_minus_body": tone.headline_minus_body,
        "tone_most_negative": _sentence_span(article, tone.body.most_negative),
        "tone_most_positive": _sentence_span(article, tone.body.most_positive),
        "tone_quotes_from": tone.quotes_from,
    }


def actors_table(story: StoryAudit | ActorTones) -> pd.DataFrame:
    """One row per (article, key actor): mentions, the tone toward it in the outlet's own words and
    in quotes, labels, evidence.

    For each voice (``own_``, ``quoted_``): how many mentions were read, the share of them
    read as negative, neutral and positive, and the mean score with its 95 % interval
    (``low``, ``high``; empty with fewer than two mentions). Lists are joined with " | ";
    ``evidence`` holds the ``start-end`` offsets of the sentences that mention the actor.
    """
    kinds = {actor.name: actor.kind for actor in story.actors.actors}
    rows = []
    for article, found in zip(story.articles, story.actors.by_article):
        for entry in found:
            row = {
                "article": article.id,
                "outlet": article.outlet,
                "actor": entry.actor,
                "kind": kinds.get(entry.actor, ""),
                "aliases": " | ".join(entry.aliases),
                "mentions": len(entry.mentions),
            }
            for voice, tone in (("own", entry.own), ("quoted", entry.quoted)):
                row.update(
                    {
                        f"{voice}_tone": tone.mean,
                        f"{voice}_low": tone.low,
                        f"{voice}_high": tone.high,
                        f"{voice}_mentions": tone.mentions,
                        **{f"{voice}_{label}": share for label, share in tone.shares().items()},
                    }
                )
            row["labels"] = " | ".join(label.text for label in entry.labels)
            row["evidence"] = " | ".join(_sentence_span(article, index) for index in entry.evidence)
            rows.append(row)
    columns = ["article", "outlet", "actor", "kind", "aliases", "mentions"]
    for voice in ("own", "quoted"):
        shares = [f"{voice}_{label}" for label in ("negative", "neutral", "positive")]  # ToneSummary.shares()
        columns += [f"{voice}_tone", f"{voice}_low", f"{voice}_high", f"{voice}_mentions", *shares]
    return pd.DataFrame(rows, columns=columns + ["labels", "evidence"])


def frames_table(story: StoryAudit) -> pd.DataFrame:
    """One row per (article, frame) the article cues: the share of its sentences that cue the
    frame, how many, the cue words found, and the sentences' ``start-end`` offsets."""
    rows = []
    for audit in story.audits:
        article = audit.article
        cues_by_frame: dict[str, list[str]] = {}
        for hit in audit.framing.frame_cues:
            cues_by_frame.setdefault(hit.category, []).append(hit.text.lower())
        for share in audit.framing.frames:
            if not share.sentences:
                continue
            rows.append(
                {
                    "article": article.id,
                    "outlet": article.outlet,
                    "frame": share.frame,
                    "share": share.share,
                    "sentences": share.sentences,
                    "cues": " | ".join(sorted(set(cues_by_frame.get(share.frame, [])))),
                    "evidence": " | ".join(_sentence_span(article, index) for index in share.sentence_indices),
                }
            )
    return pd.DataFrame(rows, columns=["article", "outlet", "frame", "share", "sentences", "cues", "evidence"])
QUOTE_COLUMNS = ("article", "start", "end", "kind", "quote", "cue", "speaker", "role", "category", "gender", "negated", "sought", "relays")


def quotes_table(story: StoryAudit | StoryQuotes) -> pd.DataFrame:
    """One row per quote, in article order then text order: where it is (article, start,
    end: offsets into the article as read), its kind, its words, its cue and who speaks; ``negated``
    when the cue is ("did not say whether ..."): the words are what the speaker did not say; ``sought`` (always
    negated too) when the row is a request for comment the source declined or left unanswered ("declined to
    comment"): the words are the article's, stating the refusal, and the speaker said nothing; ``relays`` when the row is
    a news outlet's report relaying the quotes inside it ("..., according to CNN"): no voice of the story."""
    rows = []
    for article, quotes in zip(story.articles, story.quotes):
        for quote in quotes:
            speaker = quote.speaker
            rows.append(
                {
                    "article": article.id,
                    "start": quote.span.start,
                    "end": quote.span.end,
                    "kind": quote.kind,
                    "quote": quote.text,
                    "cue": quote.cue,
                    "speaker": speaker.name if speaker else "",
                    "role": speaker.role if speaker else "",
                    "category": speaker.category if speaker else "",
                    "gender": speaker.gender if speaker else "",
                    "negated": quote.negated,
                    "sought": quote.sought,
                    "relays": quote.relays,
                }
            )
    return pd.DataFrame(rows, columns=list(QUOTE_COLUMNS))


def voices_table(story: StoryAudit) -> pd.DataFrame:
    """One row per (article, voice): who speaks, as the article profiles them, and how much.

    ``kind`` is the kind of source (government, politics, state_media, academic, industry,
    finance, citizen, media, advocacy, other: ``audit.quotes.CATEGORIES``); ``share`` the share
    of the article's words inside this voice's quotes; ``negated`` how many of its quotes have a negated
    cue ("did not say whether ..."), whose words count in neither ``words`` nor ``share``.
    """
    columns = ["article", "outlet", "speaker", "speaker_type", "role", "kind", "gender", "named",
               "quotes", "direct", "reported", "negated", "words", "share", "order"]
    rows = []
    if story.voices is not None:
        for audit, outlet in zip(story.audits, story.voices.outlets):
            for order, voice in enumerate(outlet.voices, start=1):
                speaker = voice.speaker
                rows.append(
                    {
                        "article": audit.article.id,
                        "outlet": audit.article.outlet,
                        "speaker": speaker.name,
                        "speaker_type": speaker.kind,
                        "role": speaker.role,
                        "kind": speaker.category,
                        "gender": speaker.gender,
                        "named": speaker.named,
                        "quotes": voice.quotes,
                        "direct": voice.direct,
                        "reported": voice.reported,
                        "negated": voice.negated,
                        "words": voice.words,
                        "share": voice.share,
                        "order": order,
                    }
                )
    return pd.DataFrame(rows, columns=columns)


def facts_table(story: StoryAudit) -> pd.DataFrame:
    """One row per (fact, outlet stating it): the fact's number (as in ``audit figures``), verdict,
    subject, note and relative difference for conflicts, with this outlet's articles and mentions.
    A fact stated by three outlets has three rows sharing its ``fact`` number."""
    rows = []
    for number, fact in enumerate(story.facts, start=1):
        by_outlet: dict[str, list[int]] = {}
        for mention in fact.mentions:
            by_outlet.setdefault(story.audits[mention.article_index].article.outlet, []).append(mention.article_index)
        for outlet in sorted(by_outlet):
            indices = by_outlet[outlet]
            rows.append(
                {
                    "fact": number,
                    "verdict": fact.verdict,
                    "subject": fact.subject,
                    "kind": fact.kind,
                    "note": fact.note,
                    "difference": fact.difference,
                    "outlets": fact.outlets,
                    "outlet": outlet,
                    "articles": " | ".join(sorted({story.audits[i].article.id for i in indices})),
                    "mentions": len(indices),
                }
            )
    columns = ["fact", "verdict", "subject", "kind", "note", "difference", "outlets", "outlet", "articles", "mentions"]
    return pd.DataFrame(rows, columns=columns)


def render_table(frame: pd.DataFrame, fmt: str, *, key: str, width: int = DEFAULT_WIDTH) -> str:
    """``frame`` as CSV, JSON (an object holding a list under ``key``), or a text table fitting
    ``width`` characters (``audit.terminal``; the commands' own terminal views read better)."""
    if fmt == "csv":
        return frame.to_csv(index=False, lineterminator="\n")
    if fmt == "json":
        records = json.loads(frame.to_json(orient="records", force_ascii=False))
        return json.dumps({key: records}, ensure_ascii=False, indent=2) + "\n"
    return frame_text(frame, width)


def figures_table(story: StoryAudit | FigureFacts) -> pd.DataFrame:
    """One row per figure mention, grouped by fact: conflicts first, then agreements, then single-source.

    ``fact`` numbers the facts in that order; ``sentence`` is the evidence sentence.
    """
    rows = []
    labels = [article.label for article in story.articles]
    for number, fact in enumerate(story.facts, start=1):
        for mention in fact.mentions:
            rows.append(
                {
                    **mention_record(mention),
                    "fact": number,
                    "verdict": fact.verdict,
                    "subject": fact.subject,
                    "label": labels[mention.article_index],
                    "value": describe(mention.figure),
                    "difference": fact.difference,
                    "ranges_only_touch": fact.ranges_only_touch,
                    "note": fact.note,
                }
            )
    columns = [
        "fact", "verdict", "subject", "article", "label", "start", "end", "surface", "kind", "low", "high", "unit", "qualifier",
        "comparison", "role", "against", "value", "difference", "ranges_only_touch", "note", "sentence",
    ]
    return pd.DataFrame(rows, columns=columns)
