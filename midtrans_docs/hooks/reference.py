"""Adds the generated API reference pages and publishes the OpenAPI spec files.

Gap it fills: MkDocs builds pages only from files in docs/. The API reference (reference/api/*.md) and the
error-codes page are generated from openapi/*.yaml and data/errors.yml by midtrans_docs.reference at build
time, so no copy of them is committed. MkDocs 1.6 can add such pages itself with `File.generated(config,
src_uri, content=...)` in `on_files`; the pages then go through every plugin (macros, snippets, llms-source)
like written ones, with no extra plugin (mkdocs-gen-files) needed. The spec files are added the same way
under openapi/, so the pages link to them and the site serves them, and llms.txt gets a link to each.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from midtrans_docs.hooks import current_language, project_root
from midtrans_docs.reference.pages import edit_sources, generate, llms_section, spec_files
from midtrans_docs.sources import rebuild
from midtrans_docs.sources.facts import render_facts
from midtrans_docs.sources.pages import front_matter, page_files


@event_priority(100)  # before mkdocs-redirects and llms-source list the pages
def on_files(files: Any, config: Any) -> Any:
    root = project_root(config)
    sources = edit_sources(root)
    # The Indonesian build (mkdocs-static-i18n) gets the same pages as translations (x.id.md), their texts
    # from the string catalogs (openapi/i18n/id/, data/errors.id.yml; midtrans_docs.reference.localize).
    lang = current_language(config)
    suffix = "" if lang == "en" else f".{lang}"
    # The generated pages also print the titles of the guides they link to (x-guide): a retitled guide makes them anew.
    titles = "\n".join(
        f"{p}\0{front_matter(p.read_text(encoding='utf-8').splitlines())[0].get('title')}"
        for p in page_files(root / "docs")
    )
    pages = rebuild.unless_changed(("reference", str(root), lang), root, lambda: generate(root, lang), also=titles)
    for english_uri, content in pages.items():
        src_uri = english_uri[: -len(".md")] + suffix + ".md"
        existing = files.get_file_from_path(src_uri)
        if existing is not None:
            files.remove(existing)  # a stale hand-written copy: the generated page wins
        file = File.generated(config, src_uri, content=content)
        # Edit links go to the file to change (edit_uri is relative to docs/ in mkdocs.yml).
        file.edit_uri = posixpath.relpath(sources[english_uri], config["docs_dir"].rsplit("/", 1)[-1])
        files.append(file)
    for site_path in spec_files(root):
        # Published with the facts its descriptions name (`{{ lifetime.card_token }}`) written out, in English.
        text = render_facts((root / site_path).read_text(encoding="utf-8"), root)
        files.append(File.generated(config, site_path, content=text))
    return files


def on_post_build(config: Any) -> None:
    if current_language(config) != "en":
        return  # hooks/i18n.py merges the Indonesian llms.txt into the English one, which has this section
    llms = Path(config["site_dir"]) / "llms.txt"
    if llms.is_file():
        text = llms.read_text(encoding="utf-8").rstrip("\n")
        llms.write_text(
            text + "\n\n" + llms_section(project_root(config), config["site_url"] or "") + "\n", encoding="utf-8"
        )
