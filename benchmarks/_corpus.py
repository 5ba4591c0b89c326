"""Shared by the benchmarks: the seed articles repeated into a text of a given size."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def repeated_seed_texts(min_bytes: int = 1_000_000) -> list[str]:
    """The seed texts, repeated in order until they add up to at least ``min_bytes``."""
    texts, size, seeds = [], 0, seed_texts()
    while size < min_bytes:
        for text in seeds:
            texts.append(text)
            size += len(text.encode("utf-8"))
    return texts
