"""The report's Coverage section: every link lands on something, and the matrix matches the analysis."""
from __future__ import annotations

import re

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
    story = audit_story([*seed_articles, edited_copy(seeds_by_id[SCMP])])
    context = section.context(story)
    shared = [claim for claim in story.coverage.claims if len(claim.articles) > 1]
    assert [row["number"] for row in context["rows"]] == [claim.index + 1 for claim in shared]
    assert all(sum(cell["carried"] for cell in row["cells"]) == row["support"] for row in context["rows"])
    assert all(row["independent"] == 1 for row in context["rows"])  # the copy and its source count once


def test_seeds_alone_have_no_matrix_rows_and_say_so(seed_articles):
    story = audit_story(seed_articles)
    assert section.context(story)["rows"] == []
    assert "No claim is carried by two articles" in render_report(story)
