"""The corpus's tidy tables and outlet profiles: one registry, pure functions.

``CORPUS_TABLES`` names every table the corpus command writes and the function
building it from one ``StoryAudit`` (the same builders ``audit/tables.py``
offers for a single story). Every row gets a ``story`` column (first) and an
``outlet`` column, so the tables of a whole corpus load straight into pandas
and group by outlet or story. Adding a table is one line in ``CORPUS_TABLES``.

``articles`` (from ``scores_table``) has one row per article: ``story``,
``article`` (the id: file name, or ``file:line`` for corpus rows), ``label``,
``outlet``, ``title``, ``url``, ``published``, ``source`` (path, or path:line),
``words``, ``sentences``, ``removed_spans``, ``removed_chars`` and every
per-article metric (``readability_*``, then each lens's columns).

Outlet profiles aggregate these tables per outlet across stories. Each story
contributes additive partial sums (``outlet_partials``, computed on the worker
with the story), and the corpus run adds them up (``merge_partials``), so the
profiles cost memory per outlet, never per article.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import pandas as pd

from .. import tables
from ..story import StoryAudit

# One line per table: "name": builder (StoryAudit -> DataFrame with an 'outlet' or 'article' column).
CORPUS_TABLES: dict[str, Callable[[StoryAudit], pd.DataFrame]] = {
    "articles": tables.scores_table,
    "figures": tables.figures_table,
    "facts": tables.facts_table,
    "frames": tables.frames_table,
    "quotes": tables.quotes_table,
    "voices": tables.voices_table,
    "tone_by_actor": tables.actors_table,
}


@dataclass(frozen=True)
class ProfileMeasure:
    """One column of the outlet profile: a ``mean`` of a numeric column, or ``counts`` of a category's values."""

    table: str
    column: str
    kind: Literal["mean", "counts"]
    label: str


# Measures whose table is not in CORPUS_TABLES (or lacks the column) are skipped,
# so a lens's measure can be listed before the lens lands.
PROFILE_MEASURES: tuple[ProfileMeasure, ...] = (
    ProfileMeasure("articles", "words", "mean", "Words per article"),
    ProfileMeasure("articles", "readability_flesch_kincaid_grade", "mean", "Reading grade (Flesch–Kincaid)"),
    ProfileMeasure("voices", "kind", "counts", "Voices by kind"),
    ProfileMeasure("frames", "frame", "counts", "Frames used"),
    ProfileMeasure("tone_by_actor", "actor", "counts", "Recurring actors (tone rows)"),
)

# A figure conflict is a ``fact`` number whose rows in ``facts`` (one per fact and outlet) have
# ``verdict`` ``conflict``: counted once per story in the index, and once for each outlet party to it.
CONFLICTS = ("facts", "verdict", "conflict", "fact")


def story_tables(story: StoryAudit, key: str) -> dict[str, pd.DataFrame]:
    """Every registered table for one story, with ``story`` and ``outlet`` columns."""
    outlets = {audit.article.id: audit.article.outlet for audit in story.audits}
    frames = {}
    for name, build in CORPUS_TABLES.items():
        frame = build(story).copy()
        if "outlet" not in frame.columns:
            if "article" not in frame.columns:
                raise ValueError(f"table {name!r} has neither an 'outlet' nor an 'article' column; the corpus needs one to attribute rows")
            frame.insert(0, "outlet", frame["article"].map(outlets))
        frame.insert(0, "story", key)
        frames[name] = frame
    return frames


def conflict_count(frames: Mapping[str, pd.DataFrame]) -> int | None:
    """Figure conflicts in one story, or None when no figures table exists."""
    table, column, value, fact = CONFLICTS
    frame = frames.get(table)
    if frame is None or column not in frame.columns:
        return None
    return int(frame.loc[frame[column] == value, fact].nunique())


def outlet_partials(frames: Mapping[str, pd.DataFrame]) -> dict[str, dict[str, Any]]:
    """Per outlet, this story's additive contribution to the outlet profiles (JSON-able)."""
    partials: dict[str, dict[str, Any]] = {}

    def entry(outlet: str) -> dict[str, Any]:
        return partials.setdefault(outlet, {"stories": 1, "rows": {}, "sums": {}, "counts": {}, "conflicts": 0})

    for name in sorted(frames):
        frame = frames[name]
        for outlet, rows in frame.groupby("outlet", sort=True)["story"].size().items():
            entry(str(outlet))["rows"][name] = int(rows)
    for measure in PROFILE_MEASURES:
        frame = frames.get(measure.table)
        if frame is None or measure.column not in frame.columns:
            continue
        for outlet, group in frame.groupby("outlet", sort=True):
            values = group[measure.column]
            if measure.kind == "mean":
                numbers = pd.to_numeric(values, errors="coerce").dropna()
                entry(str(outlet))["sums"][measure.label] = [float(numbers.sum()), int(numbers.size)]
            else:
                counts = values.astype(str).value_counts()
                entry(str(outlet))["counts"][measure.label] = {str(k): int(v) for k, v in sorted(counts.items())}
    table, column, value, fact = CONFLICTS
    frame = frames.get(table)
    if frame is not None and column in frame.columns:
        for outlet, group in frame.groupby("outlet", sort=True):
            entry(str(outlet))["conflicts"] = int(group.loc[group[column] == value, fact].nunique())
    return partials


def merge_partials(total: dict[str, dict[str, Any]], partials: Mapping[str, Mapping[str, Any]]) -> None:
    """Add one story's ``outlet_partials`` into the running ``total`` (in place)."""
    for outlet, part in partials.items():
        into = total.setdefault(outlet, {"stories": 0, "rows": {}, "sums": {}, "counts": {}, "conflicts": 0})
        into["stories"] += part["stories"]
        into["conflicts"] += part["conflicts"]
        for name, rows in part["rows"].items():
            into["rows"][name] = into["rows"].get(name, 0) + rows
        for label, (value, n) in part["sums"].items():
            running = into["sums"].setdefault(label, [0.0, 0])
            running[0] += value
            running[1] += n
        for label, counts in part["counts"].items():
            running_counts = into["counts"].setdefault(label, {})
            for category, n in counts.items():
                running_counts[category] = running_counts.get(category, 0) + n


def profile_rows(total: Mapping[str, Mapping[str, Any]], names: Iterable[str]) -> tuple[list[str], list[dict[str, Any]]]:
    """Outlet profiles as display rows: (column headings, one row of strings per outlet, sorted)."""
    names = list(names)
    measures = [m for m in PROFILE_MEASURES if any(m.label in p["sums"] or m.label in p["counts"] for p in total.values())]
    has_conflicts = CONFLICTS[0] in names
    headings = ["Outlet", "Stories", *(f"Rows: {name}" for name in names), *(m.label for m in measures)]
    if has_conflicts:
        headings.append("Figure conflicts")
    rows = []
    for outlet in sorted(total):
        part = total[outlet]
        cells = [outlet, f"{part['stories']:,}", *(f"{part['rows'].get(name, 0):,}" for name in names)]
        for measure in measures:
            if measure.kind == "mean":
                value, n = part["sums"].get(measure.label, (0.0, 0))
                cells.append(f"{value / n:,.1f}" if n else "–")
            else:
                counts = part["counts"].get(measure.label, {})
                cells.append(", ".join(f"{k}: {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))) or "–")
        if has_conflicts:
            cells.append(f"{part['conflicts']:,}")
        rows.append({"outlet": outlet, "cells": cells})
    return headings, rows
