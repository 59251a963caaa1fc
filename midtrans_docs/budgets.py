"""Page-weight budgets: bytes a reader downloads on first load (gzip), per kind of page.

`check_first_load_budget` (checks/site.py) fails a page over its budget, the browser test fails a first visit over
BROWSER_FIRST_VISIT_GZIP, and `midtrans-docs bench` reports against the same numbers.
"""

from __future__ import annotations

KB = 1024
FIRST_LOAD_GZIP = {
    # Measured 2026-12-07 after search.js moved behind search-loader.js (about 4.5 KB off every page):
    # heaviest plain page 100.1 KB (/id/reference/api/notifications/), heaviest with a diagram 118.0 KB
    # (/id/core-api/gopay/). Our light/dark toggle in reader.js (Material's restyled every page three times
    # at load) and a tabindex on each code block took them to 101.6 and 119.4 KB.
    "plain": 102 * KB,  # a page without a diagram
    "diagram": 120 * KB,  # a page with an inline SVG diagram
}
# Everything a page fetches in Chromium after load with no interaction (HTML, CSS, JS, fonts, images, and
# whatever scripts fetch on their own), gzip as served, on every page. tests/test_browser.py
# measures it on every page during its one visit; search files must not be among them (fetched on intent only).
BROWSER_FIRST_VISIT_GZIP = 120 * KB
# The reader tools' JavaScript (docs/assets/javascripts/tools.js and the JSON Schema validator bundle), gzip:
# loaded only on the pages that have a tool (tests/test_tools.py measures it).
TOOLS_JS_GZIP = 16 * KB
# Elements in a built page's document at load (<template> content is not in it): the browser styles and lays out
# each one and Material's bundle walks them, so the element count, not the bytes, is what makes a long page slow on
# a phone. check_dom_size (checks/site.py) fails a page over it and names its largest blocks.
DOM_ELEMENTS = 3000
DIAGRAM_MARK = '<figure class="diagram"'  # what hooks/diagrams.py puts around each inline SVG (attributes follow)


def budget_for(html: str) -> tuple[str, int]:
    """(kind, budget in bytes) for a built page's HTML."""
    kind = "diagram" if DIAGRAM_MARK in html else "plain"
    return kind, FIRST_LOAD_GZIP[kind]
