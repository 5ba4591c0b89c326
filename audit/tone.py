"""Tone: VADER sentiment per sentence, summarised as a distribution, with quotes kept apart.

Method: VADER (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for
Sentiment Analysis of Social Media Text", ICWSM), through the ``vaderSentiment``
package, whose lexicon ships inside the package (nothing is downloaded). Each
sentence is scored on its own; the article's tone is the *distribution* of those
scores (mean, median, share of clearly negative and clearly positive sentences,
and the most negative and most positive sentences as evidence). One compound
score over a whole article is never computed: VADER's compound saturates towards
±1 on long texts.

Thresholds: a sentence is *negative* when its compound score is <= -0.05 and
*positive* when it is >= +0.05, the cut-offs recommended by VADER's authors
(vaderSentiment README, "scoring"). They are keyword arguments, not constants
buried in code.

Quoted speech is not the outlet's voice. ``tone_of`` takes the spans of quoted
speech and scores, for each sentence, the text outside those spans (the outlet's
own voice) separately from the text inside them. When no spans are given by a
quotes lens, ``quote_mark_spans`` supplies a fallback: text between double
quotation marks (“…” or "…") is quoted. Single quotation marks are not used,
because ’ is also the apostrophe; scare quotes around a word count as quoted.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from statistics import mean, median

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from .model import Article
from .stance import Stance, stance_toward  # noqa: F401  (re-exported: the tone toward one mention)
from .text import has_letter, merge_spans, split_by_spans

NEGATIVE_AT = -0.05  # VADER README: compound <= -0.05 is negative
POSITIVE_AT = 0.05  # VADER README: compound >= 0.05 is positive
# VADER's negation and idiom checks lower-case every word of the text for each word, quadratic in a text's length;
# no real sentence comes near this many words (the longest of the development sets has about 180), so only a run-on
# "sentence" of debris or a pathological input is scored in pieces of this size
MAX_SCORED_WORDS = 1_000


@lru_cache(maxsize=1)
def analyzer() -> SentimentIntensityAnalyzer:
    """The one VADER analyzer (loading its lexicon takes far longer than scoring a sentence)."""
    return SentimentIntensityAnalyzer()


def compound(text: str) -> float:
    """VADER's compound score of ``text``, in [-1, 1]; exactly ``polarity_scores(text)["compound"]``."""
    return analyzer().polarity_scores(text)["compound"]


@dataclass(frozen=True)
class SentenceTone:
    """VADER scores of one body sentence, whole and split by voice.

    ``compound``/``positive``/``negative``/``neutral`` are VADER's scores of the
    whole sentence text. ``own`` is the compound of the sentence with quoted
    spans cut out (the outlet's own voice), ``quoted`` that of the quoted parts;
    either is ``None`` when that part holds no word. ``own_spans`` and
    ``quoted_spans`` are the pieces scored, as offsets into ``Article.text``.
    """

    sentence: int
    start: int
    end: int
    compound: float
    positive: float
    negative: float
    neutral: float
    own: float | None
    quoted: float | None
    own_spans: tuple[tuple[int, int], ...]
    quoted_spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class ToneDistribution:
    """Summary of a set of sentence scores; the sentences named are evidence.

    ``most_negative``/``most_positive`` are sentence indices (into
    ``Article.sentences``), ``None`` when no sentence reaches the threshold.
    """

    sentences: int
    mean: float
    median: float
    share_negative: float
    share_positive: float
    most_negative: int | None
    most_positive: int | None


@dataclass(frozen=True)
class ArticleTone:
    """Tone of one article: every sentence, and the distributions over them.

    ``body`` summarises whole sentences, ``own_voice`` the outlet's words only
    (quotes cut out), ``quoted`` the quoted words only. ``headline`` is the
    compound score of the title; ``headline_minus_body`` compares it with the
    body's mean. ``quoted_spans`` are the (merged) spans treated as quoted
    speech and ``quotes_from`` says where they came from.
    """

    sentences: tuple[SentenceTone, ...]
    body: ToneDistribution
    own_voice: ToneDistribution
    quoted: ToneDistribution
    headline: float | None
    headline_span: tuple[int, int] | None
    headline_minus_body: float | None
    quotes_from: str
    quoted_spans: tuple[tuple[int, int], ...] = ()
    negative_at: float = NEGATIVE_AT
    positive_at: float = POSITIVE_AT


