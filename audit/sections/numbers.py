"""Report section 'numbers': where outlets state the same figure, and where they disagree.

Arranges ``StoryAudit.facts`` (``audit.compare.figures``) for the template:
clear conflicts first, with each outlet's sentence side by side and the figure in it
highlighted; then conflicts whose ranges only touch (bounds on opposite sides of one
number), kept apart; then corroborated figures; then figures only one outlet states.
Every figure is also marked in its article's full text, with an anchor the
evidence links jump to.
The words name articles instead of outlets when the articles are compared with each
other (``audit.sections.grouping``).
"""
from __future__ import annotations

from typing import Any

from ..compare.figures import (
    AGREE_SCORE,
    CONVERSION_TOLERANCE,
    RANGES_ONLY_TOUCH,
    RATE_SOURCE,
    ROUNDING_REACH,
    SAME_SCORE,
    Fact,
    Mention,
    describe,
    rate_date,
)
from ..figures import ABOUT_TOLERANCE
from ..marks import Mark, article_anchor, fact_anchor, figure_anchor
from ..story import StoryAudit
from .grouping import Grouping, grouping

_VERDICT_WORDS = {
    "conflict": "conflict",
    "agree": "agree",
    "agree_after_conversion": "agree after currency conversion",
    "single_source": "one {one} only",  # the outlet or article (``audit.sections.grouping``)
}


def _mention(story: StoryAudit, mention: Mention) -> dict[str, Any]:
    article = story.audits[mention.article_index].article
    figure = mention.figure
    start = figure.span.start - mention.sentence_start
    end = figure.span.end - mention.sentence_start
    return {
        "label": article.label,
        "outlet": article.outlet,
        "article_anchor": article_anchor(mention.article_index),
        "anchor": figure_anchor(mention.article_index, figure.span.start),
        "surface": figure.surface,
        "value": describe(figure),
        "kind": figure.kind,
        "before": mention.sentence[:start],
        "figure": mention.sentence[start:end],
        "after": mention.sentence[end:],
    }


def _fact(story: StoryAudit, fact: Fact, number: int, unit: Grouping) -> dict[str, Any]:
    return {
        "number": number,
        "anchor": fact_anchor(number),
        "subject": fact.subject,
        "verdict": fact.verdict,
        "verdict_words": _VERDICT_WORDS[fact.verdict].format(one=unit.one),
        "note": fact.note,
        "difference": "" if fact.difference is None else f"{fact.difference:.0%}",
        "ranges_only_touch": fact.ranges_only_touch,
        "outlets": fact.outlets,
        "stated": "; ".join(sorted({describe(m.figure) for m in fact.mentions})),
        "mentions": [_mention(story, m) for m in fact.mentions],
    }


def context(story: StoryAudit) -> dict[str, Any]:
    """The section's data: conflicts, corroborated and single-source facts, and the method's parameters."""
    unit = grouping(story.articles)
    facts = [_fact(story, fact, number, unit) for number, fact in enumerate(story.facts, start=1)]
    # the exchange-rate dates actually used; the rates are only read when currencies were compared
    days = sorted(
        {
            rate_date(story.audits[m.article_index].article.reference_date).isoformat()
            for fact in story.facts
            if len({m.figure.unit for m in fact.mentions if m.figure.kind == "money"}) > 1
            for m in fact.mentions
        }
    )
    return {
        "computed": True,
        "figures": sum(len(a.figures) for a in story.audits),
        "conflicts": [f for f in facts if f["verdict"] == "conflict"],
        "clear_conflicts": [f for f in facts if f["verdict"] == "conflict" and not f["ranges_only_touch"]],
        "touching": [f for f in facts if f["ranges_only_touch"]],
        "touching_words": RANGES_ONLY_TOUCH,
        "corroborated": [f for f in facts if f["verdict"] in ("agree", "agree_after_conversion")],
        "single": [f for f in facts if f["verdict"] == "single_source"],
        "method": {
            "about": f"±{ABOUT_TOLERANCE:.0%}",
            "conversion": f"±{CONVERSION_TOLERANCE:.0%}",
            "rate_source": RATE_SOURCE,
            "rate_dates": ", ".join(days) if days else "each article's date (no amounts in different currencies were compared in this set)",
            "agree_score": f"{AGREE_SCORE:g}",
            "same_score": f"{SAME_SCORE:g}",
            "rounding": f"{ROUNDING_REACH:.0%}",
        },
    }


def marks(story: StoryAudit, article_index: int) -> list[Mark]:
    """Every figure of the article highlighted (with an anchor for evidence links); conflicts marked twice."""
    found: list[Mark] = []
    unit = grouping(story.articles)
    for fact in story.facts:
        for mention in fact.mentions:
            if mention.article_index != article_index:
                continue
            figure = mention.figure
            verdict = f"conflict: the {RANGES_ONLY_TOUCH}" if fact.ranges_only_touch else _VERDICT_WORDS[fact.verdict].format(one=unit.one)
            note = f"figure: {describe(figure)} ({verdict})"
            anchor = figure_anchor(article_index, figure.span.start)
            found.append(Mark(figure.span.start, figure.span.end, "figure", note, anchor))
            if fact.verdict == "conflict":
                found.append(Mark(figure.span.start, figure.span.end, "conflict", f"{unit.many} disagree: {fact.note}"))
    found.sort(key=lambda m: (m.start, m.end, m.kind))
    return found
