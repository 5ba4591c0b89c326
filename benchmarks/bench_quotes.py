"""Quote extraction: throughput, and the accuracy it buys, measured together.

- throughput: words per second (wall and processor time) on the seed articles repeated
  to at least 1 MB, ``quotes_in`` over all of them, best of ``REPEATS`` rounds (as
  ``timeit`` advises: on a shared machine the slower rounds measure the other
  processes); the comparison across outlets is timed separately, once;
- the seeds gold (``tests/gold/quotes.jsonl``, scored as ``tests/test_quotes_gold.py``
  scores it): direct and reported precision and recall, speaker and kind of source;
- PolNeAR dev (``../shared/devsets/polnear/dev``, or ``$AUDIT_DEVSETS/polnear/dev``; the
  train split with ``--split train``): speech recall by kind, precision and named speaker,
  by the devset's own ``score_quotes.py`` run on this checkout's ``audit`` command, with the
  counts behind them (attributions found, quotes inside an attribution, wrong named
  speakers, as that script counts them) and the kinds of source of the quotes ``audit
  quotes`` gives for the split, how many of them are marked not said (a negated or withheld cue: "did not
  say whether", "declined to say"), and how many attributions whose annotated source is a definite
  description ("the Florida senator") get a named speaker, and how many quotes named people, named
  organisations, unnamed ones, groups and anonymous sources say (skipped when the devsets are absent);
- the 57 two-outlet stories of ``devsets/figures/stories``, written one sentence a line: how many
  quotes, how many of them an "unidentified speaker" says, and how many direct quotes have no speaker
  (a quote split over lines and read in halves shows in the last two).

With ``--misses`` (train only: dev is a check, not a place to tune) it also prints every reported
(indirect or mixed) speech attribution of the split that the quotes do not cover, as the devset's
script judges coverage, with its annotated source and cue and the line of text holding it.

    python benchmarks/bench_quotes.py [--split dev|train] [--misses]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from audit import load  # noqa: E402
from audit.compare.voices import compare_voices  # noqa: E402
from audit.load import RawArticle, build_article  # noqa: E402
from audit.quotes import quotes_in  # noqa: E402
from audit.text import merge_spans  # noqa: E402
from golden_outputs import devsets_folder  # noqa: E402
from test_quotes_gold import score  # noqa: E402

TARGET_BYTES = 1_000_000
REPEATS = 3


def corpus() -> list:
    seeds = load([ROOT / "seeds"]).articles
    per_seed = TARGET_BYTES // len(seeds) + 1
    articles = []
    for seed in seeds:
        body = "\n\n".join(seed.text[p.start:p.end] for p in seed.paragraphs)
        copies = per_seed // max(len(body.encode("utf-8")), 1) + 1
        text = seed.title + "\n\n" + "\n\n".join([body] * copies)
        articles.append(build_article(RawArticle(seed.id, seed.id, text, fields={"published": "2025-02-24", "outlet": seed.outlet})))
    return articles


def throughput() -> None:
    articles = corpus()
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    words = sum(a.word_count for a in articles)
    wall = cpu = float("inf")
    quotes: list = []
    for _ in range(REPEATS):
        started, started_cpu = time.perf_counter(), time.process_time()
        quotes = [quotes_in(a) for a in articles]
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
    started = time.perf_counter()
    compare_voices(articles, quotes)
    comparison = time.perf_counter() - started
    found = sum(len(q) for q in quotes)
    print(
        f"quotes_in: {size / 1e6:.2f} MB, {words:,} words, {found:,} quotes in {wall:.2f} s (best of {REPEATS}) "
        f"-> {words / wall:,.0f} words/s wall, {words / cpu:,.0f} words per processor second"
    )
    print(f"compare_voices: {comparison:.2f} s")


def seeds_gold() -> None:
    seeds = {article.id: article for article in load([ROOT / "seeds"]).articles}
    lines = (ROOT / "tests" / "gold" / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
    print("seeds gold: " + score(seeds, [json.loads(line) for line in lines if line.strip()]).report().removeprefix("quotes vs gold: "))


def print_reported_misses(root: Path, quotes: list[dict]) -> None:
    """Every indirect or mixed attribution of ``root/quotes.jsonl`` whose content (each part, when
    discontinuous) the predicted ``quotes`` cover less than half of, as ``score_quotes.py`` counts a
    miss, with its annotated source and cue and its line of text."""
    spans_of: dict[str, list[tuple[int, int]]] = {}
    for q in quotes:
        spans_of.setdefault(q["article"], []).append((q["start"], q["end"]))
    covered = {article: merge_spans(spans) for article, spans in spans_of.items()}
    lines = (root / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
    missed = 0
    for gold in (json.loads(line) for line in lines if line.strip()):
        if gold["kind"] == "direct":
            continue
        parts = gold.get("parts") or [[gold["start"], gold["end"]]]
        spans = covered.get(gold["article"], [])
        inside = sum(max(0, min(end, b) - max(start, a)) for start, end in parts for a, b in spans)
        if inside >= sum(end - start for start, end in parts) / 2:
            continue
        missed += 1
        text = (root / "texts" / gold["article"]).read_text(encoding="utf-8")
        line_start = text.rfind("\n", 0, gold["start"]) + 1
        line_end = text.find("\n", gold["end"])
        line = " ".join(text[line_start:line_end if line_end >= 0 else len(text)].split())
        print(f"  missed {gold['kind']} [{gold['source'] or '-'} | {gold['cue']}] {gold['article']}:{gold['start']}\n    {line[:400]}")
    print(f"polnear reported misses: {missed:,}")


def description_voices(root: Path, quotes: list[dict]) -> str:
    """How many found attributions whose annotated source is a definite description, not a name ("the
    Florida senator", "The president"), the quotes give a named speaker (one the article names, not a
    description in lower case): the line ``polnear`` prints for ``resolution._described_person``."""
    by_article: dict[str, list[dict]] = {}
    for q in quotes:
        by_article.setdefault(q["article"], []).append(q)
    found = named = 0
    for gold in (json.loads(line) for line in (root / "quotes.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()):
        source = gold["source"] or ""
        if gold["source_is_name"] or not source.lower().startswith("the "):
            continue
        overlaps = [(min(q["end"], gold["end"]) - max(q["start"], gold["start"]), q) for q in by_article.get(gold["article"], [])]
        best = max((o for o in overlaps if o[0] > 0), key=lambda o: o[0], default=None)
        if best is None:
            continue
        found += 1
        speaker = best[1]["speaker"] or ""
        named += bool(speaker) and speaker[0].isupper()
    return f"{named:,} of {found:,} found attributions whose source is a description ('the ...') have a named speaker"


def speaker_kinds(root: Path) -> str:
    """How many quotes of the split's texts a named person, a named organisation, an unnamed one, a named group
    ("Ann Ortiz and Tom Reyes"), an unnamed one and an anonymous source say (the voices table's named/anonymous counts rest on these kinds)."""
    kinds: Counter = Counter()
    for article in load(sorted((root / "texts").glob("**/*.txt"))).articles:
        for quote in quotes_in(article):
            if quote.speaker is not None:
                kinds[(quote.speaker.kind, quote.speaker.named)] += 1
    labels = (
        (("person", True), "named people"), (("organization", True), "named organisations"),
        (("organization", False), "unnamed organisations"), (("group", True), "named groups"), (("group", False), "unnamed groups"),
        (("anonymous", False), "anonymous"),
    )
    return ", ".join(f"{label} {kinds[key]:,}" for key, label in labels)


def polnear(split: str, misses: bool = False) -> None:
    folder = devsets_folder()
    root = folder / "polnear" / split if folder else None
    if root is None or not root.is_dir():
        print(f"polnear {split}: ../shared/devsets not found (set AUDIT_DEVSETS); not measured")
        return
    executable = Path(sys.executable).parent / "audit"
    result = subprocess.run(
        [sys.executable, str(root.parent / "score_quotes.py"), str(executable), str(root)],
        capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    lines = result.stdout.splitlines()
    final = [line for line in lines if line.startswith("polnear ")]
    if not final:
        print(f"polnear {split}: score_quotes.py failed: {result.stderr[-300:]}")
        return
    print(final[-1])
    # the script's own tallies: "missed quotes: N", "false positives: N", "wrong speakers: N",
    # "N speech attributions, M predicted quotes ..."
    tally = {line.split(":")[0]: int(line.split(":")[1]) for line in lines if re.fullmatch(r"(missed quotes|false positives|wrong speakers): \d+", line)}
    sizes = re.search(r"^(\d+) speech attributions, (\d+) predicted quotes", result.stdout, re.MULTILINE)
    if sizes and len(tally) == 3:
        gold, predicted = int(sizes.group(1)), int(sizes.group(2))
        print(
            f"polnear {split} counts: {gold - tally['missed quotes']:,} of {gold:,} attributions found, "
            f"{predicted - tally['false positives']:,} of {predicted:,} quotes inside an attribution, "
            f"{tally['wrong speakers']} wrong named speakers"
        )
    quotes = json.loads(subprocess.run([str(executable), "quotes", str(root / "texts"), "--format", "json"], capture_output=True, text=True).stdout)["quotes"]
    kinds = Counter(q["category"] or "(none)" for q in quotes)
    print(f"polnear {split} kinds of source ({len(quotes):,} quotes): " + ", ".join(f"{kind} {n:,}" for kind, n in kinds.most_common()))
    print(f"polnear {split} not said: {sum(q['negated'] for q in quotes):,} quotes of a negated or withheld cue")
    print(f"polnear {split} descriptions: {description_voices(root, quotes)}")
    print(f"polnear {split} speakers: {speaker_kinds(root)}")
    if misses:
        print_reported_misses(root, quotes)


def figure_stories() -> None:
    folder = devsets_folder()
    stories = sorted((folder / "figures" / "stories").glob("pac_*")) if folder is not None else []
    if not stories:
        print("figure stories: ../shared/devsets not found (set AUDIT_DEVSETS); not measured")
        return
    quotes = [q for story in stories for article in load([story]).articles for q in quotes_in(article)]
    unidentified = sum(1 for q in quotes if q.speaker is not None and q.speaker.name.startswith("unidentified speaker"))
    unattributed = sum(1 for q in quotes if q.kind == "direct" and q.speaker is None)
    print(f"figure stories ({len(stories)}): {len(quotes):,} quotes, {unidentified} by an unidentified speaker, "
          f"{unattributed} direct quotes with no speaker")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "train"), default="dev", help="the PolNeAR split to score (default dev)")
    parser.add_argument("--misses", action="store_true", help="also print the reported attributions the quotes miss (train only)")
    args = parser.parse_args()
    if args.misses and args.split != "train":
        parser.error("--misses reads the train split only: dev is a check, not a place to tune")
    throughput()
    seeds_gold()
    polnear(args.split, args.misses)
    figure_stories()


if __name__ == "__main__":
    main()
