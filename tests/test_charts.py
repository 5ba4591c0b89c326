"""Charts as plain SVG shapes: bars as long as their counts, points on their axis, numbers in words."""
from __future__ import annotations

from audit.charts import GREY, PALETTE, Point, colours_for, ink_on, interval_rows, stacked_bars


def _rects(chart):
    return [dict(shape.attrs) for shape in chart.shapes if shape.tag == "rect"]


def test_bar_segments_are_as_long_as_their_counts_on_one_scale():
    chart = stacked_bars("c", "Voices", [("Fox", [6, 2]), ("NYT", [0, 4])], ["Government", "Academic"], ["#0072B2", "#E69F00"], unit="voices")
    widths = [float(rect["width"]) for rect in _rects(chart)]
    assert widths[0] == 3 * widths[1] and widths[2] == 2 * widths[1]  # 6, 2 and 4 on the same scale
    assert len(widths) == 3  # a zero count draws nothing


def test_bar_chart_says_its_numbers_in_words_and_in_a_table():
    chart = stacked_bars("c", "Voices", [("Fox", [6, 2]), ("NYT", [0, 4])], ["Government", "Academic"], ["#0072B2", "#E69F00"], unit="voices")
    assert chart.description == "Fox: 8 voices, most of them Government (6); NYT: 4 voices, most of them Academic (4)."
    assert chart.table.rows == (("Fox", ("6 (75%)", "2 (25%)", "8")), ("NYT", ("0 (0%)", "4 (100%)", "4")))
    assert [item.label for item in chart.legend] == ["Government", "Academic"]


def test_a_chart_with_nothing_to_draw_says_why():
    chart = stacked_bars("c", "Voices", [("Fox", [0]), ("NYT", [0])], ["Government"], ["#0072B2"], unit="voices", empty="No quotes.")
    assert chart.empty == "No quotes."


def test_points_sit_on_the_axis_and_values_outside_it_are_clamped_to_its_ends():
    chart = interval_rows(
        "c", "Tone", ["A", "B"], [("Biden", [Point(0.0, -0.5, 0.5, 9, words="0.00"), Point(1.5, None, None, 1, words="+1.50")])],
        axis=(-1.0, 1.0), ticks=[(-1.0, "−1"), (1.0, "+1")], unit="mentions",
    )
    circle = next(dict(s.attrs) for s in chart.shapes if s.tag == "circle")
    line = next(dict(s.attrs) for s in chart.shapes if s.tag == "line" and dict(s.attrs)["class"] == "chart-interval")
    square = next(s for s in chart.shapes if s.tag == "path")
    assert float(circle["cx"]) == (float(line["x1"]) + float(line["x2"])) / 2  # 0 halfway between -0.5 and +0.5
    assert square.title == "B: +1.50" and square.attrs[0][1].startswith("M")
    assert chart.table.rows == (("Biden", ("0.00", "+1.50")),)


def test_the_rest_category_is_grey_and_text_contrasts_with_its_background():
    assert colours_for(["government", "other", "academic"]) == [PALETTE[0], GREY, PALETTE[1]]
    assert ink_on("#0072B2") == "#ffffff" and ink_on("#F0E442") == "#000000"
