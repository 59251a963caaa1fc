"""Fenced code blocks in the Markdown sources, with line numbers.

Python-Markdown and pymdownx parse fences into HTML and drop line numbers.
The writer-facing checks must say `docs/page.md:LINE`, so this module finds
fences (including fences nested in content tabs and admonitions) with their
line numbers, and resolves `--8<--` snippet lines to the sample files they
include, keeping the sample file's own path and lines. Mermaid diagrams
(midtrans_docs.diagrams) are the fences whose language is `mermaid`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .pages import Page
from .snippets import SNIPPET, resolve_snippet

FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")
ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Fence:
    """One fence as written: its opening line (1-based), info string and dedented body lines."""

    line: int
    info: str
    body: list[str]


@dataclass
class Block:
    """One fenced code block, as the reader sees it."""

    path: Path  # file the text comes from (page, or included sample file)
    line: int  # line of the first code line in `path` (1-based)
    lang: str
    title: str
    text: str
    page: Path  # the page the block appears in
    page_line: int  # line of the opening fence in the page
    snippet: str | None = None  # samples/… path when the text was included
    attrs: dict[str, str] = field(default_factory=dict)


def parse_info(info: str) -> tuple[str, dict[str, str]]:
    """Split a fence info string into language and attributes.

    Handles ``json title="x"`` and ``{ .json title="x" }``.
    """
    info = info.strip()
    attrs = dict(ATTR.findall(info))
    rest = ATTR.sub("", info).strip()
    if rest.startswith("{"):
        rest = rest.strip("{} ")
        lang = next((tok[1:] for tok in rest.split() if tok.startswith(".")), "")
    else:
        lang = rest.split()[0] if rest.split() else ""
    return lang.lower(), attrs


def iter_fences(lines: list[str], start: int = 1) -> Iterator[Fence]:
    """Every fence from line `start` on, at any indentation (inside tabs and admonitions too)."""
    i = start - 1
    while i < len(lines):
        m = FENCE_OPEN.match(lines[i])
        if not m or (m["fence"][0] == "~" and not m["info"].strip()):
            i += 1
            continue
        indent, fence = m["indent"], m["fence"]
        close = re.compile(r"^[ \t]*" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}\s*$")
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not close.match(lines[j]):
            raw = lines[j]
            body.append(raw[len(indent) :] if raw.startswith(indent) else raw.lstrip())
            j += 1
        yield Fence(i + 1, m["info"], body)
        i = j + 1


def fenced_blocks(page: Page, root: Path) -> list[Block]:
    """Every fenced block in a page, with snippet includes resolved."""
    return [_block(page, fence, root) for fence in iter_fences(page.lines, page.body_start)]


def _block(page: Page, fence: Fence, root: Path) -> Block:
    lang, attrs = parse_info(fence.info)
    text, snippet = "\n".join(fence.body), None
    path, line = page.path, fence.line + 1
    snippet_lines = [SNIPPET.match(b) for b in fence.body if b.strip()]
    if snippet_lines and all(snippet_lines):
        included = []
        for s in snippet_lines:
            assert s is not None
            snippet = s["path"]
            target = resolve_snippet(snippet, root)
            if target is not None:
                included.append(target.read_text(encoding="utf-8").rstrip("\n"))
                path, line = target, 1
        text = "\n".join(included)
    return Block(
        path=path,
        line=line,
        lang=lang,
        title=attrs.get("title", ""),
        text=text,
        page=page.path,
        page_line=fence.line,
        snippet=snippet,
        attrs=attrs,
    )


CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")


def prose_lines(page: Page) -> Iterator[tuple[int, str]]:
    """(line number, text) of each body line outside fenced code, with inline code blanked out.

    Checks of wording use it, so that code (which keeps literal values) is never read as prose.
    """
    in_code: set[int] = set()
    for fence in iter_fences(page.lines, page.body_start):
        in_code.update(range(fence.line, fence.line + len(fence.body) + 2))
    for number in range(page.body_start, len(page.lines) + 1):
        if number not in in_code:
            yield number, CODE_SPAN.sub(lambda m: " " * len(m[0]), page.lines[number - 1])
