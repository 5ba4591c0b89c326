"""Charts as inline SVG: shapes laid out here, drawn by ``templates/partials/chart.html.j2``.

Two kinds cover what the report shows across outlets:

- ``stacked_bars``: one bar per row (an outlet), cut into segments (kinds of source, or
  figure verdicts), each segment as long as its count, its count (and its share of the row)
  written inside when it fits; the row's total is written after the bar.
- ``interval_rows``: one row per measure (an actor, a frame), one marker per outlet at its
  value with a line from the low to the high end of its interval, on a shared axis.

A chart is plain data: SVG shapes with their attributes (coordinates in the chart's own
units, scaled to the page by its ``viewBox``), a legend, and a text equivalent (a title, a
description and a table with every number) for screen readers and for anyone who would
rather read. No script, no web font and no external file: the page stays self-contained,
and the same shapes print. Colours come with shapes and written values, so no chart is
read by colour alone; the palette is Okabe and Ito's ("Color Universal Design", 2008),
told apart with the common colour-vision deficiencies.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

WIDTH = 400  # chart units; the page scales the chart to its column
FONT = 11  # the size of chart text, in chart units
LABEL_LINE = 14  # height of a row's label line
BAR = 16  # height of a bar
ROW_GAP = 8
VALUE_SPACE = 64  # room after the longest bar for its total
MARKER_ROW = 10  # height of one outlet's marker line in an interval row

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#8C564B", "#332288", "#117733")
"""Okabe-Ito's colours without black and grey, then three more for long lists; a longer list repeats it."""
GREY = "#999999"  # for a rest category ("other"), so that it never looks like a finding
MARKERS = ("circle", "square", "triangle", "diamond")


@dataclass(frozen=True)
class Shape:
    """One SVG element: ``tag`` (rect, line, text, path, circle), its attributes in order, its text, its tooltip."""

    tag: str
    attrs: tuple[tuple[str, str], ...]
    text: str = ""
    title: str = ""


@dataclass(frozen=True)
class LegendItem:
    """A legend entry: its label, its colour, its marker (``box`` for a bar segment) and the
    marker's path in a 12×12 swatch."""

    label: str
    colour: str
    marker: str = "box"
    path: str = ""


def legend_item(label: str, fill: str, shape: str = "box") -> LegendItem:
    return LegendItem(label, fill, shape, legend_marker_path(shape))


@dataclass(frozen=True)
class TextTable:
    """A chart's numbers as a table: ``rows`` are (row header, cells)."""

    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class Chart:
    """One chart: its element id, what it shows (``title``) and says (``description``), its size in
    chart units, its shapes, legend and table, and the id of the full table it summarises."""

    id: str
    title: str
    description: str
    width: int
    height: int
    shapes: tuple[Shape, ...]
    legend: tuple[LegendItem, ...]
    table: TextTable
    link: str = ""
    link_text: str = ""
    empty: str = ""  # why there is nothing to draw, shown instead of the chart
    notes: tuple[str, ...] = field(default=())


def colour(position: int) -> str:
    """The ``position``-th colour of the palette (repeating after the last)."""
    return PALETTE[position % len(PALETTE)]


def colours_for(names: Sequence[str], *, rest: Sequence[str] = ("other",)) -> list[str]:
    """A colour per name in order: the palette's, except grey for the names in ``rest``."""
    found, position = [], 0
    for name in names:
        if name in rest:
            found.append(GREY)
        else:
            found.append(colour(position))
            position += 1
    return found


