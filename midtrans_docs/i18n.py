"""The Indonesian edition: which page translates which, their structure, and whether a translation is stale.

An English page `docs/x/y.md` has its translation beside it as `docs/x/y.id.md` (mkdocs-static-i18n's
`suffix` structure builds it at `/id/x/y/`). The translation records which revision of its English source
it translates in its front matter, `translation_of:`, as the Git blob id of the English file (the SHA-1 of
`blob <size>\\0<bytes>`): computable without Git, and `git diff <id> HEAD:docs/x/y.md` shows what changed.

Gap it fills: mkdocs-static-i18n builds the pages and the switcher, but knows nothing of whether a
translation still matches its source. This module compares the two pages' structure (headings and their
ids, content tabs, admonitions, fences, sample includes, tables) and names (code spans, link targets,
macros), and tells a stale translation from a current one.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import markdown

from .sources.facts import load_facts, pick_language  # noqa: F401 (macros and hooks use it from here)
from .sources.fences import FENCE_OPEN, iter_fences
from .sources.pages import Page, read_page
from .sources.snippets import SNIPPET
from .sources.yamlio import safe_load

LANG = "id"
SUFFIX = f".{LANG}.md"
GLOSSARY = Path("data") / "glossary.id.yml"
STAMP_KEY = "translation_of"

# The structure a translation keeps line for line, and the names it keeps as they are.
HEADING, TAB, ADMONITION, TABLE_ROW, CODE_SPAN, LINK, MACRO = map(
    re.compile,
    (
        r"^(#{1,6})\s+(.*?)\s*$",  # a heading: level, text
        r'^(\s*)===\+?\s+"',  # a content tab
        r"^(\s*)(?:!!!|\?\?\?\+?)\s*([\w-]+)",  # an admonition and its type
        r"^\s*\|.*\|\s*$",  # a table row
        r"(`+)((?:(?!\1).)+?)\1",  # a code span
        r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)",  # a link target
        r"\{\{\s*(.*?)\s*\}\}",  # a {{ fact }}
    ),
)


def is_translation(path: Path) -> bool:
    return path.name.endswith(SUFFIX)


def translation_of(english: Path) -> Path:
    return english.with_name(english.name[: -len(".md")] + SUFFIX)


def source_of(translation: Path) -> Path:
    return translation.with_name(translation.name[: -len(SUFFIX)] + ".md")


def blob_id(data: bytes) -> str:
    """Git's object id of a file with these bytes (`git hash-object`)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def english_pages(root: Path) -> list[Path]:
    return sorted(p for p in (root / "docs").rglob("*.md") if not is_translation(p))


def translations(root: Path) -> list[Path]:
    return sorted((root / "docs").rglob(f"*{SUFFIX}"))


@dataclass
class Structure:
    """What must match between a page and its translation, each item with its 1-based line."""

    headings: list[tuple[int, str]] = field(default_factory=list)  # (line, "## id")
    tabs: list[tuple[int, str]] = field(default_factory=list)  # (line, indent)
    admonitions: list[tuple[int, str]] = field(default_factory=list)  # (line, "indent type")
    fences: list[tuple[int, str]] = field(default_factory=list)  # (line, language)
    includes: list[tuple[int, str]] = field(default_factory=list)  # (line, --8<-- line)
    tables: list[tuple[int, str]] = field(default_factory=list)  # (line, "columns x rows")
    mermaid_lines: list[tuple[int, str]] = field(default_factory=list)  # (line, "N lines")
    code_spans: dict[str, int] = field(default_factory=dict)  # span → first line
    links: dict[str, int] = field(default_factory=dict)
    macros: dict[str, int] = field(default_factory=dict)


@cache
def _facts(root: Path) -> dict[str, Any]:
    return load_facts(root)


def _render_macros(text: str, root: Path) -> str:
    try:
        return jinja2.Environment(undefined=jinja2.ChainableUndefined).from_string(text).render(**_facts(root))
    except jinja2.TemplateError:
        return text


