"""Agreement between copies of one article is one source, not corroboration."""
from __future__ import annotations

from dataclasses import replace

from audit import audit_story


def test_a_republished_copy_does_not_corroborate_its_source(seeds_by_id):
    original = seeds_by_id["004_5c6d1f69e7e62f43.txt"]
    copy = replace(original, id="004_copy.txt", label="aggregator", outlet="aggregator")
    story = audit_story([original, copy])
    assert story.copies.derived_pairs() == ((0, 1),)
    assert story.facts, "the seed states figures"
    for fact in story.facts:
        assert fact.verdict in ("single_source", "conflict")
    team = next(f for f in story.facts if any("fewer than 140" in m.figure.surface for m in f.mentions))
    assert team.verdict == "single_source" and team.outlets == 2
    assert "copy one another" in team.note


def test_an_independent_outlet_still_corroborates_alongside_a_copy(seeds_by_id):
    nyt = seeds_by_id["001_5d1de57602b2b4fe.txt"]
    original = seeds_by_id["004_5c6d1f69e7e62f43.txt"]
    copy = replace(original, id="004_copy.txt", label="aggregator", outlet="aggregator")
    story = audit_story([nyt, original, copy])
    chips = next(f for f in story.facts if any(m.figure.surface.startswith("2,000") for m in f.mentions))
    assert chips.verdict == "agree"
    assert {m.article_id for m in chips.mentions} == {nyt.id, original.id, copy.id}
