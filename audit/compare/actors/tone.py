"""Tone toward an actor, built from the tone toward each of its mentions.

A *mention tone* function reads the text around one mention, ``tone(text, start, end)``,
and returns a reading with a ``label`` (negative, neutral, positive) and a ``score`` in
[-1, 1], or ``None`` when there is nothing to read. ``summary`` aggregates the readings of
one actor's mentions in one voice of one article: the count of each label, the mean score
and its 95 % interval (Student's t over the mentions).

``ClauseTone`` is the reading used until a stance model is available: VADER (Hutto &
Gilbert 2014) over the words around the mention, cut by voice and with the names left
out. The context is the whole sentence when it names only this actor, else the clause
holding the mention (clauses end at ; : and dashes, and before "but", "while", "whereas",
"although", "though", "yet", "however"). A mention inside quoted speech is read on the
quoted words of that context, a mention in the outlet's own words on the unquoted words:
a negative quote about the US in a neutral sentence is quoted tone, not the outlet's.
Names are left out of the scored words: VADER rates "united" positive, which would make
every sentence about the United States warmer. Tone around a mention is not tone toward
the actor (issue 15: on NewsMTSC it separates negatively judged actors from neutral ones
near chance), which is why the function is a parameter.
"""
from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from statistics import NormalDist
from typing import Any

from ...model import Article
from ...text import CONTRAST_CLAUSES, clause_spans, has_letter, merge_spans, split_by_spans
from ...tone import NEGATIVE_AT, POSITIVE_AT, analyzer, joined
from .labels import CONTEXT_WINDOW
from .results import MentionTone, ToneSummary

MentionToneFunction = Callable[[str, int, int], Any]

# Two-sided 95 % quantiles of Student's t for 1-30 degrees of freedom (any statistics table,
# e.g. NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.2); beyond 30 the
# Cornish-Fisher expansion below is within 0.001 of the exact value.
_T975 = (
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
    2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
)


def t_quantile_975(degrees: int) -> float:
    """The 0.975 quantile of Student's t with ``degrees`` degrees of freedom (``degrees`` >= 1)."""
    if degrees <= len(_T975):
        return _T975[degrees - 1]
    z = NormalDist().inv_cdf(0.975)
    return z + (z**3 + z) / (4 * degrees) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * degrees**2)


def reading(found: Any) -> MentionTone | None:
    """A mention tone function's answer as a ``MentionTone`` (``None`` stays ``None``)."""
    if found is None:
        return None
    return MentionTone(str(found.label), round(float(found.score), 4))


def summary(readings: Iterable[tuple[int, MentionTone]]) -> ToneSummary:
    """The readings of one actor in one voice of one article, as ``(sentence, tone)`` pairs."""
    pairs = list(readings)
    if not pairs:
        return ToneSummary()
    scores = [tone.score for _, tone in pairs]
    labels = [tone.label for _, tone in pairs]
    count = len(scores)
    average = math.fsum(scores) / count  # statistics.mean is exact and slow; this is the float mean
    low = high = None
    if count >= 2:
        deviation = math.sqrt(math.fsum((s - average) ** 2 for s in scores) / (count - 1))
        margin = t_quantile_975(count - 1) * deviation / math.sqrt(count)
        low, high = round(max(-1.0, average - margin), 4), round(min(1.0, average + margin), 4)
    return ToneSummary(
        mentions=len(pairs),
        negative=labels.count("negative"),
        neutral=labels.count("neutral"),
        positive=labels.count("positive"),
        mean=round(average, 4),
        low=low,
        high=high,
        sentences=tuple(sorted({sentence for sentence, _ in pairs})),
    )


class ClauseTone:
    """VADER over the words around a mention in ``article``, by voice, names left out (see the module).

    ``quoted`` are the article's quoted-speech spans; ``names`` the ``(start, end, actor)``
    of every counted name in it.
    """

    def __init__(
        self,
        article: Article,
        quoted: Sequence[tuple[int, int]],
        names: Sequence[tuple[int, int, str]],
        memo: dict[str, float],
        *,
        negative_at: float = NEGATIVE_AT,
        positive_at: float = POSITIVE_AT,
    ) -> None:
        self.article = article
        self.quoted = merge_spans(quoted)
        self.quoted_starts = [a for a, _ in self.quoted]
        self.starts = [s.start for s in article.sentences]
        by_sentence: dict[int, list[tuple[int, int, str]]] = {}
        for start, end, actor in sorted(names):
            at = bisect_right(self.starts, start) - 1
            if at >= 0:
                by_sentence.setdefault(at, []).append((start, end, actor))
        # per sentence: whether it names several actors, and its names merged (read once, not per mention:
        # a run-on "sentence" naming an actor thousands of times made this quadratic)
        self.several = {at: len({actor for _, _, actor in found}) > 1 for at, found in by_sentence.items()}
        self.names = {at: merge_spans((x, y) for x, y, _ in found) for at, found in by_sentence.items()}
        self.name_starts = {at: [x for x, _ in spans] for at, spans in self.names.items()}
        self.memo = memo
        self.clauses: dict[int, list[tuple[int, int]]] = {}
        self.negative_at, self.positive_at = negative_at, positive_at

    def __call__(self, text: str, start: int, end: int) -> MentionTone | None:
        at = bisect_right(self.starts, start) - 1
        if at < 0 or end > self.article.sentences[at].end:
            return None
        sentence = self.article.sentences[at]
        clauses = self.clauses.get(at)
        if clauses is None:
            several = self.several.get(at, False)
            clauses = clause_spans(text, sentence.start, sentence.end, CONTRAST_CLAUSES) if several else [(sentence.start, sentence.end)]
            self.clauses[at] = clauses
        k = bisect_right(clauses, (start, len(text) + 1)) - 1
        a, b = clauses[k] if k >= 0 and clauses[k][0] <= start < clauses[k][1] else (sentence.start, sentence.end)
        # real sentences are far shorter than the window
        a, b = max(a, start - CONTEXT_WINDOW), min(b, end + CONTEXT_WINDOW)
        inside, outside = split_by_spans(a, b, _near(self.quoted, self.quoted_starts, a, b))
        k = bisect_right(self.quoted_starts, start) - 1
        quoted = k >= 0 and self.quoted[k][0] <= start and end <= self.quoted[k][1]
        names = _near(self.names.get(at, ((start, end),)), self.name_starts.get(at, [start]), a, b)
        pieces = tuple(
            piece
            for x, y in (inside if quoted else outside)
            for piece in split_by_spans(x, y, names)[1]
            if has_letter(text, piece[0], piece[1])
        )
        if not pieces:
            return None
        scored = joined(text, pieces)
        if scored not in self.memo:
            self.memo[scored] = analyzer().polarity_scores(scored)["compound"]
        score = self.memo[scored]
        label = "negative" if score <= self.negative_at else "positive" if score >= self.positive_at else "neutral"
        return MentionTone(label, score)


def _near(spans: Sequence[tuple[int, int]], starts: Sequence[int], a: int, b: int) -> Sequence[tuple[int, int]]:
    """The merged, sorted ``spans`` (with their ``starts``) that overlap ``[a, b)``."""
    first = max(0, bisect_right(starts, a) - 1)
    return spans[first:bisect_right(starts, b)]
