"""Audit how different news outlets cover the same story, with evidence a reader can check.

The public API mirrors the command line::

    from audit import load, audit_story, render_report
    loaded = load(["seeds"])
    story = audit_story(loaded.articles, loaded.problems)
    html = render_report(story)

Names are imported from their modules on first use, so that ``import audit`` (and
every command of the CLI, which lives in this package) loads only the lenses it runs.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .load import load
from .model import Article, InputProblem, LoadResult, Removed, Sentence, Span
from .version import __version__

if TYPE_CHECKING:
    from .compare_view import render_compare
    from .report import render_report
    from .story import ArticleAudit, StoryAudit, audit_article, audit_story, pair_story

# Each public name imported on first use, and the module that defines it.
_LAZY = {
    "ArticleAudit": "story",
    "StoryAudit": "story",
    "audit_article": "story",
    "audit_story": "story",
    "pair_story": "story",
    "render_report": "report",
    "render_compare": "compare_view",
}

__all__ = sorted(["Article", "InputProblem", "LoadResult", "Removed", "Sentence", "Span", "load", *_LAZY])


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'audit' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
