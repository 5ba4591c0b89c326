"""Paragraphs and sentences, with offsets into the original text.

A small rule-based segmenter in the spirit of Punkt (Kiss & Strunk 2006) without
its statistics: a full stop ends a sentence unless the token before it is a
known abbreviation, an initial or a dotted acronym followed by a word that does
not usually start a sentence. We wrote our own rather than use pysbd because
pysbd rewrites the text (offsets must point into the original) and is an order
of magnitude slower; ``benchmarks/bench_load.py`` measures ours.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..lexicons import word_set
from ..model import Paragraph, Removed, Sentence
from .spans import subtract_spans
from .tokens import words

# A candidate boundary: terminal punctuation, then closing quotes or brackets,
# then either white space or (for "recently.Mr. Liang") directly a capitalised word.
_BOUNDARY_RE = re.compile(r"(?:[.!?…]+|\.\.\.)[\"”’'\)\]]*(?=\s|$|[A-Z\"“‘(][a-z]?)")
_TOKEN_BEFORE_RE = re.compile(r"([\w.’'\-]+)$")
_NEXT_WORD_RE = re.compile(r"\s*[\"“‘'(\[]*([\w’'\-]+)")
_TERMINAL = frozenset(".!?…")
# A subheading glued to its paragraph by a scraper: "New ideasMeanwhile, DeepSeek's R1 ..."
_GLUED_HEADING_RE = re.compile(r"[A-Z][\w’'\-]*(?: [\w’'\-]+){0,7} [a-z]{3,}(?=[A-Z][a-z])")
_CLOSERS = frozenset("\"”’')]")


def abbreviations() -> frozenset[str]:
    """Abbreviations never ending a sentence (``Mr``, ``Dr``, ``Gen``...), lower case, no final dot."""
    return word_set("abbreviations.txt")


def sentence_starters() -> frozenset[str]:
    """Words that usually open a sentence, used after ambiguous dots (``U.S. The ...``)."""
    return word_set("sentence_starters.txt")


def word_before(text: str, position: int) -> str:
    """The token written right before ``position`` as the splitter reads it: letters, digits, dots,
    apostrophes and hyphens ("Mr", "U.S", "e.g", "vs"); "" when white space or a mark comes first."""
    match = _TOKEN_BEFORE_RE.search(text, max(0, position - 60), position)
    return match.group(1) if match else ""


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` (as ``word_before`` reads it; final dots are dropped) is an abbreviation whose
    dot ends no sentence ("Mr", "Gen", "vs", "e.g"): the splitter's rule, shared by the name finder."""
    return word.lower().rstrip(".") in abbreviations()


_AMBIGUOUS = frozenset({"inc", "ltd", "co", "corp", "jr", "sr", "etc", "plc", "llc", "bros", "no"})


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into paragraphs: blank lines separate them, and so does a line
    break after a line that ends a sentence or looks like a heading. A line broken
    mid-sentence (hard-wrapped text) is joined to the next one."""
    spans: list[tuple[int, int]] = []
    current_start: int | None = None
    current_end = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        line_start = pos
        pos += len(line)
        stripped = body.strip()
        if not stripped:
            if current_start is not None:
                spans.append((current_start, current_end))
                current_start = None
            continue
        lead = len(body) - len(body.lstrip())
        trail = len(body.rstrip())
        if current_start is not None and _continues(text[current_start:current_end], stripped):
            current_end = line_start + trail
            continue
        if current_start is not None:
            spans.append((current_start, current_end))
        current_start, current_end = line_start + lead, line_start + trail
    if current_start is not None:
        spans.append((current_start, current_end))
    return spans


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped line: the previous one stops mid-sentence and this one goes on in lower case."""
    last = previous.rstrip()[-1:]
    return bool(last) and last not in _TERMINAL and last not in _CLOSERS and last != ":" and line[:1].islower() and len(previous) > 25


