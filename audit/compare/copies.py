"""Copied passages: runs of near-identical text shared by two articles.

Republished wire copy and an aggregator's copy of another outlet are not
independent reports: when two articles agree because one copies the other (or
both copy a third), their agreement is one source, not two. This module finds
such passages and says which pairs of articles are derived from each other, so
that figures and the coverage matrix can count a group of copies once
(``copy_groups``).

Method: candidate passages are found with winnowed word shingles
(Schleimer, Wilkerson & Aiken, "Winnowing: local algorithms for document
fingerprinting", SIGMOD 2003, the method behind MOSS): every run of
``SHINGLE`` normalised words is hashed (CRC-32, stable across runs) and each
window of ``WINDOW`` hashes keeps its smallest, so any shared run of at least
``SHINGLE + WINDOW - 1`` words is guaranteed to leave a shared fingerprint.
Shared fingerprints on one diagonal give a window in each article, compared with
``difflib.SequenceMatcher`` matching blocks; a passage is near-identical when its
matched words cover at least ``NEAR`` of its longer side.

Identical quotations are expected in independent reports of the same press
conference, so words inside quotation marks do not count towards calling a
pair of articles derived. Limits: a copy rewritten word by word (a paraphrase or
a translation) is not found; a shared boilerplate paragraph (an agency's
standard description of a company) is found and counts as copying.
"""
from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..model import Article, Span
from .tokens import words_with_spans

SHINGLE = 6
"""Words per shingle."""
WINDOW = 4
"""Winnowing window: shared runs of SHINGLE + WINDOW - 1 = 9 words or more are always found."""
MIN_WORDS = 12
"""A copied passage has at least this many matched words."""
NEAR = 0.8
"""Matched words over the words of the longer side, for a passage to count as a copy."""
MIN_BLOCK = 3
"""Matching blocks shorter than this ("of the") are chance, not copying."""
MAX_GAP = 8
"""Unmatched words allowed between two blocks of one passage (a light edit)."""
DERIVED_MIN_WORDS = 40
"""Copied words outside quotation marks for a pair of articles to count as derived."""
_MAX_POSITIONS = 4  # a fingerprint repeated inside one article: keep a few positions, not all

_QUOTED_RE = re.compile(r"“[^”\n]{1,1200}”|\"[^\"\n]{1,1200}\"")


@dataclass(frozen=True)
class CopiedPassage:
    """A run of near-identical text in articles ``a`` and ``b`` (indices, ``a < b``).

    ``a_span``/``b_span`` are offsets into each article's text; ``blocks`` pair
    the exactly matching runs inside them.
    """

    a: int
    b: int
    a_span: Span
    b_span: Span
    words: int
    quoted_words: int
    similarity: float
    blocks: tuple[tuple[Span, Span], ...]


@dataclass(frozen=True)
class PairCopying:
    """How much text two articles share verbatim, and whether one is derived from the other."""

    a: int
    b: int
    copied_words: int
    unquoted_words: int
    share: float
    derived: bool


@dataclass(frozen=True)
class Copies:
    """All copied passages of a story (longest first) and the pairs of articles they connect."""

    passages: tuple[CopiedPassage, ...]
    pairs: tuple[PairCopying, ...]

    def derived_pairs(self) -> tuple[tuple[int, int], ...]:
        """Pairs ``(a, b)``, ``a < b``, where one article copies the other (or both a third)."""
        return tuple((p.a, p.b) for p in self.pairs if p.derived)

    def pair(self, a: int, b: int) -> PairCopying | None:
        a, b = min(a, b), max(a, b)
        return next((p for p in self.pairs if (p.a, p.b) == (a, b)), None)

    def between(self, a: int, b: int) -> tuple[CopiedPassage, ...]:
        a, b = min(a, b), max(a, b)
        return tuple(p for p in self.passages if (p.a, p.b) == (a, b))


@dataclass(frozen=True)
class _Tokens:
    forms: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    quoted: tuple[bool, ...]


