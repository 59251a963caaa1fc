"""Site search (Pagefind behind Material's header box) in Chromium, served with the site's _headers (CSP).

The ranking benchmark is tests/search_queries.yml: every query is typed into the real search box,
in one browser page, and the first result pages are compared with the expected ones.
"""

from __future__ import annotations

import hashlib
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
QUERIES_ID = ROOT / "tests" / "search_queries.id.yml"  # typed on an Indonesian page: the Indonesian index
SHOTS = BUILD_DIR / "screenshots"
# The bar, for each half of each query file: an expected page first for this share, in the top 3 for this share.
FIRST_SHARE = 0.90
TOP3_SHARE = 0.98
HALVES = ("tuning", "held-out")
# Issue 28's bar above is not reached yet on the grown query files (figures in COUNTS and `make bench`).
# Until it is, each language and half must not fall below what it measured when the files grew (shares of
# first, top 3); raise these as ranking improves, and delete them once FIRST_SHARE and TOP3_SHARE hold.
FLOOR = {
    ("en", "tuning"): (0.84, 0.96),
    ("en", "held-out"): (0.76, 0.94),
    ("id", "tuning"): (0.83, 0.94),
    ("id", "held-out"): (0.72, 0.91),
}
BOX = "input.md-search__input"
RESULTS = ".md-search-result"


