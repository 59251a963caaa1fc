"""Keeps compiled theme templates between builds (Jinja's own bytecode cache).

Gap it fills: MkDocs makes a new Jinja environment for every build, so each
build, and each rebuild under `make serve`, compiles Material's 50 templates
again (about a third of a one-page rebuild). Jinja can store compiled
templates on disk and reuse them while the template file is unchanged; MkDocs
just never turns that on. The cache lives in .cache/jinja/ (git-ignored).
"""

from __future__ import annotations

from typing import Any

from jinja2 import FileSystemBytecodeCache

from midtrans_docs.hooks import project_root


def on_env(env: Any, config: Any, files: Any) -> Any:
    cache = project_root(config) / ".cache" / "jinja"
    cache.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(cache))
    return env
