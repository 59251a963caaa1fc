"""`--8<-- "path"` includes (pymdownx.snippets): the pattern, and where an included file lives.

The folders an include is looked up in are mkdocs.yml's pymdownx.snippets `base_path`.
"""

from __future__ import annotations

import re
from pathlib import Path

from .config import load_config, markdown_extension

SNIPPET = re.compile(r"""^\s*-{2}8<-{2}\s+["'](?P<path>[^"']+)["']\s*$""")


def bases(root: Path) -> list[Path]:
    """The include folders, from mkdocs.yml (pymdownx.snippets base_path)."""
    base_path = markdown_extension(load_config(root), "pymdownx.snippets").get("base_path", ["."])
    return [root / base for base in ([base_path] if isinstance(base_path, str) else base_path)]


def resolve_snippet(name: str, root: Path) -> Path | None:
    """The file an include names, or None if it is in none of the include folders."""
    return next((base / name for base in bases(root) if (base / name).is_file()), None)


def includes(lines: list[str]) -> list[tuple[int, str]]:
    """(1-based line, included path) of every include line."""
    return [(number, m["path"]) for number, text in enumerate(lines, 1) if (m := SNIPPET.match(text))]