def copied_passages(articles: Sequence[Article]) -> Copies:
    """Near-identical passages between every pair of ``articles`` (see the module docstring)."""
    tokens = [_body_tokens(article) for article in articles]
    # orient each pair canonically so that the result does not depend on input order
    rank = {index: position for position, index in enumerate(sorted(range(len(articles)), key=lambda i: (articles[i].id, articles[i].outlet, articles[i].text, i)))}
    postings: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for index, token in enumerate(tokens):
        for fingerprint, position in _winnow(token.forms):
            postings[fingerprint].append((index, position))
    seeds: dict[tuple[int, int], set[tuple[int, int]]] = defaultdict(set)
    for fingerprint in sorted(postings):
        by_article: dict[int, list[int]] = defaultdict(list)
        for index, position in postings[fingerprint]:
            if len(by_article[index]) < _MAX_POSITIONS:
                by_article[index].append(position)
        if len(by_article) < 2:
            continue
        present = sorted(by_article, key=rank.__getitem__)
        for i, first in enumerate(present):
            for second in present[i + 1 :]:
                bucket = seeds[(first, second)]
                for p in by_article[first]:
                    for q in by_article[second]:
                        bucket.add((p, q))
    passages: list[CopiedPassage] = []
    for (first, second), pair_seeds in seeds.items():
        passages.extend(_passages(first, second, tokens[first], tokens[second], sorted(pair_seeds)))
    # longest first: the report shows the first few side by side
    passages.sort(key=lambda p: (-p.words, p.a, p.b, p.a_span.start, p.b_span.start))
    return Copies(passages=tuple(passages), pairs=_pairs(passages, tokens))


def copy_groups(n: int, derived: Collection[tuple[int, int]]) -> list[int]:
    """Groups of articles connected by copying: ``groups[i]`` is the smallest index in i's group.

    Agreement inside one group is one source. Example: with articles 0 and 2
    derived from each other, ``copy_groups(3, [(0, 2)]) == [0, 1, 0]``.
    """
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in sorted(derived):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [root(i) for i in range(n)]


def _body_tokens(article: Article) -> _Tokens:
    """Normalised words of the scored body (title and removed debris excluded), with offsets."""
    quoted_regions = [m.span() for m in _QUOTED_RE.finditer(article.text)]
    forms, spans, quoted = [], [], []
    region = 0
    for sentence in article.sentences:
        for form, start, end in words_with_spans(article.text, sentence.start, sentence.end):
            while region < len(quoted_regions) and quoted_regions[region][1] <= start:
                region += 1
            forms.append(form)
            spans.append((start, end))
            quoted.append(region < len(quoted_regions) and quoted_regions[region][0] <= start)
    return _Tokens(tuple(forms), tuple(spans), tuple(quoted))


def _winnow(forms: Sequence[str]) -> list[tuple[int, int]]:
    """Winnowing fingerprints ``(hash, position)``: the rightmost minimum of each window."""
    hashes = [zlib.crc32("\x1f".join(forms[i : i + SHINGLE]).encode("utf-8")) for i in range(len(forms) - SHINGLE + 1)]
    if len(hashes) <= WINDOW:
        return [(min(hashes), hashes.index(min(hashes)))] if hashes else []
    chosen: dict[int, int] = {}
    for start in range(len(hashes) - WINDOW + 1):
        window = hashes[start : start + WINDOW]
        smallest = min(window)
        position = start + WINDOW - 1 - window[::-1].index(smallest)
        chosen[position] = smallest
    return sorted((h, p) for p, h in chosen.items())


