"""Render the site's Mermaid diagrams to SVG once, so pages ship no diagram JavaScript.

    midtrans-docs diagrams     (or `make diagrams`) render missing diagrams, delete unused SVGs

Each ```mermaid block in docs/ becomes diagrams/<key>.svg, where <key> hashes
the diagram source together with the Mermaid version and the settings below, so
editing a diagram (or upgrading Mermaid) makes a new file. midtrans_docs/hooks/diagrams.py
inlines the SVG into the page at build time and calls this script when a file
is missing, so `make serve` and `make build` render new diagrams by themselves.
Commit the files in diagrams/: checks/diagrams.py (run by tests/test_sources.py)
fails on a diagram without its committed SVG and on an SVG no page uses.

Gap it fills: Material for MkDocs draws diagrams in the reader's browser with
the 3.5 MB Mermaid library; mermaid-cli would render ahead of time but needs
its own Puppeteer Chrome download. This uses the Mermaid from package.json in
the Debian Chromium that the browser tests already use, through Playwright.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .sources.fences import iter_fences, parse_info
from .sources.pages import page_files

CHROMIUM = "/usr/bin/chromium"
OUT = Path("diagrams")  # relative to the project root

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
    # Sequence diagrams for phones: narrow lanes (width, actorMargin) and messages wrapped to the lane
    # (wrap), so a diagram grows downwards instead of sideways and fits a desktop column at 12 px or more.
    "sequence": {
        "useMaxWidth": True,
        "mirrorActors": False,
        "wrap": True,
        "width": 120,
        "actorMargin": 30,
        "messageMargin": 30,
    },
    "state": {"useMaxWidth": True},
    "deterministicIds": True,
}

MERMAID = Path("node_modules") / "mermaid"

# Smallest text a reader may see in a diagram, as drawn (font size × the scale the SVG is drawn at),
# per viewport width in CSS px: tests/test_browser.py measures every diagram at both widths.
MIN_TEXT_PX = {1280: 12.0, 360: 11.0}

# Run in the page: the smallest drawn text of each diagram, with the fence's docs/page.md:LINE.
MEASURE_TEXT = """() => Array.from(document.querySelectorAll("figure.diagram")).map((figure) => {
    let smallest = null, text = "";
    figure.querySelectorAll("svg text, svg tspan").forEach((node) => {
        const label = node.textContent.trim();
        const style = getComputedStyle(node);
        const matrix = node.getScreenCTM();
        if (!label || !matrix || style.display === "none" || style.visibility === "hidden") return;
        const size = parseFloat(style.fontSize) * Math.hypot(matrix.a, matrix.b);
        if (smallest === null || size < smallest) { smallest = size; text = label; }
    });
    return { source: figure.dataset.source || "docs", smallest: smallest, text: text.slice(0, 50) };
})"""


def small_text(measured: list[dict], width: int) -> list[str]:
    """`path:line: what → fix` for each diagram whose smallest drawn text is below MIN_TEXT_PX[width]."""
    floor = MIN_TEXT_PX[width]
    return [
        f'{m["source"]}: diagram text drawn at {m["smallest"]:.1f} px at {width} px wide ("{m["text"]}"), '
        f"below {floor:g} px → redesign it narrower: top-down, shorter labels, fewer participants, "
        "or split it into two diagrams (keep extra.css's 75 % floor on figure.diagram svg)"
        for m in measured
        if m["smallest"] is not None and m["smallest"] < floor - 0.05
    ]


@dataclass(frozen=True)
class Diagram:
    path: Path  # the Markdown file
    line: int  # line of the opening fence (1-based)
    source: str  # the diagram text, dedented and stripped
    key: str  # name of its SVG in diagrams/ (diagram_key)

    @property
    def svg_name(self) -> str:
        return f"{self.key}.svg"


@functools.lru_cache(maxsize=8)
def mermaid_version(root: Path) -> str:
    package = root / MERMAID / "package.json"
    if package.exists():
        return str(json.loads(package.read_text(encoding="utf-8"))["version"])
    return str(json.loads((root / "package.json").read_text(encoding="utf-8"))["devDependencies"]["mermaid"])


def diagram_key(source: str, root: Path) -> str:
    """Stable name of a diagram's SVG: its text, the Mermaid version and SETTINGS."""
    basis = json.dumps([source.strip(), mermaid_version(root), SETTINGS, POSTPROCESS], sort_keys=True)
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def find_diagrams(text: str, path: Path, root: Path) -> list[Diagram]:
    """Every ```mermaid fence in a page, at any indentation (inside tabs and admonitions too)."""
    found = []
    for fence in iter_fences(text.splitlines()):
        if parse_info(fence.info)[0] == "mermaid":
            source = "\n".join(fence.body).strip()
            found.append(Diagram(path, fence.line, source, diagram_key(source, root)))
    return found


def all_diagrams(root: Path) -> list[Diagram]:
    found = []
    for page in page_files(root / "docs"):
        text = page.read_text(encoding="utf-8")
        if "mermaid" in text:
            found.extend(find_diagrams(text, page, root))
    return found


# Version of readable_numbers below: part of the key, so changing it redraws every SVG.
POSTPROCESS = 1


