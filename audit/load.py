"""Reading articles: files, directories and corpora in, ``Article`` objects out.

Formats: ``.txt`` (the first non-empty line is the title), ``.html``/``.htm``
(main text and metadata through trafilatura), and corpora in ``.json``,
``.jsonl`` and ``.csv`` with a ``text`` field (required) and optional ``title``,
``outlet``, ``label``, ``url``, ``published``, ``story`` and ``id``. A directory is
read recursively in sorted order; a ``manifest.csv`` in it describes its files. A file that
holds one article and gives no date of its own takes the ISO date its name holds
(``nyt_2016-09-19_obama.txt``: ``date_source`` "file name", shown so on the pages).

Nothing here raises on bad input: an input that cannot be read becomes an
``InputProblem`` naming the file (and line) and the reason, and the rest is read.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import os
import re
import stat as _stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from .debris import find_debris
from .model import Article, InputProblem, LoadResult, Span
from .text import segment, words

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm"})
CORPUS_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson", ".csv"})
_ACCEPTED_SUFFIXES = (*sorted(ARTICLE_SUFFIXES), *sorted(CORPUS_SUFFIXES))
EXPECTED_FILES = ", ".join(_ACCEPTED_SUFFIXES[:-1]) + " or " + _ACCEPTED_SUFFIXES[-1]
"""The kinds of file read, as error messages name them: every suffix of the two tables above."""
MANIFEST_NAME = "manifest.csv"
DEFAULT_MAX_BYTES = 5_000_000
# Below this, what trafilatura found is page furniture (a menu, a footer), not an article.
MIN_HTML_WORDS = 12
_CORPUS_FIELDS = ("id", "title", "outlet", "label", "url", "published", "story", "story_date")
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d.%m.%Y")


class UnreadableInput(Exception):
    """An input that cannot become an article; the message says why, in plain words."""


@dataclass(frozen=True)
class RawArticle:
    """What a reader found before segmentation: text and whatever metadata came with it."""

    id: str
    source: str
    text: str
    title: str | None = None  # None: take the first non-empty line of the text
    fields: Mapping[str, str] | None = None
    warnings: tuple[str, ...] = ()
    whole_file: bool = False  # the file holds this one article, so its name can name the outlet


def load(
    paths: Iterable[str | os.PathLike[str]],
    *,
    story_date: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> LoadResult:
    """Read every article under ``paths`` (files or directories).

    ``story_date`` (ISO ``YYYY-MM-DD``) overrides the manifest's story-level date:
    the date relative expressions and exchange rates are resolved against when
    an article carries no date of its own.

    >>> result = load(["seeds"])
    >>> [a.label for a in result.articles][:3]
    ['nrc.nl', 'unknown 001', 'SCMP']
    """
    if story_date:
        _dt.date.fromisoformat(story_date)  # a usage error: let the caller report it
    articles: list[Article] = []
    problems: list[InputProblem] = []
    for raw_or_problem in _read_all(paths, max_bytes=max_bytes):
        if isinstance(raw_or_problem, InputProblem):
            problems.append(raw_or_problem)
            continue
        try:
            articles.append(build_article(raw_or_problem, story_date=story_date))
        except UnreadableInput as error:
            problems.append(InputProblem(raw_or_problem.source, str(error)))
    return LoadResult(tuple(unique_labels(articles)), tuple(problems))


def iter_raw(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    keep_fields: Iterable[str] = (),
) -> Iterator[RawArticle | InputProblem]:
    """Every raw article (or problem) under ``paths``, one at a time, in ``load``'s order.

    Unlike ``load``, corpus files (``.jsonl``, ``.ndjson``, ``.csv``) are streamed
    from disk record by record, so memory does not grow with the file, and
    ``max_bytes`` limits each record rather than the whole file. Fields named in
    ``keep_fields`` are kept in ``RawArticle.fields`` besides the standard ones
    (for example a user's own story column).
    """
    yield from _read_all(paths, max_bytes=max_bytes, stream=True, keep=tuple(keep_fields))


def build_article(raw: RawArticle, *, story_date: str | None = None) -> Article:
    """Segment one raw article: title, debris, paragraphs, sentences, word count."""
    text = raw.text
    if not text.strip():
        raise UnreadableInput("no text (empty or white space only)")
    fields = dict(raw.fields or {})
    title_span: Span | None = None
    if raw.title is None:
        title_span = _first_line(text)
        title = text[title_span.start:title_span.end]
    else:
        title = raw.title.strip()
        first = _first_line(text)
        if title and text[first.start:first.end].strip() == title:
            title_span = first
    found = find_debris(text, title_span)
    skip = [(title_span.start, title_span.end)] if title_span else []
    paragraphs, sentences = segment(text, found.removed, skip)
    if not sentences:
        raise UnreadableInput("no article text left after the title and web debris")
    outlet = (fields.get("outlet") or "").strip() or found.outlet or _outlet_from_label(raw, fields)
    published, date_warning = iso_date(fields.get("published", ""))
    warnings = list(raw.warnings)
    if date_warning:
        warnings.append(date_warning)
    given_story_date = story_date or iso_date(fields.get("story_date", ""))[0]
    # a date the file gives but that cannot be read is reported, not replaced by its name's
    named_date = "" if published or date_warning or not raw.whole_file else date_in_file_name(raw.id)
    date_source = "article" if published else ("file name" if named_date else ("user" if story_date else ("story" if given_story_date else "")))
    return Article(
        id=raw.id,
        text=text,
        title=title,
        outlet=outlet,
        label=(fields.get("label") or "").strip() or (outlet if outlet != "unknown" else Path(raw.id).stem),
        source=raw.source,
        title_span=title_span,
        url=(fields.get("url") or "").strip(),
        published=published or named_date,
        story=(fields.get("story") or "").strip(),
        story_date=given_story_date,
        date_source=date_source,
        removed=found.removed,
        paragraphs=paragraphs,
        sentences=sentences,
        word_count=sum(len(words(s.text)) for s in sentences),
        warnings=tuple(warnings),
    )


def _outlet_from_label(raw: RawArticle, fields: Mapping[str, str]) -> str:
    """The outlet when nothing names it: the article's label (its ``label`` field, else the
    file's name without its extension) for a file holding one article (``fox.txt`` is Fox's);
    ``unknown`` for a record of a corpus file, whose file name says nothing of its outlet."""
    if not raw.whole_file:
        return "unknown"
    return (fields.get("label") or "").strip() or Path(raw.id).stem


def _first_line(text: str) -> Span:
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            lead = len(body) - len(body.lstrip())
            return Span(pos + lead, pos + lead + len(body.strip()))
        pos += len(line)
    return Span(0, 0)


# "usa-today_2016-09-08_candidates-vie.txt", "2016-09-08-report.html": a whole ISO date, no digit around it
_FILE_NAME_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")


def date_in_file_name(article_id: str) -> str:
    """The one ISO date (``YYYY-MM-DD``) a file's name holds, as corpora name articles by their day
    (PolNeAR's ``nyt_2016-09-19_obama-sees-....txt``); "" when it holds none, several or no real day.
    Folders are not read: a folder's date is a story's, not this article's."""
    found = {m.group() for m in _FILE_NAME_DATE_RE.finditer(Path(article_id).name)}
    if len(found) != 1:
        return ""
    try:
        return _dt.date.fromisoformat(found.pop()).isoformat()
    except ValueError:
        return ""  # "2016-02-30"


def iso_date(value: str) -> tuple[str, str]:
    """(ISO date, warning): a date in a common format becomes ``YYYY-MM-DD``."""
    value = (value or "").strip()
    if not value:
        return "", ""
    try:
        return _dt.date.fromisoformat(value[:10]).isoformat(), ""
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return _dt.datetime.strptime(value, fmt).date().isoformat(), ""
        except ValueError:
            continue
    return "", f"publication date {value!r} not understood; use YYYY-MM-DD"


def unique_labels(articles: Iterable[Article]) -> list[Article]:
    """The articles, a label shared by several becoming ``label (2)``, ``label (3)``..."""
    seen: dict[str, int] = {}
    unique = []
    for article in articles:
        count = seen.get(article.label, 0)
        seen[article.label] = count + 1
        unique.append(article if count == 0 else replace(article, label=f"{article.label} ({count + 1})"))
    return unique


# --- reading files -----------------------------------------------------------


def _read_all(
    paths: Iterable[str | os.PathLike[str]], *, max_bytes: int, stream: bool = False, keep: tuple[str, ...] = ()
) -> Iterator[RawArticle | InputProblem]:
    options = {"max_bytes": max_bytes, "stream": stream, "keep": keep}
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _read_directory(path, **options)
        elif path.exists():
            manifest = _read_manifest(path.parent)
            if isinstance(manifest, InputProblem):
                yield manifest
                manifest = {}
            yield from _read_file(path, path.name, manifest, **options)
        else:
            yield InputProblem(str(given), "no such file or directory")


def _read_directory(
    root: Path, *, max_bytes: int, stream: bool = False, keep: tuple[str, ...] = ()
) -> Iterator[RawArticle | InputProblem]:
    visited: set[tuple[int, int]] = set()
    for directory, subdirs, files in os.walk(root, followlinks=True, onerror=None):
        here = Path(directory)
        try:
            stat = here.stat()
        except OSError as error:
            yield InputProblem(str(here), f"cannot read directory ({error.strerror})")
            subdirs[:] = []
            continue
        if (stat.st_dev, stat.st_ino) in visited:
            yield InputProblem(str(here), "directory already visited (symbolic link loop); skipped")
            subdirs[:] = []
            continue
        visited.add((stat.st_dev, stat.st_ino))
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        manifest = _read_manifest(here)
        if isinstance(manifest, InputProblem):
            yield manifest
            manifest = {}
        for name in sorted(files):
            if name.startswith(".") or name == MANIFEST_NAME:
                continue
            path = here / name
            article_id = str(path.relative_to(root)) if here != root else name
            yield from _read_file(path, article_id, manifest, max_bytes=max_bytes, stream=stream, keep=keep)


def _read_manifest(directory: Path) -> dict[str, dict[str, str]] | InputProblem:
    path = directory / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        return InputProblem(str(path), f"manifest not readable ({error}); its files are read without it")
    if rows and "file" not in rows[0]:
        return InputProblem(str(path), "manifest has no 'file' column; its files are read without it")
    return {row["file"]: {k: (v or "") for k, v in row.items() if k} for row in rows if row.get("file")}


def _read_file(
    path: Path,
    article_id: str,
    manifest: Mapping[str, Mapping[str, str]],
    *,
    max_bytes: int,
    stream: bool = False,
    keep: tuple[str, ...] = (),
) -> Iterator[RawArticle | InputProblem]:
    suffix = path.suffix.lower()
    source = str(path)
    if suffix not in ARTICLE_SUFFIXES | CORPUS_SUFFIXES:
        yield InputProblem(source, f"unsupported file type {suffix or '(none)'!r}; expected {EXPECTED_FILES}")
        return
    if stream and suffix in STREAMED_SUFFIXES:
        yield from _stream_corpus_file(path, suffix, max_bytes=max_bytes, keep=keep)
        return
    try:
        text, warnings = read_text(path, max_bytes=max_bytes)
    except UnreadableInput as error:
        yield InputProblem(source, str(error))
        return
    fields = manifest.get(path.name, {})
    if suffix in (".txt", ".text"):
        title = fields.get("title") or None
        yield RawArticle(article_id, source, text, title=title, fields=fields, warnings=warnings, whole_file=True)
    elif suffix in (".html", ".htm"):
        yield from _read_html(text, article_id, source, fields, warnings)
    elif suffix == ".csv":
        yield from _with_warnings(_read_csv(io.StringIO(text, newline=""), path.name, source, keep=keep), warnings)
    elif suffix == ".json":
        yield from _with_warnings(_read_json(text, path.name, source, keep=keep), warnings)
    else:
        yield from _with_warnings(_read_jsonl(text.splitlines(), path.name, source, keep=keep), warnings)


def _with_warnings(items: Iterable[RawArticle | InputProblem], warnings: tuple[str, ...]) -> Iterator[RawArticle | InputProblem]:
    """Each record of a corpus file carries the file's decoding warnings (its text went through the same guess)."""
    for item in items:
        yield replace(item, warnings=item.warnings + warnings) if warnings and isinstance(item, RawArticle) else item


STREAMED_SUFFIXES = frozenset({".jsonl", ".ndjson", ".csv"})


class _DecodedLines:
    """The lines of a binary file decoded one by one: UTF-8, else Windows-1252 (remembered).

    Decoding line by line keeps memory flat on corpus files of any size; the
    line numbers that needed the fallback are kept so the records built from
    them carry a warning, as ``decode`` gives for a whole file.
    """

    def __init__(self, handle: io.BufferedReader) -> None:
        self._handle = handle
        self.number = 0
        self.fallback_lines: set[int] = set()

    def __iter__(self) -> Iterator[str]:
        for data in self._handle:
            self.number += 1
            if self.number == 1 and data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
            try:
                yield data.decode("utf-8")
            except UnicodeDecodeError:
                self.fallback_lines.add(self.number)
                yield data.decode("cp1252", errors="replace")


def _stream_corpus_file(path: Path, suffix: str, *, max_bytes: int, keep: tuple[str, ...]) -> Iterator[RawArticle | InputProblem]:
    source = str(path)
    try:
        if not _stat.S_ISREG(path.stat().st_mode):  # opening a named pipe would wait forever
            yield InputProblem(source, "not a regular file (a device, pipe or socket)")
            return
        handle = path.open("rb")
    except OSError as error:
        yield InputProblem(source, f"cannot read file ({error.strerror or error})")
        return
    with handle:
        head = handle.read(8192)
        handle.seek(0)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(head):
            # UTF-16 cannot be split on b"\n": read it whole, within the file limit
            try:
                text, warnings = read_text(path, max_bytes=max_bytes)
            except UnreadableInput as error:
                yield InputProblem(source, str(error))
                return
            lines: Iterable[str] = io.StringIO(text, newline="") if suffix == ".csv" else text.splitlines()
            decoded, file_warnings = None, warnings
        else:
            if not head.strip():
                yield InputProblem(source, "empty file" if not head else "no text (white space only)")
                return
            if head.startswith(_BINARY_SIGNATURES) or b"\x00" in head:
                yield InputProblem(source, "binary file (an image, archive or document), not text")
                return
            decoded, file_warnings = _DecodedLines(handle), ()
            lines = decoded
        reader = _read_csv(lines, path.name, source, keep=keep) if suffix == ".csv" else _read_jsonl(lines, path.name, source, keep=keep)
        reader = _with_warnings(reader, file_warnings)
        previous_line = 0
        for item in reader:
            if isinstance(item, RawArticle):
                size = len(item.text.encode("utf-8"))
                line = int(item.source.rsplit(":", 1)[1])
                # a CSV record may span several lines: any of them may have needed the fallback
                first_line, previous_line = previous_line + 1, line
                if size > max_bytes:
                    yield InputProblem(source, f"record too large ({size:,} bytes; the limit is {max_bytes:,}, see --max-bytes)", line)
                    continue
                bad = [n for n in range(first_line, line + 1) if decoded is not None and n in decoded.fallback_lines]
                if bad:
                    item = replace(item, warnings=item.warnings + (f"line {bad[0]} is not valid UTF-8; read as Windows-1252/Latin-1",))
            elif item.line is not None:
                previous_line = item.line
            yield item


def read_text(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, tuple[str, ...]]:
    """The decoded text of a file, or ``UnreadableInput`` saying why not.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; UTF-16
    without a BOM is recognised by its NUL bytes and read with a warning; text that
    is not valid UTF-8 is read as Windows-1252 with a warning, never silently.
    """
    try:
        status = path.stat()
        if not _stat.S_ISREG(status.st_mode):
            # a link to /dev/zero or a named pipe would be read forever
            raise UnreadableInput("not a regular file (a device, pipe or socket)")
        size = status.st_size
        if size > max_bytes:
            raise UnreadableInput(f"file too large ({size:,} bytes; the limit is {max_bytes:,}, see --max-bytes)")
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise UnreadableInput("file disappeared before it could be read") from error
    except PermissionError as error:
        raise UnreadableInput("permission denied") from error
    except IsADirectoryError as error:
        raise UnreadableInput("is a directory") from error
    except OSError as error:
        raise UnreadableInput(f"cannot read file ({error.strerror or error})") from error
    return decode(data)


_BINARY_SIGNATURES = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF")


def utf16_without_bom(head: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when ``head`` looks like UTF-16 text without a byte-order mark.

    Text in Latin script saved as UTF-16 has a NUL in (nearly) every other byte:
    after each character (little-endian) or before it (big-endian). Binary data
    and a stray NUL in UTF-8 text do not have that rhythm, so they stay refused.
    """
    pairs = len(head) // 2
    if pairs < 2:
        return None
    odd_nuls = head[1 : 2 * pairs : 2].count(0)
    even_nuls = head[0 : 2 * pairs : 2].count(0)
    if odd_nuls >= 0.9 * pairs and even_nuls <= 0.05 * pairs:
        return "utf-16-le"
    if even_nuls >= 0.9 * pairs and odd_nuls <= 0.05 * pairs:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Bytes → (text, warnings); raises ``UnreadableInput`` for empty or binary data."""
    if not data:
        raise UnreadableInput("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise UnreadableInput("UTF-16 byte-order mark but invalid UTF-16 data") from error
        if not text.strip():
            raise UnreadableInput("no text (white space only)")
        return text, ("decoded as UTF-16 (byte-order mark)",)
    if data.startswith(_BINARY_SIGNATURES):
        raise UnreadableInput("binary file (an image, archive or document), not text")
    codec = utf16_without_bom(data[:8192])
    if codec:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as error:
            raise UnreadableInput(f"looks like {codec.upper()} text without a byte-order mark, but is not valid {codec.upper()}") from error
        if not text.strip():
            raise UnreadableInput("no text (white space only)")
        return text, (f"decoded as {codec.upper()} (no byte-order mark; detected from the NUL byte pattern)",)
    if b"\x00" in data[:8192]:
        raise UnreadableInput("binary file (contains NUL bytes); if it is UTF-16 text, save it with a byte-order mark or as UTF-8")
    try:
        text, warnings = data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as error:
        text = data.decode("cp1252", errors="replace")
        warnings = (f"not valid UTF-8 (first bad byte at offset {error.start}); read as Windows-1252/Latin-1",)
    if not text.strip():
        raise UnreadableInput("no text (white space only)")
    return text, warnings


def _read_html(html: str, article_id: str, source: str, fields: Mapping[str, str], warnings: tuple[str, ...]) -> Iterator[RawArticle | InputProblem]:
    import trafilatura  # heavy import, only when HTML is read

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    if extracted is None:
        yield InputProblem(source, "no article text found in the HTML")
        return
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = data.get("text") or ""
    if len(words(text)) < MIN_HTML_WORDS:
        yield InputProblem(source, "no article text found in the HTML")
        return
    merged = {
        "outlet": data.get("sitename") or data.get("hostname") or "",
        "url": data.get("url") or "",
        "published": data.get("date") or "",
    }
    merged.update({k: v for k, v in fields.items() if v})
    title = fields.get("title") or data.get("title") or ""
    yield RawArticle(article_id, source, text, title=title, fields=merged, warnings=warnings, whole_file=True)


def _row_fields(record: Mapping[str, object], keep: tuple[str, ...] = ()) -> dict[str, str]:
    return {key: str(record[key]) for key in (*_CORPUS_FIELDS, *keep) if record.get(key) not in (None, "")}


def _corpus_article(record: object, name: str, source: str, line: int, keep: tuple[str, ...] = ()) -> RawArticle | InputProblem:
    if not isinstance(record, dict):
        return InputProblem(source, "expected an object with a 'text' field", line)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputProblem(source, "no 'text' field, or it is empty", line)
    fields = _row_fields(record, keep)
    article_id = fields.get("id") or f"{name}:{line}"
    return RawArticle(article_id, f"{source}:{line}", text, title=fields.get("title", ""), fields=fields)


def _read_jsonl(lines: Iterable[str], name: str, source: str, *, keep: tuple[str, ...] = ()) -> Iterator[RawArticle | InputProblem]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputProblem(source, f"not valid JSON ({error.msg} at column {error.colno})", number)
            continue
        yield _corpus_article(record, name, source, number, keep)


def _read_json(text: str, name: str, source: str, *, keep: tuple[str, ...] = ()) -> Iterator[RawArticle | InputProblem]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        yield InputProblem(source, f"not valid JSON ({error.msg})", error.lineno)
        return
    if isinstance(document, dict) and isinstance(document.get("articles"), list):
        records = document["articles"]
    elif isinstance(document, list):
        records = document
    else:
        records = [document]
    for number, record in enumerate(records, start=1):
        # for JSON, the number is the record's position, not a line
        yield _corpus_article(record, name, source, number, keep)


def _read_csv(lines: Iterable[str], name: str, source: str, *, keep: tuple[str, ...] = ()) -> Iterator[RawArticle | InputProblem]:
    reader = csv.DictReader(lines)
    try:
        header = reader.fieldnames or []
    except csv.Error as error:
        yield InputProblem(source, f"not valid CSV ({error})", 1)
        return
    if "text" not in header:
        yield InputProblem(source, f"no 'text' column (columns: {', '.join(header) or 'none'})", 1)
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield InputProblem(source, f"not valid CSV ({error})", reader.line_num)
            return
        line = reader.line_num
        if None in row or any(value is None for value in row.values()):
            yield InputProblem(source, f"row has {'more' if None in row else 'fewer'} fields than the header", line)
            continue
        yield _corpus_article(row, name, source, line, keep)


_SAFE_NAME_RE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_file_name(name: str, *, fallback: str = "article") -> str:
    """A file name derived from user data that cannot leave its folder."""
    cleaned = _SAFE_NAME_RE.sub("_", name).strip("._") or fallback
    return cleaned[:120]
