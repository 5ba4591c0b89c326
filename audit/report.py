"""Results → plain template context → one self-contained HTML file.

Templates (``templates/``) only loop and branch over what this module prepares:
no statistic is computed in a template. Autoescaping is on for every template,
so article text, titles, outlet names and file names reach the page as text.
The page carries a Content-Security-Policy that forbids every network load and
allows only the page's own script (by hash), so inline event handlers never run.
"""
from __future__ import annotations

import base64
import hashlib
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from . import __version__
from .debris import rule_descriptions
from .marks import Mark
from .model import Article
from .sections import SECTIONS
from .story import StoryAudit


def templates_dir() -> Path:
    """The ``templates/`` folder: beside the package in a checkout or editable install."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "templates", here / "templates"):
        if (candidate / "report.html.j2").is_file():
            return candidate
    raise FileNotFoundError("templates/report.html.j2 not found next to the audit package; reinstall from a checkout")


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,  # every template, whatever its extension: article text is untrusted
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env


def article_anchor(article_index: int) -> str:
    return f"art{article_index}"


def sentence_anchor(article_index: int, sentence_index: int) -> str:
    return f"art{article_index}-s{sentence_index}"


def debris_marks(article: Article) -> list[Mark]:
    return [Mark(r.start, r.end, "debris", f"removed: {r.rule}") for r in article.removed]


def article_marks(story: StoryAudit, article_index: int) -> list[Mark]:
    """Every highlight of one article: removed debris plus each section's marks."""
    article = story.audits[article_index].article
    return debris_marks(article) + [m for section in SECTIONS for m in section.marks(story, article_index)]


class _Cutter:
    """Cuts an article's text at every mark and sentence boundary into pieces for the templates."""

    def __init__(self, article: Article, article_index: int, marks: Iterable[Mark]) -> None:
        self.article = article
        self.article_index = article_index
        self.marks = sorted(marks, key=lambda m: (m.start, -m.end, m.kind))
        self.sentence_by_start = {s.start: s for s in article.sentences}
        cuts = {0, len(article.text)}
        for mark in self.marks:
            cuts.update((mark.start, mark.end))
        for sentence in article.sentences:
            cuts.update((sentence.start, sentence.end))
        self.cuts = sorted(cuts)

    def pieces(self, start: int, end: int, *, sentence_anchors: bool = True) -> list[dict[str, Any]]:
        """The pieces of ``text[start:end]``, each with the marks over it and the anchors starting there."""
        text = self.article.text
        bounds = [start, *(c for c in self.cuts if start < c < end), end]
        pieces = []
        for a, b in zip(bounds, bounds[1:]):
            if a == b:
                continue
            active = [m for m in self.marks if m.start <= a and b <= m.end]
            sentence = self.sentence_by_start.get(a) if sentence_anchors else None
            pieces.append(
                {
                    "text": text[a:b],
                    "classes": " ".join(sorted({f"m-{m.kind}" for m in active})),
                    "note": " · ".join(dict.fromkeys(m.note for m in active if m.note)),
                    "anchors": [m.anchor for m in active if m.anchor and m.start == a],
                    "sentence_anchor": sentence_anchor(self.article_index, sentence.index) if sentence else "",
                    "struck": any(m.kind == "debris" for m in active),
                }
            )
        return pieces


def marked_text(article: Article, article_index: int, marks: Iterable[Mark]) -> list[dict[str, Any]]:
    """The article as paragraphs of pieces, each piece a run of text with the marks over it.

    Marks may nest or overlap: the text is cut at every mark boundary and each
    piece lists the marks active on it. Sentences become anchors so that any
    score can link to its evidence. Text outside every paragraph (blank lines)
    is dropped; removed debris stays, struck through.
    """
    cutter = _Cutter(article, article_index, marks)
    blocks: list[tuple[int, int]] = []
    if article.title_span:
        blocks.append((article.title_span.start, article.title_span.end))
    blocks.extend((p.start, p.end) for p in article.paragraphs)
    for removed in article.removed:
        if not any(a <= removed.start < b for a, b in blocks):
            blocks.append((removed.start, removed.end))
    blocks.sort()
    paragraphs = []
    for block_start, block_end in blocks:
        is_title = article.title_span is not None and block_start == article.title_span.start
        paragraphs.append({"pieces": cutter.pieces(block_start, block_end), "is_title": is_title})
    return paragraphs


