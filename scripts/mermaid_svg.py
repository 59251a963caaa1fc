"""Render the site's Mermaid diagrams to SVG once, so pages ship no diagram JavaScript.

    python scripts/mermaid_svg.py     (or `make diagrams`) render missing diagrams, delete unused SVGs

Each ```mermaid block in docs/ becomes diagrams/<key>.svg, where <key> hashes
the diagram source together with the Mermaid version and the settings below, so
editing a diagram (or upgrading Mermaid) makes a new file. hooks/diagrams.py
inlines the SVG into the page at build time and calls this script when a file
is missing, so `make serve` and `make build` render new diagrams by themselves.
Commit the files in diagrams/: doccheck.content.check_diagrams (test_diagrams.py)
fails on a diagram without its committed SVG and on an SVG no page uses.

Gap it fills: Material for MkDocs draws diagrams in the reader's browser with
the 3.5 MB Mermaid library; mermaid-cli would render ahead of time but needs
its own Puppeteer Chrome download. This uses the Mermaid from package.json in
the Debian Chromium that the browser tests already use, through Playwright.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
OUT = ROOT / "diagrams"
MERMAID_JS = ROOT / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"
CHROMIUM = "/usr/bin/chromium"

# The settings every diagram is drawn with. Part of the key: change them and every SVG is redrawn.
# Fonts: Arial and its metric twins, so text measured here fits the boxes on readers' machines.
# Plain SVG text (no HTML labels): needs no CSS from the page and survives copy and print.
SETTINGS = {
    "startOnLoad": False,
    "theme": "default",
    "securityLevel": "strict",
    "fontFamily": 'Arial, Helvetica, "Liberation Sans", sans-serif',
    "htmlLabels": False,
    "flowchart": {"htmlLabels": False, "useMaxWidth": True},
    "sequence": {"useMaxWidth": True, "mirrorActors": False},
    "state": {"useMaxWidth": True},
    "deterministicIds": True,
}

_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*mermaid\b.*$")


@dataclass(frozen=True)
class Diagram:
    path: Path      # the Markdown file
    line: int       # line of the opening fence (1-based)
    source: str     # the diagram text, dedented and stripped

    @property
    def key(self) -> str:
        return diagram_key(self.source)

    @property
    def svg_path(self) -> Path:
        return OUT / f"{self.key}.svg"


def mermaid_version() -> str:
    package = ROOT / "node_modules" / "mermaid" / "package.json"
    if package.exists():
        return json.loads(package.read_text(encoding="utf-8"))["version"]
    return json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["devDependencies"]["mermaid"]


def diagram_key(source: str) -> str:
    """Stable name of a diagram's SVG: its text, the Mermaid version and SETTINGS."""
    basis = json.dumps([source.strip(), mermaid_version(), SETTINGS], sort_keys=True)
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def find_diagrams(text: str, path: Path) -> list[Diagram]:
    """Every ```mermaid fence in a page, at any indentation (inside tabs and admonitions too)."""
    found = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        match = _OPEN.match(lines[i])
        if not match:
            i += 1
            continue
        indent, fence = match["indent"], match["fence"]
        close = re.compile(rf"^{re.escape(indent)}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        body = []
        j = i + 1
        while j < len(lines) and not close.match(lines[j]):
            body.append(lines[j][len(indent):] if lines[j].startswith(indent) else lines[j].lstrip())
            j += 1
        found.append(Diagram(path, i + 1, "\n".join(body).strip()))
        i = j + 1
    return found


def all_diagrams(docs: Path = DOCS) -> list[Diagram]:
    found = []
    for page in sorted(docs.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        if "mermaid" in text:
            found.extend(find_diagrams(text, page))
    return found


def scope_ids(svg: str) -> str:
    """Prefix every id inside the SVG with the SVG's own id.

    Mermaid numbers its elements per diagram (actor1, arrowhead …), so two
    diagrams inlined in one page would repeat ids and share arrow markers."""
    root = re.match(r'<svg id="([^"]+)"', svg)
    if not root:
        return svg
    prefix = root[1]
    ids = {i for i in re.findall(r'\sid="([^"]+)"', svg) if not i.startswith(prefix)}
    if not ids:
        return svg
    names = "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True))
    svg = re.sub(rf'(\sid=")({names})"', lambda m: f'{m[1]}{prefix}-{m[2]}"', svg)
    return re.sub(rf'(url\(#|href="#)({names})([)"])', lambda m: f"{m[1]}{prefix}-{m[2]}{m[3]}", svg)


def render(diagrams: list[Diagram], out: Path = OUT) -> list[str]:
    """Draw each diagram in headless Chromium and write diagrams/<key>.svg. Returns error lines."""
    from playwright.sync_api import sync_playwright

    if not MERMAID_JS.exists():
        return [f"{MERMAID_JS.relative_to(ROOT)}: Mermaid is not installed → run `make install` (npm ci)"]
    if not Path(CHROMIUM).exists():
        return [f"{CHROMIUM}: Chromium is missing → run `make system-deps` (installs Debian's chromium)"]
    out.mkdir(parents=True, exist_ok=True)
    errors = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        for diagram in diagrams:
            # A fresh page per diagram: Mermaid numbers elements with counters that live as long as the
            # page, so the same diagram would come out different depending on what was drawn before it.
            page.set_content("<!doctype html><html><body></body></html>")
            page.add_script_tag(path=str(MERMAID_JS))
            where = f"{diagram.path.relative_to(ROOT)}:{diagram.line}"
            settings = {**SETTINGS, "deterministicIDSeed": diagram.key}
            result = page.evaluate(
                """async ([id, text, settings]) => {
                    mermaid.initialize(settings);
                    try {
                        await mermaid.parse(text);
                        const { svg } = await mermaid.render(id, text);
                        return { svg };
                    } catch (error) {
                        return { error: String(error && error.message || error) };
                    }
                }""",
                [f"diagram-{diagram.key}", diagram.source, settings],
            )
            if "error" in result:
                first = result["error"].strip().splitlines()[0] if result["error"].strip() else "unknown error"
                errors.append(f"{where}: Mermaid cannot draw this diagram ({first}) → fix the diagram syntax; "
                              "try it at https://mermaid.live")
                continue
            diagram.svg_path.write_text(scope_ids(result["svg"]) + "\n", encoding="utf-8")
        browser.close()
    return errors


def pending(docs: Path = DOCS, out: Path = OUT) -> tuple[list[Diagram], list[Path]]:
    """(diagrams without an SVG in out/, one per distinct diagram; SVGs in out/ that no diagram uses)."""
    diagrams = all_diagrams(docs)
    missing = list({d.key: d for d in diagrams if not (out / f"{d.key}.svg").exists()}.values())
    wanted = {f"{d.key}.svg" for d in diagrams}
    unused = sorted(p for p in out.glob("*.svg") if p.name not in wanted) if out.exists() else []
    return missing, unused


def main() -> int:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()
    missing, unused = pending()
    errors = render(missing) if missing else []
    for diagram in missing:
        rel = diagram.path.relative_to(ROOT)
        if not any(e.startswith(f"{rel}:{diagram.line}:") for e in errors):
            print(f"rendered {rel}:{diagram.line} → diagrams/{diagram.key}.svg")
    for path in unused:
        path.unlink()
        print(f"{path.relative_to(ROOT)}: deleted (no page uses it)")
    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
