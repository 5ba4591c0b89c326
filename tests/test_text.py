"""Sentences and paragraphs: offsets into the original text, and the hard cases of news prose."""
from __future__ import annotations

import pytest

from audit.text import at_least_words, paragraph_spans, segment, word_spans, words


def sentences_of(text: str) -> list[str]:
    _, sentences = segment(text)
    return [s.text for s in sentences]


def test_every_seed_sentence_is_its_own_offsets(seed_articles):
    for article in seed_articles:
        for sentence in article.sentences:
            assert article.text[sentence.start:sentence.end] == sentence.text


def test_seed_sentences_are_in_order_and_do_not_overlap(seed_articles):
    for article in seed_articles:
        ends = [s.end for s in article.sentences]
        starts = [s.start for s in article.sentences]
        assert all(a <= b for a, b in zip(ends, starts[1:]))


def test_honorifics_do_not_end_a_sentence():
    text = "Mr. Liang said he believed that innovation was a matter of belief. He smiled."
    assert sentences_of(text) == ["Mr. Liang said he believed that innovation was a matter of belief.", "He smiled."]


def test_the_v_of_a_court_case_does_not_end_a_sentence():
    text = "The draft cites the 1973 Roe v. Wade decision. Clinton vs. Trump was the matchup."
    assert sentences_of(text) == ["The draft cites the 1973 Roe v. Wade decision.", "Clinton vs. Trump was the matchup."]


def test_dotted_acronym_inside_a_sentence_does_not_end_it():
    text = "The U.S. government’s export restrictions forced Chinese companies to adapt. They did."
    assert len(sentences_of(text)) == 2


def test_dotted_acronym_at_the_end_of_a_sentence_ends_it_before_an_opener():
    text = "Companies like OpenAI rely on American A.I. The models are costly."
    assert sentences_of(text) == ["Companies like OpenAI rely on American A.I.", "The models are costly."]


def test_title_with_acronym_stays_whole():
    assert sentences_of("How China Is Reacting to DeepSeek Upending the A.I. Race") == [
        "How China Is Reacting to DeepSeek Upending the A.I. Race"
    ]


def test_em_dash_with_estimates_is_not_a_boundary(seeds_by_id):
    article = seeds_by_id["004_5c6d1f69e7e62f43.txt"]
    hits = [s.text for s in article.sentences if "A100 chips—estimates" in s.text]
    assert len(hits) == 1
    assert hits[0].startswith("However, DeepSeek had a head start")
    assert "10,000 to 50,000 units" in hits[0]


def test_seed_hard_cases_are_single_sentences(seeds_by_id):
    article = seeds_by_id["001_5d1de57602b2b4fe.txt"]
    texts = [s.text for s in article.sentences]
    assert "Mr. Liang said he believed that innovation was, first and foremost, a matter of belief." in texts
    assert "Much of the outpouring of attention emphasized the U.S.-China tech rivalry." in texts
    assert "Under government regulations, A.I. models that serve consumers are subject to censorship rules." in texts


def test_decimals_and_initials_do_not_split():
    text = "Investment rose to $1.2 billion, according to Gregory C. Allen of the center. It fell later."
    assert len(sentences_of(text)) == 2


def test_quote_that_ends_a_sentence_closes_it():
    text = "“We remain confident,” he said. “The trend is there.” Analysts agreed."
    assert sentences_of(text) == ["“We remain confident,” he said.", "“The trend is there.”", "Analysts agreed."]


def test_question_inside_quote_followed_by_attribution_stays_one_sentence():
    assert len(sentences_of("“Is it real?” she asked the crowd.")) == 1


def test_ellipsis_inside_a_quote_is_an_omission_not_a_boundary():
    text = "“DeepSeek shows … China is not behind the West,” he said."
    assert len(sentences_of(text)) == 1


def test_sentence_glued_to_the_next_without_space_is_split():
    text = "Many only became aware of the company recently.Mr. Liang's rise made him famous."
    assert sentences_of(text) == ["Many only became aware of the company recently.", "Mr. Liang's rise made him famous."]


def test_line_without_final_punctuation_is_a_heading():
    _, sentences = segment("The talent\n\nDeepSeek hired young graduates. They stayed.")
    assert sentences[0].text == "The talent" and sentences[0].is_heading
    assert not sentences[1].is_heading


def test_subheading_glued_to_its_paragraph_is_split_off():
    _, sentences = segment("New ideasMeanwhile, DeepSeek’s R1 model is beginning to change society.")
    assert [s.text for s in sentences] == ["New ideas", "Meanwhile, DeepSeek’s R1 model is beginning to change society."]
    assert sentences[0].is_heading


def test_camel_case_names_are_not_taken_for_glued_headings():
    _, sentences = segment("DeepSeek surprised the world last month with its R1 model.")
    assert len(sentences) == 1


def test_hard_wrapped_lines_join_into_one_paragraph():
    text = "The company said on Monday that it would\nexpand its research team in Hangzhou.\nA second paragraph follows."
    assert len(paragraph_spans(text)) == 2


def test_windows_and_old_mac_line_endings_keep_offsets():
    for newline in ("\r\n", "\r"):
        text = f"Title{newline}{newline}First sentence here. Second one.{newline}Another paragraph."
        paragraphs, sentences = segment(text)
        assert [s.text for s in sentences] == ["Title", "First sentence here.", "Second one.", "Another paragraph."]
        assert all(text[s.start:s.end] == s.text for s in sentences)


def test_removed_spans_are_outside_every_sentence():
    from audit.model import Removed

    text = "Body sentence one. Read this%2Fimg.jpg) and more text."
    cut = Removed(text.index("%2F"), text.index(") and") + 1, "image_url", "")
    _, sentences = segment(text, [cut])
    assert all(not (s.start < cut.end and cut.start < s.end) for s in sentences)


@pytest.mark.parametrize("text, expected", [("It's 2,000 chips, 3 cores", ["It's", "2,000", "chips", "3", "cores"]), ("forty-year-old", ["forty-year-old"])])
def test_words_keep_inner_punctuation(text, expected):
    assert words(text) == expected


def test_at_least_words_counts_as_word_spans_does():
    text = "Sen. Susan E. Rice's staff, 2,000 of them, said so — twice."
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 2):
            for count in (1, 2, 3, 4):
                assert at_least_words(text, start, end, count) == (len(word_spans(text, start, end)) >= count)
