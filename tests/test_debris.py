"""Web debris: removed as spans with their rule, never from the article body."""
from __future__ import annotations

import re

import pytest

from audit.debris import find_debris

IMAGE_FRAGMENT = re.compile(r"%2F|\.jpe?g|\.png|&w=\d+")


def test_no_image_fragments_or_comment_counters_in_scored_sentences(seed_articles):
    for article in seed_articles:
        for sentence in article.sentences:
            assert not IMAGE_FRAGMENT.search(sentence.text), (article.id, sentence.text)
            assert "Comments (0)" not in sentence.text and sentence.text not in ("Comments", "Add Comment", "Read also")


def test_removed_spans_point_into_the_original_text(seed_articles):
    for article in seed_articles:
        for removed in article.removed:
            assert article.text[removed.start:removed.end] == removed.text


def test_seed_debris_is_exactly_the_expected_rules(seeds_by_id):
    rules = {article_id: [r.rule for r in article.removed] for article_id, article in seeds_by_id.items()}
    assert rules["000_a288e786907b7547.txt"] == ["image_url"] + ["read_also"] * 6 + ["trailing_domain"]
    assert rules["001_5d1de57602b2b4fe.txt"] == ["source_link", "related_posts"]
    assert rules["002_abc600b155f6e648.txt"] == ["promo", "originally_appeared", "read_more_link", "tag_soup", "comments", "add_comment"]
    assert rules["003_ae24ac5a2293de1f.txt"] == []
    assert rules["004_5c6d1f69e7e62f43.txt"] == ["repeated_title", "comments"]


def test_nothing_of_the_body_is_removed(seeds_by_id):
    """Every removed line is short page furniture or a teaser, never a body paragraph:
    the body sentences on both sides of each 'Read also' box are still scored."""
    article = seeds_by_id["000_a288e786907b7547.txt"]
    scored = " ".join(s.text for s in article.sentences)
    assert "DeepSeek surprised the world last month" in scored
    assert "An example of this is the recent transformation of tech giant Alibaba." in scored
    assert "He now also uses the app in his literature lessons." in scored
    assert "It's inevitable," in scored
    scmp = seeds_by_id["002_abc600b155f6e648.txt"]
    assert "including industry titans Amazon and Microsoft." in " ".join(s.text for s in scmp.sentences)


def test_originally_appeared_names_the_outlet():
    found = find_debris("Body.\nThis article originally appeared in the South China Morning Post (SCMP), the voice of Asia.\n")
    assert found.outlet == "South China Morning Post"
    assert [r.rule for r in found.removed] == ["originally_appeared"]


def test_trailing_domain_names_the_outlet_only_on_the_last_line():
    assert find_debris("Body text.\nnrc.nl").outlet == "nrc.nl"
    assert find_debris("example.com\nBody text goes on here.").removed == ()


def test_tag_soup_line_is_removed_but_a_normal_sentence_is_not():
    soup = "artificial intelligenceBeijingChinaChineseChinese firmsDeepSeeksFirmsjoltsanction"
    found = find_debris(f"A normal sentence about DeepSeek and OpenAI in China.\n{soup}")
    assert [r.text for r in found.removed] == [soup]


def test_another_storys_headline_in_capitals_is_removed():
    # Fox News, Fox Business and the Washington Examiner link other stories between paragraphs so
    linked = "BIDEN ADMIN ACCUSED OF ‘STONEWALLING’ GOP ON KEY WITHDRAWAL CABLE: ‘IT RAISES MY SUSPICION’"
    found = find_debris(f"Title\nThe White House released its review on Thursday.\n{linked}\nThe review blames the last administration.")
    assert [(r.rule, r.text) for r in found.removed] == [("shouted_headline", linked)]


@pytest.mark.parametrize(
    "line",
    [
        "1. WHAT TRUMP'S IMMIGRATION WAFFLING REFLECTS.",  # a numbered heading of a list of stories
        "WHY IS BIDEN TAPPING THE RESERVE?",  # an explainer's question heading
        "“EVENTUALLY VOTERS MAKE GOOD DECISIONS”",  # a subhead quoting the story
        "THE SENATE VOTES TODAY",  # four words: a heading
    ],
)
def test_a_heading_in_capitals_stays(line):
    assert find_debris(f"Title\nThe White House released its review on Thursday.\n{line}\nThe review goes on.").removed == ()


def test_a_text_in_capitals_throughout_keeps_its_lines():
    text = "TITLE\nTHE SENATE PASSED THE BILL ON THURSDAY AFTER A LONG DEBATE\nTHE HOUSE VOTES NEXT WEEK ON THE SAME BILL"
    assert find_debris(text).removed == ()


