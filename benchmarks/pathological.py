"""Pathological texts: 100,000 characters of one repeated token, through every lens and the report.

Run: ``python benchmarks/pathological.py [N]``. Prints the seconds per case (wall clock, then the process's
CPU time, steadier on a shared machine); asserts nothing. A case far slower than its neighbours is a quadratic path (see README, Robustness).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from audit.load import RawArticle, build_article  # noqa: E402
from audit.report import render_report  # noqa: E402
from audit.story import audit_story  # noqa: E402

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
cases = {
    "no spaces": "T\n\n" + "a" * N,
    "digits commas": "T\n\n" + "1," * (N // 2),
    "dots": "T\n\n" + ". " * (N // 2),
    "quotes": "T\n\n" + '"' * N,
    "curly quotes open": "T\n\n" + "“a " * (N // 3),
    "capitals": "T\n\n" + "Aa " * (N // 3),
    "numbers words": "T\n\n" + "$1.5 billion to " * (N // 16),
    "newlines": "T\n\n" + "\n" * N + "x.",
    "dashes": "T\n\n" + "-" * N,
    "parens": "T\n\n" + "(" * N,
    "said chain": "T\n\n" + "He said " * (N // 8),
    "hyphen words": "T\n\n" + "a-" * (N // 2),
    # a run-on line of news words with many verbs of saying and no full stop (a subject read back to the clause's
    # start at every cue was quadratic: quotes.mentions.SUBJECT_REACH)
    "run-on news words": "T\n\n" + " ".join(("the mayor said Reyes that would as reported on Tuesday and council vote " * (N // 80)).split()[: N // 6]) + ".",
    "url": "T\n\nhttps://" + "a/" * (N // 2),
    "spaces": "T\n\nword" + " " * N + "end.",
    "apostrophes": "T\n\n" + "'s " * (N // 3),
}
for name, text in cases.items():
    t, cpu = time.perf_counter(), time.process_time()
    try:
        a = build_article(RawArticle("x.txt", "x.txt", text, fields={"published": "2025-02-24"}))
        s = audit_story([a])
        render_report(s)
        r = "ok"
    except Exception as error:  # noqa: BLE001 - report and go on to the next case
        r = f"{type(error).__name__}: {error}"[:100]
    print(f"{name:20s} {time.perf_counter() - t:7.2f} s {time.process_time() - cpu:7.2f} s CPU {r}", flush=True)
