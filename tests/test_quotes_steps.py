"""The steps of the quotes lens behind ``quotes_in``, one behaviour per test: the interfaces
a shared text toolkit will have to keep (names) and those the steps pass each other."""
from __future__ import annotations

from conftest import make_article

from audit.quotes import quotes_in
from audit.quotes.clauses import content_start
from audit.quotes.cues import authored_nouns, cue_phrase_end, cues_in, speaker_end
from audit.quotes.mentions import parse_speaker
from audit.quotes.names import ArticleNames, is_name_word, speaker_name, strip_possessive
from audit.quotes.quote_marks import QuoteMarks
from audit.quotes.registry import EntityRegistry
from audit.text import calendar_words, tokens


def _speaker_names(text: str) -> list[tuple[str, str, str]]:
    return [(n.text, n.role, n.gender) for n in (speaker_name(text, m) for m in ArticleNames(text).mentions)]


def test_token_offsets_point_into_the_text():
    text = "Sen. Chris Coons, D-Del., said"
    for start, end, word in tokens(text, 0, len(text)):
        assert text[start:end] == word


def test_names_hold_inner_connectors_and_stop_at_a_possessive():
    text = "officials of the Bank of China met DeepSeek’s founder Liang Wenfeng"
    assert [n for n, _r, _g in _speaker_names(text)] == ["Bank of China", "DeepSeek", "Liang Wenfeng"]


def test_names_are_not_joined_across_and():
    assert [n for n, _r, _g in _speaker_names("Alibaba and Tencent declined to comment")] == ["Alibaba", "Tencent"]


def test_digit_led_brands_are_name_words_but_years_are_not():
    assert is_name_word("36Kr") and is_name_word("01.ai")
    assert not is_name_word("2024")


def test_titles_tags_and_origin_go_to_the_role_and_honorifics_to_the_gender():
    assert _speaker_names("Then Sen. Chris Coons (D-Del.) spoke.") == [("Chris Coons", "Sen., D-Del.", "")]
    assert _speaker_names("Then Ms. Lauten of Maine spoke.") == [("Lauten", "of Maine", "female")]
    assert _speaker_names("Then Senior Analyst Li Na spoke.") == [("Li Na", "Senior Analyst", "")]


def test_a_role_noun_opening_a_name_is_role():
    assert _speaker_names("We met Billionaire Jack Ma there.") == [("Jack Ma", "Billionaire", "")]


def test_possessive_ending_is_stripped_from_a_name():
    assert strip_possessive("DeepSeek’s") == "DeepSeek"
    assert strip_possessive("Reuters'") == "Reuters"


def test_quote_over_two_paragraphs_is_one_pair_and_nickname_is_none():
    article = make_article("Title\n\n“It is the start.\n\n“The rest will follow,” she added. Yichao “Peak” Ji was there.")
    marks = QuoteMarks(article)
    assert len(marks.pairs) == 1
    pair = marks.pairs[0]
    assert pair.reopened
    assert article.text[pair.start:pair.end].endswith("The rest will follow,")


def test_quote_marks_answer_what_is_quoted():
    article = make_article("Title\n\nShe called it “a main challenge” and left.")
    marks = QuoteMarks(article)
    pair = marks.pairs[0]
    assert marks.encloses(pair.open) and marks.encloses(pair.close)
    assert not marks.encloses(pair.close + 1)
    assert marks.within(pair.open, pair.close + 1) == [pair]
    assert marks.within(pair.open, pair.close) == []
    sentence = article.sentences[-1]
    assert [article.text[a:b] for a, b in marks.outside(sentence.start, sentence.end)] == ["She called it ", " and left."]


def test_description_before_a_name_becomes_its_role():
    text = "DeepSeek’s founder, Liang Wenfeng,"
    mention = parse_speaker(text, 0, len(text))
    assert (mention.text, mention.form, mention.role) == ("Liang Wenfeng", "name", "DeepSeek’s founder")


def test_an_adverbial_before_the_subject_is_skipped():
    text = "In a statement, the company"
    mention = parse_speaker(text, 0, len(text))
    assert (mention.text, mention.form) == ("the company", "description")


