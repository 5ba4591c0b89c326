"""Loading every input format, with the manifest, and bad inputs reported by name."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from audit.load import ARTICLE_SUFFIXES, CORPUS_SUFFIXES, load
from audit.report import published
from audit.story import ArticleScores, audit_article
from audit.tables import scores_table

DATA = Path(__file__).parent / "data"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


ARTICLE = "Chips are scarce\n\nThe company said on Monday that it had bought 2,000 chips. Analysts were surprised.\n"


def test_seeds_load_with_manifest_outlets_labels_and_story_date(seed_articles):
    assert [a.label for a in seed_articles] == ["nrc.nl", "unknown 001", "SCMP", "unknown 003", "unknown 004"]
    assert [a.outlet for a in seed_articles] == ["nrc.nl", "unknown", "South China Morning Post", "unknown", "unknown"]
    assert all(a.reference_date.isoformat() == "2025-02-24" and a.date_source == "story" for a in seed_articles)


def test_txt_first_nonempty_line_is_the_title_and_not_a_sentence(tmp_path):
    article = load([write(tmp_path / "a.txt", "\n\n" + ARTICLE)]).articles[0]
    assert article.title == "Chips are scarce"
    assert article.text[article.title_span.start:article.title_span.end] == "Chips are scarce"
    assert [s.text for s in article.sentences] == ["The company said on Monday that it had bought 2,000 chips.", "Analysts were surprised."]
    assert article.word_count == 14


def test_html_main_text_and_metadata_through_trafilatura():
    article = load([DATA / "commerce.html"]).articles[0]
    assert article.title == "Chip exports tighten"
    assert article.outlet == "Example News"
    assert article.published == "2025-01-28"
    assert article.url == "https://news.example.org/chips"
    body = " ".join(s.text for s in article.sentences)
    assert "said Jane Doe" in body and "Privacy" not in body and "Home" not in body


def test_jsonl_records_become_articles_with_line_ids(tmp_path):
    lines = [json.dumps({"text": ARTICLE, "outlet": "A", "published": "2025-01-28", "story": "s1"}), json.dumps({"text": ARTICLE, "title": "Given", "outlet": "B"})]
    articles = load([write(tmp_path / "c.jsonl", "\n".join(lines))]).articles
    assert [a.id for a in articles] == ["c.jsonl:1", "c.jsonl:2"]
    assert articles[0].outlet == "A" and articles[0].story == "s1" and articles[0].published == "2025-01-28"
    assert articles[1].title == "Given"


def test_json_list_and_articles_object(tmp_path):
    as_list = load([write(tmp_path / "l.json", json.dumps([{"text": ARTICLE}, {"text": ARTICLE}]))]).articles
    as_object = load([write(tmp_path / "o.json", json.dumps({"articles": [{"text": ARTICLE, "id": "x1"}]}))]).articles
    assert len(as_list) == 2 and [a.id for a in as_object] == ["x1"]


def test_csv_rows_become_articles(tmp_path):
    path = write(tmp_path / "c.csv", 'text,outlet,url\n"' + ARTICLE.replace('"', '""') + '",Outlet X,https://x.example/a\n')
    article = load([path]).articles[0]
    assert article.outlet == "Outlet X" and article.url == "https://x.example/a" and article.id == "c.csv:5"


def test_directory_is_read_recursively_in_sorted_order(tmp_path):
    write(tmp_path / "b" / "z.txt", ARTICLE)
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b" / "c.txt", ARTICLE)
    write(tmp_path / ".hidden.txt", ARTICLE)
    assert [a.id for a in load([tmp_path]).articles] == ["a.txt", "b/c.txt", "b/z.txt"]


def test_duplicate_labels_are_made_unique(tmp_path):
    write(tmp_path / "a.jsonl", "\n".join(json.dumps({"text": ARTICLE, "outlet": "Same"}) for _ in range(2)))
    assert [a.label for a in load([tmp_path]).articles] == ["Same", "Same (2)"]


def test_outlet_from_the_text_when_no_manifest(tmp_path):
    article = load([write(tmp_path / "x.txt", ARTICLE + "\nexample.com\n")]).articles[0]
    assert article.outlet == "example.com" and article.label == "example.com"


def test_without_manifest_or_field_the_file_name_is_the_outlet(tmp_path):
    write(tmp_path / "fox.txt", ARTICLE)
    write(tmp_path / "nyt.txt", ARTICLE)
    assert [(a.label, a.outlet) for a in load([tmp_path]).articles] == [("fox", "fox"), ("nyt", "nyt")]


def test_a_corpus_record_without_outlet_keeps_it_unknown(tmp_path):
    # the file of a corpus names the corpus, not the outlet of each record
    article = load([write(tmp_path / "news.jsonl", json.dumps({"text": ARTICLE}))]).articles[0]
    assert article.outlet == "unknown"


def test_an_unsupported_file_is_told_every_suffix_the_loader_reads(tmp_path):
    # the message is built from the loader's own tables: ".htm", ".text", ".ndjson" too
    problem = load([write(tmp_path / "notes.docx", b"PK\x03\x04")]).problems[0]
    named = problem.reason.split("expected ", 1)[1].replace(" or ", ", ").split(", ")
    assert sorted(named) == sorted(ARTICLE_SUFFIXES | CORPUS_SUFFIXES)


def test_story_date_override_and_reference_date(tmp_path):
    path = write(tmp_path / "x.txt", ARTICLE)
    assert load([path]).articles[0].reference_date is None
    article = load([path], story_date="2025-03-01").articles[0]
    assert article.reference_date.isoformat() == "2025-03-01" and article.date_source == "user"


def test_a_file_named_by_its_day_takes_that_date_when_it_gives_none_of_its_own(tmp_path):
    named = write(tmp_path / "usa-today_2016-09-08_candidates-vie.txt", ARTICLE)
    article = load([named]).articles[0]
    assert article.published == "2016-09-08" and article.date_source == "file name"
    assert article.reference_date.isoformat() == "2016-09-08"
    assert published(article) == "2016-09-08 (from the file name)"  # the pages say where the date comes from
    assert scores_table(ArticleScores((audit_article(article),))).loc[0, "date_source"] == "file name"  # and so do the tables
    # it is the article's own day, so a story date given by the user does not replace it
    assert load([named], story_date="2025-03-01").articles[0].published == "2016-09-08"
    # no date, two dates, or no real day: nothing is read
    for name in ("x_2016-9-8.txt", "from_2016-09-08_to_2016-09-09.txt", "x_2016-02-30.txt", "v12016-09-081.txt"):
        assert load([write(tmp_path / name, ARTICLE)]).articles[0].date_source == ""
    # a date of the file's own that cannot be read is reported, not replaced by the name's
    write(tmp_path / "bad" / "manifest.csv", "file,published\nx_2016-09-08.txt,someday\n")
    (bad,) = load([write(tmp_path / "bad" / "x_2016-09-08.txt", ARTICLE)]).articles
    assert bad.published == "" and any("someday" in w for w in bad.warnings)
    # a date of the article's own (a manifest's published column) wins over its file name
    write(tmp_path / "manifest.csv", "file,outlet,published\nusa-today_2016-09-08_candidates-vie.txt,USA Today,2016-09-07\n")
    (article,) = [a for a in load([tmp_path]).articles if a.id.startswith("usa-today")]
    assert article.published == "2016-09-07" and article.date_source == "article"


BAD_INPUTS = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\t\n", "white space only"),
    "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file"),
    "nul.txt": (b"Some text\x00\x00 more", "NUL bytes"),
    "notes.docx": (b"PK\x03\x04", "unsupported file type"),
}


def test_bad_files_among_good_ones_are_named_and_the_rest_is_read(tmp_path):
    write(tmp_path / "good.txt", ARTICLE)
    for name, (content, _) in BAD_INPUTS.items():
        write(tmp_path / name, content)
    result = load([tmp_path])
    assert [a.id for a in result.articles] == ["good.txt"]
    reasons = {Path(p.source).name: p.reason for p in result.problems}
    for name, (_, reason) in BAD_INPUTS.items():
        assert reason in reasons[name], (name, reasons.get(name))


def test_jsonl_broken_line_is_reported_with_its_number(tmp_path):
    path = write(tmp_path / "c.jsonl", json.dumps({"text": ARTICLE}) + "\n{not json\n" + json.dumps({"text": ARTICLE}) + "\n")
    result = load([path])
    assert len(result.articles) == 2
    assert [(p.line, "not valid JSON" in p.reason) for p in result.problems] == [(2, True)]


def test_csv_without_text_column_and_ragged_rows(tmp_path):
    missing = load([write(tmp_path / "m.csv", "title,outlet\nA,B\n")])
    assert missing.articles == () and "no 'text' column" in missing.problems[0].reason
    ragged = load([write(tmp_path / "r.csv", f'text,outlet\n"{ARTICLE}",A\n"{ARTICLE}",B,extra\n')])
    assert len(ragged.articles) == 1 and "more fields than the header" in ragged.problems[0].reason


def test_encodings_are_detected_or_reported(tmp_path):
    latin = load([write(tmp_path / "latin.txt", "Caf\xe9 owners\n\nThe caf\xe9 said prices rose.".encode("latin-1"))]).articles[0]
    assert "café said" in latin.text and "Windows-1252" in latin.warnings[0]
    utf16 = load([write(tmp_path / "u16.txt", ("Title\n\n" + "The café said prices rose.").encode("utf-16"))]).articles[0]
    assert "café" in utf16.text and "UTF-16" in utf16.warnings[0]
    bom = load([write(tmp_path / "bom.txt", b"\xef\xbb\xbfTitle\n\nBody sentence here.")]).articles[0]
    assert bom.title == "Title" and bom.warnings == ()


def test_oversized_file_is_skipped_with_the_limit_named(tmp_path):
    result = load([write(tmp_path / "big.txt", ARTICLE * 100)], max_bytes=1000)
    assert result.articles == () and "too large" in result.problems[0].reason and "1,000" in result.problems[0].reason


def test_missing_path_and_html_without_body(tmp_path):
    result = load([tmp_path / "nope.txt", write(tmp_path / "e.html", "<html><body><nav>Home</nav></body></html>")])
    assert result.articles == ()
    assert [p.reason for p in result.problems] == ["no such file or directory", "no article text found in the HTML"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links on this system")
def test_symlink_loop_does_not_hang(tmp_path):
    write(tmp_path / "d" / "a.txt", ARTICLE)
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    result = load([tmp_path])
    assert [a.id for a in result.articles] == ["d/a.txt"]
    assert any("symbolic link loop" in p.reason for p in result.problems)


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    path = write(tmp_path / "secret.txt", ARTICLE)
    real_read_bytes = Path.read_bytes

    def refuse(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)  # chmod does not stop root, who runs CI
    assert "permission denied" in load([path]).problems[0].reason


def test_file_that_disappears_before_reading_is_reported(tmp_path, monkeypatch):
    path = write(tmp_path / "gone.txt", ARTICLE)
    real_read_bytes = Path.read_bytes

    def vanish(self):
        if self.name == "gone.txt":
            self.unlink()
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", vanish)
    assert "disappeared" in load([path]).problems[0].reason
