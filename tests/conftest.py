"""Shared fixtures: the seed articles, loaded once, and the gold readings of them."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from audit import load
from audit.model import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "gold"  # a copy of ../shared/gold, kept with the tests


@pytest.fixture(scope="session")
def seed_articles() -> tuple[Article, ...]:
    result = load([SEEDS])
    assert not result.problems, result.problems
    return result.articles


@pytest.fixture(scope="session")
def seeds_by_id(seed_articles) -> dict[str, Article]:
    return {article.id: article for article in seed_articles}


@pytest.fixture(scope="session")
def gold_figures() -> dict:
    return json.loads((GOLD / "figures.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def gold_quotes() -> list[dict]:
    lines = (GOLD / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def make_article(text: str, *, id: str = "test.txt", published: str = "2025-02-24", outlet: str = "Test Outlet"):
    """An Article built from a literal text, as the loader would build it from a .txt file."""
    from audit.load import RawArticle, build_article

    return build_article(RawArticle(id, id, text, fields={"published": published, "outlet": outlet}))


def figure_facts(text_a: str, text_b: str):
    """The facts ``compare_figures`` finds in two articles of one day whose bodies are ``text_a`` and ``text_b``."""
    from audit.compare.figures import compare_figures
    from audit.figures import figures_in

    articles = [make_article(f"T\n\n{text_a}", id="a.txt", published="2024-05-02"), make_article(f"T\n\n{text_b}", id="b.txt", published="2024-05-02")]
    return compare_figures(articles, [figures_in(a) for a in articles])


def figure_conflicts(text_a: str, text_b: str) -> list[tuple[str, ...]]:
    """The surfaces of the mentions of each fact of ``figure_facts`` whose verdict is a conflict."""
    return [tuple(m.figure.surface for m in f.mentions) for f in figure_facts(text_a, text_b) if f.verdict == "conflict"]


def judged_pair(text_a: str, text_b: str, surface_a: str, surface_b: str) -> tuple[str, float]:
    """``pairs.pair_status`` (status and similarity score) of the figure written ``surface_a`` in an article whose body is
    ``text_a`` against the one written ``surface_b`` in a second article of the same day, whose body is ``text_b``."""
    from audit.compare.figures.groups import topic_terms
    from audit.compare.figures.items import items_of
    from audit.compare.figures.pairs import pair_status
    from audit.figures import figures_in

    articles = [make_article(f"T\n\n{text_a}", id="a.txt", published="2024-05-02"), make_article(f"T\n\n{text_b}", id="b.txt", published="2024-05-02")]
    items = items_of(articles, [figures_in(x) for x in articles])
    (a,) = [i for i in items if i.mention.article_index == 0 and i.mention.figure.surface == surface_a]
    (b,) = [i for i in items if i.mention.article_index == 1 and i.mention.figure.surface == surface_b]
    status, alike = pair_status(a, b, topic_terms(items, 2))
    return status, alike.score


def body_quotes(body: str, **article: str):
    """The quotes of an article whose body is ``body`` under a title line (``make_article``'s keywords pass through)."""
    from audit.quotes import quotes_in

    return quotes_in(make_article("Title line\n\n" + body, **article))


def body_readings(body: str) -> list[tuple[str, str, bool]]:
    """(speaker, quoted text, negated) of each quote of an article whose body is ``body``: what the tests of negated
    cues and of voices sought read."""
    return [(q.speaker.name if q.speaker else "", q.text, q.negated) for q in body_quotes(body)]


# Hypothesis: a fixed seed and a bounded number of examples in CI; a longer profile for
# local fuzzing runs (HYPOTHESIS_PROFILE=long).

settings.register_profile("ci", derandomize=True, max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", derandomize=False, max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


def browser_unavailable() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -e '.[browser]'; never `playwright install`)"
    if not Path(CHROMIUM).is_file():
        return f"no Chromium at {CHROMIUM} (apt-get install -y chromium)"
    return None


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium through Playwright, launched once per test module.

    Skips with the reason when Playwright or Chromium is missing, unless
    AUDIT_REQUIRE_BROWSER=1 (as in CI), where a missing browser is a failure.
    """
    reason = browser_unavailable()
    if reason:
        if os.environ.get("AUDIT_REQUIRE_BROWSER") == "1":
            pytest.fail(f"AUDIT_REQUIRE_BROWSER=1 but the browser tests cannot run: {reason}")
        pytest.skip(f"browser tests skipped: {reason}; set AUDIT_REQUIRE_BROWSER=1 to make this a failure")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()
