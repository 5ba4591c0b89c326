"""``audit compare A B``: two articles side by side, as a page and a terminal summary.

The two texts are aligned claim by claim with the same method as the report's
coverage matrix (``audit.compare.coverage``) run on the pair alone: shared claims
are paired on one row, claims only one article carries are marked, and copied
passages (``audit.compare.copies``) are shown with their differences. The lens
sections of the report (figures, voices, tone, framing) show the pair's own
results, so that each shows only what differs between these two.

Everything here reads a *pair*: a ``StoryAudit`` of exactly two articles, A then B
(``audit.story.pair_story`` makes one from a larger story without scoring again).
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .load import DEFAULT_MAX_BYTES, EXPECTED_FILES, load, unique_labels
from .marks import MarkedText, article_anchor, sentence_anchor
from .model import Article, InputProblem, LoadResult
from .pages import render_page
from .report import outlet_note, page_context, published
from .sections import FRAMING, METHODS, NUMBERS, TONE, VOICES, Section, article_marks, page_sections
from .sections import answer as answer_section
from .sections import pair as pair_section
from .sections import numbers as numbers_section
from .sections import tone as tone_section
from .sections import voices as voices_section
from .sections.coverage import passage_view
from .story import StoryAudit

COMPARE_ANCHORS = {
    **answer_section.REPORT_ANCHORS,
    "facts": "pair",
    "copies": "copies",
}
"""Where the answer's evidence is on the compare page: the lens sections are the report's; claims
and copies have their own sections here."""


def _pair_answer(pair: StoryAudit) -> dict[str, Any]:
    return answer_section.context(pair, COMPARE_ANCHORS, with_charts=False, heading="How A and B differ")


ANSWER = Section("answer", "How they differ", _pair_answer)
PAIR = Section("pair", "Shared and different", pair_section.context, pair_section.marks)
ALIGNED = Section("aligned", "The two texts")
COPIES = Section("copies", "Copied passages")
COMPARE_SECTIONS: tuple[Section, ...] = (ANSWER, PAIR, ALIGNED, COPIES, NUMBERS, VOICES, TONE, FRAMING, METHODS)
"""The compare page's sections in order: how A and B differ, what they share and where they
differ, the texts juxtaposed and the copies, then the lenses."""


class PairChoiceError(ValueError):
    """A or B names no article, several articles, an unreadable file, or the same article as the other."""


def pick_article(articles: Sequence[Article], wanted: str) -> Article:
    """The one article whose label, id, outlet or file name is ``wanted`` (case-insensitive).

    Raises ``PairChoiceError`` naming the known labels when none matches, and the
    matching articles when several do.
    """
    key = wanted.strip().lower()
    for attribute in ("label", "id", "outlet"):
        matches = [a for a in articles if getattr(a, attribute).lower() == key]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            names = ", ".join(a.label for a in matches)
            raise PairChoiceError(f"{wanted!r} matches several articles ({names}); use a label or a file name")
    matches = [a for a in articles if Path(a.id).stem.lower() == key or Path(a.source).name.lower() == key]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(sorted(a.label for a in articles)) or "none"
    raise PairChoiceError(f"no article called {wanted!r} (known labels: {known})")


def load_pair(
    a: str, b: str, paths: Sequence[str], *, story_date: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> LoadResult:
    """Articles A and B, and the problems met reading them (``audit compare A B --in PATHS``).

    ``a`` and ``b`` are each a file, or the label, outlet, id or file name of one
    article read from ``paths`` (read once, and only when needed). Raises
    ``PairChoiceError`` when either cannot be found or read, or when both are one article.
    """
    chosen: list[Article] = []
    problems: list[InputProblem] = []
    pool: LoadResult | None = None
    for wanted in (a, b):
        if Path(wanted).is_file():
            loaded = load([wanted], story_date=story_date, max_bytes=max_bytes)
            problems.extend(loaded.problems)
            if not loaded.articles:
                raise PairChoiceError(f"{wanted}: could not be read ({'; '.join(p.reason for p in loaded.problems)})")
            chosen.append(loaded.articles[0])
            continue
        if pool is None:
            pool = load(paths, story_date=story_date, max_bytes=max_bytes)
            if not pool.articles and not pool.problems:
                raise PairChoiceError(f"no articles found in {', '.join(map(str, paths))} (expected {EXPECTED_FILES} files)")
            problems.extend(pool.problems)
        chosen.append(pick_article(pool.articles, wanted))
    if chosen[0].source == chosen[1].source or _same_file(chosen[0].source, chosen[1].source):
        raise PairChoiceError("A and B are the same article; choose two different ones")
    # A and B read from two files apart can carry one label (two articles of one outlet): tell them apart
    return LoadResult(articles=tuple(unique_labels(chosen)), problems=tuple(problems))


def first_pair(paths: Sequence[str], *, story_date: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadResult:
    """The first two articles read from ``paths``, and the problems met reading them (``audit compare``
    with neither A nor B: the sample articles of ``seeds/`` by default). Raises ``PairChoiceError`` when
    fewer than two articles can be read."""
    pool = load(paths, story_date=story_date, max_bytes=max_bytes)
    if len(pool.articles) < 2:
        found = f"only {len(pool.articles)} article" if pool.articles else "no articles"
        raise PairChoiceError(f"{found} found in {', '.join(map(str, paths))}; compare needs two (expected {EXPECTED_FILES} files)")
    return LoadResult(articles=pool.articles[:2], problems=pool.problems)  # labels already unique (``load``)


def _same_file(a: str, b: str) -> bool:
    try:
        return Path(a).samefile(b)
    except OSError:  # a corpus record ("file.jsonl:3") is not a file of its own
        return False


def _check_pair(pair: StoryAudit) -> None:
    if len(pair.audits) != 2:
        raise ValueError(f"a comparison needs a story of two articles, not {len(pair.audits)}; make one with audit.story.pair_story")


def sentence_partners(pair: StoryAudit) -> dict[int, dict[str, Any]]:
    """A's sentences paired with B's, by A's sentence index: ``{"b": index, "why": ..., "tag": ...}``.

    Shared claims first (the claims matrix of the pair, ``audit.compare.coverage``): ``why``
    is ``claim`` and ``tag`` the similarity. Then two sentences stating the same figure fact
    (``audit.compare.figures``: agreeing, or in conflict) are paired when neither is paired
    yet: ``why`` is ``figure`` or ``figures differ`` and ``tag`` the figures as written, so
    "700,000 Dreamers" stated by both sits on one row even when the sentences say it in
    other words. A claim row whose two sentences state one figure fact says so too.
    """
    first, second = pair.articles
    partners: dict[int, dict[str, Any]] = {}
    for claim in pair.coverage.claims:
        in_a, in_b = claim.sentence_in(0), claim.sentence_in(1)
        if in_a and in_b:
            # one of the two is the claim's first sentence (similarity 1): the other's similarity is the pair's
            partners[in_a.sentence] = {"b": in_b.sentence, "why": "claim", "tag": f"{min(in_a.similarity, in_b.similarity):.2f}", "figures": ""}
    paired_b = {row["b"] for row in partners.values()}
    for fact in pair.facts:
        if fact.verdict == "single_source":
            continue
        a_side = [m for m in fact.mentions if m.article_index == 0]
        b_side = [m for m in fact.mentions if m.article_index == 1]
        if not a_side or not b_side:
            continue
        a_sentence = _sentence_at(first, a_side[0].figure.span.start)
        b_sentence = _sentence_at(second, b_side[0].figure.span.start)
        if a_sentence is None or b_sentence is None:
            continue
        figures = f"{a_side[0].figure.surface} / {b_side[0].figure.surface}"
        why = "figures differ" if fact.verdict == "conflict" else "figure"
        row = partners.get(a_sentence)
        if row is not None:
            if row["b"] == b_sentence and not row["figures"]:
                row["figures"] = figures
                row["why"] = "claim, figures differ" if why == "figures differ" else row["why"]
            continue
        if b_sentence in paired_b:
            continue
        partners[a_sentence] = {"b": b_sentence, "why": why, "tag": figures, "figures": figures}
        paired_b.add(b_sentence)
    return partners


def _sentence_at(article: Article, offset: int) -> int | None:
    """The index of the body sentence holding character ``offset``, None outside every sentence."""
    starts = [s.start for s in article.sentences]
    position = bisect_right(starts, offset) - 1
    if position >= 0 and offset < article.sentences[position].end:
        return position
    return None


def alignment(pair: StoryAudit, texts: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The two texts juxtaposed: ``shared`` rows first (A's sentence and B's, in A's order: the
    same claim, or the same figure), then each side's other sentences in its own order
    (``a_rest``, ``b_rest``), each marked ``a``/``b`` (a claim the other does not carry) or
    ``context`` (too short to compare). Every sentence of both articles appears once.
    ``texts`` are the two sides' highlighted sentences (``_marked_sentences``), computed if not given.
    """
    first, second = pair.articles
    if texts is None:
        texts = [_marked_sentences(pair, 0), _marked_sentences(pair, 1)]
    claimed: dict[int, set[int]] = {0: set(), 1: set()}
    for claim in pair.coverage.claims:
        for s in claim.sentences:
            claimed[s.article].add(s.sentence)
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

    partners = sentence_partners(pair)
    shared = [
        {"kind": "shared", "a": cell(0, first, a), "b": cell(1, second, row["b"]), "why": row["why"], "tag": row["tag"], "figures": row["figures"]}
        for a, row in sorted(partners.items())
    ]
    paired_b = {row["b"] for row in partners.values()}

    def rest(side: int, article: Article, skip: set[int], only: str) -> list[dict[str, Any]]:
        found = []
        for index in range(len(article.sentences)):
            if index in skip:
                continue
            item = cell(side, article, index)
            found.append({"kind": only if item["claim"] else "context", "cell": item})
        return found

    a_rest, b_rest = rest(0, first, set(partners), "a"), rest(1, second, paired_b, "b")
    return {
        "shared": shared,
        "a_rest": a_rest,
        "b_rest": b_rest,
        "counts": {
            "shared": len(shared),
            "a": sum(1 for row in a_rest if row["kind"] == "a"),
            "b": sum(1 for row in b_rest if row["kind"] == "b"),
            "by_figure": sum(1 for row in shared if row["why"] in ("figure", "figures differ")),
        },
    }


