"""What a page says it compares: outlets when there are several, articles when all are of one
outlet or none names its outlet (``audit.sections.grouping``), in every section of the report,
on the compare page and in its terminal summary."""
from __future__ import annotations

import html as html_lib
import re
from dataclasses import replace

import pytest

from audit import audit_story, render_report
from audit.compare_view import compare_summary, render_compare
from audit.sections.grouping import grouping
from audit.story import pair_story

# Wording that claims outlets are compared (the seed texts themselves never use it).
OUTLET_CLAIMS = re.compile(
    r"per outlet|each outlet|other outlets?\b|several outlets|Outlets ×|How the outlets differ|same outlet are pooled"
    r"|between outlets|by two outlets|two outlets'|one outlet only|no outlet (?:cues|repeats)|\d+ outlets?:|an outlet's (?:share|frame|mean)"
    r"|outlets disagree|outlet's sentence"
)

# Headings and sentences of every section that name what is compared, in the per-article wording.
PER_ARTICLE = (
    "How the articles differ",  # the summary at the top
    "Quoted by more than one article",  # who speaks (the answer)
    "no figure is stated differently by two articles",  # figures (the answer)
    "no other article carries in similar words",  # facts only some carry (the answer)
    "nor in the tone of the articles' own words",  # tone (the answer)
    "Voices by kind of source, per article",  # a chart
    "Figures per article: in conflict with another article",  # a chart
    "Where articles disagree",  # numbers
    "Stated by one article only",
    "Who each article lets speak",  # voices
    "The same voices in several articles",
    "Sentence tone per article",  # tone
    "Articles × actors",
    "How each article tells the story",  # framing
    "Frames per article",
    "Reporting verbs per article",
    "Distinctive words per article",
    "A difference between articles beyond noise",  # the glossary
    "For each article, the words and two-word phrases it uses more than all other articles together",  # methods
    "most gaps between articles are noise",
)


def page_text(html: str) -> str:
    """The words a reader sees: tags dropped (a glossary term is a button inside its sentence), entities read."""
    return html_lib.unescape(re.sub(r"<[^>]+>", "", html))


def relabelled(articles, outlet: str, labels: list[str]):
    return [replace(article, outlet=outlet, label=label) for article, label in zip(articles, labels)]


@pytest.fixture(scope="module")
def three(seed_articles):
    return seed_articles[:3]


@pytest.fixture(scope="module")
def one_outlet_story(three):
    return audit_story(relabelled(three, "Reuters", ["Reuters A", "Reuters B", "Reuters C"]))


@pytest.fixture(scope="module")
def unknown_outlets_story(three):
    # what the loader gives articles whose manifest says "unknown" (or a corpus record without an outlet)
    return audit_story(relabelled(three, "unknown", ["000", "001", "002"]))


def test_several_outlets_are_compared_as_outlets(seed_articles):
    unit = grouping(seed_articles)
    assert (unit.by_article, unit.one, unit.count, unit.note) == (False, "outlet", "5 outlets", "")


def test_articles_of_one_outlet_are_compared_as_articles_with_a_note(three):
    unit = grouping(relabelled(three, "Reuters", ["A", "B", "C"]))
    assert (unit.by_article, unit.one, unit.count) == (True, "article", "3 articles of one outlet (Reuters)")
    assert unit.note == "Only one outlet is present (Reuters): its 3 articles are compared with each other, each against the other articles together."


def test_articles_of_unknown_outlets_are_compared_as_articles_with_a_note_saying_so(three):
    unit = grouping(relabelled(three, "unknown", ["A", "B", "C"]))
    assert (unit.by_article, unit.one, unit.count) == (True, "article", "3 articles of unknown outlets")
    assert unit.note.startswith("The outlets of these 3 articles are unknown: the articles are compared with each other")


def test_known_and_unknown_outlets_together_are_compared_as_outlets(three):
    articles = relabelled(three, "unknown", ["A", "B", "C"])
    articles[0] = replace(articles[0], outlet="SCMP")
    assert not grouping(articles).by_article


def test_one_article_compares_nothing_and_is_called_an_article(three):
    unit = grouping(three[:1])
    assert (unit.by_article, unit.one, unit.count, unit.note) == (False, "article", "1 article", "")


def test_report_of_one_outlet_speaks_of_articles_in_every_section(one_outlet_story):
    html = page_text(render_report(one_outlet_story))
    assert OUTLET_CLAIMS.findall(html) == []
    assert '3 articles of one outlet (Reuters): Reuters A, Reuters B, Reuters C.' in html
    assert [phrase for phrase in PER_ARTICLE if phrase not in html] == []
    assert html.count("Only one outlet is present (Reuters): its 3 articles are compared with each other") == 3  # top, framing, methods


def test_report_of_unknown_outlets_speaks_of_articles_and_says_the_outlets_are_unknown(unknown_outlets_story):
    html = page_text(render_report(unknown_outlets_story))
    assert OUTLET_CLAIMS.findall(html) == []
    assert '3 articles of unknown outlets: 000, 001, 002.' in html
    assert [phrase for phrase in PER_ARTICLE if phrase not in html] == []
    assert html.count("The outlets of these 3 articles are unknown: the articles are compared with each other") == 3
    assert unknown_outlets_story.vocabulary.by_article


def test_report_of_several_outlets_keeps_the_outlet_wording(seed_articles):
    html = page_text(render_report(audit_story(seed_articles[:3])))
    assert '3 outlets: nrc.nl, unknown 001, SCMP.' in html
    for phrase in ("How the outlets differ", "Frames per outlet", "Articles of the same outlet are pooled", "Sentence tone per outlet", "Stated by one outlet only", "Distinctive words per outlet", "A difference between outlets beyond noise"):
        assert phrase in html
    assert [phrase for phrase in PER_ARTICLE if phrase in html] == []
    assert "compared with each other, each against the other articles together" not in html


@pytest.mark.parametrize("story", ["one_outlet_story", "unknown_outlets_story"])
def test_compare_page_of_two_articles_of_one_or_no_outlet_speaks_of_articles(story, request):
    pair = pair_story(request.getfixturevalue(story), 0, 1)
    html = page_text(render_compare(pair))
    assert OUTLET_CLAIMS.findall(html) == []
    assert re.search(r'2 articles of (one outlet \(Reuters\)|unknown outlets): ', html)
    assert "Frames per article" in html and "are compared with each other, each against the other articles together." in html
    assert "outlet" not in compare_summary(pair).split("how they differ:")[1].split("shared claims:")[0]
