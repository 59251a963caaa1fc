"""First-load page weight, read from a built site on disk.

`first_load(site_dir, html_file)` answers: how many bytes does a reader download
to display this page before touching it? It parses the built HTML and follows
what the browser would fetch at load time:

* the HTML itself,
* `<script src>`, `<link rel="stylesheet|icon|preload|modulepreload" href>` and
  `<img src>` (images with `loading="lazy"` are counted as lazy),
* fonts referenced by `url()` in those stylesheets (and `@import`ed CSS).

Only same-site files are read (relative URLs, root-relative URLs and absolute
URLs under `site_url`); anything else is listed under `external`, because a
self-contained site should have none. Each file is gzipped on its own at level
6, which is what a typical web server does per response.

Diagrams are inline SVG (hooks/diagrams.py), so they are part of the HTML. A
`class="mermaid"` block left for the browser would make Material fetch Mermaid
from unpkg.com; it is reported under `external`.

tests/test_budgets.py and `midtrans-docs bench` both read pages through `first_load`.
"""

from __future__ import annotations

import functools
import gzip
import os
import posixpath
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from .html import Document, css_refs, parse_text

FONT_EXT = (".woff2", ".woff", ".ttf", ".otf", ".eot")
MERMAID_MARK = 'class="mermaid"'
LINK_RELS = {"stylesheet", "icon", "preload", "modulepreload"}


@functools.lru_cache(maxsize=4096)
def _sizes(path: str, mtime_ns: int, size: int) -> tuple[int, int]:
    data = Path(path).read_bytes()
    return len(data), len(gzip.compress(data, compresslevel=6, mtime=0))


def file_sizes(path: Path) -> tuple[int, int]:
    """(raw bytes, gzip level-6 bytes) of one file; cached by path+mtime+size."""
    st = path.stat()
    return _sizes(str(path), st.st_mtime_ns, st.st_size)


def loaded(doc: Document) -> list[tuple[str, str, bool]]:
    """(kind, url, lazy) of what the browser fetches to show the page: scripts, stylesheets, icons,
    preloads and images."""
    found = []
    for ref in doc.refs:
        if ref.tag == "script" and ref.attr == "src":
            found.append(("js", ref.url, False))
        elif ref.tag == "link" and ref.attr == "href" and ref.rels & LINK_RELS:
            found.append((_link_kind(ref.rels, ref.attrs.get("as", "")), ref.url, False))
        elif ref.tag == "img" and ref.attr == "src":
            found.append(("img", ref.url, ref.attrs.get("loading", "").lower() == "lazy"))
    return found


def _link_kind(rels: set[str], as_: str) -> str:
    if "stylesheet" in rels:
        return "css"
    if "icon" in rels:
        return "icon"
    if "modulepreload" in rels:
        return "js"
    return {"script": "js", "style": "css", "font": "font"}.get(as_, "preload")


def _site_prefix(site_dir: Path) -> tuple[str, str]:
    """(site_url, its path) from the sitemap, so absolute same-site URLs resolve."""
    sitemap = site_dir / "sitemap.xml"
    if sitemap.exists():
        m = re.search(r"<loc>(https?://[^<]+)</loc>", sitemap.read_text(encoding="utf-8", errors="replace"))
        if m:
            parts = urlsplit(m.group(1))
            base = f"{parts.scheme}://{parts.netloc}/"
            return base, "/"
    return "", "/"


def _resolve(site_dir: Path, page_rel: str, url: str, site_url: str) -> tuple[Path | None, str | None]:
    """Map a URL found in `page_rel` to a file in site_dir, or (None, external URL)."""
    url = url.strip()
    if not url or url.startswith(("data:", "#", "javascript:", "mailto:", "blob:")):
        return None, None
    if site_url and url.startswith(site_url):
        url = "/" + url[len(site_url) :]
    parts = urlsplit(url)
    if parts.scheme or url.startswith("//"):
        return None, url
    path = unquote(parts.path)
    if not path:
        return None, None
    if path.startswith("/"):
        rel = posixpath.normpath(path.lstrip("/"))
    else:
        rel = posixpath.normpath(posixpath.join(posixpath.dirname(page_rel), path))
    target = site_dir / rel
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, None


