"""The Markdown pieces every generated page uses: front matter, tables, fences, tabs, anchors."""

from __future__ import annotations

import json
import posixpath
import re
from typing import Any

TAB_INDENT = "    "


def front_matter(title: str, description: str, keywords: list[str] | None = None) -> str:
    """Front matter of a generated page; `keywords` are search terms (see the search hook)."""
    lines = ["---", f"title: {_scalar(title)}", f"description: {_scalar(description)}"]
    if keywords:
        lines.append("keywords: " + json.dumps(keywords, ensure_ascii=False))
    return "\n".join([*lines, "---"])


def _scalar(text: str) -> str:
    """A YAML scalar: as written, or double-quoted when plain style would not read back as the same string."""
    return text if ": " not in text and " #" not in text and text[:1] not in "'\"[{&*!|>%@`-" else json.dumps(text)


def cell(text: str) -> str:
    """Text fit for one table cell: one line, pipes escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def fence(lang: str, body: str, title: str = "") -> str:
    info = f'{lang} title="{title}"' if title else lang
    return f"```{info}\n{body.rstrip()}\n```"


def json_fence(value: Any, title: str = "") -> str:
    return fence("json", json.dumps(value, indent=2, ensure_ascii=False), title)


def indent(text: str, prefix: str = TAB_INDENT) -> str:
    return "\n".join(prefix + line if line.strip() else "" for line in text.split("\n"))


def tabs(items: list[tuple[str, str]]) -> str:
    """A content-tab set (pymdownx.tabbed): one `=== "label"` per (label, Markdown)."""
    return "\n\n".join(f'=== "{label}"\n\n{indent(body)}' for label, body in items)


def details(summary: str, body: str, kind: str = "example") -> str:
    """A collapsed block (pymdownx.details)."""
    return f'??? {kind} "{summary}"\n\n{indent(body)}'


def kebab(name: str) -> str:
    """chargeTransaction → charge-transaction; irisCreatePayouts → iris-create-payouts."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).lower()


def relative(page: str, target: str) -> str:
    """A docs/-relative path (optionally with #anchor) as a link from `page` (also docs/-relative)."""
    path, _, fragment = target.partition("#")
    rel = posixpath.relpath(path, posixpath.dirname(page))
    return rel + (f"#{fragment}" if fragment else "")
