"""Every command's output on a folder of articles, byte for byte: the golden snapshot.

Used by ``tests/test_golden_outputs.py`` to keep restructuring honest: moving code must
not move a single byte of the report, the compare page or the CSV, JSON and table output
of ``audit figures``, ``quotes``, ``score`` and ``actors``. Outputs are produced through the
command line's own ``main`` in this process (one Python start for all of them).

Record again after a deliberate change of behaviour::

    AUDIT_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden_outputs.py

and say in the commit message what changed and why.
"""
from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import os
import tempfile
from pathlib import Path

from audit.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
TABLE_COMMANDS = ("figures", "quotes", "score", "actors")
FORMATS = ("json", "csv", "table")
# Terminal tables are drawn for a terminal of this width, whatever runs the tests.
TERMINAL_COLUMNS = "100"


def devsets_folder() -> Path | None:
    """``../shared/devsets`` beside the checkout, or ``$AUDIT_DEVSETS``; None when absent."""
    folder = Path(os.environ.get("AUDIT_DEVSETS", ROOT.parent / "shared" / "devsets"))
    return folder if folder.is_dir() else None


def _run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(argv)
    return code, out.getvalue()


def _compare_pair(folder: Path) -> tuple[str, str] | None:
    """The first two articles' file names, from the folder's manifest (or its sorted files)."""
    manifest = folder / "manifest.csv"
    if manifest.is_file():
        with manifest.open(encoding="utf-8", newline="") as handle:
            names = [row["file"] for row in csv.DictReader(handle)]
    else:
        names = sorted(p.name for p in folder.iterdir() if p.suffix in {".txt", ".html", ".json"})
    return (names[0], names[1]) if len(names) >= 2 else None


def outputs_of(location: Path) -> dict[str, bytes]:
    """Every command's output on the folder ``location``: ``{"figures.json": ..., "report.html": ..., ...}``.

    The commands run from the folder's parent and name it relatively, as a user would, so
    that the outputs (which show input paths) do not depend on where the checkout is.
    """
    previous, cwd = os.environ.get("COLUMNS"), os.getcwd()
    os.environ["COLUMNS"] = TERMINAL_COLUMNS
    os.chdir(location.parent)
    folder = Path(location.name)
    try:
        produced: dict[str, bytes] = {}
        for command in TABLE_COMMANDS:
            for fmt in FORMATS:
                code, text = _run([command, str(folder), "--format", fmt])
                produced[f"{command}.{fmt}"] = f"exit {code}\n{text}".encode("utf-8")
        with tempfile.TemporaryDirectory() as tmp:
            report = Path(tmp) / "report.html"
            code, _ = _run(["report", str(folder), "-o", str(report)])
            produced["report.html"] = f"exit {code}\n".encode("utf-8") + report.read_bytes()
            pair = _compare_pair(folder)
            if pair:
                page = Path(tmp) / "compare.html"
                code, summary = _run(["compare", str(folder / pair[0]), str(folder / pair[1]), "-o", str(page)])
                summary = summary.replace(str(page), "COMPARE_PAGE")
                produced["compare.txt"] = f"exit {code}\n{summary}".encode("utf-8")
                produced["compare.html"] = page.read_bytes()
        return produced
    finally:
        os.chdir(cwd)
        if previous is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = previous


def digests(produced: dict[str, bytes]) -> dict[str, str]:
    return {name: hashlib.sha256(content).hexdigest() for name, content in sorted(produced.items())}
