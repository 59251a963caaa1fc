"""Reading the Markdown sources: pages, front matter and fenced code blocks.

Python-Markdown and pymdownx parse fences into HTML and drop line numbers.
The writer-facing checks must say `docs/page.md:LINE`, so this module finds
fences (including fences nested in content tabs and admonitions) with their
line numbers, and resolves `--8<--` snippet lines to the sample files they
include, keeping the sample file's own path and lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")
SNIPPET = re.compile(r"^\s*--8<--\s+\"(?P<path>[^\"]+)\"\s*$")
ATTR = re.compile(r'(\w+)="([^"]*)"')


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


@dataclass
class Page:
    path: Path
    rel: str  # path relative to docs/, with forward slashes
    meta: dict
    meta_error: str | None
    body_start: int  # 1-based line where the body starts
    lines: list[str]


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


def read_page(path: Path, docs_dir: Path) -> Page:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    meta: dict = {}
    error = None
    start = 1
    if lines and lines[0].strip() == "---":
        try:
            end = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
        except StopIteration:
            error = "front matter starts with --- but never closes"
            end = 0
        if end:
            try:
                loaded = yaml.safe_load("\n".join(lines[1:end])) or {}
                if isinstance(loaded, dict):
                    meta = loaded
                else:
                    error = "front matter is not a mapping of keys to values"
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                where = f" (front matter line {mark.line + 1})" if mark else ""
                error = f"front matter is not valid YAML{where}: {getattr(exc, 'problem', exc)}"
            start = end + 2
    rel = path.relative_to(docs_dir).as_posix()
    return Page(path=path, rel=rel, meta=meta, meta_error=error, body_start=start, lines=lines)


def iter_pages(root: Path) -> list[Page]:
    docs = root / "docs"
    return [read_page(p, docs) for p in sorted(docs.rglob("*.md"))]


def fenced_blocks(page: Page, root: Path) -> list[Block]:
    """Every fenced block in a page, with snippet includes resolved."""
    blocks: list[Block] = []
    lines = page.lines
    i = page.body_start - 1
    while i < len(lines):
        m = FENCE_OPEN.match(lines[i])
        if not m or m.group("fence")[0] == "~" and not m.group("info").strip():
            i += 1
            continue
        indent, fence, info = m.group("indent"), m.group("fence"), m.group("info")
        lang, attrs = parse_info(info)
        close = re.compile(r"^[ \t]*" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}\s*$")
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not close.match(lines[j]):
            raw = lines[j]
            body.append(raw[len(indent):] if raw.startswith(indent) else raw.lstrip())
            j += 1
        block_text = "\n".join(body)
        snippet = None
        path, line = page.path, i + 2
        snippet_lines = [SNIPPET.match(b) for b in body if b.strip()]
        if snippet_lines and all(snippet_lines):
            included = []
            for s in snippet_lines:
                snippet = s.group("path")
                target = resolve_snippet(snippet, root)
                if target is not None:
                    included.append(target.read_text(encoding="utf-8").rstrip("\n"))
                    path, line = target, 1
            block_text = "\n".join(included)
        blocks.append(
            Block(
                path=path,
                line=line,
                lang=lang,
                title=attrs.get("title", ""),
                text=block_text,
                page=page.path,
                page_line=i + 1,
                snippet=snippet,
                attrs=attrs,
            )
        )
        i = j + 1
    return blocks


def resolve_snippet(name: str, root: Path) -> Path | None:
    for base in ("samples", "docs"):
        candidate = root / base / name
        if candidate.is_file():
            return candidate
    return None


def line_of(lines: list[str], needle: str, default: int = 1) -> int:
    """1-based line of the first line containing `needle`."""
    for number, text in enumerate(lines, start=1):
        if needle in text:
            return number
    return default
