"""Report section 'answer': how the outlets cover the story differently, in plain sentences and charts.

The first thing a reader sees. Each sentence states one difference between the outlets
that a lens supports beyond noise, or says that there is no clear difference, and links to
its evidence. The sentences are made by fixed rules from the lens results (read through
``audit.sections.contrasts``), never written per story:

1. **Who speaks** (voices by kind of source). For each kind of source, each outlet's share
   of its voices (distinct speakers) of that kind against the other outlets' voices pooled
   (``contrasts.VOICES_RULE``: at least 6 voices a side, 20 points apart, the 99 % interval
   of the difference clear of zero). A clear difference gives "8 of the 12 voices in A are
   government officials (67%), against 1 of the 10 in B (10%)".
2. **Figures**: every figure conflict of the figure lens (two outlets' values apart beyond
   rounding and qualifiers, or ranges that only touch) is a difference by itself; the
   sentence quotes each outlet's figure as written.
3. **Facts only some carry**: each outlet's share of its claims that no other outlet
   carries in similar words, against the other outlets' (the share rule of
   ``audit.compare.differences``, claims as units); the sentence also counts the figures
   only that outlet gives and, with three outlets or more, the claims most carry that it
   leaves out.
4. **Tone**: toward each of the main actors (the most-mentioned actors that two outlets or
   more name), each outlet's mean tone over its mentions in its own words against the other
   outlets' mentions (``contrasts.ACTOR_RULE``); then the tone of each outlet's own words
   overall (``audit.compare.differences.TONE_RULE``).
5. **Frames**: each outlet's share of sentences cueing a frame against the other outlets'
   (as in the framing section); "leans on" only for a clear difference.
6. **Copied text**: articles of different outlets that share copied narration (outside
   quotation marks) count as one source.

When every article is of one outlet, or none names its outlet, the articles are compared with
each other: each "outlet" above is then one article, and the sentences say "article"
(``audit.sections.grouping``).

Every topic gets one sentence, "no clear difference" when its rule finds none; a topic
with several clear differences gets a second sentence for its next strongest while the
answer has fewer than ``MAX_SENTENCES``. Clear differences come first, in the order
above, then the topics without one.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from ..charts import GREY, Chart, Point, colours_for, interval_rows, stacked_bars
from ..compare.differences import HIGHER, LOWER, TOO_FEW, Comparison, describe, format_bounds
from ..framing import FRAMES
from ..marks import Mark, fact_anchor
from ..quotes import CATEGORIES
from ..story import StoryAudit
from . import contrasts
from .grouping import grouping
from .tone import signed, snippet
from .voices import CATEGORY_LABELS

MAX_SENTENCES = 8
TOPICS = ("who speaks", "figures", "facts", "tone", "frames", "copies")

REPORT_ANCHORS: Mapping[str, str] = {
    "who speaks": "voices-matrix",
    "figures": "numbers",
    "facts": "coverage-selection",
    "tone": "tone-actors",
    "own voice": "tone-own-voice",
    "frames": "framing-differences",
    "frame table": "framing-frames-detail",
    "copies": "coverage-copies",
    "single figures": "numbers-single",
}
"""Where each topic's evidence is in the report (figure conflicts link to their own fact)."""

# How a sentence names the voices of each kind of source; a kind missing here is named from its label.
KIND_NOUNS = {
    "government": "government officials",
    "politics": "politicians, parties and campaigns",
    "advocacy": "advocacy groups",
    "state_media": "state media",
    "academic": "academics",
    "industry": "industry voices",
    "finance": "finance voices",
    "citizen": "ordinary citizens",
    "media": "other media",
    "other": "other voices",
}
SUBJECT_LENGTH = 70  # characters of a figure's subject quoted in a sentence

# Words of the sentences that the glossary explains (audit/sections/glossary.py): the first use of
# each in the answer opens its definition when tapped.
ANSWER_TERMS = (
    ("kinds of source", "kind"),
    ("voices", "voice"),
    ("ranges that only touch", "conflict"),
    ("state a figure differently", "conflict"),
    ("claims", "claim"),
    ("own words", "own-voice"),
    ("mentions", "mentions"),
    ("frame", "frame"),
    ("copied narration", "copied"),
)


@dataclass(frozen=True)
class Finding:
    """One sentence of the answer: its ``topic`` (one of ``TOPICS``), its words, the anchor of its
    evidence, whether it states a clear difference, and the numbers behind it."""

    topic: str
    text: str
    anchor: str
    clear: bool
    evidence: str = ""
    strength: float = 0.0  # orders the clear differences of one topic, strongest first


