"""Writer-facing checks, one module per concern. Each check returns `path:line: what → fix` problems.

    nav.py          mkdocs.yml nav: every page listed, overview titles match
    pages.py        front matter, images' alt text, reader-tool placeholders
    prose.py        placeholders, Markdown lint, spelling (and any rule about how pages are written)
    numbers.py      a fact's number and unit typed in prose instead of its {{ key }}
    code_blocks.py  fenced code: languages, JSON/YAML/Python/JS/PHP/shell/Go parse, includes exist
    secrets.py      only placeholder keys; worked Base64 and signature values recompute
    openapi/        the spec in openapi/, and every request, response and notification body against it
    curl.py         a curl command read into the request it sends (samples/, pages, openapi/ share it)
    samples/        samples/ run, compile and agree with cURL; complete tab sets
    diagrams.py     every ```mermaid has its committed SVG
    build_log.py    the strict build's warnings, as problems on the right line
    site.py         the built HTML: title and description, self-contained, links (lychee)
    layout.py       CONTRIBUTING.md's layer diagram is the import-linter contract in pyproject.toml
    checkout.py     data/status-transitions.yml: its shape, the checkout apps' JSON copy, the status diagrams

A new check is one function in the right module, decorated with @source_check (or
@slow_source_check / @site_check from .registry), plus a negative test in tests/test_negative.py.
"""

from __future__ import annotations

from . import (
    checkout,
    code_blocks,
    diagrams,
    i18n,
    language,
    layout,
    nav,
    numbers,
    openapi,
    pages,
    payment_methods,
    prose,
    samples,
    secrets,
    site,
    spelling,
)
from .registry import SITE_CHECKS, SOURCE_CHECKS

MODULES = (
    nav,
    pages,
    prose,
    numbers,
    code_blocks,
    secrets,
    openapi,
    samples,
    diagrams,
    i18n,
    spelling,
    site,
    language,
    payment_methods,
    layout,
    checkout,
)

__all__ = ["MODULES", "SITE_CHECKS", "SOURCE_CHECKS"]
