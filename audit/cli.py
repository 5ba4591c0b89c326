"""The ``audit`` command: arguments in, one library call per command, output out. No analysis here.

Each command computes only what it shows, through the library function of the
same purpose (``audit.facts.figure_facts`` for ``audit figures``,
``audit.story.story_quotes`` for ``audit quotes``...), and imports that function's
module when it runs, so that ``audit figures`` never loads the other lenses.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import shutil
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from .limits import DEFAULT_MAX_PAIRWISE
from .load import DEFAULT_MAX_BYTES, EXPECTED_FILES, load
from .model import Article, InputProblem, LoadResult
from .version import __version__

EXIT_OK, EXIT_INPUT_PROBLEM, EXIT_USAGE, EXIT_CONFLICT = 0, 1, 2, 3
EXIT_INTERNAL_ERROR = 70  # EX_SOFTWARE of BSD's sysexits.h: a bug in audit, not in the input or the command line
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C
DEFAULT_INPUT = "seeds"

EPILOG = """\
examples:
  audit report                          audit the sample articles in seeds/ -> out/report.html
  audit report my_story/ -o story.html  every .txt/.html/.json/.jsonl/.csv under my_story/
  audit compare                         the first two articles of seeds/ side by side -> out/compare.html
  audit compare nrc.nl SCMP             two outlets of seeds/ side by side
  audit compare a.txt b.html            two files side by side
  audit figures --format csv            every figure, conflicts first, as CSV
  audit quotes corpus.jsonl             who is quoted, one row per quote
  audit score --format json             one row of metrics per article
  audit actors --format csv             tone toward each actor, one row per article and actor
  audit corpus news.jsonl -o out/corpus  every story of a corpus: reports, index, tables

exit codes: 0 ok; 1 some input could not be read (the rest was processed);
            2 usage error; 3 a figure conflict was found (figures --fail-on-conflict);
            70 internal error: a bug in audit (rerun with --debug and report the traceback);
            130 interrupted
