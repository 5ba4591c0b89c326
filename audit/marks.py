"""Highlights over an article's text, the anchors evidence links jump to, and the text cut into marked pieces.

This module owns every element id that links a score to its evidence, so that the
section linking to a sentence, a quote or a figure and the article text carrying
the highlight spell it the same way:

- article ``art{i}``, its sentence ``art{i}-s{j}``, its title line ``art{i}-headline``;
- a quote ``art{i}-q{k}`` (k-th quote of the quotes lens), a figure ``art{i}-fig{start}``;
- a lexicon hit ``art{i}-{code}{n}`` (n-th hit of a framing list: ``fc`` frame cue,
  ``lv`` loaded verb, ``hg`` hedge, ``bo`` booster, ``lw`` loaded word, ``in`` intensifier);
- a tone extreme ``art{i}-tone-neg`` / ``art{i}-tone-pos``;
- a copied passage ``copy{n}`` and its two sides ``copy{n}-a`` / ``copy{n}-b``;
- a figure fact of the Numbers section ``fig-fact-{n}``.

Article, sentence, quote and passage numbers count from 0 as the story holds them,
facts and passages as their section numbers them (from 1).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .model import Article


@dataclass(frozen=True)
class Mark:
    """A highlighted span of an article's text in the report.

    ``kind`` becomes a CSS class (``debris``, ``figure``, ``quote``...), ``note`` the
    hover/focus text, ``anchor`` the id that scores link to, and ``tag`` a few words
    shown after the span for every reader, without hovering (a quote's speaker).
    """

    start: int
    end: int
    kind: str
    note: str = ""
    anchor: str = ""
    tag: str = ""


def article_anchor(article_index: int) -> str:
    return f"art{article_index}"


def sentence_anchor(article_index: int, sentence_index: int) -> str:
    return f"{article_anchor(article_index)}-s{sentence_index}"


def headline_anchor(article_index: int) -> str:
    return f"{article_anchor(article_index)}-headline"


def quote_anchor(article_index: int, quote_index: int) -> str:
    return f"{article_anchor(article_index)}-q{quote_index}"


def figure_anchor(article_index: int, start: int) -> str:
    """A figure's highlight, named by the figure's first character in the article."""
    return f"{article_anchor(article_index)}-fig{start}"


def hit_anchor(article_index: int, code: str, n: int) -> str:
    """The ``n``-th hit of the framing list ``code`` (``fc``, ``lv``, ``hg``, ``bo``, ``lw``, ``in``)."""
    return f"{article_anchor(article_index)}-{code}{n}"


def tone_anchor(article_index: int, kind: str) -> str:
    """The article's most negative (``tone-neg``) or most positive (``tone-pos``) sentence."""
    return f"{article_anchor(article_index)}-{kind}"


def passage_anchor(number: int, side: str = "") -> str:
    """Copied passage ``number`` (``copy3``), or one side of it (``copy3-a``, ``copy3-b``)."""
    return f"copy{number}-{side}" if side else f"copy{number}"


def fact_anchor(number: int) -> str:
    """Fact ``number`` of the Numbers section (facts numbered from 1 in story order)."""
    return f"fig-fact-{number}"


CLOSING_QUOTES = "”’»\"'"


def _after_closing_quotes(text: str, end: int) -> int:
    """``end`` moved past the closing quotation marks right after it, so that a quote's speaker is
    written after the quotation, not inside it (“…,” — Name), unless a letter follows (an apostrophe)."""
    moved = end
    while moved < len(text) and text[moved] in CLOSING_QUOTES:
        moved += 1
    return end if moved < len(text) and text[moved].isalpha() else moved


def debris_marks(article: Article) -> list[Mark]:
    """The spans the loader removed as web debris, each with the rule that removed it."""
    return [Mark(r.start, r.end, "debris", f"removed: {r.rule}") for r in article.removed]


class MarkedText:
    """An article's text cut at every mark and sentence boundary, into pieces for the templates."""

    def __init__(self, article: Article, article_index: int, marks: Iterable[Mark]) -> None:
        self.article = article
        self.article_index = article_index
        self.marks = sorted(marks, key=lambda m: (m.start, -m.end, m.kind))
        self.sentence_by_start = {s.start: s for s in article.sentences}
        # (mark end, where its tag goes, tag) of every mark with a tag, in mark order
        self.tags = [(m.end, _after_closing_quotes(article.text, m.end), m.tag) for m in self.marks if m.tag]
        cuts = {0, len(article.text), *(tag_end for _, tag_end, _ in self.tags)}
        for mark in self.marks:
            cuts.update((mark.start, mark.end))
        for sentence in article.sentences:
            cuts.update((sentence.start, sentence.end))
        self.cuts = sorted(cuts)
        # what ``pieces`` looks up by bisection (else each piece read every mark and tag: quadratic in a long article)
        self._mark_starts = [m.start for m in self.marks]
        self._tags_by_end = sorted((mark_end, order, tag_end, tag) for order, (mark_end, tag_end, tag) in enumerate(self.tags))
        self._tag_ends = [mark_end for mark_end, _, _, _ in self._tags_by_end]

    def pieces(self, start: int, end: int, *, sentence_anchors: bool = True) -> list[dict[str, Any]]:
        """The pieces of ``text[start:end]``, each with the marks over it and the anchors starting there."""
        text = self.article.text
        bounds = [start, *self.cuts[bisect_right(self.cuts, start):bisect_left(self.cuts, end)], end]
        tags = self._tags_ending(start, end)
        # the marks over a piece [a, b) are those starting at or before a and ending at or after b: swept in
        # mark order, a mark is taken when the sweep reaches its start and dropped once a piece ends past it
        upcoming = bisect_right(self._mark_starts, start)
        active = [m for m in self.marks[:upcoming] if m.end > start]
        pieces = []
        for a, b in zip(bounds, bounds[1:]):
            if a == b:
                continue
            while upcoming < len(self.marks) and self.marks[upcoming].start <= a:
                active.append(self.marks[upcoming])
                upcoming += 1
            active = [m for m in active if b <= m.end]
            sentence = self.sentence_by_start.get(a) if sentence_anchors else None
            pieces.append(
                {
                    "text": text[a:b],
                    "classes": " ".join(sorted({f"m-{m.kind}" for m in active})),
                    "note": " · ".join(dict.fromkeys(m.note for m in active if m.note)),
                    "anchors": [m.anchor for m in active if m.anchor and m.start == a],
                    "tags": [tag for _, tag in sorted(tags.get(b, []))],
                    "sentence_anchor": sentence_anchor(self.article_index, sentence.index) if sentence else "",
                    "struck": any(m.kind == "debris" for m in active),
                }
            )
        return pieces

    def _tags_ending(self, start: int, end: int) -> dict[int, list[tuple[int, str]]]:
        """The tags shown in the run ``text[start:end]``, by the end of the piece they follow, each with its
        mark's order: those of the marks ending in this run, placed past the closing quotes but not past the run."""
        found: dict[int, list[tuple[int, str]]] = {}
        for _, order, tag_end, tag in self._tags_by_end[bisect_right(self._tag_ends, start):bisect_right(self._tag_ends, end)]:
            found.setdefault(min(tag_end, end), []).append((order, tag))
        return found

    def paragraphs(self) -> list[dict[str, Any]]:
        """The article as paragraphs of pieces, each piece a run of text with the marks over it.

        Marks may nest or overlap: the text is cut at every mark boundary and each
        piece lists the marks active on it. Sentences become anchors so that any
        score can link to its evidence. Text outside every paragraph (blank lines)
        is dropped; removed debris stays, struck through.
        """
        article = self.article
        blocks: list[tuple[int, int]] = []
        if article.title_span:
            blocks.append((article.title_span.start, article.title_span.end))
        blocks.extend((p.start, p.end) for p in article.paragraphs)
        for removed in article.removed:
            if not any(a <= removed.start < b for a, b in blocks):
                blocks.append((removed.start, removed.end))
        blocks.sort()
        paragraphs = []
        for block_start, block_end in blocks:
            is_title = article.title_span is not None and block_start == article.title_span.start
            paragraphs.append({"pieces": self.pieces(block_start, block_end), "is_title": is_title})
        return paragraphs
