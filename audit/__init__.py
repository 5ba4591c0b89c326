"""Audit how different news outlets cover the same story, with evidence a reader can check.

The public API mirrors the command line::

    from audit import load, audit_story, render_report
    loaded = load(["seeds"])
    story = audit_story(loaded.articles, loaded.problems)
    html = render_report(story)
"""
from __future__ import annotations

__version__ = "0.1.0"

from .load import load  # noqa: E402
from .model import Article, InputProblem, LoadResult, Removed, Sentence, Span  # noqa: E402
from .story import ArticleAudit, StoryAudit, audit_article, audit_story  # noqa: E402

__all__ = [
    "Article",
    "ArticleAudit",
    "InputProblem",
    "LoadResult",
    "Removed",
    "Sentence",
    "Span",
    "StoryAudit",
    "audit_article",
    "audit_story",
    "load",
    "render_compare",
    "render_report",
]


def render_report(story: StoryAudit, *, title: str = "", stamp: str = "") -> str:
    """The audit of ``story`` as one self-contained HTML document."""
    from .report import render_report as _render

    return _render(story, title=title, stamp=stamp)


def render_compare(story: StoryAudit, a_index: int, b_index: int) -> str:
    """Articles ``a_index`` and ``b_index`` of ``story`` side by side, as one self-contained HTML document."""
    from .report import render_compare as _render

    return _render(story, a_index, b_index)
