"""The corpus command: streaming reads, story grouping, per-story outputs, tables, resume, safety."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest

from audit.cli import main
from audit.corpus import CORPUS_TABLES, GroupingOptions, audit_corpus
from audit.corpus import engine as corpus_engine
from audit.corpus.stories import plan_stories, story_file_names
from audit.load import iter_raw, load
from corpus_fixtures import OTHER_EVENTS, mixed_records, seed_records, write_jsonl

ARTICLES_COLUMNS = [
    "story", "article", "label", "outlet", "title", "url", "published", "date_source", "source",
    "words", "sentences", "removed_spans", "removed_chars",
]


def _stories_by_id(path: Path, **options) -> dict[str, str]:
    plan = plan_stories([path], max_bytes=5_000_000, **options)
    ids = [raw.id for raw in iter_raw([path]) if hasattr(raw, "text")]
    return {article_id: plan.keys[number] for article_id, number in zip(ids, plan.story_of)}


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def mixed_corpus(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("mixed") / "news.jsonl", mixed_records())


def test_automatic_grouping_puts_all_seeds_in_one_story_and_nothing_else(mixed_corpus):
    stories = _stories_by_id(mixed_corpus)
    seed_ids = {r["id"] for r in seed_records()}
    seed_stories = {stories[i] for i in seed_ids}
    assert len(seed_stories) == 1
    members = {i for i, story in stories.items() if story in seed_stories}
    assert members == seed_ids


def test_automatic_grouping_keeps_each_other_event_together(mixed_corpus):
    stories = _stories_by_id(mixed_corpus)
    for event, articles in OTHER_EVENTS.items():
        found = {stories[f"{event}-{n}"] for n in range(len(articles))}
        assert len(found) == 1, (event, found)
    assert len(set(stories.values())) == len(OTHER_EVENTS) + 1


def test_articles_beyond_the_date_window_start_a_new_story(tmp_path):
    first, second = (dict(r) for r in seed_records()[:2])
    second["published"] = "2025-04-01"
    stories = _stories_by_id(write_jsonl(tmp_path / "c.jsonl", [first, second]), grouping=GroupingOptions(window_days=7))
    assert len(set(stories.values())) == 2


def test_story_field_named_by_story_key_overrides_grouping(tmp_path):
    records = [dict(r, event=f"e{n % 2}") for n, r in enumerate(mixed_records())]
    stories = _stories_by_id(write_jsonl(tmp_path / "c.jsonl", records), story_key="event")
    assert set(stories.values()) == {"e0", "e1"}


def test_assignment_file_overrides_the_story_field(tmp_path):
    records = [dict(r, story="given") for r in seed_records()]
    path = write_jsonl(tmp_path / "c.jsonl", records)
    stories = _stories_by_id(path, assignments={records[0]["id"]: "assigned"})
    assert stories[records[0]["id"]] == "assigned"
    assert {stories[r["id"]] for r in records[1:]} == {"given"}


def test_streamed_corpus_reads_the_same_articles_as_load(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", mixed_records()[:6])
    csv_path = tmp_path / "c.csv"
    pd.DataFrame(mixed_records()[:6]).to_csv(csv_path, index=False)
    for corpus in (path, csv_path):
        streamed = [raw for raw in iter_raw([corpus])]
        loaded = load([corpus]).articles
        assert [(r.id, r.source, r.text) for r in streamed] == [(a.id, a.source, a.text) for a in loaded]


def test_streamed_record_over_the_size_limit_is_a_problem_not_a_crash(tmp_path):
    records = [{"id": "small", "text": "Short text. About floods."}, {"id": "big", "text": "word " * 400}]
    items = list(iter_raw([write_jsonl(tmp_path / "c.jsonl", records)], max_bytes=1000))
    assert [getattr(i, "id", None) for i in items] == ["small", None]
    assert "too large" in items[1].reason and items[1].line == 2


@pytest.fixture(scope="module")
def corpus_run(mixed_corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    return audit_corpus([mixed_corpus], out, jobs=1)


def test_corpus_writes_a_report_per_story_and_an_index(corpus_run):
    reports = sorted((corpus_run.outdir / "stories").glob("*.html"))
    assert len(reports) == corpus_run.stories == len(OTHER_EVENTS) + 1
    index = (corpus_run.outdir / "index.html").read_text(encoding="utf-8")
    for report in reports:
        assert f'href="stories/{report.name}"' in index


def test_articles_table_has_the_documented_columns(corpus_run):
    frame = pd.read_csv(corpus_run.outdir / "tables" / "articles.csv")
    assert list(frame.columns[: len(ARTICLES_COLUMNS)]) == ARTICLES_COLUMNS
    metrics = set(frame.columns[len(ARTICLES_COLUMNS):])
    assert {"readability_flesch_reading_ease", "tone_mean", "frame_conflict_share"} <= metrics
    assert len(frame) == corpus_run.articles == len(mixed_records())


def test_every_table_row_has_a_story_and_an_outlet(corpus_run):
    for name in CORPUS_TABLES:
        frame = pd.read_csv(corpus_run.outdir / "tables" / f"{name}.csv", keep_default_na=False)
        assert {"story", "outlet"} <= set(frame.columns)
        assert (frame["story"] != "").all() and (frame["outlet"] != "").all()


def test_outlet_profiles_list_every_outlet_once(corpus_run):
    index = (corpus_run.outdir / "index.html").read_text(encoding="utf-8")
    section = index[index.index('id="outlets"'):index.index('id="tables"')]
    for outlet in {r["outlet"] for r in mixed_records()}:
        assert section.count(f'<th scope="row">{outlet}</th>') == 1


def test_local_pool_gives_the_same_outputs_as_one_process(mixed_corpus, corpus_run, tmp_path):
    run = audit_corpus([mixed_corpus], tmp_path / "out", jobs=2)
    assert _tree(run.outdir) == _tree(corpus_run.outdir)


def test_large_story_scored_in_batches_gives_the_same_outputs(mixed_corpus, corpus_run, tmp_path, monkeypatch):
    monkeypatch.setattr(corpus_engine, "ARTICLE_BATCH", 2)
    run = audit_corpus([mixed_corpus], tmp_path / "out", jobs=1)
    assert _tree(run.outdir) == _tree(corpus_run.outdir)


def test_interrupted_run_resumes_without_redoing_finished_stories(mixed_corpus, corpus_run, tmp_path, monkeypatch):
    out = tmp_path / "out"
    real = corpus_engine.run_story
    calls: list[str] = []

    def failing_after_two(key, raws, story_date=None):
        if len(calls) == 2:
            raise RuntimeError("injected failure")
        calls.append(key)
        return real(key, raws, story_date)

    monkeypatch.setattr(corpus_engine, "run_story", failing_after_two)
    with pytest.raises(RuntimeError, match="injected failure"):
        audit_corpus([mixed_corpus], out, jobs=1)
    finished = list(calls)
    stamps = {p.name: p.stat().st_mtime_ns for p in (out / "stories").glob("*.html")}
    assert len(stamps) == 2

    rerun: list[str] = []

    def counting(key, raws, story_date=None):
        rerun.append(key)
        return real(key, raws, story_date)

    monkeypatch.setattr(corpus_engine, "run_story", counting)
    run = audit_corpus([mixed_corpus], out, jobs=1)
    assert not set(rerun) & set(finished)
    assert len(rerun) == corpus_run.stories - 2 and run.resumed == 2
    assert {p.name: p.stat().st_mtime_ns for p in (out / "stories").glob("*.html") if p.name in stamps} == stamps
    assert _tree(out) == _tree(corpus_run.outdir)


def test_changed_story_is_recomputed_on_rerun(tmp_path):
    records = [dict(r, story="s") for r in seed_records()[:2]]
    out = tmp_path / "out"
    audit_corpus([write_jsonl(tmp_path / "c.jsonl", records)], out, jobs=1)
    records[1]["outlet"] = "Another Outlet"
    run = audit_corpus([write_jsonl(tmp_path / "c.jsonl", records)], out, jobs=1)
    assert run.computed == ("s",)
    assert "Another Outlet" in (out / "tables" / "articles.csv").read_text(encoding="utf-8")


def test_story_name_with_path_traversal_is_written_inside_outdir(tmp_path):
    records = [dict(r, story="../../etc/x") for r in seed_records()[:1]]
    out = tmp_path / "a" / "b" / "out"
    audit_corpus([write_jsonl(tmp_path / "c.jsonl", records)], out, jobs=1)
    assert (out / "stories" / "etc_x.html").is_file()
    assert not (tmp_path / "a" / "etc").exists() and not (tmp_path / "etc").exists()
    assert all(out in p.resolve().parents for p in out.rglob("*"))


def test_story_names_that_clean_to_the_same_file_get_distinct_files():
    names = story_file_names(["a/b", "a_b", "A_B", "plain"])
    assert len(set(n.lower() for n in names.values())) == 4
    assert names["plain"] == "plain"


def test_story_names_are_escaped_in_the_index(tmp_path):
    records = [dict(r, story="<script>alert(1)</script>") for r in seed_records()[:1]]
    out = tmp_path / "out"
    audit_corpus([write_jsonl(tmp_path / "c.jsonl", records)], out, jobs=1)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in index and "&lt;script&gt;alert(1)" in index


def test_corpus_command_writes_outputs_and_reports_unreadable_records(tmp_path, capsys):
    path = write_jsonl(tmp_path / "c.jsonl", [dict(r, story="s") for r in seed_records()[:2]])
    with path.open("a", encoding="utf-8") as stream:
        stream.write("{not json\n")
    status = main(["corpus", str(path), "-o", str(tmp_path / "out"), "--jobs", "1"])
    captured = capsys.readouterr()
    assert status == 1
    assert "c.jsonl:3: not valid JSON" in captured.err
    assert "article/s" not in captured.err  # no progress bar when stderr is not a terminal
    assert "1 stories (1 computed), 2 articles" in captured.out
    with (tmp_path / "out" / "tables" / "articles.csv").open(encoding="utf-8") as stream:
        assert len(list(csv.DictReader(stream))) == 2


def test_corpus_command_rejects_a_missing_input(tmp_path, capsys):
    assert main(["corpus", str(tmp_path / "nothing.jsonl"), "-o", str(tmp_path / "out")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_manifest_lists_each_finished_story_once(corpus_run):
    lines = (corpus_run.outdir / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    stories = [json.loads(line)["story"] for line in lines]
    assert stories == sorted(set(stories)) and len(stories) == corpus_run.stories


def test_parquet_tables_hold_the_same_rows_as_the_csv_tables(corpus_run):
    pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install '.[parquet]'); Parquet tables are skipped")
    for name in CORPUS_TABLES:
        parquet = pd.read_parquet(corpus_run.outdir / "tables" / f"{name}.parquet")
        table = pd.read_csv(corpus_run.outdir / "tables" / f"{name}.csv", dtype=str, keep_default_na=False)
        assert list(parquet.columns) == list(table.columns)
        assert len(parquet) == len(table)
        if "article" in table.columns:
            assert parquet["article"].tolist() == table["article"].tolist()
    articles = pd.read_parquet(corpus_run.outdir / "tables" / "articles.parquet")
    assert articles["words"].astype(str).tolist() == pd.read_csv(corpus_run.outdir / "tables" / "articles.csv", dtype=str)["words"].tolist()


def test_streamed_record_that_is_not_utf8_is_read_with_a_warning(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(b'id,text\nx,"caf\xe9 on the first line\nand a second line"\ny,plain\n')
    items = list(iter_raw([path]))
    assert items[0].text.startswith("café") and items[0].warnings == ("line 2 is not valid UTF-8; read as Windows-1252/Latin-1",)
    assert items[1].warnings == ()


def test_corpus_with_no_readable_article_writes_an_empty_index_and_reports_why(tmp_path, capsys):
    path = tmp_path / "c.jsonl"
    path.write_text("{not json\n", encoding="utf-8")
    assert main(["corpus", str(path), "-o", str(tmp_path / "out"), "--jobs", "1"]) == 1
    assert "not valid JSON" in capsys.readouterr().err
    assert "0 stories, 0 articles" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
