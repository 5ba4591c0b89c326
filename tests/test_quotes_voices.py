"""Voices across outlets, the quotes table and command, and the report section."""
from __future__ import annotations

import json

from conftest import make_article

from audit.cli import main
from audit.compare.voices import compare_voices, same_speaker, shared_voices, speaker_key
from audit.model import Span
from audit.quotes import Quote, Speaker, quotes_in
from audit.report import render_report
from audit.sections import voices as voices_section
from audit.story import audit_story
from audit.tables import QUOTE_COLUMNS, quotes_table


def _speaker(name: str, kind: str = "person", named: bool = True) -> Speaker:
    return Speaker(name=name, kind=kind, role="", category="industry", gender="unknown", named=named)


def test_speaker_names_match_in_any_order_and_with_middle_initials():
    assert same_speaker(_speaker("Liang Wenfeng"), _speaker("Wenfeng Liang"))
    assert same_speaker(_speaker("Gregory Allen"), _speaker("Gregory C. Allen"))
    assert speaker_key("Mr. Allen") == frozenset({"allen"})


def test_different_people_sharing_a_surname_are_not_matched():
    assert not same_speaker(_speaker("Tom Zhang"), _speaker("Marina Zhang"))


def test_titles_and_initials_do_not_split_a_person():
    assert same_speaker(_speaker("Senate Majority Leader McConnell"), _speaker("Mitch McConnell"))
    assert same_speaker(_speaker("Susan E. Rice"), _speaker("Susan Rice"))


def _quote(name: str) -> Quote:
    return Quote(Span(0, 1), "x", "direct", "", None, name, None, _speaker(name))


def test_a_surname_alone_joins_the_one_person_of_the_story_who_bears_it():
    shared = shared_voices([[_quote("Eric Schultz")], [_quote("Schultz")]])
    assert [(s.name, len(s.appearances)) for s in shared] == [("Eric Schultz", 2)]


def test_a_surname_alone_joins_no_one_when_several_bear_it():
    shared = shared_voices([[_quote("Eric Schultz"), _quote("Ed Schultz")], [_quote("Schultz")], [_quote("Ed Schultz")]])
    assert [(s.name, len(s.appearances)) for s in shared] == [("Ed Schultz", 2)]


def test_anonymous_voices_are_never_the_same_speaker():
    assert not same_speaker(_speaker("a Weibo user", "anonymous", False), _speaker("a Weibo user", "anonymous", False))


def test_the_same_quote_worded_differently_is_found_across_outlets(seed_articles):
    quotes = [quotes_in(a) for a in seed_articles]
    comparison = compare_voices(seed_articles, quotes)
    talents = [d for d in comparison.wording if "top 50 talents" in " ".join(p.a for p in d.pieces)]
    assert talents, comparison.wording
    difference = talents[0]
    assert difference.a_speaker == difference.b_speaker == "Liang Wenfeng"
    assert {p.op for p in difference.pieces} >= {"equal", "insert", "delete"}


def test_speaker_quoted_by_several_outlets_is_shared(seed_articles):
    comparison = compare_voices(seed_articles, [quotes_in(a) for a in seed_articles])
    liang = [s for s in comparison.shared if s.name == "Liang Wenfeng"]
    assert liang and len(liang[0].appearances) >= 2


def test_outlet_profile_counts_add_up(seed_articles):
    comparison = compare_voices(seed_articles, [quotes_in(a) for a in seed_articles])
    for outlet in comparison.outlets:
        assert outlet.direct + outlet.indirect + outlet.mixed == outlet.quotes
        assert sum(n for _, n in outlet.voices_by_category) == len(outlet.voices)
        assert sum(v.quotes for v in outlet.voices) + outlet.unattributed == outlet.quotes
        assert 0 <= outlet.quoted_share <= 1


def test_first_voice_is_the_first_speaker_quoted(seeds_by_id):
    article = seeds_by_id["001_5d1de57602b2b4fe.txt"]
    outlet = compare_voices([article], [quotes_in(article)]).outlets[0]
    assert outlet.first_voice.speaker.name == "Hu Xijin"
    assert outlet.first_voice.speaker.category == "state_media"


def test_quotes_table_has_one_row_per_quote_with_its_columns(seed_articles):
    story = audit_story(seed_articles)
    frame = quotes_table(story)
    assert tuple(frame.columns) == QUOTE_COLUMNS
    assert len(frame) == sum(len(a.quotes) for a in story.audits)
    row = frame.iloc[0]
    article = story.audits[0].article
    assert article.text[row["start"]:row["end"]] == row["quote"]


def test_quotes_command_writes_json_list_under_quotes(capsys, monkeypatch):
    from conftest import ROOT

    monkeypatch.chdir(ROOT)
    assert main(["quotes", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"quotes"}
    assert set(data["quotes"][0]) == set(QUOTE_COLUMNS)


def test_section_marks_each_quote_with_its_speaker_and_anchor(seed_articles):
    story = audit_story(seed_articles)
    marks = voices_section.marks(story, 1)
    assert len(marks) == len(story.audits[1].quotes)
    assert all(m.kind == "quote" and m.anchor.startswith("art1-q") for m in marks)
    assert "Hu Xijin" in marks[0].note


def test_report_links_table_rows_to_quote_anchors(seed_articles):
    html = render_report(audit_story(seed_articles))
    context = voices_section.context(audit_story(seed_articles))
    anchor = context["outlets"][0]["rows"][0]["anchor"]
    assert f'href="#{anchor}"' in html and f'id="{anchor}"' in html
    assert "<svg role=\"img\"" in html and "<desc id=" in html


def test_article_text_in_the_voices_section_is_escaped():
    article = make_article("Title\n\n“<script>alert(1)</script> is what we saw here,” said Li Na, a teacher in Wuhan.\n")
    html = render_report(audit_story([article]))
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)" in html


def test_score_table_counts_quotes_per_article(seed_articles):
    from audit.tables import scores_table

    story = audit_story(seed_articles)
    frame = scores_table(story)
    assert list(frame["quotes"]) == [len(a.quotes) for a in story.audits]
    assert all(0 <= share <= 1 for share in frame["quoted_share"])
