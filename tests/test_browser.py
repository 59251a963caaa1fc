"""The built site in Debian's Chromium (Playwright), as a reader uses it.

Served on 127.0.0.1 with the security headers from the generated _headers file,
so a Content-Security-Policy violation shows up as a console error here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from conftest import BUILD_DIR, COUNTS, ROOT, tally
from midtrans_docs.budgets import BROWSER_FIRST_VISIT_GZIP, DIAGRAM_MARK, KB
from midtrans_docs.diagrams import MEASURE_TEXT, MIN_TEXT_PX, small_text
from midtrans_docs.site.server import serve
from midtrans_docs.site.urls import content_pages as built_pages
from midtrans_docs.site.urls import source_of
from midtrans_docs.sources.config import load_config, outline

pytestmark = pytest.mark.browser

SHOTS = BUILD_DIR / "screenshots"
OPEN_SHADOW = (
    "const _a=Element.prototype.attachShadow;"
    "Element.prototype.attachShadow=function(o){return _a.call(this,{...o,mode:'open'})}"
)
# Hosts Chromium itself may contact; our pages must never cause any other.
LOCAL = {"127.0.0.1"}
# Files that belong to search: fetched only once the reader shows intent (docs/assets/javascripts/search.js).
SEARCH_FILE = re.compile(r"/pagefind/|search_index|/workers/")
# The byte count covers the whole visit (load, diagrams, axe: 1–2 s) and then waits until the network has been
# idle for 500 ms (Playwright's "networkidle"). No script of the site starts a fetch on a timer (search.js waits
# for intent), so the fixed 2 s wait this replaced only added run time (4.5 min of the run, measured 2026-12-07).


@pytest.fixture(scope="session")
def site_url(site: Path) -> Iterator[str]:
    """The site on 127.0.0.1 with the headers of its _headers file (a CSP violation is a console error),
    gzipped like the hosts it is published on (so the bytes a page fetches are the bytes a reader pays)."""
    with serve(site, with_headers=True, compress=True) as url:
        yield url


@pytest.fixture
def page(page):
    page.add_init_script(OPEN_SHADOW)
    return page


def content_pages(site: Path) -> list[str]:
    """URL paths of every real page (not the legacy redirect stubs, not the 404 page)."""
    return [
        "/" + p.relative_to(site).as_posix()[: -len("index.html")] for p in built_pages(site) if p.name == "index.html"
    ]


async def served_bytes(response) -> int:
    """Bytes of a response as served (gzip where the server compresses): Content-Length, else the body."""
    length = response.headers.get("content-length")
    if length:
        return int(length)
    try:
        return len(await response.body())
    except Exception:  # redirects and aborted requests have no body
        return 0


def kb(n: int) -> str:
    return f"{n / KB:.1f} KB"


def needs_axe(path: str) -> bool:
    """axe on every English page; on the Indonesian edition, its home and area overviews. Both editions are
    the same templates, components and Markdown structure (checks/i18n.py holds the translations to it), so
    axe would repeat the English findings; the overviews cover what only the edition has (lang, switcher).
    Every Indonesian page still gets the other checks (errors, hosts, diagrams, bytes)."""
    return not path.startswith("/id/") or path.count("/") <= 3


# What decides a text's contrast: its color, the background it is drawn on (the nearest opaque one, or an
# image), its size and weight, and the opacity it inherits. axe's color-contrast rule takes about two thirds of
# axe's time on a page (1–2 s, measured 2026-12-07) and answers the same for the same combination, so it runs on a
# page only when the page draws a visible text style no page checked before it did; every combination the site
# draws is still checked once. The other axe rules run on every page.
TEXT_STYLES = """() => {
  const opaque = (c) => c !== "rgba(0, 0, 0, 0)" && c !== "transparent";
  const behind = new Map(), alpha = new Map(), styles = new Set();
  const background = (el) => {
    if (!el) return "none";
    if (!behind.has(el)) {
      const s = getComputedStyle(el);
      behind.set(el, s.backgroundImage !== "none" ? "image" : opaque(s.backgroundColor) ? s.backgroundColor
        : background(el.parentElement));
    }
    return behind.get(el);
  };
  const opacity = (el) => {
    if (!el) return 1;
    if (!alpha.has(el)) alpha.set(el, Number(getComputedStyle(el).opacity) * opacity(el.parentElement));
    return alpha.get(el);
  };
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node; (node = walk.nextNode()); ) {
    const el = node.parentElement;
    if (!el || !node.data.trim() || !el.checkVisibility({ visibilityProperty: true })) continue;
    const s = getComputedStyle(el);
    styles.add([s.color, background(el), s.fontSize, s.fontWeight, opacity(el).toFixed(2)].join(" "));
  }
  return [...styles];
}"""
CONTRAST_CHECKED: set[str] = set()  # text styles axe's color-contrast rule has passed in this process
CONTRAST_RUNS: list[str] = []  # the pages it ran on, in order (the negative test reads it)


async def check_page(context, url: str, path: str, axe) -> tuple[list[str], int, int]:
    """(failures, diagrams drawn, bytes fetched) of one first visit to a page, with no interaction: console
    errors, requests to other hosts, serious axe violations, diagrams that are not a visible SVG, any search
    file fetched, and more than BROWSER_FIRST_VISIT_GZIP fetched in all (gzip, as served)."""
    page = await context.new_page()
    errors: list[str] = []
    external: list[str] = []
    early_search: list[str] = []
    fetched: dict[str, int] = {}

    def on_console(message) -> None:
        if message.type == "error":
            errors.append(message.text)

    def on_request(request) -> None:
        if request.url.startswith(("http:", "https:")) and urlparse(request.url).hostname not in LOCAL:
            external.append(request.url)
        if SEARCH_FILE.search(request.url):
            early_search.append(request.url)

    async def on_response(response) -> None:
        if response.url.startswith(("http:", "https:")):
            fetched[response.url] = await served_bytes(response)

    page.on("console", on_console)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", on_request)
    page.on("response", on_response)
    await page.goto(url + path, wait_until="load")
    figures = page.locator("figure.diagram")
    count = await figures.count()
    drawn = 0
    for i in range(count):
        box = await figures.nth(i).locator("svg").first.bounding_box()
        drawn += bool(box and box["width"] > 100 and box["height"] > 50)
    failures = [f"{path}: {count - drawn} of {count} diagram(s) not shown as a visible SVG"] if drawn < count else []
    options: dict = {"resultTypes": ["violations"]}
    styles = set(await page.evaluate(TEXT_STYLES)) if needs_axe(path) else set()
    if styles <= CONTRAST_CHECKED:
        options["rules"] = {"color-contrast": {"enabled": False}}
    elif needs_axe(path):
        CONTRAST_RUNS.append(path)
    result = await axe.run(page, options=options) if needs_axe(path) else None
    if result and not any(v["id"] == "color-contrast" for v in result.response["violations"]):
        CONTRAST_CHECKED.update(styles)
    for violation in result.response["violations"] if result else []:
        if violation["impact"] in ("serious", "critical"):
            targets = [n["target"] for n in violation["nodes"]][:3]
            failures.append(f"{path}: axe {violation['impact']} {violation['id']}: {violation['help']} {targets}")
    # Whatever the page fetches on its own after load: usually nothing, as axe already took a second or more.
    await page.wait_for_load_state("networkidle")
    failures.extend(f"{path}: console error: {e}" for e in errors)
    failures.extend(f"{path}: request to another host: {u}" for u in external)
    failures.extend(
        f"{path}: search file fetched before the reader searched: {u} → load search only on intent "
        "(docs/assets/javascripts/search.js); keep Material's `search` plugin out of mkdocs.yml"
        for u in early_search
    )
    total = sum(fetched.values())
    if total > BROWSER_FIRST_VISIT_GZIP:
        heaviest = sorted(fetched.items(), key=lambda item: -item[1])[:3]
        failures.append(
            f"{path}: first visit fetches {kb(total)} gzip in {len(fetched)} files, over the "
            f"{BROWSER_FIRST_VISIT_GZIP // KB} KB budget (midtrans_docs/budgets.py); heaviest: "
            + ", ".join(f"{urlparse(u).path} {kb(n)}" for u, n in heaviest)
            + " → load it lazily or on intent, or make it smaller"
        )
    await page.close()
    return failures, drawn, total


def located(failure: str, site: Path) -> str:
    """A failure of check_page ("/snap/: axe …") led by the page's Markdown source and a line, as every check
    reports a writer's mistake: "docs/snap/index.md:1: /snap/: axe …"."""
    path = failure.split(": ", 1)[0]
    source = source_of(site, ROOT, site / path.strip("/") / "index.html")
    return f"{source.relative_to(ROOT) if source.is_relative_to(ROOT) else source}:1: {failure}"


