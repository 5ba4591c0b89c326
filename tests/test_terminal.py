"""Terminal output (`--format table`): every line fits the terminal, long cells wrap and stop with
"…", numbers stay whole, and CSV and JSON keep every value complete."""
from __future__ import annotations

import json

import pytest
from conftest import ROOT

from audit.cli import main
from audit.terminal import column_widths, text_table, tone_with_interval, wrap

COMMANDS = ("figures", "quotes", "score", "actors")


@pytest.fixture(autouse=True)
def in_project(monkeypatch):
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("columns", [60, 100, 160])
@pytest.mark.parametrize("command", COMMANDS)
def test_every_line_of_a_terminal_table_fits_the_terminal(command, columns, monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", str(columns))
    assert main([command]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) > 10
    assert max(len(line) for line in lines) <= columns


def test_csv_and_json_keep_the_long_cells_a_terminal_wraps(monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "60")
    assert main(["quotes", "--format", "json"]) == 0
    longest = max((row["quote"] for row in json.loads(capsys.readouterr().out)["quotes"]), key=len)
    assert len(longest) > 200
    assert main(["quotes", "--format", "csv"]) == 0
    assert longest.replace('"', '""') in capsys.readouterr().out


def test_a_long_cell_wraps_and_stops_with_an_ellipsis():
    text = "DeepSeek's model was trained for a fraction of the cost of its American rivals, the company said."
    lines = wrap(text, 20, max_lines=3)
    assert len(lines) == 3 and all(len(line) <= 20 for line in lines)
    assert lines[-1].endswith("…") and lines[0] == "DeepSeek's model was"


def test_the_widest_column_gives_way_first_and_numbers_never_wrap():
    assert column_widths([40, 10, 6], [8, 8, 6], 40) == [24, 10, 6]
    assert column_widths([40, 30, 6], [8, 8, 6], 40) == [17, 17, 6]
    table = text_table(("outlet", "words", "title"), [("nrc.nl", 1214, "Thanks to the huge success of DeepSeek, tech innovation in China is now a top priority")], 40)
    lines = table.splitlines()
    assert all(len(line) <= 40 for line in lines) and len(lines) > 3
    assert lines[2].startswith("nrc.nl") and "1214" in lines[2]  # the number on one line, whole


def test_a_terminal_too_narrow_for_the_columns_shows_one_record_after_another():
    table = text_table(("outlet", "speaker", "role", "kind"), [("nrc.nl", "Jinghan Zeng", "who studies China's AI strategy", "direct")], 30)
    assert table.splitlines() == [
        "outlet   nrc.nl",
        "speaker  Jinghan Zeng",
        "role     who studies China's",
        "         AI strategy",
        "kind     direct",
    ]


def test_an_empty_table_says_so():
    assert text_table(("a", "b"), [], 80) == "(none)\n"


def test_a_quote_row_shows_the_quote_in_its_sentence_not_its_offsets(monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["quotes"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if "[the success should not be attributed" in line)
    assert row.split()[:5] == ["nrc.nl", "Jinghan", "Zeng", "academic", "indirect"]
    assert row.endswith("According to Zeng, [the success should not be attributed to the Chinese state].")
    assert "2586" not in out  # the quote's offsets are in --format csv and json


def test_the_quoted_words_are_bracketed_within_their_sentence():
    from conftest import make_article

    from audit.quotes import quotes_in
    from audit.terminal import quote_in_context

    article = make_article("Title\n\nShares fell. “We are open to talks,” the minister said on Monday. Markets rose.\n")
    quote = quotes_in(article)[0]
    assert quote_in_context(article, quote) == "“[We are open to talks,]” the minister said on Monday."


def test_an_actor_tone_shows_its_interval_and_how_many_mentions_it_rests_on():
    row = {"own_tone": 0.2138, "own_low": -0.1692, "own_high": 0.5968, "own_mentions": 7,
           "quoted_tone": 0.836, "quoted_low": float("nan"), "quoted_high": float("nan"), "quoted_mentions": 1}
    assert tone_with_interval(row, "own") == "+0.21 [-0.17, +0.60] n=7"
    assert tone_with_interval(row, "quoted") == "+0.84 n=1"
    assert tone_with_interval({"own_tone": float("nan"), "own_mentions": 0}, "own") == "–"


def test_an_actor_tone_near_zero_reads_as_the_report_reads_it_unsigned():
    row = {"own_tone": -0.0035, "own_low": -0.0046, "own_high": 0.4232, "own_mentions": 16,
           "quoted_tone": 0.0022, "quoted_low": None, "quoted_high": None, "quoted_mentions": 1}
    assert tone_with_interval(row, "own") == "0.00 [0.00, +0.42] n=16"
    assert tone_with_interval(row, "quoted") == "0.00 n=1"


def test_the_actors_table_reads_each_tone_with_its_interval(monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["actors", "seeds"]) == 0
    out = capsys.readouterr().out
    assert "own tone [95% interval] n" in out.splitlines()[0]
    assert any("] n=" in line for line in out.splitlines()[2:])
