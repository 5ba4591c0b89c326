"""End-to-end golden test: the report's key facts for the seeds, pinned (not the whole HTML).

The figure conflict, the agreement after currency conversion, the most distinctive words
of each outlet and the voices each outlet quotes are computed from the seeds, compared with
``tests/golden/seeds_key_facts.json``, and looked up in the rendered report. When a change
is meant to move them, regenerate the file with ``AUDIT_UPDATE_GOLDEN=1 pytest
tests/test_golden.py`` and review the diff like any other change.
"""
from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

import pytest

from audit import audit_story, render_report

GOLDEN = Path(__file__).parent / "golden" / "seeds_key_facts.json"
TOP_WORDS = 5


def key_facts(story) -> dict:
    def surfaces(fact):
        return sorted(f"{m.article_id}: {m.figure.surface}" for m in fact.mentions)

    return {
        "conflicts": [surfaces(f) for f in story.facts if f.verdict == "conflict"],
        "agree_after_conversion": [surfaces(f) for f in story.facts if f.verdict == "agree_after_conversion"],
        "distinctive_words": {o.label: [t.shown for t in o.words[:TOP_WORDS]] for o in story.vocabulary.outlets},
        "voices": {
            audit.article.label: [voice.speaker.name for voice in outlet.voices]
            for audit, outlet in zip(story.audits, story.voices.outlets)
        },
    }


@pytest.fixture(scope="module")
def seed_story(seed_articles):
    return audit_story(seed_articles)


def test_seed_key_facts_match_the_golden_file(seed_story):
    facts = key_facts(seed_story)
    if os.environ.get("AUDIT_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(json.dumps(facts, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert facts == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_golden_facts_agree_with_the_careful_reading(seed_story, gold_figures):
    """The pinned conflict and conversion are the ones of ../shared/gold/figures.json."""
    facts = key_facts(seed_story)
    gold = {f["id"]: f for f in gold_figures["facts"]}
    for name, gold_id in (("conflicts", "openai_training_cost"), ("agree_after_conversion", "alibaba_ai_pledge")):
        expected = {f"{m['article']}: {m['surface']}" for m in gold[gold_id]["mentions"]}
        assert len(facts[name]) == 1
        assert {s.split(": ", 1)[0] for s in facts[name][0]} == {s.split(": ", 1)[0] for s in expected}


def section_text(page: str, section: str) -> str:
    """The text of the report's section with this id, tags stripped."""
    found = re.search(rf'<section id="{section}".*?</section>', page, re.S)
    assert found, section
    return html.unescape(re.sub(r"<[^>]+>", " ", found.group(0)))


def test_the_report_shows_the_key_facts(seed_story):
    page = render_report(seed_story)
    facts = key_facts(seed_story)
    numbers = section_text(page, "numbers")
    for mention in facts["conflicts"][0] + facts["agree_after_conversion"][0]:
        assert mention.split(": ", 1)[1] in numbers
    framing = section_text(page, "framing")
    for words in facts["distinctive_words"].values():
        for word in words:
            assert word in framing
    voices = section_text(page, "voices")
    for names in facts["voices"].values():
        for name in names:
            assert name in voices
