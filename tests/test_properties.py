"""Property-based tests of the loader and the segmenter: arbitrary text never breaks them."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from audit.load import RawArticle, UnreadableInput, build_article, decode
from audit.text import segment

# Text that looks a little like news: words, punctuation, quotes, newlines, and any unicode.
NEWSY = st.lists(
    st.one_of(
        st.sampled_from(["Mr.", "U.S.", "A.I.", "said", "“", "”", '"', "'", ". ", "? ", "! ", "…", "\n", "\n\n", "\r\n", "—", "2,000", "1.5", "Comments (0)", "Read also\n", "%2Fimg.jpg)", "nrc.nl"]),
        st.text(min_size=1, max_size=12),
    ),
    max_size=60,
).map("".join)


def check_sentences(text, paragraphs, sentences, removed=()):
    previous_end = 0
    for sentence in sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert sentence.start >= previous_end
        previous_end = sentence.end
        for cut in removed:
            assert not (sentence.start < cut.end and cut.start < sentence.end)
        paragraph = paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start and sentence.end <= paragraph.end


@given(NEWSY)
def test_segment_never_raises_and_sentences_are_ordered_spans_of_the_text(text):
    paragraphs, sentences = segment(text)
    check_sentences(text, paragraphs, sentences)


@given(st.text())
def test_segment_on_arbitrary_unicode(text):
    paragraphs, sentences = segment(text)
    check_sentences(text, paragraphs, sentences)


@given(NEWSY)
def test_build_article_either_builds_or_says_why(text):
    try:
        article = build_article(RawArticle("x.txt", "x.txt", text))
    except UnreadableInput as error:
        assert str(error)
        return
    check_sentences(article.text, article.paragraphs, article.sentences, article.removed)
    for cut in article.removed:
        assert article.text[cut.start:cut.end] == cut.text
    if article.title_span:
        assert all(s.start >= article.title_span.end or s.end <= article.title_span.start for s in article.sentences)


@given(st.binary(max_size=400))
def test_decode_never_raises_anything_but_unreadable_input(data):
    try:
        text, warnings = decode(data)
    except UnreadableInput as error:
        assert str(error)
        return
    assert isinstance(text, str) and text.strip()


@given(st.lists(st.sampled_from(["a.txt", "b.txt", "c.jsonl", "d.csv"]), min_size=1, max_size=4, unique=True), st.randoms(use_true_random=False))
def test_load_does_not_depend_on_the_order_of_inputs(tmp_path_factory, names, random):
    import json

    from audit.load import load

    folder = tmp_path_factory.mktemp("order")
    body = "Title\n\nThe company said it bought 2,000 chips. Analysts were surprised."
    for name in names:
        if name.endswith(".jsonl"):
            (folder / name).write_text(json.dumps({"text": body, "outlet": name}) + "\n", encoding="utf-8")
        elif name.endswith(".csv"):
            (folder / name).write_text(f'text,outlet\n"{body}",{name}\n', encoding="utf-8")
        else:
            (folder / name).write_text(body, encoding="utf-8")
    paths = [folder / n for n in names]
    shuffled = list(paths)
    random.shuffle(shuffled)
    first = sorted(load(paths).articles, key=lambda a: a.id)
    second = sorted(load(shuffled).articles, key=lambda a: a.id)
    assert first == second


# --- every lens on arbitrary text ------------------------------------------------
# Each lens must accept any article the loader can build, and every span it reports
# must lie inside the text, with the reported surface equal to the text there.

NEWSY_ARTICLE = st.lists(
    st.one_of(
        st.sampled_from([
            "Mr. Liang said", " he said.", "“", "”", '"', "‘", "’", "'", ". ", "? ", "\n", "\n\n",
            "according to officials, ", "claims to have", "$80 to $100 million", "more than 50%", "born in 1985",
            "China", " the U.S. ", "Beijing", "DeepSeek's", "a 40-year-old", "warned", "reportedly", "crisis",
            "GPT-4", "2,000 chips", "£1.7m", "(50 billion euros)", "Jan. 20", "—",
        ]),
        st.text(min_size=1, max_size=10),
    ),
    min_size=1,
    max_size=50,
).map(lambda parts: "Headline\n\n" + "".join(parts))


def _article_or_none(text):
    try:
        return build_article(RawArticle("x.txt", "x.txt", text, fields={"published": "2025-02-24"}))
    except UnreadableInput:
        return None


def _inside(article, start, end, surface=None):
    assert 0 <= start <= end <= len(article.text)
    if surface is not None:
        assert article.text[start:end] == surface


@given(NEWSY_ARTICLE)
def test_framing_spans_are_inside_the_text(text):
    from audit.framing import framing_of

    article = _article_or_none(text)
    if article is None:
        return
    framing = framing_of(article)
    for hit in framing.frame_cues + framing.reporting_verbs + framing.hedges + framing.boosters + framing.loaded_words + framing.intensifiers:
        _inside(article, hit.start, hit.end, hit.text)
    assert all(0.0 <= share.share <= 1.0 for share in framing.frames)


@given(NEWSY_ARTICLE)
def test_quotes_lie_inside_their_paragraphs(text):
    from audit.quotes import quotes_in

    article = _article_or_none(text)
    if article is None:
        return
    for quote in quotes_in(article):
        _inside(article, quote.span.start, quote.span.end, quote.text)
        first = article.sentence_at(quote.span.start)
        assert first is not None
        assert quote.kind in ("direct", "indirect", "mixed")
        for span in (quote.cue_span, quote.mention_span):
            if span is not None:
                _inside(article, span.start, span.end)


@given(NEWSY_ARTICLE)
def test_tone_scores_are_bounded_and_spans_inside(text):
    from audit.tone import tone_of

    article = _article_or_none(text)
    if article is None:
        return
    tone = tone_of(article)
    for sentence in tone.sentences:
        _inside(article, sentence.start, sentence.end)
        assert -1.0 <= sentence.compound <= 1.0
        for start, end in sentence.own_spans + sentence.quoted_spans:
            _inside(article, start, end)


@given(st.lists(NEWSY_ARTICLE, min_size=1, max_size=3))
def test_whole_story_audit_and_report_never_raise(texts):
    from audit import audit_story, render_report

    articles = [a for a in (_article_or_none(t) for t in texts) if a is not None]
    if not articles:
        return
    from dataclasses import replace

    articles = [replace(a, id=f"a{i}.txt", label=f"A{i}") for i, a in enumerate(articles)]
    story = audit_story(articles)
    assert len(story.audits) == len(articles)
    assert "<html" in render_report(story)