"""


class UsageError(Exception):
    """A mistake in the command line; exit code 2."""


def _add_input_options(parser: argparse.ArgumentParser, *, positional: bool = True) -> None:
    if positional:
        parser.add_argument("paths", nargs="*", metavar="PATHS", help=f"files or folders to read (default: {DEFAULT_INPUT}/)")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="story date for articles without their own (overrides the manifest); relative dates and exchange rates use it")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N", help=f"skip (and report) input files larger than N bytes (default {DEFAULT_MAX_BYTES:,})")
    parser.add_argument("--debug", action="store_true", help="show a traceback on errors")


def _add_limit_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-articles", type=int, default=DEFAULT_MAX_PAIRWISE, metavar="N",
        help=f"with more than N articles, skip the pairwise comparisons (copied passages, coverage, quote wording, figure alignment) with a note; the per-article lenses still run (default {DEFAULT_MAX_PAIRWISE})",
    )


def _add_format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=("table", "json", "csv"), default="table",
        help="output format (default: table, for reading: fitted to the terminal's width, long cells wrapped; json and csv keep every value whole)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="audit",
        description="Audit how different news outlets cover the same story, with evidence you can check.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"audit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    report = commands.add_parser(
        "report", help="HTML audit of a set of articles", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Write one self-contained HTML report comparing the articles.",
        epilog="example:\n  audit report seeds/ -o out/report.html\n",
    )
    _add_input_options(report)
    _add_limit_option(report)
    report.add_argument("-o", "--output", default="out/report.html", metavar="FILE", help="where to write the report (default: out/report.html)")
    report.add_argument("--title", default="", help="the story's title in the report (default: from the articles)")
    report.add_argument("--stamp", action="store_true", help="print the time of generation in the report (off by default so that reruns are byte-identical)")

    compare = commands.add_parser(
        "compare", help="two chosen sources side by side", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Compare two articles: A and B are files, or labels, outlets or file names of articles under --in.",
        epilog="examples:\n  audit compare\n  audit compare nrc.nl SCMP\n  audit compare seeds/000_a288e786907b7547.txt other.html\n  audit compare 'unknown 001' SCMP --in seeds/\n",
    )
    compare.add_argument("a", metavar="A", nargs="?", help="an article: a file, or a label, outlet or file name of one read from --in (with B left out too: the first of them)")
    compare.add_argument("b", metavar="B", nargs="?", help="another article, as A (left out with A: the second article read from --in)")
    compare.add_argument("--in", dest="paths", action="append", default=[], metavar="PATH", help=f"where to look for A and B when they are not files (default: {DEFAULT_INPUT}/); repeatable")
    _add_input_options(compare, positional=False)
    compare.add_argument("-o", "--output", default="out/compare.html", metavar="FILE", help="where to write the comparison (default: out/compare.html)")

    figures = commands.add_parser(
        "figures", help="numeric disagreements between articles", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Every figure in the articles, aligned across outlets: conflicts first, then agreements, then single-source figures.",
        epilog="examples:\n  audit figures\n  audit figures story/ --format json > figures.json\n  audit figures story/ --fail-on-conflict   # exit 3 on a conflict\n",
    )
    _add_input_options(figures)
    _add_limit_option(figures)
    _add_format_option(figures)
    figures.add_argument("--fail-on-conflict", action="store_true", help="exit with code 3 when outlets disagree on a figure")

    quotes = commands.add_parser(
        "quotes", help="who is quoted, one row per quote", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Every quoted voice: direct, reported or mixed, with speaker, role and kind of source.",
        epilog="example:\n  audit quotes seeds/ --format csv > quotes.csv\n",
    )
    _add_input_options(quotes)
    _add_format_option(quotes)

    score = commands.add_parser(
        "score", help="one row of metrics per article", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="One row per article with its metrics (size, removed debris, readability, and every lens that has landed).",
        epilog="example:\n  audit score seeds/ --format csv > scores.csv\n",
    )
    _add_input_options(score)
    _add_format_option(score)

    actors = commands.add_parser(
        "actors", help="tone toward each actor, one row per article and actor", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="The story's key actors (aliases merged) and, per article: mentions, tone of the outlet's own words "
        "around the actor, tone inside quotes about it, the labels used for it, and the offsets of the evidence sentences.",
        epilog="example:\n  audit actors seeds/ --format csv > actors.csv\n",
    )
    _add_input_options(actors)
    _add_format_option(actors)
    corpus = commands.add_parser(
        "corpus", help="every story of a corpus: reports, index, tables", formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Audit a whole corpus story by story: OUTDIR/stories/<story>.html, OUTDIR/index.html (stories, headline "
            "differences, outlet profiles) and tidy tables in OUTDIR/tables/. Articles without a story are grouped "
            "automatically. Rerunning into the same OUTDIR skips the stories already finished."
        ),
        epilog=(
            "examples:\n  audit corpus news.jsonl -o out/corpus\n  audit corpus news.csv -o out/corpus --story-key event_id --jobs 4\n"
            "  audit corpus news.jsonl -o out/corpus --stories assignments.csv   # a CSV of id,story\n"
            "  audit corpus news.jsonl -o out/corpus --engine dask --scheduler tcp://scheduler:8786\n"
        ),
    )
    _add_input_options(corpus)
    corpus.add_argument("-o", "--output", default="out/corpus", metavar="OUTDIR", help="the output folder (default: out/corpus)")
    corpus.add_argument("--jobs", type=int, default=None, metavar="N", help="worker processes (default: all cores; 1 runs in this process)")
    corpus.add_argument("--engine", choices=("local", "dask"), default="local", help="local process pool (default) or a Dask cluster (pip install '.[dask]')")
    corpus.add_argument("--scheduler", default="local", metavar="ADDRESS", help="with --engine dask: the scheduler's address, or 'local' for a local cluster of --jobs workers (default)")
    corpus.add_argument("--story-key", default="story", metavar="FIELD", help="the record field naming each article's story (default: story)")
    corpus.add_argument("--stories", metavar="FILE", help="a CSV of id,story assigning articles to stories (overrides --story-key)")
    corpus.add_argument("--threshold", type=float, default=None, metavar="X", help="automatic grouping: least cosine similarity to join a story (default 0.25)")
    corpus.add_argument("--window-days", type=int, default=None, metavar="D", help="automatic grouping: a story stays open D days after its latest article (default 7)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except UsageError as error:
        print(f"audit {args.command}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("audit: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # noqa: BLE001 - the last line of defence: one clear line, traceback on --debug
        if getattr(args, "debug", False):
            traceback.print_exc()
        print(f"audit {args.command}: internal error: {type(error).__name__}: {error} (run with --debug for a traceback)", file=sys.stderr)
        return EXIT_INTERNAL_ERROR


def _run(args: argparse.Namespace) -> int:
    _check_date(args.date)
    if args.max_bytes < 1:
        raise UsageError(f"--max-bytes must be a positive number of bytes, for example --max-bytes {DEFAULT_MAX_BYTES}")
    if getattr(args, "max_articles", 2) < 2:
        raise UsageError(f"--max-articles must be at least 2 (the pairwise comparisons need two articles), for example --max-articles {DEFAULT_MAX_PAIRWISE}")
    if args.command == "compare":
        return _compare(args)
    if args.command == "corpus":
        return _corpus(args)
    loaded = _load(args.paths or [DEFAULT_INPUT], args)
    return COMMANDS[args.command](loaded, args)


def _report_inputs(loaded: LoadResult, notes: Sequence[str] = ()) -> int:
    """Warnings, notes (parts not computed) and skipped inputs on stderr; the exit status they make."""
    _report_warnings(loaded.articles)
    for note in notes:
        print(f"audit: note: {note}", file=sys.stderr)
    return _report_problems(loaded.problems)


def _report(loaded: LoadResult, args: argparse.Namespace) -> int:
    from .report import render_report
    from .story import audit_story

    story = audit_story(loaded.articles, loaded.problems, max_pairwise=args.max_articles)
    status = _report_inputs(loaded, story.notes)
    if not loaded.articles:  # every input was skipped: an empty report would only mislead
        print(f"audit report: nothing written to {args.output}: no article could be read", file=sys.stderr)
        return status
    stamp = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC") if args.stamp else ""
    path = _write(render_report(story, title=args.title, stamp=stamp), args.output)
    print(f"wrote {path} ({len(story.audits)} articles)")
    return status


def _figures(loaded: LoadResult, args: argparse.Namespace) -> int:
    from .facts import figure_facts, figures_document

    result = figure_facts(loaded.articles, max_pairwise=args.max_articles)
    status = _report_inputs(loaded, result.notes)
    if not loaded.articles:  # every input was skipped: an empty table would only mislead
        return status
    if args.format == "json":
        sys.stdout.write(json.dumps(figures_document(result), ensure_ascii=False, indent=2) + "\n")
    elif args.format == "csv":
        from .tables import figures_table, render_table

        sys.stdout.write(render_table(figures_table(result), "csv", key="figures"))
    else:
        from .terminal import figures_text

        sys.stdout.write(figures_text(result, _terminal_width()))
    if args.fail_on_conflict and any(fact.verdict == "conflict" for fact in result.facts):
        return EXIT_CONFLICT
    return status


def _quotes(loaded: LoadResult, args: argparse.Namespace) -> int:
    from .story import story_quotes

    result = story_quotes(loaded.articles)
    if args.format == "table":  # each quote in its sentence, with who speaks
        from .terminal import quotes_text

        return _print(loaded, lambda: quotes_text(result, _terminal_width()))
    from .tables import quotes_table, render_table

    return _print(loaded, lambda: render_table(quotes_table(result), args.format, key="quotes"))


def _score(loaded: LoadResult, args: argparse.Namespace) -> int:
    from .story import score_articles
    from .tables import render_table, scores_table
    from .terminal import transposed_text

    frame = scores_table(score_articles(loaded.articles))
    if args.format == "table":  # dozens of metrics: one line each, the articles side by side
        return _print(loaded, lambda: transposed_text(frame, "label", _terminal_width()))
    return _print(loaded, lambda: render_table(frame, args.format, key="articles"))


def _actors(loaded: LoadResult, args: argparse.Namespace) -> int:
    from .story import actor_tones
    from .tables import actors_table, render_table
    from .terminal import actors_text

    frame = actors_table(actor_tones(loaded.articles))
    if args.format == "table":
        return _print(loaded, lambda: actors_text(frame, loaded.articles, _terminal_width()))
    return _print(loaded, lambda: render_table(frame, args.format, key="actors"))


def _print(loaded: LoadResult, output: Callable[[], str]) -> int:
    """Report the inputs, then print ``output()`` (nothing when every input was skipped: an empty table would only mislead)."""
    status = _report_inputs(loaded)
    if loaded.articles:
        sys.stdout.write(output())
    return status


def _terminal_width() -> int:
    """The terminal's width in characters (``COLUMNS`` when set; 80 when output goes to a file or pipe)."""
    return shutil.get_terminal_size().columns


