"""The frozen results of the actors comparison: actors, their mentions, tone toward them, labels, merges."""
from __future__ import annotations

from dataclasses import dataclass

TONE_LABELS = ("negative", "neutral", "positive")


@dataclass(frozen=True)
class MentionTone:
    """The tone of the text toward one mention: ``label`` one of ``TONE_LABELS``, ``score`` in [-1, 1]."""

    label: str
    score: float


@dataclass(frozen=True)
class Mention:
    """One mention of an actor: ``surface == article.text[start:end]``, the name without its title.

    ``sentence`` is the body sentence index, ``None`` in the headline; ``title`` the
    honorific or office written before the name ("Sen.", "Mr."); ``quoted`` whether
    the mention lies inside quoted speech; ``tone`` the tone toward it (``None`` in
    the headline, which is not scored).
    """

    start: int
    end: int
    surface: str
    sentence: int | None
    quoted: bool
    title: str = ""
    tone: MentionTone | None = None


@dataclass(frozen=True)
class ToneSummary:
    """The tone toward an actor over its mentions in one voice of one article.

    ``negative``, ``neutral`` and ``positive`` count mentions by label; ``mean`` is the
    mean score, with ``low`` and ``high`` its 95 % interval (Student's t over the
    mentions; ``None`` with fewer than two). ``sentences`` are the body sentences
    of those mentions, in order.
    """

    mentions: int = 0
    negative: int = 0
    neutral: int = 0
    positive: int = 0
    mean: float | None = None
    low: float | None = None
    high: float | None = None
    sentences: tuple[int, ...] = ()

    def shares(self) -> dict[str, float | None]:
        """The share of mentions with each label of ``TONE_LABELS``, in that order; ``None`` without mentions."""
        counts = {"negative": self.negative, "neutral": self.neutral, "positive": self.positive}
        return {label: round(counts[label] / self.mentions, 4) if self.mentions else None for label in TONE_LABELS}


@dataclass(frozen=True)
class Label:
    """A noun phrase naming or describing an actor; ``text == article.text[start:end]``.

    ``rule``: ``title`` (the office written before the name, with what modifies it),
    ``before`` (a descriptor written before the name), ``appositive`` (after it) or
    ``naming verb``.
    """

    text: str
    start: int
    end: int
    sentence: int
    rule: str


@dataclass(frozen=True)
class ActorInArticle:
    """One actor as one article treats it: ``own`` is the tone in the outlet's own words, ``quoted`` inside quotes."""

    actor: str
    article: str
    outlet: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    own: ToneSummary
    quoted: ToneSummary
    labels: tuple[Label, ...]

    @property
    def own_tone(self) -> float | None:
        """Mean tone toward the actor over its own-voice mentions, ``None`` without any."""
        return self.own.mean

    @property
    def quoted_tone(self) -> float | None:
        """Mean tone toward the actor over its mentions inside quotes, ``None`` without any."""
        return self.quoted.mean

    @property
    def evidence(self) -> tuple[int, ...]:
        """Indices of the body sentences that mention the actor, in order."""
        return tuple(sorted({m.sentence for m in self.mentions if m.sentence is not None}))


@dataclass(frozen=True)
class Actor:
    """An actor of the story: canonical name, kind, and how it was found.

    ``kind``: person, organization, place, group or unknown (found by the name finder; a place
    ``lexicons/places.csv`` types as a country is a country),
    or the kind ``lexicons/actors.csv`` gives (country, territory, region, institution, party, law);
    ``source``: ``lexicon`` or ``names``.
    """

    name: str
    kind: str
    source: str
    mentions: int
    articles: int
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Merge:
    """How an alias was tied to an actor: ``rule`` in plain words, ``articles`` where it applied."""

    alias: str
    actor: str
    rule: str
    articles: tuple[str, ...]


@dataclass(frozen=True)
class Ambiguous:
    """A short name that could be several people in its scope, and so was not counted."""

    alias: str
    article: str
    candidates: tuple[str, ...]


@dataclass(frozen=True)
class StoryActors:
    """The key actors of a story and each article's treatment of them.

    ``actors`` are the key actors (sorted by mentions, then name);
    ``by_article[i]`` lists, for article ``i``, every key actor it mentions.
    """

    actors: tuple[Actor, ...]
    by_article: tuple[tuple[ActorInArticle, ...], ...]
    merges: tuple[Merge, ...]
    ambiguous: tuple[Ambiguous, ...]
