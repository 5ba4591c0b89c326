"""Report section 'voices': who speaks in each outlet, by kind of source, and how quotes differ.

Arranges the quotes lens (``audit.quotes``) and the cross-outlet comparison
(``audit.compare.voices``) for the template: per outlet a bar chart of voices by kind
of source, a table of who speaks, and the quotes highlighted in the article text with
their speaker; across outlets the shared voices and the quotes worded differently.
"""
from __future__ import annotations

from typing import Any

from ..compare.voices import OutletVoices
from ..marks import Mark, article_anchor, quote_anchor
from ..quotes import CATEGORIES, Quote
from ..story import StoryAudit

CATEGORY_LABELS = {
    "government": "Government",
    "politics": "Politics",
    "state_media": "State media",
    "academic": "Academic",
    "industry": "Industry",
    "finance": "Finance",
    "citizen": "Citizens",
    "media": "Other media",
    "advocacy": "Advocacy",
    "other": "Other",
}
KIND_LABELS = {"direct": "direct quote", "indirect": "reported speech", "mixed": "paraphrase with quoted words"}
BAR_MAX = 180  # pixels for the largest bar
BAR_ROW = 20


def voices_anchor(article_index: int) -> str:
    """The heading of one article's voices in this section."""
    return f"voices-{article_anchor(article_index)}"


def _percent(value: float) -> str:
    return f"{value:.1%}"


def _chart(outlet: OutletVoices) -> dict[str, Any]:
    """Bars for the voices-by-kind chart, in fixed category order, with its text alternative."""
    counts = dict(outlet.voices_by_category)
    quotes = dict(outlet.quotes_by_category)
    largest = max(counts.values(), default=0) or 1
    bars = []
    for row, category in enumerate(CATEGORIES):
        count = counts.get(category, 0)
        bars.append(
            {
                "label": CATEGORY_LABELS[category],
                "count": count,
                "quotes": quotes.get(category, 0),
                "y": row * BAR_ROW,
                "text_y": row * BAR_ROW + 14,
                "width": round(count / largest * BAR_MAX),
                "count_x": 112 + round(count / largest * BAR_MAX) + 6,
            }
        )
    described = [f"{b['label']}: {b['count']} voice{'s' if b['count'] != 1 else ''} ({b['quotes']} quotes)" for b in bars if b["count"]]
    return {
        "bars": bars,
        "height": len(CATEGORIES) * BAR_ROW,
        "width": 112 + BAR_MAX + 60,
        "text": "; ".join(described) or "no attributed voices",
    }


def _speaker_note(quote: Quote) -> str:
    speaker = quote.speaker
    # "did not say whether ...": the highlight is what the speaker did not say, never their claim
    kind = f"{KIND_LABELS[quote.kind]} the speaker did not give (“{quote.cue}” negated or declined)" if quote.negated else KIND_LABELS[quote.kind]
    if quote.sought:
        # "declined to comment": no words at all, the highlight is the article's report of the refusal
        kind = f"a request for comment the speaker did not answer (“{quote.text}”)"
    if speaker is None:
        return f"{kind}; speaker not found"
    role = f", {speaker.role}" if speaker.role else ""
    return f"{kind}: {speaker.name}{role} ({CATEGORY_LABELS.get(speaker.category, speaker.category)})"


def context(story: StoryAudit) -> dict[str, Any]:
    comparison = story.voices
    if comparison is None:
        return {"computed": False}
    labels = [audit.article.label for audit in story.audits]
    outlets = []
    for index, (audit, outlet) in enumerate(zip(story.audits, comparison.outlets)):
        rows = []
        for voice in outlet.voices:
            speaker = voice.speaker
            rows.append(
                {
                    "name": speaker.name,
                    "role": speaker.role,
                    "category": CATEGORY_LABELS.get(speaker.category, speaker.category),
                    "speaker_kind": speaker.kind,
                    "named": "named" if speaker.named else "unnamed",
                    "gender": speaker.gender or "–",
                    "quotes": voice.quotes,
                    "direct": voice.direct,
                    "reported": voice.reported,
                    "negated": voice.negated,
                    "share": _percent(voice.share),
                    "anchor": quote_anchor(index, voice.first_quote),
                }
            )
        first = outlet.first_voice
        gender = dict(outlet.gender)
        outlets.append(
            {
                "label": audit.article.label,
                "outlet": audit.article.outlet,
                "article_anchor": article_anchor(index),
                "voices_anchor": voices_anchor(index),
                "chart_id": f"voices-chart-{index}",
                "voices": len(outlet.voices),
                "quotes": outlet.quotes,
                "direct": outlet.direct,
                "indirect": outlet.indirect,
                "mixed": outlet.mixed,
                "unattributed": outlet.unattributed,
                "negated": outlet.negated,
                "quoted_share": _percent(outlet.quoted_share),
                "named": outlet.named,
                "anonymous": outlet.anonymous,
                "male": gender.get("male", 0),
                "female": gender.get("female", 0),
                "gender_unknown": gender.get("unknown", 0),
                "first_voice": first.speaker.name if first else "",
                "first_category": CATEGORY_LABELS.get(first.speaker.category, "") if first else "",
                "first_anchor": quote_anchor(index, first.first_quote) if first else "",
                "chart": _chart(outlet),
                "rows": rows,
            }
        )
    matrix = []
    for index, (o, outlet) in enumerate(zip(outlets, comparison.outlets)):
        # a count links to the first quote of the first voice of that kind, the way into the rest
        first_of_kind: dict[str, str] = {}
        for voice in outlet.voices:
            first_of_kind.setdefault(voice.speaker.category, quote_anchor(index, voice.first_quote))
        counts = dict(outlet.voices_by_category)
        matrix.append(
            {
                "label": o["label"],
                "anchor": o["voices_anchor"],
                "cells": [
                    {"count": counts.get(c, 0), "anchor": first_of_kind.get(c, "") if counts.get(c, 0) else ""}
                    for c in CATEGORIES
                ],
            }
        )
    shared = [
        {
            "name": voice.name,
            "category": CATEGORY_LABELS.get(voice.category, voice.category),
            "outlets": [
                {"label": labels[a], "quotes": n, "anchor": quote_anchor(a, first)} for a, n, first in voice.appearances
            ],
        }
        for voice in comparison.shared
    ]
    wording = []
    for difference in comparison.wording:
        wording.append(
            {
                "a_label": labels[difference.a_article],
                "b_label": labels[difference.b_article],
                "a_anchor": quote_anchor(difference.a_article, difference.a_quote),
                "b_anchor": quote_anchor(difference.b_article, difference.b_quote),
                "a_speaker": difference.a_speaker or "speaker not found",
                "b_speaker": difference.b_speaker or "speaker not found",
                "same_speaker": difference.a_speaker == difference.b_speaker,
                "similarity": _percent(difference.similarity),
                "pieces": [{"op": p.op, "a": p.a, "b": p.b} for p in difference.pieces],
            }
        )
    return {
        "computed": True,
        "categories": [CATEGORY_LABELS[c] for c in CATEGORIES],
        "outlets": outlets,
        "matrix": matrix,
        "shared": shared,
        "wording": wording,
    }


def marks(story: StoryAudit, article_index: int) -> list[Mark]:
    """Each quote highlighted in its article, its speaker in the note and shown after it, anchored for the tables."""
    audit = story.audits[article_index]
    return [
        Mark(
            quote.span.start,
            quote.span.end,
            "quote",
            _speaker_note(quote),
            quote_anchor(article_index, index),
            tag=quote.speaker.name if quote.speaker is not None else "",
        )
        for index, quote in enumerate(audit.quotes)
    ]