def visit_pages(site_url: str, paths: list[str], launch_args: dict) -> list[tuple[list[str], int, int]]:
    """check_page for each path, two at a time, each in a fresh browser context (a first visit: empty cache).
    In a thread of its own: pytest-playwright's sync browser may already run an event loop in this one."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, _visit_pages(site_url, paths, launch_args)).result()


async def _visit_pages(site_url: str, paths: list[str], launch_args: dict) -> list[tuple[list[str], int, int]]:
    import asyncio

    from axe_playwright_python.async_playwright import Axe
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(**launch_args)
        axe = Axe()
        gate = asyncio.Semaphore(2)
        light = asyncio.Semaphore(4)  # pages without axe mostly wait for the network to go idle: more at once

        async def one(path: str) -> tuple[list[str], int, int]:
            async with gate if needs_axe(path) else light:
                context = await browser.new_context()
                await context.add_init_script(OPEN_SHADOW)
                try:
                    return await check_page(context, site_url, path, axe)
                finally:
                    await context.close()

        results = await asyncio.gather(*(one(path) for path in paths))
        await browser.close()
        return list(results)


SHARDS = 4  # the every-page visit in four parts, so that `make test`'s xdist workers share it


@pytest.mark.parametrize("shard", range(SHARDS), ids=lambda n: f"part{n + 1}of{SHARDS}")
def test_every_page_clean_accessible_drawn_and_light(site, site_url, browser_type_launch_args, shard):
    """On every page, one first visit with no interaction: no console error, no third-party request, axe
    finds nothing serious, diagrams draw, no search file, and at most 120 KB gzip fetched in all.

    axe dominates the run time (1–3 s a page), so pages are checked two at a time in separate tabs, and the
    pages are split into SHARDS parts that xdist runs side by side.
    """
    pages = content_pages(site)[shard::SHARDS]
    contrast_before = len(CONTRAST_RUNS)
    results = visit_pages(site_url, pages, browser_type_launch_args)
    tally("browser: pages axe checked for color contrast (new text styles)", len(CONTRAST_RUNS) - contrast_before)
    failures = [located(failure, site) for found, _, _ in results for failure in found]
    tally("browser: pages checked (errors, hosts, axe, bytes)", len(pages))
    tally("browser: diagrams shown (inline SVG)", sum(drawn for _, drawn, _ in results))
    heaviest = max(range(len(pages)), key=lambda i: results[i][2])
    tally("browser: first visit, heaviest page (gzip)", f"{kb(results[heaviest][2])} {pages[heaviest]}", "max")
    assert not failures, "\n".join(sorted(failures))


def test_contrast_runs_where_a_page_draws_a_new_text_style(site, tmp_path, browser_type_launch_args):
    """Negative test for the color-contrast shortcut of check_page: a page whose text styles were all checked
    before is not checked again, and a page that adds pale text is checked and fails, named by its page."""
    import shutil

    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    snap = copy / "snap" / "index.html"
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", snap.read_text(encoding="utf-8"), count=1)
    snap.write_text(html.replace("</h1>", '</h1><p style="color: #c8c8c8">Pale text</p>', 1), encoding="utf-8")
    CONTRAST_CHECKED.clear()
    CONTRAST_RUNS.clear()
    with serve(copy, compress=True) as url:
        visit_pages(url, ["/reference/quickstart/"], browser_type_launch_args)
        results = visit_pages(url, ["/reference/quickstart/", "/snap/"], browser_type_launch_args)
    assert CONTRAST_RUNS == ["/reference/quickstart/", "/snap/"], CONTRAST_RUNS
    (quick, _, _), (failures, _, _) = results
    assert not quick, quick
    assert any(f.startswith("/snap/: axe serious color-contrast") for f in failures), failures


def test_tabs_reach_each_area_and_footer_navigates(page, site_url):
    page.goto(site_url + "/")
    sections = outline(load_config(ROOT))  # the nav's top level: (label, first page)
    labels = page.locator(".md-tabs__link")
    names = [labels.nth(i).inner_text().strip() for i in range(labels.count())]
    assert names[: len(sections)] == [label for label, _ in sections], names
    expected = ["/" + first.removesuffix("index.md") for _, first in sections]
    for name, path in zip(names, expected, strict=False):
        page.locator(".md-tabs__link", has_text=name).first.click()
        expect(page).to_have_url(site_url + path)
        expect(page.locator("article h1")).to_be_visible()
    page.goto(site_url + "/snap/")
    nxt = page.locator("a.md-footer__link--next")
    title = nxt.get_attribute("aria-label") or ""
    nxt.click()
    expect(page).to_have_url(re.compile(r"/snap/backend-integration/$"))
    assert "Backend integration" in title or page.title().startswith("Backend integration")
    page.locator("a.md-footer__link--prev").click()
    expect(page).to_have_url(site_url + "/snap/")


def test_language_choice_carries_across_pages(page, site_url):
    page.goto(site_url + "/snap/backend-integration/")
    page.locator(".tabbed-labels > label", has_text="Python").first.click()
    page.goto(site_url + "/reference/quickstart/")
    label = page.locator(".tabbed-set").first.locator(".tabbed-labels > label", has_text="Python")
    input_id = label.get_attribute("for")
    expect(page.locator(f"input#{input_id}")).to_be_checked()


def test_copy_button_copies_the_code(page, context, site_url):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    page.goto(site_url + "/reference/rest-api-basics/")
    # Material adds the copy button when a block first comes into view (content.lazy in mkdocs.yml).
    block = page.locator(".md-typeset .highlight pre").first
    block.scroll_into_view_if_needed()
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")

    # inner_text() renders each highlighted line span as its own line; compare the text, not blank lines.
    def lines(text: str) -> list[str]:
        return [line for line in text.splitlines() if line.strip()]

    assert copied.strip() and lines(copied) == lines(block.locator("code").inner_text())


def _scheme(page) -> str:
    return page.locator("body").get_attribute("data-md-color-scheme") or ""


def test_dark_mode_toggle_persists(page, site_url):
    page.emulate_media(color_scheme="light")
    page.goto(site_url + "/")
    for _ in range(3):
        if _scheme(page) == "slate":
            break
        page.locator("form[data-mt-palette] label:visible").first.click()  # overrides/partials/palette.html
    assert _scheme(page) == "slate"
    page.goto(site_url + "/snap/")
    assert _scheme(page) == "slate"


def test_diagrams_show_without_javascript(browser, site_url):
    """Diagrams are SVG in the HTML: they show with JavaScript off, on a white card in dark mode too."""
    context = browser.new_context(java_script_enabled=False, color_scheme="dark")
    page = context.new_page()
    page.goto(site_url + "/snap/")
    figure = page.locator("figure.diagram").first
    box = figure.locator("svg").bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100, (
        "docs/snap/index.md:1: the diagram is not visible without JavaScript "
        "→ keep midtrans_docs/hooks/diagrams.py in mkdocs.yml"
    )
    background = figure.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background == "rgb(255, 255, 255)", (
        f"docs/assets/stylesheets/extra.css:1: diagram card is {background} → keep figure.diagram white in both schemes"
    )
    context.close()


def test_mobile_drawer_opens_and_navigates(browser, site_url):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_url + "/")
    page.locator("label.md-header__button[for=__drawer]").click()
    drawer = page.locator("nav.md-nav--primary")
    expect(drawer).to_be_visible()
    drawer.locator("a.md-nav__link", has_text=re.compile(r"^\s*Snap\s*$")).first.click()
    expect(page).to_have_url(re.compile(r"/snap/$"))
    page.locator("label.md-header__button[for=__drawer]").click()
    link = drawer.locator("a.md-nav__link", has_text=re.compile(r"^\s*Backend integration\s*$")).first
    expect(link).to_be_visible()
    link.click()
    expect(page).to_have_url(re.compile(r"/snap/backend-integration/$"))
    context.close()


def diagram_pages(site: Path) -> list[str]:
    return [p for p in content_pages(site) if DIAGRAM_MARK in (site / p.lstrip("/") / "index.html").read_text("utf-8")]


@pytest.mark.parametrize("width", sorted(MIN_TEXT_PX))
def test_diagram_text_is_readable(browser, site, site_url, width):
    """Every diagram's smallest text, as drawn, is at least 12 px at 1280 px and 11 px at 360 px."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    measured: list[dict] = []
    for path in diagram_pages(site):
        page.goto(site_url + path, wait_until="load")
        measured.extend(page.evaluate(MEASURE_TEXT))
    context.close()
    assert len(measured) >= 30, f"only {len(measured)} diagrams measured"
    smallest = min(m["smallest"] for m in measured if m["smallest"] is not None)
    COUNTS[f"browser: diagrams measured at {width} px (smallest text {smallest:.1f} px)"] = len(measured)
    problems = small_text(measured, width)
    assert not problems, "\n".join(problems)


