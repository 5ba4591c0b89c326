"""Report sections: each module turns a ``StoryAudit`` into plain template data.

Every section module has the same face: ``NAME`` (the template variable),
``context(story) -> dict`` (what its partial shows) and
``marks(story, article_index) -> list[Mark]`` (what it highlights in that
article's text). They compute nothing new: they arrange lens results.
"""
from __future__ import annotations

from . import coverage, framing, numbers, overview, tone, voices

SECTIONS = (overview, numbers, voices, tone, framing, coverage)
