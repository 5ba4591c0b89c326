"""The Dask engine runs the same functions as the local one: identical outputs."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from audit.corpus import audit_corpus
from corpus_fixtures import mixed_records, write_jsonl

try:
    import distributed
except ImportError:  # pragma: no cover - depends on the installed extras
    if os.environ.get("AUDIT_REQUIRE_DASK") == "1":
        raise RuntimeError("AUDIT_REQUIRE_DASK=1 but the dask extra is not installed (pip install '.[dask]')") from None
    pytest.skip("the dask extra is not installed (pip install '.[dask]'); set AUDIT_REQUIRE_DASK=1 to make this a failure", allow_module_level=True)


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_dask_cluster_gives_the_same_outputs_as_the_local_engine(tmp_path):
    corpus = write_jsonl(tmp_path / "news.jsonl", mixed_records())
    local = audit_corpus([corpus], tmp_path / "local", jobs=1)
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        dask = audit_corpus([corpus], tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address)
    assert dask.stories == local.stories and dask.computed == local.computed
    assert _tree(dask.outdir) == _tree(local.outdir)
