"""Page-weight budgets, in bytes (deterministic); durations belong to `make bench`."""

from __future__ import annotations

import json
import re

from conftest import COUNTS, ROOT, assert_no_problems
from doccheck import Problem
from doccheck.site import source_of

from benchlib.pagebytes import content_pages, first_load

KB = 1024
BUDGET_PLAIN = 100 * KB     # first load, gzip, page without a diagram
BUDGET_DIAGRAM = 150 * KB   # first load, gzip, page with a diagram


def mermaid_version() -> str:
    return json.loads((ROOT / "package.json").read_text())["devDependencies"]["mermaid"]


def test_first_load_within_budget(site):
    problems, worst = [], 0
    for html in content_pages(site):
        text = html.read_text(encoding="utf-8")
        has_diagram = 'class="mermaid"' in text
        result = first_load(site, html)
        budget = BUDGET_DIAGRAM if has_diagram else BUDGET_PLAIN
        worst = max(worst, result["gzip"])
        src = source_of(site, ROOT, html)
        if result["gzip"] > budget:
            biggest = sorted(result["requests"], key=lambda r: -(r["gzip"] or 0))[:3]
            problems.append(Problem(src, 1, f"first load is {result['gzip'] / KB:.1f} KB gzip, over the {budget // KB} KB budget "
                                            f"(largest: {', '.join(str(r['url']) for r in biggest)})",
                                    "split the page, or drop the heavy asset"))
        # Third-party and missing files are test_build.py's checks (self-contained, lychee).
    COUNTS["largest first load (KB gzip)"] = round(worst / KB)
    assert_no_problems(problems)


def test_mermaid_only_loads_lazily_on_pages_with_diagrams(site):
    """No page references the 3.5 MB library directly; the loader fetches it on the first diagram."""
    version = mermaid_version()
    vendor = site / "assets" / "vendor" / f"mermaid-{version}.min.js"
    assert vendor.exists(), f"{vendor.name} is missing from the site → run `make install` (it copies it from node_modules)"
    problems = []
    for html in content_pages(site):
        if re.search(r'<script[^>]+src="[^"]*mermaid-[\d.]+\.min\.js', html.read_text(encoding="utf-8")):
            problems.append(Problem(source_of(site, ROOT, html), 1, "the page loads the Mermaid library up front",
                                    "let assets/javascripts/mermaid-loader.js load it when a diagram renders"))
    assert_no_problems(problems)


def test_vendored_assets_are_versioned():
    """Versioned file names let hosts cache them for a year (see _headers)."""
    loader = (ROOT / "docs/assets/javascripts/mermaid-loader.js").read_text()
    declared = re.search(r'VERSION = "([^"]+)"', loader).group(1)
    assert declared == mermaid_version(), (
        f"docs/assets/javascripts/mermaid-loader.js:1: loads mermaid {declared} but package.json pins "
        f"{mermaid_version()} → set VERSION in the loader to the pinned version")
