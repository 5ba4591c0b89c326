"""Build ``audit/lexicons/us_governors.csv``, the US state and territorial governors the quotes lens reads.

Run: ``python scripts/build_us_governors.py GOVERNORS_CSV [-o audit/lexicons/us_governors.csv]``, where GOVERNORS_CSV is
``data/united_states_governors_1775_2020.csv`` of the repository jacobkap/governors (commit d6f3035: Jacob Kaplan,
"United States Governors 1775-2020", the National Governors Association's roster of former and current governors,
one row per governor and year, with the years of the term as "2011 - 2019").

Kept: every term ending in 1990 or later. One row per way news writes the name: the given name (initials left out:
"M. Jodi Rell" is Jodi Rell), a nickname the source writes ("Jeremiah W. (Jay) Nixon", 'C.L. "Butch" Otter') and the
common short form of the given name (``SHORT_FORMS``: news writes "Chris Christie" for Christopher Christie); always the
surname (with its particle: "de Jongh"; suffixes left out). ``since`` is the term's first year, ``until`` 1 January of
the year it ends (governors leave office in January; the source gives years only). A name the source garbles (mojibake)
is left out. Sorted; the same input gives the same file.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

SHORT_FORMS = {
    "andrew": "Andy", "anthony": "Tony", "benjamin": "Ben", "charles": "Charlie", "christopher": "Chris", "daniel": "Dan",
    "dannel": "Dan", "deborah": "Debbie", "donald": "Don", "douglas": "Doug", "edward": "Ed", "gerald": "Jerry",
    "gregory": "Greg", "james": "Jim", "jeffrey": "Jeff", "jonathan": "Jon", "joseph": "Joe", "kenneth": "Ken",
    "lawrence": "Larry", "margaret": "Maggie", "matthew": "Matt", "michael": "Mike", "patrick": "Pat", "peter": "Pete",
    "philip": "Phil", "phillip": "Phil", "richard": "Rick", "robert": "Bob", "ronald": "Ron", "samuel": "Sam",
    "stephen": "Steve", "steven": "Steve", "thomas": "Tom", "timothy": "Tim", "william": "Bill",
}
PARTICLES = frozenset({"de", "van", "von", "del", "la", "le", "di", "da"})
STATES = Path(__file__).resolve().parent.parent / "audit" / "lexicons" / "us_states.csv"
FIRST_END_YEAR = 1990
LONGEST_TERM_YEARS = 16  # four four-year terms in a row; a longer span in the source is an error of it
HEADER = """# US state and territorial governors, for the kind of source of a speaker the article names without a role
# (audit/quotes/officials.py): a governor is a government source while in office, as a member of Congress is.
# Source: the National Governors Association's roster of former and current governors, as published by Jacob Kaplan,
# "United States Governors 1775-2020" (github.com/jacobkap/governors, data/united_states_governors_1775_2020.csv,
# commit d6f3035), every term ending in 1990 or later; built by scripts/build_us_governors.py. Columns: given (the
# given name; a nickname the source writes and the common short form of a given name, Christopher -> Chris, each get
# a row of their own), surname, state, since (the term's first year), until (1 January of the year the term ends:
# governors leave office in January; the source gives years only; a term ending after 2020 is the one the governor
# was elected to). The source lists a governor still in office in 2020 with that term only (Greg Abbott from 2019,
# not 2015), has years with no governor for some states (Washington 2014-2019), ends a few terms a year early (Pat
# McCrory "2013 - 2016") and writes some given names as no news does ("Edmund G. Brown Jr." for Jerry Brown): of the
# 50 states, 34 have a governor here on 1 July 2016 (none for Arizona, Arkansas, Hawaii, Louisiana, Maryland,
# Massachusetts, Montana, Nebraska, New York, North Carolina, Oregon, Pennsylvania, Rhode Island, Texas, Utah,
# Washington; the build script prints this count). A governor missing is only a speaker with no kind from this list; a listed first year is no sign of a
# campaign before it (audit/quotes/officials.py reads no candidacy from this list). Terms of less than a year (acting
# governors) and longer than 16 years (errors of the source) are left out. Kentucky's governors take office in
# December: their terms here end 11 months early. The repository states no licence; the rows are public facts
# (names, states and years of office) as the NGA publishes them. Version 2 (2026-11-27).
"""


def rows_of(source: Path) -> list[tuple[str, str, str, int, str]]:
    """(given, surname, state, since, until) for every way of writing each governor's name, sorted."""
    found = set()
    for row in csv.DictReader(source.read_text(encoding="utf-8").splitlines()):
        term = re.match(r"(\d{4})\s*-\s*(\d{4})", row["time_in_office"])
        if term is None or int(term.group(2)) < FIRST_END_YEAR or "Ã" in row["governor"]:
            continue
        if not 0 < int(term.group(2)) - int(term.group(1)) <= LONGEST_TERM_YEARS:
            continue  # an acting governor of a few days ("2017 - 2017"), or the source's junk ("1951 - 1995")
        nicknames = re.findall(r"[(“\"]([A-Z][a-z]+)[)”\"]", row["governor"])
        name = re.sub(r"\s*[(“\"][A-Za-z]+[)”\"]", "", row["governor"])
        name = re.sub(r",?\s+(?:Jr\.|Sr\.|II|III|IV)$", "", name)
        words = [word for word in name.split() if not re.fullmatch(r"(?:[A-Z]\.)+", word)]
        if len(words) < 2 and nicknames:
            words = [nicknames[0], *words]  # 'C.L. "Butch" Otter'
        if len(words) < 2:
            continue
        surname = " ".join(words[-2:]) if len(words) >= 3 and words[-2].lower() in PARTICLES else words[-1]
        state = row["state"].replace("Northern Mariana Is.", "Northern Mariana Islands")
        forms = {words[0], *nicknames}
        if words[0].lower() in SHORT_FORMS:
            forms.add(SHORT_FORMS[words[0].lower()])
        for form in forms:
            found.add((form, surname, state, int(term.group(1)), f"{term.group(2)}-01-01"))
    return sorted(found, key=lambda r: (r[1].lower(), r[0].lower(), r[3], r[2]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="data/united_states_governors_1775_2020.csv of jacobkap/governors")
    parser.add_argument("-o", "--output", type=Path, default=Path(__file__).resolve().parent.parent / "audit" / "lexicons" / "us_governors.csv")
    parser.add_argument("--check-day", default="2016-07-01", help="the day whose coverage is printed (YYYY-MM-DD; default: PolNeAR's year)")
    args = parser.parse_args()
    if not args.source.is_file():
        sys.exit(f"{args.source}: no such file; give data/united_states_governors_1775_2020.csv of jacobkap/governors")
    with args.output.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["given", "surname", "state", "since", "until"])
        rows = rows_of(args.source)
        writer.writerows(rows)
    print(f"{args.output}: {len(rows)} rows")
    # the coverage the header states: how many of the 50 states have a governor on the check day
    states = {row["state"] for row in csv.DictReader(line for line in STATES.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))}
    states.discard("District of Columbia")
    day = args.check_day
    held = {state for _given, _surname, state, since, until in rows if since <= int(day[:4]) and day < until}
    print(f"{len(held & states)} of {len(states)} states have a governor on {day}; none for: {', '.join(sorted(states - held))}")


if __name__ == "__main__":
    main()
