"""Shared by the benchmarks: the figure development sets scored in-process, by the rules of their own scripts.

- ``score_cases``: ``devsets/figures`` (real two-outlet stories, ``cases.json``), following
  ``devsets/figures/score_cases.py`` rule for rule (cases grouped, perturbations flagged,
  false conflicts on cases and traps), but calling ``audit.facts.figure_facts`` per story
  instead of starting the command line 174 times. It also measures the same-quantity
  matcher as pairs: a pair is two annotated mentions from different files that sit in one
  fact; it is right when both are mentions of one case, wrong when they belong to two
  different cases, or to one trap and state different numbers that its note does not call a
  rounding of each other (trap figures are different things, "15 weeks" and "20 weeks").
- ``story_conflicts``: every conflict raised on the 57 stories as they are, unperturbed (what a
  user sees; not annotated, judged by reading, ``benchmarks/story_conflicts.py`` lists them).
- ``score_newsquant``: ``devsets/quantities/newsquant_dev.jsonl`` (value F1), following
  ``score_newsquant.py`` (one record per sentence, dates and years left out, a figure
  matches a gold value by its low, high, midpoint or range, one to one).
"""
from __future__ import annotations

import json
import pathlib
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit import load  # noqa: E402
from audit.facts import figure_facts, figures_document  # noqa: E402


def devsets() -> pathlib.Path | None:
    """The shared development sets, found as the test suite finds them (``AUDIT_DEVSETS`` overrides)."""
    import os

    for candidate in [os.environ.get("AUDIT_DEVSETS", ""), str(ROOT.parent / "shared" / "devsets")]:
        if candidate and pathlib.Path(candidate, "figures", "cases.json").is_file():
            return pathlib.Path(candidate)
    return None


def facts_of(folder: pathlib.Path) -> list[dict[str, Any]]:
    """``audit figures FOLDER --format json``'s facts, computed in-process."""
    return figures_document(figure_facts(load([folder]).articles))["facts"]


def stories_once(root: pathlib.Path) -> Callable[[pathlib.Path], list[dict[str, Any]]]:
    """``facts_of``, computing each story folder of ``root`` (``stories/``) once for the cases and the story
    conflicts alike; a perturbed copy (a temporary folder, whose name may be reused) is always computed."""
    stories = (root / "stories").resolve()
    computed: dict[pathlib.Path, list[dict[str, Any]]] = {}

    def run(folder: pathlib.Path) -> list[dict[str, Any]]:
        if folder.resolve().parent != stories:
            return facts_of(folder)
        if folder not in computed:
            computed[folder] = facts_of(folder)
        return computed[folder]

    return run


@dataclass(frozen=True)
class StoryConflict:
    """One conflict the tool raises on an unperturbed story: what a user of the tool would see."""

    story: str
    note: str
    mentions: tuple[tuple[str, str, str], ...]  # article, figure as written, sentence


def story_conflicts(root: pathlib.Path, run: Callable[[pathlib.Path], list[dict[str, Any]]] = facts_of) -> list[StoryConflict]:
    """Every conflict raised on the stories of ``root`` (``stories/``) as they are, in story order: none
    is annotated, so each must be judged by reading its sentences (``benchmarks/story_conflicts.py``)."""
    found = []
    for folder in sorted((root / "stories").iterdir()):
        for fact in run(folder):
            if fact.get("verdict") == "conflict":
                mentions = tuple((str(m["article"]), str(m["surface"]), str(m["sentence"])) for m in fact["mentions"])
                found.append(StoryConflict(folder.name, str(fact["note"]), mentions))
    return found


def mention_span(folder: pathlib.Path, source: str, anchor: str, number: str) -> tuple[str, int, int]:
    """The span of a case's mention (file stem, anchor text, number) in the story folder ``folder``."""
    text = (folder / f"{source}.txt").read_text(encoding="utf-8")
    start = text.index(anchor) + anchor.index(number)
    return (f"{source}.txt", start, start + len(number))


def _held(facts: list[dict[str, Any]], spans: list[tuple[str, int, int]]) -> list[tuple[dict[str, Any], set]]:
    out = []
    for fact in facts:
        held = set()
        for m in fact.get("mentions", []):
            name = pathlib.Path(str(m.get("article", ""))).name
            for sp in spans:
                if sp[0] == name and min(m["end"], sp[2]) > max(m["start"], sp[1]):
                    held.add(sp)
        out.append((fact, held))
    return out


_NUMBER_RE = re.compile(r"\d[\d.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b")