def _passages(first: int, second: int, ta: _Tokens, tb: _Tokens, seeds: Sequence[tuple[int, int]]) -> list[CopiedPassage]:
    """Group seed positions into diagonal runs, then measure each run with difflib."""
    runs: list[list[tuple[int, int]]] = []
    for p, q in seeds:
        if runs and p - runs[-1][-1][0] <= 4 * SHINGLE and abs((q - p) - (runs[-1][-1][1] - runs[-1][-1][0])) <= 2 * SHINGLE:
            runs[-1].append((p, q))
        else:
            runs.append([(p, q)])
    found: list[CopiedPassage] = []
    for run in runs:
        pad = SHINGLE + WINDOW
        a0, a1 = max(0, min(p for p, _ in run) - pad), min(len(ta.forms), max(p for p, _ in run) + SHINGLE + pad)
        b0, b1 = max(0, min(q for _, q in run) - pad), min(len(tb.forms), max(q for _, q in run) + SHINGLE + pad)
        matcher = SequenceMatcher(None, ta.forms[a0:a1], tb.forms[b0:b1], autojunk=False)
        blocks = [(a0 + i, b0 + j, size) for i, j, size in matcher.get_matching_blocks() if size >= MIN_BLOCK]
        for group in _split_blocks(blocks):
            passage = _passage(first, second, ta, tb, group)
            if passage is not None:
                found.append(passage)
    # neighbouring runs can find the same passage twice: keep the longest of overlapping ones
    kept: list[CopiedPassage] = []
    for passage in sorted(found, key=lambda p: (-p.words, p.a_span.start, p.b_span.start)):
        if not any(passage.a_span.overlaps(k.a_span) or passage.b_span.overlaps(k.b_span) for k in kept):
            kept.append(passage)
    return kept


def _split_blocks(blocks: Sequence[tuple[int, int, int]]) -> list[list[tuple[int, int, int]]]:
    groups: list[list[tuple[int, int, int]]] = []
    for block in blocks:
        if groups:
            i, j, size = groups[-1][-1]
            if block[0] - (i + size) <= MAX_GAP and block[1] - (j + size) <= MAX_GAP:
                groups[-1].append(block)
                continue
        groups.append([block])
    return groups


def _passage(first: int, second: int, ta: _Tokens, tb: _Tokens, group: Sequence[tuple[int, int, int]]) -> CopiedPassage | None:
    matched = sum(size for _, _, size in group)
    a_first, a_last = group[0][0], group[-1][0] + group[-1][2] - 1
    b_first, b_last = group[0][1], group[-1][1] + group[-1][2] - 1
    longer = max(a_last - a_first + 1, b_last - b_first + 1)
    if matched < MIN_WORDS or matched / longer < NEAR:
        return None
    # quoted on both sides: an identical quotation, not evidence of copying
    quoted = sum(1 for i, j, size in group for k in range(size) if ta.quoted[i + k] and tb.quoted[j + k])
    pairs = tuple(
        (Span(ta.spans[i][0], ta.spans[i + size - 1][1]), Span(tb.spans[j][0], tb.spans[j + size - 1][1])) for i, j, size in group
    )
    a_span = Span(ta.spans[a_first][0], ta.spans[a_last][1])
    b_span = Span(tb.spans[b_first][0], tb.spans[b_last][1])
    if first > second:  # report with the lower input index first
        first, second = second, first
        a_span, b_span = b_span, a_span
        pairs = tuple((y, x) for x, y in pairs)
    return CopiedPassage(
        a=first, b=second, a_span=a_span, b_span=b_span, words=matched, quoted_words=quoted,
        similarity=round(matched / longer, 4), blocks=pairs,
    )


def _pairs(passages: Sequence[CopiedPassage], tokens: Sequence[_Tokens]) -> tuple[PairCopying, ...]:
    totals: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0])
    for passage in passages:
        total = totals[(passage.a, passage.b)]
        total[0] += passage.words
        total[1] += passage.words - passage.quoted_words
    result = []
    for (a, b), (copied, unquoted) in sorted(totals.items()):
        shorter = min(len(tokens[a].forms), len(tokens[b].forms)) or 1
        result.append(
            PairCopying(a=a, b=b, copied_words=copied, unquoted_words=unquoted, share=round(min(1.0, copied / shorter), 4), derived=unquoted >= DERIVED_MIN_WORDS)
        )
    return tuple(result)
