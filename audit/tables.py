"""Results → pandas DataFrames, and DataFrames → text, CSV or JSON for the command line."""
from __future__ import annotations

import dataclasses
import json
from typing import Any

import pandas as pd

from .story import StoryAudit

FORMATS = ("table", "json", "csv")


def scores_table(story: StoryAudit) -> pd.DataFrame:
    """One row per article: identity, size, removed debris and every per-article metric."""
    rows = []
    for audit in story.audits:
        article = audit.article
        row: dict[str, Any] = {
            "article": article.id,
            "label": article.label,
            "outlet": article.outlet,
            "title": article.title,
            "published": article.published,
            "words": article.word_count,
            "sentences": len(article.sentences),
            "removed_spans": len(article.removed),
            "removed_chars": sum(r.end - r.start for r in article.removed),
            "figures": len(audit.figures),
        }
        for field in dataclasses.fields(audit.readability):
            row[f"readability_{field.name}"] = getattr(audit.readability, field.name)
        rows.append(row)
    return pd.DataFrame(rows)


def render_table(frame: pd.DataFrame, fmt: str, *, key: str) -> str:
    """``frame`` as an aligned text table, CSV, or JSON (an object holding a list under ``key``)."""
    if fmt == "csv":
        return frame.to_csv(index=False, lineterminator="\n")
    if fmt == "json":
        records = json.loads(frame.to_json(orient="records", force_ascii=False))
        return json.dumps({key: records}, ensure_ascii=False, indent=2) + "\n"
    if frame.empty:
        return "(none)\n"
    with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200, "display.max_colwidth", 60):
        return frame.to_string(index=False) + "\n"


def _figure_bound(kind: str, value: float) -> float | str | None:
    """A figure's bound for tables: a date as ISO text, no bound as None, whole numbers as int."""
    import math

    from .figures import date_of

    if math.isinf(value):
        return None
    if kind == "date":
        return date_of(value).isoformat()
    return int(value) if float(value).is_integer() else value


def figures_table(story: StoryAudit) -> pd.DataFrame:
    """One row per figure mention, grouped by fact: conflicts first, then agreements, then single-source.

    ``fact`` numbers the facts in that order; ``sentence`` is the evidence sentence.
    """
    from .compare.figures import describe

    rows = []
    labels = [audit.article.label for audit in story.audits]
    for number, fact in enumerate(story.facts, start=1):
        for mention in fact.mentions:
            figure = mention.figure
            rows.append(
                {
                    "fact": number,
                    "verdict": fact.verdict,
                    "subject": fact.subject,
                    "article": mention.article_id,
                    "label": labels[mention.article_index],
                    "start": figure.span.start,
                    "end": figure.span.end,
                    "surface": figure.surface,
                    "kind": figure.kind,
                    "low": _figure_bound(figure.kind, figure.low),
                    "high": _figure_bound(figure.kind, figure.high),
                    "unit": figure.unit,
                    "qualifier": figure.qualifier,
                    "value": describe(figure),
                    "note": fact.note,
                    "sentence": mention.sentence,
                }
            )
    columns = ["fact", "verdict", "subject", "article", "label", "start", "end", "surface", "kind", "low", "high", "unit", "qualifier", "value", "note", "sentence"]
    return pd.DataFrame(rows, columns=columns)


def figures_document(story: StoryAudit) -> dict[str, Any]:
    """The figures as the JSON document ``audit figures --format json`` prints (schema in README.md)."""
    articles = [{"id": a.article.id, "label": a.article.label, "path": a.article.source} for a in story.audits]
    facts = []
    for fact in story.facts:
        facts.append(
            {
                "subject": fact.subject,
                "verdict": fact.verdict,
                "note": fact.note,
                "mentions": [
                    {
                        "article": m.article_id,
                        "start": m.figure.span.start,
                        "end": m.figure.span.end,
                        "surface": m.figure.surface,
                        "kind": m.figure.kind,
                        "low": _figure_bound(m.figure.kind, m.figure.low),
                        "high": _figure_bound(m.figure.kind, m.figure.high),
                        "unit": m.figure.unit,
                        "qualifier": m.figure.qualifier or None,
                        "sentence": m.sentence,
                    }
                    for m in fact.mentions
                ],
            }
        )
    return {"articles": articles, "facts": facts}


def figures_text(story: StoryAudit) -> str:
    """The figures as readable text: one block per fact, with each outlet's sentence."""
    from .compare.figures import describe

    if not story.facts:
        return "(no figures)\n"
    labels = [audit.article.label for audit in story.audits]
    headings = {"conflict": "CONFLICT", "agree": "AGREE", "agree_after_conversion": "AGREE (after conversion)", "single_source": "SINGLE SOURCE"}
    lines = []
    counts = {v: sum(1 for f in story.facts if f.verdict == v) for v in headings}
    lines.append(", ".join(f"{counts[v]} {headings[v].lower()}" for v in headings))
    for number, fact in enumerate(story.facts, start=1):
        lines.append("")
        lines.append(f"[{number}] {headings[fact.verdict]}: {fact.subject}")
        lines.append(f"    {fact.note}")
        for mention in fact.mentions:
            sentence = " ".join(mention.sentence.split())
            lines.append(f"    - {labels[mention.article_index]} ({mention.article_id}, {mention.figure.span.start}-{mention.figure.span.end}): {mention.figure.surface!r} = {describe(mention.figure)}")
            lines.append(f"      \"{sentence}\"")
    return "\n".join(lines) + "\n"
