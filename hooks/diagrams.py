"""Inlines each ```mermaid diagram as the SVG rendered by scripts/mermaid_svg.py.

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
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import mermaid_svg  # noqa: E402

log = logging.getLogger("mkdocs.hooks.diagrams")

_page: dict[str, Path | None] = {"path": None}
_svgs: dict[str, str] = {}


def on_config(config):
    fences = config.mdx_configs.get("pymdownx.superfences", {}).get("custom_fences", [])
    for fence in fences:
        if fence.get("name") == "mermaid":
            fence["format"] = format_diagram
    return config


def on_pre_build(config):
    _svgs.clear()
    docs = Path(config.docs_dir)
    missing, unused = mermaid_svg.pending(docs=docs)
    if missing or unused:
        names = ", ".join(f"{d.path.relative_to(docs.parent)}:{d.line}" for d in missing[:5])
        log.info("Rendering %d new diagram(s)%s", len(missing), f" ({names})" if names else "")
        result = subprocess.run([sys.executable, str(ROOT / "scripts" / "mermaid_svg.py")],
                                capture_output=True, text=True, cwd=ROOT)
        for line in result.stderr.splitlines():
            if line.strip():
                log.warning(line)


def on_page_markdown(markdown, page, config, files):
    _page["path"] = Path(page.file.abs_src_path)
    return markdown


def _where(source: str) -> str:
    path = _page["path"]
    if path is None:
        return "docs"
    for diagram in mermaid_svg.find_diagrams(path.read_text(encoding="utf-8"), path):
        if diagram.source == source.strip():
            return f"{path.relative_to(ROOT)}:{diagram.line}"
    return str(path.relative_to(ROOT))


def format_diagram(source, language, class_name, options, md, **kwargs):
    """pymdownx.superfences formatter: the diagram's SVG in a <figure>."""
    key = mermaid_svg.diagram_key(source)
    svg = _svgs.get(key)
    if svg is None:
        path = mermaid_svg.OUT / f"{key}.svg"
        if not path.exists():
            log.warning("%s: diagram has no rendered SVG (diagrams/%s.svg) → fix the Mermaid error reported above, "
                        "or run `python scripts/mermaid_svg.py` to see it", _where(source), key)
            return f'<pre class="diagram-source"><code>{html.escape(source)}</code></pre>'
        svg = _svgs[key] = path.read_text(encoding="utf-8").strip()
    return f'<figure class="diagram">{svg}</figure>'
