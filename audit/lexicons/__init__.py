"""The lexicons and rules, as plain data files with a ``#`` header citing their source.

Every module reads its files through these two helpers, so a comment or blank line
means the same thing in every file.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


def data_lines(name: str) -> list[str]:
    """The lines of ``audit/lexicons/<name>`` that are neither blank nor ``#`` comments, as written."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """A one-entry-per-line word list, stripped and in lower case."""
    return frozenset(line.strip().lower() for line in data_lines(name))