COMMANDS = {"report": _report, "figures": _figures, "quotes": _quotes, "score": _score, "actors": _actors}


def _check_date(value: str | None) -> None:
    if value:
        try:
            _dt.date.fromisoformat(value)
        except ValueError as error:
            raise UsageError(f"--date {value!r} is not a date; use YYYY-MM-DD, for example --date 2025-02-24") from error


def _load(paths: Sequence[str], args: argparse.Namespace) -> LoadResult:
    if list(paths) == [DEFAULT_INPUT] and not Path(DEFAULT_INPUT).exists():
        raise UsageError(f"no PATHS given and no {DEFAULT_INPUT}/ folder here; give files or folders to read")
    loaded = load(paths, story_date=args.date, max_bytes=args.max_bytes)
    if not loaded.articles and not loaded.problems:
        raise UsageError(f"no articles found in {', '.join(map(str, paths))} (expected {EXPECTED_FILES} files)")
    return loaded


def _report_problems(problems: Sequence[InputProblem]) -> int:
    for problem in problems:
        print(f"audit: skipped {problem.message()}", file=sys.stderr)
    return EXIT_INPUT_PROBLEM if problems else EXIT_OK


MAX_WARNING_LINES = 20


def _report_warnings(articles: Sequence[Article]) -> None:
    """One stderr line per warning (an encoding guessed, a date not understood): read, but check it.

    A corpus file in Latin-1 warns once per record: past ``MAX_WARNING_LINES`` the
    rest is counted, not printed (each article's warnings are in the report).
    """
    lines = [f"audit: warning: {article.source}: {warning}" for article in articles for warning in article.warnings]
    for line in lines[:MAX_WARNING_LINES]:
        print(line, file=sys.stderr)
    if len(lines) > MAX_WARNING_LINES:
        print(f"audit: ... and {len(lines) - MAX_WARNING_LINES} more warnings (each shown with its article in the report)", file=sys.stderr)


