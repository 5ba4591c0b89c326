"""Output for a terminal: what ``--format table`` prints, fitted to the terminal's width.

CSV and JSON (``audit.tables``) keep every value whole, for programs. The views
here are for a person at a terminal ``width`` characters wide (the CLI passes
``shutil.get_terminal_size()``, which honours ``COLUMNS``): long cells wrap onto
further lines within their column and stop after a few lines with "…", numbers
are rounded for reading, and what only a program needs (character offsets) is
left to CSV and JSON. A quote is shown in its sentence, with its speaker.

This module imports neither pandas nor any lens; a table given to it is read
through ``columns`` and ``itertuples`` (a pandas DataFrame, as ``audit.tables``
builds them).
"""
from __future__ import annotations

import math
import re
import textwrap
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .compare.differences import Interval, format_interval, format_signed
from .compare.figures import RANGES_ONLY_TOUCH, describe

if TYPE_CHECKING:
    from .facts import FigureFacts
    from .model import Article
    from .quotes import Quote
    from .story import StoryAudit, StoryQuotes

DEFAULT_WIDTH = 80  # when no terminal tells its width (shutil's own fallback)
GAP = "  "  # between two columns
MAX_LINES = 4  # lines a wrapped cell may take before it stops with "…"
NARROWEST = 8  # a text column is not squeezed below this many characters (or its longest value)
SIDE_COLUMN = 18  # a label or a name beside the text that matters wraps beyond this width
_NUMBER = re.compile(r"[-+]?\d[\d,]*(\.\d+)?%?|–")


