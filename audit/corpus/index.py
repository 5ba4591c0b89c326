"""The corpus index page: every story with its outlets, headline differences and
conflicts, the outlet profiles across stories, and links to the tables.

Like ``audit.report``, this module prepares plain data and the template
(``templates/corpus_index.html.j2``) only loops over it; autoescaping is on and
the page carries the same Content-Security-Policy as a story report.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..model import InputProblem
from ..pages import render_page
from ..version import __version__
from .grouping import GroupingOptions
from .tables import CONFLICTS, profile_rows

MAX_PROBLEMS_SHOWN = 500


def index_context(
    summaries: Sequence[Mapping[str, Any]],
    profiles: Mapping[str, Mapping[str, Any]],
    problems: Sequence[InputProblem],
    *,
    tables: Mapping[str, int],
    parquet: bool,
    grouping: GroupingOptions,
    grouped: int,
    story_key: str,
    assignments: bool,
) -> dict[str, Any]:
    """Everything the index shows, as plain data, stories in the order given (sorted by key)."""
    has_conflicts = CONFLICTS[0] in tables
    stories = []
    for summary in summaries:
        dates = [d for d in (summary["first_date"], summary["last_date"]) if d]
        stories.append(
            {
                "key": summary["story"],
                "href": f"stories/{summary['file']}.html",
                "articles": f"{summary['articles']:,}",
                "outlets": ", ".join(summary["outlets"]),
                "outlet_count": len(summary["outlets"]),
                "dates": " to ".join(dict.fromkeys(dates)) or "undated",
                "headlines": summary["headlines"],
                "conflicts": "–" if summary["conflicts"] is None else f"{summary['conflicts']:,}",
                "problems": len(summary["problems"]),
            }
        )
    headings, rows = profile_rows(profiles, list(tables))
    articles = sum(summary["articles"] for summary in summaries)
    return {
        "title": f"{len(summaries):,} stories, {articles:,} articles, {len(profiles):,} outlets",
        "version": __version__,
        "stories": stories,
        "has_conflicts": has_conflicts,
        "profile_headings": headings,
        "profile_rows": rows,
        "tables": [
            {"name": name, "rows": f"{count:,}", "csv": f"tables/{name}.csv", "parquet": f"tables/{name}.parquet" if parquet else ""}
            for name, count in tables.items()
        ],
        "problems": [{"source": p.source, "line": p.line, "reason": p.reason} for p in problems[:MAX_PROBLEMS_SHOWN]],
        "problems_total": len(problems),
        "grouping": {
            "threshold": f"{grouping.threshold:.2f}",
            "window_days": grouping.window_days,
            "top_features": grouping.top_features,
            "grouped": f"{grouped:,}",
            "story_key": story_key,
            "assignments": assignments,
        },
    }


def render_index(summaries: Sequence[Mapping[str, Any]], profiles: Mapping[str, Mapping[str, Any]], problems: Sequence[InputProblem], **options: Any) -> str:
    """The index as one self-contained HTML document."""
    return render_page("corpus_index.html.j2", index_context(summaries, profiles, problems, **options))
