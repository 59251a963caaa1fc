"""The layer diagram in CONTRIBUTING.md ("How the code is laid out") is the import-linter contract.

import-linter (`lint-imports`, run by `make lint`) enforces the layers in pyproject.toml; this check keeps the
picture of them true (sources/layers.py draws it).
"""

from __future__ import annotations

from pathlib import Path

from ..problems import Problem
from ..sources.layers import FIX, START, block, contract_layers, diagram
from .registry import source_check


@source_check
def check_layer_diagram(root: Path) -> list[Problem]:
    """CONTRIBUTING.md's layer diagram matches the layers contract in pyproject.toml."""
    path = root / "CONTRIBUTING.md"
    lines = path.read_text(encoding="utf-8").splitlines()
    where = block(lines)
    if where is None:
        return [Problem(path, 1, f"no layer diagram (a block opening with {START})", FIX)]
    start, end = where
    expected = diagram(contract_layers(root))
    if lines[start : end + 1] == expected:
        return []
    line = next((start + 1 + i for i, (a, b) in enumerate(zip(lines[start:], expected, strict=False)) if a != b), end)
    return [Problem(path, line, "the layer diagram differs from the layers contract in pyproject.toml", FIX)]
