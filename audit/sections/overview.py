"""Report section 'overview': per article, one plain-language line on what stands out.

Each line is assembled from the lenses' own results, never from new analysis: the
frame the article cues clearly more often than the other articles together
(framing), its dominant kinds of voices and who speaks first (voices), its
own-voice tone against the other articles together (tone), and the figure
conflicts it is party to (figures). Every clause links to its section, and a
clause that compares carries its evidence (the intervals behind it) for a tooltip.

"Leans on", "more negative than" and "the most negative of the N" are said only
when ``audit.compare.differences`` finds a clear difference (its module docstring
gives the rule: intervals apart, a minimum gap, enough sentences on each side);
otherwise the line says there is no clear difference.
"""
from __future__ import annotations

from typing import Any

from ..compare.differences import HIGHER, LOWER, TOO_FEW, Comparison, compare_shares, describe
from ..framing import FRAMES
from ..marks import Mark, fact_anchor
from ..story import StoryAudit
from .tone import OWN_VOICE_ANCHOR, own_voice_comparisons, signed
from .voices import CATEGORY_LABELS

FRAMES_ANCHOR = "framing-frames"
REST = "the other articles"


def context(story: StoryAudit) -> dict[str, Any]:
    frames, tones = frame_comparisons(story), own_voice_comparisons(story)
    return {
        "computed": bool(story.audits),
        "summaries": [summary(story, i, frames=frames, tones=tones) for i in range(len(story.audits))],
    }


def marks(story: StoryAudit, article_index: int) -> list[Mark]:
    return []


def summary(
    story: StoryAudit,
    index: int,
    *,
    frames: dict[str, tuple[Comparison, ...]] | None = None,
    tones: tuple[Comparison, ...] | None = None,
) -> dict[str, Any]:
    """The clauses of one article's summary line, each with the section it comes from and,
    when it compares, its evidence (``frames`` and ``tones`` are computed when not given)."""
    frames = frame_comparisons(story) if frames is None else frames
    tones = own_voice_comparisons(story) if tones is None else tones
    found = (_frame(story, index, frames), _voices(story, index), _tone(story, index, tones), _figures(story, index))
    return {"label": story.audits[index].article.label, "clauses": [clause for clause in found if clause]}


def frame_comparisons(story: StoryAudit) -> dict[str, tuple[Comparison, ...]]:
    """For each frame, each article's share of sentences cueing it against the other articles' pooled."""
    return {
        frame: compare_shares(
            [(audit.article.label, audit.framing.frames[position].sentences, audit.framing.sentences) for audit in story.audits],
            frame,
        )
        for position, frame in enumerate(FRAMES)
    }


def _clause(section: str, text: str, evidence: str = "") -> dict[str, str]:
    """One clause of a summary line: the anchor it links to, its words, and the evidence of a comparison."""
    return {"section": section, "text": text, "evidence": evidence}


def _frame(story: StoryAudit, index: int, frames: dict[str, tuple[Comparison, ...]]) -> dict[str, str] | None:
    if len(story.audits) < 2:
        return None
    mine = [frames[frame][index] for frame in FRAMES]
    leaning = [c for c in mine if c.verdict == HIGHER]
    if leaning:
        best = min(leaning, key=lambda c: (-c.gap, FRAMES.index(c.measure)))
        text = (
            f"leans on the {best.measure} frame ({best.here.value:.0%} of its sentences, "
            f"{best.rest.value:.0%} in {REST} together)"
        )
        return _clause(FRAMES_ANCHOR, text, describe(best, percent=True, rest_name=REST))
    largest = min(mine, key=lambda c: (-c.gap, FRAMES.index(c.measure)))
    if largest.gap > 0:
        evidence = f"largest gap, {largest.measure}: {describe(largest, percent=True, rest_name=REST)}"
    else:
        evidence = f"no frame is cued more often here than in {REST}"
    return _clause(FRAMES_ANCHOR, f"no frame clearly more frequent than in {REST}", evidence)


def _voices(story: StoryAudit, index: int) -> dict[str, str] | None:
    if story.voices is None:
        return None
    outlet = story.voices.outlets[index]
    if not outlet.voices:
        return _clause("voices", "quotes no one")
    ranked = sorted(((count, category) for category, count in outlet.voices_by_category if count), key=lambda item: (-item[0], item[1]))
    kinds = " and ".join(f"{CATEGORY_LABELS[category].lower()} ({count})" for count, category in ranked[:2])
    text = f"{len(outlet.voices)} voice{'s' if len(outlet.voices) != 1 else ''}, mostly {kinds}"
    if outlet.first_voice is not None:
        text += f"; first to speak: {outlet.first_voice.speaker.name}"
    return _clause("voices", text)


def _tone(story: StoryAudit, index: int, tones: tuple[Comparison, ...]) -> dict[str, str] | None:
    """The article's own-voice tone and, with evidence, how it stands against the rest."""
    own = story.audits[index].tone.own_voice
    text = f"own-voice tone {signed(own.mean if own.sentences else None)}"
    if len(tones) < 2:
        return _clause(OWN_VOICE_ANCHOR, text)
    comparison = tones[index]
    rest = signed(comparison.rest.value)
    if comparison.verdict in (HIGHER, LOWER):
        highest = comparison.verdict == HIGHER
        text += f", {'more positive' if highest else 'more negative'} than {REST} together ({rest})"
        if comparison.extreme:
            text += f", the {'most positive' if highest else 'most negative'} of the {len(tones)}"
    elif comparison.verdict == TOO_FEW:
        text += f", too few sentences to compare with {REST} ({rest})"
    else:
        text += f", no clear difference from {REST} ({rest})"
    return _clause(OWN_VOICE_ANCHOR, text, describe(comparison, signed=True, rest_name=REST))


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
        return _clause("numbers", text)
    number, fact = conflicts[0]
    others = sorted({story.audits[m.article_index].article.label for m in fact.mentions if m.article_index != index})
    text = f"states a figure differently from {', '.join(others)} ({fact.subject})"
    if len(conflicts) > 1:
        text += f" and {len(conflicts) - 1} more figure conflict{'s' if len(conflicts) > 2 else ''}"
    if alone:
        text += f"; {alone}"
    return _clause(fact_anchor(number), text)
