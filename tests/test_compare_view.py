"""`audit compare A B`: the two texts aligned claim by claim, the page and the terminal summary."""
from __future__ import annotations

import pytest
from conftest import ROOT, make_article
from test_coverage import NRC, SCMP, edited_copy

from audit import audit_story
from audit.cli import main
from audit.compare_view import alignment, compare_summary, render_compare, sentence_partners
from audit.story import pair_story


def test_shared_claims_come_first_paired_on_one_row_in_a_s_order(seeds_by_id):
    seed = seeds_by_id[SCMP]
    copy = edited_copy(seed)
    aligned = alignment(audit_story([seed, copy]))
    shared = aligned["shared"]
    assert len(shared) >= 15
    assert all(row["a"]["anchor"].startswith("art0-s") and row["b"]["anchor"].startswith("art1-s") for row in shared)
    a_order = [int(row["a"]["anchor"].split("-s")[1]) for row in shared]
    assert a_order == sorted(a_order)


def test_every_sentence_of_both_articles_appears_once(seeds_by_id):
    for first, second in ((seeds_by_id[NRC], seeds_by_id[SCMP]), (seeds_by_id[SCMP], edited_copy(seeds_by_id[SCMP]))):
        aligned = alignment(audit_story([first, second]))
        a_side = [row["a"]["anchor"] for row in aligned["shared"]] + [row["cell"]["anchor"] for row in aligned["a_rest"]]
        b_side = [row["b"]["anchor"] for row in aligned["shared"]] + [row["cell"]["anchor"] for row in aligned["b_rest"]]
        assert sorted(a_side) == sorted(f"art0-s{i}" for i in range(len(first.sentences)))
        assert sorted(b_side) == sorted(f"art1-s{i}" for i in range(len(second.sentences)))


def test_unrelated_articles_share_no_row_and_keep_their_order(seeds_by_id):
    first, second = seeds_by_id[NRC], seeds_by_id[SCMP]
    aligned = alignment(audit_story([first, second]))
    assert aligned["shared"] == []
    assert [row["cell"]["anchor"] for row in aligned["a_rest"]] == [f"art0-s{i}" for i in range(len(first.sentences))]
    assert {row["kind"] for row in aligned["a_rest"]} <= {"a", "context"} and {row["kind"] for row in aligned["b_rest"]} <= {"b", "context"}


def test_claim_only_one_article_carries_is_marked_with_its_side():
    a = make_article("One\n\nNvidia lost nearly 600 billion dollars of market value on Monday morning.\n", id="a.txt")
    b = make_article("Two\n\nNvidia lost nearly 600 billion dollars of market value on Monday morning. Baidu made its Ernie chatbot free for every user.\n", id="b.txt")
    aligned = alignment(audit_story([a, b]))
    assert [row["kind"] for row in aligned["shared"]] == ["shared"]
    assert [row["kind"] for row in aligned["b_rest"]] == ["b"] and aligned["counts"] == {"shared": 1, "a": 0, "b": 1, "by_figure": 0}


def test_sentences_stating_one_figure_sit_on_one_row_even_when_worded_apart():
    from dataclasses import replace

    from audit.compare.coverage import Coverage

    a = make_article("Chip stocks fall\n\nInvestors sold technology shares on Monday. Nvidia lost $593 billion of market value in one day, a record for any company.\n", id="a.txt")
    b = make_article("A record loss\n\nThe selloff was the worst in years. Its market value shrank by $593 billion as the chip stock tumbled.\n", id="b.txt")
    story = audit_story([a, b])
    assert [f.verdict for f in story.facts if f.verdict != "single_source"] == ["agree"]
    # without the claims matrix (the figures alone say these two sentences state one thing)
    alone = replace(story, coverage=Coverage(claims=(), articles=story.coverage.articles, shared=story.coverage.shared, threshold=story.coverage.threshold))
    assert sentence_partners(alone) == {1: {"b": 1, "why": "figure", "tag": "$593 billion / $593 billion", "figures": "$593 billion / $593 billion"}}
    assert alignment(alone)["counts"]["by_figure"] == 1


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
    from audit.compare_view import COMPARE_SECTIONS

    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) == len(COMPARE_SECTIONS)
    assert "Not yet computed" not in page


def test_pair_section_lists_voices_only_in_a_in_both_and_only_in_b(seeds_by_id):
    from audit.sections import pair

    found = pair.context(audit_story([_seed(seeds_by_id, "001_"), _seed(seeds_by_id, "004_")]))["voices"]
    names = {side: [item["text"] for item in found[side]["listed"]] for side in ("only_a", "both", "only_b")}
    assert "Hu Xijin" in names["only_a"] and "Marina Zhang" in names["only_b"]
    assert names["both"] == ["Liang Wenfeng"]
    assert "Liang Wenfeng" not in names["only_a"] + names["only_b"]


