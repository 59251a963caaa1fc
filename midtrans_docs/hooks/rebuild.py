"""`make serve` rebuilds only the pages whose inputs changed (midtrans_docs.sources.rebuild).

Gap it fills: MkDocs' --dirty decides by file times, which re-renders every generated page on each save and misses
a changed sample or the English page of a translation; the logic and the reasons
are in midtrans_docs.sources.rebuild."""

from __future__ import annotations

from typing import Any

from mkdocs.plugins import event_priority

from midtrans_docs.hooks import project_root
from midtrans_docs.sources import rebuild


def on_startup(command: str, dirty: bool) -> None:
    rebuild.serving(command)


@event_priority(-100)  # after every hook and plugin that adds or replaces pages (hooks/reference.py, i18n)
def on_files(files: Any, config: Any) -> Any:
    rebuild.mark(files, project_root(config))
    return files


def on_post_page(output: str, page: Any, config: Any) -> str:
    rebuild.written(page)
    return output