def readable_numbers(svg: str) -> str:
    """Sequence step numbers (autonumber) at the 16 px of every other label, in a circle that fits them.

    Mermaid draws them at 12 px with no setting to change it: at 75 % scale that is 9 px."""
    svg = svg.replace(
        'font-size="12px" text-anchor="middle" class="sequenceNumber"',
        'font-size="16px" text-anchor="middle" class="sequenceNumber"',
    )
    return re.sub(r'(-sequencenumber"[^>]*><circle cx="15" cy="15" r=)"6"', r'\1"8"', svg)


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


_DRAW = """async ([id, text, settings]) => {
    mermaid.initialize(settings);
    try {
        await mermaid.parse(text);
        const { svg } = await mermaid.render(id, text);
        return { svg };
    } catch (error) {
        return { error: String(error && error.message || error) };
    }
}"""


def render(root: Path, diagrams: list[Diagram]) -> list[str]:
    """Draw each diagram in headless Chromium and write diagrams/<key>.svg. Returns error lines."""
    from playwright.sync_api import sync_playwright

    mermaid_js = root / MERMAID / "dist" / "mermaid.min.js"
    if not mermaid_js.exists():
        return [f"{MERMAID}/dist/mermaid.min.js: Mermaid is not installed → run `make install` (npm ci)"]
    if not Path(CHROMIUM).exists():
        return [f"{CHROMIUM}: Chromium is missing → run `make system-deps` (installs Debian's chromium)"]
    out = root / OUT
    out.mkdir(parents=True, exist_ok=True)
    errors = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        for diagram in diagrams:
            # A fresh page per diagram: Mermaid numbers elements with counters that live as long as the
            # page, so the same diagram would come out different depending on what was drawn before it.
            page.set_content("<!doctype html><html><body></body></html>")
            page.add_script_tag(path=str(mermaid_js))
            settings = {**SETTINGS, "deterministicIDSeed": diagram.key}
            result = page.evaluate(_DRAW, [f"diagram-{diagram.key}", diagram.source, settings])
            if "error" in result:
                first = result["error"].strip().splitlines()[0] if result["error"].strip() else "unknown error"
                errors.append(
                    f"{diagram.path.relative_to(root)}:{diagram.line}: Mermaid cannot draw this diagram ({first}) "
                    "→ fix the diagram syntax; try it at https://mermaid.live"
                )
                continue
            (out / diagram.svg_name).write_text(readable_numbers(scope_ids(result["svg"])) + "\n", encoding="utf-8")
        browser.close()
    return errors


def pending(root: Path) -> tuple[list[Diagram], list[Path]]:
    """(diagrams without an SVG in diagrams/, one per distinct diagram; SVGs there that no diagram uses)."""
    out = root / OUT
    diagrams = all_diagrams(root)
    missing = list({d.key: d for d in diagrams if not (out / d.svg_name).exists()}.values())
    wanted = {d.svg_name for d in diagrams}
    unused = sorted(p for p in out.glob("*.svg") if p.name not in wanted) if out.exists() else []
    return missing, unused


def update(root: Path) -> int:
    """Render missing diagrams and delete unused SVGs; print what was done. Exit code: 1 if a diagram failed."""
    missing, unused = pending(root)
    errors = render(root, missing) if missing else []
    for diagram in missing:
        rel = diagram.path.relative_to(root)
        if not any(e.startswith(f"{rel}:{diagram.line}:") for e in errors):
            print(f"rendered {rel}:{diagram.line} → diagrams/{diagram.svg_name}")
    for path in unused:
        path.unlink()
        print(f"{path.relative_to(root)}: deleted (no page uses it)")
    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors else 0


_RULE = re.compile(r"@keyframes\s+([\w-]+)\s*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|([^{}@]+)\{([^{}]*)\}")
_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")


def prune_style(svg: str) -> str:
    """Drop the rules of Mermaid's embedded stylesheet that match nothing in this SVG.

    Gap it fills: Mermaid writes its whole theme (every diagram type's classes, animations) into each SVG,
    about 1.2 KB gzip a diagram; inlined three times, that is most of a page's margin under its byte budget.
    A rule stays when every class its selector names is used in the SVG; keyframes stay when a kept rule
    animates with them. Nothing is re-rendered: the committed SVGs keep the full stylesheet."""
    match = re.search(r"<style>(.*?)</style>", svg, re.S)
    if match is None:
        return svg
    body = svg[: match.start()] + svg[match.end() :]
    used = set()
    for classes in re.findall(r'class="([^"]*)"', body):
        used.update(classes.split())
    kept: list[str] = []
    keyframes: dict[str, str] = {}
    for m in _RULE.finditer(match[1]):
        if m[1]:
            keyframes[m[1]] = m[0]
            continue
        selectors = [s for s in m[2].split(",") if all(c in used for c in _CLASS.findall(s))]
        if selectors:
            kept.append(",".join(selectors) + "{" + m[3] + "}")
    css = "".join(kept)
    css = (
        "".join(k for name, k in keyframes.items() if re.search(rf"animation[^;{{}}]*\b{re.escape(name)}\b", css)) + css
    )
    return svg[: match.start()] + "<style>" + css + "</style>" + svg[match.end() :]
