"""Build ``audit/lexicons/us_places.csv``, the gazetteer of US cities and towns the name finder reads.

Run: ``python scripts/build_us_places.py CITIES_CSV [--min-population 10000]``, where
``CITIES_CSV`` is ``output/cities.csv`` of the repository the-pudding/us-census-cities
(commit a42e185): the US Census Bureau's Vintage 2021 sub-county population estimates
(``sub-est2021_all.csv``, "Annual Estimates of the Resident Population for Incorporated
Places and Minor Civil Divisions", public domain) with each place's legal description
("city", "town", "village", "borough", ...) removed from its name.

Kept: active incorporated places (summary levels 157, 162 and 170) and, in the six New
England states, where the town is the municipality, minor civil divisions (061), of
``--min-population`` people or more in the 2021 estimate. One row per name, with the
states that have a place of that name (sorted) and the largest population, sorted by name.
Names the reduction garbled (a lost "ñ") or joined with a slash ("Hartsville/Trousdale") are left out.
Nothing else is read and nothing is random, so the same input gives the same file.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "audit" / "lexicons" / "us_places.csv"
NEW_ENGLAND = frozenset({"Connecticut", "Maine", "Massachusetts", "New Hampshire", "Rhode Island", "Vermont"})
HEADER = """\
# US cities and towns the name finder types as places where the text reads them as places ("in Uvalde",
# "Buffalo, N.Y.", "an Evanston-based group"), never by the name alone (audit/text/names.py): many are also
# surnames or given names (Warren, Carson, Allen, Tyler). Source: US Census Bureau, Population Division,
# Vintage 2021 sub-county population estimates (sub-est2021_all.csv; public domain), as reduced in
# the-pudding/us-census-cities output/cities.csv (legal descriptions such as "city" or "borough" removed):
# active incorporated places and New England towns of {minimum:,} people or more in July 2021, one row per name.
# Built by scripts/build_us_places.py. states: every state with a place of that name; population: the largest.
"""


def build(source: Path, minimum: int) -> str:
    """The text of ``us_places.csv`` from the reduced Census file at ``source``."""
    places: dict[str, tuple[set[str], int]] = {}
    with source.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            level, state, name = row["SUMLEV"], row["STNAME"], row["name"].strip()
            if level not in ("157", "162", "170") and not (level == "061" and state in NEW_ENGLAND):
                continue
            population = int(row["population"])
            if population < minimum or not name or "(" in name or "/" in name or "\ufffd" in name:
                continue
            states, largest = places.get(name, (set(), 0))
            places[name] = (states | {state}, max(largest, population))
    lines = [HEADER.format(minimum=minimum), "name,states,population\n"]
    for name in sorted(places):
        states, population = places[name]
        lines.append(f"{name},{';'.join(sorted(states))},{population}\n")
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="output/cities.csv of the-pudding/us-census-cities")
    parser.add_argument("--min-population", type=int, default=10_000)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if not args.source.is_file():
        print(f"error: {args.source} is not a file: pass output/cities.csv of the-pudding/us-census-cities", file=sys.stderr)
        return 2
    args.output.write_text(build(args.source, args.min_population), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
