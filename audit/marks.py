"""Highlights over an article's text, as the report shows them."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mark:
    """A highlighted span of an article's text in the report.

    ``kind`` becomes a CSS class (``debris``, ``figure``, ``quote``...), ``note`` the
    hover/focus text, ``anchor`` the id that scores link to.
    """

    start: int
    end: int
    kind: str
    note: str = ""
    anchor: str = ""
