"""The reader tools (signature verifier, notification simulator, error decoder, request checker).

Gap it fills: the tools are our JavaScript (docs/assets/javascripts/tools.js) and JSON data generated from
data/ and openapi/ (midtrans_docs.tools). MkDocs adds a script to every page or to none; this hook

* adds the data files and the JSON Schema validator bundle (@cfworker/json-schema, bundled by esbuild from
  node_modules) to the build as generated files, so the site serves them and the tools fetch them from the
  same origin;
* serves tools.js minified by esbuild (the readable source stays in docs/);
* puts `<script src=".../tools-loader.js">` (under 1 KB) in the article of the pages that have a
  `class="mt-tool"` placeholder only; it loads tools.js when a tool comes near the screen or the reader
  reaches it, so a tool far down a page adds nothing to its first visit. Other pages load nothing more.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from midtrans_docs.hooks import project_root
from midtrans_docs.tools import LOADER, SCRIPT, VALIDATOR, bundle_validator, data_files, has_placeholder, minify_script

_cache: dict[str, Any] = {}


def _inputs(root: Path) -> tuple[tuple[str, float], ...]:
    """What the generated files depend on, with modification times: reuse them while nothing changed (both
    editions' builds, and every save under `make serve`)."""
    paths = [*sorted((root / "data").glob("*.yml")), *sorted((root / "openapi").glob("*.yaml")), root / "docs" / SCRIPT]
    paths.append(root / "node_modules" / "@cfworker" / "json-schema" / "package.json")
    return tuple((str(p), p.stat().st_mtime) for p in paths if p.exists())


def on_files(files: Any, config: Any) -> Any:
    root = project_root(config)
    source = root / "docs" / SCRIPT
    key = _inputs(root)
    if _cache.get("key") != key:
        _cache["files"] = {**data_files(root), VALIDATOR: bundle_validator(root), SCRIPT: minify_script(root, source)}
        _cache["key"] = key
    generated: dict[str, str] = _cache["files"]
    for src_uri, content in generated.items():
        existing = files.get_file_from_path(src_uri)
        if existing is not None:
            files.remove(existing)
        files.append(File.generated(config, src_uri, content=content))
    return files


def on_page_content(content: str, page: Any, config: Any, files: Any) -> str:
    if not has_placeholder(content):
        return content
    src = get_relative_url(LOADER, page.file.url)
    return content + f'\n<script src="{src}"></script>\n'
