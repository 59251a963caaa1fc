"""Diagrams ship as SVG rendered at build time (midtrans_docs/diagrams.py, midtrans_docs/hooks/diagrams.py).

That every diagram has its committed SVG is checks/diagrams.py (run by test_sources.py)."""

from __future__ import annotations

from pathlib import Path

from conftest import COUNTS, ROOT, assert_no_problems
from midtrans_docs import diagrams
from midtrans_docs.budgets import DIAGRAM_MARK
from midtrans_docs.problems import Problem
from midtrans_docs.site.urls import page_html


def test_pages_inline_every_diagram_as_svg(site: Path) -> None:
    problems, total = [], 0
    by_page: dict[Path, list[diagrams.Diagram]] = {}
    for diagram in diagrams.all_diagrams(ROOT):
        by_page.setdefault(diagram.path, []).append(diagram)
    for path, found in by_page.items():
        html = page_html(site, path.relative_to(ROOT / "docs").as_posix()).read_text(encoding="utf-8")
        for diagram in found:
            if f'<svg id="diagram-{diagram.key}"' not in html or DIAGRAM_MARK not in html:
                problems.append(
                    Problem(
                        path,
                        diagram.line,
                        "the built page does not show this diagram as inline SVG",
                        "keep midtrans_docs/hooks/diagrams.py in mkdocs.yml and read the build warnings",
                    )
                )
        total += len(found)
        if 'class="mermaid"' in html:
            problems.append(
                Problem(
                    path,
                    found[0].line,
                    "the page still has a Mermaid block for the browser to draw "
                    "(Material would fetch Mermaid from a CDN)",
                    "write diagrams as ```mermaid fences so midtrans_docs/hooks/diagrams.py renders them",
                )
            )
    COUNTS["diagrams inlined as SVG"] = total
    assert total > 0
    assert_no_problems(problems)
