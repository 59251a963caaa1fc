"""Running `mkdocs build`: the one command line and environment every caller uses (tests, bench)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent
MKDOCS = BIN / "mkdocs"
# Silence the MkDocs 2 / ProperDocs banners; they are not warnings.
QUIET = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "PYTHONDONTWRITEBYTECODE": "1"}
# Plugin switches for builds that test validation, not publishing (mkdocs.yml reads them with !ENV):
# llms.txt and git dates are the two slowest plugins; the Pagefind index (hooks/search.py) is not validation;
# the Indonesian edition doubles a build, and the negative tests put their mistakes in English pages.
VALIDATION_ONLY = {
    "DOCS_LLMS_TXT": "false",
    "DOCS_GIT_DATES": "false",
    "DOCS_SEARCH_INDEX": "false",
    "DOCS_ONLY_LANGUAGE": "en",
}


def build_env(strict: bool = True, **extra: str) -> dict[str, str]:
    return {**os.environ, **QUIET, "MKDOCS_STRICT": "true" if strict else "false", **extra}


def build_command(site_dir: Path, strict: bool = True) -> list[str]:
    return [str(MKDOCS), "build", *(["--strict"] if strict else []), "--clean", "-d", str(site_dir)]


def run_build(
    root: Path, site_dir: Path, publishing: bool = True, env: dict[str, str] | None = None
) -> tuple[int, str]:
    """`mkdocs build --strict` of the project at `root`; (exit code, log).

    publishing=False turns off the plugins that only make publishing output (VALIDATION_ONLY); `env` sets
    other DOCS_* switches."""
    env = build_env(True, **(VALIDATION_ONLY if not publishing else {}), **(env or {}))
    proc = subprocess.run(build_command(site_dir), cwd=root, capture_output=True, text=True, env=env)
    return proc.returncode, proc.stdout + proc.stderr
