"""Build ``audit/lexicons/us_officials.csv``, the gazetteer of US federal officeholders the quotes lens reads.

Run: ``python scripts/build_us_officials.py HISTORICAL_CSV CURRENT_YAML EXECUTIVE_YAML --history GIT_DIR``,
three files of the repository unitedstates/congress-legislators (public domain, CC0 1.0): ``legislators-historical.csv``
as of commit 69f8baf (2026-04-22; the snapshot of the repository lacks the YAML file of past members),
``legislators-current.yaml`` and ``executive.yaml`` as of commit dfa9622 (2026-06-15), and the git directory of
that repository, whose history of ``legislators-current.yaml`` (from its first version, 2012-09-27) says when
the members of Congress who have left since then left: the last commit of each month is read. PyYAML reads the
YAML files and ``git`` the history (build-time needs only: the package never reads YAML).

Kept: every member of Congress and every president and vice president born in 1900 or later. One row
per way news writes the person's name (given name, nickname, the given name of the Wikipedia title;
always the surname), with gender, the office (senator, representative, president, vice president: for
past members of Congress the office of their last term, as the CSV file gives only that one), the first
year in it where the sources give it (current members and the executive: an article written before that
year does not know the person in that office; past members' years are not in the CSV file), the day by
which they had left it (``until``: the end of their last term in it, as the executive file or the last
version of ``legislators-current.yaml`` that lists them gives it, or the day of the first version that no
longer does, whichever is sooner; for past members no version lists, the day of the first version,
2012-09-27, by which they had left; empty while they hold it), and the
Bioguide identifier, so that each row can be checked. Sorted; nothing is random, so the same
input gives the same file.
"""
from __future__ import annotations

import argparse
import csv
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "audit" / "lexicons" / "us_officials.csv"
BORN_FROM = "1900"
SNAPSHOT_DAY = "2026-06-15"  # the day of commit dfa9622, whose current members and executive are read
OFFICES = {"sen": "senator", "rep": "representative", "prez": "president", "viceprez": "vice president"}
HEADER = """\
# US federal officeholders, for the kind of source of a speaker the article names without a role (audit/quotes/officials.py):
# a senator, representative, president or vice president is a government source while in office, and one who takes the office
# within two years after the article's day was a candidate for it, a political source. Source: unitedstates/congress-legislators
# (public domain, CC0 1.0): legislators-historical.csv of commit 69f8baf (2026-04-22),
# legislators-current.yaml and executive.yaml of commit dfa9622 (2026-06-15) and the history of legislators-current.yaml
# (the last commit of each month from 2012-09-27 to 2026-06-15); everyone born in {born} or later. One
# row per way news writes the name (given name, nickname or the given name of the Wikipedia title, with the surname).
# office: senator, representative (for past members, the office of their last term: the CSV file gives no other),
# president, vice president; since: the first year in that office where the source gives it (current members and
# the executive). until: a day by which they had left that office (the end of their last term in it, from the
# executive file and the history of legislators-current.yaml since its first version of 2012-09-27; for past
# members that history never lists, 2012-09-27); empty while they hold it. bioguide: the Biographical Directory
# of the US Congress identifier, to check a row. Built by scripts/build_us_officials.py.
"""


def _given_names(first: str, nickname: str, wikipedia: str, full: str, surname: str) -> set[str]:
    names = {first, nickname}
    for title in (wikipedia.split(" (")[0], full):
        words = title.replace(",", " ").split()
        if len(words) >= 2 and words[-1] in (surname, surname.split()[-1]) or len(words) >= 3 and words[-2] == surname:
            names.add(words[0])
    return {name.strip() for name in names if name.strip() and not name.strip().endswith(".")}


Row = tuple[str, str, str, str, str, str, str]  # given, surname, gender, office, since, until, bioguide


