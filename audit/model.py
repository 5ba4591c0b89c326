"""The shared, immutable data types: articles and the spans of text inside them.

Every offset in the package is a half-open ``(start, end)`` character range into
``Article.text``, the text exactly as it was read from the input. Nothing is ever
rewritten: web debris is a list of excluded spans, not a cleaned copy.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` into an article's original text."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Removed:
    """A span the loader excluded from scoring, and the debris rule that excluded it."""

    start: int
    end: int
    rule: str
    text: str


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article body; ``text == article.text[start:end]``."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    is_heading: bool = False


@dataclass(frozen=True)
class InputProblem:
    """An input that could not be read, or was read only in part, and why."""

    source: str
    reason: str
    line: int | None = None

    def message(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Article:
    """One news article as read from its input, with its body segmented.

    ``id`` is the file name for file inputs and ``file:line`` (JSONL) or
    ``file:row`` (CSV) for corpus rows: it is what reports and tables cite.
    ``sentences`` cover the scored body only: the title line and removed debris
    are outside every sentence.
    """

    id: str
    text: str
    title: str
    outlet: str
    label: str
    source: str
    title_span: Span | None = None
    url: str = ""
    published: str = ""
    story: str = ""
    story_date: str = ""
    date_source: str = ""
    removed: tuple[Removed, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    word_count: int = 0
    warnings: tuple[str, ...] = field(default=())

    @property
    def reference_date(self) -> _dt.date | None:
        """The date relative expressions and exchange rates are resolved against.

        The article's own publication date when known, else the story-level date
        from the manifest or ``--date``; never the clock.
        """
        for value in (self.published, self.story_date):
            if value:
                try:
                    return _dt.date.fromisoformat(value[:10])
                except ValueError:
                    continue
        return None

    def span_text(self, span: Span | tuple[int, int]) -> str:
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        return self.text[start:end]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character ``offset``, if any (binary search)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            sentence = self.sentences[mid]
            if offset < sentence.start:
                hi = mid
            elif offset >= sentence.end:
                lo = mid + 1
            else:
                return sentence
        return None


@dataclass(frozen=True)
class LoadResult:
    """What ``load`` read: the articles, and every input it could not read."""

    articles: tuple[Article, ...]
    problems: tuple[InputProblem, ...] = ()
