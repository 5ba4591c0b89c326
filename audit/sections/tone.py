"""Report section 'tone': sentence tone per outlet, headline against body, tone toward actors, labels.

Arranges the results of ``audit.tone`` and ``audit.compare.actors`` as plain data: chart
coordinates, formatted numbers and evidence anchors are computed here so the
template only loops.
"""
from __future__ import annotations

from typing import Any

from ..compare.actors import ToneSummary
from ..compare.differences import HIGHER, LOWER, TONE_RULE, Comparison, compare_means, describe, format_bounds, format_signed, verdict_text
from ..marks import Mark, article_anchor, headline_anchor, sentence_anchor, tone_anchor
from ..story import StoryAudit

HEATMAP_ACTORS = 12  # the most-mentioned actors get a heat-map row; the CSV/JSON has them all
CHART_WIDTH = 260  # px of the -1..+1 axis in the distribution chart
BAR_WIDTH = 160  # px of the negative/neutral/positive share bar
SNIPPET = 160  # characters of a sentence shown as evidence


def signed(value: float | None) -> str:
    """``+0.31`` / ``-0.12`` / ``0.00``; an em dash for no value."""
    return "—" if value is None else format_signed(value)


def _percent(share: float) -> str:
    return f"{share:.0%}"


def _x(value: float) -> float:
    """Position of a compound score on the chart's -1..+1 axis."""
    return round((value + 1) / 2 * CHART_WIDTH, 1)


def _tint(value: float | None) -> str:
    """Background of a heat-map cell: blue for positive, orange for negative, white near zero.

    Colour only repeats the signed number written in the cell.
    """
    if value is None:
        return "#ffffff"
    strength = min(abs(value), 1.0)
    target = (33, 102, 172) if value > 0 else (214, 96, 77)
    mix = [round(255 + (channel - 255) * strength * 0.55) for channel in target]
    return "#{:02x}{:02x}{:02x}".format(*mix)


def snippet(text: str, length: int = SNIPPET) -> str:
    """``text`` on one line, cut to ``length`` characters with an ellipsis when longer."""
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


OWN_VOICE_ANCHOR = "tone-own-voice"  # the sentence-tone table, whose own-voice columns compare the articles


def own_voice_comparisons(story: StoryAudit) -> tuple[Comparison, ...]:
    """Each article's own-voice tone (the mean of its sentences' own-voice scores) against the
    other articles' own-voice sentences pooled, with bootstrap intervals; empty for one article."""
    if len(story.audits) < 2:
        return ()
    groups = [(audit.article.label, [t.own for t in audit.tone.sentences if t.own is not None]) for audit in story.audits]
    return compare_means(groups, "own-voice tone", TONE_RULE)


def _own_voice_against(comparisons: tuple[Comparison, ...], index: int) -> dict[str, str]:
    """The own-voice interval of article ``index`` and its verdict against the others, for the table."""
    if not comparisons:
        return {"own_interval": "", "own_against": "", "own_evidence": ""}
    comparison = comparisons[index]
    against = verdict_text(comparison)
    if comparison.verdict in (HIGHER, LOWER):
        highest = comparison.verdict == HIGHER
        against = f"clearly more {'positive' if highest else 'negative'}"
        if comparison.extreme:
            against += f", the most {'positive' if highest else 'negative'} of the {len(comparisons)}"
    return {
        "own_interval": format_bounds(comparison.here, signed=True),
        "own_against": f"{against} (others {signed(comparison.rest.value)})",
        "own_evidence": describe(comparison, signed=True, rest_name="the other articles"),
    }


