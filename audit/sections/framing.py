"""Report section 'framing': frames, reporting verbs, hedges and boosters, loaded words, distinctive vocabulary.

Results come from ``audit.framing`` (per article) and ``audit.compare.vocabulary``
(per outlet). Articles are pooled per outlet (``audit.compare.vocabulary.article_groups``:
the outlet when known, else the article's own label; each article alone when all are of
one outlet or none names its outlet, and then the words say "article",
``audit.sections.grouping``), so shares and rates here are over all of an outlet's
sentences and words. Every example links to the span behind it.

Each outlet's frame shares and rates per 1,000 words are compared with the other
outlets' sentences pooled by ``audit.compare.differences`` (Wilson intervals for
shares, a bootstrap over sentences for rates); only clear differences are listed
as such, each with its intervals.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..compare.differences import (
    HIGHER,
    LOWER,
    Comparison,
    compare_rates,
    compare_shares,
    describe,
    format_bounds,
    format_difference,
    format_interval,
    rule_summary,
)
from ..compare.vocabulary import DistinctiveTerm, article_groups
from ..framing import FRAMES, Framing, Hit
from ..marks import Mark, article_anchor, hit_anchor, sentence_anchor
from ..story import ArticleAudit, StoryAudit
from .grouping import grouping

EXAMPLES = 3  # evidence links shown per cell; the article text highlights all of them
TERM_LINKS = 12  # sentence links listed under a distinctive term
LEAD_TERMS = 6  # distinctive terms per outlet shown before the full tables

# Chart geometry, in SVG user units: one group of bars per frame, one bar per outlet.
_LABEL_WIDTH = 150
_BAR_SPACE = 150
_BAR_HEIGHT = 13
_BAR_GAP = 3

# The word lists compared as rates per 1,000 words, with their names in the differences table.
RATES = {
    "loaded_verbs": "loaded reporting verbs",
    "hedges": "hedges",
    "boosters": "boosters",
    "loaded_words": "loaded words",
    "intensifiers": "intensifiers",
}
MARKERS = {HIGHER: "▲", LOWER: "▼"}


def context(story: StoryAudit) -> dict[str, Any]:
    if not story.audits:
        return {"computed": False}
    groups = _groups(story)
    index_of = {audit.article.id: i for i, audit in enumerate(story.audits)}
    outlets = [_outlet_row(label, members) for label, members in groups]
    differences = _differences(groups, outlets, grouping(story.articles).rest)
    frame_rows = [
        {"frame": frame, "cells": [outlet["frames"][frame] for outlet in outlets]}
        for frame in FRAMES
    ]
    return {
        "computed": True,
        "outlets": outlets,
        "compared": len(groups) > 1,
        "differences": differences,
        "rule": rule_summary(),
        "frame_rows": frame_rows,
        "chart": _chart(outlets),
        "vocabulary": _vocabulary(story, index_of, [label for label, _ in groups]),
        "prior_strength": story.vocabulary.prior_strength if story.vocabulary else 1.0,
        "min_count": story.vocabulary.min_count if story.vocabulary else 2,
    }


def marks(story: StoryAudit, article_index: int) -> list[Mark]:
    framing = story.audits[article_index].framing
    found = [
        Mark(hit.start, hit.end, "frame", f"frame: {hit.category} (cue “{hit.cue}”, frames.csv)", hit_anchor(article_index, "fc", n))
        for n, hit in enumerate(framing.frame_cues)
    ]
    for code, hits, note in _loaded_kinds(framing):
        found.extend(Mark(hit.start, hit.end, "loaded", note(hit), hit_anchor(article_index, code, n)) for n, hit in enumerate(hits))
    return found


def _loaded_kinds(framing: Framing) -> list[tuple[str, tuple[Hit, ...], Any]]:
    """The highlighted lexicons: anchor code, hits, and the note each highlight carries."""
    return [
        ("lv", framing.loaded_verbs, lambda h: f"loaded reporting verb: {h.note} (reporting_verbs.csv “{h.cue}”)"),
        ("hg", framing.hedges, lambda h: f"hedge (hedges_boosters.csv “{h.cue}”)"),
        ("bo", framing.boosters, lambda h: f"booster (hedges_boosters.csv “{h.cue}”)"),
        ("lw", framing.loaded_words, lambda h: f"loaded word (loaded_words.csv “{h.cue}”)"),
        ("in", framing.intensifiers, lambda h: f"intensifier (loaded_words.csv “{h.cue}”)"),
    ]


def _groups(story: StoryAudit) -> list[tuple[str, list[tuple[int, ArticleAudit]]]]:
    """Articles pooled per outlet, in order of first appearance (each article alone when all are of one outlet)."""
    return [(name, [(index, story.audits[index]) for index in indices]) for name, indices in article_groups(story.articles)]


def _percent(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "–"


def _rate(count: int, words: int) -> str:
    return f"{1000 * count / words:.1f}" if words else "–"


def _examples(members: Sequence[tuple[int, ArticleAudit]], pick, code: str | None) -> list[dict[str, str]]:
    """Up to ``EXAMPLES`` evidence links: to the highlighted span when it has an anchor, else to its sentence."""
    links = []
    for index, audit in members:
        for n, hit in enumerate(pick(audit.framing)):
            anchor = hit_anchor(index, code, n) if code else sentence_anchor(index, hit.sentence)
            links.append({"anchor": anchor, "text": hit.text, "note": hit.note})
            if len(links) == EXAMPLES:
                return links
    return links


def _outlet_row(label: str, members: list[tuple[int, ArticleAudit]]) -> dict[str, Any]:
    sentences = sum(audit.framing.sentences for _, audit in members)
    words = sum(audit.framing.words for _, audit in members)
    frames = {}
    for frame in FRAMES:
        count = sum(next(f.sentences for f in audit.framing.frames if f.frame == frame) for _, audit in members)
        examples = []
        for index, audit in members:
            share = next(f for f in audit.framing.frames if f.frame == frame)
            cue_by_sentence: dict[int, list[str]] = {}
            for hit in audit.framing.frame_cues:
                if hit.category == frame:
                    cue_by_sentence.setdefault(hit.sentence, []).append(hit.text)
            for sentence_index in share.sentence_indices:
                if len(examples) < EXAMPLES:
                    cues = ", ".join(dict.fromkeys(cue_by_sentence.get(sentence_index, [])))
                    examples.append({"anchor": sentence_anchor(index, sentence_index), "text": cues})
        frames[frame] = {
            "outlet": label,
            "count": count,
            "share": count / sentences if sentences else 0.0,
            "percent": _percent(count, sentences),
            "examples": examples,
            "interval": "",
            "marker": "",
            "evidence": "",
            "low": None,
            "high": None,
        }
    counts = {
        name: sum(len(getattr(audit.framing, name)) for _, audit in members)
        for name in ("neutral_verbs", "loaded_verbs", "hedges", "boosters", "loaded_words", "intensifiers")
    }
    quoted = {
        name: sum(sum(hit.quoted for hit in getattr(audit.framing, name)) for _, audit in members)
        for name in counts
    }
    verbs_total = counts["neutral_verbs"] + counts["loaded_verbs"]
    return {
        "label": label,
        "articles": [{"label": audit.article.label, "anchor": article_anchor(index)} for index, audit in members],
        "sentences": sentences,
        "words": f"{words:,}",
        "frames": frames,
        "counts": counts,
        "quoted": quoted,
        "rates": {name: _rate(count, words) for name, count in counts.items()},
        "rate_evidence": {name: {"interval": "", "marker": "", "evidence": ""} for name in counts},
        "loaded_verb_percent": _percent(counts["loaded_verbs"], verbs_total),
        "examples": {
            "neutral_verbs": _examples(members, lambda f: f.neutral_verbs, None),
            "loaded_verbs": _examples(members, lambda f: f.loaded_verbs, "lv"),
            "hedges": _examples(members, lambda f: f.hedges, "hg"),
            "boosters": _examples(members, lambda f: f.boosters, "bo"),
            "loaded_words": _examples(members, lambda f: f.loaded_words, "lw"),
            "intensifiers": _examples(members, lambda f: f.intensifiers, "in"),
        },
    }


def _differences(groups: list[tuple[str, list[tuple[int, ArticleAudit]]]], outlets: list[dict[str, Any]], rest: str) -> list[dict[str, str]]:
    """Each outlet's frame shares and rates against the other outlets pooled (called ``rest`` in
    the tooltips): the evidence is added to the outlets' cells (interval, marker, tooltip) and
    the clear differences listed."""
    if len(groups) < 2:
        return []
    found: list[tuple[int, int, Comparison, bool]] = []  # outlet, measure order, comparison, share?
    for order, frame in enumerate(FRAMES):
        comparisons = compare_shares([(o["label"], o["frames"][frame]["count"], o["sentences"]) for o in outlets], frame)
        for position, (outlet, comparison) in enumerate(zip(outlets, comparisons)):
            outlet["frames"][frame].update(_evidence(comparison, percent=True, rest=rest))
            found.append((position, order, comparison, True))
    rates = compare_rates([(label, _sentence_counts(members), _sentence_words(members)) for label, members in groups])
    for order, name in enumerate(RATES, start=len(FRAMES)):
        for position, (outlet, comparison) in enumerate(zip(outlets, rates[name])):
            outlet["rate_evidence"][name] = _evidence(comparison, percent=False, rest=rest)
            found.append((position, order, comparison, False))
    return [
        {
            "outlet": outlets[position]["label"],
            "measure": f"{comparison.measure} frame (share of sentences)" if share else f"{RATES[comparison.measure]} per 1,000 words",
            "here": format_interval(comparison.here, percent=share),
            "rest": format_interval(comparison.rest, percent=share),
            "difference": format_difference(comparison.difference, percent=share, decimals=1),
            "verdict": f"{MARKERS[comparison.verdict]} {comparison.verdict}",
        }
        for position, order, comparison, share in sorted(found, key=lambda item: (item[0], item[1]))
        if comparison.clear
    ]


def _evidence(comparison: Comparison, *, percent: bool, rest: str) -> dict[str, Any]:
    """A cell's interval, marker (▲ clearly above the other outlets, ▼ clearly below) and tooltip."""
    return {
        "interval": format_bounds(comparison.here, percent=percent),
        "marker": MARKERS.get(comparison.verdict, ""),
        "evidence": describe(comparison, percent=percent, rest_name=rest),
        "low": comparison.here.low,
        "high": comparison.here.high,
    }


