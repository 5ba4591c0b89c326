"""The generated report and comparison in a real browser (headless Chromium through Playwright).

The story is the seeds, a lightly edited copy of one seed (so the claims matrix
and copied passages have content) and a hostile article whose text is HTML and
JavaScript: it must reach the page as inert text. The width and answer checks also
open the report and compare page of a real two-outlet story of the devsets (skipped,
saying so, when the devsets are absent). Skips without Playwright or
Chromium unless AUDIT_REQUIRE_BROWSER=1 (see the ``browser`` fixture in conftest).
Screenshots are ``make screenshots`` (scripts/screenshots.py), not these tests.
"""
from __future__ import annotations

import pytest
from conftest import make_article
from test_coverage import SCMP, edited_copy

from golden_outputs import devsets_folder

from audit import audit_story, load
from audit.compare_view import render_compare
from audit.pages import write_output
from audit.report import render_report
from audit.story import pair_story

SECTIONS = ("answer", "overview", "numbers", "voices", "tone", "framing", "coverage", "readability", "articles", "methods")
HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", '<a href="javascript:alert(3)">x</a>')
LAPTOP, PHONE = {"width": 1366, "height": 900}, {"width": 390, "height": 844}
REAL_STORY = "figures/stories/pac_0005"  # two outlets of the devsets on one story: real lengths, names and tables


@pytest.fixture(scope="module")
def pages(seed_articles, seeds_by_id, tmp_path_factory):
    """The report and a comparison with the hostile article, written to files; their paths."""
    hostile = make_article(
        f"Breaking {HOSTILE[0]} news\n\nThe page must show {HOSTILE[0]} as text. "
        f"An image tag {HOSTILE[1]} stays text too. A link {HOSTILE[2]} must not become a link.\n",
        id="hostile.txt",
        outlet="Hostile <b>Outlet</b>",
    )
    articles = [*seed_articles, edited_copy(seeds_by_id[SCMP]), hostile]
    story = audit_story(articles)
    folder = tmp_path_factory.mktemp("browser")
    report = write_output(render_report(story), folder / "report.html")
    compare = write_output(render_compare(pair_story(story, len(articles) - 1, 2)), folder / "compare.html")
    # SCMP and its edited copy: a pair that shares most of its sentences
    shared = write_output(render_compare(pair_story(story, 2, len(articles) - 2)), folder / "compare-shared.html")
    found = {"report": report, "compare": compare, "compare-shared": shared, "hostile": len(articles) - 1}
    devsets = devsets_folder()
    if devsets is not None and (devsets / REAL_STORY).is_dir():
        real = audit_story(load([devsets / REAL_STORY]).articles)
        found["story-report"] = write_output(render_report(real), folder / "story-report.html")
        found["story-compare"] = write_output(render_compare(pair_story(real, 0, 1)), folder / "story-compare.html")
    return found


class PageLog:
    """Console errors, page errors, dialogs and requests seen while a page was open."""

    def __init__(self, page):
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda message: self.errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        page.on("request", lambda request: self.requests.append(request.url))


def skip_unless_built(pages, which):
    """Skip, saying why, when page ``which`` was not built: the real story's pages need the devsets."""
    if which not in pages:
        pytest.skip(f"the devsets' {REAL_STORY} is not here (set AUDIT_DEVSETS)")


def open_page(browser, path, viewport=LAPTOP, **options):
    context = browser.new_context(viewport=viewport, **options)
    page = context.new_page()
    log = PageLog(page)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return context, page, log


def assert_in_view(page, element_id):
    """The element is shown (not hidden in a collapsed section) and scrolled within the screen."""
    assert page.evaluate(f"document.getElementById({element_id!r}).checkVisibility()")
    top = page.evaluate(f"document.getElementById({element_id!r}).getBoundingClientRect().top")
    assert 0 <= top <= LAPTOP["height"]


def test_report_opens_without_errors_requests_or_missing_sections(browser, pages):
    context, page, log = open_page(browser, pages["report"])
    try:
        assert log.errors == []
        assert [s for s in SECTIONS if page.locator(f"section#{s}").count() != 1] == []
        assert log.requests == [pages["report"].as_uri()]
        assert page.evaluate("document.querySelectorAll('table.sortable thead th[role=button]').length") > 0  # the script ran
    finally:
        context.close()