def context(story: StoryAudit) -> dict[str, Any]:
    if not story.audits:
        return {"computed": False}
    tones = [audit.tone for audit in story.audits]
    first = tones[0]
    comparisons = own_voice_comparisons(story)
    outlets = []
    for index, audit in enumerate(story.audits):
        article, tone = audit.article, audit.tone
        body = tone.body
        neutral = max(0.0, 1 - body.share_negative - body.share_positive)
        negative_width = round(body.share_negative * BAR_WIDTH, 1)
        neutral_width = round(neutral * BAR_WIDTH, 1)
        extremes = []
        for kind, sentence_index in (("most negative", body.most_negative), ("most positive", body.most_positive)):
            if sentence_index is None:
                continue
            sentence = article.sentences[sentence_index]
            extremes.append(
                {
                    "kind": kind,
                    "anchor": sentence_anchor(index, sentence_index),
                    "score": signed(tone.sentences[sentence_index].compound),
                    "text": snippet(sentence.text),
                    "start": sentence.start,
                    "end": sentence.end,
                }
            )
        outlets.append(
            {
                "label": article.label,
                "outlet": article.outlet,
                "anchor": article_anchor(index),
                "sentences": body.sentences,
                "mean": signed(body.mean),
                "median": signed(body.median),
                "negative": _percent(body.share_negative),
                "neutral": _percent(neutral),
                "positive": _percent(body.share_positive),
                "own_mean": signed(tone.own_voice.mean if tone.own_voice.sentences else None),
                "own_sentences": tone.own_voice.sentences,
                **_own_voice_against(comparisons, index),
                "quoted_mean": signed(tone.quoted.mean if tone.quoted.sentences else None),
                "quoted_sentences": tone.quoted.sentences,
                "headline": article.title,
                "headline_anchor": headline_anchor(index) if article.title_span and tone.headline is not None else "",
                "headline_score": signed(tone.headline),
                "body_mean": signed(body.mean),
                "headline_minus_body": signed(tone.headline_minus_body),
                "extremes": extremes,
                "chart": {
                    "ticks": [
                        {"x": _x(t.compound), "anchor": sentence_anchor(index, t.sentence), "score": signed(t.compound)}
                        for t in tone.sentences
                    ],
                    "mean_x": _x(body.mean),
                    "headline_x": _x(tone.headline) if tone.headline is not None else None,
                    "bar": {
                        "negative_width": negative_width,
                        "neutral_x": negative_width,
                        "neutral_width": neutral_width,
                        "positive_x": round(negative_width + neutral_width, 1),
                        "positive_width": round(BAR_WIDTH - negative_width - neutral_width, 1),
                    },
                    "description": (
                        f"{article.label}: {body.sentences} sentences; {_percent(body.share_negative)} negative, "
                        f"{_percent(neutral)} neutral, {_percent(body.share_positive)} positive; mean {signed(body.mean)}"
                        + (f"; headline {signed(tone.headline)}" if tone.headline is not None else "")
                    ),
                },
            }
        )
    return {
        "computed": True,
        "negative_at": signed(first.negative_at),
        "positive_at": signed(first.positive_at),
        "quotes_from": sorted({t.quotes_from for t in tones}),
        "chart_width": CHART_WIDTH,
        "chart_mid": CHART_WIDTH / 2,
        "bar_width": BAR_WIDTH,
        "own_voice_anchor": OWN_VOICE_ANCHOR,
        "compared": bool(comparisons),
        "outlets": outlets,
        **_actor_context(story),
    }


