"""What ``audit figures`` shows: every figure of the articles, aligned across them into facts.

The figure lens (``audit.figures``) reads each article's figures; the alignment
(``audit.compare.figures``) groups the figures of different articles into facts,
each with a verdict; an agreement stated only by articles that copy one another
(``audit.compare.copies``) counts as one source. This module imports those alone,
so that ``audit figures`` loads no other lens. ``audit.story.audit_story`` aligns
figures with the same ``align_figures``.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .compare.copies import Copies, copied_passages, copy_groups
from .compare.figures import Fact, Mention, compare_figures, discount_copies
from .figures import Figure, date_of, figures_in
from .limits import DEFAULT_MAX_PAIRWISE, pairwise_note
from .model import Article


@dataclass(frozen=True)
class FigureFacts:
    """The articles and their figures aligned into facts: conflicts first, then agreements, then
    figures one source alone states. ``notes`` say what was not computed and why (a limit)."""

    articles: tuple[Article, ...]
    facts: tuple[Fact, ...] = ()
    notes: tuple[str, ...] = ()


def align_figures(articles: Sequence[Article], figures: Sequence[Sequence[Figure]], copies: Copies) -> tuple[Fact, ...]:
    """``figures[i]`` (the figures of ``articles[i]``) aligned across articles, agreement among copies discounted."""
    return discount_copies(compare_figures(articles, figures), copy_groups(len(articles), copies.derived_pairs()))


def figure_facts(articles: Sequence[Article], *, max_pairwise: int = DEFAULT_MAX_PAIRWISE) -> FigureFacts:
    """The figures of ``articles`` aligned across them (``audit figures``).

    Runs the figure lens, copied-passage detection and the alignment, nothing else.
    With more than ``max_pairwise`` articles the alignment is skipped and the notes say so.

    >>> facts = figure_facts(load(["seeds"]).articles)  # doctest: +SKIP
    >>> [fact.verdict for fact in facts.facts][:2]       # doctest: +SKIP
    ['conflict', 'agree']
    """
    articles = tuple(articles)
    if len(articles) > max_pairwise:
        return FigureFacts(articles, notes=(pairwise_note(len(articles), max_pairwise, "figure alignment"),))
    figures = [figures_in(article) for article in articles]
    return FigureFacts(articles, align_figures(articles, figures, copied_passages(articles)))


def figure_bound(kind: str, value: float) -> float | str | None:
    """A figure's bound for tables: a date as ISO text, no bound as None, whole numbers as int."""
    if math.isinf(value):
        return None
    if kind == "date":
        return date_of(value).isoformat()
    return int(value) if float(value).is_integer() else value


def mention_record(mention: Mention) -> dict[str, Any]:
    """One figure mention for tables and JSON: the article, the figure's span, reading and bounds, and its sentence.

    Bounds go through ``figure_bound``; an empty qualifier, comparison or role stays ``""``
    (each caller says how it shows one).
    """
    figure = mention.figure
    return {
        "article": mention.article_id,
        "start": figure.span.start,
        "end": figure.span.end,
        "surface": figure.surface,
        "kind": figure.kind,
        "low": figure_bound(figure.kind, figure.low),
        "high": figure_bound(figure.kind, figure.high),
        "unit": figure.unit,
        "qualifier": figure.qualifier,
        "comparison": figure.comparison,
        "role": figure.role,
        "against": figure_bound(figure.kind, figure.against) if figure.against is not None else None,
        "sentence": mention.sentence,
    }


def figures_document(result: FigureFacts) -> dict[str, Any]:
    """The figures as the JSON document ``audit figures --format json`` prints (schema in README.md)."""
    articles = [{"id": a.id, "label": a.label, "path": a.source} for a in result.articles]
    facts = []
    for fact in result.facts:
        facts.append(
            {
                "subject": fact.subject,
                "verdict": fact.verdict,
                "difference": fact.difference,
                "ranges_only_touch": fact.ranges_only_touch,
                "note": fact.note,
                "mentions": [
                    {**record, "qualifier": record["qualifier"] or None, "comparison": record["comparison"] or None, "role": record["role"] or None}
                    for record in map(mention_record, fact.mentions)
                ],
            }
        )
    return {"articles": articles, "facts": facts}