def _item(site_dir: Path, path: Path, kind: str, url: str, reason: str | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {"kind": kind, "url": url, "path": os.path.relpath(path, site_dir).replace(os.sep, "/")}
    if path.is_file():
        item["raw"], item["gzip"] = file_sizes(path)
    else:
        item["raw"] = item["gzip"] = None
    if reason:
        item["reason"] = reason
    return item


def _css_fonts(site_dir: Path, css: Path, seen: set, site_url: str, depth: int = 0) -> tuple[list, list]:
    """Fonts (and @imported stylesheets) a stylesheet pulls in."""
    out: list[dict[str, Any]] = []
    external: list[str] = []
    if depth > 3 or not css.is_file():
        return out, external
    text = css.read_text(encoding="utf-8", errors="replace")
    css_rel = os.path.relpath(css, site_dir).replace(os.sep, "/")
    refs = [
        ("css" if kind == "import" else "font", url)
        for _, kind, url in css_refs(text)
        if kind == "import" or urlsplit(url).path.lower().endswith(FONT_EXT)
    ]
    for kind, url in refs:
        target, ext = _resolve(site_dir, css_rel, url, site_url)
        if ext:
            external.append(ext)
        if target is None or target in seen:
            continue
        seen.add(target)
        out.append(_item(site_dir, target, kind, url))
        if kind == "css":
            more, more_ext = _css_fonts(site_dir, target, seen, site_url, depth + 1)
            out += more
            external += more_ext
    return out, external


def first_load(site_dir, html_file) -> dict:
    """Bytes a reader downloads to show `html_file` before any interaction.

    Returns a dict:
      raw, gzip   totals over `requests` (None sizes count as 0; see `missing`)
      requests    [{kind, url, path, raw, gzip}], the HTML first
      lazy        same shape, loaded after first paint (Mermaid, lazy images)
      lazy_raw, lazy_gzip   totals over `lazy`
      external    third-party URLs the page would load (should be empty)
      missing     same-site paths referenced but not on disk
    """
    site_dir = Path(site_dir).resolve()
    html_path = Path(html_file)
    if not html_path.is_absolute():
        html_path = site_dir / html_path
    html_path = html_path.resolve()
    page_rel = os.path.relpath(html_path, site_dir).replace(os.sep, "/")
    html = html_path.read_text(encoding="utf-8", errors="replace")
    site_url, _ = _site_prefix(site_dir)

    requests = [_item(site_dir, html_path, "html", page_rel)]
    lazy: list[dict] = []
    external: list[str] = []
    seen = {html_path}
    for kind, url, is_lazy in loaded(parse_text(html)):
        target, ext = _resolve(site_dir, page_rel, url, site_url)
        if ext:
            external.append(ext)
            continue
        if target is None or target in seen:
            continue
        seen.add(target)
        item = _item(site_dir, target, kind, url, "loading=lazy" if is_lazy else None)
        (lazy if is_lazy else requests).append(item)
        if kind == "css":
            fonts, ext_fonts = _css_fonts(site_dir, target, seen, site_url)
            requests += fonts
            external += ext_fonts

    # A Mermaid block left for the browser: Material fetches the library from unpkg.
    if MERMAID_MARK in html:
        external.append("https://unpkg.com/mermaid@11/dist/mermaid.min.js")

    def total(items, key):
        return sum(i[key] or 0 for i in items)

    return {
        "page": page_rel,
        "raw": total(requests, "raw"),
        "gzip": total(requests, "gzip"),
        "requests": requests,
        "lazy": lazy,
        "lazy_raw": total(lazy, "raw"),
        "lazy_gzip": total(lazy, "gzip"),
        "external": sorted(set(external)),
        "missing": [i["path"] for i in requests + lazy if i["raw"] is None],
    }


def search_index(site_dir) -> dict | None:
    """Size of MkDocs/Material's search index (fetched by the search worker)."""
    path = Path(site_dir) / "search" / "search_index.json"
    if not path.is_file():
        return None
    raw, gz = file_sizes(path)
    return {"path": "search/search_index.json", "raw": raw, "gzip": gz}
