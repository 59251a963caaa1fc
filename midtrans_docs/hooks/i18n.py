"""The Indonesian edition around mkdocs-static-i18n: generated pages, shared code, stale notices, nav labels.

mkdocs-static-i18n builds docs/x.id.md at /id/x/ (a second MkDocs build of the same config, started from
its on_post_build). Gaps it leaves, filled here:

- Pages generated in memory (File.generated: the API reference and error codes, hooks/reference.py) have no
  file under docs/, and the plugin only knows files on disk: it fails on them. `on_config` teaches its two
  file functions that a generated page is a documentation page whose content travels with it.
- Code is shared, not translated: in a translation, every fenced block except Mermaid diagrams is replaced
  by the English page's block at the same position, so a sample fixed in English is fixed in Indonesian.
- A translation whose `translation_of:` is not the English file's current blob id gets a notice that the
  English page is newer, with a link to it (midtrans_docs.i18n decides; `make test` lists these pages).
- Nav labels: the plugin translates nav titles from `nav_translations`; page labels are taken from each
  translation's front-matter title here, so a title is written once, in its page.
- The switcher links to the same page in the other language; docs/assets/javascripts/reader.js adds the
  #section, so the reader lands where they were (translations keep the English heading ids). Material would
  fetch a sitemap below each per-page alternate (it expects language roots): `on_page_context` hands the
  links to the switcher only, and the sitemaps carry the hreflang alternates.
"""

from __future__ import annotations

import html
import logging
import posixpath
import re
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority
from mkdocs_static_i18n import reconfigure, suffix

from midtrans_docs import i18n
from midtrans_docs.hooks import current_language, project_root
from midtrans_docs.sources.fences import iter_fences
from midtrans_docs.sources.pages import front_matter, read_page

log = logging.getLogger("mkdocs.hooks.i18n")


_original_create = suffix.create_i18n_file
_original_relative = reconfigure.is_relative_to


def _is_relative_to(src_path: Any, dest_path: Any) -> bool:
    if src_path is None:  # a page generated in memory: it belongs to docs/
        return True
    return bool(_original_relative(src_path, dest_path))


def _create_i18n_file(file: Any, *args: Any, **kwargs: Any) -> Any:
    new = _original_create(file, *args, **kwargs)
    if getattr(file, "_content", None) is not None:  # keep the generated content and its edit link
        new._content = file._content
        new.abs_src_path = None
        new.generated_by = getattr(file, "generated_by", None)
        new.edit_uri = file.edit_uri
    return new


def on_config(config: Any) -> Any:
    reconfigure.is_relative_to = _is_relative_to
    suffix.create_i18n_file = _create_i18n_file
    return config


@event_priority(50)  # before mkdocs-llms-source lists the pages: llms.txt gets the Indonesian titles too
def on_nav(nav: Any, config: Any, files: Any) -> Any:
    if current_language(config) != i18n.LANG:
        return nav
    plugin = config.plugins.get("i18n")
    sections = dict(plugin.current_language_config.nav_translations or {}) if plugin is not None else {}

    def walk(items: list[Any]) -> None:
        for item in items:
            if getattr(item, "is_section", False):
                item.title = sections.get(item.title, item.title)
                walk(item.children)

    walk(nav.items)
    titles: dict[int, str] = {}
    for page in nav.pages:
        file = page.file
        if file.abs_src_path:
            meta, _, _ = front_matter(Path(file.abs_src_path).read_text(encoding="utf-8").splitlines())
        else:
            meta, _, _ = front_matter(file.content_string.splitlines())
        if isinstance(meta.get("title"), str):
            titles[id(page)] = meta["title"]
    for page in nav.pages:
        if id(page) in titles:
            page.title = titles[id(page)]
    return nav


def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    """Material turns each `extra.alternate` into a `<link rel="alternate" hreflang>` and then fetches
    `sitemap.xml` below each one, expecting language roots; mkdocs-static-i18n makes them this page's
    translations, so every page view would fetch two missing files. The per-page links go to the
    switcher (extra.language_links, overrides/partials/alternate.html); the hreflang alternates of every
    page are in /sitemap.xml and /id/sitemap.xml, which search engines read as well as head tags."""
    extra = config.extra  # the plugin sets `extra.alternate` as an attribute, which Jinja reads first
    alternates = getattr(extra, "alternate", None) or extra.get("alternate") or []
    extra["language_links"] = alternates
    extra["alternate"] = []
    if "alternate" in vars(extra):
        extra.alternate = []
    return context


def _english_of(page: Any) -> Path | None:
    path = page.file.abs_src_path
    if not path or not i18n.is_translation(Path(path)):
        return None
    return i18n.source_of(Path(path))