def heading_ids(headings: list[str], root: Path) -> list[str]:
    """The id each heading gets in the built page (Python-Markdown's toc with attr_list, as MkDocs builds it)."""
    md = markdown.Markdown(extensions=["toc", "attr_list"])
    md.convert("\n\n".join(_render_macros(h, root) for h in headings))
    ids: list[str] = []

    def walk(tokens: list[dict[str, Any]]) -> None:
        for token in tokens:
            ids.append(token["id"])
            walk(token["children"])

    walk(getattr(md, "toc_tokens", []))
    return ids


def structure(page: Page, root: Path) -> Structure:
    s = Structure()
    fence_lines: set[int] = set()
    for fence in iter_fences(page.lines, page.body_start):
        first, last = fence.line, fence.line + len(fence.body) + 1
        fence_lines.update(range(first, last + 1))
        info = fence.info.strip()
        lang = info.split()[0].strip("{}.") if info else ""
        s.fences.append((fence.line, lang))
        if lang == "mermaid":
            s.mermaid_lines.append((fence.line, f"{len(fence.body)} lines"))
    heads: list[tuple[int, str, str]] = []
    table: list[int] = []

    def close_table() -> None:
        if table:
            cols = page.lines[table[0] - 1].strip().strip("|").count("|") + 1
            s.tables.append((table[0], f"{cols} columns x {len(table) - 2} rows"))
            table.clear()

    for n in range(page.body_start, len(page.lines) + 1):
        line = page.lines[n - 1]
        if SNIPPET.match(line.strip()) or "--8<--" in line:
            s.includes.append((n, line.strip()))
        if n in fence_lines:
            close_table()
            continue
        if TABLE_ROW.match(line):
            table.append(n)
        else:
            close_table()
        if m := HEADING.match(line):
            heads.append((n, m[1], m[0]))
        elif m := TAB.match(line):
            s.tabs.append((n, f"tab at indent {len(m[1])}"))
        elif m := ADMONITION.match(line):
            s.admonitions.append((n, f"{m[2]} at indent {len(m[1])}"))
        for m in CODE_SPAN.finditer(line):
            s.code_spans.setdefault(m[2].strip(), n)
        for m in LINK.finditer(line):
            s.links.setdefault(m[1], n)
        for m in MACRO.finditer(line):
            s.macros.setdefault(m[1], n)
    close_table()
    ids = heading_ids([h for _, _, h in heads], root)
    for (n, hashes, _), hid in zip(heads, ids, strict=False):
        if len(hashes) > 1:  # the H1 is the title; its id does not matter
            s.headings.append((n, f"{hashes} {{ #{hid} }}"))
    return s


@dataclass(frozen=True)
class Mismatch:
    line: int  # in the translation (0 when the translation lacks the item)
    what: str
    fix: str


def _sequence(kind: str, en: list[tuple[int, str]], tr: list[tuple[int, str]], en_rel: str) -> list[Mismatch]:
    out: list[Mismatch] = []
    for i in range(max(len(en), len(tr))):
        e = en[i] if i < len(en) else None
        t = tr[i] if i < len(tr) else None
        if e and t and e[1] == t[1]:
            continue
        if e and t:
            out.append(
                Mismatch(
                    t[0],
                    f"{kind} {i + 1} is `{t[1]}`, the English page has `{e[1]}` ({en_rel}:{e[0]})",
                    f"make it `{e[1]}` as in the English page",
                )
            )
        elif e:
            out.append(
                Mismatch(
                    tr[-1][0] if tr else 1,
                    f"{kind} `{e[1]}` ({en_rel}:{e[0]}) is missing",
                    "translate it into this page at the same place",
                )
            )
        elif t:
            out.append(
                Mismatch(
                    t[0],
                    f"{kind} `{t[1]}` is not in the English page {en_rel}",
                    "remove it, or add it to the English page first",
                )
            )
        return out  # the first difference; the rest usually follows from it
    return out