def report_context(story: StoryAudit, *, title: str = "") -> dict[str, Any]:
    """Everything the report templates show, as plain data (strings, numbers, lists, dicts)."""
    articles = []
    for index, audit in enumerate(story.audits):
        article = audit.article
        readability = audit.readability
        articles.append(
            {
                "index": index,
                "anchor": article_anchor(index),
                "id": article.id,
                "label": article.label,
                "outlet": article.outlet,
                "title": article.title,
                "url": article.url,
                "published": article.published or (f"{article.story_date} (story date)" if article.story_date else "unknown"),
                "words": article.word_count,
                "sentences": len(article.sentences),
                "grade": f"{readability.flesch_kincaid_grade:.1f}",
                "reading_minutes": f"{readability.reading_minutes:.1f}",
                "removed": [
                    {"rule": r.rule, "text": r.text, "start": r.start, "end": r.end} for r in article.removed
                ],
                "removed_by_rule": [
                    {"rule": rule, "count": count} for rule, count in Counter(r.rule for r in article.removed).items()
                ],
                "warnings": list(article.warnings),
                "readability": _readability_row(readability),
                "paragraphs": marked_text(article, index, article_marks(story, index)),
            }
        )
    return {
        "title": title or _story_title(story.articles),
        "version": __version__,
        "articles": articles,
        "problems": [{"source": p.source, "line": p.line, "reason": p.reason} for p in story.problems],
        "notes": list(story.notes),
        "debris_rules": sorted(rule_descriptions().items()),
        "readability_columns": READABILITY_COLUMNS,
        "section_numbers": REPORT_SECTION_NUMBERS,
        **{section.NAME: section.context(story) for section in SECTIONS},
    }


# The report's order of sections; a page that shows fewer (``audit compare``) renumbers them.
REPORT_SECTION_NUMBERS = {
    name: n
    for n, name in enumerate(
        ("overview", "numbers", "voices", "tone", "framing", "coverage", "readability", "articles", "methods"), start=1
    )
}


READABILITY_COLUMNS: Sequence[tuple[str, str]] = (
    ("flesch_reading_ease", "Flesch reading ease"),
    ("flesch_kincaid_grade", "Flesch–Kincaid grade"),
    ("gunning_fog", "Gunning fog"),
    ("smog_index", "SMOG"),
    ("dale_chall", "Dale–Chall"),
    ("words", "Words (textstat's count)"),
    ("sentences", "Sentences"),
    ("syllables", "Syllables"),
    ("polysyllables", "Words of 3+ syllables"),
    ("difficult_words", "Difficult words"),
    ("mean_sentence_length", "Words per sentence"),
    ("long_word_share", "Share of 3+ syllable words"),
    ("reading_minutes", "Reading time (min)"),
)


def _readability_row(readability: Any) -> dict[str, str]:
    row = {}
    for key, _ in READABILITY_COLUMNS:
        value = getattr(readability, key)
        row[key] = f"{value:.0%}" if key == "long_word_share" else (f"{value:,}" if isinstance(value, int) else f"{value:.2f}")
    return row


def _story_title(articles: Sequence[Article]) -> str:
    """The story's name when the inputs give one, never one outlet's headline for several articles."""
    if not articles:
        return "No articles"
    if len(articles) == 1:
        return articles[0].title
    stories = sorted({a.story for a in articles if a.story})
    dates = sorted({str(a.story_date) for a in articles if a.story_date})
    if len(stories) == 1:
        return f"{len(articles)} articles on {stories[0]}" + (f" ({dates[0]})" if len(dates) == 1 else "")
    return f"{len(articles)} articles, first: {articles[0].title}"


def _script_source() -> str:
    return (templates_dir() / "partials" / "script.js").read_text(encoding="utf-8")


def content_security_policy(script: str) -> str:
    """No network loads of any kind; only our own inline script (by hash) may run."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'; connect-src 'none'"
    )


def render_report(story: StoryAudit, *, title: str = "", stamp: str = "") -> str:
    """The whole audit as one self-contained HTML document (a string).

    ``stamp`` (a time of generation, given by the caller) is printed in the footer;
    without it the output depends on the input alone, byte for byte.
    """
    script = _script_source()
    context = report_context(story, title=title)
    context["stamp"] = stamp
    context["script"] = script
    context["csp"] = content_security_policy(script)
    return environment().get_template("report.html.j2").render(**context)


def render_compare(story: StoryAudit, a_index: int, b_index: int) -> str:
    """Articles ``a_index`` and ``b_index`` of ``story`` side by side, as one self-contained HTML document."""
    from .compare_view import compare_context

    script = _script_source()
    context = compare_context(story, a_index, b_index)
    context["script"] = script
    context["csp"] = content_security_policy(script)
    return environment().get_template("compare.html.j2").render(**context)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_output(content: str, path: str | os.PathLike[str]) -> Path:
    """Write ``content`` to ``path`` atomically (a partial file is never left behind)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(content)
        # mkstemp makes the file private (0600); a report is meant to be shared, so honour the umask as open() would
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
