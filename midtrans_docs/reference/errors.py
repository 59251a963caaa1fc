"""data/errors.yml: every status and error code, per product; the error-codes page is rendered from it.

The file's header comment describes its shape. Each code has an anchor id (`core-api-401`), which
the page gives its row and which operations list in `x-error-codes`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..sources.yamlio import safe_load
from .markdown import front_matter, table

ERRORS = Path("data") / "errors.yml"
PAGE = "reference/error-codes.md"


@dataclass(frozen=True)
class Code:
    id: str
    code: str
    product: str  # the product's title, e.g. "Core API"
    meaning: str


def load_errors(root: Path) -> dict[str, Any]:
    return safe_load((root / ERRORS).read_text(encoding="utf-8")) or {}


def code_id(product: str, row: dict[str, Any]) -> str:
    return str(row.get("id") or f"{product}-{str(row.get('code', '')).lower()}")


def codes(data: dict[str, Any]) -> dict[str, Code]:
    """Every code by its anchor id."""
    out = {}
    for pid, product in data.items():
        if pid == "page":
            continue
        for group in product["groups"]:
            for row in group["codes"]:
                meaning = str(row.get("meaning") or row.get("situation") or row.get("response") or "")
                out[code_id(pid, row)] = Code(code_id(pid, row), str(row.get("code", "")), product["title"], meaning)
    return out


def render_page(data: dict[str, Any]) -> str:
    """docs/reference/error-codes.md as Markdown."""
    page = data["page"]
    parts = [
        front_matter(page["title"], page["description"], page.get("keywords")),
        f"# {page['title']}",
        page["intro"],
    ]
    if page.get("tool"):
        parts.append(page["tool"])
    for pid, product in data.items():
        if pid == "page":
            continue
        parts.append(f"## {product['title']}")
        if "intro" in product:
            parts.append(product["intro"])
        for group in product["groups"]:
            if group["title"]:
                parts.append(f"### {group['title']}")
            parts.append(_group_table(pid, group))
            parts += _blocks(group.get("after", []))
        parts += _blocks(product.get("after", []))
    parts.append(page["outro"])
    return "\n\n".join(parts) + "\n"


def _code_cell(pid: str, row: dict[str, Any]) -> str:
    anchor = code_id(pid, row)
    return f"[`{row['code']}`](#{anchor}){{ #{anchor} }}" + "".join(f", `{also}`" for also in row.get("also", []))


def _group_table(pid: str, group: dict[str, Any]) -> str:
    columns = group["columns"]
    rows = [
        [_code_cell(pid, row) if col["key"] == "code" else str(row[col["key"]]) for col in columns]
        for row in group["codes"]
    ]
    if all(col["key"] != "code" for col in columns):  # no code column: the first cell carries the row's anchor
        for cells, row in zip(rows, group["codes"], strict=True):
            cells[0] = f'<span id="{code_id(pid, row)}"></span>{cells[0]}'
    return table([col["label"] for col in columns], rows)


def _blocks(blocks: list[dict[str, Any]]) -> list[str]:
    out = []
    for block in blocks:
        if "markdown" in block:
            out.append(block["markdown"])
        else:
            example = block["example"]
            body = json.dumps(example["body"], indent=2, ensure_ascii=False)
            out.append(f'```json title="{example["title"]}"\n{body}\n```')
    return out
