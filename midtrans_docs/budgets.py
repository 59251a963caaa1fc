"""Page-weight budgets: bytes a reader downloads on first load (gzip), per kind of page.

tests/test_budgets.py fails a page over its budget; `midtrans-docs bench` reports against the same numbers.
"""

from __future__ import annotations

KB = 1024
FIRST_LOAD_GZIP = {
    "plain": 100 * KB,  # a page without a diagram
    "diagram": 150 * KB,  # a page with an inline SVG diagram
}
DIAGRAM_MARK = '<figure class="diagram"'  # what hooks/diagrams.py puts around each inline SVG (attributes follow)


def budget_for(html: str) -> tuple[str, int]:
    """(kind, budget in bytes) for a built page's HTML."""
    kind = "diagram" if DIAGRAM_MARK in html else "plain"
    return kind, FIRST_LOAD_GZIP[kind]
