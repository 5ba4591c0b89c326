"""Fuzz the loader and every lens with hypothesis for a given number of minutes.

Run: ``make fuzz`` or ``python benchmarks/fuzz.py --minutes 5``. Each target is
run in rounds of ``--batch`` examples, round-robin, until the time is up; a
failure stops the run, prints hypothesis's shrunk example and exits 1. At the end
it prints, per target, how many examples ran. Not collected by pytest (the file
name does not start with ``test_``); the quick versions of these properties live
in ``tests/test_properties.py``.

Inputs are built from pieces of the seed articles, newsy tokens (figures, quote
marks, reporting verbs, abbreviations) and arbitrary unicode, so that the rules
are reached, not only the first ``if``.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from audit.load import RawArticle, UnreadableInput, build_article, decode, load  # noqa: E402
from audit.model import Article  # noqa: E402

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]

TOKENS = [
    "Mr. Liang said", " he said.", "“", "”", '"', "‘", "’", "'", "«", "»", ". ", "? ", "! ", "…", "\n", "\n\n", "\r\n", "\r",
    "according to officials, ", "told Reuters", "claims to have", "$80 to $100 million", "more than 50%", "born in 1985",
    "China", " the U.S. ", "Beijing", "DeepSeek's", "a 40-year-old", "warned", "reportedly", "crisis", "GPT-4",
    "2,000 chips", "£1.7m", "(50 billion euros)", "Jan. 20", "—", "-", "between 3 and 4", "1.5bn", "€", "¥", "%",
    "third", "second-largest", "half", "dozens of", "0.0", "1e9", "10,", ",000", "$", "US$5.6 million", "5.6-million",
    "last week", "yesterday", "in 2024", "(", ")", "[", "]", "Read also\n", "Comments (0)", "Photo: Reuters",
    "<b>", "&amp;", "\u200b", "\u00a0", "\ufeff", "\x00", "\t", "https://example.com/a?b=c", "@user", "#tag",
]


def _seed_slice() -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(SEED_TEXTS), st.integers(0, 20000), st.integers(0, 600)).map(
        lambda t: t[0][t[1] % max(1, len(t[0])):][: t[2]]
    )


def _mutate(seed_and_edits: tuple[str, list[tuple[int, int, str]]]) -> str:
    text, edits = seed_and_edits
    for position, cut, insert in edits:
        position %= len(text) + 1
        text = text[:position] + insert + text[position + cut:]
    return text


PIECE = st.one_of(st.sampled_from(TOKENS), st.text(min_size=1, max_size=12), _seed_slice())
BODY = st.lists(PIECE, min_size=1, max_size=60).map("".join)
# a whole seed article with pieces cut out and tokens put in: long, realistic, a little broken
MUTATED = st.tuples(st.sampled_from(SEED_TEXTS), st.lists(st.tuples(st.integers(0, 30000), st.integers(0, 80), PIECE), max_size=25)).map(_mutate)
ARTICLE_TEXT = st.one_of(BODY.map(lambda b: "Headline\n\n" + b), BODY, st.text(), MUTATED)


def _article(text: str, id: str = "x.txt") -> Article | None:
    try:
        return build_article(RawArticle(id, id, text, fields={"published": "2025-02-24", "outlet": "Fuzz"}))
    except UnreadableInput:
        return None


def _inside(article: Article, start: int, end: int) -> None:
    assert 0 <= start <= end <= len(article.text), (start, end, len(article.text))


# --- targets: each is a hypothesis test; the counter counts the examples run -----

COUNTS: Counter[str] = Counter()


def target_decode(data: bytes) -> None:
    COUNTS["decode+build_article"] += 1
    try:
        text, _ = decode(data)
    except UnreadableInput as error:
        assert str(error)
        return
    _article(text)


def target_load_file(data: bytes, suffix: str) -> None:
    COUNTS["load (file on disk)"] += 1
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / f"f{suffix}").write_bytes(data)
        result = load([folder])
    for problem in result.problems:
        assert problem.reason
    for article in result.articles:
        assert article.sentences


def target_lenses(text: str) -> None:
    from audit.figures import figures_in
    from audit.framing import framing_of
    from audit.quotes import quotes_in
    from audit.readability import readability_of
    from audit.tone import tone_of

    COUNTS["lenses (figures, quotes, tone, framing, readability)"] += 1
    article = _article(text)
    if article is None:
        return
    for figure in figures_in(article):
        _inside(article, figure.span.start, figure.span.end)
        if figure.low is not None and figure.high is not None:
            assert figure.low <= figure.high, figure
    quotes = quotes_in(article)
    for quote in quotes:
        _inside(article, quote.span.start, quote.span.end)
    tone = tone_of(article, quoted=[(q.span.start, q.span.end) for q in quotes])
    for sentence in tone.sentences:
        assert -1.0 <= sentence.compound <= 1.0
    framing_of(article)
    readability_of(article)


def target_actors(texts: list[str]) -> None:
    from audit.compare.actors import actors_in

    COUNTS["actors_in"] += 1
    articles = [a for a in (_article(t, f"a{i}.txt") for i, t in enumerate(texts)) if a is not None]
    if articles:
        actors_in(articles)


def target_story(texts: list[str]) -> None:
    from dataclasses import replace

    from audit.report import render_report
    from audit.story import audit_story

    COUNTS["audit_story + render_report"] += 1
    articles = [a for a in (_article(t, f"a{i}.txt") for i, t in enumerate(texts)) if a is not None]
    if not articles:
        return
    articles = [replace(a, label=f"A{i}") for i, a in enumerate(articles)]
    story = audit_story(articles)
    assert "<html" in render_report(story)


def _bytes_strategy() -> st.SearchStrategy[bytes]:
    encoded = st.tuples(ARTICLE_TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "latin-1", "cp1252"])).map(
        lambda t: t[0].encode(t[1], errors="replace")
    )
    return st.one_of(st.binary(max_size=600), encoded)


def _corpus_bytes() -> st.SearchStrategy[bytes]:
    import json

    record = st.dictionaries(st.sampled_from(["text", "title", "outlet", "published", "id", "url", "label"]), st.one_of(ARTICLE_TEXT, st.integers(), st.none()), max_size=5)
    jsonl = st.lists(st.one_of(record.map(json.dumps), st.text(max_size=20)), max_size=4).map(lambda lines: "\n".join(lines).encode("utf-8"))
    csv_text = st.lists(st.lists(st.one_of(ARTICLE_TEXT, st.sampled_from(["text", "title", "outlet", '"', ","])), max_size=4).map(",".join), max_size=4).map(
        lambda rows: ("text,title,outlet\n" + "\n".join(rows)).encode("utf-8")
    )
    return st.one_of(jsonl, csv_text, _bytes_strategy())


def _targets(batch: int) -> dict[str, Callable[[], None]]:
    common = settings(max_examples=batch, deadline=None, derandomize=False, database=None, print_blob=True,
                      suppress_health_check=list(HealthCheck))
    return {
        "decode": common(given(_bytes_strategy())(target_decode)),
        "load": settings(common, max_examples=max(1, batch // 5))(given(_corpus_bytes(), st.sampled_from([".txt", ".jsonl", ".csv", ".json", ".html"]))(target_load_file)),
        "lenses": common(given(ARTICLE_TEXT)(target_lenses)),
        "actors": common(given(st.lists(ARTICLE_TEXT, min_size=1, max_size=3))(target_actors)),
        "story": settings(common, max_examples=max(1, batch // 5))(given(st.lists(ARTICLE_TEXT, min_size=1, max_size=3))(target_story)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0, help="how long to run (default 5)")
    parser.add_argument("--batch", type=int, default=500, help="examples per target per round (default 200)")
    parser.add_argument("--only", choices=["decode", "load", "lenses", "actors", "story"], action="append", help="run only these targets")
    args = parser.parse_args(argv)
    targets = _targets(args.batch)
    if args.only:
        targets = {name: run for name, run in targets.items() if name in args.only}
    start = time.monotonic()
    deadline = start + args.minutes * 60
    rounds, last_print = 0, start
    while time.monotonic() < deadline:
        for name, run in targets.items():
            try:
                run()
            except Exception:  # noqa: BLE001 - hypothesis has printed the shrunk example; say which target
                print(f"\nFUZZ FAILURE in target {name!r} after {time.monotonic() - start:.0f} s", file=sys.stderr)
                raise
            if time.monotonic() >= deadline:
                break
        rounds += 1
        if time.monotonic() - last_print >= 30:
            last_print = time.monotonic()
            print(f"[{time.monotonic() - start:6.0f} s] round {rounds}: " + ", ".join(f"{k} {v}" for k, v in sorted(COUNTS.items())), flush=True)
    elapsed = time.monotonic() - start
    print(f"\nfuzz: {elapsed / 60:.1f} minutes, {sum(COUNTS.values()):,} examples, no failure")
    for name, count in sorted(COUNTS.items()):
        print(f"  {name}: {count:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
