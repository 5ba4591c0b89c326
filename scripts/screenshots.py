"""Screenshots of the report and the compare page, and the height of each page, at laptop and phone widths.

    python scripts/screenshots.py [--out out/screenshots] [--heights]

Cases: the seeds (all five articles; the compare page of the first two), the first three
seeds as a three-article story, and two real two-outlet stories of
``../shared/devsets/figures/stories`` (skipped when that folder is absent). For each page
and width it writes ``<case>-<page>-<width>.png`` (the top of the page, one screen) and
prints the page's full height in CSS pixels, the measure the layout is judged by
("the page height of a three-article story halves"). ``--heights`` prints the heights
without writing images; ``--readme FILE`` also writes the small picture the README shows
(the top of the seeds' report, 1100 × 760 px).

Uses Playwright for Python with the system Chromium at /usr/bin/chromium (never
``playwright install``), the same browser as ``tests/test_browser.py``. Nothing is
fetched: the pages are self-contained files opened from disk.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from golden_outputs import devsets_folder  # noqa: E402

from audit import audit_story, load  # noqa: E402
from audit.compare_view import render_compare  # noqa: E402
from audit.pages import write_output  # noqa: E402
from audit.report import render_report  # noqa: E402
from audit.story import pair_story  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
WIDTHS = {"1366": {"width": 1366, "height": 900}, "390": {"width": 390, "height": 844}}
STORIES = ("pac_0005", "pac_0047")  # two real stories: an abortion law, a letter to Iran's leaders
README_VIEW = {"width": 1100, "height": 760}


def cases() -> list[tuple[str, list[Path]]]:
    """(name, inputs) of every case, in order."""
    seeds = sorted(p for p in (ROOT / "seeds").iterdir() if p.suffix == ".txt")
    found = [("seeds", [ROOT / "seeds"]), ("seeds-3", seeds[:3])]
    devsets = devsets_folder()
    if devsets is not None:
        found.extend((story, [devsets / "figures" / "stories" / story]) for story in STORIES)
    return found


def pages_of(name: str, inputs: list[Path], folder: Path) -> dict[str, Path]:
    """The report (and, with two articles or more, the compare page of the first two) as files."""
    loaded = load(inputs)
    story = audit_story(loaded.articles, loaded.problems)
    pages = {"report": write_output(render_report(story), folder / f"{name}-report.html")}
    if len(story.audits) >= 2 and name != "seeds-3":
        pages["compare"] = write_output(render_compare(pair_story(story, 0, 1)), folder / f"{name}-compare.html")
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "out" / "screenshots"), help="folder for the PNG files")
    parser.add_argument("--heights", action="store_true", help="print page heights only, write no image")
    parser.add_argument("--readme", help="also write the top of the seeds' report here (the README's picture)")
    options = parser.parse_args(argv)
    if not Path(CHROMIUM).is_file():
        print(f"no Chromium at {CHROMIUM} (apt-get install -y chromium)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    out = Path(options.out)
    if not options.heights:
        out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        try:
            print(f"{'case':<10} {'page':<8} {'width':>5} {'height px':>10}")
            for name, inputs in cases():
                for page_name, path in pages_of(name, inputs, Path(tmp)).items():
                    for width, viewport in WIDTHS.items():
                        context = browser.new_context(viewport=viewport)
                        page = context.new_page()
                        page.goto(path.as_uri())
                        page.wait_for_load_state("load")
                        height = page.evaluate("document.documentElement.scrollHeight")
                        print(f"{name:<10} {page_name:<8} {width:>5} {height:>10,}")
                        if not options.heights:
                            page.screenshot(path=str(out / f"{name}-{page_name}-{width}.png"))
                        context.close()
                    if options.readme and (name, page_name) == ("seeds", "report"):
                        context = browser.new_context(viewport=README_VIEW)
                        page = context.new_page()
                        page.goto(path.as_uri())
                        page.screenshot(path=options.readme)
                        context.close()
        finally:
            browser.close()
    if not options.heights:
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