def _is_boundary(text: str, start: int, stop: int, after: int) -> bool:
    """Whether the terminal punctuation at ``text[start:stop]`` ends a sentence;
    ``after`` is where the next sentence would start."""
    punct = text[start:stop]
    if after >= len(text):
        return True
    next_char = text[after]
    if "!" in punct or "?" in punct:
        # "“Is it real?” she asked" goes on in lower case
        return not next_char.islower()
    if "…" in punct or punct.startswith(".."):
        # an ellipsis inside a quote marks an omission ("DeepSeek shows … China is"),
        # so it ends a sentence only together with a closing quote
        return any(c in _CLOSERS for c in punct)
    if not (next_char.isupper() or next_char.isdigit() or next_char in "\"“‘'([" or not next_char.isalnum()):
        return False
    token = word_before(text, start)
    bare = token.lower().rstrip(".")
    has_closing_quote = any(c in _CLOSERS for c in punct)
    glued = after == stop  # no white space: "recently.Mr."
    if glued:
        # only a lower-case word of 3+ letters glued to a capitalised word: "recently.Mr"
        return len(token) >= 3 and token.isalpha() and token.islower() and next_char.isupper()
    if has_closing_quote:
        return True
    if is_abbreviation(token):
        return False
    if len(bare) == 1 and bare.isalpha() and token[:1].isupper():
        return False  # an initial: "Gregory C. Allen"
    next_word_match = _NEXT_WORD_RE.match(text, after)
    next_word = next_word_match.group(1).lower() if next_word_match else ""
    if "." in bare or bare in _AMBIGUOUS:
        # "U.S.", "A.I.", "Inc.": a sentence ends only if a typical opener follows
        return next_word in sentence_starters()
    return True


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as offsets into ``text``, trimmed of white space."""
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for match in _BOUNDARY_RE.finditer(text, start, end):
        p_start, p_stop = match.span()
        after = p_stop
        while after < end and text[after].isspace():
            after += 1
        if after >= end:
            continue
        if p_start == sentence_start:
            continue
        if _is_boundary(text, p_start, p_stop, after):
            spans.append((sentence_start, p_stop))
            sentence_start = after
    spans.append((sentence_start, end))
    return [_trim(text, a, b) for a, b in spans if text[a:b].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment(
    text: str, removed: Sequence[Removed] = (), skip: Iterable[tuple[int, int]] = ()
) -> tuple[tuple[Paragraph, ...], tuple[Sentence, ...]]:
    """Paragraphs and the sentences of the scored body.

    ``removed`` (debris) and ``skip`` (the title line) are excluded: no sentence
    overlaps them. A paragraph whose every character was removed is dropped.
    """
    excluded = sorted([(r.start, r.end) for r in removed] + [(a, b) for a, b in skip])
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for p_start, p_end in paragraph_spans(text):
        pieces = [piece for piece in subtract_spans(p_start, p_end, excluded) if text[piece[0]:piece[1]].strip()]
        if not pieces:
            continue
        paragraph_index = len(paragraphs)
        paragraphs.append(Paragraph(paragraph_index, p_start, p_end))
        for a, b in pieces:
            glued = _GLUED_HEADING_RE.match(text, a, b)
            spans = sentence_spans(text, glued.end(), b) if glued else sentence_spans(text, a, b)
            if glued:
                spans.insert(0, (a, glued.end()))
            for s_start, s_end in spans:
                body = text[s_start:s_end]
                whole = (s_start, s_end) == _trim(text, p_start, p_end)
                sentences.append(
                    Sentence(
                        index=len(sentences),
                        start=s_start,
                        end=s_end,
                        text=body,
                        paragraph=paragraph_index,
                        is_heading=bool(glued and s_start == a) or _looks_like_heading(body, is_whole_paragraph=whole),
                    )
                )
    return tuple(paragraphs), tuple(sentences)


def _looks_like_heading(sentence: str, *, is_whole_paragraph: bool) -> bool:
    """A short line standing alone without final punctuation ("The talent")."""
    stripped = sentence.rstrip()
    return is_whole_paragraph and bool(stripped) and stripped[-1] not in ".!?…:\"”’'" and len(words(stripped)) <= 15
