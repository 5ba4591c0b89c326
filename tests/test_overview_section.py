"""The overview: one line per article of what stands out, each clause linking to its evidence."""
from __future__ import annotations

import pytest
from conftest import make_article

from audit import audit_story
from audit.report import story_title
from audit.sections import overview
from audit.tone import compound


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


# --- differences beyond noise: "leans on", "more negative", "the most negative of the N"


def _tone_clause(summary):
    return next(c for c in summary["clauses"] if c["section"] == "tone-own-voice")


def _frame_clause(summary):
    return next(c for c in summary["clauses"] if c["section"] == "framing-frames")


def test_scmp_is_never_the_most_negative_of_the_seeds(seed_articles):
    # SCMP has the highest body mean (+0.39) and the lowest own-voice mean (+0.07) on 17 sentences
    story = audit_story(seed_articles)
    line = overview.summary(story, 2)
    assert line["label"] == "SCMP"
    clause = _tone_clause(line)
    assert "most negative" not in clause["text"] and "more negative" not in clause["text"]
    assert "too few" in clause["text"] and "17 sentences" in clause["evidence"]


def test_a_rank_is_claimed_only_for_the_extreme_article_clear_of_each_other(seed_articles):
    story = audit_story(seed_articles)
    context = overview.context(story)
    means = [audit.tone.own_voice.mean for audit in story.audits]
    for index, line in enumerate(context["summaries"]):
        text = _tone_clause(line)["text"]
        if "most negative" in text:
            assert means[index] == min(means)
        if "most positive" in text:
            assert means[index] == max(means)


def _article_of(sentences, label):
    return make_article("Headline\n\n" + "\n\n".join(sentences), id=f"{label}.txt", outlet=label)


@pytest.fixture(scope="module")
def tone_story(seed_articles):
    """Three articles made of real seed sentences without quotation marks: the 30 most negative,
    the 30 most positive and 30 near zero, by VADER (seed sentences lean positive)."""
    plain = sorted(
        {s.text.strip() for a in seed_articles for s in a.sentences if not s.is_heading and not any(q in s.text for q in "“”\"'‘’")},
    )
    scored = sorted(plain, key=lambda text: (compound(text), text))
    neutral = sorted(scored, key=lambda text: (abs(compound(text)), text))[:30]
    articles = [_article_of(scored[:30], "gloomy"), _article_of(scored[-30:], "sunny"), _article_of(neutral, "flat")]
    return audit_story(articles)


def test_a_clearly_more_negative_article_is_the_most_negative_of_the_3(tone_story):
    clause = _tone_clause(overview.summary(tone_story, 0))
    assert "more negative than the other articles together" in clause["text"]
    assert "the most negative of the 3" in clause["text"]
    assert "clearly lower" in clause["evidence"]


def test_an_article_near_the_others_has_no_clear_difference(seed_articles):
    clause = _tone_clause(overview.summary(audit_story(seed_articles), 4))  # unknown 004: +0.19 against +0.21
    assert clause["text"] == "own-voice tone +0.19, no clear difference from the other articles (+0.21)"
    assert "no clear difference" in clause["evidence"]


def test_leans_on_a_frame_comes_with_its_intervals_and_the_pooled_rest(seed_articles):
    story = audit_story(seed_articles)
    clause = _frame_clause(overview.summary(story, 3))  # unknown 003: 61 of 152 sentences cue technology/progress
    assert clause["text"].startswith("leans on the technology/progress frame (40% of its sentences")
    others = [a for i, a in enumerate(story.audits) if i != 3]
    pooled = sum(a.framing.frames[7].sentences for a in others) / sum(a.framing.sentences for a in others)
    assert f"{pooled:.0%} in the other articles together" in clause["text"]
    assert "[" in clause["evidence"] and "clearly higher" in clause["evidence"]


def test_no_frame_leans_without_a_clear_difference(seed_articles):
    story = audit_story(seed_articles)
    clause = _frame_clause(overview.summary(story, 4))  # unknown 004: regulation 19% of 57 sentences against 10%
    assert clause["text"] == "no frame clearly more frequent than in the other articles"
    assert "no clear difference" in clause["evidence"]