def test_diagram_text_check_fails_on_small_text(browser, site_url):
    """Negative: a diagram squeezed into 200 px is reported with its page and line."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(site_url + "/after-payment/status-cycle/", wait_until="load")
    page.add_style_tag(content="figure.diagram svg { width: 200px !important; max-width: 200px !important }")
    problems = small_text(page.evaluate(MEASURE_TEXT), 1280)
    context.close()
    assert problems and re.match(r"docs/after-payment/status-cycle\.md:\d+: diagram text drawn at \d", problems[0]), (
        problems
    )


def test_diagram_opens_full_screen_and_closes(browser, site_url):
    """The viewer: keyboard reachable, zoomable, closes with Escape and with its Close button."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(site_url + "/core-api/", wait_until="load")
    opener = page.locator("figure.diagram .diagram__open").first
    opener.focus()
    page.keyboard.press("Enter")
    dialog = page.locator("dialog.diagram-viewer")
    expect(dialog).to_be_visible()
    svg = dialog.locator("svg")
    before = svg.bounding_box()["width"]
    dialog.get_by_role("button", name="Zoom in").click()
    assert svg.bounding_box()["width"] > before * 1.2, "docs/assets/javascripts/reader.js:1: Zoom in did not enlarge"
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(page.locator("figure.diagram").first.locator("svg")).to_be_visible()
    expect(opener).to_be_focused()
    opener.click()
    dialog.get_by_role("button", name="Close full-screen diagram").click()
    expect(dialog).to_be_hidden()
    assert not errors, errors
    context.close()


