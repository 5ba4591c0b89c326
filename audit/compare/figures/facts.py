"""The results of figure alignment: mentions of a figure, and facts with their verdicts."""
from __future__ import annotations

from dataclasses import dataclass

from ...figures import Figure

VERDICTS = ("conflict", "agree", "agree_after_conversion", "single_source")
# the words for a conflict whose ranges only touch (``Fact.ranges_only_touch``), wherever it is named
RANGES_ONLY_TOUCH = "ranges only touch"


@dataclass(frozen=True)
class Mention:
    """One figure of one article, with the sentence that states it (the evidence)."""

    article_index: int
    article_id: str
    figure: Figure
    sentence: str
    sentence_start: int


@dataclass(frozen=True)
class Fact:
    """One quantity about one thing, as the articles state it, and the verdict.

    ``difference`` is the relative difference between the conflicting figures
    (0.0 when their ranges only touch: ``ranges_only_touch``), ``None`` for other verdicts.
    A conflict's note names the evidence that the figures are about the same thing: the
    names and words their sentences share.
    """

    subject: str
    verdict: str
    note: str
    mentions: tuple[Mention, ...]
    difference: float | None = None

    @property
    def ranges_only_touch(self) -> bool:
        """A conflict at the boundary: explicit bounds on opposite sides that share only an end
        ("$80 to $100 million" and "$100 million+"), kept apart from clear conflicts."""
        return self.verdict == "conflict" and self.difference == 0

    @property
    def kind(self) -> str:
        return self.mentions[0].figure.kind

    @property
    def outlets(self) -> int:
        return len({m.article_index for m in self.mentions})
