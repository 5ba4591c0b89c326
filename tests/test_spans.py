"""Span arithmetic of the text toolkit: merged, cut and subtracted spans."""
from __future__ import annotations

from audit.text import merge_spans, split_by_spans, subtract_spans


def test_merge_spans_joins_overlapping_and_touching_spans():
    assert merge_spans([(10, 20), (0, 5), (5, 8), (15, 30), (40, 40)]) == ((0, 8), (10, 30))


def test_split_by_spans_covers_the_range_exactly():
    inside, outside = split_by_spans(10, 50, [(0, 12), (20, 30), (45, 60)])
    assert inside == ((10, 12), (20, 30), (45, 50))
    assert outside == ((12, 20), (30, 45))


def test_subtract_spans_keeps_what_remains_in_order():
    assert subtract_spans(0, 100, [(50, 60), (10, 20), (55, 70)]) == [(0, 10), (20, 50), (70, 100)]
    assert subtract_spans(0, 10, [(0, 10)]) == []
