"""Audit how different news outlets cover the same story, with evidence a reader can check.

The public API mirrors the command line, one call per command::

    from audit import load, audit_story, render_report
    loaded = load(["seeds"])
    story = audit_story(loaded.articles, loaded.problems)   # audit report
    html = render_report(story)

    figure_facts(loaded.articles)     # audit figures: the figure lens and the alignment
    story_quotes(loaded.articles)     # audit quotes: the quotes lens
    score_articles(loaded.articles)   # audit score: the per-article lenses
    actor_tones(loaded.articles)      # audit actors: quotes and actors
    load_pair("nrc.nl", "SCMP", ["seeds"])  # audit compare: then audit_story, render_compare

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
    from .compare_view import compare_summary, load_pair, render_compare
    from .corpus import audit_corpus
    from .facts import FigureFacts, figure_facts
    from .report import render_report
    from .story import (
        ActorTones,
        ArticleAudit,
        ArticleScores,
        StoryAudit,
        StoryQuotes,
        actor_tones,
        audit_article,
        audit_story,
        pair_story,
        score_articles,
        story_quotes,
    )

# Each public name imported on first use, and the module that defines it.
_LAZY = {
    "ActorTones": "story",
    "ArticleAudit": "story",
    "ArticleScores": "story",
    "StoryAudit": "story",
    "StoryQuotes": "story",
    "actor_tones": "story",
    "audit_article": "story",
    "audit_story": "story",
    "pair_story": "story",
    "score_articles": "story",
    "story_quotes": "story",
    "FigureFacts": "facts",
    "figure_facts": "facts",
    "render_report": "report",
    "compare_summary": "compare_view",
    "load_pair": "compare_view",
    "render_compare": "compare_view",
    "audit_corpus": "corpus",
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