def test_a_clause_is_no_speaker():
    text = "the success should have been expected"
    assert parse_speaker(text, 0, len(text)) is None


def test_capitalised_cue_form_is_a_name_not_a_verb():
    text = "The United States said in a statement on Monday that it would act."
    cues = cues_in(text, 0, len(text))
    assert [(text[c.start:c.end], c.lemma) for c in cues] == [("said", "say")]
    end = cue_phrase_end(text, cues[0].end, len(text))
    assert text[cues[0].start:end].strip() == "said in a statement on Monday"
    assert text[content_start(text, text.index("that")):] == "it would act."


def test_registry_joins_a_short_form_to_the_full_name_with_its_role_and_gender():
    article = make_article("Title\n\nLiang Wenfeng, the founder of DeepSeek, rarely speaks. Mr. Liang said the firm would stay small.")
    registry = EntityRegistry(article, QuoteMarks(article))
    entity = registry.resolve_name("Liang", article.text.index("Mr. Liang"))
    assert entity.name == "Liang Wenfeng"
    assert (entity.gender, entity.role, entity.kind) == ("male", "founder of DeepSeek", "person")


def test_a_name_ends_at_its_party_tag_whatever_its_length():
    for speaker in ("Sen. Elizabeth Warren (D-Massachusetts)", "Sen. Elizabeth Warren (D-Mass.)", "Sen. Elizabeth Warren", "Sen. Elizabeth Warren’s"):
        mention = ArticleNames(speaker + " aide said the bill would fail.").ending_at(0, len(speaker))
        assert mention is not None and mention.text == "Elizabeth Warren", speaker


def test_every_date_of_the_lexicon_between_speaker_and_cue_is_left_out():
    # "Sen. Chris Coons on Sept. 12 said", "Coons on Tues. said": the dates come from calendar_words(),
    # so an abbreviation of name_words.csv ("Mar.", "Apr.") is one here too
    calendar = calendar_words()
    months = sorted(calendar.months | {word + "." for word in calendar.month_abbreviations})
    weekdays = sorted(calendar.weekdays | {word + "." for word in calendar.weekday_abbreviations})
    for date in [f"on {month.title()} 12, 2016" for month in months] + [f"in {month.title()}" for month in months] + [
        f"on {day.title()}" for day in weekdays
    ] + [day.title() for day in weekdays]:
        text = f"Sen. Chris Coons {date} said"
        assert speaker_end(text, 0, text.index(" said")) == len("Sen. Chris Coons"), date


def test_every_channel_noun_of_the_lexicon_between_speaker_and_cue_is_left_out():
    # "Coons in a statement said", "Coons in his op-ed wrote": the nouns of lexicons/authored_nouns.csv used as channels
    for noun in sorted(authored_nouns("channel")):
        text = f"Sen. Chris Coons in a brief {noun} said"
        assert speaker_end(text, 0, text.index(" said")) == len("Sen. Chris Coons"), noun


def test_nouns_of_authored_text_are_read_per_use():
    assert {"statement", "post"} <= authored_nouns("channel") & authored_nouns("authored") & authored_nouns("source")
    assert "tweets" in authored_nouns("authored") and "tweets" not in authored_nouns("channel")
    assert "study" in authored_nouns("source") and "study" not in authored_nouns("authored")


def test_a_text_of_the_lexicon_on_a_platform_is_spoken_by_a_user_of_it():
    # "a post on Weibo said": the nouns of lexicons/authored_nouns.csv used as sources ("an analysis on
    # Weibo said" finds no quote at all yet, since "analysis" is also a speaker noun: left out here)
    for noun in sorted(authored_nouns("source") - {"analysis"}):
        determiner = "an" if noun[0] in "aeiou" else "a"
        article = make_article(f"Title\n\nThe costs keep rising, and {determiner} {noun} on Weibo said that the costs would double by 2030.")
        assert [(q.speaker.name, q.speaker.kind) for q in quotes_in(article)] == [("a Weibo user", "anonymous")], noun
