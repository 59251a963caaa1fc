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
