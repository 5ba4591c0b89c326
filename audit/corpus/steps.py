"""The pure functions the corpus engines ship to their workers.

The local process pool and a Dask cluster run exactly these functions, so the
two engines cannot disagree: ``score_articles`` (a batch of raw articles →
their ``ArticleAudit``s, via ``audit.story.audit_article``), ``finish_story``
(the scored articles of one story → compared (``audit.story.compare_audits``),
rendered (``audit.report.render_report``) and tabulated) and ``run_story``, both
in one call for a story small enough for one worker. They read no files and
write none: results travel back to the coordinating process, which writes
them, so workers need no shared file system.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..load import RawArticle, UnreadableInput, build_article, unique_labels
from ..model import InputProblem
from ..report import render_report
from ..story import ArticleAudit, StoryAudit, audit_article, compare_audits
from .grouping import content_tokens
from .tables import conflict_count, outlet_partials, story_tables

Scored = tuple[tuple[ArticleAudit, ...], tuple[InputProblem, ...]]


@dataclass(frozen=True)
class StoryResult:
    """One finished story: its report, its table rows (CSV text) and its index summary."""

    key: str
    html: str
    tables: dict[str, str]
    summary: dict[str, Any]


def score_articles(raws: Sequence[RawArticle], story_date: str | None = None) -> Scored:
    """Build and score each raw article; an unreadable one becomes a problem, in order."""
    audits = []
    problems = []
    for raw in raws:
        try:
            article = build_article(raw, story_date=story_date)
        except UnreadableInput as error:
            problems.append(InputProblem(raw.source, str(error)))
            continue
        audits.append(audit_article(article))
    return tuple(audits), tuple(problems)


def finish_story(key: str, scored: Iterable[Scored]) -> StoryResult:
    """Compare, render and tabulate one story from its scored batches (in input order)."""
    audits: list[ArticleAudit] = []
    problems: list[InputProblem] = []
    for batch_audits, batch_problems in scored:
        audits.extend(batch_audits)
        problems.extend(batch_problems)
    # labels are made unique within the story, as ``load`` does for one set of files
    labelled = unique_labels(audit.article for audit in audits)
    audits = [dataclasses.replace(audit, article=article) for audit, article in zip(audits, labelled)]
    story = compare_audits(audits, problems)
    html = render_report(story, title=key)
    frames = story_tables(story, key)
    tables = {name: frame.to_csv(index=False, lineterminator="\n") for name, frame in frames.items()}
    return StoryResult(key, html, tables, story_summary(key, story, frames))


def run_story(key: str, raws: Sequence[RawArticle], story_date: str | None = None) -> StoryResult:
    """A whole story on one worker: ``finish_story`` of ``score_articles``."""
    return finish_story(key, [score_articles(raws, story_date)])


def headline_differences(headlines: Sequence[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """Each ``(label, outlet, title)`` with the content words no other headline of the story uses."""
    tokens = [content_tokens(title) for _, _, title in headlines]
    rows = []
    for index, (label, outlet, title) in enumerate(headlines):
        others = {folded for j, pairs in enumerate(tokens) if j != index for _, folded in pairs}
        distinct = list(dict.fromkeys(word for word, folded in tokens[index] if folded not in others))
        rows.append({"label": label, "outlet": outlet, "title": title, "distinct": distinct})
    return rows


def story_summary(key: str, story: StoryAudit, frames: Mapping[str, pd.DataFrame]) -> dict[str, Any]:
    """What the index shows about one story, as JSON-able data (it is kept in the manifest)."""
    articles = story.articles
    dates = sorted(a.published for a in articles if a.published)
    return {
        "story": key,
        "articles": len(articles),
        "outlets": sorted({a.outlet for a in articles}),
        "first_date": dates[0] if dates else "",
        "last_date": dates[-1] if dates else "",
        "headlines": headline_differences([(a.label, a.outlet, a.title) for a in articles]),
        "rows": {name: int(len(frame)) for name, frame in sorted(frames.items())},
        "conflicts": conflict_count(frames),
        "problems": [problem.message() for problem in story.problems],
        "profile": outlet_partials(frames),
    }
