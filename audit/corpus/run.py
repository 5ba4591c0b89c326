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

from .. import __version__
from ..load import DEFAULT_MAX_BYTES
from ..model import InputProblem
from ..report import write_output
from . import output
from .engine import map_ordered, open_engine, run_stories
from .grouping import GroupingOptions
from .index import render_index
from .steps import StoryResult
from .stories import StoryInput, iter_stories, plan_stories, read_assignments, write_shards
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
    finished = output.read_manifest(out)
    options_digest = hashlib.sha256(repr((__version__, story_date, sorted(CORPUS_TABLES))).encode("utf-8")).hexdigest()
    computed: list[str] = []
    entries: dict[str, dict[str, Any]] = {}
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
        bar = _Progress(progress, plan.articles, len(plan.keys))
        with tempfile.TemporaryDirectory(prefix="audit-corpus-") as shard_dir:
            write_shards(paths, plan, Path(shard_dir), max_bytes=max_bytes, story_key=story_key)

            def fingerprint(story: StoryInput) -> str:
                return hashlib.sha256((story.fingerprint + options_digest).encode("ascii")).hexdigest()

            def to_compute() -> Iterator[StoryInput]:
                for story in iter_stories(plan, Path(shard_dir)):
                    entry = finished.get(story.key)
                    if output.is_finished(out, entry, fingerprint(story), CORPUS_TABLES):
                        entries[story.key] = entry  # type: ignore[assignment]
                        bar.story_done(len(story.raws))
                        continue
                    yield story

            def on_done(story: StoryInput, result: StoryResult) -> None:
                entries[story.key] = output.write_story(out, story.file_name, fingerprint(story), result.html, result.tables, result.summary)
                computed.append(story.key)
                bar.story_done(len(story.raws))

            try:
                run_stories(worker_pool, to_compute(), on_done, story_date=story_date)
            finally:
                bar.close()
    finally:
        worker_pool.close()
    keys = list(plan.keys)
    file_names = [plan.file_names[key] for key in keys]
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
        grouping=grouping, grouped=plan.grouped, story_key=story_key, assignments=bool(given),
    )
    write_output(html, out / "index.html")
    output.rewrite_manifest(out, (entries[key] for key in keys))
    return CorpusRun(out, plan.articles, len(keys), tuple(sorted(computed)), plan.grouped, plan.problems, tuple(written))
