"""``audit_corpus``: a corpus on disk in, a folder of reports and tables out.

The steps, each owned by one module: read and group into stories
(``stories.py``, two streaming passes), score and compare each story on an
engine (``engine.py`` running ``steps.py``), write each story as it finishes
and record it (``output.py``), then assemble the corpus tables and the index
(``index.py``) in sorted story order, so the outputs are the same whatever
the engine, the number of workers or the order stories finished in.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from ..load import DEFAULT_MAX_BYTES
from ..model import InputProblem
from ..pages import write_output
from ..version import __version__
from . import output
from .engine import Engine, map_ordered, open_engine, run_stories
from .grouping import GroupingOptions
from .index import render_index
from .steps import StoryResult
from .stories import (
    StoryInput,
    StoryPlan,
    iter_stories,
    plan_stories,
    read_assignments,
    write_shards,
)
from .tables import CORPUS_TABLES, merge_partials


@dataclass(frozen=True)
class CorpusRun:
    """What a corpus run did."""

    outdir: Path
    articles: int
    stories: int
    computed: tuple[str, ...]  # stories scored in this run (the others were already finished)
    grouped: int  # articles placed by automatic grouping
    problems: tuple[InputProblem, ...]
    tables: tuple[Path, ...] = field(default=())

    @property
    def resumed(self) -> int:
        return self.stories - len(self.computed)


class _Reading:
    """A tqdm counter of the articles read by the first pass, when asked for, else nothing."""

    def __init__(self, enabled: bool) -> None:
        self._bar = None
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(unit="article", dynamic_ncols=True, desc="reading and grouping", miniters=100)

    def article_read(self) -> None:
        if self._bar is not None:
            self._bar.update()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


class _Progress:
    """A tqdm bar over articles (stories done in its description) when asked for, else nothing."""

    def __init__(self, enabled: bool, articles: int, stories: int) -> None:
        self._bar = None
        self._stories, self._done = stories, 0
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(total=articles, unit="article", dynamic_ncols=True, desc="stories 0/" + f"{stories:,}")

    def story_done(self, articles: int) -> None:
        self._done += 1
        if self._bar is not None:
            self._bar.set_description(f"stories {self._done:,}/{self._stories:,}", refresh=False)
            self._bar.update(articles)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def audit_corpus(
    paths: Iterable[str | os.PathLike[str]],
    outdir: str | os.PathLike[str],
    *,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str = "local",
    story_key: str = "story",
    assignments: str | os.PathLike[str] | None = None,
    grouping: GroupingOptions = GroupingOptions(),
    story_date: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
) -> CorpusRun:
    """Audit every story of a corpus into ``outdir`` (see ``output.py`` for the layout).

    ``jobs`` workers (default: all cores; 1 runs in this process); ``engine``
    ``local`` or ``dask`` (``scheduler``: an address or ``local``). Stories come
    from ``assignments`` (a CSV of ``id,story``), else the ``story_key`` field,
    else automatic grouping (``grouping.py``). A rerun into the same ``outdir``
    skips the stories already finished there.

    >>> run = audit_corpus(["seeds"], "out/corpus", jobs=1)  # doctest: +SKIP
    >>> run.stories, run.articles  # doctest: +SKIP
    (1, 5)
    """
    paths = list(paths)
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    given = read_assignments(assignments) if assignments else None
    worker_pool = open_engine(engine, jobs=jobs, scheduler=scheduler)
    try:
        reading = _Reading(progress)
        try:
            plan = plan_stories(
                paths, max_bytes=max_bytes, story_key=story_key, assignments=given, story_date=story_date,
                grouping=grouping, map_ordered=partial(map_ordered, worker_pool), on_read=reading.article_read,
            )
        finally:
            reading.close()
        with tempfile.TemporaryDirectory(prefix="audit-corpus-") as shard_dir:
            write_shards(paths, plan, Path(shard_dir), max_bytes=max_bytes, story_key=story_key)
            entries, computed = _run_unfinished(
                worker_pool, iter_stories(plan, Path(shard_dir)), out, plan, story_date=story_date, progress=progress
            )
    finally:
        worker_pool.close()
    written = _assemble(out, plan, entries, grouping=grouping, story_key=story_key, assignments=bool(given))
    return CorpusRun(out, plan.articles, len(plan.keys), tuple(sorted(computed)), plan.grouped, plan.problems, tuple(written))


def _run_unfinished(
    worker_pool: Engine, stories: Iterator[StoryInput], out: Path, plan: StoryPlan, *, story_date: str | None, progress: bool
) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Run the stories not finished in ``out`` yet; the manifest entry of every story, and those computed."""
    finished = output.read_manifest(out)
    options = hashlib.sha256(repr((__version__, story_date, sorted(CORPUS_TABLES))).encode("utf-8")).hexdigest()
    entries: dict[str, dict[str, Any]] = {}
    computed: list[str] = []
    bar = _Progress(progress, plan.articles, len(plan.keys))

    def fingerprint(story: StoryInput) -> str:
        # the story's records and name, the options and the version: what its outputs depend on
        return hashlib.sha256(f"{story.fingerprint} {story.file_name} {options}".encode("utf-8")).hexdigest()

    def unfinished() -> Iterator[StoryInput]:
        for story in stories:
            entry = finished.get(story.key)
            if entry is not None and output.is_finished(out, entry, fingerprint(story), CORPUS_TABLES):
                entries[story.key] = entry
                bar.story_done(len(story.raws))
                continue
            yield story

    def on_done(story: StoryInput, result: StoryResult) -> None:
        entries[story.key] = output.write_story(out, story.file_name, fingerprint(story), result.html, result.tables, result.summary)
        computed.append(story.key)
        bar.story_done(len(story.raws))

    try:
        run_stories(worker_pool, unfinished(), on_done, story_date=story_date)
    finally:
        bar.close()
    return entries, computed


def _assemble(out: Path, plan: StoryPlan, entries: dict[str, dict[str, Any]], **methods: Any) -> list[Path]:
    """The corpus tables, the index and the final manifest, all in sorted story order."""
    keys = list(plan.keys)
    file_names = [entries[key]["file"] for key in keys]
    written: list[Path] = []
    rows: dict[str, int] = {}
    for table in CORPUS_TABLES if file_names else ():  # no story, no columns: no table
        path, rows[table] = output.assemble_table(out, table, file_names)
        written.append(path)
        parquet = output.write_parquet(path)
        if parquet is not None:
            written.append(parquet)
    profiles: dict[str, dict[str, Any]] = {}
    for key in keys:
        merge_partials(profiles, entries[key]["summary"]["profile"])
    summaries = [dict(entries[key]["summary"], file=entries[key]["file"]) for key in keys]
    html = render_index(
        summaries, profiles, plan.problems, tables=rows, parquet=any(p.suffix == ".parquet" for p in written),
        grouped=plan.grouped, **methods,
    )
    write_output(html, out / "index.html")
    output.rewrite_manifest(out, (entries[key] for key in keys))
    return written
