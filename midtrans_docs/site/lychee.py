"""lychee over the built HTML, offline: pages, assets and #fragments."""

from __future__ import annotations

import subprocess
from pathlib import Path

from .build import BIN

LYCHEE = BIN / "lychee"


def lychee_command(site: Path, json_output: bool = False, exclude: list[Path] | None = None) -> list[str]:
    site = site.resolve()
    cmd = [
        str(LYCHEE),
        "--offline",
        "--include-fragments",
        "--root-dir",
        str(site),
        "--index-files",
        "index.html",
        "--no-progress",
    ]
    if json_output:
        cmd += ["--format", "json", "--mode", "plain"]
    for path in exclude or []:
        cmd += ["--exclude-path", str(path.resolve())]
    return [*cmd, f"{site}/**/*.html"]


def run_lychee(site: Path, cwd: Path, json_output: bool = True) -> subprocess.CompletedProcess[str]:
    """lychee with JSON output; the 404 page is left out (its links are relative to wherever it is shown)."""
    cmd = lychee_command(site, json_output=json_output, exclude=[site / "404.html"])
    return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd)
