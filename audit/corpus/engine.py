"""Where the work runs: in this process, a local process pool, or a Dask cluster.

An engine only submits a pure function with its arguments and reports which
submissions have finished; the scheduling (``map_ordered`` and
``run_stories``) is written once, above any engine, and the functions are
those of ``steps.py``. So the engines differ in where the work runs, never in
what it computes, and outputs do not depend on the engine or on the number of
workers: results are written per story and assembled in sorted story order.

A story of at most ``ARTICLE_BATCH`` articles is one task (score, compare,
render); a larger one is scored in batches of ``ARTICLE_BATCH`` articles on
several workers, then compared and rendered in one more task. At most
``STORIES_PER_WORKER`` stories per worker are in flight, which bounds memory.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, Protocol

from .steps import StoryResult, finish_story, run_story, score_articles
from .stories import StoryInput

ARTICLE_BATCH = 24
STORIES_PER_WORKER = 2
ENGINES = ("local", "dask")


class EngineUnavailable(RuntimeError):
    """The chosen engine cannot run here (an optional extra is missing); the message says what to install."""


class Engine(Protocol):
    workers: int

    def submit(self, function: Callable[..., Any], *args: Any) -> Any: ...

    def wait_any(self, futures: Collection[Any]) -> set[Any]: ...

    def close(self) -> None: ...


class InlineEngine:
    """Runs each task at once in this process (``--jobs 1``): no pickling, easy to debug."""

    workers = 1

    def submit(self, function: Callable[..., Any], *args: Any) -> Future:
        future: Future = Future()
        try:
            future.set_result(function(*args))
        except BaseException as error:  # noqa: BLE001 - re-raised by future.result(), as a pool would
            future.set_exception(error)
        return future

    def wait_any(self, futures: Collection[Future]) -> set[Future]:
        return set(futures)

    def close(self) -> None:
        pass


class ProcessEngine:
    """A local process pool of ``workers`` processes."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool = ProcessPoolExecutor(max_workers=workers)

    def submit(self, function: Callable[..., Any], *args: Any) -> Future:
        return self._pool.submit(function, *args)

    def wait_any(self, futures: Collection[Future]) -> set[Future]:
        return set(wait(futures, return_when=FIRST_COMPLETED).done)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine:
    """A Dask distributed client: ``scheduler`` is an address (``tcp://host:8786``) or ``local``.

    ``local`` starts a ``LocalCluster`` of ``workers`` single-threaded worker
    processes (the lenses are pure Python: threads would share one interpreter
    lock). With an address, the cluster's workers must have this package
    installed (the same version), and nothing else: they receive raw articles
    and return results, reading and writing no files.
    """

    def __init__(self, scheduler: str, workers: int) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:
            raise EngineUnavailable("the dask engine needs the optional extra: pip install 'news-coverage-audit[dask]' (or dask[distributed])") from error
        self._cluster = None
        if scheduler == "local":
            self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            self._client = Client(self._cluster)
        else:
            self._client = Client(scheduler)
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})) or workers)

    def submit(self, function: Callable[..., Any], *args: Any) -> Any:
        # pure=False: the same story submitted twice (a rerun) must run, not hit a cache
        return self._client.submit(function, *args, pure=False)

    def wait_any(self, futures: Collection[Any]) -> set[Any]:
        from distributed import wait as dask_wait

        return set(dask_wait(list(futures), return_when="FIRST_COMPLETED").done)

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def open_engine(engine: str = "local", *, jobs: int | None = None, scheduler: str = "local") -> Engine:
    """The engine for ``--engine`` and ``--jobs``: all cores by default."""
    workers = jobs or os.cpu_count() or 1
    if engine == "dask":
        return DaskEngine(scheduler, workers)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    return InlineEngine() if workers == 1 else ProcessEngine(workers)


def map_ordered(engine: Engine, function: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
    """``map(function, items)`` on the engine, results in input order, a bounded number in flight."""
    in_flight: deque[Any] = deque()
    limit = 2 * engine.workers
    for item in items:
        in_flight.append(engine.submit(function, item))
        if len(in_flight) >= limit:
            yield in_flight.popleft().result()
    while in_flight:
        yield in_flight.popleft().result()


@dataclass
class _Job:
    story: StoryInput
    scoring: list[Any] = field(default_factory=list)
    waiting: int = 0


def run_stories(
    engine: Engine,
    stories: Iterable[StoryInput],
    on_done: Callable[[StoryInput, StoryResult], None],
    *,
    story_date: str | None = None,
) -> None:
    """Run every story on ``engine``, calling ``on_done`` in this process as each finishes.

    Completion order varies with the engine; ``on_done`` writes each story on
    its own, so the outputs do not.
    """
    owner: dict[Any, tuple[_Job, bool]] = {}  # future -> (its story, is it the final task)
    limit = STORIES_PER_WORKER * engine.workers
    active: set[int] = set()

    def start(story: StoryInput) -> None:
        job = _Job(story)
        active.add(id(job))
        if len(story.raws) <= ARTICLE_BATCH:
            owner[engine.submit(run_story, story.key, story.raws, story_date)] = (job, True)
            return
        for start_at in range(0, len(story.raws), ARTICLE_BATCH):
            future = engine.submit(score_articles, story.raws[start_at:start_at + ARTICLE_BATCH], story_date)
            job.scoring.append(future)
            owner[future] = (job, False)
        job.waiting = len(job.scoring)

    def step() -> None:
        for future in engine.wait_any(list(owner)):
            job, is_final = owner.pop(future)
            if is_final:
                active.discard(id(job))
                on_done(job.story, future.result())
                continue
            job.waiting -= 1
            if job.waiting == 0:
                scored = [f.result() for f in job.scoring]
                job.scoring = []
                owner[engine.submit(finish_story, job.story.key, scored)] = (job, True)

    for story in stories:
        while len(active) >= limit:
            step()
        start(story)
    while owner:
        step()