def test_phone_tables_code_and_polish(browser, site_url):
    """At 360 px: the field name stays in view while a parameter table scrolls, with a cue;
    the copy button sits above the first code line; tab labels are not underlined; titles name the
    site once; "Last updated" is labeled; the feedback widget shows and thanks without sending."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.method))
    page.goto(site_url + "/snap/backend-integration/", wait_until="load")
    wrap = page.locator(".md-typeset__scrollwrap").filter(has=page.locator("th", has_text="Required")).first
    wrap.scroll_into_view_if_needed()
    expect(page.locator(".scroll-cue", has_text="Scroll sideways").first).to_be_visible()
    name = wrap.locator("tbody tr td:first-child").first
    left = name.bounding_box()["x"]
    wrap.evaluate("el => { el.scrollLeft = 400 }")
    page.wait_for_timeout(100)
    assert -1 <= name.bounding_box()["x"] <= left + 1, (
        "docs/assets/stylesheets/extra.css:1: the field name scrolled away with the table → keep td:first-child sticky"
    )
    pre = page.locator(".md-typeset .highlight pre").first
    pre.scroll_into_view_if_needed()  # the copy button is added when the block comes into view (content.lazy)
    copy = pre.locator("button").first.bounding_box()
    first_line = pre.locator("code").evaluate(
        "el => { const r = document.createRange(); r.setStart(el, 0); r.setEnd(el, 1);"
        " const b = r.getClientRects()[0] || el.getBoundingClientRect();"
        " return {top: b.top + window.scrollY, y: b.top}; }"
    )
    assert copy["y"] + copy["height"] <= first_line["y"] + 1, (
        "docs/assets/stylesheets/extra.css:1: the copy button covers the first code line → keep the top strip in pre"
    )
    label = page.locator(".tabbed-labels > label").first
    decoration = label.evaluate("el => getComputedStyle(el.querySelector('a') || el).textDecorationLine")
    assert decoration == "none", f"docs/assets/stylesheets/extra.css:1: tab labels are {decoration} → no underline"
    assert page.title() == "Backend integration – Midtrans Docs", page.title()
    form = page.locator("form.md-feedback")
    expect(form).to_be_visible()
    form.scroll_into_view_if_needed()
    before = len([m for m in requests if m != "GET"])
    form.locator("button[data-md-value='1']").click()
    expect(form.locator(".md-feedback__note [data-md-value='1']")).to_be_visible()
    assert len([m for m in requests if m != "GET"]) == before, "the feedback widget sent something"
    page.goto(site_url + "/", wait_until="load")
    assert page.title() == "Midtrans Docs", page.title()
    expect(page.locator("form.md-feedback")).to_be_visible()
    context.close()


def test_last_updated_is_labeled(site):
    html = (site / "snap" / "index.html").read_text("utf-8")
    assert "Last updated:" in html, "overrides/partials/source-file.html:1: the page date has no label → keep it"


def test_screenshots(browser, site_url):
    """Home, a guide, the status diagram, a sequence diagram full-screen, a parameter table and a code block,
    light/dark × desktop/360 px, kept by CI in build/screenshots."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    shots = 0
    for scheme in ("light", "dark"):
        for name, size in (("desktop", {"width": 1280, "height": 900}), ("mobile", {"width": 360, "height": 740})):
            context = browser.new_context(viewport=size, color_scheme=scheme)
            page = context.new_page()
            page.add_init_script(OPEN_SHADOW)
            for slug, path in (
                ("home", "/"),
                ("snap-backend", "/snap/backend-integration/"),
                ("snap-overview", "/snap/"),
            ):
                page.goto(site_url + path, wait_until="networkidle")
                page.screenshot(path=str(SHOTS / f"{slug}-{scheme}-{name}.png"))
                shots += 1
            page.goto(site_url + "/after-payment/status-cycle/", wait_until="networkidle")
            page.locator("figure.diagram").first.screenshot(path=str(SHOTS / f"status-diagram-{scheme}-{name}.png"))
            page.goto(site_url + "/snap/backend-integration/", wait_until="networkidle")
            table = page.locator(".md-typeset__scrollwrap").filter(has=page.locator("th", has_text="Required")).first
            table.evaluate("el => el.scrollIntoView({block: 'center'})")
            page.screenshot(path=str(SHOTS / f"parameter-table-{scheme}-{name}.png"))
            page.locator(".tabbed-set").first.evaluate("el => el.scrollIntoView({block: 'start'})")
            page.screenshot(path=str(SHOTS / f"code-block-{scheme}-{name}.png"))
            page.goto(site_url + "/core-api/", wait_until="networkidle")
            page.locator("figure.diagram .diagram__open").first.click()
            page.wait_for_timeout(200)
            page.screenshot(path=str(SHOTS / f"sequence-full-screen-{scheme}-{name}.png"))
            shots += 4
            context.close()
    COUNTS["browser: screenshots in build/screenshots"] = shots
