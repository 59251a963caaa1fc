"""A copy of the project's sources, for builds that must not touch the checkout (negative tests, bench)."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

# Top-level folders that are output or toolchains, never sources.
NOT_SOURCES = {
    ".git",
    ".venv",
    "node_modules",
    "build",
    "site",
    ".cache",
    ".pytest_cache",
    ".mypy_cache",
    ".ruff_cache",
}
NEVER = {"__pycache__"}


def copy_project(root: Path, dest: Path, leave_out: Iterable[str] = (), link_node_modules: bool = False) -> Path:
    """Copy `root` to `dest` without output and toolchains (and the top-level names in `leave_out`).

    link_node_modules symlinks node_modules (Mermaid, markdownlint, the SDK harness) instead of leaving it out."""
    top = NOT_SOURCES | set(leave_out)

    def ignore(folder: str, names: list[str]) -> set[str]:
        skip = {n for n in names if n in NEVER or n.endswith(".egg-info")}
        return skip | ({n for n in names if n in top} if Path(folder) == root else set())

    shutil.copytree(root, dest, ignore=ignore, symlinks=True)
    if link_node_modules and (root / "node_modules").exists():
        (dest / "node_modules").symlink_to(root / "node_modules")
    return dest