SIDEWAYS = """() => {
    // anything the reader would have to scroll sideways to see: the page itself, any box that
    // scrolls sideways, any shown element reaching past either edge of the screen (what a
    // visually-hidden box clips away, such as a stacked table's head, is not shown)
    const width = document.documentElement.clientWidth;
    const clipped = el => {
        for (let box = el; box; box = box.parentElement) {
            const style = getComputedStyle(box);
            if (style.position === 'absolute' && style.clip !== 'auto') { return true; }
        }
        return false;
    };
    const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' ' + (el.textContent || '').trim().slice(0, 50);
    const wide = [];
    if (document.documentElement.scrollWidth > width) { wide.push('page ' + document.documentElement.scrollWidth); }
    document.querySelectorAll('body *').forEach(el => {
        if (!el.getClientRects().length) { return; }
        const style = getComputedStyle(el);
        if (['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1) { wide.push('scrolls: ' + name(el)); }
        const box = el.getBoundingClientRect();
        if (box.width > 1 && (box.right > width + 1 || box.left < -1) && !clipped(el)) { wide.push('past the edge: ' + name(el)); }
    });
    return wide.slice(0, 10);
}"""


@pytest.mark.parametrize("screen", [PHONE, LAPTOP], ids=["phone", "laptop"])
@pytest.mark.parametrize("which", ["report", "compare", "compare-shared", "story-report", "story-compare"])
def test_nothing_scrolls_sideways_even_with_every_section_open(browser, pages, which, screen):
    skip_unless_built(pages, which)
    context, page, log = open_page(browser, pages[which], screen)
    try:
        assert page.evaluate(SIDEWAYS) == []
        page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
        assert page.evaluate(SIDEWAYS) == []
        assert log.errors == [] and log.requests == [pages[which].as_uri()]
    finally:
        context.close()


def test_clicking_a_claims_matrix_cell_scrolls_its_sentence_into_view(browser, pages):
    context, page, _ = open_page(browser, pages["report"])
    try:
        links = page.locator("#coverage table.claims-matrix a.evidence")
        assert links.count() > 0
        link = links.last
        target = link.get_attribute("data-jump")
        assert target and target.startswith("art")
        link.scroll_into_view_if_needed()
        link.click()
        assert_in_view(page, target)
        assert page.evaluate("location.hash") == f"#{target}"
    finally:
        context.close()


@pytest.mark.parametrize("which", ["report", "compare"])
def test_hostile_article_text_stays_inert(browser, pages, which):
    context, page, log = open_page(browser, pages[which])
    try:
        page.mouse.move(10, 10)
        body = f"#art{pages['hostile']}" if which == "report" else "#aligned"
        assert log.dialogs == []
        injected = page.evaluate(
            f"""() => {{
                const root = document.querySelector({body!r});
                return root.querySelectorAll('script, img, a[href^="javascript:"], b:not(.differs)').length;
            }}"""
        )
        assert injected == 0
        page.evaluate(f"document.querySelectorAll({body!r}).forEach(el => {{ const d = el.closest('details'); if (d) d.open = true; }})")
        text = page.locator(body).inner_text()
        assert all(literal in text for literal in HOSTILE)
        assert page.locator("script").count() == 1  # only the page's own script
        assert log.errors == []
        assert log.requests == [pages[which].as_uri()]
    finally:
        context.close()


def test_compare_page_shows_both_columns_and_fits_a_phone(browser, pages):
    context, page, log = open_page(browser, pages["compare"], PHONE)
    try:
        assert page.locator("#aligned .row-shared").count() == 0  # the hostile article shares nothing with SCMP
        assert page.locator("#aligned .side-a").count() > 0 and page.locator("#aligned .side-b").count() > 0
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        assert log.errors == []
    finally:
        context.close()


@pytest.mark.parametrize("which", ["report", "compare", "compare-shared", "story-report", "story-compare"])
def test_every_in_page_link_has_a_target(browser, pages, which):
    """Every score is one click from its evidence: no link to an anchor the page lacks."""
    skip_unless_built(pages, which)
    context, page, _ = open_page(browser, pages[which])
    try:
        links, dead = page.evaluate(
            """() => {
                const hrefs = Array.from(document.querySelectorAll('a[href^="#"]'), a => a.getAttribute('href').slice(1));
                return [hrefs.length, [...new Set(hrefs.filter(id => !document.getElementById(decodeURIComponent(id))))].sort()];
            }"""
        )
        assert links > 0
        assert dead == []
    finally:
        context.close()


