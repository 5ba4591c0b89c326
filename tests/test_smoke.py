"""The seeds load and the three jobs run end to end (details in the per-module tests)."""
from __future__ import annotations

from audit.cli import main


def test_report_runs_on_seeds(tmp_path, monkeypatch):
    from conftest import ROOT

    monkeypatch.chdir(ROOT)
    out = tmp_path / "report.html"
    assert main(["report", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count("<article") == 5
