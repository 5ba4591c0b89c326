"""What a page compares, in words: outlets, or articles when the outlets leave nothing to compare.

The report compares the groups of ``audit.compare.vocabulary.article_groups``: each outlet
with its articles pooled, or each article alone when every article is of one outlet or none
names its outlet (``compared_by_article``). Every heading, explanation and methods sentence
that names what is compared takes its nouns from ``Grouping``, so that a page never speaks of
outlets it does not have, and says once why it compares articles. A page of one article
compares nothing and calls it an article.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..compare.vocabulary import article_groups, compared_by_article, shared_outlet
from ..model import Article


@dataclass(frozen=True)
class Grouping:
    """The nouns for what is compared (``one``, ``many``), how the page counts it (``count``,
    e.g. "3 outlets"), and ``note``: why articles are compared (empty when outlets are)."""

    by_article: bool
    one: str
    many: str
    count: str
    note: str

    @property
    def rest(self) -> str:
        """The others a group is compared with, pooled: "the other outlets"."""
        return f"the other {self.many}"


def grouping(articles: Sequence[Article]) -> Grouping:
    """How a page of ``articles`` names the groups it compares (``article_groups``)."""
    if len(articles) == 1:
        return Grouping(False, "article", "articles", "1 article", "")  # nothing is compared
    if not compared_by_article(articles):
        outlets = len(article_groups(articles))
        return Grouping(False, "outlet", "outlets", f"{outlets} outlets", "")
    outlet = shared_outlet(articles)
    if outlet:
        count = f"{len(articles)} articles of one outlet ({outlet})"
        why = f"Only one outlet is present ({outlet}): its {len(articles)} articles"
    else:
        count = f"{len(articles)} articles of unknown outlets"
        why = f"The outlets of these {len(articles)} articles are unknown: the articles"
    note = f"{why} are compared with each other, each against the other articles together."
    return Grouping(True, "article", "articles", count, note)
