"""Output for a terminal: what ``--format table`` prints, shaped for a reader rather than a program.

CSV and JSON (``audit.tables``) keep every value whole; the terminal views here
shorten or leave out what a person reading a terminal does not need. This module
imports neither pandas nor any lens: ``audit figures`` prints its text without them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .compare.figures import describe

if TYPE_CHECKING:
    from .facts import FigureFacts
    from .story import StoryAudit

QUOTE_CELL = 48  # characters of a quote or role shown in the quotes table


def shorten(value: str, width: int) -> str:
    """``value`` cut to ``width`` characters, an ellipsis marking the cut."""
    return value if len(value) <= width else value[: width - 1] + "…"


def quotes_for_terminal(frame: Any) -> Any:
    """The quotes table (``audit.tables.quotes_table``) with its long text cells shortened."""
    return frame.assign(**{column: frame[column].map(lambda v: shorten(v, QUOTE_CELL)) for column in ("quote", "role")})


def figures_text(story: StoryAudit | FigureFacts) -> str:
    """The figures as readable text: one block per fact, with each outlet's sentence."""
    if not story.facts:
        return "(no figures)\n"
    labels = [article.label for article in story.articles]
    headings = {"conflict": "CONFLICT", "agree": "AGREE", "agree_after_conversion": "AGREE (after conversion)", "single_source": "SINGLE SOURCE"}
    lines = []
    counts = {v: sum(1 for f in story.facts if f.verdict == v) for v in headings}
    lines.append(", ".join(f"{counts[v]} {headings[v].lower()}" for v in headings))
    for number, fact in enumerate(story.facts, start=1):
        lines.append("")
        lines.append(f"[{number}] {headings[fact.verdict]}: {fact.subject}")
        lines.append(f"    {fact.note}")
        for mention in fact.mentions:
            sentence = " ".join(mention.sentence.split())
            lines.append(f"    - {labels[mention.article_index]} ({mention.article_id}, {mention.figure.span.start}-{mention.figure.span.end}): {mention.figure.surface!r} = {describe(mention.figure)}")
            lines.append(f"      \"{sentence}\"")
    return "\n".join(lines) + "\n"
