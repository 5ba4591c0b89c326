"""The HTML report: self-contained, escaped, deterministic, every article shown with its debris."""
from __future__ import annotations

import dataclasses
import html as html_lib
import re

import pytest

from audit import audit_story, render_report
from audit.compare.figures import RANGES_ONLY_TOUCH
from audit.pages import content_security_policy
from audit.terminal import figures_text
from conftest import make_article

HOSTILE = '<script>alert(1)</script> "quoted" \'single\' <img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a>'


@pytest.fixture(scope="module")
def seed_story(seed_articles):
    return audit_story(seed_articles)


@pytest.fixture(scope="module")
def seed_html(seed_story):
    return render_report(seed_story)


def test_report_is_self_contained(seed_html):
    # no external resource of any kind: no src/href to another host, no @import, no url(http...)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", seed_html)
    assert "@import" not in seed_html and "url(http" not in seed_html


def test_report_sets_a_csp_that_forbids_network_and_inline_handlers(seed_html):
    match = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', seed_html)
    assert match
    policy = html_lib.unescape(match.group(1))
    assert "default-src 'none'" in policy and "connect-src 'none'" in policy
    assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]


def test_csp_hash_matches_the_inline_script(seed_html):
    script = re.search(r"<script>(.*)</script>", seed_html, re.S).group(1)
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', seed_html).group(1)
    assert content_security_policy(script) == html_lib.unescape(policy)


def test_every_seed_article_is_shown_with_its_removed_debris(seed_html, seed_articles):
    assert seed_html.count('<article id="art') == len(seed_articles)
    assert seed_html.count('<del class="m-debris"') >= sum(len(a.removed) for a in seed_articles)


def test_ranges_that_only_touch_are_named_by_one_definition_in_report_and_terminal(seed_story, seed_html):
    # the seeds hold one such conflict: "$80 to $100 million" (001) against "more than $100 million" (003)
    assert sum(fact.ranges_only_touch for fact in seed_story.facts) == 1
    assert f"CONFLICT ({RANGES_ONLY_TOUCH}):" in figures_text(seed_story)
    assert f"1 whose {RANGES_ONLY_TOUCH}," in seed_html
    assert f'<h3 id="numbers-touching">Where the {RANGES_ONLY_TOUCH}</h3>' in seed_html
    assert f'<span class="fig-verdict">{RANGES_ONLY_TOUCH.capitalize()}</span>' in seed_html
    assert f"(conflict: the {RANGES_ONLY_TOUCH})" in seed_html  # the figure's mark in the article
    assert f"“{RANGES_ONLY_TOUCH}” is a conflict at the boundary" in seed_html  # the glossary


def test_same_input_gives_byte_identical_report(seed_articles, seed_html):
    assert render_report(audit_story(seed_articles)) == seed_html


@pytest.mark.parametrize("field", ["text", "title", "outlet", "id", "url"])
def test_hostile_field_reaches_the_page_escaped(field):
    from dataclasses import replace

    article = make_article(f"A plain title\n\nThe body says {HOSTILE} and goes on.")
    article = replace(article, **{field: (article.text.replace("A plain title", HOSTILE) if field == "text" else HOSTILE)})
    if field == "title":
        article = replace(article, label=HOSTILE)
    html = render_report(audit_story([article]))
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    assert 'href="javascript:' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_every_section_is_filled_and_numbered_in_order(seed_html):
    from audit.sections import REPORT_SECTIONS

    numbers = [int(n) for n in re.findall(r'<h2 id="[a-z]+-h">(\d+)\. ', seed_html)]
    assert numbers == list(range(1, len(REPORT_SECTIONS) + 1))
    assert "Not yet computed" not in seed_html


def test_written_report_is_readable_by_others_as_the_umask_allows(tmp_path):
    import os
    import stat

    from audit.pages import write_output

    previous = os.umask(0o022)
    try:
        path = write_output("<p>x</p>", tmp_path / "report.html")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_a_folder_without_manifest_names_each_outlet_by_its_file(tmp_path):
    from audit import load

    body = "\n\nThe council voted on Monday to close the old bridge. Officials said repairs would cost $4 million.\n"
    (tmp_path / "fox.txt").write_text("Bridge closes" + body, encoding="utf-8")
    (tmp_path / "nyt.txt").write_text("Council shuts bridge" + body, encoding="utf-8")
    html = render_report(audit_story(load([tmp_path]).articles))
    assert '<td data-label="Outlet">fox</td>' in html and '<td data-label="Outlet">nyt</td>' in html
    assert 'data-label="Outlet">unknown<' not in html and "(unknown)" not in html


