"""Shared fixtures: the seed articles, loaded once, and the gold readings of them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

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


# Hypothesis: a fixed seed and a bounded number of examples in CI; a longer profile for
# local fuzzing runs (HYPOTHESIS_PROFILE=long).
import os  # noqa: E402

from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("ci", derandomize=True, max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", derandomize=False, max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