def kind_noun(category: str) -> str:
    return KIND_NOUNS.get(category) or CATEGORY_LABELS.get(category, category.replace("_", " ")).lower()


def _count(k: int, n: int) -> str:
    """``"3 of 12 (25%)"``."""
    return f"{k} of {n} ({k / n:.0%})" if n else f"{k} of {n}"


def _rest(story: StoryAudit, groups: Sequence[contrasts.Outlet], position: int) -> str:
    """The others a group is compared with: the other group by name, else "the other outlets together"
    ("the other articles together" when articles are compared, ``grouping``)."""
    if len(groups) == 2:
        return groups[1 - position].label
    return f"{grouping(story.articles).rest} together"


def findings(story: StoryAudit, anchors: Mapping[str, str] = REPORT_ANCHORS) -> tuple[Finding, ...]:
    """The answer's sentences, by the rules of the module docstring, in the order shown."""
    groups = contrasts.outlets(story)
    if len(groups) < 2:
        unit = grouping(story.articles).one
        only = groups[0].label if groups else f"no {unit}"
        return (Finding("who speaks", f"Only one {unit} ({only}): there is nothing to compare it with; the sections below describe its coverage.", "overview", False),)
    by_topic = {
        "who speaks": _who_speaks(story, groups, anchors),
        "figures": _figures(story, groups, anchors),
        "facts": _facts(story, groups, anchors),
        "tone": _tone(story, groups, anchors),
        "frames": _frames(story, groups, anchors),
        "copies": _copies(story, groups, anchors),
    }
    chosen = {topic: found[:1] for topic, found in by_topic.items()}
    extras = sorted(
        ((topic, finding) for topic, found in by_topic.items() for finding in found[1:] if finding.clear),
        key=lambda item: (-item[1].strength, TOPICS.index(item[0])),
    )
    for topic, finding in extras:
        if sum(len(found) for found in chosen.values()) >= MAX_SENTENCES:
            break
        chosen[topic] = chosen[topic] + (finding,)
    ordered = [f for topic in TOPICS for f in chosen[topic] if f.clear] + [f for topic in TOPICS for f in chosen[topic] if not f.clear]
    return tuple(ordered)


def _strongest(comparisons: Sequence[Comparison]) -> list[Comparison]:
    return sorted((c for c in comparisons if c.clear), key=lambda c: -abs(c.gap))


def _who_speaks(story: StoryAudit, groups: Sequence[contrasts.Outlet], anchors: Mapping[str, str]) -> tuple[Finding, ...]:
    counts = contrasts.voices_by_kind(story)
    totals = [sum(c.values()) for c in counts]
    anchor = anchors["who speaks"]
    found = []
    for category, comparisons in contrasts.voice_comparisons(story).items():
        clear = _strongest(comparisons)
        if not clear:
            continue
        # with two outlets one is clearly higher exactly when the other is clearly lower: say it once, from the higher
        best = next((c for c in clear if c.verdict == HIGHER), clear[0])
        position = [g.label for g in groups].index(best.group)
        k, n = counts[position][category], totals[position]
        rest_k, rest_n = sum(c[category] for i, c in enumerate(counts) if i != position), sum(t for i, t in enumerate(totals) if i != position)
        rest = "none" if rest_k == 0 else f"{rest_k}"
        if k == 0:
            share = f"None of the {n} voices in {best.group} are {kind_noun(category)}"
        else:
            share = f"{'Only ' if best.verdict == LOWER else ''}{k} of the {n} voices in {best.group} are {kind_noun(category)} ({k / n:.0%})"
        text = f"{share}, against {rest} of the {rest_n} in {_rest(story, groups, position)}" + ("." if rest_k == 0 else f" ({rest_k / rest_n:.0%}).")
        found.append(Finding("who speaks", text, anchor, True, describe(best, percent=True, rest_name=_rest(story, groups, position), units="voices"), abs(best.gap)))
    found.sort(key=lambda f: -f.strength)
    if found:
        return tuple(found)
    reason = ""
    few = [g.label for g, total in zip(groups, totals) if total < contrasts.VOICES_RULE.min_units]
    if few:
        who = "too few voices to tell" if len(few) == len(groups) else f"too few voices in {', '.join(few)} to tell"
        reason = f" ({who}: each side needs {contrasts.VOICES_RULE.min_units})"
    parts = []
    for group, c, total in zip(groups, counts, totals):
        if not total:
            parts.append(f"{group.label} quotes no one")
            continue
        top = max(CATEGORIES, key=lambda k: (c.get(k, 0), -CATEGORIES.index(k)))
        parts.append(f"{group.label} quotes {total} voice{'s' if total != 1 else ''}, most of them {kind_noun(top)} ({c[top]})")
    text = f"No clear difference in the kinds of source quoted{reason}; " + "; ".join(parts) + "." + _shared_voices(story, groups)
    return (Finding("who speaks", text, anchor, False),)