def test_the_outlet_note_is_left_out_where_the_outlet_is_unknown_or_the_label():
    from audit.report import outlet_note

    article = make_article("Bridge closes\n\nThe council voted to close the old bridge.\n")
    for outlet, label, note in (("unknown", "news-1", ""), ("", "news-1", ""), ("Fox News", "Fox News", ""), ("Fox News", "fox-1", "Fox News")):
        assert outlet_note(dataclasses.replace(article, outlet=outlet, label=label)) == note, (outlet, label)


def test_a_quote_s_speaker_is_written_after_its_closing_quotation_mark_not_inside_it():
    from audit.marks import Mark, MarkedText

    text = "Rail plan\n\n“The plan comes too late,” said Maria Lopez. She said it was too late.\n"
    article = make_article(text, id="rail.txt")
    first = text.index("The plan")
    reported = text.index("it was")
    marks = [Mark(first, text.index("”"), "quote", tag="Maria Lopez"), Mark(reported, text.index(".\n"), "quote", tag="Maria Lopez")]
    cutter = MarkedText(article, 0, marks)
    pieces = [piece for s in article.sentences for piece in cutter.pieces(s.start, s.end)]
    tagged = [(piece["text"], piece["tags"]) for piece in pieces if piece["tags"]]
    assert tagged == [("”", ["Maria Lopez"]), ("it was too late", ["Maria Lopez"])]
    # a sentence cut before the closing mark still shows the tag, once, at its end
    inside = MarkedText(article, 0, marks).pieces(article.sentences[0].start, text.index("”"))
    assert [piece["tags"] for piece in inside][-1] == ["Maria Lopez"]


def test_pieces_carry_the_marks_over_them_when_marks_nest_overlap_and_end_together():
    # the pieces are cut by a sweep over the marks (each read once, not once per piece): the same marks,
    # notes, anchors and tags as reading every mark for every piece
    from audit.marks import Mark, MarkedText

    text = "Rail plan\n\nMayor Ann Ortiz said the $4 billion plan was late. “It is too late,” Reyes said. Debris here.\n"
    article = make_article(text, id="rail.txt")
    at = text.index
    marks = [
        Mark(at("Mayor"), at(" was late"), "quote", note="Ortiz", anchor="q0", tag="Ann Ortiz"),
        Mark(at("$4"), at(" plan was"), "figure", note="$4 billion", anchor="f0"),
        Mark(at("$4"), at(" billion"), "figure", note="four"),
        Mark(at("It is"), at("”"), "quote", anchor="q1", tag="Reyes"),
        Mark(at("Ann"), at(" said the"), "actor", note="Ortiz"),
        Mark(at("Debris"), len(text) - 1, "debris"),
    ]
    cutter = MarkedText(article, 0, marks)
    ordered = sorted(marks, key=lambda m: (m.start, -m.end, m.kind))
    for start, end in [(0, len(text)), *((s.start, s.end) for s in article.sentences), (at("Ann"), at("”"))]:
        for piece_start, piece in zip(_piece_starts(cutter.pieces(start, end), start), cutter.pieces(start, end)):
            piece_end = piece_start + len(piece["text"])
            over = [m for m in ordered if m.start <= piece_start and piece_end <= m.end]
            assert piece["classes"] == " ".join(sorted({f"m-{m.kind}" for m in over}))
            assert piece["note"] == " · ".join(dict.fromkeys(m.note for m in over if m.note))
            assert piece["anchors"] == [m.anchor for m in over if m.anchor and m.start == piece_start]
            assert piece["struck"] == any(m.kind == "debris" for m in over)
            assert piece["tags"] == [m.tag for m in ordered if m.tag and start < m.end <= end and min(_tag_end(text, m.end), end) == piece_end]


def _piece_starts(pieces: list[dict], start: int) -> list[int]:
    starts = []
    for piece in pieces:
        starts.append(start)
        start += len(piece["text"])
    return starts


def _tag_end(text: str, end: int) -> int:
    from audit.marks import _after_closing_quotes

    return _after_closing_quotes(text, end)
