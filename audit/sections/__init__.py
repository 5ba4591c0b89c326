"""Report sections: each turns a ``StoryAudit`` into plain template data, and the list that orders them.

A lens section module has the same face: ``context(story) -> dict`` (what its
partial shows) and ``marks(story, article_index) -> list[Mark]`` (what it
highlights in that article's text). They compute nothing new: they arrange lens
results. ``REPORT_SECTIONS`` is the one list that drives the report: its order,
its numbering, its navigation, the partials it includes, the contexts computed
and the highlights laid over the article texts.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..marks import Mark, debris_marks
from ..story import StoryAudit
from . import answer, coverage, framing, numbers, overview, tone, voices
from .grouping import grouping


@dataclass(frozen=True)
class Section:
    """One section of a page: its element id, its name in the navigation, and what fills it.

    ``context`` and ``marks`` are a lens section's functions; a section without
    them (readability, the articles, methods) is filled from the page's own context.
    The partial is ``templates/partials/{id}.html.j2``.
    """

    id: str
    title: str
    context: Callable[[StoryAudit], dict[str, Any]] | None = None
    marks: Callable[[StoryAudit, int], list[Mark]] | None = None

    @property
    def template(self) -> str:
        return f"partials/{self.id}.html.j2"


ANSWER = Section("answer", "How they differ", answer.context, answer.marks)
OVERVIEW = Section("overview", "Overview", overview.context, overview.marks)
NUMBERS = Section("numbers", "Numbers", numbers.context, numbers.marks)
VOICES = Section("voices", "Voices", voices.context, voices.marks)
TONE = Section("tone", "Tone", tone.context, tone.marks)
FRAMING = Section("framing", "Framing", framing.context, framing.marks)
COVERAGE = Section("coverage", "Coverage", coverage.context, coverage.marks)
READABILITY = Section("readability", "Readability")
ARTICLES = Section("articles", "Articles")
METHODS = Section("methods", "Methods")

REPORT_SECTIONS: tuple[Section, ...] = (ANSWER, OVERVIEW, NUMBERS, VOICES, TONE, FRAMING, COVERAGE, READABILITY, ARTICLES, METHODS)


def article_marks(story: StoryAudit, article_index: int) -> list[Mark]:
    """Every highlight of one article, as the report lays them: removed debris, then each section's marks."""
    article = story.audits[article_index].article
    return debris_marks(article) + [
        mark for section in REPORT_SECTIONS if section.marks for mark in section.marks(story, article_index)
    ]


def page_sections(sections: Sequence[Section], story: StoryAudit) -> dict[str, Any]:
    """The template data of a page made of ``sections``, in that order: the navigation and
    includes (``sections``), each section's number (``section_numbers``), what the page
    compares (``unit``: the nouns of ``audit.sections.grouping``), and each lens section's
    context under its id."""
    unit = grouping(story.articles)
    return {
        "unit": {"one": unit.one, "many": unit.many, "rest": unit.rest, "note": unit.note, "by_article": unit.by_article},
        "sections": [{"id": s.id, "title": s.title, "template": s.template} for s in sections],
        "section_numbers": {section.id: number for number, section in enumerate(sections, start=1)},
        **{section.id: section.context(story) for section in sections if section.context},
    }
