"""Every page the site has: the Markdown files in docs/ and the pages midtrans_docs.reference generates.

Checks read pages through here, so a generated page is checked like a written one. It sits in the reference
layer because it needs the generator; sources/ (below) reads one page at a time and knows nothing of it.
"""

from __future__ import annotations

from pathlib import Path

from ..sources.fences import Block, fenced_blocks
from ..sources.pages import Page, front_matter, page_files, read_page
from .pages import generate


def iter_pages(root: Path) -> list[Page]:
    """Every page: the files in docs/, then the pages generated at build time (see generated_pages)."""
    docs = root / "docs"
    return [read_page(p, docs) for p in page_files(docs)] + generated_pages(root)


def generated_pages(root: Path) -> list[Page]:
    """The pages midtrans_docs.reference generates (API reference, error codes), as if they were in docs/.

    Their `path` is where they would be in docs/; no such file exists, the text is generated from
    openapi/*.yaml and data/errors.yml, which is where a problem they report is fixed."""
    if not (root / "openapi").is_dir():
        return []
    out = []
    for rel, text in sorted(generate(root).items()):
        lines = text.splitlines()
        meta, error, start = front_matter(lines)
        out.append(Page(path=root / "docs" / rel, rel=rel, meta=meta, meta_error=error, body_start=start, lines=lines))
    return out


def all_blocks(root: Path) -> list[Block]:
    """Every fenced block of every page."""
    return [block for page in iter_pages(root) for block in fenced_blocks(page, root)]
