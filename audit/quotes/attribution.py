"""Attributions: a quote being built (content, cue, speaker mention), and the record of
those found in one article, shared by the steps that find them.

An attribution follows the source-cue-content triple of attribution studies
(Pareti 2012; PolNeAR, Newell, Margolin & Ruths 2018): ``start``/``end`` is the
content, ``cue_start``/``cue_end`` the cue, ``mention`` the words naming the source.
A quote with no cue of its own borrows its speaker from the quote or sentence next
to it (``borrowed_from``, ``context_mention``); ``entity`` is filled in last, when
mentions are resolved to the people and organisations of the article.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .mentions import Mention
from .quote_marks import QuoteMarkPair
from .registry import Entity


@dataclass
class Attribution:
    """One quote being built: content span, kind, cue and speaker phrase."""

    start: int
    end: int
    kind: str  # direct | indirect | mixed
    cue_start: int = -1
    cue_end: int = -1
    mention: Mention | None = None
    pair: QuoteMarkPair | None = None
    entity: Entity | None = None
    borrowed_from: Attribution | None = None  # a cue-less quote borrows this quote's speaker
    context_mention: Mention | None = None  # ... or the subject of the sentence before
    mixed_only: bool = False  # the cue reports speech only around a quoted fragment
    unnamed_source: bool = False  # no mention, and none to borrow: a question put by an unnamed journalist
    # a request for comment its source declined or left unanswered ("declined to comment"): the span is the refusal,
    # no content (``sought``)
    sought: bool = False
    # a news outlet's report of what others say, relaying the quotes inside it ("..., according to CNN", ``relays``)
    relays: bool = False

    @property
    def has_cue(self) -> bool:
        return self.cue_start >= 0


@dataclass
class FoundQuotes:
    """The attributions found in one article so far, the cues they took (by start offset),
    and the quoted fragments that no cue claimed."""

    attributions: list[Attribution] = field(default_factory=list)
    used_cues: set[int] = field(default_factory=set)
    fragments: list[QuoteMarkPair] = field(default_factory=list)

    def add(self, attribution: Attribution) -> None:
        """Record ``attribution``; its quotation, if any, is taken."""
        if attribution.pair is not None:
            attribution.pair.used = True
        self.attributions.append(attribution)
