"""mkdocs.yml as plain data, and the facts that live in it: the nav, the outline, the plugins.

The nav is the one place that says which pages exist and in which order; the outline (the
top-level sections) and the areas (docs/ folders) that `new-page` offers are read from it.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without executing its !!python/ and !ENV tags (they load as None)."""


_TolerantLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def load_config(root: Path) -> dict[str, Any]:
    """mkdocs.yml of the project at `root` (python tags and !ENV resolved to None)."""
    path = root / "mkdocs.yml"
    return _load(path, path.stat().st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _load(path: Path, mtime_ns: int) -> dict[str, Any]:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}


def nav_entries(nav: list[Any]) -> list[str]:
    """Every page path in a nav tree, in order."""
    out: list[str] = []
    for item in nav:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                out.extend([value] if isinstance(value, str) else nav_entries(value))
    return out


def outline(config: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, first page) of each top-level nav section: the site's outline, in order."""
    sections = []
    for item in config.get("nav") or []:
        label, value = next(iter(item.items())) if isinstance(item, dict) else ("", item)
        pages = [value] if isinstance(value, str) else nav_entries(value)
        sections.append((label, pages[0] if pages else ""))
    return sections


def areas(config: dict[str, Any]) -> dict[str, str]:
    """docs/ folder → nav label, for the sections that start with `<folder>/index.md`."""
    return {first.split("/")[0]: label for label, first in outline(config) if first.endswith("/index.md")}


def plugin_names(config: dict[str, Any]) -> list[str]:
    return [next(iter(p)) if isinstance(p, dict) else str(p) for p in config.get("plugins") or []]


def markdown_extension(config: dict[str, Any], name: str) -> dict[str, Any]:
    """The options of one entry of markdown_extensions ({} if it has none)."""
    for entry in config.get("markdown_extensions") or []:
        if isinstance(entry, dict) and name in entry:
            return entry[name] or {}
    return {}