def _shared_voices(story: StoryAudit, groups: Sequence[contrasts.Outlet]) -> str:
    """" Both quote Greg Abbott." (or "Greg Abbott speaks in 3 outlets"), naming up to three voices."""
    outlet_of_article = {i: n for n, g in enumerate(groups) for i in g.articles}
    shared = [v for v in (story.voices.shared if story.voices else ()) if len({outlet_of_article[a] for a, _, _ in v.appearances}) > 1]
    unit = grouping(story.articles).one
    if not shared:
        return f" No named voice speaks in more than one {unit}."
    names = [v.name for v in shared[:3]] + ([f"{len(shared) - 3} more"] if len(shared) > 3 else [])
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    return f" Both quote {listed}." if len(groups) == 2 else f" Quoted by more than one {unit}: {listed}."


def _surfaces(story: StoryAudit, fact: Any, group: contrasts.Outlet) -> list[str]:
    return list(dict.fromkeys(f"“{m.figure.surface}”" for m in fact.mentions if m.article_index in group.articles))


def _figures(story: StoryAudit, groups: Sequence[contrasts.Outlet], anchors: Mapping[str, str]) -> tuple[Finding, ...]:
    numbered = list(enumerate(story.facts, start=1))
    conflicts = [(n, f) for n, f in numbered if f.verdict == "conflict"]
    found = []
    for position, (number, fact) in enumerate(conflicts):
        sides = [(g.label, _surfaces(story, fact, g)) for g in groups]
        sides = [(label, surfaces) for label, surfaces in sides if surfaces]
        names = " and ".join(label for label, _ in sides) if len(sides) == 2 else ", ".join(label for label, _ in sides)
        stated = "; ".join(f"{' and '.join(surfaces)} in {label}" for label, surfaces in sides)
        touching = fact.difference == 0.0
        how = "give ranges that only touch" if touching else "state a figure differently"
        text = f"{names} {how}: {stated} ({snippet(fact.subject, SUBJECT_LENGTH)})."
        found.append(Finding("figures", text, fact_anchor(number), True, fact.note, 2.0 - position / 100 - (0.5 if touching else 0.0)))
    if len(found) > 1:
        # the answer names the first conflicts; the second sentence says how many more there are
        more = len(conflicts) - 2
        if more > 0:
            second = found[1]
            found[1] = Finding(second.topic, second.text[:-1] + f"; and {more} more figure conflict{'s' if more != 1 else ''}.", second.anchor, True, second.evidence, second.strength)
        return tuple(found[:2])
    if found:
        return tuple(found)
    alike = sum(1 for _, f in numbered if f.verdict in ("agree", "agree_after_conversion"))
    units = grouping(story.articles).many
    if story.notes and not story.facts:
        return (Finding("figures", f"Not compared across {units} in a story this large (see the notes under Overview).", "overview", False),)
    text = f"No clear difference; no figure is stated differently by two {units} ({alike} stated alike by several)."
    return (Finding("figures", text, anchors["figures"], False),)


