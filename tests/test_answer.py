"""The one-minute answer: plain sentences on how the outlets differ, each linking to its evidence."""
from __future__ import annotations

import html
import re

import pytest
from conftest import make_article

from audit import audit_story
from audit.load import unique_labels
from audit.report import render_report
from audit.sections import answer, contrasts
from audit.sections.contrasts import VOICES_RULE

OFFICIALS = [
    ("Maria Lopez", "the transport minister"), ("John Carter", "a senator from Ohio"), ("Helen Park", "the finance minister"),
    ("David Moore", "a senator from Utah"), ("Laura Chen", "the health minister"), ("Peter Grant", "a senator from Maine"),
    ("Ruth Adams", "the interior minister"), ("Samuel Price", "a senator from Iowa"),
]
SCHOLARS = [
    ("Anna Berg", "a professor of economics at Leiden University"), ("Tom Walsh", "an economist at the University of Chicago"),
    ("Nina Patel", "a professor of law at Yale University"), ("Omar Haddad", "an economist at the London School of Economics"),
    ("Grace Liu", "a professor of history at Harvard University"), ("Felix Wagner", "an economist at the University of Bonn"),
    ("Sara Novak", "a professor of politics at Oxford University"), ("Ivan Petrov", "an economist at Columbia University"),
]


# The ways news attributes words to a named source with its role, used in turn, so that no answer rests on one construction.
ATTRIBUTIONS = (
    "“The new rail plan will change how the country moves goods and people,” said {name}, {role}.",
    "“The plan comes years too late for the towns that lost their stations,” {name}, {role}, said.",
    "{name}, {role}, said the plan would cut journey times between the largest cities.",
    "According to {name}, {role}, the money will not cover the cost of the new bridges.",
)


def rail_story(outlet: str, people: list[tuple[str, str]]):
    """An article quoting each of ``people`` once, in turn in the constructions of ``ATTRIBUTIONS``
    (a direct quote with its cue after it or inside it, reported speech, 'according to')."""
    body = []
    for number, (name, role) in enumerate(people):
        body.append(ATTRIBUTIONS[number % len(ATTRIBUTIONS)].format(name=name, role=role))
        body.append(f"The plan sets aside money for {number + 3} new lines over the next decade.")
    return make_article("The rail plan\n\n" + "\n\n".join(body), id=f"{outlet}.txt", outlet=outlet)


def who_speaks(story):
    return [f for f in answer.findings(story) if f.topic == "who speaks"]


def test_outlets_quoting_different_kinds_of_source_get_a_who_speaks_sentence():
    story = audit_story([rail_story("Capital Daily", OFFICIALS), rail_story("Campus Post", SCHOLARS)])
    found = who_speaks(story)
    assert found and found[0].clear
    assert "8 of the 8 voices in Capital Daily are government officials" in found[0].text
    assert "none of the 8 in Campus Post" in found[0].text
    assert found[0].anchor == "voices-matrix" and "clearly higher" in found[0].evidence


def test_outlets_quoting_alike_get_no_clear_difference():
    mixed = OFFICIALS[:4] + SCHOLARS[:4]
    story = audit_story([rail_story("Capital Daily", mixed), rail_story("Campus Post", OFFICIALS[4:] + SCHOLARS[4:])])
    found = who_speaks(story)
    assert len(found) == 1 and not found[0].clear
    assert found[0].text.startswith("No clear difference in the kinds of source quoted")
    assert "too few" not in found[0].text  # 8 voices a side is enough to tell: the rule found them alike


def answer_items(page: str) -> list[str]:
    """The sentences of a rendered answer, as plain text in order, without the definitions their terms open."""
    section = page.split('<section id="answer"', 1)[1].split("</section>", 1)[0]
    items = re.findall(r'<li class="answer-[a-z]+">(.*?)</li>', section, flags=re.S)
    shown = [re.sub(r'<span class="term-def" role="note">.*?</span>', "", item, flags=re.S) for item in items]
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", item)).split()) for item in shown]


