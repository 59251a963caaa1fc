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


def current_language(config: Any) -> str:
    """The language being built: "en", then "id" in mkdocs-static-i18n's second build (hooks/i18n.py)."""
    plugin = config.plugins.get("i18n")
    return str(getattr(plugin, "current_language", None) or "en")


def normalized_src_uri(page: Any) -> str:
    """The page's path in docs/ without the language suffix: reference/error-codes.md for both editions."""
    return str(getattr(page.file, "norm_src_uri", None) or page.file.src_uri)


def last_language_build(config: Any) -> bool:
    """True in the build that finishes the site: the only one, or mkdocs-static-i18n's last language.

    Work on the whole site_dir (the search index, _headers) runs then, once, over both editions."""
    plugin = config.plugins.get("i18n")
    if plugin is None:
        return True
    languages = list(getattr(plugin, "build_languages", []) or [])
    return not languages or current_language(config) == languages[-1]
