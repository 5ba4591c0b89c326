"""The report's Coverage section: every link lands on something, and the matrix matches the analysis."""
from __future__ import annotations

import re

from conftest import make_article
from test_coverage import SCMP, edited_copy

from audit import audit_story
from audit.report import render_report
from audit.sections import coverage as section


def test_every_link_in_the_coverage_section_lands_on_an_element(seed_articles, seeds_by_id):
    page = render_report(audit_story([*seed_articles, edited_copy(seeds_by_id[SCMP])]))
    part = page[page.index('<section id="coverage"'):page.index('<section id="readability"')]
    targets = set(re.findall(r'href="#([^"]+)"', part))
    ids = set(re.findall(r'id="([^"]+)"', page))
    assert targets and targets <= ids


def test_matrix_rows_are_the_claims_more_than_one_article_carries(seed_articles, seeds_by_id):
    articles = [*seed_articles, edited_copy(seeds_by_id[SCMP])]
    story = audit_story(articles)
    context = section.context(story)
    shared = [claim for claim in story.coverage.claims if len(claim.articles) > 1]
    assert [row["number"] for row in context["rows"]] == [claim.index + 1 for claim in shared]
    assert all(sum(cell["carried"] for cell in row["cells"]) == row["support"] for row in context["rows"])
    source, copy = [a.id for a in articles].index(SCMP), len(articles) - 1
    for row, claim in zip(context["rows"], shared):
        # the copy and its source count once
        assert row["independent"] == row["support"] - (source in claim.articles and copy in claim.articles)


def test_independently_written_seeds_share_claims_in_the_matrix(seed_articles):
    rows = section.context(audit_story(seed_articles))["rows"]
    assert len(rows) >= 5
    assert all(row["independent"] == row["support"] >= 2 for row in rows)


def test_articles_without_a_shared_claim_say_so():
    a = make_article("One\n\nNvidia lost nearly 600 billion dollars of market value on Monday morning.\n", id="a.txt")
    b = make_article("Two\n\nBaidu made its Ernie chatbot free for every user in the country.\n", id="b.txt")
    story = audit_story([a, b])
    assert section.context(story)["rows"] == []
    assert "No claim is carried by two articles" in render_report(story)
