"""An index of positions by keys, for callers that compare an item only with the earlier items it may match.

A key function such as ``names.same_entity_keys`` gives each item (the keys to file it under, the keys to look it up
by); two items that can match share a key one files and the other looks up. Comparing each item with every other was
quadratic in the items of a text (people named, speakers quoted)."""
from __future__ import annotations

from collections.abc import Iterable


class KeyIndex:
    """Positions filed under keys; ``candidates`` gives, in order, those filed under any of the keys looked up."""

    def __init__(self) -> None:
        self._filed: dict[str, list[int]] = {}

    def file(self, position: int, keys: Iterable[str]) -> None:
        for key in keys:
            self._filed.setdefault(key, []).append(position)

    def candidates(self, keys: Iterable[str]) -> list[int]:
        return sorted({position for key in keys for position in self._filed.get(key, ())})
