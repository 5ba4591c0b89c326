"""Composition: every lens applied to every article, then the cross-article comparisons.

This is the one place where the lenses meet. Each lens is a pure function from
an ``Article`` to a frozen result; ``audit_story`` calls them in a fixed order and
bundles the results. Nothing flows back into the articles.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .compare.figures import Fact, compare_figures
from .figures import Figure, figures_in
from .model import Article, InputProblem
from .readability import Readability, readability_of


@dataclass(frozen=True)
class ArticleAudit:
    """One article and what each lens found in it."""

    article: Article
    readability: Readability
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class StoryAudit:
    """All articles of one story, scored and compared."""

    audits: tuple[ArticleAudit, ...]
    problems: tuple[InputProblem, ...] = ()
    facts: tuple[Fact, ...] = ()  # figures aligned across articles, conflicts first

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(audit.article for audit in self.audits)


def audit_article(article: Article) -> ArticleAudit:
    """Apply every per-article lens to ``article``."""
    return ArticleAudit(article=article, readability=readability_of(article), figures=figures_in(article))


def audit_story(articles: Sequence[Article], problems: Sequence[InputProblem] = ()) -> StoryAudit:
    """Score each article and compare them; the order of ``articles`` is kept."""
    audits = tuple(audit_article(article) for article in articles)
    facts = compare_figures([a.article for a in audits], [a.figures for a in audits])
    return StoryAudit(audits=audits, problems=tuple(problems), facts=facts)
