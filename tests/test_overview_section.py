"""The overview: one line per article of what stands out, each clause linking to its evidence."""
from __future__ import annotations

from audit import audit_story
from audit.report import story_title
from audit.sections import overview


def _seed(seeds_by_id, prefix):
    return next(article for key, article in seeds_by_id.items() if key.startswith(prefix))


def test_an_article_party_to_a_figure_conflict_says_so_and_links_to_it(seeds_by_id):
    # 001 says "$80 to $100 million", 003 "more than $100 million": the one conflict of the seeds
    story = audit_story([_seed(seeds_by_id, "001_"), _seed(seeds_by_id, "003_")])
    clauses = overview.summary(story, 0)["clauses"]
    figure = [c for c in clauses if c["section"].startswith("fig-fact-")]
    assert len(figure) == 1
    assert "unknown 003" in figure[0]["text"] and "OpenAI" in figure[0]["text"]


def test_an_article_in_no_conflict_has_no_figure_clause(seeds_by_id):
    story = audit_story([_seed(seeds_by_id, "001_"), _seed(seeds_by_id, "004_")])
    assert not [c for c in overview.summary(story, 0)["clauses"] if c["section"].startswith("fig-fact-")]


def test_report_title_names_the_story_not_one_outlets_headline(seed_articles):
    title = story_title(seed_articles)
    assert title == "5 articles on deepseek-china-reaction (2025-02-24)"
    assert seed_articles[0].title not in title
