"""Mapping between docs/ sources and the built site (directory URLs), and telling pages from redirect stubs."""

from __future__ import annotations

from pathlib import Path

REDIRECT_TITLE = "<title>Redirecting...</title>"  # mkdocs-redirects' stub template


TRANSLATION = ".id.md"  # docs/a/b.id.md is built at /id/a/b/ (mkdocs-static-i18n, see midtrans_docs/i18n.py)


def page_html(site: Path, rel_md: str) -> Path:
    """docs/a/b.md → site/a/b/index.html (directory URLs); docs/a/b.id.md → site/id/a/b/index.html."""
    if rel_md.endswith(TRANSLATION):
        return page_html(site / "id", rel_md[: -len(TRANSLATION)] + ".md")
    stem = rel_md[:-3]
    if stem == "index" or stem.endswith("/index"):
        return site / (stem + ".html")
    if stem == "404":
        return site / "404.html"
    return site / stem / "index.html"


def page_url(rel_md: str) -> str:
    """docs/a/b.md → `a/b/` (relative to the site root; '' for the home page); a/b.id.md → `id/a/b/`."""
    if rel_md.endswith(TRANSLATION):
        return "id/" + page_url(rel_md[: -len(TRANSLATION)] + ".md")
    stem = rel_md[:-3]
    if stem == "index":
        return ""
    return stem[: -len("index")] if stem.endswith("/index") else stem + "/"


def source_of(site: Path, root: Path, html_file: Path) -> Path:
    """The Markdown file (or template) a built HTML file comes from."""
    rel = html_file.relative_to(site).as_posix()
    if rel.startswith("id/"):
        english = source_of(site / "id", root, html_file)
        translation = english.with_name(english.name[: -len(".md")] + TRANSLATION)
        return translation if english.suffix == ".md" and translation.is_file() else english
    if rel.endswith("index.html"):
        stem = rel[: -len("index.html")].rstrip("/")
        for cand in (f"{stem}.md", f"{stem}/index.md" if stem else "index.md"):
            if (root / "docs" / cand).is_file():
                return root / "docs" / cand
    if (root / "docs" / rel.replace(".html", ".md")).is_file():
        return root / "docs" / rel.replace(".html", ".md")
    return html_file


def is_redirect_stub(html: str) -> bool:
    """A legacy-URL stub written by mkdocs-redirects (a meta refresh and nothing else)."""
    return REDIRECT_TITLE in html[:2000]


def html_files(site: Path) -> tuple[list[Path], list[Path]]:
    """(built pages, redirect stubs): every HTML file in the site, sorted."""
    pages: list[Path] = []
    stubs: list[Path] = []
    for path in sorted(site.rglob("*.html")):
        head = path.read_text(encoding="utf-8", errors="replace")[:2000]
        (stubs if is_redirect_stub(head) else pages).append(path)
    return pages, stubs


def content_pages(site: Path) -> list[Path]:
    """Every built HTML page except redirect stubs, sorted."""
    return html_files(site)[0]
