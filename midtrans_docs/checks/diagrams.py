"""Diagrams: every ```mermaid block has its committed SVG in diagrams/, and every SVG there is used."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from .. import diagrams
from ..problems import Problem
from .registry import source_check


def _tracked(root: Path) -> set[str] | None:
    """Names of the SVGs git tracks in diagrams/ (None outside a git checkout)."""
    if not (root / ".git").exists() or not shutil.which("git"):
        return None
    listing = subprocess.run(["git", "ls-files", "diagrams"], cwd=root, capture_output=True, text=True)
    return {Path(name).name for name in listing.stdout.split()} if listing.returncode == 0 else None


@source_check
def check_diagrams(root: Path) -> list[Problem]:
    out = root / diagrams.OUT
    problems = []
    missing, unused = diagrams.pending(root)
    for diagram in missing:
        problems.append(
            Problem(
                diagram.path,
                diagram.line,
                f"diagram has no SVG (diagrams/{diagram.svg_name})",
                "run `make diagrams` (a build does it too) and commit diagrams/",
            )
        )
    tracked = _tracked(root)
    if tracked is not None:
        for diagram in diagrams.all_diagrams(root):
            if diagram.svg_name not in tracked and (out / diagram.svg_name).exists():
                problems.append(
                    Problem(
                        diagram.path,
                        diagram.line,
                        f"diagrams/{diagram.svg_name} is not committed",
                        f"git add diagrams/{diagram.svg_name}",
                    )
                )
    for svg in unused:
        problems.append(
            Problem(
                svg,
                1,
                "no page uses this diagram (its source was edited or removed)",
                "delete it: `make diagrams` removes unused SVGs",
            )
        )
    return problems
