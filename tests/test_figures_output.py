"""Figures at the edges: `audit figures` (table, JSON, CSV, exit code), the report's Numbers section."""
from __future__ import annotations

import csv
import io
import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.cli import EXIT_CONFLICT, EXIT_OK, main
from audit.figures import figures_in
from audit.report import render_report
from audit.story import audit_story
from conftest import SEEDS, make_article

MENTION_KEYS = {"article", "start", "end", "surface", "kind", "low", "high", "unit", "qualifier"}


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_json_follows_the_documented_schema(capsys):
    code, out = run(capsys, "figures", str(SEEDS), "--format", "json")
    document = json.loads(out)
    assert code == EXIT_OK
    assert set(document) == {"articles", "facts"}
    assert all(set(a) == {"id", "label", "path"} for a in document["articles"])
    for fact in document["facts"]:
        assert {"subject", "verdict", "note", "mentions"} <= set(fact)
        for mention in fact["mentions"]:
            assert MENTION_KEYS <= set(mention)


def test_json_mentions_point_at_their_surface_in_the_article(capsys, seeds_by_id):
    _, out = run(capsys, "figures", str(SEEDS), "--format", "json")
    for fact in json.loads(out)["facts"]:
        for m in fact["mentions"]:
            assert seeds_by_id[m["article"]].text[m["start"] : m["end"]] == m["surface"]


def test_conflicts_come_first_then_agreements_then_single_source(capsys):
    _, out = run(capsys, "figures", str(SEEDS), "--format", "json")
    verdicts = [f["verdict"] for f in json.loads(out)["facts"]]
    rank = {"conflict": 0, "agree": 1, "agree_after_conversion": 1, "single_source": 2}
    assert verdicts[0] == "conflict" and [rank[v] for v in verdicts] == sorted(rank[v] for v in verdicts)


def test_fail_on_conflict_exits_with_3(capsys):
    code, _ = run(capsys, "figures", str(SEEDS), "--fail-on-conflict")
    assert code == EXIT_CONFLICT == 3


def test_fail_on_conflict_exits_0_without_a_conflict(capsys):
    code, _ = run(capsys, "figures", str(SEEDS / "000_a288e786907b7547.txt"), str(SEEDS / "002_abc600b155f6e648.txt"), "--fail-on-conflict")
    assert code == EXIT_OK


def test_csv_has_one_row_per_mention_with_its_sentence(capsys):
    _, out = run(capsys, "figures", str(SEEDS), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["verdict"] == "conflict" and rows[0]["sentence"]
    assert {"fact", "article", "start", "end", "surface", "kind", "low", "high", "unit", "qualifier"} <= set(rows[0])


def test_table_shows_each_outlets_sentence(capsys):
    _, out = run(capsys, "figures", str(SEEDS))
    assert "CONFLICT" in out and "This is significantly less than the $100 million+ cost" in out


def test_report_shows_conflict_evidence_linking_to_highlighted_figures(seed_articles):
    html = render_report(audit_story(seed_articles))
    assert 'class="fig-diff">$100 million+</mark>' in html
    # every evidence link of the section jumps to an anchor that exists in the full text
    section = html[html.index('id="numbers"') : html.index('id="voices"')]
    for anchor in set(__import__("re").findall(r'href="#(art\d+-fig\d+)"', section)):
        assert f'id="{anchor}"' in html


def test_report_escapes_article_text_in_the_numbers_section():
    a = make_article("T\n\nOpenAI spent <b>$80 to $100 million</b> to train GPT-4, analysts said.", id="a.txt")
    b = make_article("T\n\nOpenAI spent more than $100 million to train GPT-4, analysts said.", id="b.txt")
    html = render_report(audit_story([a, b]))
    assert "<b>$80" not in html and "&lt;b&gt;" in html


PIECES = list("0123456789 ,.-–$€£%+()abcmnkMBy'\"\n") + [
    "million", " billion", " to ", " from ", "more than ", "about ", "January ", "year-old", " yuan", " people", "GPT", "last week", "between ", " and ",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_extraction_never_fails_and_spans_are_exact(text):
    article = make_article("Title\n\nSome text. " + text)
    for f in figures_in(article):
        assert article.text[f.span.start : f.span.end] == f.surface
        assert f.low <= f.high and (f.low >= 0 or "minus" in article.text)


def test_report_lists_single_source_values_and_is_byte_identical(seed_articles):
    first = render_report(audit_story(seed_articles))
    assert re.search(r"<td[^>]*>more than 50 million views</td>", first)
    assert first == render_report(audit_story(seed_articles))
