"""The layers of midtrans_docs/ as pyproject.toml's import-linter contract states them, drawn for CONTRIBUTING.md.

`python -m midtrans_docs.sources.layers --write` redraws the diagram in CONTRIBUTING.md; checks/layout.py fails
when the committed one differs. Hand-written: import-linter enforces the layers but draws no documentation.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from .. import ROOT

START = "<!-- layers: generated from [tool.importlinter] in pyproject.toml; regenerate, do not edit -->"
END = "<!-- /layers -->"
FIX = "run .venv/bin/python -m midtrans_docs.sources.layers --write"


def contract_layers(root: Path) -> list[str]:
    """The `layers` of the layers contract in pyproject.toml, highest first."""
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config.get("tool", {}).get("importlinter", {}).get("contracts", [])
    return next((list(c["layers"]) for c in contracts if c.get("type") == "layers"), [])


def diagram(layers: list[str]) -> list[str]:
    """The diagram block: each layer on a line, an arrow down to the layer it may import from."""
    rows = []
    for i, layer in enumerate(layers):
        if i:
            rows.append("    ↓")
        rows.append("    " + "  |  ".join(f"{name.strip()}" for name in layer.split("|")))
    return [START, "", "```text", *rows, "```", "", END]


def block(lines: list[str]) -> tuple[int, int] | None:
    if START not in lines or END not in lines[lines.index(START) :]:
        return None
    start = lines.index(START)
    return start, lines.index(END, start)


def write(root: Path) -> None:
    path = root / "CONTRIBUTING.md"
    lines = path.read_text(encoding="utf-8").splitlines()
    where = block(lines)
    if where is None:
        raise SystemExit(f"{path}: no block opening with {START}")
    start, end = where
    lines[start : end + 1] = diagram(contract_layers(root))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        raise SystemExit(f"usage: python -m {__spec__.name if __spec__ else 'midtrans_docs.sources.layers'} --write")
    write(ROOT)