def _write(content: str, output: str) -> Path:
    """Write an HTML page to ``output``; a path that cannot be written is the user's to fix, not a crash."""
    from .pages import write_output

    if Path(output).is_dir():
        raise UsageError(f"-o {output} is a folder; give a file name, for example -o {Path(output) / 'report.html'}")
    try:
        return write_output(content, output)
    except OSError as error:
        raise UsageError(f"cannot write {output} ({error.strerror or error}); choose another -o") from error


def _compare(args: argparse.Namespace) -> int:
    from .compare_view import PairChoiceError, compare_summary, first_pair, load_pair, render_compare
    from .story import audit_story

    paths = args.paths or [DEFAULT_INPUT]
    if args.a is not None and args.b is None:
        raise UsageError("give B as well, or neither A nor B to compare the first two articles read")
    chosen = (args.a, args.b) if args.a is not None else ()
    if not args.paths and not Path(DEFAULT_INPUT).exists() and not (chosen and all(Path(x).is_file() for x in chosen)):
        raise UsageError(f"no --in given and no {DEFAULT_INPUT}/ folder here; give files, or articles to read with --in")
    try:
        pair = load_pair(args.a, args.b, paths, story_date=args.date, max_bytes=args.max_bytes) if chosen else first_pair(paths, story_date=args.date, max_bytes=args.max_bytes)
    except PairChoiceError as error:
        raise UsageError(str(error)) from error
    if not chosen:
        print(f"audit compare: no A and B given: comparing the first two articles read from {', '.join(map(str, paths))}", file=sys.stderr)
    _report_warnings(pair.articles)
    status = _report_problems(pair.problems)
    story = audit_story(pair.articles, pair.problems)
    path = _write(render_compare(story), args.output)
    print(compare_summary(story))
    print(f"wrote {path}")
    return status


def _corpus(args: argparse.Namespace) -> int:
    from .corpus import GroupingOptions, audit_corpus
    from .corpus.engine import EngineUnavailable
    from .corpus.stories import CorpusInputError

    paths = args.paths or [DEFAULT_INPUT]
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    defaults = GroupingOptions()
    threshold = defaults.threshold if args.threshold is None else args.threshold
    if not 0.0 < threshold <= 1.0:
        raise UsageError("--threshold is a cosine similarity between 0 and 1, for example --threshold 0.25")
    grouping = GroupingOptions(threshold=threshold, window_days=defaults.window_days if args.window_days is None else args.window_days)
    try:
        run = audit_corpus(
            paths, args.output, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
            story_key=args.story_key, assignments=args.stories, grouping=grouping, story_date=args.date,
            max_bytes=args.max_bytes, progress=sys.stderr.isatty(),
        )
    except (CorpusInputError, EngineUnavailable) as error:
        raise UsageError(str(error)) from error
    except OSError as error:  # the inputs are read by the loader, which never raises: this is the output folder
        where = error.filename or args.output
        raise UsageError(f"cannot write {where} ({error.strerror or error}); choose another -o") from error
    if not run.articles and not run.problems:
        raise UsageError(f"no articles found in {', '.join(map(str, paths))} (expected {EXPECTED_FILES} files)")
    for problem in run.problems[:20]:
        print(f"audit: skipped {problem.message()}", file=sys.stderr)
    if len(run.problems) > 20:
        print(f"audit: ... and {len(run.problems) - 20} more inputs skipped (all listed in {run.outdir / 'index.html'})", file=sys.stderr)
    resumed = f", {run.resumed} already done" if run.resumed else ""
    print(f"wrote {run.outdir / 'index.html'}: {run.stories} stories ({len(run.computed)} computed{resumed}), {run.articles} articles, {run.grouped} grouped automatically")
    for path in run.tables:
        print(f"wrote {path}")
    return EXIT_INPUT_PROBLEM if run.problems else EXIT_OK
