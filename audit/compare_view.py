"""``audit compare A B``: two articles side by side, as plain template data and a terminal summary.

The two texts are aligned claim by claim with the same method as the report's
coverage matrix (``audit.compare.coverage``) run on the pair alone: shared claims
are paired on one row, claims only one article carries are marked, and copied
passages (``audit.compare.copies``) are shown with their differences. The
per-article lenses (figures, voices, tone, framing) fill the same section
partials as the report, computed on the pair, so that each shows only what
differs between these two.
"""
from __future__ import annotations

from typing import Any

from .model import Article
from .story import StoryAudit, audit_story


def pair_story(story: StoryAudit, a: int, b: int) -> StoryAudit:
    """``story`` restricted to articles ``a`` and ``b`` (in that order), re-audited as a story of two."""
    if len(story.audits) == 2 and (a, b) == (0, 1):
        return story
    if a == b or not (0 <= a < len(story.audits) and 0 <= b < len(story.audits)):
        raise ValueError(f"choose two different articles among 0..{len(story.audits) - 1}, not {a} and {b}")
    return audit_story([story.audits[a].article, story.audits[b].article], story.problems)


def alignment_rows(pair: StoryAudit, texts: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Rows of the two-column view: every body sentence of A and of B, shared claims on one row.

    A's sentences keep their order; each of B's sentences is placed just before
    the first row that needs a later sentence of B, so both columns read in
    order wherever the two articles follow the same order. ``texts`` are the two
    sides' highlighted sentences (``_marked_sentences``), computed here if not given.
    """
    from .report import sentence_anchor

    first, second = pair.articles
    if texts is None:
        texts = [_marked_sentences(pair, 0), _marked_sentences(pair, 1)]
    partner: dict[int, tuple[int, float]] = {}
    claimed = {0: set(), 1: set()}
    for claim in pair.coverage.claims:
        in_a, in_b = claim.sentence_in(0), claim.sentence_in(1)
        for s in claim.sentences:
            claimed[s.article].add(s.sentence)
        if in_a and in_b:
            # one of the two is the claim's first sentence (similarity 1): the other's similarity is the pair's
            partner[in_a.sentence] = (in_b.sentence, min(in_a.similarity, in_b.similarity))
    copied = [_copied_sentences(pair, 0), _copied_sentences(pair, 1)]

    def cell(side: int, article: Article, index: int) -> dict[str, Any]:
        sentence = article.sentences[index]
        pieces, extra_anchors = texts[side]["sentences"][index]
        return {
            "text": sentence.text,
            "pieces": pieces,
            "anchors": extra_anchors,
            "anchor": sentence_anchor(side, index),
            "claim": index in claimed[side],
            "copied": index in copied[side],
            "heading": sentence.is_heading,
        }

    rows: list[dict[str, Any]] = []
    pending_b = 0
    paired_b = {b for b, _ in partner.values()}

    def flush_b(until: int) -> None:
        nonlocal pending_b
        while pending_b < until:
            if pending_b not in paired_b:
                b_cell = cell(1, second, pending_b)
                rows.append({"kind": "b" if b_cell["claim"] else "context", "a": None, "b": b_cell})
            pending_b += 1

    for index in range(len(first.sentences)):
        a_cell = cell(0, first, index)
        if index in partner:
            b_index, similarity = partner[index]
            flush_b(b_index)
            rows.append({"kind": "shared", "a": a_cell, "b": cell(1, second, b_index), "similarity": f"{similarity:.2f}"})
        else:
            rows.append({"kind": "a" if a_cell["claim"] else "context", "a": a_cell, "b": None})
    flush_b(len(second.sentences))
    return rows


def _marked_sentences(pair: StoryAudit, side: int) -> dict[str, Any]:
    """One side's title and sentences as highlighted pieces, carrying every evidence anchor of its marks.

    The lens sections of the page link to mark anchors (a figure, a quote, a
    frame cue) as in the report; here they land in the aligned sentence that
    holds the mark. A mark outside every sentence (in the title, or in text the
    splitter left out) gets its anchor on the title or on the nearest sentence
    before it, so that no evidence link is dead.
    """
    from .report import _Cutter, article_anchor, article_marks

    article = pair.articles[side]
    marks = article_marks(pair, side)
    cutter = _Cutter(article, side, marks)
    sentences = article.sentences
    placed = [(s.start, s.end) for s in sentences]
    title_span = article.title_span
    if title_span:
        placed.append((title_span.start, title_span.end))
    stray: dict[int, list[str]] = {}
    title_anchors = [article_anchor(side)]
    for mark in sorted(marks, key=lambda m: (m.start, m.anchor)):
        if not mark.anchor or any(a <= mark.start < b for a, b in placed):
            continue
        before = [s.index for s in sentences if s.start <= mark.start]
        if before:
            stray.setdefault(before[-1], []).append(mark.anchor)
        else:
            title_anchors.append(mark.anchor)
    title = {
        "pieces": cutter.pieces(title_span.start, title_span.end, sentence_anchors=False) if title_span else [{"text": article.title, "classes": "", "note": "", "anchors": [], "sentence_anchor": "", "struck": False}],
        "anchors": list(dict.fromkeys(title_anchors)),
        "anchor": "",
        "claim": False,
        "copied": False,
        "heading": True,
    }
    return {
        "title": title,
        "sentences": [
            (cutter.pieces(s.start, s.end, sentence_anchors=False), list(dict.fromkeys(stray.get(s.index, []))))
            for s in sentences
        ],
    }


def pair_summary(pair: StoryAudit) -> dict[str, Any]:
    """The numbers the page and the terminal summary share."""
    coverage, copies = pair.coverage, pair.copies
    shared = sum(1 for claim in coverage.claims if len(claim.articles) == 2)
    copying = copies.pair(0, 1)
    sides = []
    for side, audit in enumerate(pair.audits):
        article = audit.article
        selection = coverage.articles[side]
        sides.append(
            {
                "label": article.label,
                "outlet": article.outlet,
                "title": article.title,
                "id": article.id,
                "published": article.published or (f"{article.story_date} (story date)" if article.story_date else "unknown"),
                "words": article.word_count,
                "grade": f"{audit.readability.flesch_kincaid_grade:.1f}",
                "claims": selection.claims,
                "unique": len(selection.unique),
                "unique_share": f"{selection.unique_share:.0%}",
            }
        )
    return {
        "sides": sides,
        "shared_claims": shared,
        "shared_share": f"{coverage.shared[0][1]:.0%}",
        "threshold": f"{coverage.threshold:.2f}",
        "copied_words": copying.copied_words if copying else 0,
        "copied_share": f"{copying.share:.0%}" if copying else "0%",
        "derived": bool(copying and copying.derived),
        "passage_count": len(copies.passages),
    }


def compare_context(story: StoryAudit, a: int, b: int) -> dict[str, Any]:
    """Everything ``compare.html.j2`` shows: the report context of the pair plus the alignment."""
    from .report import report_context
    from .sections.coverage import passage_view

    pair = pair_story(story, a, b)
    first, second = pair.articles
    context = report_context(pair, title=f"{first.label} compared with {second.label}")
    # the page's own order: the pair, the alignment and the copies first, then the lenses
    context["section_numbers"] = {
        name: n for n, name in enumerate(("pair", "aligned", "copies", "numbers", "voices", "tone", "framing", "methods"), start=1)
    }
    texts = [_marked_sentences(pair, 0), _marked_sentences(pair, 1)]
    context["compare"] = {
        **pair_summary(pair),
        "titles": {"a": texts[0]["title"], "b": texts[1]["title"]},
        "rows": alignment_rows(pair, texts),
        "passages": [passage_view(p, k + 1, pair.articles) for k, p in enumerate(pair.copies.passages)],
    }
    return context


def compare_summary(story: StoryAudit, a: int = 0, b: int = 1) -> str:
    """A few lines for the terminal: who the two are, what they share, the figures that differ, who speaks in each."""
    from .sections import numbers as numbers_section
    from .sections import tone as tone_section
    from .sections import voices as voices_section

    pair = pair_story(story, a, b)
    summary = pair_summary(pair)
    first, second = summary["sides"]
    lines = [
        f"A: {first['label']} ({first['outlet']}): {first['title']!r}, {first['words']} words, grade {first['grade']}",
        f"B: {second['label']} ({second['outlet']}): {second['title']!r}, {second['words']} words, grade {second['grade']}",
        f"shared claims: {summary['shared_claims']} ({summary['shared_share']} of the claims either carries; similarity >= {summary['threshold']})",
        f"only in A: {first['unique']} of {first['claims']} claims ({first['unique_share']}); only in B: {second['unique']} of {second['claims']} claims ({second['unique_share']})",
    ]
    if summary["passage_count"]:
        verdict = "one derived from the other (or both from a third): not independent" if summary["derived"] else "below the derivation threshold"
        lines.append(f"copied text: {summary['passage_count']} passage(s), {summary['copied_words']} words ({summary['copied_share']} of the shorter); {verdict}")
    else:
        lines.append("copied text: none")
    lines.extend(_figure_lines(numbers_section.context(pair)))
    lines.extend(_voice_lines(voices_section.context(pair), (first["label"], second["label"])))
    tone = tone_section.context(pair)
    if tone.get("computed"):
        lines.append("tone (mean of sentences, -1..+1; own words / quotes): " + "; ".join(
            f"{o['label']} {o['mean']} ({o['own_mean']} / {o['quoted_mean']})" for o in tone["outlets"]
        ))
    return "\n".join(lines)


def _figure_lines(numbers: dict[str, Any]) -> list[str]:
    """Figures the two state differently, then how many they state alike."""
    if not numbers.get("computed"):
        return []
    conflicts, alike = numbers["conflicts"], numbers["corroborated"]
    lines = [f"figures that differ: {len(conflicts) or 'none found'}"]
    for fact in conflicts:
        # the note names each side's value and why they differ
        lines.append(f"  - {fact['subject']}: {fact['note']}")
    lines.append(f"figures both state alike: {len(alike)}" + (": " + "; ".join(f"{f['subject']} ({f['stated']})" for f in alike) if alike else ""))
    return lines


def _voice_lines(voices: dict[str, Any], labels: tuple[str, str]) -> list[str]:
    """Who speaks in each article (speaker and kind of source), and who speaks in both."""
    if not voices.get("computed"):
        return []
    lines = []
    for side, outlet in zip("AB", voices["outlets"]):
        named = ", ".join(f"{row['name']} ({row['category']})" for row in outlet["rows"]) or "none found"
        lines.append(f"voices in {side} ({outlet['voices']} in {outlet['quotes']} quotes): {named}")
    both = [voice["name"] for voice in voices["shared"]]
    lines.append(f"voices in both: {', '.join(both) if both else 'none'}")
    return lines


def _copied_sentences(pair: StoryAudit, side: int) -> set[int]:
    """Sentences of one side that overlap a copied passage."""
    article = pair.articles[side]
    spans = [p.a_span if side == p.a else p.b_span for p in pair.copies.passages]
    return {s.index for s in article.sentences if any(span.start < s.end and s.start < span.end for span in spans)}
