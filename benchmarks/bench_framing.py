"""Throughput of per-article framing and readability, in words per second; frame shares on real news.

The seed articles are repeated until the corpus holds at least 1 MB of text,
then every article is scored with ``framing_of`` and ``readability_of`` (and
the story's distinctive vocabulary is computed once), in words per CPU second of
the process (the machine may be shared). With the development sets at hand
(``../shared/devsets`` or ``$AUDIT_DEVSETS``) it also prints the share of sentences
cueing each frame on the 57 PAC stories and on 84 PolNeAR train texts (the first
12 of each publisher), to watch how changes to the cue lists move them, and the
CPU time of the differences between outlets (``audit.compare.differences``) per
story. Run from the repository root: ``python benchmarks/bench_framing.py``.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audit import audit_story, load  # noqa: E402
from audit.compare.vocabulary import distinctive_vocabulary  # noqa: E402
from audit.framing import FRAMES, framing_of  # noqa: E402
from audit.sections import framing as framing_section  # noqa: E402
from audit.sections import overview, tone  # noqa: E402
from audit.load import RawArticle, build_article  # noqa: E402
from audit.readability import readability_of  # noqa: E402

TARGET_BYTES = 1_000_000


def corpus(salt: str) -> list:
    """Copies of the seeds, each with a distinct closing line, so that no cache keyed by the
    text (textstat's, before readability counted for itself) serves a timing."""
    seeds = load([ROOT / "seeds"]).articles
    articles, size, copy = [], 0, 0
    while size < TARGET_BYTES:
        for article in seeds:
            raw = RawArticle(f"{copy}:{article.id}", article.source, f"{article.text}\n\nCopy {salt} number {copy}.\n", fields={})
            articles.append(build_article(raw))
            size += len(raw.text.encode("utf-8"))
        copy += 1
    return articles


def timed(label: str, function, articles, words: int) -> None:
    start = time.process_time()
    for article in articles:
        function(article)
    seconds = time.process_time() - start
    print(f"{label:<24} {words / seconds:>12,.0f} words/s  ({seconds:.2f} s CPU)")


def frame_shares(label: str, articles) -> None:
    """The share of all sentences of ``articles`` that cue each frame."""
    framings = [framing_of(article) for article in articles]
    sentences = sum(f.sentences for f in framings)
    counts = {frame: sum(share.sentences for f in framings for share in f.frames if share.frame == frame) for frame in FRAMES}
    shares = ", ".join(f"{frame} {count / sentences:.1%}" for frame, count in counts.items())
    print(f"{label} ({len(articles)} articles, {sentences:,} sentences): {shares}")


def difference_timing(stories) -> None:
    """CPU time of the comparisons between outlets the report makes, per story (lenses run before)."""
    audited = [audit_story(articles) for articles in stories]
    start = time.process_time()
    for story in audited:
        overview.frame_comparisons(story)
        tone.own_voice_comparisons(story)
        framing_section.context(story)
    seconds = time.process_time() - start
    print(f"{'differences per story':<24} {1000 * seconds / len(audited):>9,.0f} ms CPU  ({len(audited)} stories; frames, tone, rates)")


def devsets() -> Path | None:
    folder = Path(os.environ.get("AUDIT_DEVSETS", ROOT.parent / "shared" / "devsets"))
    return folder if (folder / "figures" / "stories").is_dir() else None


def main() -> None:
    articles = corpus("a")
    words = sum(article.word_count for article in articles)
    size = sum(len(article.text.encode("utf-8")) for article in articles)
    print(f"{len(articles)} articles, {size / 1e6:.2f} MB, {words:,} words")
    framing_of(articles[0])  # compile the lexicons and load the dictionaries once, outside the timing
    readability_of(corpus("warm-up")[0])
    # a fresh corpus per measurement, so no run profits from a cache filled by an earlier one
    timed("framing + readability", lambda a: (framing_of(a), readability_of(a)), articles, words)
    timed("framing", framing_of, corpus("b"), words)
    timed("readability", readability_of, corpus("c"), words)
    start = time.process_time()
    distinctive_vocabulary(articles)
    seconds = time.process_time() - start
    print(f"{'distinctive vocabulary':<24} {words / seconds:>12,.0f} words/s  ({seconds:.2f} s CPU, whole corpus)")
    folder = devsets()
    if folder is None:
        print("devsets not found (../shared/devsets or $AUDIT_DEVSETS): no frame shares on real news")
        difference_timing([load([ROOT / "seeds"]).articles])
        return
    stories = [load([path]).articles for path in sorted((folder / "figures" / "stories").iterdir()) if path.is_dir()]
    difference_timing([load([ROOT / "seeds"]).articles] + stories)
    frame_shares("PAC stories", [article for story in stories for article in story])
    polnear = folder / "polnear" / "train" / "texts"
    if polnear.is_dir():
        files = [path for publisher in sorted(polnear.iterdir()) for path in sorted(publisher.glob("*.txt"))[:12]]
        frame_shares("PolNeAR train sample", load(files).articles)


if __name__ == "__main__":
    main()
