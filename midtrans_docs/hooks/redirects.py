"""Feeds redirects.tsv (legacy URL → page) to mkdocs-redirects.

mkdocs-redirects takes its map from mkdocs.yml; keeping 750 legacy paths there
would bury the configuration, so the map lives in redirects.tsv and this hook
hands it to the plugin. One gap the plugin leaves: with directory URLs it
writes `old.md` as `old/index.html`, so a legacy URL that ends in `page.html`
would not exist. For those few paths this hook writes the file itself, with
the plugin's own template and path helpers.
"""

from __future__ import annotations

import logging
import posixpath
from typing import Any

from mkdocs.plugins import event_priority
from mkdocs_redirects import plugin as redirects_plugin

from midtrans_docs.hooks import current_language, full_build, project_root
from midtrans_docs.sources.redirects import MAP_FILE, legacy_to_md, load_map, page_addresses, target_language

log = logging.getLogger("mkdocs.hooks.redirects")

_html_files: dict[str, str] = {}


def on_config(config: Any) -> Any:
    _html_files.clear()
    map_file = project_root(config) / MAP_FILE
    if not map_file.exists():
        return config
    if not full_build():
        # `make serve` preview: writing 750 stubs on every save would cost more than the page itself.
        log.info("Preview (DOCS_FULL_BUILD=false): legacy redirects are not written")
        return config
    # Rows whose target is a translation (x.id.md: the legacy /id/… pages and Indonesian FAQ slugs) are
    # written by the Indonesian build (mkdocs-static-i18n), the others by the English one. A legacy path
    # that is now the address of a page is left to that page.
    language = current_language(config)
    pages = page_addresses(project_root(config))
    maps: dict[str, str] = {}
    for _line, old, target in load_map(map_file):
        if target_language(target) != language or old.strip("/") in pages:
            continue
        key = legacy_to_md(old)
        if key is not None:
            maps[key] = target
        elif old.strip("/").endswith(".html"):
            _html_files[old.strip("/")] = target
    plugin = config.plugins.get("redirects")
    if plugin is None:
        log.warning("redirects.tsv exists but the redirects plugin is not enabled in mkdocs.yml")
        return config
    plugin.config["redirect_maps"] = maps  # mkdocs.yml lists none; each build sets its own
    return config


@event_priority(-110)  # after mkdocs-static-i18n gave each page its address (/id/… in the Indonesian build)
def on_files(files: Any, config: Any) -> Any:
    """mkdocs-redirects reads the page addresses in its own on_files, before mkdocs-static-i18n moves the
    translations under /id/; give it the final ones, or its stubs would point at /x.id/."""
    plugin = config.plugins.get("redirects")
    if plugin is not None and hasattr(plugin, "doc_pages"):
        plugin.doc_pages = {f.src_path.replace("\\", "/"): f for f in files.documentation_pages()}
    return files


def on_post_build(config: Any) -> None:
    if not _html_files:
        return
    plugin = config.plugins.get("redirects")
    pages = getattr(plugin, "doc_pages", {}) if plugin is not None else {}
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
