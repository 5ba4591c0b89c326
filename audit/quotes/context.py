"""Quotes with no cue of their own: who speaks, from the quotes and sentences around them.

A direct quote with no cue takes the speaker of the previous quote in its
paragraph, else the subject of the sentence just before (a named person or "he"/
"she"), else the next quote of its paragraph, else the previous quote of the
paragraph before. Quoted words with no cue in a sentence between two quotes by one
speaker are that speaker's words inside the author's paraphrase (a mixed quote);
an isolated fragment stays a scare quote.
"""
from __future__ import annotations

import bisect

from ..model import Article
from ..text import tokens, word_spans
from .attribution import Attribution
from .clauses import content_end, paragraph_of
from .mentions import Mention, comma_segments, parse_speaker
from .quote_marks import QuoteMarkPair, QuoteMarks
from .registry import EntityRegistry, is_person


def borrow_speakers(article: Article, marks: QuoteMarks, registry: EntityRegistry, attributions: list[Attribution]) -> None:
    """Point every quote of ``attributions`` (in order of position) that has neither a speaker
    mention nor a quote to borrow from to the quote or sentence subject that speaks it."""
    # a question put by an unnamed journalist neither borrows a speaker nor lends one ("“...,” Le Pen said when
    # asked which candidate she would back. “...”": the second quotation is Le Pen's)
    # a request for comment left unanswered ("declined to comment") has no words a later quotation goes on with: the
    # sentence's subject lends its speaker instead
    voiced = [quote for quote in attributions if not quote.unnamed_source and not quote.sought]
    for index, quote in enumerate(voiced):
        if quote.mention is None and quote.borrowed_from is None:
            _borrow(article, marks, registry, quote, index, voiced)


def _borrow(article: Article, marks: QuoteMarks, registry: EntityRegistry, quote: Attribution, index: int, attributions: list[Attribution]) -> None:
    sentence = article.sentence_at(quote.start) or article.sentence_at(quote.start - 1)
    if sentence is None:
        return
    paragraph = sentence.paragraph
    previous = attributions[index - 1] if index > 0 else None
    if previous is not None and paragraph_of(article, previous.start) == paragraph:
        quote.borrowed_from = previous
        return
    if sentence.index > 0:
        prior = article.sentences[sentence.index - 1]
        if prior.paragraph >= paragraph - 1 and not any(p.open <= prior.start <= p.close for p in marks.pairs):
            subject = _sentence_subject(article.text, registry, prior.start, prior.end)
            if subject is not None:
                quote.context_mention = subject
                return
    following = attributions[index + 1] if index + 1 < len(attributions) else None
    if following is not None and following.mention is not None and paragraph_of(article, following.start) == paragraph:
        quote.borrowed_from = following
        return
    # where the previous quote ends: one that runs over several paragraphs is as near as its last one
    if previous is not None and paragraph_of(article, max(previous.start, previous.end - 1)) >= paragraph - 1:
        quote.borrowed_from = previous


def _sentence_subject(text: str, registry: EntityRegistry, start: int, end: int) -> Mention | None:
    """The person a sentence opens with: "He"/"She", or a short name (with a short
    apposition) that the registry knows as a person."""
    words = tokens(text, start, end)
    if not words:
        return None
    if words[0][2].lower() in ("he", "she"):
        s, e, w = words[0]
        return Mention(s, e, w, "pronoun")
    known = registry.resolve_name(words[0][2], words[0][0])
    if known is not None and is_person(known) and text[words[0][1]:words[0][1] + 1] == ",":
        s, e, w = words[0]
        return Mention(s, e, w, "name")  # "You, the university employee, is watching": a person the registry read there
    segments = comma_segments(text, start, end)
    if segments and len(word_spans(text, *segments[0])) <= 4:
        mention = parse_speaker(
            text, segments[0][0], segments[-1][1] if len(segments) > 1 and len(word_spans(text, *segments[1])) <= 5 else segments[0][1], names=registry.names
        )
        if mention is not None and mention.form == "name":
            entity = registry.resolve_name(mention.text, mention.start, mention.name)
            if entity is not None and is_person(entity):
                return mention
    return None


def attribute_fragments_between_quotes(article: Article, fragments: list[QuoteMarkPair], attributions: list[Attribution]) -> None:
    """Insert, in order, a mixed quote for each cue-less fragment whose sentence lies
    between two quotes by one speaker (speakers must already be resolved):
    "X says A. B holds a "quoted phrase". "C," she adds."."""
    starts = [f.start for f in attributions]
    for pair in fragments:
        if pair.used:
            continue
        sentence = article.sentence_at(pair.open)
        if sentence is None or sentence.index == 0 or sentence.index + 1 >= len(article.sentences):
            continue
        before, after = article.sentences[sentence.index - 1], article.sentences[sentence.index + 1]
        if after.paragraph - before.paragraph > 2:
            continue
        index = bisect.bisect_left(starts, sentence.start)
        if index < len(attributions) and attributions[index].start < sentence.end:
            continue  # the sentence already holds a quote
        prev = attributions[index - 1] if index > 0 else None
        nxt = attributions[index] if index < len(attributions) else None
        if prev is None or nxt is None or prev.entity is None or prev.entity is not nxt.entity:
            continue
        if not (before.start <= prev.start < before.end or before.start < prev.end <= before.end):
            continue
        if not after.start <= nxt.start < after.end:
            continue
        mixed = Attribution(sentence.start, content_end(article.text, sentence.start, sentence.end), "mixed", pair=pair)
        mixed.borrowed_from = prev
        mixed.entity = prev.entity
        pair.used = True
        attributions.insert(index, mixed)
        starts.insert(index, mixed.start)
