"""Site search (Pagefind behind Material's header box) in Chromium, served with the site's _headers (CSP).

The ranking benchmark is tests/search_queries.yml: every query is typed into the real search box,
in one browser page, and the first result pages are compared with the expected ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
import yaml
from playwright.sync_api import Page, expect

from conftest import BUILD_DIR, COUNTS, ROOT
from midtrans_docs.site.server import serve

pytestmark = pytest.mark.browser

QUERIES = ROOT / "tests" / "search_queries.yml"
SHOTS = BUILD_DIR / "screenshots"
FIRST_SHARE = 0.90  # an expected page first for at least this share of all queries; top 3 for every one
BOX = "input.md-search__input"
RESULTS = ".md-search-result"


def load_queries(path: Path = QUERIES) -> dict[str, list[dict[str, Any]]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def query_line(query: str, path: Path = QUERIES) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if re.search(r"query:\s*\"?" + re.escape(query) + r"\"?\s*,", line):
            return number
    return 1


@pytest.fixture(scope="module")
def search_url(site: Path) -> Iterator[str]:
    with serve(site, with_headers=True, compress=True) as url:
        yield url


def result_pages(page: Page) -> list[str]:
    """Distinct result pages, in order, as paths below the site root ("snap/advanced-features/")."""
    hrefs = page.eval_on_selector_all(
        ".md-search-result__item > a.md-search-result__link:first-child", "els => els.map(e => e.href)"
    )
    pages: list[str] = []
    for href in hrefs:
        path = urlparse(href).path.lstrip("/")
        if path not in pages:
            pages.append(path)
    return pages


def run_query(page: Page, query: str) -> list[str]:
    box = page.locator(BOX)
    box.fill("")
    box.press_sequentially(query)
    expect(page.locator(RESULTS)).to_have_attribute("data-search-done", query, timeout=10000)
    return result_pages(page)


def rank(page: Page, base: str, groups: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Type every query into the header box of one page; per group: first and top-3 hits, misses."""
    page.goto(base + "/")
    page.keyboard.press("/")
    expect(page.locator(BOX)).to_be_focused()
    score: dict[str, Any] = {"groups": {}, "misses": []}
    for group, queries in groups.items():
        first = top3 = 0
        for entry in queries:
            query, expected = str(entry["query"]), [str(e) for e in entry["expect"]]
            pages = run_query(page, query)
            is_first = bool(pages) and pages[0] in expected
            in_top3 = any(p in expected for p in pages[:3])
            first += is_first
            top3 += in_top3
            if not is_first:
                score["misses"].append((query, expected, pages[:3], in_top3))
        score["groups"][group] = (first, top3, len(queries))
    return score


def test_search_ranking(page: Page, search_url: str) -> None:
    """Right page first for ≥ 90 % of tests/search_queries.yml, and in the top 3 for all."""
    score = rank(page, search_url, load_queries())
    total = sum(n for _, _, n in score["groups"].values())
    first = sum(f for f, _, _ in score["groups"].values())
    for group, (f, t, n) in score["groups"].items():
        COUNTS[f"search: {group} first / top 3 / queries"] = f"{f} / {t} / {n}"  # type: ignore[assignment]
    problems = [
        f"tests/search_queries.yml:{query_line(query)}: '{query}' gives {got or 'no results'}, "
        f"expected {' or '.join(expected)} {'first' if top3 else 'in the top 3'} → add the words readers type "
        "to that page's `keywords:` front matter, title or description (CONTRIBUTING.md, Search)"
        for query, expected, got, top3 in score["misses"]
    ]
    not_top3 = [p for p, (*_, top3) in zip(problems, score["misses"], strict=True) if not top3]
    assert not not_top3 and first >= FIRST_SHARE * total, (
        f"{first}/{total} first ({first / total:.0%}, need {FIRST_SHARE:.0%}); "
        f"{len(not_top3)} not in the top 3:\n" + "\n".join(problems)
    )


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Idempotency-Key", {"reference/rest-api-basics/", "core-api/advanced-features/"}),
        ("X-Override-Notification", {"after-payment/http-notification/", "core-api/advanced-features/"}),
        ("signature_key", {"after-payment/http-notification/"}),
        ("gross_amount", {"snap/backend-integration/", "reference/rest-api-basics/", "reference/troubleshooting/"}),
        ("snap.js", {"snap/frontend-integration/"}),
        ("SB-Mid-server-", {"account/access-keys/", "reference/rest-api-basics/"}),
    ],
)
def test_identifiers_are_found(page: Page, search_url: str, query: str, expected: set[str]) -> None:
    page.goto(search_url + "/snap/")
    page.locator(BOX).click()
    pages = run_query(page, query)
    assert pages and pages[0] in expected, f"'{query}': first pages {pages[:3]}, expected one of {sorted(expected)}"


def test_nothing_loads_until_intent_then_search_works_under_csp(page: Page, search_url: str) -> None:
    """No Pagefind file before intent; the `s` shortcut opens the box; results show "Section › Page" and a
    heading link; Escape closes; no console error (the CSP of _headers applies)."""
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(search_url + "/reference/quickstart/", wait_until="networkidle")
    page.wait_for_timeout(1500)
    early = [u for u in requests if "/pagefind/" in u or "search_index" in u or "/workers/" in u]
    assert not early, f"search files fetched before any intent: {early}"
    page.keyboard.press("s")
    box = page.locator(BOX)
    expect(box).to_be_focused()
    assert page.locator("#__search").is_checked()
    pages = run_query(page, "advanced features")
    assert any("/pagefind/" in u for u in requests)
    titles = page.locator(".md-search-result__item h1").all_inner_texts()
    assert any(t.strip() in ("Snap › Advanced features", "Core API › Advanced features") for t in titles), titles
    heading = page.locator(".md-search-result__item a.md-search-result__link:not(:first-child)").first
    expect(heading).to_have_attribute("href", re.compile(r"#"))
    assert pages
    page.keyboard.press("ArrowDown")
    expect(page.locator(".md-search-result__link").first).to_be_focused()
    page.keyboard.press("Escape")
    assert not page.locator("#__search").is_checked()
    # Enter follows the first result.
    page.keyboard.press("/")
    run_query(page, "cara refund")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/after-payment/status-cycle/"))
    assert not errors, errors


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 360])
def test_search_screenshots(browser, search_url: str, scheme: str, width: int) -> None:
    """The search open with results, kept in build/screenshots for a look (light/dark × desktop/phone)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme)
    page = context.new_page()
    page.goto(search_url + "/snap/")
    if width < 1220:
        page.locator("label.md-header__button[for=__search]").click()
    else:
        page.locator(BOX).click()
    pages = run_query(page, "expiry")
    assert pages
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    page.screenshot(path=str(SHOTS / f"search-{scheme}-{width}.png"))
    context.close()
