"""Seconds a user waits for each table command on the seeds, from a fresh process as typed.

Each command runs as ``python -m audit COMMAND seeds --format json`` (Python's start, the
imports, loading and the command's own work), five times; the best wall time and that run's
CPU time (user + system) are printed. The CPU time tells a busy machine from a slow command.
The target for ``audit figures`` is under 1 s (issue 12).

Run: ``make bench`` or ``python benchmarks/bench_cli.py``. Prints; asserts nothing.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = ("figures", "quotes", "actors", "score")
RUNS = 5


def timed(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``argv``."""
    before = os.times()
    start = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = os.times()
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def main() -> None:
    for command in COMMANDS:
        runs = [timed([sys.executable, "-m", "audit", command, "seeds", "--format", "json"]) for _ in range(RUNS)]
        wall, cpu = min(runs)
        print(f"audit {command} seeds --format json: best of {RUNS} {wall:.2f} s wall ({cpu:.2f} s CPU)")


if __name__ == "__main__":
    main()