def _facts(story: StoryAudit, groups: Sequence[contrasts.Outlet], anchors: Mapping[str, str]) -> tuple[Finding, ...]:
    tallies = contrasts.claim_tallies(story)
    figures = contrasts.figure_tallies(story)
    anchor = anchors["facts"]
    comparisons = contrasts.claim_comparisons(story)
    unit = grouping(story.articles).one
    omitting = [(g.label, omitted) for g, (_, _, omitted) in zip(groups, tallies) if omitted]
    omitted_words = ""
    if len(groups) > 2 and omitting:
        omitted_words = " " + "; ".join(f"{label} leaves out {k} claim{'s' if k != 1 else ''} most articles carry" for label, k in omitting) + "."
    clear = _strongest(comparisons)
    if clear:
        best = next((c for c in clear if c.verdict == HIGHER), clear[0])
        position = [g.label for g in groups].index(best.group)
        carried, alone, _ = tallies[position]
        rest_carried = sum(t[0] for i, t in enumerate(tallies) if i != position)
        rest_alone = sum(t[1] for i, t in enumerate(tallies) if i != position)
        more = "more" if best.verdict == HIGHER else "fewer"
        singles = figures[position]["single_source"]
        text = (
            f"{best.group} carries {more} facts of its own: {_count(alone, carried)} of its claims are in no other {unit} "
            f"in similar words, against {_count(rest_alone, rest_carried)} in {_rest(story, groups, position)}; "
            f"it alone gives {singles} figure{'s' if singles != 1 else ''}.{omitted_words}"
        )
        return (Finding("facts", text, anchor, True, describe(best, percent=True, rest_name=_rest(story, groups, position), units="claims"), abs(best.gap)),)
    if not story.coverage.claims:
        return (Finding("facts", "Not compared (no claims were aligned across these articles).", anchor, False),)
    parts = [f"{g.label} {alone} of {carried}" for g, (carried, alone, _) in zip(groups, tallies)]
    reason = " (too few claims to tell)" if comparisons and all(c.verdict == TOO_FEW for c in comparisons) else ""
    text = (
        f"No clear difference in how much of each account is its own{reason}; "
        f"claims no other {unit} carries in similar words: {', '.join(parts)}.{omitted_words}"
    )
    return (Finding("facts", text, anchor, False),)


def _tone(story: StoryAudit, groups: Sequence[contrasts.Outlet], anchors: Mapping[str, str]) -> tuple[Finding, ...]:
    actors = contrasts.main_actor_tones(story)
    units = grouping(story.articles).many
    found = []
    for actor in actors:
        clear = _strongest(actor.comparisons)
        if not clear:
            continue
        # say it from the more negative side, which is what a reader checks first
        best = next((c for c in clear if c.verdict == LOWER), clear[0])
        position = [g.label for g in groups].index(best.group)
        direction = _direction(best)
        text = (
            f"{best.group} writes about {actor.actor} {direction} than {_rest(story, groups, position)}: a mean of "
            f"{signed(best.here.value)} over {best.here.units} mentions in its own words, against {signed(best.rest.value)} over {best.rest.units}."
        )
        found.append(Finding("tone", text, anchors["tone"], True, describe(best, signed=True, rest_name=_rest(story, groups, position), units="mentions"), abs(best.gap)))
    for comparison in _strongest(contrasts.own_voice_comparisons(story)):
        position = [g.label for g in groups].index(comparison.group)
        if len(groups) == 2 and comparison.verdict == HIGHER:
            continue  # the same difference, said from the other side
        direction = _direction(comparison)
        text = (
            f"{comparison.group} writes {direction} in its own words (outside quotes) than {_rest(story, groups, position)}: a mean tone of "
            f"{signed(comparison.here.value)} over {comparison.here.units} sentences, against {signed(comparison.rest.value)}."
        )
        found.append(Finding("tone", text, anchors["own voice"], True, describe(comparison, signed=True, rest_name=_rest(story, groups, position)), abs(comparison.gap) / 2))
    found.sort(key=lambda f: -f.strength)
    if found:
        return tuple(found)
    if actors:
        names = ", ".join(a.actor for a in actors)
        too_few = all(c.verdict == TOO_FEW for a in actors for c in a.comparisons)
        reason = f" (too few mentions to tell: each side needs {contrasts.ACTOR_RULE.min_units})" if too_few else ""
        text = f"No clear difference toward the main actors ({names}){reason}, nor in the tone of the {units}' own words."
        return (Finding("tone", text, anchors["tone"], False),)
    text = f"No clear difference in the tone of the {units}' own words; no actor is named by two {units}."
    return (Finding("tone", text, anchors["own voice"], False),)


def _direction(comparison: Comparison) -> str:
    """How a clearly lower (higher) tone reads: "more negatively", or "less positively" when both
    sides are positive (and "less negatively" when both are negative)."""
    here, rest = comparison.here.value, comparison.rest.value
    if comparison.verdict == LOWER:
        return "less positively" if here > 0 and rest > 0 else "more negatively"
    return "less negatively" if here < 0 and rest < 0 else "more positively"