@dataclass
class CaseScore:
    cases: int = 0
    grouped: int = 0
    perturbed: int = 0
    false_conflicts: list[str] = field(default_factory=list)
    not_grouped: list[str] = field(default_factory=list)
    not_flagged: list[str] = field(default_factory=list)
    pairs_right: int = 0
    pairs_wrong: int = 0
    pairs_gold: int = 0
    pairs_found: int = 0
    wrong_pairs: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.pairs_right / max(self.pairs_right + self.pairs_wrong, 1)

    @property
    def recall(self) -> float:
        return self.pairs_found / max(self.pairs_gold, 1)

    def line(self) -> str:
        return (
            f"cases grouped {self.grouped}/{self.cases}, perturbations flagged {self.perturbed}/{self.cases}, "
            f"false conflicts {len(set(self.false_conflicts))}; same-quantity pairs P {self.precision:.3f} "
            f"R {self.recall:.3f} ({self.pairs_found}/{self.pairs_gold} gold pairs, {self.pairs_wrong} wrong)"
        )


def trap_negative(trap: dict[str, Any], a: str, b: str) -> bool:
    """Two numbers of one trap are different quantities unless they write the same number or the trap is a rounding."""
    if trap["note"].lower().startswith("rounding"):
        return False
    return _NUMBER_RE.findall(a.lower().replace(",", "")) != _NUMBER_RE.findall(b.lower().replace(",", ""))


def score_cases(root: pathlib.Path, run: Callable[[pathlib.Path], list[dict[str, Any]]] = facts_of, *, perturb: bool = True) -> CaseScore:
    """The figure cases of ``root`` (``stories/``, ``cases.json``) scored as ``score_cases.py`` scores them."""
    cases = json.loads((root / "cases.json").read_text(encoding="utf-8"))
    stories = {d.name[:8]: d for d in (root / "stories").iterdir()}
    score = CaseScore(cases=len(cases["cases"]))
    by_story: dict[str, list[dict[str, Any]]] = {}
    for c in cases["cases"]:
        by_story.setdefault(c["story"], []).append(c)
    for sid in sorted({c["story"] for c in cases["cases"]} | {t["story"] for t in cases["traps"]}):
        d = stories[sid]
        facts = run(d)
        labelled: list[tuple[tuple[str, int, int], str, str]] = []  # span, label, number
        # cases that share a mention are one quantity (a share written as "29 percent" and as "one-fourth")
        label_of: dict[tuple[str, int, int], str] = {}
        for c in by_story.get(sid, []):
            sps = [mention_span(d, *m) for m in c["mentions"]]
            label = next((label_of[sp] for sp in sps if sp in label_of), "case " + c["id"])
            for sp in sps:
                label_of.setdefault(sp, label)
            labelled.extend((sp, label, m[2]) for sp, m in zip(sps, c["mentions"]))
            score.pairs_gold += sum(1 for i, x in enumerate(sps) for y in sps[i + 1 :] if x[0] != y[0])
            fw = _held(facts, sps)
            if any(len(h) == len(sps) for _, h in fw):
                score.grouped += 1
            else:
                score.not_grouped.append(c["id"])
            for f, h in fw:
                if f.get("verdict") == "conflict" and len({s[0] for s in h}) >= 2:
                    score.false_conflicts.append(c["id"])
        traps = [t for t in cases["traps"] if t["story"] == sid]
        texts = {p.name: p.read_text(encoding="utf-8") for p in d.glob("*.txt")}
        for t in traps:
            sps = [(n, i, i + len(num)) for num in t["numbers"] for n, tx in texts.items() for i in [tx.find(num)] if i >= 0]
            for f, h in _held(facts, sps):
                if f.get("verdict") == "conflict" and len({s[0] for s in h}) >= 2:
                    score.false_conflicts.append(t["id"])
        _score_pairs(score, facts, labelled, traps, texts)
    if not perturb:
        return score
    for c in cases["cases"]:
        with perturbed_case(stories[c["story"]], c) as perturbed:
            ok = flagged(run(perturbed.folder), perturbed)
        score.perturbed += ok
        if not ok:
            _, old, new = c["perturb"]
            score.not_flagged.append(f"{c['id']} ({old!r} -> {new!r})")
    return score


@dataclass(frozen=True)
class PerturbedCase:
    """A copy of a case's story with one outlet's figure changed (``perturb``): the copy's ``folder``,
    the ``changed`` figure's span and the spans of the case's ``others`` mentions in it."""

    folder: pathlib.Path
    changed: tuple[str, int, int]
    others: list[tuple[str, int, int]]


@contextmanager
def perturbed_case(story: pathlib.Path, case: dict[str, Any]) -> Iterator[PerturbedCase]:
    """The story of ``case`` copied into a temporary folder with its perturbation applied, as
    ``score_cases.py`` applies it (the first occurrence of the old anchor, every one replaced)."""
    source, old, new = case["perturb"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp) / story.name
        shutil.copytree(story, folder)
        path = folder / f"{source}.txt"
        edited = path.read_text(encoding="utf-8").replace(old, new)
        path.write_text(edited, encoding="utf-8")
        start = edited.index(new)
        changed = [m for m in case["mentions"] if m[0] == source and m[1] == old][0]
        others = [mention_span(folder, *m) for m in case["mentions"] if m is not changed]
        yield PerturbedCase(folder, (f"{source}.txt", start, start + len(new)), others)