def ink_on(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (``#rrggbb``), by relative luminance (WCAG 2)."""
    channels = [int(background[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#000000" if luminance > 0.179 else "#ffffff"


def _number(value: float) -> str:
    """A coordinate with at most one decimal, without a trailing ``.0``."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _attrs(**values: object) -> tuple[tuple[str, str], ...]:
    """SVG attributes in the order given; numbers rounded, ``class_`` and ``text_anchor`` spelled as SVG spells them."""
    return tuple(
        (name.rstrip("_").replace("_", "-"), _number(value) if isinstance(value, float) else str(value))
        for name, value in values.items()
    )


def text(x: float, y: float, words: str, *, anchor: str = "start", css: str = "chart-text", fill: str = "") -> Shape:
    extra = {"fill": fill} if fill else {}
    return Shape("text", _attrs(x=float(x), y=float(y), text_anchor=anchor, class_=css, **extra), words)


def marker(shape: str, x: float, y: float, fill: str, tooltip: str = "", size: float = 4.5) -> Shape:
    """A point marker centred on (x, y): ``circle``, ``square``, ``triangle`` or ``diamond``."""
    s = size
    if shape == "circle":
        return Shape("circle", _attrs(cx=float(x), cy=float(y), r=float(s), fill=fill, class_="chart-marker"), title=tooltip)
    paths = {
        "square": f"M{_number(x - s)} {_number(y - s)}h{_number(2 * s)}v{_number(2 * s)}h{_number(-2 * s)}z",
        "triangle": f"M{_number(x)} {_number(y - s * 1.2)}L{_number(x + s * 1.15)} {_number(y + s)}H{_number(x - s * 1.15)}z",
        "diamond": f"M{_number(x)} {_number(y - s * 1.3)}L{_number(x + s * 1.3)} {_number(y)}L{_number(x)} {_number(y + s * 1.3)}L{_number(x - s * 1.3)} {_number(y)}z",
    }
    return Shape("path", _attrs(d=paths[shape], fill=fill, class_="chart-marker"), title=tooltip)


def legend_marker_path(shape: str) -> str:
    """The path of a legend swatch of ``shape`` in a 12×12 box (a circle is drawn as a path too)."""
    return {
        "box": "M1 1h10v10H1z",
        "circle": "M6 1.5a4.5 4.5 0 1 0 0.01 0z",
        "square": "M1.5 1.5h9v9h-9z",
        "triangle": "M6 0.6L11.2 10.5H0.8z",
        "diamond": "M6 0.2L11.8 6L6 11.8L0.2 6z",
    }[shape]


def stacked_bars(
    chart_id: str,
    title: str,
    rows: Sequence[tuple[str, Sequence[int]]],
    segments: Sequence[str],
    colours: Sequence[str],
    *,
    unit: str,
    link: str = "",
    link_text: str = "",
    empty: str = "",
) -> Chart:
    """One bar per ``(label, counts)`` row, cut into ``segments`` (counts in that order), on one scale.

    The text equivalent gives each count with its share of the row (``3 (25%)``); the
    description names each row's largest segment.
    """
    largest = max((sum(counts) for _, counts in rows), default=0)
    span = WIDTH - VALUE_SPACE
    shapes: list[Shape] = []
    y = 0.0
    table_rows = []
    described = []
    for label, counts in rows:
        total = sum(counts)
        shapes.append(text(0, y + LABEL_LINE - 3, label, css="chart-label"))
        y += LABEL_LINE
        x = 0.0
        for name, count, fill in zip(segments, counts, colours):
            if not count:
                continue
            width = span * count / largest
            share = f"{count / total:.0%}"
            shapes.append(Shape("rect", _attrs(x=x, y=y, width=width, height=float(BAR), fill=fill, class_="chart-segment"), title=f"{label}: {name} {count} ({share})"))
            # the count, and its share of the row when there is room for both
            for label_text in (f"{count} · {share}", str(count)):
                if width >= 6.5 * len(label_text) + 4:
                    shapes.append(text(x + width / 2, y + BAR - 4, label_text, anchor="middle", css="chart-count", fill=ink_on(fill)))
                    break
            x += width
        shapes.append(text(x + 4, y + BAR - 4, f"{total} {unit}", css="chart-value"))
        y += BAR + ROW_GAP
        table_rows.append((label, tuple(f"{count} ({count / total:.0%})" if total else "0" for count in counts) + (str(total),)))
        if total:
            top = max(range(len(counts)), key=lambda i: (counts[i], -i))
            described.append(f"{label}: {total} {unit}, most of them {segments[top]} ({counts[top]})")
        else:
            described.append(f"{label}: no {unit}")
    present = [i for i in range(len(segments)) if any(counts[i] for _, counts in rows)]
    return Chart(
        id=chart_id,
        title=title,
        description="; ".join(described) + ".",
        width=WIDTH,
        height=int(round(y)),
        shapes=tuple(shapes),
        legend=tuple(legend_item(segments[i], colours[i]) for i in present),
        table=TextTable(title, tuple(segments) + ("total",), tuple(table_rows)),
        link=link,
        link_text=link_text,
        empty=empty if largest == 0 else "",
    )


@dataclass(frozen=True)
class Point:
    """One outlet's value on one row of an interval chart; ``low``/``high`` None without an interval."""

    value: float
    low: float | None
    high: float | None
    units: int
    flag: str = ""  # a marker written after the point (▲ clearly higher, ▼ clearly lower)
    words: str = ""  # the value as the table writes it


def interval_rows(
    chart_id: str,
    title: str,
    outlets: Sequence[str],
    rows: Sequence[tuple[str, Sequence[Point | None]]],
    *,
    axis: tuple[float, float],
    ticks: Sequence[tuple[float, str]],
    unit: str,
    link: str = "",
    link_text: str = "",
    empty: str = "",
) -> Chart:
    """One row per ``(label, points)``: each outlet's point (``None``: nothing to show) with its
    interval, on one horizontal axis from ``axis[0]`` to ``axis[1]`` with labelled ``ticks``.

    Outlets are told apart by colour and marker shape (see the legend); ``unit`` names what
    a point rests on ("mentions", "sentences") in the table.
    """
    low_end, high_end = axis
    left, right = 8.0, WIDTH - 24.0

    def x_of(value: float) -> float:
        value = min(max(value, low_end), high_end)
        return left + (right - left) * (value - low_end) / (high_end - low_end)

    background: list[Shape] = []  # grid and ticks, drawn first so that markers lie over them
    shapes: list[Shape] = []
    y = 0.0
    table_rows = []
    described = []
    for label, points in rows:
        shapes.append(text(0, y + LABEL_LINE - 3, label, css="chart-label"))
        y += LABEL_LINE
        top = y
        said = []
        for position, (outlet, point) in enumerate(zip(outlets, points)):
            middle = y + MARKER_ROW / 2
            if point is not None:
                fill = colour(position)
                if point.low is not None and point.high is not None:
                    shapes.append(Shape("line", _attrs(x1=x_of(point.low), y1=middle, x2=x_of(point.high), y2=middle, stroke=fill, class_="chart-interval")))
                shapes.append(marker(MARKERS[position % len(MARKERS)], x_of(point.value), middle, fill, f"{outlet}: {point.words}"))
                if point.flag:
                    end = x_of(point.high if point.high is not None else point.value)
                    shapes.append(text(min(end + 4, WIDTH - 10), middle + 4, point.flag, css="chart-flag"))
                said.append(f"{outlet} {point.words}{' ' + point.flag if point.flag else ''}")
            y += MARKER_ROW
        background.append(Shape("line", _attrs(x1=left, y1=top - 1, x2=right, y2=top - 1, class_="chart-grid")))
        y += ROW_GAP
        table_rows.append((label, tuple(point.words if point is not None else "—" for point in points)))
        described.append(f"{label}: " + (", ".join(said) if said else "nothing to show"))
    axis_y = y
    shapes.append(Shape("line", _attrs(x1=left, y1=axis_y, x2=right, y2=axis_y, class_="chart-axis")))
    for position, (value, words) in enumerate(ticks):
        background.append(Shape("line", _attrs(x1=x_of(value), y1=0.0, x2=x_of(value), y2=axis_y + 3, class_="chart-tick")))
        # the end labels lie inside the chart: the first starts at its tick, the last ends at it
        anchor = "start" if position == 0 and value == low_end else ("end" if position == len(ticks) - 1 and value == high_end else "middle")
        shapes.append(text(x_of(value), axis_y + 14, words, anchor=anchor, css="chart-value"))
    return Chart(
        id=chart_id,
        title=title,
        description="; ".join(described) + ".",
        width=WIDTH,
        height=int(round(axis_y + 18)),
        shapes=tuple(background + shapes),
        legend=tuple(legend_item(outlet, colour(p), MARKERS[p % len(MARKERS)]) for p, outlet in enumerate(outlets)),
        table=TextTable(title, tuple(outlets), tuple(table_rows)),
        link=link,
        link_text=link_text,
        empty=empty if not rows else "",
    )
