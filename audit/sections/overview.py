"""Report section 'overview': per outlet, one plain-language line on what stands out.

Each line is assembled from the lenses' own results, never from new analysis:
the frame the article cues most above the other articles' average (framing),
its dominant kinds of voices and who speaks first (voices), where its own-voice
tone ranks among the articles (tone), and the figure conflicts it is party to
(figures). Every clause links to its section.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..marks import Mark, fact_anchor
from ..story import StoryAudit
from .voices import CATEGORY_LABELS

# A frame must be cued this much more often than elsewhere to be called out (share of sentences).
FRAME_LEAD = 0.05


def context(story: StoryAudit) -> dict[str, Any]:
    return {"computed": bool(story.audits), "summaries": [summary(story, i) for i in range(len(story.audits))]}


def marks(story: StoryAudit, article_index: int) -> list[Mark]:
    return []


def summary(story: StoryAudit, index: int) -> dict[str, Any]:
    """The clauses of one article's summary line, each with the section it comes from."""
    clauses = [clause for clause in (_frame(story, index), _voices(story, index), _tone(story, index), _figures(story, index)) if clause]
    return {"label": story.audits[index].article.label, "clauses": clauses}


def _others_mean(values: Sequence[float], index: int) -> float:
    others = [v for i, v in enumerate(values) if i != index]
    return sum(others) / len(others) if others else 0.0


def _frame(story: StoryAudit, index: int) -> dict[str, str] | None:
    audits = story.audits
    if len(audits) < 2:
        return None
    best: tuple[float, str, float, float] | None = None
    for position, share in enumerate(audits[index].framing.frames):
        elsewhere = _others_mean([a.framing.frames[position].share for a in audits], index)
        lead = share.share - elsewhere
        if best is None or lead > best[0]:
            best = (lead, share.frame, share.share, elsewhere)
    if best is None or best[0] < FRAME_LEAD:
        return {"section": "framing", "text": "no frame stands out against the other articles"}
    _, frame, share, elsewhere = best
    return {"section": "framing", "text": f"leans on the {frame} frame ({share:.0%} of sentences, {elsewhere:.0%} elsewhere)"}


def _voices(story: StoryAudit, index: int) -> dict[str, str] | None:
    if story.voices is None:
        return None
    outlet = story.voices.outlets[index]
    if not outlet.voices:
        return {"section": "voices", "text": "quotes no one"}
    ranked = sorted(((count, category) for category, count in outlet.voices_by_category if count), key=lambda item: (-item[0], item[1]))
    kinds = " and ".join(f"{CATEGORY_LABELS[category].lower()} ({count})" for count, category in ranked[:2])
    text = f"{len(outlet.voices)} voice{'s' if len(outlet.voices) != 1 else ''}, mostly {kinds}"
    if outlet.first_voice is not None:
        text += f"; first to speak: {outlet.first_voice.speaker.name}"
    return {"section": "voices", "text": text}


def _tone(story: StoryAudit, index: int) -> dict[str, str] | None:
    means = [audit.tone.own_voice.mean for audit in story.audits]
    mine = means[index]
    text = f"own-voice tone {mine:+.2f}"
    if len(means) > 2:
        ranked = sorted(range(len(means)), key=lambda i: (means[i], i))
        if ranked[0] == index:
            text += f", the most negative of the {len(means)}"
        elif ranked[-1] == index:
            text += f", the most positive of the {len(means)}"
    return {"section": "tone", "text": text}


def _figures(story: StoryAudit, index: int) -> dict[str, str] | None:
    """The figure conflicts the article is party to (linking to the first of them in the Numbers
    section) and how many of its figures no other article states."""
    # the Numbers section numbers every fact from 1 in story order; its anchor is the conflict's box
    conflicts = [
        (number, fact)
        for number, fact in enumerate(story.facts, start=1)
        if fact.verdict == "conflict" and any(m.article_index == index for m in fact.mentions)
    ]
    unverified = sum(1 for f in story.facts if f.verdict == "single_source" and all(m.article_index == index for m in f.mentions))
    alone = f"{unverified} figure{'s' if unverified != 1 else ''} no other article states" if unverified else ""
    if not conflicts:
        text = "no figure conflict" + (f"; {alone}" if alone else "")
        return {"section": "numbers", "text": text}
    number, fact = conflicts[0]
    others = sorted({story.audits[m.article_index].article.label for m in fact.mentions if m.article_index != index})
    text = f"states a figure differently from {', '.join(others)} ({fact.subject})"
    if len(conflicts) > 1:
        text += f" and {len(conflicts) - 1} more figure conflict{'s' if len(conflicts) > 2 else ''}"
    if alone:
        text += f"; {alone}"
    return {"section": fact_anchor(number), "text": text}