def load_queries(path: Path = QUERIES) -> dict[str, list[dict[str, Any]]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def half_of(query: str) -> str:
    """The fixed split of a query file: the first byte of SHA-256 of the query (trimmed, case-folded) is even for
    the tuning half and odd for the held-out half. It depends on the query alone, so an appended or reordered
    query never moves another one to the other half. Tune ranking on the tuning half only."""
    digest = hashlib.sha256(str(query).strip().casefold().encode("utf-8")).digest()
    return HALVES[digest[0] % 2]


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


def run_query(page: Page, query: str, typed: bool = False) -> list[str]:
    """The result pages for `query`: pasted into the box (one input event, as a paste or an autofill gives), or
    typed key by key (typed=True: every keystroke starts a search that the next one supersedes)."""
    box = page.locator(BOX)
    box.fill("")
    if typed:
        box.press_sequentially(query)
    else:
        box.fill(query)
    expect(page.locator(RESULTS)).to_have_attribute("data-search-done", query, timeout=10000)
    return result_pages(page)


def rank(page: Page, base: str, groups: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Type every query into the header box of one page. Per group and per half (half_of): first and top-3
    hits and the number of queries; the misses with their half."""
    page.goto(base + "/")
    page.keyboard.press("/")
    expect(page.locator(BOX)).to_be_focused()
    score: dict[str, Any] = {"groups": {}, "halves": {h: [0, 0, 0] for h in HALVES}, "misses": []}
    for group, queries in groups.items():
        first = top3 = 0
        for entry in queries:
            query, expected = str(entry["query"]), [str(e) for e in entry["expect"]]
            pages = run_query(page, query)
            is_first = bool(pages) and pages[0] in expected
            in_top3 = any(p in expected for p in pages[:3])
            first += is_first
            top3 += in_top3
            tally = score["halves"][half_of(query)]
            tally[0] += is_first
            tally[1] += in_top3
            tally[2] += 1
            if not is_first:
                score["misses"].append((query, expected, pages[:3], in_top3))
        score["groups"][group] = (first, top3, len(queries))
    return score


def figures(score: dict[str, Any]) -> dict[str, str]:
    """The four figures (first and top 3, per half) as "f/n (p %)", for reports and `make bench`."""
    out = {}
    for half, (first, top3, n) in score["halves"].items():
        out[f"{half} first"] = f"{first}/{n} ({first / n:.0%})" if n else "0/0"
        out[f"{half} top 3"] = f"{top3}/{n} ({top3 / n:.0%})" if n else "0/0"
    return out


def ranking_problems(
    score: dict[str, Any], path: Path, site: Path, bar: dict[str, tuple[float, float]] | None = None
) -> list[str]:
    """`path:line: what → fix` for every query whose expected page is not first, after a leading verdict
    line, when either half is under the bar (FIRST_SHARE first, TOP3_SHARE in the top 3) or an expected page
    is not a page of the site at all. Empty when the query file passes."""
    rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    lines: list[str] = []
    unreachable = 0
    for group in load_queries(path).values():
        for entry in group:
            for expected in entry["expect"]:
                if not (site / str(expected) / "index.html").is_file():
                    unreachable += 1
                    lines.append(
                        f"{rel}:{query_line(str(entry['query']), path)}: '{entry['query']}' expects {expected}, "
                        "which is not a page of the built site → fix the path (URL path below the site root)"
                    )
    for query, expected, got, top3 in score["misses"]:
        lines.append(
            f"{rel}:{query_line(query, path)}: ({half_of(query)}) '{query}' gives {got or 'no results'}, "
            f"expected {' or '.join(expected)} {'first' if top3 else 'in the top 3'} → add the words readers type "
            "to that page's `keywords:` front matter, title or description (CONTRIBUTING.md, Search); for a "
            "whole class of words, data/search-synonyms.yml"
        )
    verdicts = []
    for half, (first, top3, n) in score["halves"].items():
        need_first, need_top3 = (bar or {}).get(half, (FIRST_SHARE, TOP3_SHARE))
        if n and (first < need_first * n or top3 < need_top3 * n):
            verdicts.append(
                f"{half}: {first}/{n} first ({first / n:.0%}, need {need_first:.0%}), "
                f"{top3}/{n} in the top 3 ({top3 / n:.0%}, need {need_top3:.0%})"
            )
    if not verdicts and not unreachable:
        return []
    return ["; ".join(verdicts + [f"{unreachable} expected page(s) not in the site"]) + ":", *lines]


def test_query_files_are_large_split_and_sourced() -> None:
    """Issue 28: at least 150 English and 100 Indonesian queries, each with its `source:`, and neither half of
    either file is small (the split is by hash, so about half each)."""
    for path, least in ((QUERIES, 150), (QUERIES_ID, 100)):
        entries = [e for group in load_queries(path).values() for e in group]
        assert len(entries) >= least, f"{path.name}: {len(entries)} queries, need {least}"
        unsourced = [e["query"] for e in entries if not str(e.get("source") or "").strip()]
        assert not unsourced, f"{path.name}: queries without `source:` → say where each came from: {unsourced}"
        queries = [str(e["query"]).strip().casefold() for e in entries]
        assert len(set(queries)) == len(queries), f"{path.name}: a query is listed twice"
        tuning = sum(half_of(q) == "tuning" for q in queries)
        assert 0.35 * len(queries) < tuning < 0.65 * len(queries), (path.name, tuning, len(queries))


@pytest.mark.parametrize("lang", ["en", "id"])
def test_search_ranking(page: Page, search_url: str, site: Path, lang: str) -> None:
    """Each half of tests/search_queries.yml (typed on an English page) and of search_queries.id.yml (typed on an
    Indonesian page, answered by the Indonesian index): right page first for ≥ 90 %, in the top 3 for ≥ 98 %
    (issue 28's bar; FLOOR until it is reached)."""
    file = QUERIES_ID if lang == "id" else QUERIES
    score = rank(page, search_url + ("/id" if lang == "id" else ""), load_queries(file))
    label = "search" if lang == "en" else "search (id)"
    for group, (f, t, n) in score["groups"].items():
        COUNTS[f"{label}: {group} first / top 3 / queries"] = f"{f} / {t} / {n}"  # type: ignore[assignment]
    for key, value in figures(score).items():
        COUNTS[f"search ({lang}): {key}"] = value  # type: ignore[assignment]
    problems = ranking_problems(score, file, site, {h: FLOOR[(lang, h)] for h in HALVES})
    assert not problems, "\n".join(problems)


def test_ranking_check_fails_on_a_wrong_or_missing_page(
    page: Page, search_url: str, site: Path, tmp_path: Path
) -> None:
    """Negative test: a query file whose expected pages do not rank, or do not exist, fails with its lines."""
    queries = tmp_path / "search_queries.yml"
    queries.write_text(
        "tiny:\n"
        "  - {query: signature_key, expect: [after-payment/http-notification/]}\n"
        "  - {query: refund, expect: [iris/beneficiaries/]}\n"
        "  - {query: gopay, expect: [core-api/no-such-page/]}\n",
        encoding="utf-8",
    )
    score = rank(page, search_url, load_queries(queries))
    assert score["groups"]["tiny"][0] == 1, score
    assert sum(n for *_, n in score["halves"].values()) == 3, score
    problems = ranking_problems(score, queries, site)
    assert problems and "need 90%" in problems[0] and "1 expected page(s) not in the site" in problems[0], problems
    assert any(
        p.startswith(f"{queries}:3: ({half_of('refund')}) 'refund' gives") and "in the top 3 →" in p for p in problems
    ), problems
    assert any(
        p.startswith(f"{queries}:4: 'gopay' expects core-api/no-such-page/, which is not a page") for p in problems
    )
    assert not any(":2:" in p for p in problems), problems


def test_load_time_checks_fail_on_a_search_file_or_a_heavy_page(
    site: Path, tmp_path: Path, browser_type_launch_args
) -> None:
    """Negative test for tests/test_browser.py's every-page visit: a copy of the site where one page loads
    Pagefind at load time and another loads 200 KB more; each fails, named by its page."""
    import os
    import shutil

    from test_browser import located, visit_pages

    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    snap = copy / "snap" / "index.html"
    snap.write_text(
        snap.read_text(encoding="utf-8").replace(
            "</head>", '<script type="module" src="../pagefind/pagefind.js"></script></head>', 1
        ),
        encoding="utf-8",
    )
    (copy / "assets" / "heavy.png").write_bytes(os.urandom(200 * 1024))  # incompressible
    quick = copy / "reference" / "quickstart" / "index.html"
    quick.write_text(
        quick.read_text(encoding="utf-8").replace("</body>", '<img src="../../assets/heavy.png" alt=""></body>', 1),
        encoding="utf-8",
    )
    with serve(copy, with_headers=True, compress=True) as url:
        results = visit_pages(url, ["/snap/", "/reference/quickstart/"], browser_type_launch_args)
    (snap_failures, _, _), (quick_failures, _, quick_bytes) = results
    assert any(
        f.startswith("/snap/: search file fetched before the reader searched:") and "/pagefind/pagefind.js" in f
        for f in snap_failures
    ), snap_failures
    assert quick_bytes > 200 * 1024
    assert any(
        f.startswith("/reference/quickstart/: first visit fetches") and "/assets/heavy.png" in f for f in quick_failures
    ), quick_failures
    assert not any("first visit fetches" in f for f in snap_failures), snap_failures
    assert located(snap_failures[0], site).startswith("docs/snap/index.md:1: /snap/: "), located(snap_failures[0], site)


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
    pages = run_query(page, "advanced features", typed=True)  # key by key: each keystroke supersedes the last
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
    expect(page.locator(BOX)).to_be_focused()  # the reader can type at once (search.js is still loading)
    expect(page.locator("#__search")).to_be_checked()  # the results panel is open
    pages = run_query(page, "expiry")
    assert pages
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    page.screenshot(path=str(SHOTS / f"search-{scheme}-{width}.png"))
    context.close()


@pytest.mark.parametrize(
    "edition, typo, known, troubleshooting, api",
    [
        ("", "kadaluarsa", "kedaluwarsa", "/reference/troubleshooting/", "/reference/api/"),
        ("/id", "pembayran", "pembayaran", "/id/reference/troubleshooting/", "/id/reference/api/"),
    ],
)
def test_zero_results_offer_known_words_and_where_to_look(
    browser, search_url: str, edition: str, typo: str, known: str, troubleshooting: str, api: str
) -> None:
    """A query that finds nothing, on a 360 px phone: the dialog offers the closest words the index knows and
    links to the troubleshooting page and the API reference in the reader's language; a suggested word searches.
    Screenshots in build/screenshots/search-none-{en,id}-360.png."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(search_url + edition + "/snap/", wait_until="networkidle")
    assert not any("terms-" in u for u in requests), "the term list loads only when a query finds nothing"
    page.locator("label.md-header__button[for=__search]").click()
    assert run_query(page, typo) == []
    help_box = page.locator(".md-search-help")
    expect(help_box).to_be_visible()
    terms = page.locator(".md-search-help__term").all_inner_texts()
    assert known in terms, f"'{typo}': suggested {terms}, expected '{known}'"
    hrefs = [urlparse(h).path for h in help_box.locator("a").evaluate_all("els => els.map(e => e.href)")]
    assert hrefs == [troubleshooting, api], hrefs
    language = "id" if edition else "en"
    page.screenshot(path=str(SHOTS / f"search-none-{language}-360.png"))
    box = help_box.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 360, box  # fits the phone
    page.locator(".md-search-help__term", has_text=known).first.click()
    expect(page.locator(RESULTS)).to_have_attribute("data-search-done", known)
    assert result_pages(page), f"the suggested word '{known}' finds no page"
    expect(help_box).to_be_hidden()
    context.close()


@pytest.mark.parametrize(
    "edition, query, expected, source",
    [
        ("", "pemecahan masalah", "reference/troubleshooting/", "docs/reference/troubleshooting.md"),
        ("/id", "unduh", "id/after-payment/dashboard/", "docs/after-payment/dashboard.id.md"),
    ],
)
def test_synonyms_find_pages_that_never_say_the_word(
    page: Page, search_url: str, edition: str, query: str, expected: str, source: str
) -> None:
    """data/search-synonyms.yml at work: the page's source never says the query, so only the synonym indexed
    with it (troubleshooting ↔ pemecahan masalah, unduh ↔ ekspor) can find it; without the mapping this fails."""
    text = (ROOT / source).read_text(encoding="utf-8").casefold()
    assert query.casefold() not in text, f"{source} says '{query}' itself; pick a word only a synonym supplies"
    page.goto(search_url + edition + "/")
    page.keyboard.press("/")
    pages = run_query(page, query)
    assert expected in pages[:3], f"'{query}' gives {pages[:3]}, expected {expected} (data/search-synonyms.yml)"


def test_synonym_expansion_adds_only_missing_words_at_the_strongest_match() -> None:
    from midtrans_docs.hooks.search import load_synonyms, synonyms_for

    groups = [["refund", "pengembalian dana"], ["va", "virtual account"], ["report", "laporan"]]
    strong, text = synonyms_for("Refund a payment", "Pay to a VA; see the virtual account.", groups)
    assert (strong, text) == (["pengembalian dana"], []), (strong, text)  # the text says both VA words
    assert synonyms_for("Bank transfer", "valid evaluation", groups) == ([], [])  # words, not substrings
    assert ["refund", "pengembalian dana", "pengembalian", "refund transaksi"] in load_synonyms()


def test_reference_title_is_shown_not_boosted() -> None:
    """A generated reference page's h1 becomes the `api_title` meta (search.js shows it, metaWeights 0) and its
    `title` meta a mark with no words, so Pagefind does not boost "Refunds" for every query that says "refund";
    a page without an article or an h1 is left alone."""
    from midtrans_docs.hooks.search import ARTICLE, NO_TITLE, reference_title

    page = f'<h1>Site</h1>{ARTICLE}<h1 id="refunds">Refunds</h1><p>Text</p></article>'
    out = reference_title(page)
    assert out.startswith("<h1>Site</h1>"), out  # outside the article: untouched
    mark = f'<span hidden data-pagefind-meta="title:{NO_TITLE}"></span>'
    assert mark + '<h1 data-pagefind-meta="api_title" id="refunds">' in out, out
    assert not re.search(r"\w", NO_TITLE), "the title mark must have no word Pagefind could index"
    assert reference_title("<p>no article</p>") == "<p>no article</p>"
    assert reference_title(f"{ARTICLE}<p>no heading</p></article>") == f"{ARTICLE}<p>no heading</p></article>"
    script = (ROOT / "docs" / "assets" / "javascripts" / "search.js").read_text(encoding="utf-8")
    assert "api_title: 0" in script and "data.meta.api_title" in script, "search.js must show api_title, unboosted"


def test_reference_results_show_their_title(page: Page, search_url: str) -> None:
    """In the browser, a reference page found by a search reads "Reference › Refunds", not the title mark."""
    page.goto(search_url + "/")
    page.keyboard.press("/")
    run_query(page, "refund")
    titles = page.locator(".md-search-result__item > a:first-child h1").all_inner_texts()
    assert "Reference \u203a Refunds" in [t.strip() for t in titles], titles
    assert not any("~" in t for t in titles), titles
