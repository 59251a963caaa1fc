"""The layers of midtrans_docs/: no import cycle, an upward import fails, the diagram follows the contract."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import grimp

from midtrans_docs import ROOT
from midtrans_docs.checks.layout import check_layer_diagram

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def test_no_import_cycle() -> None:
    graph = grimp.build_graph("midtrans_docs")
    cycles = []
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back:
                cycles.append(" → ".join((module, *back)))
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def _copy(tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    shutil.copytree(ROOT / "midtrans_docs", copy / "midtrans_docs", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "CONTRIBUTING.md"):
        shutil.copy(ROOT / name, copy / name)
    return copy


def test_upward_import_fails_lint_imports(tmp_path: Path) -> None:
    copy = _copy(tmp_path)
    pages = copy / "midtrans_docs" / "sources" / "pages.py"
    lines = pages.read_text(encoding="utf-8").splitlines()
    at = lines.index("import yaml") + 1
    lines.insert(at, "from ..checks import nav  # noqa: F401")
    pages.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=copy,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(copy)},
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "midtrans_docs layers (CONTRIBUTING.md, How the code is laid out) BROKEN" in proc.stdout, proc.stdout
    assert f"midtrans_docs.sources.pages -> midtrans_docs.checks.nav (l.{at + 1})" in proc.stdout, proc.stdout


def test_diagram_differs_from_contract(tmp_path: Path) -> None:
    copy = _copy(tmp_path)
    assert check_layer_diagram(copy) == []
    pyproject = copy / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace('"i18n",\n', ""), encoding="utf-8")
    [problem] = check_layer_diagram(copy)
    text = str(problem)
    assert "CONTRIBUTING.md:" in text and "the layer diagram differs" in text, text
    assert "→ run .venv/bin/python -m midtrans_docs.sources.layers --write" in text, text