@event_priority(110)  # before hooks/snippets.py expands the includes: the blocks still read as written
def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    english = _english_of(page)
    if english is None or not english.is_file():
        return markdown
    docs = Path(config["docs_dir"])
    shared = [f for f in iter_fences(read_page(english, docs).lines) if not f.info.strip().startswith("mermaid")]
    lines = markdown.split("\n")
    own = [f for f in iter_fences(lines) if not f.info.strip().startswith("mermaid")]
    if len(own) != len(shared):
        return markdown  # the structure check reports it; never guess which block is which
    for mine, theirs in reversed(list(zip(own, shared, strict=True))):
        indent = lines[mine.line - 1][: len(lines[mine.line - 1]) - len(lines[mine.line - 1].lstrip())]
        body = [indent + b if b.strip() else b for b in theirs.body]
        lines[mine.line : mine.line + len(mine.body)] = body
    return "\n".join(lines)


def on_page_content(content: str, page: Any, config: Any, files: Any) -> str:
    path = page.file.abs_src_path
    if current_language(config) != i18n.LANG:
        return content
    if path is None:  # generated reference page: its Indonesian text comes from the string catalogs
        return content
    if i18n.is_translation(Path(path)) and i18n.is_stale(Path(path)):
        english_url = page.url[len(i18n.LANG) + 1 :]
        href = posixpath.relpath("/" + english_url, "/" + page.url).rstrip("/") + "/"
        notice = (
            '<div class="admonition warning translation-stale"><p class="admonition-title">'
            "Versi bahasa Inggris lebih baru</p><p>Halaman bahasa Inggris ini sudah diperbarui setelah "
            f'terjemahan ini dibuat. <a href="{html.escape(href)}" hreflang="en">Baca versi bahasa Inggris</a> '
            "untuk informasi terbaru.</p></div>"
        )
        return notice + "\n" + content
    return content


def stale_pages(config: Any) -> list[Path]:
    return i18n.stale_translations(project_root(config))


_english: dict[str, bytes] = {}
ENGLISH_ONLY = ("404.html", "llms.txt", "llms-full.txt")
TWIN_LINK = re.compile(r"\]\((https?://[^)\s]*?/|/)?([^)\s]*?)\.id\.md\)")


@event_priority(-50)  # after the other hooks and plugins, before mkdocs-static-i18n starts the Indonesian build
def on_post_build(config: Any) -> None:
    """Both builds write the theme's 404.html, the sitemap and llms-source's files at the top of site_dir,
    and the Indonesian build would replace the English ones. Each edition gets its own: /id/404.html (hosts
    serve the nearest 404.html), /id/sitemap.xml (the Indonesian addresses with their hreflang alternates,
    from the sitemap mkdocs-static-i18n writes for both), /id/llms-full.txt and the Markdown twins at
    /id/x.md; llms.txt lists both editions."""
    site = Path(config["site_dir"])
    if current_language(config) == "en":
        for name in ENGLISH_ONLY:
            if (site / name).is_file():
                _english[name] = (site / name).read_bytes()
        return
    own = site / i18n.LANG
    own.mkdir(exist_ok=True)
    if (site / "404.html").is_file():
        (site / "404.html").replace(own / "404.html")
    for twin in [p for p in site.rglob(f"*{i18n.SUFFIX}") if not p.is_relative_to(own)]:
        dest = own / twin.relative_to(site).as_posix()[: -len(i18n.SUFFIX)]
        dest = dest.with_name(dest.name + ".md")
        dest.parent.mkdir(parents=True, exist_ok=True)
        twin.replace(dest)
    base = (config.get("site_url") or "/").rstrip("/") + "/"

    def relink(text: str) -> str:
        return TWIN_LINK.sub(lambda m: f"]({base}{i18n.LANG}/{m[2]}.md)", text)

    if (site / "llms-full.txt").is_file():
        (own / "llms-full.txt").write_text(relink((site / "llms-full.txt").read_text(encoding="utf-8")), "utf-8")
    if (site / "llms.txt").is_file() and "llms.txt" in _english:
        indonesian = relink((site / "llms.txt").read_text(encoding="utf-8"))
        sections = indonesian[indonesian.find("\n## ") :].replace("\n## ", "\n## Bahasa Indonesia: ")
        (site / "llms.txt").write_text(
            _english["llms.txt"].decode("utf-8").rstrip("\n")
            + f"\n\n## Bahasa Indonesia\n\n- [Semua halaman dalam satu file]({base}{i18n.LANG}/llms-full.txt)\n"
            + sections,
            encoding="utf-8",
        )
    for name in ("404.html", "llms-full.txt"):
        if name in _english:
            (site / name).write_bytes(_english[name])
    _write_sitemap(site, own)


def _write_sitemap(site: Path, own: Path) -> None:
    sitemap = site / "sitemap.xml"
    if not sitemap.is_file():
        return
    text = sitemap.read_text(encoding="utf-8")
    head = text[: text.index("<url>")]
    urls = re.findall(r"<url>.*?</url>", text, re.S)
    mine = [u for u in urls if f"/{i18n.LANG}/</loc>" in u or re.search(rf"<loc>[^<]*/{i18n.LANG}/", u)]
    (own / "sitemap.xml").write_text(head + "\n    ".join(mine) + "\n</urlset>\n", encoding="utf-8")
