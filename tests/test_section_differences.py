"""The report shows the evidence behind every comparison between outlets, and says how it was decided."""
from __future__ import annotations

import pytest

from audit import audit_story, render_report
from audit.sections import framing as framing_section
from audit.sections import tone as tone_section


@pytest.fixture(scope="module")
def seed_story(seed_articles):
    return audit_story(seed_articles)


def test_the_framing_section_lists_only_clear_differences_with_their_intervals(seed_story):
    context = framing_section.context(seed_story)
    rows = {(d["outlet"], d["measure"]): d for d in context["differences"]}
    national = rows[("South China Morning Post", "national pride/rivalry frame (share of sentences)")]
    assert (national["here"], national["rest"], national["verdict"]) == ("29% [15–47%]", "11% [8–15%]", "▲ higher")
    assert national["difference"] == "+17 points [+0.5, +42]"
    # unknown 004's regulation share (19% of 57 sentences against 10%) is no clear difference
    assert ("unknown 004", "regulation/control frame (share of sentences)") not in rows


def test_every_frame_cell_carries_its_interval_and_comparison(seed_story):
    context = framing_section.context(seed_story)
    for outlet in context["outlets"]:
        for cell in outlet["frames"].values():
            assert cell["interval"].startswith("[") and cell["interval"].endswith("%]")
            assert "the other outlets" in cell["evidence"] and "95% intervals" in cell["evidence"]


def test_the_frame_chart_draws_each_interval(seed_story):
    chart = framing_section.context(seed_story)["chart"]
    bars = [bar for group in chart["groups"] for bar in group["bars"]]
    assert all(bar["whisker"] and bar["whisker"]["x1"] <= chart["bar_x"] + bar["width"] <= bar["whisker"]["x2"] for bar in bars)
    assert "[" in chart["groups"][0]["text"]


def test_one_outlet_alone_is_compared_with_nothing(seed_articles):
    context = framing_section.context(audit_story(seed_articles[:1]))
    assert context["differences"] == [] and not context["compared"]
    assert all(cell["interval"] == "" for cell in context["outlets"][0]["frames"].values())


def test_the_tone_table_gives_each_own_voice_mean_its_interval_and_verdict(seed_story):
    rows = tone_section.context(seed_story)["outlets"]
    by_label = {row["label"]: row for row in rows}
    assert by_label["unknown 003"]["own_interval"] == "[+0.24, +0.34]"
    assert by_label["unknown 003"]["own_against"] == "clearly more positive (others +0.13)"
    assert by_label["SCMP"]["own_against"].startswith("too few to tell")
    assert by_label["nrc.nl"]["own_against"].startswith("no clear difference")


def test_the_report_says_how_differences_were_decided(seed_story):
    html = render_report(seed_story)
    methods = html[html.index('id="methods-differences"'):]
    for words in ("Wilson score interval", "percentile bootstrap", "Newcombe", "excludes zero", "at least 10 sentences", "20 for a mean", "5 percentage points", "0.10", "99%"):
        assert words in methods
    assert 'href="#methods-differences"' in html[: html.index('id="methods"')]
