"""Compare page section 'pair': what articles A and B share and where they differ, side by side.

Reads a story of two articles (``audit.story.pair_story``) and lays out, for each lens, what
only A has, what both have and what only B has: claims (``audit.compare.coverage``), figures
(``audit.compare.figures``: stated alike, stated by one only, and those that differ), voices
(``audit.compare.voices``: a voice is in both when the two articles quote the same named
speaker) and actors (``audit.compare.actors``); then the tone toward each actor both name, with its
interval and the verdict of the difference rule (``audit.sections.contrasts``). Everything
links to its evidence in the aligned texts of the same page.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..compare.differences import HIGHER, LOWER, TOO_FEW, format_bounds
from ..marks import Mark, fact_anchor, figure_anchor, quote_anchor, sentence_anchor
from ..story import StoryAudit
from . import contrasts
from .tone import signed, snippet
from .voices import CATEGORY_LABELS

LISTED = 10  # items listed in a cell before "and N more"
LATER_KINDS = ("date", "year", "ordinal")  # listed after the amounts, which say more about a story
SHARED_ACTORS = 8  # actors both articles name, by mentions, whose tone is set side by side
CLAIM_LENGTH = 90  # characters of a shared claim's sentence (A's wording) listed in the summary


def _items(items: Sequence[dict[str, str]]) -> dict[str, Any]:
    """A cell: up to ``LISTED`` linked items and how many more there are."""
    return {"listed": list(items[:LISTED]), "more": max(0, len(items) - LISTED), "total": len(items)}


def _figures(pair: StoryAudit) -> dict[str, Any]:
    only: list[list[dict[str, str]]] = [[], []]
    alike, differ = [], []
    for number, fact in enumerate(pair.facts, start=1):
        sides = {m.article_index for m in fact.mentions}
        if fact.verdict == "single_source":
            m = fact.mentions[0]
            only[m.article_index].append(
                {"text": m.figure.surface, "anchor": figure_anchor(m.article_index, m.figure.span.start), "note": fact.subject, "kind": m.figure.kind}
            )
        elif sides == {0, 1}:
            surfaces = [next(m.figure.surface for m in fact.mentions if m.article_index == side) for side in (0, 1)]
            item = {"text": " / ".join(dict.fromkeys(surfaces)), "anchor": fact_anchor(number), "note": fact.subject}
            (differ if fact.verdict == "conflict" else alike).append(item | {"a": surfaces[0], "b": surfaces[1], "why": fact.note})
    return {"only_a": _items(_amounts_first(only[0])), "both": _items(alike), "only_b": _items(_amounts_first(only[1])), "differ": differ}


def _amounts_first(items: list[dict[str, str]]) -> list[dict[str, str]]:
    return sorted(items, key=lambda item: item["kind"] in LATER_KINDS)


def _voices(pair: StoryAudit) -> dict[str, Any]:
    outlets = pair.outlet_voices
    if len(outlets) != 2:
        return {"only_a": _items([]), "both": _items([]), "only_b": _items([]), "unnamed": [0, 0]}
    in_both = {(a, first) for voice in (pair.voices.shared if pair.voices else ()) for a, _, first in voice.appearances}
    only: list[list[dict[str, str]]] = [[], []]
    for side, outlet in enumerate(outlets):
        for voice in outlet.voices:
            if voice.speaker.named and (side, voice.first_quote) not in in_both:
                kind = CATEGORY_LABELS.get(voice.speaker.category, voice.speaker.category)
                only[side].append({"text": voice.speaker.name, "anchor": quote_anchor(side, voice.first_quote), "note": kind})
    both = [
        {"text": voice.name, "anchor": quote_anchor(voice.appearances[0][0], voice.appearances[0][2]), "note": CATEGORY_LABELS.get(voice.category, voice.category)}
        for voice in (pair.voices.shared if pair.voices else ())
    ]
    unnamed = [sum(1 for v in outlet.voices if not v.speaker.named) for outlet in outlets]
    return {"only_a": _items(only[0]), "both": _items(both), "only_b": _items(only[1]), "unnamed": unnamed}


def _claims(pair: StoryAudit) -> dict[str, Any]:
    """How many claims only A, both and only B carry; the shared ones listed in A's words and order."""
    carried = [sum(1 for c in pair.coverage.claims if side in c.articles and len(c.articles) == 1) for side in (0, 1)]
    in_a = sorted(c.sentence_in(0).sentence for c in pair.coverage.claims if len(c.articles) == 2)
    first = pair.articles[0]
    shared = [{"text": snippet(first.sentences[i].text, CLAIM_LENGTH), "anchor": sentence_anchor(0, i), "note": ""} for i in in_a]
    return {"only_a": carried[0], "both": len(in_a), "only_b": carried[1], "shared": _items(shared)}


def _actors(pair: StoryAudit) -> dict[str, Any]:
    """The actors only A names, both name and only B names, in the story's order, each linking to
    its first sentence in A (in B when only B names it)."""
    rows = pair.actors.by_article
    if len(rows) != 2:
        return {"only_a": _items([]), "both": _items([]), "only_b": _items([])}
    first_sentence = [{row.actor: row.evidence[0] for row in rows[side] if row.evidence} for side in (0, 1)]
    named = [{row.actor for row in rows[side]} for side in (0, 1)]
    order = [actor.name for actor in pair.actors.actors]

    def listed(names: set[str], side: int) -> dict[str, Any]:
        found = first_sentence[side]
        return _items([{"text": name, "anchor": sentence_anchor(side, found[name]) if name in found else "", "note": ""} for name in order if name in names])

    return {"only_a": listed(named[0] - named[1], 0), "both": listed(named[0] & named[1], 0), "only_b": listed(named[1] - named[0], 1)}


def _tone(pair: StoryAudit) -> list[dict[str, str]]:
    """The tone toward each actor both name, A's and B's, with the verdict of the difference rule."""
    found = []
    for actor in contrasts.main_actor_tones(pair, limit=SHARED_ACTORS):
        if not all(actor.scores):
            continue
        a, b = actor.comparisons

        def side(comparison: Any) -> str:
            here = comparison.here
            interval = f" {format_bounds(here, signed=True)}" if here.units > 1 else ""
            return f"{signed(here.value)}{interval}, {here.units} mention{'s' if here.units != 1 else ''}"

        if a.verdict in (HIGHER, LOWER):
            verdict = f"A clearly more {'positive' if a.verdict == HIGHER else 'negative'}"
        elif a.verdict == TOO_FEW:
            verdict = f"too few mentions to tell (each side needs {contrasts.ACTOR_RULE.min_units})"
        else:
            verdict = "no clear difference"
        found.append({"actor": actor.actor, "a": side(a), "b": side(b), "verdict": verdict})
    return found


def context(pair: StoryAudit) -> dict[str, Any]:
    """What only A has, what both have and what only B has, lens by lens, then the figures that
    differ and the tone toward the actors both name."""
    if len(pair.audits) != 2:
        return {"computed": False}
    return {
        "computed": True,
        "labels": [a.label for a in pair.articles],
        "claims": _claims(pair),
        "figures": _figures(pair),
        "voices": _voices(pair),
        "actors": _actors(pair),
        "tone": _tone(pair),
        "actor_rule": {"units": contrasts.ACTOR_RULE.min_units},
    }


def marks(pair: StoryAudit, article_index: int) -> list[Mark]:
    return []
