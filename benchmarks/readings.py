"""What a change does to the lenses' readings of real news, counted the way the README states it: dump
the readings of one checkout to a file, dump those of another, and diff the two.

- ``voices``: every quote of PolNeAR train (article, start, speaker, role, kind of source);
- ``removals``: every span the loader removes as web debris from PolNeAR train and dev, the 57 figure
  stories and the seeds (article, start, end, rule, text);
- ``names``: every name mention the name finder reads in PolNeAR train texts, with its kind;
- ``roles``: every figure of PolNeAR train texts with its role in its clause (``change``, ``from``, ``to``, or
  none for a level); ``dump`` prints the tally by role.

``diff`` prints the readings that differ, grouped and counted (voices by speaker, role and kind before
and after; removals added or dropped; names by text and kinds before and after), most frequent first.

Run from a checkout's root (each checkout reads its own ``audit``):
    python benchmarks/readings.py dump voices /tmp/before.json      # at the earlier commit
    python benchmarks/readings.py dump voices /tmp/after.json       # at the later one
    python benchmarks/readings.py diff /tmp/before.json /tmp/after.json [--kind-only]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _figure_devset import devsets  # noqa: E402

from audit import load  # noqa: E402

KINDS = ("voices", "removals", "names", "roles")


def _texts(*folders: Path) -> list[Path]:
    return [path for folder in folders for path in sorted(folder.glob("**/*.txt"))]


def readings(kind: str, root: Path) -> list[list]:
    """The readings of ``kind`` over the development sets at ``root``, each a JSON-ready list whose
    first items say where it is (so that two dumps line up) and whose last ones are what was read."""
    polnear = root / "polnear"
    if kind == "voices":
        from audit.quotes import quotes_in

        articles = load(_texts(polnear / "train" / "texts")).articles
        return [
            [Path(a.id).name, q.span.start, q.speaker.name if q.speaker else "", q.speaker.role if q.speaker else "", q.speaker.category if q.speaker else ""]
            for a in articles for q in quotes_in(a)
        ]
    if kind == "removals":
        paths = _texts(polnear / "train" / "texts", polnear / "dev" / "texts", root / "figures" / "stories", ROOT / "seeds")
        return sorted([a.id, r.start, r.end, r.rule, r.text] for a in load(paths).articles for r in a.removed)
    if kind == "roles":
        from audit.figures import figures_in

        articles = load(_texts(polnear / "train" / "texts")).articles
        return [[Path(a.id).name, f.span.start, f.surface, f.role] for a in articles for f in figures_in(a)]
    from audit.text import find_names

    return [
        [path.name, m.start, m.text, m.kind]
        for path in _texts(polnear / "train" / "texts") for m in find_names(path.read_text(encoding="utf-8"))
    ]


def diff(kind: str, before: list[list], after: list[list], *, last_only: bool = False) -> Counter:
    """The readings that differ between two dumps of ``kind``, grouped as the module docstring says;
    with ``last_only``, those whose last item (a voice's kind of source, a name's kind) differs."""
    changes: Counter = Counter()
    if kind == "removals":
        old, new = {tuple(r) for r in before}, {tuple(r) for r in after}
        changes.update(("dropped", r[3], r[4][:100]) for r in old - new)
        changes.update(("added", r[3], r[4][:100]) for r in new - old)
        return changes
    width = 2  # (article, start) say where a voice, a name or a figure is
    old = {tuple(r[:width]): r[width:] for r in before}
    new = {tuple(r[:width]): r[width:] for r in after}
    for where in sorted(old.keys() & new.keys()):
        if (old[where][-1:] if last_only else old[where]) != (new[where][-1:] if last_only else new[where]):
            changes[(*old[where], "->", *new[where])] += 1
    changes[("only before",)] += len(old.keys() - new.keys())
    changes[("only after",)] += len(new.keys() - old.keys())
    return changes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dump = commands.add_parser("dump", help="write the readings of this checkout")
    dump.add_argument("kind", choices=KINDS)
    dump.add_argument("output", type=Path)
    compare = commands.add_parser("diff", help="count the readings two dumps differ in")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    compare.add_argument("--kind-only", action="store_true", help="count only changes of the kind of source (voices) or of the kind (names)")
    args = parser.parse_args()
    if args.command == "dump":
        root = devsets()
        if root is None:
            sys.exit("../shared/devsets not found (set AUDIT_DEVSETS)")
        found = readings(args.kind, root)
        args.output.write_text(json.dumps({"kind": args.kind, "readings": found}, ensure_ascii=False), encoding="utf-8")
        if args.kind == "roles":
            tally = Counter(reading[-1] or "level" for reading in found)
            print(", ".join(f"{role} {count:,}" for role, count in sorted(tally.items())))
        return
    before, after = (json.loads(path.read_text(encoding="utf-8")) for path in (args.before, args.after))
    if before["kind"] != after["kind"]:
        sys.exit(f"{args.before} holds {before['kind']}, {args.after} {after['kind']}")
    changes = diff(before["kind"], before["readings"], after["readings"], last_only=args.kind_only)
    for change, count in sorted(changes.items(), key=lambda item: (-item[1], item[0])):
        if count:
            print(f"{count:6,}  {' | '.join(map(str, change))}")
    print(f"{sum(n for c, n in changes.items() if c[0] not in ('only before', 'only after')):,} readings changed")


if __name__ == "__main__":
    main()