def _marked_sentences(pair: StoryAudit, side: int) -> dict[str, Any]:
    """One side's title and sentences as highlighted pieces, carrying every evidence anchor of its marks.

    The lens sections of the page link to mark anchors (a figure, a quote, a
    frame cue) as in the report; here they land in the aligned sentence that
    holds the mark. A mark outside every sentence (in the title, or in text the
    splitter left out) gets its anchor on the title or on the nearest sentence
    before it, so that no evidence link is dead.
    """
    article = pair.articles[side]
    marks = article_marks(pair, side)
    cutter = MarkedText(article, side, marks)
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
        "pieces": cutter.pieces(title_span.start, title_span.end, sentence_anchors=False) if title_span else [{"text": article.title, "classes": "", "note": "", "anchors": [], "tags": [], "sentence_anchor": "", "struck": False}],
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
                "outlet_note": outlet_note(article),
                "title": article.title,
                "id": article.id,
                "published": published(article),
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


def compare_context(pair: StoryAudit) -> dict[str, Any]:
    """Everything ``compare.html.j2`` shows: the pair, its alignment and copies, and the lens sections of the pair."""
    _check_pair(pair)
    first, second = pair.articles
    texts = [_marked_sentences(pair, 0), _marked_sentences(pair, 1)]
    return {
        **page_context(pair, title=f"{first.label} compared with {second.label}"),
        **page_sections(COMPARE_SECTIONS, pair),
        "compare": {
            **pair_summary(pair),
            "titles": {"a": texts[0]["title"], "b": texts[1]["title"]},
            "aligned": alignment(pair, texts),
            "passages": [passage_view(p, k + 1, pair.articles) for k, p in enumerate(pair.copies.passages)],
        },
    }


