"""The lexicons and rules, as plain data files with a ``#`` header citing their source.

Every module reads its files through these helpers, so a comment or blank line
means the same thing in every file.
"""
from __future__ import annotations

import csv
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


@lru_cache(maxsize=None)
def words_for_use(name: str, column: str, use: str, uses: tuple[str, ...]) -> frozenset[str]:
    """The words of ``column`` in ``audit/lexicons/<name>`` whose space-separated ``uses`` column names
    ``use`` (one of ``uses``), stripped and in lower case: one list serving several rules, each row saying
    which rules read it. A row without a word, without a use or with an unknown use is an error."""
    if use not in uses:
        raise ValueError(f"no use {use!r} of lexicons/{name}; use one of {', '.join(uses)}")
    found = set()
    for number, row in enumerate(csv.DictReader(data_lines(name)), start=2):
        row_uses = (row["uses"] or "").split()
        if not (row[column] or "").strip() or not row_uses or not set(row_uses) <= set(uses):
            raise ValueError(
                f"audit/lexicons/{name} row {number}: expected {column},uses with uses among "
                f"{', '.join(uses)}; found {row!r}"
            )
        if use in row_uses:
            found.add(row[column].strip().lower())
    return frozenset(found)
