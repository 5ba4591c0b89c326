"""From a corpus on disk to stories, one at a time, in two streaming passes.

Pass 1 reads the corpus record by record (``audit.load.iter_raw``) and keeps,
per article, only its story key when one is given (``--stories`` file, then
the ``--story-key`` field, ``story`` by default) or else a compact grouping
vector (``grouping.StoryGrouper``): never the text. Grouping then gives every
article a story. Pass 2 reads the corpus again and routes each raw article to
its story's shard, a JSON Lines file in a temporary folder, through a buffer
of at most ``SHARD_BUFFER_BYTES``. Stories are then read back one by one in
sorted key order. Memory is bounded by the largest story plus the buffer and
the compact per-article vectors of pass 1; the corpus itself is never held.

Both passes must read the same records: the input must not change during a
run (a different record count in pass 2 is an error, not a guess).
"""
from __future__ import annotations

import csv
import datetime as _dt
import hashlib
import io
import json
import os
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from ..load import RawArticle, iso_date, iter_raw, safe_file_name
from ..model import InputProblem
from .grouping import GroupingOptions, StoryGrouper, story_features

SHARD_BUFFER_BYTES = 4_000_000
FEATURE_BATCH = 64

MapOrdered = Callable[[Callable[[Any], Any], Iterable[Any]], Iterator[Any]]


class CorpusInputError(Exception):
    """The corpus or a file describing it cannot be used; the message says how to fix it."""


@dataclass(frozen=True)
class StoryInput:
    """One story's raw articles, in input order, ready to be scored."""

    key: str
    file_name: str
    raws: tuple[RawArticle, ...]
    fingerprint: str  # sha256 of the story's records: a changed story is recomputed on resume


@dataclass(frozen=True)
class StoryPlan:
    """What pass 1 learned: the story of each article, and what could not be read."""

    keys: tuple[str, ...]  # every story key, sorted
    story_of: array  # per article (input order): index into ``keys``
    sizes: tuple[int, ...]  # articles per story, aligned with ``keys``
    file_names: Mapping[str, str]
    problems: tuple[InputProblem, ...]
    grouped: int  # articles placed by automatic grouping

    @property
    def articles(self) -> int:
        return len(self.story_of)


