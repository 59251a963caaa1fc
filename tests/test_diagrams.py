"""Diagrams ship as SVG rendered at build time (hooks/diagrams.py, scripts/mermaid_svg.py)."""

from __future__ import annotations

from conftest import COUNTS, ROOT, assert_no_problems
from doccheck import Problem
from doccheck.content import check_diagrams
from doccheck.site import page_html

import mermaid_svg


def test_every_diagram_has_a_committed_svg():
    assert_no_problems(check_diagrams(ROOT))


def test_pages_inline_every_diagram_as_svg(site):
    problems, total = [], 0
    by_page: dict = {}
    for diagram in mermaid_svg.all_diagrams(ROOT / "docs"):
        by_page.setdefault(diagram.path, []).append(diagram)
    for path, diagrams in by_page.items():
        rel = path.relative_to(ROOT / "docs").as_posix()
        html = page_html(site, rel).read_text(encoding="utf-8")
        for diagram in diagrams:
            if f'<figure class="diagram"><svg id="diagram-{diagram.key}"' not in html:
                problems.append(Problem(path, diagram.line, "the built page does not show this diagram as inline SVG",
                                        "keep hooks/diagrams.py in mkdocs.yml and read the build warnings"))
        total += len(diagrams)
        if 'class="mermaid"' in html:
            problems.append(Problem(path, diagrams[0].line, "the page still has a Mermaid block for the browser to draw "
                                                            "(Material would fetch Mermaid from a CDN)",
                                    "write diagrams as ```mermaid fences so hooks/diagrams.py renders them"))
    COUNTS["diagrams inlined as SVG"] = total
    assert total > 0
    assert_no_problems(problems)