def test_compare_evidence_link_lands_on_the_highlight_in_the_aligned_texts(browser, pages):
    context, page, _ = open_page(browser, pages["compare"])
    try:
        link = page.locator("#voices a.evidence").first
        target = link.get_attribute("data-jump")
        assert page.locator(f"#aligned #{target}").count() == 1
        link.scroll_into_view_if_needed()
        link.click()
        assert_in_view(page, target)
    finally:
        context.close()


def test_collapsed_details_open_for_print(browser, pages):
    context, page, _ = open_page(browser, pages["report"])
    try:
        closed = page.evaluate("document.querySelectorAll('main details:not([open])').length")
        assert closed > 0
        page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
        assert page.evaluate("document.querySelectorAll('main details:not([open])').length") == 0
        page.evaluate("window.dispatchEvent(new Event('afterprint'))")
        assert page.evaluate("document.querySelectorAll('main details:not([open])').length") == closed
    finally:
        context.close()


@pytest.mark.parametrize("which", ["report", "compare-shared", "story-report", "story-compare"])
def test_the_answer_comes_first_and_each_sentence_links_to_an_anchor_on_the_page(browser, pages, which):
    skip_unless_built(pages, which)
    context, page, log = open_page(browser, pages[which])
    try:
        first = page.evaluate("document.querySelector('main > section').id")
        assert first == "answer"
        sentences = page.evaluate(
            """() => Array.from(document.querySelectorAll('#answer ol.answer > li'), li => {
                const links = Array.from(li.querySelectorAll('a[href^="#"]'), a => a.getAttribute('href').slice(1));
                return [li.textContent.trim().slice(0, 60), links, links.filter(id => document.getElementById(id)).length];
            })"""
        )
        assert 5 <= len(sentences) <= 8
        assert [text for text, links, found in sentences if not links or found != len(links)] == []
        assert log.errors == [] and log.requests == [pages[which].as_uri()]
    finally:
        context.close()


def test_an_answer_link_into_a_collapsed_section_opens_it(browser, pages):
    context, page, _ = open_page(browser, pages["report"])
    try:
        link = page.locator("#answer a.answer-topic").filter(has_text="Frames").first
        target = link.get_attribute("data-jump")
        link.click()
        assert_in_view(page, target)
    finally:
        context.close()


def test_every_chart_is_inline_svg_with_a_text_equivalent_and_a_link_to_its_table(browser, pages):
    context, page, _ = open_page(browser, pages["report"])
    try:
        charts = page.evaluate(
            """() => Array.from(document.querySelectorAll('figure.chart'), figure => {
                const svg = figure.querySelector('svg.chart-svg');
                const table = figure.querySelector('.visually-hidden table');
                const link = figure.querySelector('.chart-link a');
                return {
                    id: figure.id,
                    inline: !!svg && svg.getAttribute('role') === 'img' && !svg.querySelector('image, use, foreignObject'),
                    title: svg ? (svg.querySelector(':scope > title') || {}).textContent || '' : '',
                    desc: svg ? (svg.querySelector(':scope > desc') || {}).textContent || '' : '',
                    labelled: svg ? svg.getAttribute('aria-labelledby').split(' ').every(id => document.getElementById(id)) : false,
                    rows: table ? table.querySelectorAll('tbody tr').length : 0,
                    link: link && document.getElementById(link.getAttribute('href').slice(1)) ? true : false,
                };
            })"""
        )
        assert [c["id"] for c in charts] == ["chart-voices", "chart-actors", "chart-frames", "chart-figures"]
        for chart in charts:
            assert chart["inline"] and chart["title"] and chart["desc"] and chart["labelled"], chart
            assert chart["rows"] > 0 and chart["link"], chart
        # every other SVG of the page that shows data says what it shows
        unlabelled = page.evaluate(
            """() => Array.from(document.querySelectorAll('main svg[role="img"]')).filter(svg =>
                !svg.getAttribute('aria-label') && !(svg.getAttribute('aria-labelledby') || '').split(' ').some(id => document.getElementById(id))).length"""
        )
        assert unlabelled == 0
    finally:
        context.close()


