"""Composition: every lens applied to every article, then the cross-article comparisons.

This is the one place where the lenses meet. Each lens is a pure function from
an ``Article`` to a frozen result; ``audit_story`` calls them in a fixed order and
bundles the results. Nothing flows back into the articles.

Each command of the CLI is one call here, computing only what the command shows:
``audit report`` and ``audit compare`` run ``audit_story`` (everything), ``audit score``
``score_articles`` (the per-article lenses), ``audit quotes`` ``story_quotes`` (the
quotes lens) and ``audit actors`` ``actor_tones`` (quotes and actors).
``audit figures`` runs ``audit.facts.figure_facts``, kept apart so that it imports
the figure lens alone.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .compare.actors import StoryActors, actors_in
from .compare.copies import Copies, copied_passages
from .compare.coverage import Coverage, coverage_of
from .compare.figures import Fact
from .compare.vocabulary import Vocabulary, distinctive_vocabulary
from .compare.voices import (
    OutletVoices,
    VoicesComparison,
    outlet_voices,
    shared_voices,
    wording_differences,
)
from .facts import align_figures
from .figures import Figure, figures_in
from .framing import Framing, framing_of
from .limits import DEFAULT_MAX_PAIRWISE, pairwise_note
from .model import Article, InputProblem
from .quotes import Quote, heard, quotes_in
from .readability import Readability, readability_of
from .tone import ArticleTone, tone_of

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

    @property
    def quotes(self) -> tuple[tuple[Quote, ...], ...]:
        """Each article's quotes, in article order."""
        return tuple(audit.quotes for audit in self.audits)

    @property
    def outlet_voices(self) -> tuple[OutletVoices, ...]:
        """Each article's voices, in article order (none when the voices were not compared)."""
        return self.voices.outlets if self.voices is not None else ()


@dataclass(frozen=True)
class ArticleScores:
    """What ``audit score`` shows: every per-article lens on each article, and each article's voices."""

    audits: tuple[ArticleAudit, ...]
    outlet_voices: tuple[OutletVoices, ...] = ()

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(audit.article for audit in self.audits)


@dataclass(frozen=True)
class StoryQuotes:
    """What ``audit quotes`` shows: each article's quotes, in article order."""

    articles: tuple[Article, ...]
    quotes: tuple[tuple[Quote, ...], ...]


@dataclass(frozen=True)
class ActorTones:
    """What ``audit actors`` shows: the story's key actors and how each article treats them."""

    articles: tuple[Article, ...]
    actors: StoryActors


def claimed_spans(quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    """The spans of ``quotes`` that are their speakers' words: not those of a negated cue ("did not say whether
    ..."), which the outlet writes of what was not said, in its own voice, nor a news outlet's report relaying the
    others ("“...,” Ortiz said, according to CNN": its span holds the narration "Ortiz said"; the quote inside counts)."""
    return [(quote.span.start, quote.span.end) for quote in heard(quotes) if not quote.negated]


def audit_article(article: Article) -> ArticleAudit:
    """Apply every per-article lens to ``article``."""
    quotes = quotes_in(article)
    return ArticleAudit(
        article=article,
        readability=readability_of(article),
        framing=framing_of(article),
        # tone scores the outlet's own words apart from the quoted speech the quotes lens found
        tone=tone_of(article, quoted=claimed_spans(quotes)),
        quotes=quotes,
        figures=figures_in(article),
    )


def score_articles(articles: Sequence[Article]) -> ArticleScores:
    """Every per-article lens on each of ``articles``, and each article's voices (``audit score``);
    nothing is compared across articles."""
    audits = tuple(audit_article(article) for article in articles)
    return ArticleScores(audits, tuple(outlet_voices(a.article, a.quotes) for a in audits))


def story_quotes(articles: Sequence[Article]) -> StoryQuotes:
    """The quotes of each of ``articles``, with speaker, role and kind of source (``audit quotes``)."""
    articles = tuple(articles)
    return StoryQuotes(articles, tuple(quotes_in(article) for article in articles))


def actor_tones(articles: Sequence[Article]) -> ActorTones:
    """The key actors of the story ``articles`` tell and each article's tone toward them (``audit actors``).

    Runs the quotes lens (so that tone inside quotes is told apart from the
    outlet's own words, as in ``audit_story``) and the actors lens, nothing else.
    """
    articles = tuple(articles)
    quoted = [claimed_spans(quotes_in(article)) for article in articles]
    return ActorTones(articles, actors_in(articles, quoted=quoted))


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
        note = pairwise_note(len(articles), max_pairwise, PAIRWISE_PARTS)
        return StoryAudit(**common, voices=VoicesComparison(outlets, shared, wording=()), notes=(note,))
    # copies first: the coverage matrix counts a group of copied articles as one source
    copies = copied_passages(articles)
    return StoryAudit(
        **common,
        copies=copies,
        coverage=coverage_of(articles, derived=copies.derived_pairs()),
        voices=VoicesComparison(outlets, shared, wording=wording_differences(quotes)),
        facts=align_figures(articles, [a.figures for a in audits], copies),
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
