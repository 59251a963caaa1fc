""" "Copy page" and "View as Markdown" beside each page's title (overrides/partials/actions.html), in Chromium.

At 360 px in both editions, by keyboard: the controls are reachable and named in the page's language, the copy
button puts the page's Markdown twin on the clipboard (the same bytes the site serves), and the view link opens it.
The site is served with its _headers, so the fetch runs under the real CSP.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from midtrans_docs.site.server import serve

pytestmark = pytest.mark.browser

PAGES = [
    ("/snap/advanced-features/", "snap/advanced-features.md", "Copy page as Markdown", "Copied"),
    ("/id/core-api/gopay/", "id/core-api/gopay.md", "Salin halaman sebagai Markdown", "Disalin"),
    ("/reference/api/charge/", "reference/api/charge.md", "Copy page as Markdown", "Copied"),
]


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    with serve(site, with_headers=True, compress=True) as url:
        yield url


@pytest.mark.parametrize(("path", "twin", "label", "done"), PAGES)
def test_copy_and_view_markdown(browser, site: Path, served: str, path: str, twin: str, label: str, done: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=served)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: errors.append(r.url) if not r.url.startswith(served) else None)
    page.goto(served + path)
    button = page.get_by_role("button", name=label)
    expect(button).to_be_visible()
    box = button.bounding_box()
    assert box is not None and box["x"] + box["width"] <= 360, "the copy button is off screen at 360 px"
    button.focus()
    page.keyboard.press("Enter")
    expect(page.locator(".mt-copy-page__status")).to_have_text(done)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == (site / twin).read_text(encoding="utf-8"), "the clipboard does not hold the page's Markdown"
    assert copied.startswith("> ") and "llms.txt" in copied.splitlines()[0]
    view = page.locator("a.mt-view-markdown")
    expect(view).to_have_attribute(
        "aria-label", label.replace("Copy page", "View this page").replace("Salin halaman", "Lihat halaman ini")
    )
    response = page.request.get(served + "/" + twin)
    assert response.ok and response.text() == copied
    view.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/{twin}")
    assert not errors, errors
    context.close()