def cell_text(value: Any) -> str:
    """A value as a terminal shows it: no value as "–", floats to at most four decimals, text on one line."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if not math.isfinite(value) or value.is_integer():
            return str(int(value)) if math.isfinite(value) else str(value)
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return " ".join(str(value).split())


def wrap(text: str, width: int, max_lines: int = MAX_LINES) -> list[str]:
    """``text`` in lines of at most ``width`` characters; past ``max_lines`` the last one ends in "…"."""
    lines = textwrap.wrap(text, width, break_on_hyphens=False) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: width - 1].rstrip() + "…"
    return lines


def column_widths(natural: Sequence[int], narrowest: Sequence[int], available: int) -> list[int]:
    """Widths that fit ``available`` characters: the widest column gives up a character at a time,
    none below its ``narrowest``. When even that does not fit, every column gets its narrowest."""
    widths = list(natural)
    while sum(widths) > available:
        shrinkable = [i for i, w in enumerate(widths) if w > narrowest[i]]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda i: (widths[i], -i))
        widths[widest] -= 1
    return widths


def text_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    width: int = DEFAULT_WIDTH,
    *,
    max_lines: int = MAX_LINES,
    whole: Collection[int] = (),
    widest: Mapping[int, int] | None = None,
    spaced: bool = True,
) -> str:
    """``rows`` under ``headers`` as aligned columns fitting ``width`` characters.

    Numbers are right-aligned; a column whose every value is a number never wraps,
    nor do the columns numbered in ``whole``. The other columns wrap their cells, to at
    most ``max_lines`` lines, and beyond ``widest[c]`` characters for a column ``c`` given
    there (so that the column that matters keeps the room). With ``spaced``, a blank line
    separates the rows as soon as one of them takes several lines. When ``width`` cannot hold every column at its
    narrowest, the rows come one after another instead (``records_text``).
    """
    if not rows:
        return "(none)\n"
    cells = [[cell_text(value) for value in row] for row in rows]
    columns = range(len(headers))
    numeric = [all(_NUMBER.fullmatch(row[c]) for row in cells) for c in columns]
    natural = [max(len(headers[c]), *(len(row[c]) for row in cells)) for c in columns]
    natural = [min(n, (widest or {}).get(c, n)) for c, n in enumerate(natural)]
    narrowest = [
        natural[c] if numeric[c] or c in whole else min(natural[c], max(NARROWEST, len(headers[c]))) for c in columns
    ]
    available = width - len(GAP) * (len(headers) - 1)
    if sum(narrowest) > available:  # too many columns for this terminal: one record after another
        return records_text(headers, cells, width, max_lines=max_lines)
    widths = column_widths(natural, narrowest, available)

    def lines_of(row: Sequence[str], limit: int) -> list[str]:
        wrapped = [wrap(row[c], widths[c], limit) for c in columns]
        height = max(len(w) for w in wrapped)
        out = []
        for line in range(height):
            parts = []
            for c in columns:
                piece = wrapped[c][line] if line < len(wrapped[c]) else ""
                # numbers line up on the right, in a column of numbers as in one turned on its side
                parts.append(piece.rjust(widths[c]) if _NUMBER.fullmatch(row[c]) else piece.ljust(widths[c]))
            out.append(GAP.join(parts).rstrip())
        return out

    body = [lines_of(row, max_lines) for row in cells]
    blank = [""] if spaced and any(len(lines) > 1 for lines in body) else []
    out = [*lines_of(headers, 2), GAP.join("-" * w for w in widths)]
    for number, lines in enumerate(body):
        out.extend([*(blank if number else []), *lines])
    return "\n".join(out) + "\n"


def records_text(headers: Sequence[str], rows: Sequence[Sequence[Any]], width: int = DEFAULT_WIDTH, *, max_lines: int = MAX_LINES) -> str:
    """``rows`` one after another, each value on its own line after its header (for a terminal too
    narrow for the table's columns side by side)."""
    name_width = max(len(header) for header in headers)
    value_width = max(NARROWEST, width - name_width - len(GAP))
    out = []
    for number, row in enumerate(rows):
        if number:
            out.append("")
        for header, value in zip(headers, row):
            for line, piece in enumerate(wrap(cell_text(value), value_width, max_lines)):
                out.append(f"{header if line == 0 else '':<{name_width}}{GAP}{piece}".rstrip())
    return "\n".join(out) + "\n"


def frame_text(frame: Any, width: int = DEFAULT_WIDTH) -> str:
    """Any table (a pandas DataFrame) fitted to ``width``: its columns side by side."""
    return text_table([str(c) for c in frame.columns], [tuple(row) for row in frame.itertuples(index=False)], width)


def transposed_text(frame: Any, heading: str, width: int = DEFAULT_WIDTH) -> str:
    """A wide table of few rows turned on its side: one line per column, one column per row
    headed by its ``heading`` value; as many rows side by side as their numbers leave room
    for within ``width`` (their text wraps), then the next block."""
    records = [dict(zip(frame.columns, row)) for row in frame.itertuples(index=False)]
    if not records:
        return "(none)\n"
    names = [str(c) for c in frame.columns]
    texts = [[cell_text(value) for value in record.values()] for record in records]
    # a record's column must hold its heading and its numbers whole; its text wraps into what is left
    needed = [max(NARROWEST, len(cell_text(r[heading])), *(len(t) for t in ts if _NUMBER.fullmatch(t))) for r, ts in zip(records, texts)]
    blocks, first = [], 0
    while first < len(records):
        used, last = max(len(n) for n in names), first
        while last < len(records) and (last == first or used + len(GAP) + needed[last] <= width):
            used += len(GAP) + needed[last]
            last += 1
        chosen = records[first:last]
        headers = ["", *(cell_text(r[heading]) for r in chosen)]
        rows = [[name, *(r[name] for r in chosen)] for name in names]
        blocks.append(text_table(headers, rows, width, max_lines=2, whole=(0,), spaced=False))
        first = last
    return "\n".join(blocks)


def quote_in_context(article: Article, quote: Quote) -> str:
    """The sentence (or sentences) holding ``quote``, the quoted words in [brackets], on one line."""
    start, end = quote.span.start, quote.span.end
    holding = [s for s in article.sentences if s.start < end and start < s.end]
    first = min(start, holding[0].start) if holding else start
    last = max(end, holding[-1].end) if holding else end
    text = article.text
    return " ".join(f"{text[first:start]}[{text[start:end]}]{text[end:last]}".split())


def quotes_text(story: StoryQuotes | StoryAudit, width: int = DEFAULT_WIDTH) -> str:
    """One row per quote: the article's label, who speaks and their kind of source, the kind of
    quote, and the quote in its sentence. Offsets, roles and cues are in ``--format csv`` and ``json``."""
    rows = []
    for article, quotes in zip(story.articles, story.quotes):
        for quote in quotes:
            speaker = quote.speaker
            who, source = (speaker.name, speaker.category) if speaker else ("–", "–")
            kind = f"{quote.kind}, not said" if quote.negated else quote.kind  # "did not say whether ..."
            rows.append((article.label, who, source, kind, quote_in_context(article, quote)))
    headers = ("article", "speaker", "source", "kind", "quote in its sentence")
    return text_table(headers, rows, width, max_lines=6, widest={0: SIDE_COLUMN, 1: SIDE_COLUMN})


def actors_text(frame: Any, articles: Sequence[Article], width: int = DEFAULT_WIDTH) -> str:
    """The actors table (``audit.tables.actors_table``) for reading: articles by label, tones and
    labels, without the evidence offsets (in ``--format csv`` and ``json``)."""
    labels: Mapping[str, str] = {article.id: article.label for article in articles}
    rows = [
        (
            labels.get(row["article"], row["article"]),
            row["actor"],
            row["kind"],
            row["mentions"],
            tone_with_interval(row, "own"),
            tone_with_interval(row, "quoted"),
            row["aliases"],
            row["labels"],
        )
        for row in (dict(zip(frame.columns, values)) for values in frame.itertuples(index=False))
    ]
    headers = ("article", "actor", "kind", "mentions", "own tone [95% interval] n", "quoted tone [95% interval] n", "aliases", "labels")
    return text_table(headers, rows, width)


def tone_with_interval(row: Mapping[str, Any], voice: str) -> str:
    """An actor's mean tone in one voice (``own`` or ``quoted``) with its interval and the number
    of mentions behind it, so that a reader sees how little a mean of two mentions says."""
    mean, low, high = (row.get(f"{voice}_{part}") for part in ("tone", "low", "high"))
    count = row.get(f"{voice}_mentions")
    if not _is_number(mean):
        return "–"
    if _is_number(low) and _is_number(high):
        shown = format_interval(Interval(mean, low, high, 0, ""), signed=True)  # only the value and bounds are written
    else:
        shown = format_signed(mean)
    if _is_number(count):
        shown += f" n={int(count)}"
    return shown


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def figures_text(story: StoryAudit | FigureFacts, width: int = DEFAULT_WIDTH) -> str:
    """The figures as readable text: one block per fact, with each article's sentence, wrapped to ``width``."""
    if not story.facts:
        return "(no figures)\n"
    labels = [article.label for article in story.articles]
    headings = {"conflict": "CONFLICT", "agree": "AGREE", "agree_after_conversion": "AGREE (after conversion)", "single_source": "SINGLE SOURCE"}
    counts = {v: sum(1 for f in story.facts if f.verdict == v) for v in headings}
    lines = textwrap.wrap(", ".join(f"{counts[v]} {headings[v].lower()}" for v in headings), width)

    def block(text: str, first: str, rest: str) -> list[str]:
        return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False) or [first]

    for number, fact in enumerate(story.facts, start=1):
        lines.append("")
        heading = f"CONFLICT ({RANGES_ONLY_TOUCH})" if fact.ranges_only_touch else headings[fact.verdict]
        lines.extend(block(f"[{number}] {heading}: {fact.subject}", "", "    "))
        lines.extend(block(fact.note, "    ", "    "))
        for mention in fact.mentions:
            figure = mention.figure
            where = f"{labels[mention.article_index]} ({mention.article_id}, {figure.span.start}-{figure.span.end})"
            lines.extend(block(f"{where}: {figure.surface!r} = {describe(figure)}", "    - ", "      "))
            lines.extend(block(f"\"{' '.join(mention.sentence.split())}\"", "      ", "       "))
    return "\n".join(lines) + "\n"
