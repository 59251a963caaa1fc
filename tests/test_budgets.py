"""Page-weight budgets, in bytes (deterministic); durations belong to `make bench`."""

from __future__ import annotations

import re

from conftest import COUNTS, ROOT, assert_no_problems
from doccheck import Problem
from doccheck.site import source_of

from benchlib.pagebytes import content_pages, first_load

KB = 1024
BUDGET_PLAIN = 100 * KB     # first load, gzip, page without a diagram
BUDGET_DIAGRAM = 150 * KB   # first load, gzip, page with a diagram


def test_first_load_within_budget(site):
    problems, worst = [], 0
    for html in content_pages(site):
        text = html.read_text(encoding="utf-8")
        has_diagram = '<figure class="diagram">' in text
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


def test_no_page_loads_mermaid(site):
    """Diagrams are inline SVG: no page loads the 3.5 MB Mermaid library, from here or a CDN."""
    problems = []
    for html in content_pages(site):
        for src in re.findall(r'<script[^>]+src="([^"]+)"', html.read_text(encoding="utf-8")):
            if "mermaid" in src.lower():
                problems.append(Problem(source_of(site, ROOT, html), 1, f"the page loads {src}",
                                        "draw diagrams as ```mermaid fences; hooks/diagrams.py inlines them as SVG"))
    assert not list(site.rglob("mermaid*.js")), "a Mermaid script is in the site → remove it from extra_javascript"
    assert_no_problems(problems)


def test_year_long_caching_only_for_versioned_names(site):
    """_headers lets hosts cache some assets for a year; each of those files must carry a hash or version
    in its name, or readers would keep a stale copy after a deploy."""
    headers = (site / "_headers").read_text(encoding="utf-8")
    rules = re.findall(r"^(/\S+)\n\s+Cache-Control: [^\n]*immutable", headers, flags=re.M)
    assert rules, "hooks/headers.py:1: no immutable caching rule in _headers → cache Material's hashed assets"
    problems = []
    for rule in rules:
        pattern = re.compile(re.escape(rule.lstrip("/")).replace(r"\*", ".*") + "$")
        matched = [p for p in site.rglob("*") if p.is_file() and pattern.match(p.relative_to(site).as_posix())]
        if not matched:
            problems.append(Problem("hooks/headers.py", 1, f"the caching rule {rule} matches no file",
                                    "remove the rule or fix its path"))
        for path in matched:
            if not re.search(r"[.-]([0-9a-f]{8,}|\d+\.\d+\.\d+)\.", path.name):
                problems.append(Problem("hooks/headers.py", 1, f"{path.relative_to(site)} is cached for a year "
                                        "but its name has no hash or version", "narrow the rule to hashed names"))
    assert_no_problems(problems)
