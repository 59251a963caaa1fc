"""redirects.tsv: legacy URL path → page (relative to docs/), one row a line."""

from __future__ import annotations

import csv
from pathlib import Path

MAP_FILE = "redirects.tsv"


def load_map(path: Path) -> list[tuple[int, str, str]]:
    """Return (line, legacy path, target page) for every row of the map."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t")
        for line, row in enumerate(reader, start=1):
            if line == 1 or not row or row[0].startswith("#"):
                continue
            rows.append((line, row[0].strip(), row[1].strip()))
    return rows


def legacy_to_md(old: str) -> str | None:
    """Turn a legacy URL path into the .md key mkdocs-redirects expects.

    Returns None for paths the plugin cannot express (the site root, and
    `page.html` files that are not index.html).
    """
    rel = old.strip("/")
    if not rel or "*" in rel:
        return None
    if rel.endswith("/index.html"):
        return rel[: -len(".html")] + ".md"
    if rel.endswith(".html"):
        return None
    return rel + ".md"


def target_language(target: str) -> str:
    """ "id" for a row that lands on an Indonesian page (target `x.id.md`), else "en"."""
    return "id" if target.partition("#")[0].endswith(".id.md") else "en"


def page_addresses(root: Path) -> set[str]:
    """Every page's address without slashes ("snap/advanced-features", "id/snap"), both editions."""
    out = set()
    for path in (root / "docs").rglob("*.md"):
        rel = path.relative_to(root / "docs").as_posix()
        prefix = ""
        if rel.endswith(".id.md"):
            rel, prefix = rel[: -len(".id.md")] + ".md", "id/"
        rel = rel[: -len(".md")]
        rel = "" if rel == "index" else rel.removesuffix("/index")
        out.add((prefix + rel).strip("/"))
    return out