def render_compare(pair: StoryAudit) -> str:
    """The two articles of ``pair`` side by side, as one self-contained HTML document (a string)."""
    return render_page("compare.html.j2", compare_context(pair))


def compare_summary(pair: StoryAudit) -> str:
    """A few lines for the terminal: who the two are, how they differ (the answer's clear differences),
    what they share, the figures that differ, who speaks in each."""
    _check_pair(pair)
    summary = pair_summary(pair)
    first, second = summary["sides"]
    lines = [
        f"A: {first['label']} ({first['outlet']}): {first['title']!r}, {first['words']} words, grade {first['grade']}",
        f"B: {second['label']} ({second['outlet']}): {second['title']!r}, {second['words']} words, grade {second['grade']}",
        *_difference_lines(pair),
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


def _difference_lines(pair: StoryAudit) -> list[str]:
    """The answer's clear differences, one a line, then the topics where the rules find none."""
    found = answer_section.findings(pair, COMPARE_ANCHORS)
    lines = [f"how they differ: {'' if any(f.clear for f in found) else 'no clear difference on any lens'}".rstrip()]
    lines.extend(f"  - {answer_section.TOPIC_NAMES[f.topic].lower()}: {f.text}" for f in found if f.clear)
    alike = [answer_section.TOPIC_NAMES[f.topic].lower() for f in found if not f.clear]
    if alike and len(alike) < len(found):
        lines.append(f"  no clear difference in: {', '.join(dict.fromkeys(alike))}")
    return lines


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
