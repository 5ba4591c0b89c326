"""The story report: results → plain template context → one self-contained HTML page.

Templates (``templates/``) only loop and branch over what this module prepares:
no statistic is computed in a template. The sections, their order and the
highlights over the article texts come from ``audit.sections.REPORT_SECTIONS``;
escaping, the page's script and its security policy from ``audit.pages``.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from .compare.vocabulary import outlet_known
from .debris import rule_descriptions
from .marks import MarkedText, article_anchor
from .model import Article
from .pages import render_page
from .sections import REPORT_SECTIONS, article_marks, page_sections
from .sections.glossary import glossary_context
from .sections.grouping import grouping
from .story import StoryAudit
from .version import __version__


def report_context(story: StoryAudit, *, title: str = "") -> dict[str, Any]:
    """Everything the report templates show, as plain data (strings, numbers, lists, dicts)."""
    articles = []
    for index, audit in enumerate(story.audits):
        article = audit.article
        readability = audit.readability
        articles.append(
            {
                "index": index,
                "anchor": article_anchor(index),
                "id": article.id,
                "label": article.label,
                "outlet": article.outlet,
                "outlet_note": outlet_note(article),
                "title": article.title,
                "url": article.url,
                "published": published(article),
                "words": article.word_count,
                "sentences": len(article.sentences),
                "grade": f"{readability.flesch_kincaid_grade:.1f}",
                "reading_minutes": f"{readability.reading_minutes:.1f}",
                "removed": [
                    {"rule": r.rule, "text": r.text, "start": r.start, "end": r.end} for r in article.removed
                ],
                "removed_by_rule": [
                    {"rule": rule, "count": count} for rule, count in Counter(r.rule for r in article.removed).items()
                ],
                "warnings": list(article.warnings),
                "readability": _readability_row(readability),
                "paragraphs": MarkedText(article, index, article_marks(story, index)).paragraphs(),
            }
        )
    return {
        **page_context(story, title=title or story_title(story.articles)),
        "articles": articles,
        "notes": list(story.notes),
        "readability_columns": READABILITY_COLUMNS,
        **page_sections(REPORT_SECTIONS, story),
    }


def page_context(story: StoryAudit, *, title: str) -> dict[str, Any]:
    """What every page of a story shows whatever its sections: its title, the version, the
    inputs that could not be read, and the debris rules the methods section lists."""
    return {
        "title": title,
        "version": __version__,
        "problems": [{"source": p.source, "line": p.line, "reason": p.reason} for p in story.problems],
        "debris_rules": sorted(rule_descriptions().items()),
        "glossary": glossary_context(grouping(story.articles).one),
    }


def outlet_note(article: Article) -> str:
    """The outlet as a heading shows it after the label: empty when the label already says it
    (the label is the outlet, or it was built from an unnamed outlet's file)."""
    if not outlet_known(article) or article.outlet == article.label:
        return ""
    return article.outlet


def published(article: Article) -> str:
    """The article's date as the pages show it: its own, else the story's (marked so), else "unknown"."""
    if article.published and article.date_source == "file name":
        return f"{article.published} (from the file name)"
    return article.published or (f"{article.story_date} (story date)" if article.story_date else "unknown")


READABILITY_COLUMNS: Sequence[tuple[str, str]] = (
    ("flesch_reading_ease", "Flesch reading ease"),
    ("flesch_kincaid_grade", "Flesch–Kincaid grade"),
    ("gunning_fog", "Gunning fog"),
    ("smog_index", "SMOG"),
    ("dale_chall", "Dale–Chall"),
    ("words", "Words (textstat's count)"),
    ("sentences", "Sentences"),
    ("syllables", "Syllables"),
    ("polysyllables", "Words of 3+ syllables"),
    ("difficult_words", "Difficult words"),
    ("mean_sentence_length", "Words per sentence"),
    ("long_word_share", "Share of 3+ syllable words"),
    ("reading_minutes", "Reading time (min)"),
)


def _readability_row(readability: Any) -> dict[str, str]:
    row = {}
    for key, _ in READABILITY_COLUMNS:
        value = getattr(readability, key)
        row[key] = f"{value:.0%}" if key == "long_word_share" else (f"{value:,}" if isinstance(value, int) else f"{value:.2f}")
    return row


def story_title(articles: Sequence[Article]) -> str:
    """The story's name when the inputs give one, never one outlet's headline for several articles."""
    if not articles:
        return "No articles"
    if len(articles) == 1:
        return articles[0].title
    stories = sorted({a.story for a in articles if a.story})
    dates = sorted({str(a.story_date) for a in articles if a.story_date})
    if len(stories) == 1:
        return f"{len(articles)} articles on {stories[0]}" + (f" ({dates[0]})" if len(dates) == 1 else "")
    return f"{len(articles)} articles, first: {articles[0].title}"


def render_report(story: StoryAudit, *, title: str = "", stamp: str = "") -> str:
    """The whole audit as one self-contained HTML document (a string).

    ``stamp`` (a time of generation, given by the caller) is printed in the footer;
    without it the output depends on the input alone, byte for byte.
    """
    return render_page("report.html.j2", {**report_context(story, title=title), "stamp": stamp})
