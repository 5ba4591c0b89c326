"""`audit compare A B`: the two texts aligned claim by claim, the page and the terminal summary."""
from __future__ import annotations

import pytest
from conftest import ROOT, make_article
from test_coverage import NRC, SCMP, edited_copy

from audit import audit_story
from audit.cli import main
from audit.compare_view import alignment_rows, compare_summary, render_compare
from audit.story import pair_story


def test_shared_claims_are_paired_on_one_row_in_both_orders(seeds_by_id):
    seed = seeds_by_id[SCMP]
    copy = edited_copy(seed)
    rows = alignment_rows(audit_story([seed, copy]))
    shared = [row for row in rows if row["kind"] == "shared"]
    assert len(shared) >= 15
    assert all(row["a"]["anchor"].startswith("art0-s") and row["b"]["anchor"].startswith("art1-s") for row in shared)
    a_order = [int(row["a"]["anchor"].split("-s")[1]) for row in rows if row["a"]]
    b_order = [int(row["b"]["anchor"].split("-s")[1]) for row in rows if row["b"]]
    assert a_order == list(range(len(seed.sentences)))
    assert sorted(b_order) == list(range(len(copy.sentences)))


def test_every_sentence_of_both_articles_appears_once(seeds_by_id):
    first, second = seeds_by_id[NRC], seeds_by_id[SCMP]
    rows = alignment_rows(audit_story([first, second]))
    assert sum(1 for row in rows if row["a"]) == len(first.sentences)
    assert sum(1 for row in rows if row["b"]) == len(second.sentences)
    assert {row["kind"] for row in rows} <= {"a", "b", "context"}


def test_claim_only_one_article_carries_is_marked_with_its_side():
    a = make_article("One\n\nNvidia lost nearly 600 billion dollars of market value on Monday morning.\n", id="a.txt")
    b = make_article("Two\n\nNvidia lost nearly 600 billion dollars of market value on Monday morning. Baidu made its Ernie chatbot free for every user.\n", id="b.txt")
    rows = alignment_rows(audit_story([a, b]))
    assert [row["kind"] for row in rows] == ["shared", "b"]


def test_pair_story_of_a_larger_story_holds_just_the_two(seed_articles):
    story = audit_story(seed_articles)
    pair = pair_story(story, 4, 1)
    assert [a.id for a in pair.articles] == [seed_articles[4].id, seed_articles[1].id]
    # the two keep the scores they have: the per-article lenses do not run again
    assert pair.audits[0] is story.audits[4] and pair.audits[1] is story.audits[1]
    assert pair == audit_story([seed_articles[4], seed_articles[1]])


def test_the_compare_page_reads_a_story_of_two_articles_only(seeds_by_id):
    story = audit_story([seeds_by_id[NRC], seeds_by_id[SCMP], make_article("Three\n\nA third article.\n", id="c.txt")])
    with pytest.raises(ValueError, match="pair_story"):
        render_compare(story)


def test_summary_names_both_and_reports_copying(seeds_by_id):
    seed = seeds_by_id[SCMP]
    summary = compare_summary(audit_story([seed, edited_copy(seed)]))
    assert summary.splitlines()[0].startswith("A: SCMP")
    assert "not independent" in summary


def test_compare_page_is_self_contained_and_deterministic(seeds_by_id):
    story = audit_story([seeds_by_id[NRC], seeds_by_id[SCMP]])
    page = render_compare(story)
    assert page == render_compare(story)
    assert "Content-Security-Policy" in page and 'id="aligned"' in page
    assert "http://" not in page.split("</head>")[0] and "src=" not in page


def test_cli_compare_writes_the_page_and_prints_the_summary(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "compare.html"
    assert main(["compare", "nrc.nl", "SCMP", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "shared claims:" in printed and f"wrote {out}" in printed
    assert 'class="aligned"' in out.read_text(encoding="utf-8")


def _seed(seeds_by_id, prefix):
    return next(article for key, article in seeds_by_id.items() if key.startswith(prefix))


def test_summary_lists_the_figures_the_two_state_differently(seeds_by_id):
    # 001 says "$80 to $100 million", 003 "more than $100 million": the ranges only touch
    summary = compare_summary(audit_story([_seed(seeds_by_id, "001_"), _seed(seeds_by_id, "003_")]))
    assert "figures that differ: 1" in summary
    assert "OpenAI has tapped" in summary.split("figures that differ: 1", 1)[1].splitlines()[1]


def test_summary_lists_the_voices_of_each_side_and_those_in_both(seeds_by_id):
    summary = compare_summary(audit_story([_seed(seeds_by_id, "001_"), _seed(seeds_by_id, "004_")]))
    lines = {line.split(" (", 1)[0]: line for line in summary.splitlines() if line.startswith("voices in")}
    assert "Hu Xijin (State media)" in lines["voices in A"]
    assert "Marina Zhang (Academic)" in lines["voices in B"]
    assert "voices in both: Liang Wenfeng" in summary


def test_compare_page_numbers_its_own_sections_and_shows_every_lens(seeds_by_id):
    import re

    page = render_compare(audit_story([seeds_by_id[NRC], seeds_by_id[SCMP]]))
    numbers = [int(n) for n in re.findall(r'<h2 id="[a-z]+-h">(\d+)\. ', page)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) == 8
    assert "Not yet computed" not in page