def flagged(facts: list[dict[str, Any]], perturbed: PerturbedCase) -> bool:
    """Whether the changed figure sits in a conflict with another of the case's mentions."""
    return any(f.get("verdict") == "conflict" and perturbed.changed in h and len(h) >= 2 for f, h in _held(facts, [perturbed.changed] + perturbed.others))



def _score_pairs(score: CaseScore, facts: list[dict[str, Any]], labelled: list, traps: list[dict[str, Any]], texts: dict[str, str]) -> None:
    """Pairs of annotated mentions in one fact: right (one case), wrong (two cases, or a trap's different numbers)."""
    trap_spans = []
    for t in traps:
        for num in t["numbers"]:
            for name, text in texts.items():
                i = text.find(num)
                if i >= 0:
                    trap_spans.append(((name, i, i + len(num)), t, num))
    for fact in facts:
        if fact.get("verdict") == "single_source":
            continue
        spans = [(pathlib.Path(str(m["article"])).name, m["start"], m["end"]) for m in fact["mentions"]]

        def inside(sp: tuple[str, int, int]) -> bool:
            return any(sp[0] == s[0] and min(s[2], sp[2]) > max(s[1], sp[1]) for s in spans)

        cases_in = [(sp, label) for sp, label, _ in labelled if inside(sp)]
        for i, (x, lx) in enumerate(cases_in):
            for y, ly in cases_in[i + 1 :]:
                if x[0] == y[0]:
                    continue
                if lx == ly:
                    score.pairs_right += 1
                    score.pairs_found += 1
                else:
                    score.pairs_wrong += 1
                    score.wrong_pairs.append(f"{lx} + {ly}")
        traps_in = [(sp, t, num) for sp, t, num in trap_spans if inside(sp)]
        for i, (x, tx, nx) in enumerate(traps_in):
            for y, ty, ny in traps_in[i + 1 :]:
                if x[0] != y[0] and tx is ty and trap_negative(tx, nx, ny):
                    score.pairs_wrong += 1
                    score.wrong_pairs.append(f"trap {tx['id']}: {nx} + {ny}")


def _close(a: Any, b: Any) -> bool:
    if isinstance(a, list) or isinstance(b, list):
        return isinstance(a, list) and isinstance(b, list) and len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b))
    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
        return a == b
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


@dataclass
class QuantScore:
    tp: int
    predicted: int
    gold: int
    misses: list[str]

    @property
    def precision(self) -> float:
        return self.tp / max(self.predicted, 1)

    @property
    def recall(self) -> float:
        return self.tp / max(self.gold, 1)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / max(p + r, 1e-9)


def score_newsquant(path: pathlib.Path) -> QuantScore:
    """Value precision, recall and F1 on NewsQuant sentences, as ``score_newsquant.py`` computes them."""
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        src = pathlib.Path(tmp) / "newsquant.jsonl"
        src.write_text("".join(json.dumps({"id": g["id"], "title": "Sentence", "text": g["text"]}) + "\n" for g in gold), encoding="utf-8")
        document = figures_document(figure_facts(load([src]).articles, max_pairwise=100000))
    pred: dict[str, list[tuple[list, str]]] = {}
    for f in document["facts"]:
        for m in f["mentions"]:
            if m.get("kind") in ("date", "year"):
                continue
            lo, hi = m.get("low"), m.get("high")
            if lo is None and hi is None:
                continue
            cands = [x for x in (lo, hi) if x is not None]
            if lo is not None and hi is not None:
                cands += [(lo + hi) / 2, [lo, hi]]
            pred.setdefault(str(m["article"]), []).append((cands, m["surface"]))
    tp = npred = ngold = 0
    misses = []
    for g in gold:
        p = pred.get(g["id"], [])
        npred += len(p)
        ngold += len(g["quantities"])
        used = [False] * len(p)
        for q in g["quantities"]:
            for j, (x, _) in enumerate(p):
                if not used[j] and any(_close(q["value"], c) for c in x):
                    used[j] = True
                    tp += 1
                    break
            else:
                misses.append(f"{g['id']}: missed {q['value']!r} ({q.get('unit', '')}) in {g['text'][:160]!r}")
        for j, (x, surface) in enumerate(p):
            if not used[j]:
                misses.append(f"{g['id']}: extra {surface!r} {x[:2]}")
    return QuantScore(tp, npred, ngold, misses)