def test_pair_section_sets_the_figures_that_differ_side_by_side(seeds_by_id):
    from audit.sections import pair

    figures = pair.context(audit_story([_seed(seeds_by_id, "001_"), _seed(seeds_by_id, "003_")]))["figures"]
    (differ,) = figures["differ"]
    assert (differ["a"], differ["anchor"]) == ("$80 to $100 million", "fig-fact-1")


def test_compare_page_opens_with_the_answer_then_what_the_two_share(seeds_by_id):
    import re

    page = render_compare(audit_story([seeds_by_id[NRC], seeds_by_id[SCMP]]))
    assert re.findall(r'<section id="([a-z]+)"', page)[:3] == ["answer", "pair", "aligned"]
    assert 'name="aligned-filter" value="shared"' in page


def test_summary_says_how_the_two_differ_before_what_they_share(seeds_by_id):
    lines = compare_summary(audit_story([_seed(seeds_by_id, "001_"), _seed(seeds_by_id, "003_")])).splitlines()
    start = lines.index("how they differ:")
    assert lines[start + 1].startswith("  - figures: unknown 001 and unknown 003 give ranges that only touch")
    assert any(line.startswith("  no clear difference in: who speaks") for line in lines)
    assert start < next(i for i, line in enumerate(lines) if line.startswith("shared claims:"))


def test_pair_section_lists_the_shared_claims_in_a_s_words_and_order(seeds_by_id):
    from audit.sections import pair

    seed = seeds_by_id[SCMP]
    story = audit_story([seed, edited_copy(seed)])
    claims = pair.context(story)["claims"]
    shared = claims["shared"]
    assert shared["total"] == claims["both"] >= 15 and len(shared["listed"]) == pair.LISTED
    indices = [int(item["anchor"].split("-s")[1]) for item in shared["listed"]]
    assert indices == sorted(indices) and all(item["anchor"].startswith("art0-s") for item in shared["listed"])
    first = " ".join(seed.sentences[indices[0]].text.split())
    assert shared["listed"][0]["text"] in (first, first[: pair.CLAIM_LENGTH - 1].rstrip() + "…")


def test_the_compare_filter_counts_pairs_and_sentences():
    a = make_article("One\n\nNvidia lost nearly 600 billion dollars of market value on Monday morning.\n", id="a.txt")
    b = make_article("Two\n\nNvidia lost nearly 600 billion dollars of market value on Monday morning. Baidu made its Ernie chatbot free for every user.\n", id="b.txt")
    page = render_compare(audit_story([a, b]))
    assert 'value="shared"> shared (1 pair)' in page and 'value="a"> only in A (0 sentences)' in page and 'value="b"> only in B (1 sentence)' in page


def test_sentences_stating_one_figure_differently_sit_on_one_row_marked_figures_differ(seeds_by_id):
    # 001 says "$80 to $100 million", 003 "more than $100 million" of the fund OpenAI has tapped
    first, second = _seed(seeds_by_id, "001_"), _seed(seeds_by_id, "003_")
    rows = [row for row in alignment(audit_story([first, second]))["shared"] if row["why"] == "figures differ"]
    assert [row["figures"] for row in rows] == ["$80 to $100 million / $100 million+"]
    (row,) = rows
    assert "$80 to $100 million" in row["a"]["text"] and "$100 million" in row["b"]["text"]
    # the two figures are written on the row, not only in a tooltip
    assert '<span class="aligned-figures">$80 to $100 million / $100 million+</span>' in render_compare(audit_story([first, second]))


def test_pair_section_links_each_actor_to_its_first_sentence(seeds_by_id):
    from audit.sections import pair

    story = audit_story([_seed(seeds_by_id, "001_"), _seed(seeds_by_id, "004_")])
    actors = pair.context(story)["actors"]
    for key, side in (("only_a", 0), ("both", 0), ("only_b", 1)):
        rows = {row.actor: row for row in story.actors.by_article[side]}
        for item in actors[key]["listed"]:
            sentences = rows[item["text"]].evidence
            assert item["anchor"] == (f"art{side}-s{sentences[0]}" if sentences else "")
    assert any(actors[key]["listed"] for key in ("only_a", "both", "only_b"))


def test_two_files_of_one_outlet_compared_get_two_labels(tmp_path):
    from audit.compare_view import load_pair

    for name, sentence in (("monday.json", "The council approved the budget."), ("tuesday.json", "The mayor vetoed the budget.")):
        (tmp_path / name).write_text('{"outlet": "City Herald", "title": "Budget", "text": "%s"}' % sentence, encoding="utf-8")
    pair = load_pair(str(tmp_path / "monday.json"), str(tmp_path / "tuesday.json"), [])
    assert [a.label for a in pair.articles] == ["City Herald", "City Herald (2)"]
