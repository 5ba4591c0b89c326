"""Quote extraction measured against the gold readings (tests/gold/quotes.jsonl).

Matching rule of tests/gold/README.md: a predicted quote matches a gold quote of the
same article when their spans overlap by at least half of the gold span; each gold and
each predicted quote is matched at most once (greedily, in order of appearance).

Kinds: "direct" is scored on its own; "indirect" and "mixed" are scored together as
reported speech (both are paraphrase, and the line between them is a quoted fragment).

Speaker equality: both canonical names are normalised by ``audit.compare.voices.speaker_key``
(lower case, honorifics such as Mr./Ms./Professor, determiners such as a/an/the/another/some,
quote marks and punctuation removed); they are the same speaker when the shorter token set is a
non-empty subset of the longer one ("Mr. Allen" = "Gregory C. Allen", "state media" =
"Chinese state media"). Tokens are compared whole, never as substrings.

The figures are printed to the terminal even when pytest captures output, and asserted
(the failure message repeats them).
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from audit.compare.voices import speaker_key
from audit.quotes import quotes_in


def same_speaker(predicted: str, gold: str) -> bool:
    """The measurement's rule (looser than the cross-outlet rule, which never matches a
    lone surname): a single word such as "Zeng" may stand for "Jinghan Zeng"."""
    a, b = speaker_key(predicted), speaker_key(gold)
    if not a or not b:
        return False
    return a <= b or b <= a


@dataclass
class Scores:
    direct_precision: float
    direct_recall: float
    reported_precision: float
    reported_recall: float
    speaker_accuracy: float
    category_accuracy: float
    matched: int
    misses: list[str]

    def report(self) -> str:
        return (
            f"quotes vs gold: direct P={self.direct_precision:.3f} R={self.direct_recall:.3f}; "
            f"indirect+mixed P={self.reported_precision:.3f} R={self.reported_recall:.3f}; "
            f"speaker correct {self.speaker_accuracy:.3f} and category correct {self.category_accuracy:.3f} "
            f"of {self.matched} matched quotes"
        )


def _group(kind: str) -> str:
    return "direct" if kind == "direct" else "reported"


def score(seeds_by_id, gold_quotes) -> Scores:
    gold_spans: dict[str, list[tuple[int, int, dict]]] = {}
    cursor: dict[str, int] = {}
    for item in gold_quotes:
        text = seeds_by_id[item["article"]].text
        start = text.find(item["quote"], cursor.get(item["article"], 0))
        assert start >= 0, f"gold quote not found in {item['article']}: {item['quote'][:60]!r}"
        cursor[item["article"]] = start
        gold_spans.setdefault(item["article"], []).append((start, start + len(item["quote"]), item))
    predicted_count = {"direct": 0, "reported": 0}
    predicted_hit = {"direct": 0, "reported": 0}
    gold_count = {"direct": 0, "reported": 0}
    gold_hit = {"direct": 0, "reported": 0}
    speaker_ok = category_ok = matched = 0
    misses: list[str] = []
    for article_id, article in sorted(seeds_by_id.items()):
        predictions = list(quotes_in(article))
        golds = gold_spans.get(article_id, [])
        for q in predictions:
            predicted_count[_group(q.kind)] += 1
        for _s, _e, item in golds:
            gold_count[_group(item["kind"])] += 1
        taken: set[int] = set()
        for g_start, g_end, item in golds:
            need = (g_end - g_start) / 2
            best = None
            for index, q in enumerate(predictions):
                if index in taken:
                    continue
                overlap = min(q.end, g_end) - max(q.start, g_start)
                if overlap >= need and (best is None or overlap > best[0]):
                    best = (overlap, index)
            if best is None:
                misses.append(f"MISSED {article_id[:3]} {item['kind']}: {item['quote'][:70]!r}")
                continue
            taken.add(best[1])
            q = predictions[best[1]]
            matched += 1
            if _group(q.kind) == _group(item["kind"]):
                predicted_hit[_group(q.kind)] += 1
                gold_hit[_group(item["kind"])] += 1
            else:
                misses.append(f"KIND {article_id[:3]} gold {item['kind']} got {q.kind}: {item['quote'][:60]!r}")
            name = q.speaker.name if q.speaker else ""
            if same_speaker(name, item["speaker"]):
                speaker_ok += 1
            else:
                misses.append(f"SPEAKER {article_id[:3]} gold {item['speaker']!r} got {name!r}: {item['quote'][:50]!r}")
            category = q.speaker.category if q.speaker else ""
            if category == item["category"]:
                category_ok += 1
            else:
                misses.append(f"CATEGORY {article_id[:3]} {item['speaker']!r} gold {item['category']} got {category}")
        for index, q in enumerate(predictions):
            if index not in taken:
                misses.append(f"EXTRA {article_id[:3]} {q.kind}: {q.text[:70]!r}")

    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    return Scores(
        direct_precision=ratio(predicted_hit["direct"], predicted_count["direct"]),
        direct_recall=ratio(gold_hit["direct"], gold_count["direct"]),
        reported_precision=ratio(predicted_hit["reported"], predicted_count["reported"]),
        reported_recall=ratio(gold_hit["reported"], gold_count["reported"]),
        speaker_accuracy=ratio(speaker_ok, matched),
        category_accuracy=ratio(category_ok, matched),
        matched=matched,
        misses=misses,
    )


@pytest.fixture(scope="module")
def scores(seeds_by_id, gold_quotes) -> Scores:
    return score(seeds_by_id, gold_quotes)


def test_gold_figures_are_reported(scores, capsys):
    """Shows the figures on the terminal whether or not pytest captures output (-s)."""
    with capsys.disabled():
        print("\n" + scores.report())
    assert scores.matched > 0


def test_speaker_equality_rule():
    assert same_speaker("Gregory C. Allen", "Mr. Allen")
    assert same_speaker("state media", "Chinese state media")
    assert not same_speaker("Li Qiang", "Li Chengdong")
    assert not same_speaker("", "Ye Kejiang")


def test_direct_quotes_precision_and_recall(scores):
    assert scores.direct_precision >= 0.95 and scores.direct_recall >= 0.95, scores.report()


def test_reported_speech_precision_and_recall(scores):
    assert scores.reported_precision >= 0.85 and scores.reported_recall >= 0.80, scores.report()


def test_speaker_correct_on_matched_quotes(scores):
    assert scores.speaker_accuracy >= 0.90, scores.report()


def test_category_correct_on_matched_quotes(scores):
    assert scores.category_accuracy >= 0.85, scores.report()
