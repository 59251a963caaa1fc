"""The Markdown pages in docs/: listing them, reading their front matter, finding lines."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .yamlio import safe_load


@dataclass
class Page:
    path: Path
    rel: str  # path relative to docs/, with forward slashes
    meta: dict[str, Any]
    meta_error: str | None
    body_start: int  # 1-based line where the body starts
    lines: list[str]


def page_files(docs: Path) -> list[Path]:
    """Every Markdown page under docs/, sorted."""
    return sorted(docs.rglob("*.md"))


def read_page(path: Path, docs_dir: Path) -> Page:
    lines = path.read_text(encoding="utf-8").splitlines()
    meta, error, start = front_matter(lines)
    return Page(
        path=path, rel=path.relative_to(docs_dir).as_posix(), meta=meta, meta_error=error, body_start=start, lines=lines
    )


def front_matter(lines: list[str]) -> tuple[dict[str, Any], str | None, int]:
    """(metadata, error message or None, 1-based line where the body starts)."""
    if not lines or lines[0].strip() != "---":
        return {}, None, 1
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), 0)
    if not end:
        return {}, "front matter starts with --- but never closes", 1
    try:
        loaded = safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (front matter line {mark.line + 1})" if mark else ""
        return {}, f"front matter is not valid YAML{where}: {getattr(exc, 'problem', exc)}", end + 2
    if not isinstance(loaded, dict):
        return {}, "front matter is not a mapping of keys to values", end + 2
    return loaded, None, end + 2


def line_of(lines: list[str], needle: str, default: int = 1) -> int:
    """1-based line of the first line containing `needle`."""
    for number, text in enumerate(lines, start=1):
        if needle in text:
            return number
    return default
