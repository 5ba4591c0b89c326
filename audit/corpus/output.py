"""The corpus output folder: per-story files, the manifest that makes runs resumable, the tables.

Layout of ``OUTDIR``::

    index.html                      stories, headline differences, outlet profiles
    stories/<story>.html            one report per story (file name made safe)
    tables/<table>.csv              the whole corpus, one tidy table each
    tables/<table>.parquet          the same, when pyarrow is installed
    tables/by-story/<story>/<table>.csv   each story's rows (assembled into the above)
    manifest.jsonl                  one line per finished story

A story is finished when its report and table rows have been written (each
atomically: a temporary file renamed into place) and its line appended to the
manifest. A rerun skips every story whose manifest line has the same
fingerprint (its records, the options and the package version) and whose
files are still there; a torn last line (an interrupted append) is ignored.
At the end of a complete run the manifest is rewritten in sorted order, listing
only the stories of this corpus; files of stories no longer in it are left
alone (never deleted), but no longer indexed.
"""
from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..pages import write_output

MANIFEST_NAME = "manifest.jsonl"


def story_report_path(outdir: Path, file_name: str) -> Path:
    return outdir / "stories" / f"{file_name}.html"


def story_table_path(outdir: Path, file_name: str, table: str) -> Path:
    return outdir / "tables" / "by-story" / file_name / f"{table}.csv"


def read_manifest(outdir: Path) -> dict[str, dict[str, Any]]:
    """The finished stories recorded in ``outdir`` (the last line per story wins)."""
    path = outdir / MANIFEST_NAME
    entries: dict[str, dict[str, Any]] = {}
    if not path.is_file():
        return entries
    for line in path.read_text(encoding="utf-8").split("\n"):
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue  # an empty line, or the torn end of an interrupted append
        if isinstance(entry, dict) and isinstance(entry.get("story"), str):
            entries[entry["story"]] = entry
    return entries


def is_finished(outdir: Path, entry: Mapping[str, Any] | None, fingerprint: str, tables: Iterable[str]) -> bool:
    """Whether a manifest entry still stands for this story: same inputs, files in place."""
    if not entry or entry.get("fingerprint") != fingerprint:
        return False
    file_name = entry["file"]
    return story_report_path(outdir, file_name).is_file() and all(story_table_path(outdir, file_name, t).is_file() for t in tables)


def write_story(outdir: Path, file_name: str, fingerprint: str, html: str, tables: Mapping[str, str], summary: Mapping[str, Any]) -> dict[str, Any]:
    """Write one story's report and table rows, then record it in the manifest."""
    write_output(html, story_report_path(outdir, file_name))
    for name, text in sorted(tables.items()):
        write_output(text, story_table_path(outdir, file_name, name))
    entry = {"story": summary["story"], "file": file_name, "fingerprint": fingerprint, "summary": dict(summary)}
    with (outdir / MANIFEST_NAME).open("a", encoding="utf-8", newline="\n") as stream:
        # a previous append may have been torn: start on a fresh line
        stream.write("\n" + json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
        stream.flush()
        os.fsync(stream.fileno())
    return entry


def rewrite_manifest(outdir: Path, entries: Iterable[Mapping[str, Any]]) -> None:
    """The manifest in sorted story order, one line each (at the end of a complete run)."""
    lines = [json.dumps(dict(entry), ensure_ascii=False, sort_keys=True) for entry in sorted(entries, key=lambda e: e["story"])]
    write_output("".join(line + "\n" for line in lines), outdir / MANIFEST_NAME)


def assemble_table(outdir: Path, table: str, file_names: Iterable[str]) -> tuple[Path, int]:
    """Concatenate the stories' rows of ``table`` (in the given order) into ``tables/<table>.csv``.

    Streams story by story. Columns are the union over stories, in order of
    first appearance (a lens may add a column only when it found something);
    a story lacking a column gets empty cells. Values are copied as text, so
    the corpus table holds exactly what each story's table holds.
    """
    file_names = list(file_names)
    columns: list[str] = []
    for file_name in file_names:
        with story_table_path(outdir, file_name, table).open(encoding="utf-8", newline="") as stream:
            header = next(csv.reader(stream), [])
        columns.extend(column for column in header if column not in columns)
    target = outdir / "tables" / f"{table}.csv"
    temporary = target.with_name(f".{target.name}.partial")
    rows = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with temporary.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for file_name in file_names:
            with story_table_path(outdir, file_name, table).open(encoding="utf-8", newline="") as stream:
                reader = csv.DictReader(stream)
                for row in reader:
                    writer.writerow([row.get(column, "") for column in columns])
                    rows += 1
    os.replace(temporary, target)
    return target, rows


def write_parquet(csv_path: Path) -> Path | None:
    """``tables/<table>.parquet`` beside the CSV when pyarrow is installed, else None.

    The CSV is read whole (types inferred per column over the whole table), so
    this step holds one table in memory; the CSV itself never is.
    """
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return None
    import pandas as pd

    frame = pd.read_csv(csv_path, dtype={"story": str, "outlet": str, "article": str}, keep_default_na=False, na_values=[""])
    for column in frame.columns[frame.isna().all()]:
        frame[column] = ""  # a column empty everywhere (no URLs given) is text, not float NaN
    target = csv_path.with_suffix(".parquet")
    temporary = target.with_name(f".{target.name}.partial")
    frame.to_parquet(temporary, index=False)
    os.replace(temporary, target)
    return target
