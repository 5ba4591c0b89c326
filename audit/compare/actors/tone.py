"""Tone toward an actor, built from the tone toward each of its mentions.

A *mention tone* function reads the tone of a text toward one mention, ``tone(text, start,
end)``, and returns a reading with a ``label`` (negative, neutral, positive) and a ``score``
in [-1, 1], or ``None`` when there is nothing to read. ``summary`` aggregates the readings of
one actor's mentions in one voice of one article: the count of each label, the mean score
and its 95 % interval (Student's t over the mentions).

``SentenceStance`` is the reading actors use: ``audit.tone.stance_toward`` (the tone toward a
target, a model fitted on NewsMTSC: see ``audit.stance``), given the article's sentence that
holds the mention. It replaced VADER over the words around the mention, which separated
negatively judged actors from neutral ones near chance (issue 15): the tone around a mention
is not the tone toward the actor ("Cruz said Trump's plan was a war crime" is negative about
Trump, not about Cruz). Whether a mention stands in the outlet's own words or inside quotes
is the caller's to say: the summaries keep the two voices apart.
"""
from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable, Iterable
from statistics import NormalDist
from typing import Any

from ...model import Article
from ...tone import Stance, stance_toward
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


class SentenceStance:
    """``audit.tone.stance_toward`` at a mention of ``article``, reading the article's own sentence."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.starts = [s.start for s in article.sentences]

    def __call__(self, text: str, start: int, end: int) -> Stance | None:
        at = bisect_right(self.starts, start) - 1
        if at < 0 or end > self.article.sentences[at].end:
            return None
        sentence = self.article.sentences[at]
        return stance_toward(text, start, end, sentence=(sentence.start, sentence.end))
