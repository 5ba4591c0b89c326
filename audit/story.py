"""Composition: every lens applied to every article, then the cross-article comparisons.

This is the one place where the lenses meet. Each lens is a pure function from
an ``Article`` to a frozen result; ``audit_story`` calls them in a fixed order and
bundles the results. Nothing flows back into the articles.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .compare.voices import VoicesComparison, compare_voices
from .model import Article, InputProblem
from .quotes import Quote, quotes_in
from .readability import Readability, readability_of


@dataclass(frozen=True)
class ArticleAudit:
    """One article and what each lens found in it."""

    article: Article
    readability: Readability
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class StoryAudit:
    """All articles of one story, scored and compared."""

    audits: tuple[ArticleAudit, ...]
    problems: tuple[InputProblem, ...] = ()
    voices: VoicesComparison | None = None

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(audit.article for audit in self.audits)


def audit_article(article: Article) -> ArticleAudit:
    """Apply every per-article lens to ``article``."""
    return ArticleAudit(article=article, readability=readability_of(article), quotes=quotes_in(article))


def audit_story(articles: Sequence[Article], problems: Sequence[InputProblem] = ()) -> StoryAudit:
    """Score each article and compare them; the order of ``articles`` is kept."""
    audits = tuple(audit_article(article) for article in articles)
    voices = compare_voices([a.article for a in audits], [a.quotes for a in audits])
    return StoryAudit(audits=audits, problems=tuple(problems), voices=voices)