def _rows_of_legislators(path: Path, left: dict[tuple[str, str], str], first_version: str) -> list[Row]:
    """Rows of the CSV file of past members of Congress: the office of their last term, and the day they
    left it (``left``, from the history), else the day of the history's first version."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["birthday"] < BORN_FROM or row["type"] not in OFFICES:
                continue
            surname = row["last_name"].strip()
            until = left.get((row["bioguide_id"], row["type"]), first_version)
            for given in _given_names(row["first_name"], row["nickname"], row["wikipedia_id"], row["full_name"], surname):
                rows.append((given, surname, row["gender"], OFFICES[row["type"]], "", until, row["bioguide_id"]))
    return rows


def _rows_of_terms(path: Path, offices: tuple[str, ...], on: str, left: dict[tuple[str, str], str]) -> list[Row]:
    """Rows of a YAML file of people with their terms (current legislators, the executive), the file being
    of the day ``on``: the first year in each office, and the day they left it when the file or the
    history (``left``) says they have."""
    import yaml  # build time only

    rows = []
    for person in yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader):
        if str(person["bio"].get("birthday", "")) < BORN_FROM:
            continue
        name = person["name"]
        surname = name["last"]
        bioguide = person["id"].get("bioguide", "")
        for office in offices:
            terms = [term for term in person["terms"] if term["type"] == office]
            if not terms:
                continue
            start = min(str(term["start"]) for term in terms)
            end = max(str(term["end"]) for term in terms)
            until = min(end, left.get((bioguide, office), end)) if end < on else ""
            wikipedia = person["id"].get("wikipedia", "")
            for given in _given_names(name["first"], name.get("nickname", ""), wikipedia, name.get("official_full", ""), surname):
                rows.append((given, surname, person["bio"]["gender"], OFFICES[office], start[:4], until, bioguide))
    return rows


def _git(git_dir: Path, *args: str) -> str:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True, text=True).stdout


def departures(git_dir: Path, until: str) -> tuple[dict[tuple[str, str], str], str]:
    """From the history of ``legislators-current.yaml`` up to the day ``until``: for each (Bioguide
    identifier, office) of a member who held it in some version and no longer in the last one, the day
    they had left it (the end of their last term in it as the last version listing them gives it, or the
    day of the next version read, whichever is sooner); and the day of the first version."""
    import yaml  # build time only

    log = [line.split() for line in _git(git_dir, "log", "--reverse", "--format=%H %cs", f"--until={until}", "--", "legislators-current.yaml").splitlines()]
    monthly = {day[:7]: commit for commit, day in log}  # the last commit of each month
    versions = sorted({(day, commit) for commit, day in log if monthly[day[:7]] == commit} | {(log[0][1], log[0][0])})
    last_end: dict[tuple[str, str], str] = {}
    gone: dict[tuple[str, str], str] = {}
    for day, commit in versions:
        held = set()
        for person in yaml.load(_git(git_dir, "show", f"{commit}:legislators-current.yaml"), Loader=yaml.CSafeLoader):
            bioguide = person["id"].get("bioguide", "")
            for term in person["terms"]:
                if str(term["start"]) <= day:
                    key = (bioguide, term["type"])
                    last_end[key] = max(last_end.get(key, ""), str(term["end"]))
                    if str(term["end"]) >= day:
                        held.add(key)
        for key in last_end:
            if key not in held:
                gone.setdefault(key, day)
            else:
                gone.pop(key, None)
    return {key: min(last_end[key], gone[key]) for key in gone}, versions[0][0]


def build(historical: Path, current: Path, executive: Path, history: Path, on: str = SNAPSHOT_DAY) -> str:
    """The text of ``us_officials.csv`` from the three source files and the history of the repository."""
    left, first_version = departures(history, on)
    rows = sorted(set(
        _rows_of_legislators(historical, left, first_version)
        + _rows_of_terms(current, ("sen", "rep"), on, left)
        + _rows_of_terms(executive, ("prez", "viceprez"), on, {})
    ))
    lines = [HEADER.format(born=BORN_FROM), "given,surname,gender,office,since,until,bioguide\n"]
    lines.extend(",".join(row) + "\n" for row in rows)
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("historical", type=Path, help="legislators-historical.csv of unitedstates/congress-legislators")
    parser.add_argument("current", type=Path, help="legislators-current.yaml of unitedstates/congress-legislators")
    parser.add_argument("executive", type=Path, help="executive.yaml of unitedstates/congress-legislators")
    parser.add_argument("--history", type=Path, required=True, help="the git directory of unitedstates/congress-legislators")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    for path in (args.historical, args.current, args.executive):
        if not path.is_file():
            print(f"error: {path} is not a file: pass the files of unitedstates/congress-legislators", file=sys.stderr)
            return 2
    args.output.write_text(build(args.historical, args.current, args.executive, args.history), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
