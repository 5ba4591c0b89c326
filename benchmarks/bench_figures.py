"""Figure extraction: throughput of audit.figures against quantulum3 on the same text, and
how many gold figures of the seeds (tests/gold/figures.json) each gets right; then the
development sets of ../shared/devsets (when present): the figure cases on 57 real
two-outlet stories (cases grouped, perturbations flagged, false conflicts, and the
same-quantity matcher as pairs) and NewsQuant value F1, scored in-process by the rules of
the sets' own scripts (benchmarks/_figure_devset.py).

Run: python benchmarks/bench_figures.py [--no-devsets]   (or `make bench`)

quantulum3 is not a dependency of the project: install it into the same environment to
compare (`pip install quantulum3`). Without it, or if it cannot run offline, this script
says so and prints our numbers only. Both read the same sentences (the scored body of each
seed article); words are counted with audit.text.words.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _figure_devset import devsets, score_cases, score_newsquant, stories_once, story_conflicts  # noqa: E402
from audit import load  # noqa: E402
from audit.figures import date_of, figures_in  # noqa: E402
from audit.text import words  # noqa: E402

GOLD = json.loads((ROOT / "tests" / "gold" / "figures.json").read_text(encoding="utf-8"))
CURRENCY_NAMES = {"dollar": "USD", "United States dollar": "USD", "euro": "EUR", "yuan": "CNY", "renminbi": "CNY", "Chinese yuan": "CNY", "pound sterling": "GBP"}
PERCENT_NAMES = {"percentage", "percent"}


def timed(function, repeats: int = 5, minimum_seconds: float = 0.2) -> tuple[float, int]:
    """Seconds per run of ``function``: the best of ``repeats`` rounds (as ``timeit`` advises,
    since a shared machine only ever adds time), each round long enough to measure."""
    best, total_runs = float("inf"), 0
    for _ in range(repeats):
        runs, start = 0, time.perf_counter()
        while True:
            function()
            runs += 1
            elapsed = time.perf_counter() - start
            if elapsed >= minimum_seconds:
                break
        best = min(best, elapsed / runs)
        total_runs += runs
    return best, total_runs


def gold_mentions(articles):
    by_id = {a.id: a for a in articles}
    for fact in GOLD["facts"]:
        for m in fact["mentions"]:
            article = by_id[m["article"]]
            start = article.text.find(m["surface"])
            yield article, (start, start + len(m["surface"])), m


def ours_right(article, span, mention, found) -> bool:
    hits = [f for f in found if f.span.start < span[1] and span[0] < f.span.end]
    unit, value = mention["unit"], mention["value"]
    for f in hits:
        if unit == "date":
            day = str(value)
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) and date_of(f.low) <= dt.date.fromisoformat(day) <= date_of(f.high):
                return True
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) and date_of(f.low).isoformat()[:7] == day[:7] == date_of(f.high).isoformat()[:7]:
                return True
        elif unit == "birth year":
            age = article.reference_date.year - value
            if f.kind == "age" and f.low <= age <= f.high:
                return True
        elif unit == "years of age":
            if f.kind == "age" and f.stated_low == value:
                return True
        else:
            low, high = value if isinstance(value, list) else (value, value)
            if (f.stated_low, f.stated_high) == (low, high) and f.unit == unit:
                return True
    return False


def quantulum_right(article, span, mention, found) -> bool:
    hits = [q for q in found if q.span[0] < span[1] and span[0] < q.span[1]]
    unit, value = mention["unit"], mention["value"]
    if unit == "date":
        return False  # quantulum3 reads quantities, not dates
    wanted = value if isinstance(value, list) else [value]
    values = [q.value for q in hits]
    if not all(any(abs(v - w) < 1e-6 * max(1, abs(w)) for v in values) for w in wanted):
        return False
    if unit in ("USD", "EUR", "CNY"):
        return any(CURRENCY_NAMES.get(q.unit.name) == unit for q in hits)
    if unit == "percent":
        return any(q.unit.name in PERCENT_NAMES for q in hits)
    return True  # counts and years: quantulum3 has no counted noun; the value is what it can get right


def false_figures(articles, spans_of) -> int:
    """How many not-figure strings ("GPT-4", "A100", "Doubao 1.5") an extractor reports a number on."""
    wrong = 0
    for article in articles:
        spans = spans_of(article)
        for example in GOLD["not_figures"]["examples"]:
            numbers = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", example)}
            for match in re.finditer(re.escape(example), article.text):
                if any(s < match.end() and match.start() < e and values & numbers for s, e, values in spans):
                    wrong += 1
    return wrong


def print_devsets() -> None:
    """The dev-set figures, scored in-process (``_figure_devset``); a note when the sets are absent."""
    root = devsets()
    if root is None:
        print("dev sets    : not found (../shared/devsets or AUDIT_DEVSETS): figure cases and NewsQuant not scored")
        return
    start = time.perf_counter()
    run = stories_once(root / "figures")
    cases = score_cases(root / "figures", run)
    n = cases.cases
    print(
        f"figure cases: {cases.grouped}/{n} agreeing cases grouped ({cases.grouped / n:.0%}), "
        f"{cases.perturbed}/{n} perturbations flagged ({cases.perturbed / n:.0%}), "
        f"{len(set(cases.false_conflicts))} false conflicts (cases and traps; targets >= 90 %, >= 90 %, 0)"
    )
    print(
        f"same quantity: pairs of annotated mentions in one fact P {cases.precision:.3f} R {cases.recall:.3f} "
        f"({cases.pairs_found}/{cases.pairs_gold} case pairs found, {cases.pairs_wrong} wrong pairs)  [{time.perf_counter() - start:.0f} s]"
    )
    raised = story_conflicts(root / "figures", run)
    print(
        f"story conflicts: {len(raised)} raised on the {len(list((root / 'figures' / 'stories').iterdir()))} stories as they are "
        f"(not annotated: judge them with benchmarks/story_conflicts.py; the README records the last judgement)"
    )
    quant = score_newsquant(root / "quantities" / "newsquant_dev.jsonl")
    print(f"NewsQuant   : value P {quant.precision:.3f} R {quant.recall:.3f} F1 {quant.f1:.3f} ({quant.tp}/{quant.gold} gold, {quant.predicted} predicted; target 0.88; quantulum3 .76, CQE .92)")


def main() -> None:
    if "--no-devsets" not in sys.argv:
        print_devsets()
    articles = load([ROOT / "seeds"]).articles
    sentences = [s.text for a in articles for s in a.sentences]
    word_count = sum(len(words(s)) for s in sentences)
    gold = list(gold_mentions(articles))

    per_run, runs = timed(lambda: [figures_in(a) for a in articles], repeats=7)
    ours = {a.id: figures_in(a) for a in articles}
    ours_score = sum(ours_right(a, span, m, ours[a.id]) for a, span, m in gold)
    ours_false = false_figures(articles, lambda a: [(f.span.start, f.span.end, {f.stated_low, f.stated_high}) for f in ours[a.id]])
    print(f"seeds: {len(articles)} articles, {len(sentences)} sentences, {word_count:,} words; {len(gold)} gold figure mentions")
    print(f"audit.figures : {word_count / per_run:12,.0f} words/s  ({per_run * 1000:.1f} ms per pass, {runs} passes); "
          f"gold figures right: {ours_score}/{len(gold)}; numbers reported on not-figure strings: {ours_false}")

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser

            parser.parse("warm up: 3 million dollars")  # loads its unit tables once
    except Exception as error:  # noqa: BLE001 - any failure means: no comparison, say why
        print(f"quantulum3    : not available ({type(error).__name__}: {error}); install it with `pip install quantulum3` to compare")
        return

    def parse_all():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return {a.id: [(s, parser.parse(s.text)) for s in a.sentences] for a in articles}

    def parse_bodies():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return [parser.parse(" ".join(s.text for s in a.sentences)) for a in articles]

    # quantulum3 is faster sentence by sentence than on a whole article (it slows down on long
    # texts), so the comparison uses its faster way; the other is printed for reference
    per_run_q, runs_q = timed(parse_all, repeats=3, minimum_seconds=0.01)
    per_body_q, _ = timed(parse_bodies, repeats=1, minimum_seconds=0.01)
    parsed = parse_all()

    class _Q:  # quantulum3 spans are per sentence; shift them into article offsets
        def __init__(self, q, offset):
            self.value, self.unit, self.span = q.value, q.unit, (q.span[0] + offset, q.span[1] + offset)

    theirs = {aid: [_Q(q, s.start) for s, qs in items for q in qs] for aid, items in parsed.items()}
    q_score = sum(quantulum_right(a, span, m, theirs[a.id]) for a, span, m in gold)
    q_false = false_figures(articles, lambda a: [(q.span[0], q.span[1], {q.value}) for q in theirs[a.id]])
    print(f"quantulum3    : {word_count / per_run_q:12,.0f} words/s  ({per_run_q * 1000:.1f} ms per pass, {runs_q} passes, one call per sentence; "
          f"{word_count / per_body_q:,.0f} words/s with one call per article); "
          f"gold figures right: {q_score}/{len(gold)} (dates not attempted; counts scored on the value alone); "
          f"numbers reported on not-figure strings: {q_false}")
    print(f"speed-up      : {per_run_q / per_run:.0f}x (against quantulum3 sentence by sentence; {per_body_q / per_run:.0f}x against one call per article)")


if __name__ == "__main__":
    main()
