"""1. Reader: first-load bytes and requests of every built page, and what the first search costs."""

from __future__ import annotations

import re
import statistics

from ..site.pagebytes import first_load, search_index
from ..site.urls import html_files
from .common import SITE


def reader(report) -> None:
    built, stubs = html_files(SITE)
    pages = []
    for html in built:
        r = first_load(SITE, html)
        figures = re.findall(r'<figure class="diagram"[ >].*?</figure>', html.read_text(encoding="utf-8"), flags=re.S)
        pages.append(
            {
                "page": r["page"],
                "requests": len(r["requests"]),
                "raw": r["raw"],
                "gzip": r["gzip"],
                "diagrams": len(figures),
                "diagram_raw": sum(len(f.encode()) for f in figures),
                "lazy_raw": r["lazy_raw"],
                "lazy_gzip": r["lazy_gzip"],
                "lazy": [i["path"] for i in r["lazy"]],
                "external": r["external"],
                "missing": r["missing"],
                "files": [{k: i[k] for k in ("kind", "path", "raw", "gzip")} for i in r["requests"]],
            }
        )

    def stat(key, fn):
        vals = [p[key] for p in pages]
        return fn(vals) if vals else None

    diag = [p for p in pages if p["diagrams"]]
    plain = [p for p in pages if not p["diagrams"]]
    report["reader"] = {
        "pages": len(pages),
        "redirect_stubs": len(stubs),
        "max": {k: stat(k, max) for k in ("raw", "gzip", "requests")},
        "median": {k: stat(k, statistics.median) for k in ("raw", "gzip", "requests")},
        "heaviest_page": max(pages, key=lambda p: p["gzip"])["page"] if pages else None,
        "diagram_pages": len(diag),
        "max_gzip_plain": max((p["gzip"] for p in plain), default=None),
        "max_gzip_diagram": max((p["gzip"] for p in diag), default=None),
        "diagram_inline_raw_max": max((p["diagram_raw"] for p in diag), default=None),
        "search_index": search_index(SITE),
        "first_search": first_search(),
        "first_search_id": first_search("cara refund", "/id/"),
        "ranking": ranking(),
        "tools_hostile": tools_hostile(),
        "external_urls": sorted({u for p in pages for u in p["external"]}),
        "missing_files": sorted({m for p in pages for m in p["missing"]}),
        "per_page": pages,
    }


def ranking() -> dict | None:
    """The four ranking figures per language (first and top 3, tuning and held-out halves of
    tests/search_queries.yml and tests/search_queries.id.yml), measured as tests/test_search.py measures them."""
    import sys

    from playwright.sync_api import sync_playwright

    from ..diagrams import CHROMIUM
    from ..site.server import serve
    from .common import ROOT

    if not (SITE / "pagefind").is_dir():
        return None
    sys.path.insert(0, str(ROOT / "tests"))
    import test_search as ts  # the benchmark's own ranking code, so bench and test cannot disagree

    out = {}
    with serve(SITE, with_headers=True, compress=True) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for language, base, path in (("en", url, ts.QUERIES), ("id", url + "/id", ts.QUERIES_ID)):
            page = browser.new_page()
            out[language] = ts.figures(ts.rank(page, base, ts.load_queries(path)))
            page.close()
        browser.close()
    return out


def tools_hostile() -> dict | None:
    """How long each reader tool takes to answer the hostile inputs of tests/test_tools_hostile.py (5 MB bodies,
    10,000 levels of nesting, …): submit → message, per input, on the built site in Chromium. The test runs the
    same inputs and asserts everything but the time."""
    import statistics
    import sys

    from playwright.sync_api import sync_playwright

    from ..diagrams import CHROMIUM
    from ..site.server import serve
    from .common import ROOT

    if not (SITE / "assets" / "tools").is_dir():
        return None
    sys.path.insert(0, str(ROOT / "tests"))
    import test_tools_hostile as th  # the test's own inputs and harness, so bench and test measure the same

    out = {}
    with serve(SITE, with_headers=True, compress=True) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        runner = th.Tools(browser, url)
        for name in th.PAGES:
            th.check(runner, name, th.nasty_cases(name))
            times = runner.times[name]
            slowest = max(times)
            out[name] = {
                "inputs": len(times),
                "median_ms": round(statistics.median(t for t, _ in times), 1),
                "slowest_ms": round(slowest[0], 1),
                "slowest_input": slowest[1][:160],
            }
        runner.context.close()
        browser.close()
    return out


def first_search(query: str = "refund", start: str = "/") -> dict | None:
    """Bytes the first search costs (gzip, as served): open the home page, wait, note what loaded;
    then focus the box, type `query`, and count every file fetched until its results show."""
    from playwright.sync_api import sync_playwright

    from ..diagrams import CHROMIUM
    from ..site.server import serve

    if not (SITE / "pagefind").is_dir():
        return None
    sizes: list[tuple[str, int]] = []

    def on_response(response) -> None:
        body = response.body() if response.ok else b""
        sizes.append((response.url, int(response.headers.get("content-length") or len(body))))

    with serve(SITE, with_headers=True, compress=True) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.on("response", on_response)
        page.goto(url + start, wait_until="networkidle")
        page.wait_for_timeout(4000)
        before = list(sizes)
        sizes.clear()
        page.locator("input.md-search__input").click()
        page.locator("input.md-search__input").press_sequentially(query)
        page.wait_for_selector(f'.md-search-result[data-search-done="{query}"]', timeout=15000)
        page.wait_for_load_state("networkidle")
        browser.close()
    return {
        "query": query,
        "start": start,
        "page_load_gzip": sum(n for _, n in before),
        "page_load_search_files": [u for u, _ in before if "/pagefind/" in u or "search_index" in u],
        "first_search_gzip": sum(n for _, n in sizes),
        "first_search_requests": len(sizes),
    }
