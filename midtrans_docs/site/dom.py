"""DOM size of a built page: how many elements the browser's document has at load, and which blocks hold them.

Counts the elements of the built HTML as the parser puts them in the document: <template> content is not in the
document (it is a separate fragment until a script clones it), so it is not counted. html.parser gives the tags;
this module adds the tree (implicit closes, void elements) that the count per block needs: no library on the
registry counts a document's elements per subtree without a full DOM build (html5lib/lxml would, at 10× the time)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Blocks a writer or the generator controls, named in a report: the biggest of these explain a heavy page.
BLOCKS = {"pre", "table", "svg", "nav", "details", "ul", "ol", "form"}
# Tags whose open element closes an open <p> (HTML's implied end tags, the cases Python-Markdown output has).
CLOSES_P = {"div", "pre", "table", "ul", "ol", "details", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "p"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    line: int
    parent: Node | None = None
    size: int = 1  # this element and every element below it
    children: list[Node] = field(default_factory=list)
    heading: str = ""  # text of the last heading before it (for naming a block)
    text: str = ""  # first text inside it (a title, a summary)


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, 0)
        self.stack = [self.root]
        self.template = 0  # depth inside <template>: its content is not in the document
        self.heading = ""
        self._in_heading: Node | None = None
        self.count = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.template:
            self.template += tag == "template"
            return
        if tag in CLOSES_P and self.stack[-1].tag == "p":
            self._close("p")
        if tag == "li" and self.stack[-1].tag == "li":
            self._close("li")
        node = Node(tag, {k: v or "" for k, v in attrs}, self.getpos()[0], self.stack[-1], heading=self.heading)
        self.stack[-1].children.append(node)
        self.count += 1
        if tag == "template":
            self.template = 1
            return
        if tag in {"h1", "h2", "h3", "h4"}:
            self._in_heading = node
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID and not self.template and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if self.template:
            self.template -= tag == "template"
            return
        if self._in_heading is not None and tag == self._in_heading.tag:
            self.heading = self._in_heading.text
            self._in_heading = None
        self._close(tag)

    def _close(self, tag: str) -> None:
        if any(n.tag == tag for n in self.stack[1:]):
            while self.stack[-1].tag != tag:
                self.stack.pop()
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        text = " ".join(data.split())
        if not text:
            return
        for node in self.stack[1:]:
            if len(node.text) < 60:
                node.text = (node.text + " " + text).strip()


@dataclass(frozen=True)
class Block:
    """One heavy block of a page: what it is, where it is, and how many elements it holds."""

    tag: str
    label: str
    line: int
    elements: int

    def __str__(self) -> str:
        return f"<{self.tag}> {self.label} {self.elements:,}"


@dataclass(frozen=True)
class DomSize:
    elements: int
    blocks: list[Block]  # the largest blocks, biggest first


def _sizes(node: Node) -> int:
    node.size = 1 + sum(_sizes(child) for child in node.children)
    return node.size


def _label(node: Node) -> str:
    if node.tag == "pre":
        title = _title_of(node)
        lang = re.search(r"language-(\S+)", node.parent.attrs.get("class", "") if node.parent else "")
        where = f"of '{_short(title)}'" if title else f"under '{_short(node.heading)}'"
        return f"({lang[1]}) {where}" if lang else where
    if node.tag == "details":
        summary = next((c.text for c in node.children if c.tag == "summary"), node.text)
        return f"'{_short(summary)}'"
    if node.attrs.get("id"):
        return f"#{node.attrs['id']}"
    if node.attrs.get("class"):
        return "." + node.attrs["class"].split()[0] + (f" under '{_short(node.heading)}'" if node.heading else "")
    return f"under '{_short(node.heading)}'" if node.heading else ""


def _title_of(pre: Node) -> str:
    """A code block's title: the .filename span Material puts before the <pre>, inside the same .highlight."""
    parent = pre.parent
    if parent is not None:
        for sibling in parent.children:
            if sibling is pre:
                break
            if "filename" in sibling.attrs.get("class", ""):
                return sibling.text
    return ""


def _short(text: str, width: int = 50) -> str:
    text = re.sub(r"\s*¶$", "", text.strip())
    return text if len(text) <= width else text[: width - 1] + "…"


def _blocks(node: Node, out: list[Node]) -> None:
    """The outermost BLOCKS that hold no bigger block inside; a block is reported where its weight lies."""
    for child in node.children:
        if child.tag in BLOCKS and child.size >= 20:
            inner: list[Node] = []
            _blocks(child, inner)
            if sum(n.size for n in inner) > child.size / 2:
                out += inner  # a <details> or list whose weight is its code blocks: name those
            else:
                out.append(child)
        else:
            _blocks(child, out)


# What is not an element of the document: comments, script and style text, <template> content.
NOT_ELEMENTS = re.compile(
    r"<!--.*?-->|(<script\b[^>]*>).*?</script>|(<style\b[^>]*>).*?</style>|(<template\b[^>]*>).*?</template>",
    re.S | re.I,
)
START_TAG = re.compile(r"<[a-zA-Z]")


def count_elements(html: str) -> int:
    """Elements in the document the HTML gives (fast: tags counted, not parsed; dom_size_of gives the same count).

    A nested <template> ends the outer one early here; the generator writes none."""
    return len(START_TAG.findall(NOT_ELEMENTS.sub(lambda m: m[1] or m[2] or m[3] or "", html)))


def dom_size_of(html: str, top: int = 5) -> DomSize:
    tree = _Tree()
    tree.feed(html)
    tree.close()
    _sizes(tree.root)
    found: list[Node] = []
    _blocks(tree.root, found)
    found.sort(key=lambda n: -n.size)
    blocks = [Block(n.tag, _label(n), n.line, n.size) for n in found[:top]]
    return DomSize(tree.count, blocks)


def dom_size(file: Path, top: int = 5) -> DomSize:
    return dom_size_of(file.read_text(encoding="utf-8", errors="replace"), top)
