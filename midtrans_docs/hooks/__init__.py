"""MkDocs hooks, listed by path under `hooks:` in mkdocs.yml. Each is a thin adapter: the logic
lives in midtrans_docs.sources, midtrans_docs.site and midtrans_docs.diagrams."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def project_root(config: Any) -> Path:
    """The folder of the mkdocs.yml being built (the project, or a test's copy of it)."""
    return Path(config.config_file_path).resolve().parent


def full_build() -> bool:
    """False under `make serve` (DOCS_FULL_BUILD=false): previews skip what only publishing needs."""
    return os.environ.get("DOCS_FULL_BUILD", "true").lower() != "false"
