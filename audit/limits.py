"""The limit on the pairwise comparisons, and the note that says what a run left out because of it.

The pairwise comparisons (every article against every other: copied passages, claims
coverage, quote wording, figure alignment) grow with the square of the number of
articles; above the limit they are skipped with a note, and the per-article lenses
still run. ``--max-articles`` raises it.
"""
from __future__ import annotations

DEFAULT_MAX_PAIRWISE = 500


def pairwise_note(articles: int, limit: int, parts: str) -> str:
    """The note saying that ``parts`` were not computed for ``articles`` articles over ``limit``."""
    return (
        f"{articles} articles is more than the limit of {limit} for the pairwise comparisons, "
        f"so {parts} were not computed; raise the limit with --max-articles"
    )