def _sentence_counts(members: Sequence[tuple[int, ArticleAudit]]) -> dict[str, list[int]]:
    """Per word list, its hits in each sentence of the outlet's articles, in article and sentence order."""
    counts: dict[str, list[int]] = {name: [] for name in RATES}
    for _, audit in members:
        for name in RATES:
            per_sentence = [0] * audit.framing.sentences
            for hit in getattr(audit.framing, name):
                per_sentence[hit.sentence] += 1
            counts[name].extend(per_sentence)
    return counts


def _sentence_words(members: Sequence[tuple[int, ArticleAudit]]) -> list[int]:
    return [words for _, audit in members for words in audit.framing.sentence_words]


def _chart(outlets: list[dict[str, Any]]) -> dict[str, Any]:
    """Small multiples: one bar chart per frame, one labelled bar per outlet, laid out side by side.

    Every bar carries its value in text, so colour is never needed to read it;
    all charts share one scale (the largest share, or interval end, of any frame)
    so bars compare across frames too. With several outlets each bar has a whisker
    from the low to the high end of its 95 % interval.
    """
    groups = []
    cells = [cell for outlet in outlets for cell in outlet["frames"].values()]
    top = max((max(cell["share"], cell["high"] or 0.0) for cell in cells), default=0.0) or 1.0
    for frame in FRAMES:
        bars = []
        y = 0
        for outlet in outlets:
            cell = outlet["frames"][frame]
            width = round(_BAR_SPACE * cell["share"] / top, 1)
            whisker = None
            if cell["high"] is not None:
                whisker = {"x1": round(_LABEL_WIDTH + _BAR_SPACE * cell["low"] / top, 1), "x2": round(_LABEL_WIDTH + _BAR_SPACE * cell["high"] / top, 1)}
            bars.append(
                {
                    "label": outlet["label"],
                    "percent": cell["percent"],
                    "marker": cell["marker"],
                    "described": " ".join(part for part in (cell["percent"], cell["interval"], cell["marker"]) if part),
                    "y": y,
                    "text_y": y + _BAR_HEIGHT - 2,
                    "mid_y": y + _BAR_HEIGHT / 2,
                    "width": width,
                    "whisker": whisker,
                    "value_x": round(max(_LABEL_WIDTH + width, whisker["x2"] if whisker else 0.0) + 4, 1),
                }
            )
            y += _BAR_HEIGHT + _BAR_GAP
        described = "; ".join(f"{bar['label']} {bar['described']}" for bar in bars)
        groups.append({"frame": frame, "bars": bars, "height": y, "text": described})
    return {
        "width": _LABEL_WIDTH + _BAR_SPACE + 60,
        "label_x": _LABEL_WIDTH - 6,
        "bar_x": _LABEL_WIDTH,
        "bar_height": _BAR_HEIGHT,
        "groups": groups,
    }