def test_the_rendered_answer_says_who_speaks_when_outlets_quote_different_kinds_and_no_clear_difference_otherwise():
    differ = answer_items(render_report(audit_story([rail_story("Capital Daily", OFFICIALS), rail_story("Campus Post", SCHOLARS)])))
    assert differ[0].startswith("Who speaks 8 of the 8 voices in Capital Daily are government officials")
    alike = render_report(audit_story([rail_story("Capital Daily", OFFICIALS[:4] + SCHOLARS[:4]), rail_story("Campus Post", OFFICIALS[4:] + SCHOLARS[4:])]))
    (who,) = [item for item in answer_items(alike) if item.startswith("Who speaks")]
    assert who.startswith("Who speaks No clear difference in the kinds of source quoted")


def test_too_few_voices_is_said_as_no_clear_difference_with_the_reason():
    story = audit_story([rail_story("Capital Daily", OFFICIALS[:3]), rail_story("Campus Post", SCHOLARS[:3])])
    (found,) = who_speaks(story)
    assert not found.clear and "no clear difference" in found.text.lower()
    assert f"each side needs {VOICES_RULE.min_units}" in found.text


def test_every_topic_has_a_sentence_clear_ones_first_and_at_most_eight(seed_articles):
    found = answer.findings(audit_story(seed_articles))
    assert {f.topic for f in found} == set(answer.TOPICS)
    assert 5 <= len(found) <= answer.MAX_SENTENCES
    clear = [f.clear for f in found]
    assert clear == sorted(clear, reverse=True)


def test_the_seeds_figure_conflict_is_a_sentence_quoting_both_figures(seed_articles):
    (conflict,) = [f for f in answer.findings(audit_story(seed_articles)) if f.topic == "figures"]
    assert conflict.clear and conflict.anchor == "fig-fact-1"
    assert "“$80 to $100 million” in unknown 001" in conflict.text and "ranges that only touch" in conflict.text


def test_one_outlet_has_nothing_to_compare(seed_articles):
    (only,) = answer.findings(audit_story(seed_articles[:1]))
    assert not only.clear and "nothing to compare" in only.text


@pytest.fixture(scope="module")
def seed_charts(seed_articles):
    return answer.charts(audit_story(seed_articles))


def test_four_charts_each_with_a_description_and_a_table_row_per_outlet(seed_charts, seed_articles):
    assert [c.id for c in seed_charts] == ["chart-voices", "chart-actors", "chart-frames", "chart-figures"]
    for chart in seed_charts:
        assert chart.description and chart.link
        if chart.id in ("chart-voices", "chart-figures"):
            assert [row[0] for row in chart.table.rows] == [a.label for a in seed_articles]


def test_voices_chart_counts_and_shares_come_from_the_voices_lens(seed_charts, seed_articles):
    story = audit_story(seed_articles)
    voices = seed_charts[0]
    for (label, cells), outlet in zip(voices.table.rows, story.outlet_voices):
        assert cells[-1] == str(len(outlet.voices))


def test_articles_of_one_outlet_are_pooled_and_named_by_the_outlet():
    first = rail_story("Capital Daily", OFFICIALS[:4])
    second = make_article(first.text, id="capital-2.txt", outlet="Capital Daily")
    story = audit_story([first, rail_story("Campus Post", SCHOLARS[:4]), second])
    groups = contrasts.outlets(story)
    assert [(g.label, g.articles) for g in groups] == [("Capital Daily", (0, 2)), ("Campus Post", (1,))]
    counts = contrasts.voices_by_kind(story)
    assert counts[0]["government"] == 8 and counts[1]["academic"] == 4


def test_figure_tallies_count_each_fact_once_per_outlet(seed_articles):
    story = audit_story(seed_articles)
    tallies = contrasts.figure_tallies(story)
    assert sum(t["conflict"] for t in tallies) == 2  # one conflict, stated by two outlets
    singles = sum(1 for f in story.facts if f.verdict == "single_source")
    assert sum(t["single_source"] for t in tallies) == singles


def test_articles_of_one_outlet_are_compared_with_each_other_rather_than_with_nothing():
    story = audit_story(unique_labels([rail_story("Capital Daily", OFFICIALS), rail_story("Capital Daily", SCHOLARS)]))
    (first, second) = who_speaks(story)
    assert first.clear and "8 of the 8 voices in Capital Daily are government officials" in first.text
    assert "none of the 8 in Capital Daily (2)" in first.text
    assert not any("Only one outlet" in f.text for f in answer.findings(story))