def _frames(story: StoryAudit, groups: Sequence[contrasts.Outlet], anchors: Mapping[str, str]) -> tuple[Finding, ...]:
    found = []
    for frame, comparisons in contrasts.frame_comparisons(story).items():
        higher = [c for c in _strongest(comparisons) if c.verdict == HIGHER]
        if not higher:
            continue
        best = higher[0]
        position = [g.label for g in groups].index(best.group)
        text = (
            f"{best.group} leans on the {frame} frame: {best.here.value:.0%} of its sentences cue it, "
            f"against {best.rest.value:.0%} in {_rest(story, groups, position)}."
        )
        found.append(Finding("frames", text, anchors["frames"], True, describe(best, percent=True, rest_name=_rest(story, groups, position)), abs(best.gap)))
    found.sort(key=lambda f: -f.strength)
    if found:
        return tuple(found)
    text = f"No clear difference; no {grouping(story.articles).one} cues a frame clearly more often than the others."
    return (Finding("frames", text, anchors["frame table"], False),)


def _copies(story: StoryAudit, groups: Sequence[contrasts.Outlet], anchors: Mapping[str, str]) -> tuple[Finding, ...]:
    pairs = contrasts.derived_outlet_pairs(story)
    labels = [a.label for a in story.articles]
    if pairs:
        found = []
        for a, b, words in pairs:
            text = f"{labels[a]} and {labels[b]} share {words} words of copied narration (outside quotation marks): read them as one source, not two."
            found.append(Finding("copies", text, anchors["copies"], True, strength=float(words)))
        return tuple(sorted(found, key=lambda f: -f.strength))
    unit = grouping(story.articles)
    if story.copies.passages:
        return (Finding("copies", f"The {unit.many} share quotations, but no copied narration.", anchors["copies"], False),)
    return (Finding("copies", f"No copied passage: no {unit.one} repeats another's wording.", anchors["copies"], False),)


# --- charts -----------------------------------------------------------------


def charts(story: StoryAudit, anchors: Mapping[str, str] = REPORT_ANCHORS) -> tuple[Chart, ...]:
    """The four charts across outlets: voices by kind of source, tone toward the main actors,
    frame shares, and figures by verdict (empty with one outlet); each links to its table at ``anchors``."""
    groups = contrasts.outlets(story)
    if len(groups) < 2:
        return ()
    return (
        _voices_chart(story, groups, anchors["who speaks"]),
        _actors_chart(story, groups, anchors["tone"]),
        _frames_chart(story, groups, anchors["frame table"]),
        _figures_chart(story, groups, anchors["figures"]),
    )


def _voices_chart(story: StoryAudit, groups: Sequence[contrasts.Outlet], link: str) -> Chart:
    counts = contrasts.voices_by_kind(story)
    return stacked_bars(
        "chart-voices",
        f"Voices by kind of source, per {grouping(story.articles).one}",
        [(g.label, [c.get(k, 0) for k in CATEGORIES]) for g, c in zip(groups, counts)],
        [CATEGORY_LABELS.get(k, k.replace("_", " ").capitalize()) for k in CATEGORIES],
        colours_for(CATEGORIES),
        unit="voices",
        link=link,
        link_text="Voices: the table, each count linking to a quote",
        empty="No quote with a speaker was found in any article.",
    )


def _actors_chart(story: StoryAudit, groups: Sequence[contrasts.Outlet], link: str) -> Chart:
    unit = grouping(story.articles)
    rows = []
    for actor in contrasts.main_actor_tones(story):
        points: list[Point | None] = []
        for values, comparison in zip(actor.scores, actor.comparisons):
            if not values:
                points.append(None)
                continue
            here = comparison.here
            interval = here.units >= 2
            flag = {HIGHER: "▲", LOWER: "▼"}.get(comparison.verdict, "")
            words = f"{signed(here.value)}" + (f" {format_bounds(here, signed=True)}" if interval else "") + f", {here.units} mention{'s' if here.units != 1 else ''}"
            points.append(Point(here.value, here.low if interval else None, here.high if interval else None, here.units, flag, words))
        rows.append((actor.actor, points))
    return interval_rows(
        "chart-actors",
        f"Tone toward the main actors in each {unit.one}'s own words (mean over mentions, 95% interval)",
        [g.label for g in groups],
        rows,
        axis=(-1.0, 1.0),
        ticks=[(-1.0, "−1 negative"), (0.0, "0"), (1.0, "+1 positive")],
        unit="mentions",
        link=link,
        link_text="Tone toward actors: the table, each number linking to a sentence",
        empty=f"No actor is named by two {unit.many} in their own words.",
    )