def read_assignments(path: str | os.PathLike[str]) -> dict[str, str]:
    """A CSV of ``id,story`` rows: the story of each listed article id."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise CorpusInputError(f"{source}: cannot read the story assignments ({error})") from error
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    if "id" not in header or "story" not in header:
        raise CorpusInputError(f"{source}: the story assignments need 'id' and 'story' columns (found: {', '.join(header) or 'none'})")
    assignments: dict[str, str] = {}
    for row in reader:
        article_id, story = (row.get("id") or "").strip(), (row.get("story") or "").strip()
        if not article_id or not story:
            raise CorpusInputError(f"{source}:{reader.line_num}: empty id or story; every row needs both")
        if assignments.get(article_id, story) != story:
            raise CorpusInputError(f"{source}:{reader.line_num}: article {article_id!r} is assigned to two stories")
        assignments[article_id] = story
    return assignments


def story_file_names(keys: Iterable[str]) -> dict[str, str]:
    """A safe, unique file stem per story key (``audit.load.safe_file_name``).

    Keys that clean to the same name (``a/b`` and ``a_b``, or names differing
    only in case, which collide on some file systems) each get a short hash of
    the key appended, so no story overwrites another.
    """
    keys = sorted(set(keys))
    stems = {key: safe_file_name(key, fallback="story") for key in keys}
    counts: dict[str, int] = {}
    for stem in stems.values():
        counts[stem.lower()] = counts.get(stem.lower(), 0) + 1
    return {
        key: stem if counts[stem.lower()] == 1 else f"{stem[:110]}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:8]}"
        for key, stem in stems.items()
    }


def features_of_batch(batch: list[tuple[str, str]], top: int) -> list[tuple[tuple[str, float], ...]]:
    """Grouping features of a batch of ``(title, text)`` pairs (run on a worker)."""
    return [story_features(title, text, top=top) for title, text in batch]


def _date_of(raw: RawArticle, story_date: str | None) -> _dt.date | None:
    fields = raw.fields or {}
    for value in (fields.get("published", ""), story_date or "", fields.get("story_date", "")):
        iso = iso_date(value)[0]
        if iso:
            return _dt.date.fromisoformat(iso)
    return None


def _inline_map(function: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
    return map(function, items)


def plan_stories(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int,
    story_key: str = "story",
    assignments: Mapping[str, str] | None = None,
    story_date: str | None = None,
    grouping: GroupingOptions = GroupingOptions(),
    map_ordered: MapOrdered = _inline_map,
    on_read: Callable[[], None] | None = None,
) -> StoryPlan:
    """Pass 1: the story of every article (given, or found by grouping).

    ``map_ordered(function, items)`` computes grouping features, possibly in
    parallel; it must yield results in the order of ``items``. ``on_read`` is
    called once per article read (a progress bar).
    """
    paths = list(paths)
    assignments = assignments or {}
    problems: list[InputProblem] = []
    given: list[str | None] = []
    pending: deque[list[tuple[int, _dt.date | None]]] = deque()

    def batches() -> Iterator[list[tuple[str, str]]]:
        batch: list[tuple[str, str]] = []
        meta: list[tuple[int, _dt.date | None]] = []
        for item in iter_raw(paths, max_bytes=max_bytes, keep_fields=(story_key,)):
            if isinstance(item, InputProblem):
                problems.append(item)
                continue
            key = assignments.get(item.id) or (item.fields or {}).get(story_key, "").strip()
            given.append(key or None)
            if on_read is not None:
                on_read()
            if not key:
                batch.append((item.title or "", item.text))
                meta.append((len(given) - 1, _date_of(item, story_date)))
                if len(batch) == FEATURE_BATCH:
                    pending.append(meta)
                    yield batch
                    batch, meta = [], []
        if batch:
            pending.append(meta)
            yield batch

    grouper = StoryGrouper(grouping)
    grouped_articles: array[int] = array("q")
    top = grouping.top_features
    for features in map_ordered(partial(features_of_batch, top=top), batches()):
        for (article, date), article_features in zip(pending.popleft(), features):
            grouper.add(article_features, date)
            grouped_articles.append(article)
    taken = {key for key in given if key}
    auto_keys = grouper.assign(taken=taken)
    for article, key in zip(grouped_articles, auto_keys):
        given[article] = key
    keys = tuple(sorted({key for key in given if key}))
    index = {key: i for i, key in enumerate(keys)}
    story_of = array("i", (index[key] for key in given))  # type: ignore[index]
    sizes = [0] * len(keys)
    for number in story_of:
        sizes[number] += 1
    return StoryPlan(keys, story_of, tuple(sizes), story_file_names(keys), tuple(problems), len(grouped_articles))


def _raw_record(raw: RawArticle) -> str:
    return json.dumps(
        {"id": raw.id, "source": raw.source, "text": raw.text, "title": raw.title, "fields": dict(raw.fields or {}), "warnings": list(raw.warnings)},
        ensure_ascii=False,
        sort_keys=True,
    )


def _raw_from_record(line: str) -> RawArticle:
    data = json.loads(line)
    return RawArticle(data["id"], data["source"], data["text"], title=data["title"], fields=data["fields"], warnings=tuple(data["warnings"]))


def write_shards(
    paths: Iterable[str | os.PathLike[str]], plan: StoryPlan, shard_dir: Path, *, max_bytes: int, story_key: str = "story"
) -> None:
    """Pass 2: every raw article appended to its story's shard in ``shard_dir``."""
    buffers: dict[int, list[str]] = {}
    buffered = 0

    def flush() -> None:
        nonlocal buffered
        for number in sorted(buffers):
            with (shard_dir / f"{number:08d}.jsonl").open("a", encoding="utf-8", newline="\n") as stream:
                stream.writelines(buffers[number])
        buffers.clear()
        buffered = 0

    position = 0
    for item in iter_raw(paths, max_bytes=max_bytes, keep_fields=(story_key,)):
        if isinstance(item, InputProblem):
            continue
        if position >= plan.articles:
            raise CorpusInputError("the corpus grew while it was being read; run again on a corpus that does not change")
        line = _raw_record(item) + "\n"
        buffers.setdefault(plan.story_of[position], []).append(line)
        buffered += len(line)
        position += 1
        if buffered > SHARD_BUFFER_BYTES:
            flush()
    flush()
    if position != plan.articles:
        raise CorpusInputError("the corpus shrank while it was being read; run again on a corpus that does not change")


def iter_stories(plan: StoryPlan, shard_dir: Path) -> Iterator[StoryInput]:
    """Each story's raw articles, read back from its shard, in sorted key order."""
    for number, key in enumerate(plan.keys):
        data = (shard_dir / f"{number:08d}.jsonl").read_bytes()
        raws = tuple(_raw_from_record(line) for line in data.decode("utf-8").split("\n") if line)
        fingerprint = hashlib.sha256(key.encode("utf-8") + b"\0" + data).hexdigest()
        yield StoryInput(key, plan.file_names[key], raws, fingerprint)
