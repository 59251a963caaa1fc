"""Inlines each ```mermaid diagram as the SVG rendered by midtrans_docs/diagrams.py.

Gap it fills: Material for MkDocs draws Mermaid in the browser, which costs
every reader the 3.5 MB library and a blank box until it runs. Here the
pymdownx.superfences fence for `mermaid` gets a formatter that returns the
pre-rendered SVG from diagrams/, so pages carry no diagram JavaScript and
diagrams show without JavaScript at all.

Before each build, diagrams without an SVG are rendered (Chromium through
Playwright, a few seconds) and SVGs no page uses are deleted, so writers only
edit Markdown. A diagram that still has no SVG (Mermaid syntax error, no
Chromium) is a build warning naming the page and line; strict builds fail on it.
"""

from __future__ import annotations

import html
import logging
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from midtrans_docs import diagrams
from midtrans_docs.hooks import project_root

log = logging.getLogger("mkdocs.hooks.diagrams")

_state: dict[str, Path | None] = {"page": None, "root": None}
_svgs: dict[str, str] = {}


def on_config(config: Any) -> Any:
    _state["root"] = project_root(config)
    fences = config.mdx_configs.get("pymdownx.superfences", {}).get("custom_fences", [])
    for fence in fences:
        if fence.get("name") == "mermaid":
            fence["format"] = format_diagram
    return config


def on_pre_build(config: Any) -> None:
    _svgs.clear()
    root = project_root(config)
    missing, unused = diagrams.pending(root)
    if missing or unused:
        names = ", ".join(f"{d.path.relative_to(root)}:{d.line}" for d in missing[:5])
        log.info("Rendering %d new diagram(s)%s", len(missing), f" ({names})" if names else "")
        # In a child process: Playwright's sync API must not share the build's process state.
        result = subprocess.run(
            [sys.executable, "-m", "midtrans_docs.cli", "diagrams", "--root", str(root)],
            capture_output=True,
            text=True,
            cwd=root,
        )
        for line in result.stderr.splitlines():
            if line.strip():
                log.warning(line)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    # Generated pages (hooks/reference.py) have no source file and no diagrams.
    _state["page"] = Path(page.file.abs_src_path) if page.file.abs_src_path else None
    return markdown


def _where(source: str, root: Path) -> str:
    path = _state["page"]
    if path is None:
        return "docs"
    for diagram in diagrams.find_diagrams(path.read_text(encoding="utf-8"), path, root):
        if diagram.source == source.strip():
            return f"{path.relative_to(root)}:{diagram.line}"
    return str(path.relative_to(root))


def format_diagram(source: str, language: str, class_name: str, options: Any, md: Any, **kwargs: Any) -> str:
    """pymdownx.superfences formatter: the diagram's SVG in a <figure>."""
    root = _state["root"] or Path.cwd()
    key = diagrams.diagram_key(source, root)
    svg = _svgs.get(key)
    if svg is None:
        path = root / diagrams.OUT / f"{key}.svg"
        if not path.exists():
            log.warning(
                "%s: diagram has no rendered SVG (diagrams/%s.svg) → fix the Mermaid error reported above, "
                "or run `midtrans-docs diagrams` to see it",
                _where(source, root),
                key,
            )
            return f'<pre class="diagram-source"><code>{html.escape(source)}</code></pre>'
        svg = _svgs[key] = diagrams.prune_style(path.read_text(encoding="utf-8").strip())
    # data-source: the fence's docs/page.md:LINE, named by the browser test that measures the drawn text size.
    # --diagram-width: the drawing's own width; extra.css never draws it below 75 % of that (12 px text),
    # and the scroll wrapper lets a phone scroll sideways instead (assets/javascripts/diagrams.js adds the cue).
    width = re.search(r'viewBox="[-\d.]+ [-\d.]+ ([\d.]+)', svg)
    style = f' style="--diagram-width: {float(width[1]):.0f}px"' if width else ""
    where = html.escape(_where(source, root), quote=True)
    return f'<figure class="diagram" data-source="{where}"{style}><div class="diagram__scroll">{svg}</div></figure>'
