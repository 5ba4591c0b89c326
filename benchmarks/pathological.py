"""Pathological texts: 100,000 characters of one repeated token, through every lens and the report.

Run: ``python benchmarks/pathological.py [N] [CASE ...]`` (only the named cases when given). Prints the seconds per case (wall clock, then the process's
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


def _repeated(phrase: str) -> str:
    """``phrase`` repeated to about ``N`` characters, cut at a space, with one full stop at the end."""
    return (phrase * (N // len(phrase) + 1))[:N].rsplit(" ", 1)[0] + "."


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
    # run-on chains of clauses of saying with few or no full stops (each cue read the auxiliaries before it, its
    # clause's breaks and its inverted source's apposition back to the clause's start, and every earlier report
    # of the sentence: quadratic, 112 s for the first)
    "announced and": "T\n\n" + _repeated("The governor announced her plan, and the mayor announced his support, and the senator announced "),
    "announced commas": "T\n\n" + _repeated("the governor announced her plan, the mayor announced his support, the senator announced "),
    "said that": "T\n\n" + _repeated("the governor said that the mayor said that the senator said that "),
    "says inverted": "T\n\n" + _repeated("the plan works, says the mayor, and the budget holds, says the governor, and "),
    "according to": "T\n\n" + _repeated("according to the governor, the mayor, according to officials, "),
    "semicolons": "T\n\n" + _repeated("the governor announced her plan; the mayor announced his support; the senator announced "),
    # many distinct people sharing a first name (the registry compared each name with every entity filed under
    # "jane": quadratic, 17 s of 19 at 28,000 characters: quotes.registry._match_keys; then quotes.resolution's
    # _propagate_affiliations and _merge_speakers and compare.voices.shared_voices compared every two: 45 s at 100,000)
    "many people": "T\n\n" + " ".join(f"Jane Roe{i}, an actress, said the show would go on." for i in range(N // 52)),
    # many people given no role, each a speaker (principals.family_category read every entity's surname for each one:
    # quadratic, 15.5 s at 56,000 characters)
    "many people no role": "T\n\n" + " ".join(f"“The show will go on,” said Jane Roe{i}." for i in range(N // 40)),
    # many companies sharing their last word (text.same_entity_keys filed each under "last corp", so that the registry
    # and shared_voices compared each with all: quadratic, 24 s at 56,000 characters)
    "many companies": "T\n\n" + " ".join(f"Acme{i} Corp. said the deal would close, according to Jane Roe{i}." for i in range(N // 66)),
    "url": "T\n\nhttps://" + "a/" * (N // 2),
    "spaces": "T\n\nword" + " " * N + "end.",
    "apostrophes": "T\n\n" + "'s " * (N // 3),
    # a lone name speaking again and again, with "he said" between: whether the name is written after "the" was read
    # over all the name's occurrences at every speaker a pronoun might stand for (quotes.registry.written_after_the)
    "lone name quotes": "T\n\n" + _repeated("“We will appeal the ruling,” Zorvan said. “It was wrong,” he said. "),
}
chosen = sys.argv[2:]
unknown = [name for name in chosen if name not in cases]
if unknown:
    sys.exit(f"pathological.py: no such case: {', '.join(unknown)} (cases: {', '.join(cases)})")
for name, text in cases.items():
    if chosen and name not in chosen:
        continue
    t, cpu = time.perf_counter(), time.process_time()
    try:
        a = build_article(RawArticle("x.txt", "x.txt", text, fields={"published": "2025-02-24"}))
        s = audit_story([a])
        render_report(s)
        r = "ok"
    except Exception as error:  # noqa: BLE001 - report and go on to the next case
        r = f"{type(error).__name__}: {error}"[:100]
    print(f"{name:20s} {time.perf_counter() - t:7.2f} s {time.process_time() - cpu:7.2f} s CPU {r}", flush=True)