def _vocabulary(story: StoryAudit, index_of: dict[str, int], order: list[str]) -> list[dict[str, Any]]:
    """Distinctive terms per outlet (or per article, ``Vocabulary.by_article``), in the order of the other tables."""
    if story.vocabulary is None:
        return []
    position = {label: n for n, label in enumerate(order)}

    def row(term: DistinctiveTerm) -> dict[str, Any]:
        links = [
            {"anchor": sentence_anchor(index_of[o.article], o.sentence), "text": f"{story.audits[index_of[o.article]].article.label}, sentence {o.sentence + 1}"}
            for o in term.occurrences
        ]
        unique = list({link["anchor"]: link for link in links}.values())
        return {
            "term": term.shown,
            "z": f"{term.z:.2f}",
            "strong": term.z >= 1.96,
            "count": term.count,
            "other_count": term.other_count,
            "first": unique[0]["anchor"] if unique else "",
            "links": unique[:TERM_LINKS],
            "more": max(0, len(unique) - TERM_LINKS),
        }

    result = []
    for outlet in sorted(story.vocabulary.outlets, key=lambda o: (position.get(o.label, len(order)), o.label)):
        words = [row(t) for t in outlet.words]
        phrases = [row(t) for t in outlet.phrases]
        # the few terms shown up front: the strongest words and phrases together, by z then alphabetically
        ranked = sorted(
            [*zip(outlet.words, words), *zip(outlet.phrases, phrases)], key=lambda pair: (-pair[0].z, pair[1]["term"])
        )
        result.append(
            {
                "label": outlet.label,
                "words_total": outlet.word_total,
                "words": words,
                "phrases": phrases,
                "lead": [shown for _, shown in ranked[:LEAD_TERMS]],
            }
        )
    return result
