"""Hostile and broken input through the command line, end to end.

Each bad input sits next to one good article: the command must name the bad
file (and line) with the reason on one stderr line, process the good article,
exit 1 when something was skipped, and list the skipped input in the report.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit.cli import main
from test_properties import NEWSY_ARTICLE, _article_or_none

GOOD = "Chips deal\n\nThe company said it bought 2,000 chips last week. Analysts were surprised by the price.\n"
BODY = "Chips deal\n\nThe café said it bought 2,000 chips last week. Analysts were surprised by the price.\n"
FIFTY_MB = 50 * 1024 * 1024


def _fifty_megabytes(path: Path) -> None:
    line = ("The company said it bought 2,000 chips last week. " * 20 + "\n").encode("utf-8")
    with path.open("wb") as handle:
        for _ in range(FIFTY_MB // len(line) + 1):
            handle.write(line)


def _symlink_loop(folder: Path) -> None:
    (folder / "loopdir").mkdir()
    os.symlink(folder / "loopdir", folder / "loopdir" / "loop")


def _fails_on_read(name: str, error: OSError):
    def install(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        (folder / name).write_text(GOOD, encoding="utf-8")
        real_read_bytes = Path.read_bytes

        def read_bytes(self: Path) -> bytes:
            if self.name == name:
                if isinstance(error, FileNotFoundError):
                    self.unlink()  # gone between the directory listing and the read
                else:
                    raise error
            return real_read_bytes(self)

        # chmod 000 does not stop root, who runs CI: make the read itself fail
        monkeypatch.setattr(Path, "read_bytes", read_bytes)

    return install


def _bytes(name: str, data: bytes):
    return lambda folder, monkeypatch: (folder / name).write_bytes(data)


# (case, how to make it, the name on the stderr line, what the line says, outcome)
# outcome: "skip" (listed in the report, exit 1), "warn" (read, one warning line), "ok" (read silently)
CASES = [
    ("50 MB text", lambda f, m: _fifty_megabytes(f / "big.txt"), "big.txt", "the limit is 5,000,000, see --max-bytes", "skip"),
    ("empty", _bytes("empty.txt", b""), "empty.txt", "empty file", "skip"),
    ("white space only", _bytes("blank.txt", b" \n\t\r\n"), "blank.txt", "white space only", "skip"),
    ("PNG renamed .txt", _bytes("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256))), "image.txt", "binary file", "skip"),
    ("NUL bytes", _bytes("nul.txt", b"Some text\x00\x00 more text"), "nul.txt", "NUL bytes", "skip"),
    ("UTF-16 LE without BOM", _bytes("u16le.txt", BODY.encode("utf-16-le")), "u16le.txt", "decoded as UTF-16-LE (no byte-order mark", "warn"),
    ("UTF-16 BE without BOM", _bytes("u16be.txt", BODY.encode("utf-16-be")), "u16be.txt", "decoded as UTF-16-BE (no byte-order mark", "warn"),
    ("UTF-16 with BOM", _bytes("u16.txt", BODY.encode("utf-16")), "u16.txt", "decoded as UTF-16 (byte-order mark)", "warn"),
    ("Latin-1", _bytes("latin.txt", BODY.encode("latin-1")), "latin.txt", "read as Windows-1252/Latin-1", "warn"),
    ("UTF-8 BOM", _bytes("bom.txt", b"\xef\xbb\xbf" + BODY.encode("utf-8")), "bom.txt", None, "ok"),
    ("Windows line endings", _bytes("crlf.txt", BODY.replace("\n", "\r\n").encode("utf-8")), "crlf.txt", None, "ok"),
    ("old Mac line endings", _bytes("cr.txt", BODY.replace("\n", "\r").encode("utf-8")), "cr.txt", None, "ok"),
    ("JSONL broken line", _bytes("c.jsonl", b'{"text": "T\\n\\nThe firm said it grew."}\n{not json\n'), "c.jsonl:2", "not valid JSON", "skip"),
    ("CSV without text column", _bytes("m.csv", b"title,outlet\nA,B\n"), "m.csv:1", "no 'text' column", "skip"),
    ("CSV ragged row", _bytes("r.csv", b'text,outlet\n"The firm said it grew.",A\n"The firm said it fell.",B,extra\n'), "r.csv:3", "more fields than the header", "skip"),
    ("HTML without a body", _bytes("e.html", b"<html><body><nav>Home</nav></body></html>"), "e.html", "no article text found in the HTML", "skip"),
    ("symbolic link loop", lambda f, m: _symlink_loop(f), "loop", "symbolic link loop", "skip"),
    ("file disappears mid-run", _fails_on_read("gone.txt", FileNotFoundError(2, "No such file")), "gone.txt", "file disappeared", "skip"),
    ("unreadable file", _fails_on_read("secret.txt", PermissionError(13, "Permission denied")), "secret.txt", "permission denied", "skip"),
]


def _problems_block(html: str) -> str:
    match = re.search(r'<div class="problems".*?</div>', html, re.S)
    return match.group(0) if match else ""


@pytest.mark.parametrize(("make", "name", "says", "outcome"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_is_named_once_and_the_rest_is_processed(tmp_path, monkeypatch, capsys, make, name, says, outcome):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    make(folder, monkeypatch)
    out = tmp_path / "report.html"

    code = main(["report", str(folder), "-o", str(out)])

    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    lines = captured.err.splitlines()
    html = out.read_text(encoding="utf-8")
    assert 'id="art' in html and "good.txt" in html  # the good article was processed
    if outcome == "ok":
        assert code == 0 and lines == []
        assert "Chips deal" in html and "café" in html
        return
    assert len(lines) == 1, lines
    assert f"{name}: " in lines[0] and says in lines[0], lines[0]
    if outcome == "warn":
        assert code == 0 and lines[0].startswith("audit: warning: ")
        assert "café" in html  # decoded, not mojibake
        assert _problems_block(html) == ""
    else:
        assert code == 1 and lines[0].startswith("audit: skipped ")
        assert name.split(":")[0] in _problems_block(html)


def test_max_bytes_is_configurable_and_named_in_the_message(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert main(["score", str(tmp_path), "--max-bytes", "50", "--format", "csv"]) == 1
    assert "a.txt: file too large (100 bytes; the limit is 50, see --max-bytes)" in capsys.readouterr().err
    assert main(["score", str(tmp_path), "--max-bytes", "1000", "--format", "csv"]) == 0


def test_streamed_utf16_corpus_without_bom_is_decoded(tmp_path):
    from audit.load import RawArticle, iter_raw

    record = '{"text": "T\\n\\nThe café said it grew.", "outlet": "A"}\n'
    path = tmp_path / "c.jsonl"
    path.write_bytes((record * 2).encode("utf-16-le"))
    items = list(iter_raw([path]))
    assert [type(i) for i in items] == [RawArticle, RawArticle]
    assert "café" in items[0].text
    assert all("UTF-16-LE" in " ".join(i.warnings) for i in items)


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".json"])
def test_records_of_a_latin1_corpus_file_carry_the_encoding_warning(tmp_path, suffix):
    from audit.load import load

    text = "Café deal\n\nThe café said it bought 2,000 chips."
    content = {".csv": 'text,outlet\n"' + text + '",A\n', ".jsonl": '{"text": "' + text.replace("\n", "\\n") + '"}\n'}
    content[".json"] = "[" + content[".jsonl"].strip() + "]"
    path = tmp_path / f"c{suffix}"
    path.write_bytes(content[suffix].encode("latin-1"))
    articles = load([path]).articles
    assert len(articles) == 1 and "café said" in articles[0].text
    assert "Windows-1252/Latin-1" in " ".join(articles[0].warnings)


def test_a_stray_nul_in_utf8_text_is_not_taken_for_utf16():
    from audit.load import utf16_without_bom

    assert utf16_without_bom(b"Some text\x00\x00 more text") is None
    assert utf16_without_bom("Some text".encode("utf-16-le")) == "utf-16-le"
    assert utf16_without_bom("Some text".encode("utf-16-be")) == "utf-16-be"


# --- limits: the pairwise parts stop at --max-articles, the per-article lenses do not ---------


def test_over_the_pairwise_limit_the_per_article_lenses_still_run(seed_articles):
    from audit.story import audit_story

    story = audit_story(seed_articles, max_pairwise=4)
    assert len(story.audits) == 5 and any(a.figures for a in story.audits) and any(a.quotes for a in story.audits)
    assert story.facts == () and story.copies.passages == () and story.voices.wording == ()
    assert len(story.voices.outlets) == 5
    assert story.notes and "5 articles is more than the limit of 4" in story.notes[0] and "--max-articles" in story.notes[0]


def test_within_the_pairwise_limit_everything_is_compared(seed_articles):
    from audit.story import audit_story

    story = audit_story(seed_articles, max_pairwise=5)
    assert story.notes == () and story.facts and story.coverage.claims


def test_max_articles_flag_skips_pairwise_parts_with_a_note_in_report_and_stderr(tmp_path, capsys, monkeypatch):
    from conftest import ROOT

    monkeypatch.chdir(ROOT)
    out = tmp_path / "r.html"
    assert main(["report", "--max-articles", "3", "-o", str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("audit: note: 5 articles is more than the limit of 3") and "--max-articles" in err[0]
    html = out.read_text(encoding="utf-8")
    assert "Parts not computed" in html and "limit of 3" in html
    assert main(["figures", "--max-articles", "3", "--format", "json"]) == 0
    assert "limit of 3" in capsys.readouterr().err


# --- user mistakes: one clear line, the right exit code, never a traceback -----------------

SEED_FILE = "seeds/000_a288e786907b7547.txt"
MISTAKES = [
    ("nonexistent folder", ["report", "{tmp}/nope", "-o", "{tmp}/r.html"], 1, "nope: no such file or directory"),
    ("folder without articles", ["report", "{tmp}/empty", "-o", "{tmp}/r.html"], 2, "no articles found in"),
    ("impossible date", ["score", "--date", "2025-13-40"], 2, "'2025-13-40' is not a date; use YYYY-MM-DD"),
    ("compare a label with itself", ["compare", "nrc.nl", "nrc.nl", "-o", "{tmp}/c.html"], 2, "A and B are the same article"),
    ("compare a file with itself", ["compare", SEED_FILE, "./" + SEED_FILE, "-o", "{tmp}/c.html"], 2, "A and B are the same article"),
    ("compare a file with its own label", ["compare", SEED_FILE, "nrc.nl", "-o", "{tmp}/c.html"], 2, "A and B are the same article"),
    ("unknown format", ["score", "--format", "xml"], 2, "invalid choice: 'xml'"),
    ("negative size limit", ["score", "--max-bytes", "-1"], 2, "--max-bytes must be a positive number"),
    ("article limit below two", ["figures", "--max-articles", "1"], 2, "--max-articles must be at least 2"),
    ("output where nothing can be written", ["report", "-o", "/proc/x.html"], 2, "cannot write /proc/x.html"),
    ("output is a folder", ["report", "-o", "{tmp}"], 2, "is a folder; give a file name"),
    ("corpus with no workers", ["corpus", "--jobs", "0", "-o", "{tmp}/corpus"], 2, "--jobs must be at least 1"),
    ("corpus output where nothing can be written", ["corpus", "-o", "/proc/corpus"], 2, "cannot write /proc/corpus"),
    ("corpus with a missing assignments file", ["corpus", "--stories", "{tmp}/nope.csv", "-o", "{tmp}/corpus"], 2, "nope.csv"),
]


@pytest.mark.parametrize(("argv", "code", "says"), [m[1:] for m in MISTAKES], ids=[m[0] for m in MISTAKES])
def test_user_mistake_gives_one_clear_line_and_no_traceback(tmp_path, monkeypatch, capsys, argv, code, says):
    from conftest import ROOT

    monkeypatch.chdir(ROOT)
    (tmp_path / "empty").mkdir()
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    try:
        got = main(argv)
    except SystemExit as exit_info:  # argparse's own usage errors
        got = exit_info.code
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error" not in err
    assert got == code
    assert any(says in line for line in err.splitlines()), err  # said on one line, not spread over a traceback
    assert not (tmp_path / "r.html").exists()


def test_reports_are_readable_by_others_like_any_file_the_user_writes(tmp_path):
    from audit.pages import write_output

    umask = os.umask(0o022)
    try:
        path = write_output("<html></html>", tmp_path / "r.html")
    finally:
        os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o644


# --- determinism of the tables: same bytes on every run, whatever the hash seed --------------

TABLE_COMMANDS = [[command, "--format", fmt] for command in ("score", "figures", "quotes", "actors") for fmt in ("csv", "json")]
_ALL_TABLES = """
import contextlib, io, json, sys
import audit.facts, audit.story
from audit.cli import main

