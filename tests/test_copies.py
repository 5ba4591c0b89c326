"""Copied passages between articles (audit.compare.copies)."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT, make_article
from test_coverage import SCMP, edited_copy

from audit.compare.copies import copied_passages, copy_groups

QUOTE = (
    "“A nation like China, which is equipped with substantial technological resources, cannot truly be "
    "suppressed, and sanctions in one area will only spur more comprehensive and resilient progress,” "
)


def test_edited_copy_is_one_copied_passage_and_a_derived_pair(seeds_by_id):
    seed = seeds_by_id[SCMP]
    copies = copied_passages([seed, edited_copy(seed)])
    assert copies.derived_pairs() == ((0, 1),)
    pair = copies.pair(1, 0)
    assert pair is not None and pair.share > 0.8
    assert sum(p.words for p in copies.passages) == pair.copied_words


def test_independent_seeds_share_no_passage(seed_articles):
    assert copied_passages(seed_articles).passages == ()


def test_passage_spans_are_offsets_into_the_original_texts(seeds_by_id):
    seed = seeds_by_id[SCMP]
    articles = [seed, edited_copy(seed)]
    for passage in copied_passages(articles).passages:
        for a_block, b_block in passage.blocks:
            assert passage.a_span.start <= a_block.start < a_block.end <= passage.a_span.end
            left = articles[passage.a].text[a_block.start:a_block.end]
            right = articles[passage.b].text[b_block.start:b_block.end]
            assert left.lower().split()[:3] == right.lower().split()[:3]


def test_the_edited_words_fall_outside_the_matching_blocks(seeds_by_id):
    seed = seeds_by_id[SCMP]
    copy = edited_copy(seed)
    passage = copied_passages([seed, copy]).passages[0]
    matched_in_copy = "".join(copy.text[b.start:b.end] for _, b in passage.blocks)
    assert "reportedly" not in matched_in_copy


def test_a_shared_quotation_alone_does_not_make_two_articles_derived():
    a = make_article("First\n\nThe retired editor spoke on Monday. " + QUOTE + "he wrote on social media.\n", id="a.txt")
    b = make_article("Second\n\nBeijing welcomed the launch loudly. " + QUOTE + "said Hu Xijin in a post.\n", id="b.txt")
    copies = copied_passages([a, b])
    assert len(copies.passages) == 1
    passage = copies.passages[0]
    assert passage.quoted_words >= passage.words - 2
    assert copies.derived_pairs() == ()


def test_short_shared_phrases_are_not_copies():
    a = make_article("One\n\nThe company said on Monday that the stock market fell sharply in the morning.\n", id="a.txt")
    b = make_article("Two\n\nAnalysts noted that the stock market fell sharply after lunch, wiping out gains.\n", id="b.txt")
    assert copied_passages([a, b]).passages == ()


def test_copies_do_not_depend_on_article_order(seed_articles, seeds_by_id):
    articles = [*seed_articles, edited_copy(seeds_by_id[SCMP])]

    def described(copies, order):
        return sorted((order[p.a].id, order[p.b].id, p.words) if order[p.a].id < order[p.b].id else (order[p.b].id, order[p.a].id, p.words) for p in copies.passages)

    assert described(copied_passages(articles), articles) == described(copied_passages(articles[::-1]), articles[::-1])


def test_copy_groups_join_chains_of_copies():
    assert copy_groups(5, [(3, 4), (1, 3)]) == [0, 1, 2, 1, 1]


def test_results_are_the_same_under_another_hash_seed():
    program = (
        "from audit import load, audit_story;"
        "s = audit_story(load(['seeds']).articles + load(['seeds/002_abc600b155f6e648.txt']).articles);"
        "print(s.copies, s.coverage)"
    )
    outputs = {
        subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True, check=True, env={"PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1
