"""What a `make serve` rebuild (mkdocs serve --dirty) renders again: the pages whose inputs changed.

Gap it fills: MkDocs' --dirty re-renders a page when its source file is newer than its built HTML. That is
wrong three ways here. A generated page (the API reference, the error codes) has no source file, so all 34 of
them were rendered again on every save. A page that includes a sample (`--8<--`) is stale when the sample
changes, though its source is not newer. An Indonesian page shares the code blocks of its English page
(hooks/i18n.py), so it is stale when the English page changes. Neither MkDocs nor mkdocs-static-i18n keeps
anything between rebuilds to decide better.

This module does. A page's inputs are its Markdown (for a generated page, its generated text), the samples it
includes, for a translation its English page, and what every page reads: data/, openapi/, diagrams/,
overrides/, mkdocs.yml and the midtrans_docs code (files by size and modification time). `mark(files, root)`
gives every documentation page an `is_modified` that is True unless those inputs are the ones it was last
written with in this process (`written`, from on_post_page) and its HTML is still there. A full build never
asks `is_modified`, so only dirty rebuilds see it. The state lives in this imported module, since MkDocs loads
the hook files afresh on each rebuild.

Two more things a rebuild under `make serve` no longer waits for: the generated reference pages are made again
only when what every page reads changed (`unless_changed`), and the search index is rebuilt on a thread after
the page is served (`after_serving`), so search catches up about a second after the page.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from midtrans_docs.sources.snippets import includes, resolve_snippet

# What every page reads: a change here renders every page again.
SHARED = ("data", "openapi", "diagrams", "overrides", "midtrans_docs")
SHARED_FILES = ("mkdocs.yml",)
# Built HTML path → the input digest it was written with (this process).
_WRITTEN: dict[str, str] = {}
# unless_changed(): name → (digest of the shared inputs, value).
_MADE: dict[Any, tuple[str, Any]] = {}
# after_serving(): True once `mkdocs serve` started (on_startup), and the lock that runs the jobs one at a time.
_SERVING = [False]
_JOBS = threading.Lock()
_KEPT: dict[str, dict[Any, Any]] = {}
T = TypeVar("T")


def shared_inputs(root: Path) -> str:
    """A digest of the size and modification time of every file all pages read."""
    h = hashlib.sha256()
    paths = [root / f for f in SHARED_FILES]
    for folder in SHARED:
        paths += sorted(p for p in (root / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in paths:
        if path.is_file():
            stat = path.stat()
            h.update(f"{path.relative_to(root)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _source_text(file: Any) -> str | None:
    if getattr(file, "_content", None) is not None:
        return str(file._content)
    if file.abs_src_path and Path(file.abs_src_path).is_file():
        return Path(file.abs_src_path).read_text(encoding="utf-8")
    return None


def page_inputs(file: Any, root: Path, shared: str) -> str | None:
    """The digest of everything `file`'s rendered HTML depends on (None: unknown, always render)."""
    text = _source_text(file)
    if text is None:
        return None
    h = hashlib.sha256(shared.encode())
    texts = [text]
    src = str(file.abs_src_path or "")
    if src.endswith(".id.md") and Path(src[: -len(".id.md")] + ".md").is_file():
        texts.append(Path(src[: -len(".id.md")] + ".md").read_text(encoding="utf-8"))  # the shared code blocks
    for body in texts:
        h.update(body.encode("utf-8"))
        for _line, name in includes(body.splitlines()):
            sample = resolve_snippet(name, root)
            stat = sample.stat() if sample is not None else None
            h.update(f"{name}\0{stat.st_size if stat else -1}\0{stat.st_mtime_ns if stat else 0}\n".encode())
    return h.hexdigest()


def mark(files: Any, root: Path) -> None:
    """Give each documentation page an `is_modified` that compares its inputs with its last build's."""
    shared = shared_inputs(root)
    for file in files.documentation_pages():
        digest = page_inputs(file, root, shared)
        file.render_inputs = digest
        unchanged = (
            digest is not None and _WRITTEN.get(file.abs_dest_path) == digest and Path(file.abs_dest_path).is_file()
        )
        file.is_modified = (lambda: False) if unchanged else (lambda: True)


def written(page: Any) -> None:
    """Record that `page` was written with the inputs mark() found (on_post_page)."""
    digest = getattr(page.file, "render_inputs", None)
    if digest is not None:
        _WRITTEN[page.file.abs_dest_path] = digest


def remembered(name: str) -> dict[Any, Any]:
    """A dict kept for the whole process under `name`: what hooks learn from each page they render, kept for
    the pages a rebuild does not render again (the search hook's words per page)."""
    return _KEPT.setdefault(name, {})


def serving(command: str | None = None) -> bool:
    """Whether this process is `mkdocs serve` (set by hooks/rebuild.py's on_startup, which passes `command`)."""
    if command is not None:
        _SERVING[0] = command == "serve"
    return _SERVING[0]


def unless_changed(name: Any, root: Path, make: Callable[[], T], also: str = "") -> T:
    """`make()`, or its last value in this process if no file every page reads changed since (make serve), nor
    `also`: what else `make` reads, as text (the guide titles the generated reference prints)."""
    shared = shared_inputs(root) + hashlib.sha256(also.encode()).hexdigest()
    last = _MADE.get(name)
    if last is not None and last[0] == shared:
        return last[1]
    value = make()
    _MADE[name] = (shared, value)
    return value


def after_serving(job: Callable[[], None]) -> None:
    """Under `mkdocs serve`, run `job` on a thread, one job at a time; otherwise at once."""
    if not serving():
        job()
        return

    def run() -> None:
        with _JOBS:
            job()

    threading.Thread(target=run, daemon=True).start()
