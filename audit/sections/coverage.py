"""Report section 'coverage': the claims matrix, unique and omitted claims, copied passages.

Arranges ``StoryAudit.coverage`` (``audit.compare.coverage``) and
``StoryAudit.copies`` (``audit.compare.copies``) as plain data; computes nothing new.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..compare.copies import MIN_WORDS, CopiedPassage
from ..marks import Mark, article_anchor, passage_anchor, sentence_anchor
from ..model import Article, Span
from ..story import StoryAudit

MAX_PASSAGES = 20
"""Copied passages shown side by side (the longest first); the rest are counted."""


def context(story: StoryAudit) -> dict[str, Any]:
    articles = story.articles
    if len(articles) < 2:
        return {"computed": False, "reason": "fewer than two articles: nothing to compare"}
    coverage, copies = story.coverage, story.copies
    columns = [{"label": a.label, "outlet": a.outlet, "anchor": article_anchor(i)} for i, a in enumerate(articles)]
    shared = [claim for claim in coverage.claims if len(claim.articles) > 1]
    rows = [
        {
            "number": claim.index + 1,
            "text": claim.text,
            "support": len(claim.articles),
            "independent": claim.independent,
            "discounted": claim.independent < len(claim.articles),
            "cells": [_cell(claim, i, articles) for i in range(len(articles))],
        }
        for claim in shared
    ]
    outlets = []
    for i, selection in enumerate(coverage.articles):
        outlets.append(
            {
                **columns[i],
                "claims": selection.claims,
                "unique": len(selection.unique),
                "unique_share": f"{selection.unique_share:.0%}",
                "unique_claims": [_claim_link(coverage.claims[c], i) for c in selection.unique],
                "omitted_claims": [
                    {
                        "number": coverage.claims[c].index + 1,
                        "text": coverage.claims[c].text,
                        "carriers": [_claim_link(coverage.claims[c], a) | {"label": articles[a].label} for a in coverage.claims[c].articles],
                    }
                    for c in selection.omitted
                ],
            }
        )
    return {
        "computed": True,
        "columns": columns,
        "threshold": f"{coverage.threshold:.2f}",
        "claims_total": len(coverage.claims),
        "shared_total": len(shared),
        "rows": rows,
        "outlets": outlets,
        "passages": [passage_view(p, k + 1, articles) for k, p in enumerate(copies.passages[:MAX_PASSAGES])],
        "passages_total": len(copies.passages),
        "min_words": MIN_WORDS,
        "passages_hidden": max(0, len(copies.passages) - MAX_PASSAGES),
        "derived": [
            {"a": articles[p.a].label, "b": articles[p.b].label, "words": p.copied_words, "unquoted": p.unquoted_words, "share": f"{p.share:.0%}"}
            for p in copies.pairs
            if p.derived
        ],
        "similarity": similarity_matrix(story),
    }


def marks(story: StoryAudit, article_index: int) -> list[Mark]:
    """The copied passages shown side by side, each with an anchor their evidence links jump to."""
    result = []
    for number, passage in enumerate(story.copies.passages[:MAX_PASSAGES]):
        if article_index not in (passage.a, passage.b):
            continue
        side, other = ("a", passage.b) if article_index == passage.a else ("b", passage.a)
        span = passage.a_span if side == "a" else passage.b_span
        note = f"copied passage: near-identical text in {story.articles[other].label}"
        result.append(Mark(span.start, span.end, "copied", note, passage_anchor(number + 1, side)))
    return result


def similarity_matrix(story: StoryAudit) -> dict[str, Any]:
    """Pairwise share of aligned claims and share of copied text, as rows of labelled cells."""
    articles = story.articles
    copying = {(p.a, p.b): p for p in story.copies.pairs}
    rows = []
    for a in range(len(articles)):
        cells = []
        for b in range(len(articles)):
            if a == b:
                cells.append({"self": True, "claims": "", "copied": ""})
                continue
            pair = copying.get((min(a, b), max(a, b)))
            cells.append(
                {
                    "self": False,
                    "claims": f"{story.coverage.shared[a][b]:.0%}" if story.coverage.shared else "0%",
                    "copied": f"{pair.share:.0%}" if pair else "0%",
                    "derived": bool(pair and pair.derived),
                }
            )
        rows.append({"label": articles[a].label, "cells": cells})
    return {"labels": [a.label for a in articles], "rows": rows}


def passage_view(passage: CopiedPassage, number: int, articles: Sequence[Article]) -> dict[str, Any]:
    """Copied passage ``number`` (its rank, longest first) as two sides of pieces, the text that differs marked."""
    return {
        "number": number,
        "a": articles[passage.a].label,
        "b": articles[passage.b].label,
        "words": passage.words,
        "quoted_words": passage.quoted_words,
        "similarity": f"{passage.similarity:.0%}",
        "anchor": passage_anchor(number),
        "a_anchor": passage_anchor(number, "a"),
        "b_anchor": passage_anchor(number, "b"),
        "a_pieces": _pieces(articles[passage.a].text, passage.a_span, [x for x, _ in passage.blocks]),
        "b_pieces": _pieces(articles[passage.b].text, passage.b_span, [y for _, y in passage.blocks]),
    }


def _pieces(text: str, span: Span, matched: Sequence[Span]) -> list[dict[str, Any]]:
    """``text[span]`` cut into matched and differing runs (``differs`` marks the edits)."""
    pieces = []
    position = span.start
    for block in matched:
        if block.start > position:
            pieces.append({"text": text[position:block.start], "differs": bool(text[position:block.start].strip())})
        pieces.append({"text": text[block.start:block.end], "differs": False})
        position = block.end
    if position < span.end:
        pieces.append({"text": text[position:span.end], "differs": True})
    return pieces


def _cell(claim: Any, article: int, articles: Sequence[Article]) -> dict[str, Any]:
    sentence = claim.sentence_in(article)
    if sentence is None:
        return {"carried": False, "label": articles[article].label}
    return {"carried": True, "label": articles[article].label, "anchor": sentence_anchor(article, sentence.sentence), "similarity": f"{sentence.similarity:.2f}"}


def _claim_link(claim: Any, article: int) -> dict[str, Any]:
    sentence = claim.sentence_in(article)
    return {"number": claim.index + 1, "text": claim.text, "anchor": sentence_anchor(article, sentence.sentence) if sentence else ""}