def _actor_context(story: StoryAudit) -> dict[str, Any]:
    found = story.actors
    if not found.actors or len(found.by_article) != len(story.audits):
        return {"actors": [], "heatmap": [], "labels": [], "labels_shared": [], "labels_single": [], "merges": [], "ambiguous": []}
    columns = [audit.article.label for audit in story.audits]
    heat = []
    for actor in found.actors[:HEATMAP_ACTORS]:
        cells = []
        for index, rows in enumerate(found.by_article):
            entry = next((row for row in rows if row.actor == actor.name), None)
            if entry is None:
                cells.append({"empty": True, "column": columns[index]})
                continue
            own_first = entry.own.sentences[0] if entry.own.sentences else None
            quoted_first = entry.quoted.sentences[0] if entry.quoted.sentences else None
            evidence = [
                {"anchor": sentence_anchor(index, s), "text": f"s{s}"} for s in entry.evidence
            ]
            cells.append(
                {
                    "empty": False,
                    "column": columns[index],
                    "own": signed(entry.own_tone),
                    "own_n": entry.own.mentions,
                    "own_detail": _tone_detail("own words", entry.own),
                    "own_anchor": sentence_anchor(index, own_first) if own_first is not None else "",
                    "quoted": signed(entry.quoted_tone),
                    "quoted_n": entry.quoted.mentions,
                    "quoted_detail": _tone_detail("quotes", entry.quoted),
                    "quoted_anchor": sentence_anchor(index, quoted_first) if quoted_first is not None else "",
                    "mentions": len(entry.mentions),
                    "tint": _tint(entry.own_tone),
                    "evidence": evidence,
                }
            )
        heat.append({"name": actor.name, "kind": actor.kind, "mentions": actor.mentions, "cells": cells})
    labels = []
    for actor in found.actors:
        per_column = []
        any_label = False
        for index, rows in enumerate(found.by_article):
            entry = next((row for row in rows if row.actor == actor.name), None)
            items = []
            if entry is not None:
                for label in entry.labels:
                    items.append({"text": label.text, "anchor": sentence_anchor(index, label.sentence), "rule": label.rule})
            any_label = any_label or bool(items)
            per_column.append(items)
        if any_label:
            labels.append({"name": actor.name, "columns": per_column, "articles": sum(1 for items in per_column if items)})
    grouped: dict[str, list[dict[str, Any]]] = {}
    for merge in found.merges:
        grouped.setdefault(merge.actor, []).append(
            {"alias": merge.alias, "rule": merge.rule, "articles": ", ".join(_labels_of(story, merge.articles))}
        )
    merges = [{"actor": actor, "aliases": items} for actor, items in sorted(grouped.items())]
    return {
        "columns": columns,
        "actors": [
            {"name": a.name, "kind": a.kind, "source": a.source, "mentions": a.mentions, "articles": a.articles, "aliases": ", ".join(a.aliases)}
            for a in found.actors
        ],
        "heatmap": heat,
        "heatmap_limit": HEATMAP_ACTORS,
        "labels": labels,
        # actors labelled by several articles are the comparison; the rest is detail, shown collapsed
        "labels_shared": [row for row in labels if row["articles"] > 1],
        "labels_single": [row for row in labels if row["articles"] == 1],
        "merges": merges,
        "ambiguous": [
            {"alias": a.alias, "article": ", ".join(_labels_of(story, (a.article,))), "candidates": ", ".join(a.candidates)}
            for a in found.ambiguous
        ],
    }


def _tone_detail(voice: str, tone: ToneSummary) -> str:
    """"in own words, 5 mentions: 40% negative, 60% neutral, 0% positive; mean -0.21 (95% interval -0.52 to +0.10)"."""
    if not tone.mentions:
        return f"no mention read in {voice}"
    shares = ", ".join(f"{_percent(share or 0.0)} {label}" for label, share in tone.shares().items())
    interval = f" (95% interval {signed(tone.low)} to {signed(tone.high)})" if tone.low is not None else ""
    noun = "mention" if tone.mentions == 1 else "mentions"
    return f"in {voice}, {tone.mentions} {noun}: {shares}; mean {signed(tone.mean)}{interval}"


def _labels_of(story: StoryAudit, ids: tuple[str, ...]) -> list[str]:
    by_id = {audit.article.id: audit.article.label for audit in story.audits}
    return [by_id.get(article_id, article_id) for article_id in ids]


def marks(story: StoryAudit, article_index: int) -> list[Mark]:
    """The most negative and most positive sentence of the article, marked and anchored."""
    if article_index >= len(story.audits):
        return []
    audit = story.audits[article_index]
    tone, article = audit.tone, audit.article
    out = []
    for kind, index, note in (
        ("tone-neg", tone.body.most_negative, "most negative sentence"),
        ("tone-pos", tone.body.most_positive, "most positive sentence"),
    ):
        if index is None:
            continue
        sentence = article.sentences[index]
        score = signed(tone.sentences[index].compound)
        out.append(Mark(sentence.start, sentence.end, kind, f"tone: {note} ({score})", tone_anchor(article_index, kind)))
    if article.title_span and tone.headline is not None:
        # the headline table links here: the title line itself is the evidence for the headline's score
        span = article.title_span
        out.append(Mark(span.start, span.end, "tone-headline", f"tone: headline ({signed(tone.headline)})", headline_anchor(article_index)))
    return out
