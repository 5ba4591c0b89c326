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
    for index, audit in enumerate(story.audits):
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
        }
        for field in dataclasses.fields(audit.readability):
            row[f"readability_{field.name}"] = getattr(audit.readability, field.name)
        if story.voices is not None:
            voices = story.voices.outlets[index]
            row.update(
                quotes=voices.quotes,
                quotes_direct=voices.direct,
                quotes_indirect=voices.indirect,
                quotes_mixed=voices.mixed,
                voices=len(voices.voices),
                voices_named=voices.named,
                quoted_share=voices.quoted_share,
            )
        rows.append(row)
    return pd.DataFrame(rows)


QUOTE_COLUMNS = ("article", "start", "end", "kind", "quote", "cue", "speaker", "role", "category", "gender")


def quotes_table(story: StoryAudit) -> pd.DataFrame:
    """One row per quote, in article order then text order: where it is (article, start,
    end: offsets into the article as read), its kind, its words, its cue and who speaks."""
    rows = []
    for audit in story.audits:
        for quote in audit.quotes:
            speaker = quote.speaker
            rows.append(
                {
                    "article": audit.article.id,
                    "start": quote.span.start,
                    "end": quote.span.end,
                    "kind": quote.kind,
                    "quote": quote.text,
                    "cue": quote.cue,
                    "speaker": speaker.name if speaker else "",
                    "role": speaker.role if speaker else "",
                    "category": speaker.category if speaker else "",
                    "gender": speaker.gender if speaker else "",
                }
            )
    return pd.DataFrame(rows, columns=list(QUOTE_COLUMNS))


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