def compare(english: Page, translation: Page, root: Path) -> list[Mismatch]:
    """Structure and names of a translation against its English source."""
    en, tr = structure(english, root), structure(translation, root)
    rel = english.rel if english.rel.startswith("docs/") else f"docs/{english.rel}"
    out: list[Mismatch] = []
    for kind, a, b in (
        ("heading", en.headings, tr.headings),
        ("content tab", en.tabs, tr.tabs),
        ("admonition", en.admonitions, tr.admonitions),
        ("code block", en.fences, tr.fences),
        ("sample include", en.includes, tr.includes),
        ("table", en.tables, tr.tables),
        ("diagram", en.mermaid_lines, tr.mermaid_lines),
    ):
        out += _sequence(kind, a, b, rel)
    english_text = "\n".join(english.lines)
    # (what the translation has, what the English page has, what is wrong, how to fix)
    kept = (
        (
            tr.code_spans,
            set(en.code_spans) | {s for s in tr.code_spans if s in english_text},
            "`{}`",
            "use the endpoint, field or value exactly as the English page names it",
        ),
        (tr.links, set(en.links), "link target `{}`", "link to the same pages and anchors as the English page"),
        (tr.macros, set(en.macros), "`{{{{ {} }}}}`", "use the same facts as the English page"),
    )
    for found, known, what, fix in kept:
        out += [
            Mismatch(n, f"{what.format(item)} is not in the English page {rel}", fix)
            for item, n in found.items()
            if item not in known
        ]
    return out


def recorded_source(translation: Page) -> str | None:
    value = translation.meta.get(STAMP_KEY)
    return str(value) if value else None


def is_stale(translation_path: Path) -> bool:
    english = source_of(translation_path)
    recorded = recorded_source(read_page(translation_path, translation_path.parent))
    return english.is_file() and recorded != blob_id(english.read_bytes())


def stale_translations(root: Path) -> list[Path]:
    return [t for t in translations(root) if is_stale(t)]


def stamp(translation_path: Path) -> str:
    """Record that this translation matches the current English source (its blob id into front matter)."""
    sha = blob_id(source_of(translation_path).read_bytes())
    text = translation_path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        raise ValueError(f"{translation_path}: no front matter")
    end = text.index("\n---", 4)
    head = [ln for ln in text[4:end].splitlines() if not ln.startswith(f"{STAMP_KEY}:")]
    head.append(f"{STAMP_KEY}: {sha}")
    translation_path.write_text("---\n" + "\n".join(head) + text[end:], encoding="utf-8")
    return sha


def load_glossary(root: Path) -> dict[str, Any]:
    path = root / GLOSSARY
    return safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}


__all__ = [
    "FENCE_OPEN",
    "LANG",
    "Mismatch",
    "compare",
    "english_pages",
    "is_stale",
    "is_translation",
    "load_glossary",
    "source_of",
    "stale_translations",
    "stamp",
    "structure",
    "translation_of",
    "translations",
]


# --------------------------------------------------------------------- facts in the page's language
# (mkdocs-macros renders them through midtrans_docs/macros.py; llms.txt through hooks/agents.py)

# Groups whose values carry words (durations, counts, dates); the others are hosts, paths and
# Dashboard labels, which Midtrans shows in English in both editions.
LOCALIZED = ("lifetime", "limit", "notification_retry", "change_date")


def localize(group: str, value: Any, units: dict[str, str], path: str = "") -> Any:
    path = path or group
    if isinstance(value, dict):
        if set(value) == {"en", LANG}:
            return value
        return {k: localize(group, v, units, f"{path}.{k}") for k, v in value.items()}
    if group not in LOCALIZED or not isinstance(value, str):
        return value
    return translate_words(value, units, path)


WORD = re.compile(r"[A-Za-z][A-Za-z ]*[A-Za-z]|[A-Za-z]")


def translate_words(text: str, units: dict[str, str], name: str) -> str:
    """ "about 2 minutes, 10 minutes" → "sekitar 2 menit, 10 menit"; longest glossary phrases first."""
    phrases = sorted(units, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(p) for p in phrases) + r")\b")
    out = pattern.sub(lambda m: units[m[1]], text)
    out = re.sub(r"(\d)\.(\d)", r"\1,\2", out)  # Indonesian writes 1,5 jam
    leftover = [w for w in re.findall(r"[A-Za-z]+", pattern.sub("", text)) if w not in ("KB", "MB")]
    if leftover:
        raise ValueError(
            f"data/facts.yml: {name}: '{text}' has words the Indonesian edition cannot translate "
            f"({', '.join(leftover)}) → add them under `units:` in data/glossary.id.yml"
        )
    return out
