"""Build ``audit/lexicons/us_officials.csv``, the gazetteer of US federal officeholders the quotes lens reads.

Run: ``python scripts/build_us_officials.py HISTORICAL_CSV CURRENT_YAML EXECUTIVE_YAML``, three files
of the repository unitedstates/congress-legislators (public domain, CC0 1.0): ``legislators-historical.csv``
as of commit 69f8baf (2026-04-22; the snapshot of the repository lacks the YAML file of past members),
``legislators-current.yaml`` and ``executive.yaml`` as of commit dfa9622 (2026-06-15). PyYAML reads the
YAML files (a build-time need only: the package never reads YAML).

Kept: every member of Congress and every president and vice president born in 1900 or later. One row
per way news writes the person's name (given name, nickname, the given name of the Wikipedia title;
always the surname), with gender, the office (senator, representative, president, vice president: for
past members of Congress the office of their last term, as the CSV file gives only that one), the first
year in it where the sources give it (current members and the executive: an article written before that
year does not know the person in that office; past members' years are not in the CSV file), and the
Bioguide identifier, so that each row can be checked. Sorted; nothing is random, so the same
input gives the same file.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "audit" / "lexicons" / "us_officials.csv"
BORN_FROM = "1900"
OFFICES = {"sen": "senator", "rep": "representative", "prez": "president", "viceprez": "vice president"}
HEADER = """\
# US federal officeholders, for the kind of source of a speaker the article names without a role (audit/quotes/officials.py):
# a senator, representative, president or vice president is a government source. Source: unitedstates/congress-legislators
# (public domain, CC0 1.0): legislators-historical.csv of commit 69f8baf (2026-04-22),
# legislators-current.yaml and executive.yaml of commit dfa9622 (2026-06-15); everyone born in {born} or later. One
# row per way news writes the name (given name, nickname or the given name of the Wikipedia title, with the surname).
# office: senator, representative (for past members, the office of their last term: the CSV file gives no other),
# president, vice president; since: the first year in that office where the source gives it (current members and
# the executive). bioguide: the Biographical Directory of the US Congress identifier, to check a row.
# Built by scripts/build_us_officials.py.
"""


def _given_names(first: str, nickname: str, wikipedia: str, full: str, surname: str) -> set[str]:
    names = {first, nickname}
    for title in (wikipedia.split(" (")[0], full):
        words = title.replace(",", " ").split()
        if len(words) >= 2 and words[-1] in (surname, surname.split()[-1]) or len(words) >= 3 and words[-2] == surname:
            names.add(words[0])
    return {name.strip() for name in names if name.strip() and not name.strip().endswith(".")}


def _rows_of_legislators(path: Path) -> list[tuple[str, str, str, str, str, str]]:
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["birthday"] < BORN_FROM or row["type"] not in OFFICES:
                continue
            surname = row["last_name"].strip()
            for given in _given_names(row["first_name"], row["nickname"], row["wikipedia_id"], row["full_name"], surname):
                rows.append((given, surname, row["gender"], OFFICES[row["type"]], "", row["bioguide_id"]))
    return rows


def _rows_of_terms(path: Path, offices: tuple[str, ...]) -> list[tuple[str, str, str, str, str, str]]:
    """Rows of a YAML file of people with their terms (current legislators, the executive)."""
    import yaml  # build time only

    rows = []
    for person in yaml.safe_load(path.read_text(encoding="utf-8")):
        if str(person["bio"].get("birthday", "")) < BORN_FROM:
            continue
        name = person["name"]
        surname = name["last"]
        for office in offices:
            starts = [str(term["start"]) for term in person["terms"] if term["type"] == office]
            if not starts:
                continue
            wikipedia = person["id"].get("wikipedia", "")
            for given in _given_names(name["first"], name.get("nickname", ""), wikipedia, name.get("official_full", ""), surname):
                rows.append((given, surname, person["bio"]["gender"], OFFICES[office], min(starts)[:4], person["id"].get("bioguide", "")))
    return rows


def build(historical: Path, current: Path, executive: Path) -> str:
    """The text of ``us_officials.csv`` from the three source files."""
    rows = sorted(set(_rows_of_legislators(historical) + _rows_of_terms(current, ("sen", "rep")) + _rows_of_terms(executive, ("prez", "viceprez"))))
    lines = [HEADER.format(born=BORN_FROM), "given,surname,gender,office,since,bioguide\n"]
    lines.extend(",".join(row) + "\n" for row in rows)
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("historical", type=Path, help="legislators-historical.csv of unitedstates/congress-legislators")
    parser.add_argument("current", type=Path, help="legislators-current.yaml of unitedstates/congress-legislators")
    parser.add_argument("executive", type=Path, help="executive.yaml of unitedstates/congress-legislators")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    for path in (args.historical, args.current, args.executive):
        if not path.is_file():
            print(f"error: {path} is not a file: pass the files of unitedstates/congress-legislators", file=sys.stderr)
            return 2
    args.output.write_text(build(args.historical, args.current, args.executive), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
