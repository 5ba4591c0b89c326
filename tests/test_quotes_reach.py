"""How far the quotes lens reads around a cue: a run-on "sentence" of thousands of words costs work in proportion
to its length, not to its length squared (counted, never timed), and real sentences are read whole."""
from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from audit.quotes import cues, direct, quotes_in, registry, reported
from conftest import body_quotes, make_article

# clauses of saying joined by commas and "and", with no full stop until the end (benchmarks/pathological.py)
_CHAIN = "The governor announced her plan, and the mayor announced his support, and the senator announced "


# clauses of saying each reporting the next: every cue reports, and each report ends where the next source begins
_REPORTING_CHAIN = "the governor said that the mayor said that the senator said that "


def _run_on(characters: int, chain: str = _CHAIN) -> str:
    words = (chain * (characters // len(chain) + 1))[:characters].rsplit(" ", 1)[0]
    return f"Budget\n\n{words}."


def _reads_in_proportion(read: Callable[[int], int]) -> None:
    """What ``read`` counts on a text of 8,000 characters and on one four times as long: some reading, and at most
    five times as much (reading in proportion to the square of the length, it is sixteen times)."""
    short, long = read(8_000), read(32_000)
    assert short > 0
    assert long <= 5 * short


class _CountingPattern:
    """A compiled pattern that counts the characters its searches are given to read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(string) if endpos is None else min(endpos, len(string))
        self.read += max(0, end - pos)
        return self.pattern.search(string, pos, end)

    def sub(self, repl: str, string: str, count: int = 0) -> str:
        self.read += len(string)
        return self.pattern.sub(repl, string, count)


def _sentence_read_by_reports(monkeypatch: pytest.MonkeyPatch, characters: int) -> int:
    """The characters of its sentence that every cue of a run-on chain reads, summed."""
    read = []
    report_at = reported._report_at

    def counting(text, names, s_start, s_end, *rest):
        read.append(s_end - s_start)
        return report_at(text, names, s_start, s_end, *rest)

    monkeypatch.setattr(reported, "_report_at", counting)
    quotes_in(make_article(_run_on(characters)))
    monkeypatch.undo()
    return sum(read)


def _auxiliaries_read(monkeypatch: pytest.MonkeyPatch, characters: int) -> int:
    """The characters read for the auxiliaries and adverbs before the cues of a run-on chain, summed."""
    counting = _CountingPattern(cues.AUXILIARIES_BEFORE)
    for module in (cues, direct, reported):
        if hasattr(module, "AUXILIARIES_BEFORE"):
            monkeypatch.setattr(module, "AUXILIARIES_BEFORE", counting)
    quotes_in(make_article(_run_on(characters)))
    monkeypatch.undo()
    return counting.read


def _reports_weighed(monkeypatch: pytest.MonkeyPatch, characters: int) -> tuple[int, int]:
    """For a run-on chain of reports: the earlier reports of the sentence that its cues weigh, summed, and the quotes
    found that its kept reports are checked against, summed."""
    weighed, checked = [], []
    report_at, stop_before_later_quotes = reported._report_at, reported._stop_before_later_quotes

    def counting_reports(text, names, s_start, s_end, cue, earlier, *rest):
        weighed.append(len(earlier))
        return report_at(text, names, s_start, s_end, cue, earlier, *rest)

    def counting_checks(text, quote, found):
        checked.append(len(getattr(found, "attributions", found)))
        return stop_before_later_quotes(text, quote, found)

    monkeypatch.setattr(reported, "_report_at", counting_reports)
    monkeypatch.setattr(reported, "_stop_before_later_quotes", counting_checks)
    quotes_in(make_article(_run_on(characters, _REPORTING_CHAIN)))
    monkeypatch.undo()
    return sum(weighed), sum(checked)


def test_each_cue_of_a_run_on_chain_weighs_only_the_reports_within_reach_of_it(monkeypatch):
    # four times the cues, each weighing about as many reports: about four times the weighing (each weighing all
    # the earlier reports of the sentence, it was sixteen times)
    _reads_in_proportion(lambda characters: _reports_weighed(monkeypatch, characters)[0])


def test_a_kept_report_is_checked_against_the_direct_and_mixed_quotes_only(monkeypatch):
    # a chain of indirect reports: none of the quotes found is direct or mixed (checking each report against all the
    # quotes found was quadratic in the article's reports)
    (_, short), (_, long) = _reports_weighed(monkeypatch, 8_000), _reports_weighed(monkeypatch, 32_000)
    assert long <= 5 * short


def test_each_cue_of_a_run_on_chain_reads_its_sentence_within_reach_of_it(monkeypatch):
    # four times the words, four times the cues, each reading no more than before: about four times the reading
    # (reading the whole sentence at each cue, it was sixteen times)
    _reads_in_proportion(lambda characters: _sentence_read_by_reports(monkeypatch, characters))


def test_the_auxiliaries_before_a_cue_are_read_within_reach_of_it(monkeypatch):
    _reads_in_proportion(lambda characters: _auxiliaries_read(monkeypatch, characters))


def test_the_longest_real_sentence_is_read_whole_by_an_inverted_source():
    # control: a sentence of about 1,100 characters (the longest of the development articles) reported by a
    # source named at its end is all the source's
    clauses = ", ".join(f"the county would {verb} its roads and bridges by the end of the decade" for verb in ("repair", "widen", "repave", "inspect", "rebuild", "light", "clean", "paint", "sign", "fence", "number", "plant", "drain", "map", "test", "mark"))
    sentence = f"The plan is that {clauses}, said Tom Zhang, a county engineer."
    assert 1_000 < len(sentence) <= 1_200
    (quote,) = body_quotes(f"{sentence}\n")
    assert quote.speaker.name == "Tom Zhang"
    assert quote.text.startswith("The plan is that the county would repair") and quote.text.endswith("by the end of the decade")


def test_a_long_run_of_auxiliaries_and_time_phrases_is_still_left_out_of_the_speaker():
    # control: "has also repeatedly ... in a conference call" stands between the speaker and the cue
    (quote,) = body_quotes("Mayor Ann Ortiz has also repeatedly late last week in a conference call said that the fees would rise.\n")
    assert quote.speaker.name == "Ann Ortiz"
    assert quote.text == "the fees would rise"


def _surnames_speaking(characters: int) -> str:
    """Made-up one-word names each saying a quote, with a quote "he said" every fifth sentence."""
    sentences, index = [], 0
    while sum(map(len, sentences)) < characters:
        sentences.append(f"“We will appeal the ruling,” Zor{chr(97 + index // 26 % 26)}{chr(97 + index % 26)} said. ")
        index += 1
        if index % 5 == 0:
            sentences.append("“It was wrong,” he said. ")
    return "Ruling\n\n" + "".join(sentences)


class _CountingList(list):
    """A list that counts the items its iterations yield."""

    read = 0

    def __iter__(self):
        for item in super().__iter__():
            _CountingList.read += 1
            yield item


def _occurrences_read(monkeypatch: pytest.MonkeyPatch, characters: int) -> int:
    """The name occurrences of the registry read (walked through whole) while resolving the speakers."""
    scan = registry.EntityRegistry._scan

    def counting_scan(self, marks):
        scan(self, marks)
        self.occurrences = _CountingList(self.occurrences)

    _CountingList.read = 0
    monkeypatch.setattr(registry.EntityRegistry, "_scan", counting_scan)
    quotes_in(make_article(_surnames_speaking(characters)))
    monkeypatch.undo()
    return _CountingList.read


def test_whether_a_name_is_written_after_the_is_read_once_per_article(monkeypatch):
    # four times the names and pronouns, four times the checks (checking every occurrence at each lone name a
    # pronoun might stand for, it was sixteen times)
    _reads_in_proportion(lambda characters: _occurrences_read(monkeypatch, characters))


def test_a_lone_name_written_after_the_is_still_no_person_a_pronoun_stands_for():
    # control: "The Oregonian" is a newspaper, the "he" after its report no pronoun of it
    quotes = body_quotes("“The plan is dead,” The Oregonian reported. “It was wrong,” he said.")
    assert [(q.speaker.name, q.speaker.kind) if q.speaker else None for q in quotes] == [("Oregonian", "organization"), ("unidentified speaker (he)", "anonymous")]