def test_the_compare_filter_shows_only_shared_rows_when_chosen(browser, pages):
    context, page, log = open_page(browser, pages["compare-shared"])
    visible_kinds = """() => [...new Set(Array.from(document.querySelectorAll('#aligned [data-kind]'))
        .filter(el => el.getClientRects().length && el.dataset.kind !== 'title').map(el => el.dataset.kind))].sort()"""
    try:
        assert page.evaluate(visible_kinds) == ["a", "b", "context", "shared"]
        page.locator('.aligned-filter input[value="shared"]').check()
        assert page.evaluate(visible_kinds) == ["shared"]
        page.locator('.aligned-filter input[value="a"]').check()
        assert page.evaluate(visible_kinds) == ["a"]
        page.locator('.aligned-filter input[value="all"]').check()
        assert page.evaluate(visible_kinds) == ["a", "b", "context", "shared"]
        assert log.errors == [] and log.requests == [pages["compare-shared"].as_uri()]
    finally:
        context.close()


def test_a_term_opens_its_definition_on_a_tap_inside_the_phone_screen(browser, pages):
    context, page, _ = open_page(browser, pages["report"], PHONE, has_touch=True, is_mobile=True)
    try:
        term = page.locator("#answer .term").first
        definition = term.locator(".term-def")
        assert definition.bounding_box()["width"] <= 1  # closed: read by screen readers only
        term.locator(".term-btn").tap()
        box = definition.bounding_box()
        assert box["width"] > 100 and 0 <= box["x"] and box["x"] + box["width"] <= PHONE["width"]
        assert term.locator(".term-btn").get_attribute("aria-expanded") == "true"
        term.locator(".term-btn").tap()  # a second tap closes it
        assert definition.bounding_box()["width"] <= 1
        term.locator(".term-btn").tap()
        page.keyboard.press("Escape")
        assert definition.bounding_box()["width"] <= 1
    finally:
        context.close()


def test_quote_speakers_show_without_hovering(browser, pages):
    context, page, _ = open_page(browser, pages["report"], PHONE)
    try:
        page.evaluate("document.querySelector('#art0').closest('details').open = true")
        tags = page.locator("#art0 .speaker-tag")
        assert tags.count() > 0
        assert tags.first.is_visible() and tags.first.inner_text().strip().startswith("—")
    finally:
        context.close()


def test_the_report_prints_everything_within_the_paper_width(browser, pages):
    """Paper cannot open a collapsed section: under print media every section's content is laid
    out (even when no script opened it first, as in a PDF made without the print dialog), and
    nothing is wider than an A4 page (about 800 CSS pixels)."""
    context, page, _ = open_page(browser, pages["report"], {"width": 800, "height": 1100})
    try:
        page.emulate_media(media="print")
        hidden = page.evaluate(
            """() => Array.from(document.querySelectorAll('main details')).filter(d => {
                const inside = d.querySelector(':scope > :not(summary)');
                return d.checkVisibility() && inside && !inside.checkVisibility();  // small lists print leaves out on purpose are not shown at all
            }).length"""
        )
        assert hidden == 0
        assert page.evaluate("document.querySelector('#art0 p.para').checkVisibility()")
        assert page.evaluate(SIDEWAYS) == []
    finally:
        context.close()


@pytest.mark.parametrize(
    ("opener", "selector"),
    [
        ("document.querySelector('#art0').closest('details').open = true", "#art0 mark.m-figure[title]"),
        ("document.querySelectorAll('details').forEach(d => { d.open = true; })", "#framing td[title][tabindex]"),
    ],
    ids=["highlight", "table-cell"],
)
def test_a_tapped_mark_shows_the_note_its_title_holds(browser, pages, opener, selector):
    """A phone shows no tooltip: tapping a highlight (why it is marked) or a table cell (the comparison) writes its title after it."""
    context, page, _ = open_page(browser, pages["report"], PHONE, has_touch=True, is_mobile=True)
    try:
        page.evaluate(opener)
        marks = page.locator(selector)
        assert marks.count() > 0
        mark = marks.first
        note = mark.get_attribute("title")
        shown = "el => getComputedStyle(el, '::after').content"
        assert mark.evaluate(shown) == "none"
        mark.scroll_into_view_if_needed()
        mark.tap()
        assert note in mark.evaluate(shown)
        assert page.evaluate(SIDEWAYS) == []
    finally:
        context.close()
