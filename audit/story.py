"""Composition: every lens applied to every article, then the cross-article comparisons.

This is the one place where the lenses meet. Each lens is a pure function from
an ``Article`` to a frozen result; ``audit_story`` calls them in a fixed order and
bundles the results. Nothing flows back into the articles.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .actors import StoryActors, actors_in
from .compare.copies import Copies, copied_passages, copy_groups
from .compare.coverage import Coverage, coverage_of
from .compare.figures import Fact, compare_figures, discount_copies
from .compare.vocabulary import Vocabulary, distinctive_vocabulary
from .compare.voices import (
    VoicesComparison,
    outlet_voices,
    shared_voices,
    wording_differences,
)
from .figures import Figure, figures_in
from .framing import Framing, framing_of
from .model import Article, InputProblem
from .quotes import Quote, quotes_in
from .readability import Readability, readability_of
from .tone import ArticleTone, tone_of

# Above this many articles the pairwise comparisons (every article against every
# other: copied passages, claims coverage, quote wording, figure alignment) grow
# quadratically and are skipped with a note; the per-article lenses still run.
DEFAULT_MAX_PAIRWISE = 500
PAIRWISE_PARTS = "copied passages, claims coverage, quote-wording differences and figure alignment"


@dataclass(frozen=True)
class ArticleAudit:
    """One article and what each lens found in it."""

    article: Article
    readability: Readability
    framing: Framing
    tone: ArticleTone
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class StoryAudit:
    """All articles of one story, scored and compared."""

    audits: tuple[ArticleAudit, ...]
    problems: tuple[InputProblem, ...] = ()
    vocabulary: Vocabulary | None = None
    copies: Copies = Copies(passages=(), pairs=())
    coverage: Coverage = Coverage(claims=(), articles=(), shared=(), threshold=0.0)
    actors: StoryActors = field(default_factory=lambda: StoryActors((), (), (), ()))
    voices: VoicesComparison | None = None
    facts: tuple[Fact, ...] = ()  # figures aligned across articles, conflicts first
    notes: tuple[str, ...] = ()  # parts not computed and why (a limit was exceeded)

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(audit.article for audit in self.audits)


def audit_article(article: Article) -> ArticleAudit:
    """Apply every per-article lens to ``article``."""
    quotes = quotes_in(article)
    return ArticleAudit(
        article=article,
        readability=readability_of(article),
        framing=framing_of(article),
        # tone scores the outlet's own words apart from the quoted speech the quotes lens found
        tone=tone_of(article, quoted=[(quote.span.start, quote.span.end) for quote in quotes]),
        quotes=quotes,
        figures=figures_in(article),
    )


def audit_story(
    articles: Sequence[Article], problems: Sequence[InputProblem] = (), *, max_pairwise: int = DEFAULT_MAX_PAIRWISE
) -> StoryAudit:
    """Score each article and compare them; the order of ``articles`` is kept.

    With more than ``max_pairwise`` articles the pairwise comparisons are skipped
    and ``StoryAudit.notes`` says so; every per-article lens still runs.
    """
    return compare_audits(tuple(audit_article(article) for article in articles), problems, max_pairwise=max_pairwise)


def compare_audits(
    audits: Sequence[ArticleAudit], problems: Sequence[InputProblem] = (), *, max_pairwise: int = DEFAULT_MAX_PAIRWISE
) -> StoryAudit:
    """The cross-article step alone, on articles already scored (the corpus engine
    scores articles on several workers, then compares them here)."""
    audits = tuple(audits)
    articles = [audit.article for audit in audits]
    quotes = [a.quotes for a in audits]
    outlets, shared = tuple(outlet_voices(a, q) for a, q in zip(articles, quotes)), shared_voices(quotes)
    common = {
        "audits": audits,
        "problems": tuple(problems),
        "vocabulary": distinctive_vocabulary(articles),
        "actors": actors_in(articles, quoted=[a.tone.quoted_spans for a in audits]),
    }
    if len(articles) > max_pairwise:
        note = (
            f"{len(articles)} articles is more than the limit of {max_pairwise} for the pairwise comparisons, "
            f"so {PAIRWISE_PARTS} were not computed; raise the limit with --max-articles"
        )
        return StoryAudit(**common, voices=VoicesComparison(outlets, shared, wording=()), notes=(note,))
    # copies first: the coverage matrix counts a group of copied articles as one source
    copies = copied_passages(articles)
    return StoryAudit(
        **common,
        copies=copies,
        coverage=coverage_of(articles, derived=copies.derived_pairs()),
        voices=VoicesComparison(outlets, shared, wording=wording_differences(quotes)),
        facts=discount_copies(
            compare_figures(articles, [a.figures for a in audits]),
            copy_groups(len(articles), copies.derived_pairs()),
        ),
    )


def pair_story(story: StoryAudit, a: int, b: int) -> StoryAudit:
    """Articles ``a`` and ``b`` of ``story`` (in that order) as a story of two, for ``audit compare``.

    The articles keep the scores they have; only the cross-article comparisons are
    made again, for the pair alone.
    """
    if a == b or not (0 <= a < len(story.audits) and 0 <= b < len(story.audits)):
        raise ValueError(f"choose two different articles among 0..{len(story.audits) - 1}, not {a} and {b}")
    if len(story.audits) == 2 and (a, b) == (0, 1):
        return story
    return compare_audits([story.audits[a], story.audits[b]], story.problems)