def _frames_chart(story: StoryAudit, groups: Sequence[contrasts.Outlet], link: str) -> Chart:
    comparisons = contrasts.frame_comparisons(story)
    top = max((c.here.high for found in comparisons.values() for c in found), default=0.0)
    end = max(0.1, min(1.0, -(-top * 10 // 1) / 10))  # the next tenth above the highest interval end
    rows = []
    for frame in FRAMES:
        points = []
        for comparison in comparisons[frame]:
            here = comparison.here
            flag = {HIGHER: "▲", LOWER: "▼"}.get(comparison.verdict, "")
            points.append(Point(here.value, here.low, here.high, here.units, flag, f"{here.value:.0%} {format_bounds(here, percent=True)} of {here.units} sentences"))
        rows.append((frame, points))
    ticks = [(value / 10, f"{value * 10}%") for value in range(0, int(round(end * 10)) + 1, 1 if end <= 0.5 else 2)]
    return interval_rows(
        "chart-frames",
        f"Share of each {grouping(story.articles).one}'s sentences cueing each frame (95% interval; ▲ clearly above the others, ▼ clearly below)",
        [g.label for g in groups],
        rows,
        axis=(0.0, end),
        ticks=ticks,
        unit="sentences",
        link=link,
        link_text="The table, with the cue words of each share",
    )


def _figures_chart(story: StoryAudit, groups: Sequence[contrasts.Outlet], link: str) -> Chart:
    tallies = contrasts.figure_tallies(story)
    unit = grouping(story.articles).one
    return stacked_bars(
        "chart-figures",
        f"Figures per {unit}: in conflict with another {unit}, stated alike by another, stated by this {unit} only",
        [(g.label, [t[v] for v in contrasts.FIGURE_VERDICTS]) for g, t in zip(groups, tallies)],
        ["in conflict", "stated alike", f"this {unit} only"],
        ["#D55E00", "#0072B2", GREY],
        unit="figures",
        link=link,
        link_text="Numbers: every figure with its sentence",
        empty="No figure was found in any article.",
    )


# --- the section --------------------------------------------------------------


def term_pieces(texts: Sequence[str]) -> list[list[dict[str, str]]]:
    """Each text cut into pieces, the first use in all ``texts`` of each of ``ANSWER_TERMS``
    marked with its glossary key (``{"text": ..., "term": key or ""}``)."""
    used: set[str] = set()
    result = []
    for text in texts:
        pieces = [{"text": text, "term": ""}]
        for phrase, key in ANSWER_TERMS:
            if key in used:
                continue
            for position, piece in enumerate(pieces):
                found = None if piece["term"] else re.search(rf"\b{re.escape(phrase)}\b", piece["text"])
                if found:
                    cut = [(piece["text"][: found.start()], ""), (found.group(0), key), (piece["text"][found.end():], "")]
                    pieces[position:position + 1] = [{"text": words, "term": term} for words, term in cut if words]
                    used.add(key)
                    break
        result.append(pieces)
    return result


def context(
    story: StoryAudit, anchors: Mapping[str, str] = REPORT_ANCHORS, *, with_charts: bool = True, heading: str = ""
) -> dict[str, Any]:
    """The answer's sentences and (``with_charts``) its charts as plain data, linking to ``anchors``;
    ``heading`` is "How the outlets differ" (or "How the articles differ", ``grouping``) unless given."""
    found = findings(story, anchors)
    pieces = term_pieces([f.text for f in found])
    unit = grouping(story.articles)
    return {
        "computed": bool(story.audits),
        "heading": heading or f"How the {unit.many} differ",
        "groups": unit.count,
        "sentences": [asdict(f) | {"topic_name": TOPIC_NAMES[f.topic], "pieces": p} for f, p in zip(found, pieces)],
        "clear_count": sum(1 for f in found if f.clear),
        "outlets": [g.label for g in contrasts.outlets(story)],
        "charts": [asdict(chart) for chart in charts(story, anchors)] if with_charts else [],
        "voices_rule": {"units": contrasts.VOICES_RULE.min_units, "gap": f"{contrasts.VOICES_RULE.min_gap * 100:.0f} percentage points"},
        "actor_rule": {"units": contrasts.ACTOR_RULE.min_units, "gap": f"{contrasts.ACTOR_RULE.min_gap:.2f}"},
    }


TOPIC_NAMES = {
    "who speaks": "Who speaks",
    "figures": "Figures",
    "facts": "Facts only some carry",
    "tone": "Tone",
    "frames": "Frames",
    "copies": "Copied text",
}


def marks(story: StoryAudit, article_index: int) -> list[Mark]:
    return []