# each command's library call runs once per process (its csv and json render the same result)
def once(function):
    result = []
    return lambda *args, **kwargs: result[0] if result else result.append(function(*args, **kwargs)) or result[0]

for module, name in ((audit.story, "score_articles"), (audit.story, "story_quotes"), (audit.story, "actor_tones"), (audit.facts, "figure_facts")):
    setattr(module, name, once(getattr(module, name)))
outputs = {}
for argv in json.loads(sys.argv[1]):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(argv) == 0, argv
    outputs[" ".join(argv)] = buffer.getvalue()
sys.stdout.write(json.dumps(outputs))
"""


def _tables_under_hash_seeds(*seeds: str) -> list[dict[str, str]]:
    """Every table, rendered by one process per hash seed (run side by side)."""
    import json
    import subprocess
    import sys

    from conftest import ROOT

    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _ALL_TABLES, json.dumps(TABLE_COMMANDS)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed},
        )
        for seed in seeds
    ]
    outputs = []
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        outputs.append(json.loads(out))
    return outputs


def test_csv_and_json_tables_are_byte_identical_across_runs_and_hash_seeds():
    first, second = _tables_under_hash_seeds("1", "4242")
    assert sorted(first) == sorted(" ".join(argv) for argv in TABLE_COMMANDS)
    assert all(first[key].strip() for key in first)  # every table has content to compare
    for key in first:
        assert first[key] == second[key], f"audit {key} differs between PYTHONHASHSEED=1 and 4242"


# --- escaping: every field a user or a web page controls reaches the HTML inert ----------------

SCRIPT = "<script>alert(1)</script>"
BREAKOUT = '" onmouseover="alert(4)" x="'
JS_URL = "javascript:alert(3)"


def _assert_inert(html: str) -> None:
    assert "<script>alert(1)" not in html
    assert 'onmouseover="alert(4)"' not in html
    assert 'href="javascript:' not in html and "src=\"javascript:" not in html


def _hostile_folder(folder: Path) -> Path:
    import csv

    folder.mkdir()
    hostile_name = 'a<b"c.txt'
    (folder / hostile_name).write_text(GOOD, encoding="utf-8")
    (folder / "plain.txt").write_text(GOOD.replace("2,000", "3,000"), encoding="utf-8")
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "outlet", "label", "title", "url"])
        writer.writerow([hostile_name, f"Outlet {SCRIPT}", f"Label {BREAKOUT}", f"Title {SCRIPT} {BREAKOUT}", JS_URL])
        writer.writerow(["plain.txt", f"Other {BREAKOUT}", f"Other {SCRIPT}", "Plain title", f"{JS_URL}//{SCRIPT}"])
    return folder


def test_hostile_manifest_fields_and_file_names_are_escaped_in_the_report(tmp_path):
    from audit import audit_story, load, render_report

    loaded = load([_hostile_folder(tmp_path / "in")])
    assert not loaded.problems and len(loaded.articles) == 2
    assert loaded.articles[0].outlet == f"Outlet {SCRIPT}" and loaded.articles[0].url == JS_URL  # read as given
    html = render_report(audit_story(loaded.articles))
    _assert_inert(html)
    assert "Outlet &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Label &#34; onmouseover=&#34;alert(4)&#34;" in html
    assert "a&lt;b&#34;c.txt" in html  # the file name, escaped


def test_hostile_manifest_fields_are_escaped_in_the_side_by_side_page(tmp_path, capsys):
    out = tmp_path / "c.html"
    folder = _hostile_folder(tmp_path / "in")
    assert main(["compare", str(folder / 'a<b"c.txt'), str(folder / "plain.txt"), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    _assert_inert(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_hostile_outlet_names_are_escaped_in_the_corpus_index_and_story_pages(tmp_path):
    from audit.corpus import audit_corpus
    from corpus_fixtures import seed_records, write_jsonl

    records = [dict(r, outlet=f"{SCRIPT}{BREAKOUT}{i}", url=JS_URL, title=f"T {SCRIPT}") for i, r in enumerate(seed_records()[:2])]
    out = tmp_path / "out"
    audit_corpus([write_jsonl(tmp_path / "c.jsonl", records)], out, jobs=1)
    pages = [out / "index.html", *sorted((out / "stories").glob("*.html"))]
    assert len(pages) >= 2
    for page in pages:
        html = page.read_text(encoding="utf-8")
        _assert_inert(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&#34; onmouseover" in (out / "index.html").read_text(encoding="utf-8")


# --- the two lenses tests/test_properties.py does not cover: actors and readability ----------

@given(st.lists(NEWSY_ARTICLE, min_size=1, max_size=3))
def test_actor_mentions_labels_and_tone_lie_inside_their_article(texts):
    from dataclasses import replace

    from audit.compare.actors import actors_in

    articles = [replace(a, id=f"a{i}.txt") for i, a in enumerate(filter(None, map(_article_or_none, texts)))]
    story = actors_in(articles)
    assert len(story.by_article) == len(articles)
    for article, found in zip(articles, story.by_article):
        for actor in found:
            for mention in actor.mentions:
                assert 0 <= mention.start < mention.end <= len(article.text)
                assert article.text[mention.start:mention.end] == mention.surface
            for label in actor.labels:
                assert article.text[label.start:label.end] == label.text
            for mention in actor.mentions:
                assert mention.tone is None or -1.0 <= mention.tone.score <= 1.0
            for tone in (actor.own, actor.quoted):
                assert tone.mean is None or -1.0 <= tone.mean <= 1.0


@given(NEWSY_ARTICLE)
def test_readability_is_finite_and_counts_are_not_negative(text):
    import math

    from audit.readability import readability_of

    article = _article_or_none(text)
    if article is None:
        return
    found = readability_of(article)
    for name, value in vars(found).items():
        assert math.isfinite(value), name
    assert min(found.words, found.sentences, found.syllables, found.polysyllables, found.difficult_words) >= 0
    assert 0.0 <= found.long_word_share <= 1.0 and found.reading_minutes >= 0


def test_warnings_of_a_large_latin1_corpus_are_capped_not_one_line_per_record(tmp_path, capsys):
    from audit.cli import MAX_WARNING_LINES

    rows = "".join(f'"Deal {i}\n\nThe café {i} said it bought {i} chips.",A{i}\n' for i in range(MAX_WARNING_LINES + 5))
    path = tmp_path / "c.csv"
    path.write_bytes(("text,outlet\n" + rows).encode("latin-1"))
    assert main(["score", str(path), "--format", "csv"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == MAX_WARNING_LINES + 1
    assert err[-1] == "audit: ... and 5 more warnings (each shown with its article in the report)"


@pytest.mark.skipif(not Path("/dev/zero").exists() or not hasattr(os, "mkfifo"), reason="needs /dev/zero and named pipes")
def test_links_to_devices_and_named_pipes_are_refused_not_read_forever(tmp_path):
    from audit.load import iter_raw, load

    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    for result in (load([tmp_path]), list(iter_raw([tmp_path]))):
        problems = result.problems if hasattr(result, "problems") else [i for i in result if not hasattr(i, "text")]
        assert {Path(p.source).name: p.reason for p in problems} == {
            "pipe.jsonl": "not a regular file (a device, pipe or socket)",
            "zero.txt": "not a regular file (a device, pipe or socket)",
        }


def test_figure_context_is_read_near_the_figure_not_across_a_giant_sentence():
    # a 100 KB "sentence" with a figure every few words took minutes: each figure's context
    # scanned the whole sentence; now it reads CONTEXT_WINDOW characters either side
    from audit.compare.figures import CONTEXT_WINDOW, SubjectNames, figure_context
    from audit.figures import figures_in
    from audit.text import vocabulary
    from conftest import make_article

    filler = "and then some more words " * (2 * CONTEXT_WINDOW // 25)
    article = make_article(f"Title\n\nThe zebrafish farm sold 2,000 tonnes {filler} while the orchard grew.")
    assert len(article.sentences) == 1
    figure = figures_in(article)[0]
    context = figure_context(article, figure, SubjectNames(article, vocabulary([article.text])))
    assert any(word.startswith("zebrafish") for word in context.sentence_words)
    assert not any(word.startswith("orchard") for word in context.sentence_words)


def test_a_label_far_into_a_long_sentence_keeps_its_exact_offsets():
    # labels are read in a window before the mention (run-on sentences made the scan quadratic)
    from audit.compare.actors import CONTEXT_WINDOW, actors_in
    from conftest import make_article

    filler = "and then some more words " * (CONTEXT_WINDOW // 20)
    article = make_article(f"Title\n\nThe board met {filler} while tech mogul Elon Musk watched. Later Elon Musk left.")
    (musk,) = [found for found in actors_in([article]).by_article[0] if found.actor == "Elon Musk"]
    (label,) = musk.labels
    assert label.text == "tech mogul" == article.text[label.start:label.end]
    assert label.start > article.sentences[0].start + CONTEXT_WINDOW
