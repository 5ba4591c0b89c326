"""Tone lens: VADER per sentence, distributions, own voice against quotes, headline against body."""
from __future__ import annotations

from statistics import mean

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from audit.tone import ArticleTone, quote_mark_spans, tone_of
from conftest import make_article

NRC = "000_a288e786907b7547.txt"
NYT = "001_5d1de57602b2b4fe.txt"


@pytest.fixture(scope="module")
def vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


@pytest.fixture(scope="module")
def nrc_tone(seeds_by_id) -> ArticleTone:
    return tone_of(seeds_by_id[NRC])


def test_sentence_scores_equal_vaders_own_polarity_scores(seeds_by_id, vader):
    article = seeds_by_id[NYT]
    tone = tone_of(article)
    assert len(tone.sentences) == len(article.sentences)
    for scored, sentence in zip(tone.sentences, article.sentences):
        expected = vader.polarity_scores(sentence.text)
        assert (scored.compound, scored.positive, scored.negative, scored.neutral) == (
            expected["compound"], expected["pos"], expected["neg"], expected["neu"]
        )


def test_article_tone_is_the_mean_of_sentence_scores_not_one_compound(seeds_by_id, nrc_tone, vader):
    article = seeds_by_id[NRC]
    assert nrc_tone.body.mean == round(mean(s.compound for s in nrc_tone.sentences), 4)
    whole = vader.polarity_scores(" ".join(s.text for s in article.sentences))["compound"]
    assert whole > 0.99  # one score over the whole text saturates ...
    assert nrc_tone.body.mean < 0.5  # ... the distribution does not


def test_shares_and_extremes_use_vader_thresholds():
    article = make_article(
        "Title line\n\nThe flood was a terrible disaster. The meeting is on Tuesday. The rescue was a wonderful success.\n"
    )
    tone = tone_of(article, quoted=())
    assert [round(s.compound, 2) < -0.05 for s in tone.sentences] == [True, False, False]
    assert tone.body.share_negative == pytest.approx(1 / 3, abs=1e-4)
    assert tone.body.share_positive == pytest.approx(1 / 3, abs=1e-4)
    assert tone.body.most_negative == 0 and tone.body.most_positive == 2


def test_no_extreme_sentence_is_named_when_none_crosses_a_threshold():
    tone = tone_of(make_article("Title line\n\nThe meeting is on Tuesday. It starts at noon.\n"), quoted=())
    assert tone.body.most_negative is None and tone.body.most_positive is None


def test_quoted_words_are_scored_apart_from_the_outlets_voice():
    text = "Title line\n\nThe committee met on Tuesday. “This is a horrible, disgusting failure,” the spokesman said.\n"
    article = make_article(text)
    start = text.index("This is")
    end = text.index("failure") + len("failure")
    tone = tone_of(article, quoted=[(start, end)])
    second = tone.sentences[1]
    assert second.quoted < -0.5
    assert second.own == 0.0
    assert tone.own_voice.share_negative == 0.0
    assert tone.quoted.share_negative == 1.0


def test_voice_spans_are_offsets_into_the_original_text():
    text = "Title line\n\nShe said “we failed badly” and left. Then “it was great,” he added.\n"
    article = make_article(text)
    tone = tone_of(article)
    quoted = [article.text[a:b] for s in tone.sentences for a, b in s.quoted_spans]
    assert quoted == ["we failed badly", "it was great,"]
    own = [article.text[a:b] for a, b in tone.sentences[0].own_spans]
    assert own == ["She said “", "” and left."]


def test_fallback_quote_marks_pair_curly_and_straight_marks_per_paragraph():
    text = 'Title line\n\nHe said "first" and “second”.\n\nAn open “quote runs on\n\nA lone " mark is ignored.\n'
    article = make_article(text)
    spans = [text[a:b] for a, b in quote_mark_spans(article)]
    assert spans == ["first", "second", "quote runs on"]


def test_passing_no_spans_treats_nothing_as_quoted():
    article = make_article("Title line\n\n“This is a horrible failure,” she said.\n")
    tone = tone_of(article, quoted=())
    assert tone.quoted.sentences == 0 and tone.quotes_from == "quotes lens"
    assert tone.sentences[0].own == tone.sentences[0].compound


def test_headline_is_scored_alone_and_compared_with_the_body(seeds_by_id, nrc_tone, vader):
    article = seeds_by_id[NRC]
    assert nrc_tone.headline == vader.polarity_scores(article.title)["compound"]
    assert nrc_tone.headline_minus_body == round(nrc_tone.headline - nrc_tone.body.mean, 4)
    assert all(not (s.start < article.title_span.end and article.title_span.start < s.end) for s in nrc_tone.sentences)


def test_same_input_gives_identical_result(seeds_by_id):
    article = seeds_by_id[NYT]
    assert tone_of(article) == tone_of(article)


def test_quote_mark_fallback_covers_every_gold_direct_quote(seeds_by_id, gold_quotes):
    """Gold matching rule (tests/gold/README.md): a gold quote is found when spans cover half of it."""
    covered = total = 0
    previous: dict[str, int] = {}
    for gold in gold_quotes:
        article = seeds_by_id[gold["article"]]
        start = article.text.find(gold["quote"], previous.get(gold["article"], 0))
        previous[gold["article"]] = max(start, 0)
        if gold["kind"] != "direct" or start < 0:
            continue
        end = start + len(gold["quote"])
        total += 1
        overlap = sum(max(0, min(end, b) - max(start, a)) for a, b in quote_mark_spans(article))
        covered += overlap >= (end - start) / 2
    assert total == 45 and covered == total


def test_headline_score_links_to_the_title_line_in_the_article_text(seed_articles):
    from audit import audit_story
    from audit.sections import tone as tone_section

    story = audit_story(seed_articles[:2])
    row = tone_section.context(story)["outlets"][0]
    mark = [m for m in tone_section.marks(story, 0) if m.kind == "tone-headline"]
    assert row["headline_anchor"] == "art0-headline" == mark[0].anchor
    title = story.articles[0].title_span
    assert (mark[0].start, mark[0].end) == (title.start, title.end)


def test_a_run_on_sentence_longer_than_any_real_one_is_scored_in_pieces_and_a_real_one_whole(monkeypatch):
    # VADER is quadratic in a text's words; a "sentence" of thousands of words (debris, a pathological input) is
    # scored in pieces of MAX_SCORED_WORDS, so no call reads more (counted, never timed)
    from audit import tone as tone_module

    lengths: list[int] = []
    real = tone_module.analyzer().polarity_scores

    class Spy:
        def polarity_scores(self, text):
            lengths.append(len(text.split()))
            return real(text)

    monkeypatch.setattr(tone_module, "analyzer", lambda: Spy())
    words = ("the council met and the good plan failed badly " * 300).split()
    article = make_article("Title\n\n" + " ".join(words) + ".\n")
    found = tone_module.tone_of(article, quoted=())
    assert max(lengths) <= tone_module.MAX_SCORED_WORDS and len(words) > 2 * tone_module.MAX_SCORED_WORDS
    assert -1 <= found.sentences[0].compound <= 1
    # control: a sentence of real length is scored whole, exactly as VADER scores it
    lengths.clear()
    sentence = " ".join(words[:180]) + "."
    found = tone_module.tone_of(make_article("Title\n\n" + sentence + "\n"), quoted=())
    assert found.sentences[0].compound == real(sentence)["compound"] and max(lengths) == 180
