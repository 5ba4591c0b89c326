"""The lens's entry point: ``figures_in(article)``, every figure of the scored body in text order.

Most sentences hold no figure; a quick test (a digit, or one of a few number, date
and scale words) decides which are parsed at all (``SentenceParser``).
"""
from __future__ import annotations

from ..model import Article
from ..text import calendar_words
from .figure import Figure, figure_of
from .parser import SentenceParser
from .records import record_spans
from .subjects import sentence_breaks
from .tokens import DIGIT_RE
from .vocabulary import ORDINALS, SCALE_WORDS, number_words


def figures_in(article: Article) -> tuple[Figure, ...]:
    """Every figure in the article's scored body, in text order.

    >>> from audit.load import RawArticle, build_article
    >>> a = build_article(RawArticle("a.txt", "a.txt", "T\\n\\nThe firm has fewer than 140 people.", fields={"published": "2025-02-24"}))
    >>> [(f.surface, f.kind, f.high, f.unit, f.qualifier) for f in figures_in(a)]
    [('fewer than 140 people', 'count', 140.0, 'people', 'fewer_than')]
    """
    reference = article.reference_date
    figures: list[Figure] = []
    parser: SentenceParser | None = None
    for sentence in article.sentences:
        if not DIGIT_RE.search(sentence.text) and not may_hold_words(sentence.text):
            continue  # most sentences hold no figure: skip tokenising them
        parser = SentenceParser(sentence, reference) if parser is None else parser.read(sentence)
        quantities = parser.figures()
        breaks = sentence_breaks(sentence) if quantities else ()
        previous: Figure | None = None
        for q in quantities:
            figure = figure_of(q, article, sentence, parser.tokens, previous, breaks)
            if figure is not None:
                figures.append(figure)
                previous = figure
    figures.sort(key=lambda f: (f.span.start, f.span.end))
    return record_spans(article, figures)


# The number words of figure_number_words.csv, and as news capitalises them opening a sentence. The
# capitals of the teens, "dozen" and "scores" stay out, as in the list typed before this one was derived:
# adding them is a change of behaviour of its own (the lens would then read "Fifteen percent cited ..." and
# "Nineteen states ...", which it skips today; "Rand Paul Scores Direct Hit" is a headline verb).
_NUMBER_WORDS = frozenset(number_words())
_NOT_CAPITALISED = frozenset("thirteen fourteen fifteen sixteen seventeen eighteen nineteen dozen scores".split())
_HINT_WORDS = (
    _NUMBER_WORDS
    | SCALE_WORDS
    | frozenset(ORDINALS)
    | frozenset("one half decade decades century yesterday today ago week month year quarter q1 q2 q3 q4 Q1 Q2 Q3 Q4".split())
    | frozenset(word.title() for word in (_NUMBER_WORDS - _NOT_CAPITALISED) | {"one", "half", "yesterday", "today"})
    | frozenset(word.title() for word in calendar_words().months | calendar_words().month_abbreviations | calendar_words().weekdays)  # as news capitalises them
)


def _with_punctuation(words: frozenset[str]) -> frozenset[str]:
    """The hint words as ``str.split`` leaves them next to punctuation ("January,", "(Two")."""
    return frozenset(f"{lead}{word}{trail}" for word in words for lead in ("", "(", "“", '"', "‘", "'") for trail in ("", ",", ".", ";", ":", ")", "?", "!", "”", '"', "’", "'", "’s", "'s"))


_HINT_TOKENS = _with_punctuation(_HINT_WORDS)


def may_hold_words(text: str) -> bool:
    """Whether a sentence without digits may still hold a figure in words or a date (a quick set test)."""
    return not _HINT_TOKENS.isdisjoint(text.replace("-", " ").split())