def tone_of(
    article: Article,
    quoted: Sequence[tuple[int, int]] | None = None,
    *,
    negative_at: float = NEGATIVE_AT,
    positive_at: float = POSITIVE_AT,
) -> ArticleTone:
    """Sentence-level VADER tone of ``article``, own voice and quotes apart.

    ``quoted`` are ``(start, end)`` spans of quoted speech in ``article.text``
    (from a quotes lens). ``None`` means "not given": the fallback
    ``quote_mark_spans(article)`` is used. Pass ``()`` to treat nothing as quoted.

    >>> tone = tone_of(article, quoted=[(120, 180)])  # doctest: +SKIP
    >>> tone.own_voice.share_negative                 # doctest: +SKIP
    """
    quotes_from = "quotes lens" if quoted is not None else "quote marks"
    spans = merge_spans(quote_mark_spans(article) if quoted is None else quoted)
    scorer = _Scorer()
    tones = []
    for sentence in article.sentences:
        scores = scorer.scores(sentence.text)
        inside, outside = split_by_spans(sentence.start, sentence.end, spans)
        inside = tuple(p for p in inside if has_letter(article.text, p[0], p[1]))
        outside = tuple(p for p in outside if has_letter(article.text, p[0], p[1]))
        own = scorer.compound(joined(article.text, outside)) if outside else None
        quote = scorer.compound(joined(article.text, inside)) if inside else None
        tones.append(
            SentenceTone(
                sentence=sentence.index,
                start=sentence.start,
                end=sentence.end,
                compound=scores["compound"],
                positive=scores["pos"],
                negative=scores["neg"],
                neutral=scores["neu"],
                own=own,
                quoted=quote,
                own_spans=outside,
                quoted_spans=inside,
            )
        )
    body = distribution(((t.sentence, t.compound) for t in tones), negative_at=negative_at, positive_at=positive_at)
    own_voice = distribution(
        ((t.sentence, t.own) for t in tones if t.own is not None), negative_at=negative_at, positive_at=positive_at
    )
    quoted_voice = distribution(
        ((t.sentence, t.quoted) for t in tones if t.quoted is not None), negative_at=negative_at, positive_at=positive_at
    )
    headline = headline_span = None
    if article.title_span is not None and has_letter(article.text, article.title_span.start, article.title_span.end):
        headline_span = (article.title_span.start, article.title_span.end)
        headline = scorer.compound(article.text[headline_span[0]:headline_span[1]])
    difference = round(headline - body.mean, 4) if headline is not None and body.sentences else None
    return ArticleTone(
        sentences=tuple(tones),
        body=body,
        own_voice=own_voice,
        quoted=quoted_voice,
        headline=headline,
        headline_span=headline_span,
        headline_minus_body=difference,
        quotes_from=quotes_from,
        quoted_spans=spans,
        negative_at=negative_at,
        positive_at=positive_at,
    )


def distribution(
    scores: Iterable[tuple[int, float]], *, negative_at: float = NEGATIVE_AT, positive_at: float = POSITIVE_AT
) -> ToneDistribution:
    """Mean, median, shares beyond the thresholds, and the extreme sentences of ``(index, compound)`` pairs.

    Ties for the most negative/positive sentence go to the earliest sentence.
    """
    pairs = list(scores)
    if not pairs:
        return ToneDistribution(0, 0.0, 0.0, 0.0, 0.0, None, None)
    values = [value for _, value in pairs]
    lowest = min(pairs, key=lambda pair: (pair[1], pair[0]))
    highest = min(pairs, key=lambda pair: (-pair[1], pair[0]))
    return ToneDistribution(
        sentences=len(pairs),
        mean=round(mean(values), 4),
        median=round(median(values), 4),
        share_negative=round(sum(value <= negative_at for value in values) / len(values), 4),
        share_positive=round(sum(value >= positive_at for value in values) / len(values), 4),
        most_negative=lowest[0] if lowest[1] <= negative_at else None,
        most_positive=highest[0] if highest[1] >= positive_at else None,
    )


def quote_mark_spans(article: Article) -> tuple[tuple[int, int], ...]:
    """Fallback quoted spans: the text between double quotation marks, per paragraph.

    Curly marks pair “ with the next ”; a “ left open at the end of a paragraph
    runs to the paragraph's end (the convention for quotes that continue into
    the next paragraph). Straight marks pair in order within a paragraph; an odd
    one out is ignored (it may be an inch mark). Spans exclude the marks.
    """
    blocks = [(p.start, p.end) for p in article.paragraphs]
    if article.title_span is not None:
        blocks.append((article.title_span.start, article.title_span.end))
    spans: list[tuple[int, int]] = []
    text = article.text
    for start, end in sorted(blocks):
        curly_open: int | None = None
        straight_open: int | None = None
        for position in range(start, end):
            char = text[position]
            if char == "“":
                curly_open = position + 1
            elif char == "”" and curly_open is not None:
                spans.append((curly_open, position))
                curly_open = None
            elif char == '"':
                if straight_open is None:
                    straight_open = position + 1
                else:
                    spans.append((straight_open, position))
                    straight_open = None
        if curly_open is not None:
            spans.append((curly_open, end))
    return merge_spans(spans)


def joined(text: str, pieces: Iterable[tuple[int, int]]) -> str:
    """The text of ``pieces`` joined by single spaces: what gets scored for a voice."""
    return " ".join(text[a:b].strip() for a, b in pieces).strip()


class _Scorer:
    """VADER scores with a per-call memo: the same text is scored once."""

    def __init__(self) -> None:
        self._memo: dict[str, dict[str, float]] = {}

    def scores(self, text: str) -> dict[str, float]:
        found = self._memo.get(text)
        if found is None:
            found = self._memo[text] = _scores_in_pieces(text)
        return found

    def compound(self, text: str) -> float:
        return self.scores(text)["compound"]


def _scores_in_pieces(text: str) -> dict[str, float]:
    """VADER's scores of ``text``; a text of more than ``MAX_SCORED_WORDS`` words is scored in pieces of that many
    words, each score the mean of the pieces' weighted by their words (no real sentence is that long)."""
    words = text.split()
    if len(words) <= MAX_SCORED_WORDS:
        return analyzer().polarity_scores(text)
    pieces = [words[i:i + MAX_SCORED_WORDS] for i in range(0, len(words), MAX_SCORED_WORDS)]
    scored = [(len(piece), analyzer().polarity_scores(" ".join(piece))) for piece in pieces]
    return {key: round(sum(n * found[key] for n, found in scored) / len(words), 4) for key in scored[0][1]}

