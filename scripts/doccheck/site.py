"""Checks on the built HTML in site/."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

from . import Problem
from .markdown import iter_pages, line_of


def page_html(site: Path, rel_md: str) -> Path:
    """docs/a/b.md → site/a/b/index.html (directory URLs)."""
    stem = rel_md[:-3]
    if stem == "index" or stem.endswith("/index"):
        return site / (stem + ".html")
    if stem == "404":
        return site / "404.html"
    return site / stem / "index.html"


def source_of(site: Path, root: Path, html_file: Path) -> Path:
    """The Markdown file (or template) a built HTML file comes from."""
    rel = html_file.relative_to(site).as_posix()
    if rel.endswith("index.html"):
        stem = rel[: -len("index.html")].rstrip("/")
        for cand in (f"{stem}.md", f"{stem}/index.md" if stem else "index.md"):
            if (root / "docs" / cand).is_file():
                return root / "docs" / cand
    if (root / "docs" / rel.replace(".html", ".md")).is_file():
        return root / "docs" / rel.replace(".html", ".md")
    return html_file


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs: list[tuple[str, str, str, int]] = []  # tag, attr, url, line
        self.title = None
        self._in_title = False
        self.description = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        line = self.getpos()[0]
        if tag == "title":
            self._in_title = True
        if tag == "meta" and a.get("name") == "description":
            self.description = a.get("content")
        for attr in ("src", "href", "srcset", "poster", "data"):
            if a.get(attr):
                self.refs.append((tag, attr, a[attr], line))
        if tag == "link" and a.get("rel") == "preconnect":
            self.refs.append((tag, "preconnect", a.get("href", ""), line))

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title = (self.title or "") + data


def parse(file: Path) -> _Tags:
    parser = _Tags()
    parser.feed(file.read_text(encoding="utf-8"))
    return parser


def check_rendered_meta(root: Path, site: Path) -> list[Problem]:
    """Front matter title and description reach <title> and <meta name=description>."""
    problems = []
    for page in iter_pages(root):
        if page.rel == "404.md" or not isinstance(page.meta.get("description"), str):
            continue
        built = page_html(site, page.rel)
        if not built.exists():
            problems.append(Problem(page.path, 1, f"page was not built to {built.relative_to(site)}",
                                    "check that it is in nav and that the build passes"))
            continue
        tags = parse(built)
        title = str(page.meta.get("title", ""))
        if title and (not tags.title or title not in html.unescape(tags.title)):
            problems.append(Problem(page.path, 2, f"<title> is '{tags.title}', without the front matter title",
                                    "keep `title:` in the front matter; do not override the title block in overrides/"))
        if (tags.description or "").strip() != page.meta["description"].strip():
            problems.append(Problem(page.path, line_of(page.lines, "description:", 2),
                                    "the page's <meta name=\"description\"> is not its front matter description",
                                    "keep `description:` in the front matter"))
    return problems


# Tags whose URL the browser loads while reading the page (not links to follow).
LOADED = {("script", "src"), ("link", "href"), ("img", "src"), ("img", "srcset"), ("source", "src"),
          ("source", "srcset"), ("iframe", "src"), ("video", "src"), ("audio", "src"), ("embed", "src"),
          ("object", "data"), ("link", "preconnect"), ("video", "poster")}
CSS_URL = re.compile(r"url\(\s*['\"]?(https?:)?//[^)'\"]+", re.IGNORECASE)
CSS_IMPORT = re.compile(r"@import\s+(url\()?['\"]?(https?:)?//", re.IGNORECASE)


def check_self_contained(root: Path, site: Path) -> list[Problem]:
    """No script, stylesheet, font, image or frame comes from another host."""
    problems = []
    for file in sorted(site.rglob("*.html")):
        tags = parse(file)
        for tag, attr, url, line in tags.refs:
            if (tag, attr) not in LOADED:
                continue
            if tag == "link" and attr == "href" and not _loads(file, line):
                continue
            host = urlparse(url if "://" in url or url.startswith("//") else "").hostname
            if host:
                src = source_of(site, root, file)
                where = (src, line_of(src.read_text(encoding="utf-8").splitlines(), url)) if src.suffix == ".md" else (file, line)
                problems.append(Problem(where[0], where[1], f"<{tag} {attr}> loads {url} from another host",
                                        "serve it from docs/assets/ (vendor it from its npm package) or remove it"))
    for file in sorted(list(site.rglob("*.css"))):
        text = file.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), 1):
            if CSS_URL.search(line) or CSS_IMPORT.search(line):
                src = root / "docs" / file.relative_to(site)
                problems.append(Problem(src if src.exists() else file, number, "stylesheet loads a file from another host",
                                        "serve the font or image from docs/assets/"))
    return problems


_LINK_RELS: dict[Path, dict[int, str]] = {}


def _loads(file: Path, line: int) -> bool:
    """A <link href> is loaded if it is a stylesheet, icon, preload or manifest (not canonical, alternate…)."""
    rels = _LINK_RELS.get(file)
    if rels is None:
        rels = {}
        for number, text in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            for m in re.finditer(r"<link\b[^>]*>", text):
                rel = re.search(r'rel="([^"]+)"', m.group(0))
                rels[number] = (rels.get(number, "") + " " + (rel.group(1) if rel else "")).strip()
        _LINK_RELS[file] = rels
    rel = rels.get(line, "")
    return any(r in rel for r in ("stylesheet", "icon", "preload", "modulepreload", "manifest", "preconnect", "dns-prefetch"))


def check_links(root: Path, site: Path) -> list[Problem]:
    """lychee over the built HTML: pages, assets and #fragments, raw HTML and templates included."""
    lychee = Path(sys.executable).parent / "lychee"
    proc = subprocess.run(
        [str(lychee), "--offline", "--include-fragments", "--root-dir", str(site.resolve()),
         "--index-files", "index.html", "--no-progress", "--format", "json", "--mode", "plain",
         "--exclude-path", str((site / "404.html").resolve()),
         str(site / "**" / "*.html")],
        capture_output=True, text=True, cwd=root,
    )
    if proc.returncode == 0:
        return []
    try:
        start = proc.stdout.index("{")
        data = json.loads(proc.stdout[start:])
    except (ValueError, json.JSONDecodeError):
        return [Problem("site", 1, "lychee failed: " + (proc.stderr or proc.stdout).strip()[-300:], "read the lychee output")]
    problems = []
    for html_file, failures in sorted((data.get("error_map") or data.get("fail_map") or {}).items()):
        file = Path(html_file)
        src = source_of(site, root, file) if file.is_absolute() else source_of(site, root, root / file)
        for failure in failures:
            url = failure.get("url", "")
            status = failure.get("status", {})
            text = status.get("text") if isinstance(status, dict) else str(status)
            target = url.split("#")[-1] if "#" in url else url
            lines = src.read_text(encoding="utf-8").splitlines() if src.exists() else []
            number = line_of(lines, "#" + target) if "#" in url else line_of(lines, Path(urlparse(url).path).name or url)
            problems.append(Problem(src, number, f"broken link in the built page: {_short(url, site)} ({text})",
                                    "point it at a page or heading that exists (check the anchor spelling)"))
    return problems


def _short(url: str, site: Path) -> str:
    prefix = "file://" + str(site.resolve())
    return url.replace(prefix, "") if url.startswith(prefix) else url
