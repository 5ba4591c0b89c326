"""Corpus scale: many stories from many outlets, audited story by story.

``audit_corpus(paths, outdir)`` reads a corpus lazily, groups it into stories
(given or automatic), scores and compares each story in parallel (a local
process pool, or a Dask cluster) and writes a report per story, an index,
outlet profiles and tidy tables. See ``run.py`` for the steps.
"""
from __future__ import annotations

from .grouping import GroupingOptions
from .run import CorpusRun, audit_corpus
from .tables import CORPUS_TABLES

__all__ = ["CORPUS_TABLES", "CorpusRun", "GroupingOptions", "audit_corpus"]
