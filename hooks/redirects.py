"""Feeds redirects.tsv (legacy URL → page) to mkdocs-redirects.

mkdocs-redirects takes its map from mkdocs.yml; keeping 750 legacy paths there
would bury the configuration, so the map lives in redirects.tsv and this hook
hands it to the plugin. One gap the plugin leaves: with directory URLs it
writes `old.md` as `old/index.html`, so a legacy URL that ends in `page.html`
would not exist. For those few paths this hook writes the file itself, with
the plugin's own template and path helpers.
"""

from __future__ import annotations

import csv
import logging
import os
import posixpath
from pathlib import Path

from mkdocs_redirects import plugin as redirects_plugin

log = logging.getLogger("mkdocs.hooks.redirects")

MAP_FILE = Path(__file__).resolve().parent.parent / "redirects.tsv"

_html_files: dict[str, str] = {}


def load_map(path: Path = MAP_FILE) -> list[tuple[int, str, str]]:
    """Return (line, legacy path, target page) for every row of the map."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t")
        for line, row in enumerate(reader, start=1):
            if line == 1 or not row or row[0].startswith("#"):
                continue
            rows.append((line, row[0].strip(), row[1].strip()))
    return rows


def legacy_to_md(old: str) -> str | None:
    """Turn a legacy URL path into the .md key mkdocs-redirects expects.

    Returns None for paths the plugin cannot express (the site root, and
    `page.html` files that are not index.html).
    """
    rel = old.strip("/")
    if not rel or "*" in rel:
        return None
    if rel.endswith("/index.html"):
        return rel[: -len(".html")] + ".md"
    if rel.endswith(".html"):
        return None
    return rel + ".md"


def on_config(config):
    _html_files.clear()
    if not MAP_FILE.exists():
        return config
    if os.environ.get("DOCS_FULL_BUILD", "true").lower() == "false":
        # `make serve` preview: writing 750 stubs on every save would cost more than the page itself.
        log.info("Preview (DOCS_FULL_BUILD=false): legacy redirects are not written")
        return config
    maps: dict[str, str] = {}
    for _line, old, target in load_map():
        key = legacy_to_md(old)
        if key is not None:
            maps[key] = target
        elif old.strip("/").endswith(".html"):
            _html_files[old.strip("/")] = target
    plugin = config.plugins.get("redirects")
    if plugin is None:
        log.warning("redirects.tsv exists but the redirects plugin is not enabled in mkdocs.yml")
        return config
    plugin.config["redirect_maps"] = {**plugin.config.get("redirect_maps", {}), **maps}
    return config


def on_post_build(config):
    if not _html_files:
        return
    pages = {}
    plugin = config.plugins.get("redirects")
    if plugin is not None:
        pages = getattr(plugin, "doc_pages", {})
    for old, target in _html_files.items():
        page_path, _, fragment = target.partition("#")
        page = pages.get(page_path)
        if page is None:
            log.warning("Redirect target '%s' (for /%s) does not exist!", target, old)
            continue
        url = posixpath.relpath(page.url or ".", posixpath.dirname(old) or ".")
        if page.url.endswith("/") or page.url == "":
            url = url.rstrip("/") + "/"
        if fragment:
            url += "#" + fragment
        redirects_plugin.write_html(config["site_dir"], old, url)
