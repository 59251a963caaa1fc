"""One parser for built HTML and CSS: the tags with URLs (and their line), the title and description,
and the URLs a stylesheet pulls in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

URL_ATTRS = ("src", "href", "srcset", "poster", "data")
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""", re.IGNORECASE)
CSS_IMPORT = re.compile(r"""@import\s+(?:url\(\s*)?['"]?([^'")\s;]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Ref:
    """A URL in a tag: <tag attr="url">, on `line` of the file."""

    tag: str
    attr: str
    url: str
    line: int
    attrs: dict[str, str]

    @property
    def rels(self) -> set[str]:
        return set(self.attrs.get("rel", "").lower().split())


class Document(HTMLParser):
    """Parse once; read `refs`, `title` and `description`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[Ref] = []
        self.title: str | None = None
        self.description: str | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "title":
            self._in_title = True
        if tag == "meta" and a.get("name") == "description":
            self.description = a.get("content")
        for attr in URL_ATTRS:
            if a.get(attr):
                self.refs.append(Ref(tag, attr, a[attr], self.getpos()[0], a))

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data


def parse(file: Path) -> Document:
    return parse_text(file.read_text(encoding="utf-8", errors="replace"))


def parse_text(html: str) -> Document:
    doc = Document()
    doc.feed(html)
    return doc


def css_refs(text: str) -> list[tuple[int, str, str]]:
    """(line, kind, url) of every url(…) ('url') and @import ('import') in a stylesheet."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        found += [(number, "import", m[1]) for m in CSS_IMPORT.finditer(line)]
        found += [(number, "url", m[2]) for m in CSS_URL.finditer(line) if not _in_import(line, m.start())]
    return found


def _in_import(line: str, at: int) -> bool:
    return line[:at].rstrip().endswith("@import")


def is_external(url: str) -> bool:
    return url.startswith(("http:", "https:", "//"))
