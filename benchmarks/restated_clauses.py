"""The pairs of one article's figures that restate one clause around two values (``alignment._restated_clause``,
the first condition under which a lone statement joins its article's agreeing one as a contradiction,
issue 14), with both sentences, for judging by reading how often an article that writes one clause
twice around two values states one quantity two ways (a contradiction) rather than two quantities.

Reads every article under the folders given (``.txt`` files, each on its own: the pairs are within an
article), by default the train split of ../shared/devsets/polnear and the figure dev stories; prints each
pair (its two values and sentences) and, last, the count per folder.

Run: python benchmarks/restated_clauses.py [FOLDER ...] [--quiet]
"""
from __future__ import annotations

import argparse
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _figure_devset import devsets  # noqa: E402
from audit import load  # noqa: E402
from audit.compare.figures.alignment import _restated_clause  # noqa: E402
from audit.compare.figures.items import items_of  # noqa: E402
from audit.compare.figures.values import unit_class  # noqa: E402
from audit.figures import figures_in  # noqa: E402


def restated_pairs(path: pathlib.Path) -> list[tuple[str, str, str, str]]:
    """The pairs of ``path``'s figures (surface and sentence each) that restate one clause around two values,
    each once however often its article repeats the two sentences (a live blog's updates)."""
    articles = load([path]).articles
    found: list[tuple[str, str, str, str]] = []
    for article in articles:
        items = [item for item in items_of([article], [figures_in(article)]) if item.alignable]
        by_bucket: dict[tuple[str, str], list] = {}
        for item in items:
            by_bucket.setdefault((item.mention.figure.kind, unit_class(item.mention.figure)), []).append(item)
        for bucket in by_bucket.values():
            for i, x in enumerate(bucket):
                for y in bucket[i + 1 :]:
                    pair = (x.mention.figure.surface, x.mention.sentence, y.mention.figure.surface, y.mention.sentence)
                    if pair not in found and _restated_clause([x], [y], frozenset()):
                        found.append(pair)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=pathlib.Path)
    parser.add_argument("--quiet", action="store_true", help="print the counts only")
    arguments = parser.parse_args()
    folders = arguments.folders
    if not folders:
        root = devsets()
        if root is None:
            sys.exit("no development sets found (../shared/devsets or AUDIT_DEVSETS)")
        folders = [root / "polnear" / "train" / "texts", root / "figures" / "stories"]
    counts = []
    for folder in folders:
        files = sorted(folder.rglob("*.txt"))
        pairs = [pair for file in files for pair in restated_pairs(file)]
        if not arguments.quiet:
            for left, left_sentence, right, right_sentence in pairs:
                print(f"## {left!r} / {right!r}\n  {left_sentence.strip()}\n  {right_sentence.strip()}")
        counts.append(f"{folder}: {len(pairs)} pairs restating one clause around two values in {len(files)} articles")
    print("\n".join(counts))


if __name__ == "__main__":
    main()