@pytest.mark.parametrize(
    "line",
    [
        "“Don't click here,” the FBI told people who received the email.",
        "Voters who click here and there on ads were targeted, the report found.",
        "NFL NBA MLB NHL MLS",
        "BY JOHN DOE AND JANE ROE",
    ],
)
def test_a_sentence_about_clicking_a_list_of_acronyms_and_a_byline_are_no_linked_headline(line):
    found = find_debris(f"Title\nThe bill passed on Thursday after a long debate.\n{line}\nThe House votes next.")
    assert [r.rule for r in found.removed] == []


def test_click_here_link_is_removed():
    found = find_debris("Title\nThe bill passed.\nCLICK HERE TO READ MORE ON FOX BUSINESS\nGet the app by clicking here.")
    assert [r.rule for r in found.removed] == ["click_here", "click_here"]


def test_promo_needs_to_address_the_reader():
    assert find_debris("Body.\nSign up for our newsletter to get the news you need.").removed[0].rule == "promo"
    assert find_debris("Body.\nThe company launched a newsletter for investors last year.").removed == ()


def test_image_url_fragment_inside_a_line_is_cut_and_the_line_kept():
    text = "Title\nThe chatbot surprised users./s3/static.example.nl/images/data1-2.jpg) It went on.\n"
    found = find_debris(text)
    assert [r.rule for r in found.removed] == ["image_url"]
    assert found.removed[0].text == "/s3/static.example.nl/images/data1-2.jpg)"


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Dana Roe via Getty Images.", "photo_credit"),
        ("Lee A. Fox/AFP/Getty Images", "photo_credit"),
        ("Handout/Reuters.", "photo_credit"),
        ("Getty.", "photo_credit"),
        ("For more, sign up for the Daily Brief newsletter.", "subscribe_prompt"),
        ("(Subscribe to the Morning Talk podcast with Dana Roe.)", "subscribe_prompt"),
        ("Dana Roe hosts the podcast “Talk.” Subscribe here or listen below:", "subscribe_prompt"),
        ("Follow Dana Roe on Twitter @danaroe.", "follow_author"),
        ("Copyright © 2021 The Daily Example", "copyright_notice"),
        ("From A BOOK by Dana Roe. Copyright © 2015 by Dana Roe. Reprinted courtesy of Example Books.", "copyright_notice"),
        ("Advertisement Advertisement", "advertisement"),
        ("AP Photo/Evan Roe", "photo_credit"),
        ("Photo by Dana Roe/Getty Images", "photo_credit"),
    ],
)
def test_credits_prompts_and_notices_on_lines_of_their_own_are_removed(line, rule):
    found = find_debris(f"Title\nThe bill passed on Thursday after a long debate.\n{line}\nThe House votes next.")
    assert [(r.rule, r.text) for r in found.removed] == [(rule, line)]


@pytest.mark.parametrize(
    "line",
    [
        "He told the AP that the vote would wait.",
        "Trump Meets With AP",
        "Her goal was modest. She wanted voters to sign up for text updates from the campaign.",
        "Subscribers rose by 10 percent, the company said.",
        "Follow the money, the senator said.",
        "The photo was taken by a Reuters photographer in Kabul.",
        "Open enrollment ends Dec. 15. Sign up at HealthCare.gov, officials urged, and check for updates.",
        "In 2020, subscribe buttons were everywhere here, she said.",
        "Follow-up reports on Facebook showed the post had been shared 10,000 times.",
        "Follow-up questions went to the spokesman, who can be reached at press@example.gov.",
        "The Ninth Amendment protects all rights reserved to the people, Gorsuch wrote.",
        "The agency said its data were reprinted with permission from the Census Bureau.",
    ],
)
def test_sentences_about_agencies_sign_ups_and_following_stay(line):
    found = find_debris(f"Title\nThe bill passed on Thursday after a long debate.\n{line}\nThe House votes next.")
    assert found.removed == ()


def test_a_related_box_goes_with_every_linked_headline_after_it():
    text = (
        "Title\nThe bill passed on Thursday after a long debate.\n\n\"Related:\"\n\nSenate Leaders Reject The Idea Of A Wage Hike.\n\n"
        "Rand Paul Scores Direct Hit On Donald Trump.\n\nThe House votes next week, aides said.\n"
    )
    found = find_debris(text)
    assert [r.text for r in found.removed] == ["\"Related:\"", "Senate Leaders Reject The Idea Of A Wage Hike.", "Rand Paul Scores Direct Hit On Donald Trump."]
    inline = find_debris("Title\nThe bill passed.\n(RELATED: Senate Leaders Reject The Wage Hike) The House votes next.\n")
    assert [(r.rule, r.text) for r in inline.removed] == [("related_link", "(RELATED: Senate Leaders Reject The Wage Hike)")]


@pytest.mark.parametrize("after", ["The bill was the first of three that Democrats plan to bring up this year.", "By Dana Roe and Tom Arlen"])
def test_a_related_box_keeps_a_body_line_or_a_byline_after_it(after):
    found = find_debris(f"Title\nThe bill passed on Thursday.\nRelated\n{after}\nThe House votes next.")
    assert [r.text for r in found.removed] == ["Related"]
