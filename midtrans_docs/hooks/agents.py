"""What coding agents read: instructions at the top of llms.txt, a pointer in every Markdown twin, full text per area.

Gap it fills: mkdocs-llms-source writes llms.txt (a list of pages), one llms-full.txt (about 1.9 MB, more than an
assistant takes in at once) and the twins; it has no place for instructions and no per-section full text. After
the last language build (and after hooks/i18n.py has given each edition its files) this hook

* puts `data/agents.yml` (which product for which need, the safety rules, where the spec and the MCP server are;
  facts from data/facts.yml) at the top of /llms.txt in English, and writes /id/llms.txt in Bahasa Indonesia
  from the Indonesian part of /llms.txt;
* adds "Full text by area" to both: `<area>/llms-full.txt` per outline area, in nav order, each at most
  `MAX_BYTES` (an area that is larger is cut at page boundaries into `llms-full-1.txt`, `llms-full-2.txt` …);
* starts every twin (`x.md`, `id/x.md`) with a one-line pointer to its edition's llms.txt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from mkdocs.plugins import event_priority

from midtrans_docs import i18n
from midtrans_docs.hooks import last_language_build, project_root
from midtrans_docs.i18n import localize, pick_language
from midtrans_docs.sources.config import nav_entries
from midtrans_docs.sources.yamlio import safe_load

MAX_BYTES = 300_000
POINTER = {
    "en": "> Documentation index for coding agents and LLMs: {url}llms.txt "
    "(instructions, every page, the OpenAPI spec).",
    "id": "> Indeks dokumentasi untuk coding agent dan LLM: {url}id/llms.txt "
    "(petunjuk, semua halaman, spesifikasi OpenAPI).",
}
AREA_HEADING = {"en": "## Full text by area", "id": "## Teks lengkap per area"}
INDONESIAN_PART = "\n## Bahasa Indonesia\n"


@event_priority(-100)  # after hooks/i18n.py has moved the Indonesian twins and merged llms.txt
def on_post_build(config: Any) -> None:
    site = Path(config["site_dir"])
    if not last_language_build(config) or not (site / "llms.txt").is_file():
        return
    if AREA_HEADING["en"] in (site / "llms.txt").read_text(encoding="utf-8"):
        return  # mkdocs-static-i18n runs the last hooks of the English build after the Indonesian build: done
    root = project_root(config)
    base = (config.get("site_url") or "/").rstrip("/") + "/"
    instructions = _instructions(root, base)
    pages = nav_entries(config.get("nav") or [])
    editions = ["en"] + (["id"] if (site / i18n.LANG / "index.md").is_file() else [])
    areas = {}
    for lang in editions:
        areas[lang] = write_area_files(site, pages, lang, base)
        add_pointers(site, lang, base)
    english = (site / "llms.txt").read_text(encoding="utf-8")
    english, _, indonesian = english.partition(INDONESIAN_PART)
    (site / "llms.txt").write_text(
        _with_instructions(english, instructions["en"], areas["en"], "en")
        + (INDONESIAN_PART + indonesian if indonesian else ""),
        encoding="utf-8",
    )
    if "id" in editions:
        header = english.split("\n## ", 1)[0].rstrip("\n")
        sections = indonesian.split("\n## ", 1)[1] if "\n## " in indonesian else ""
        sections = sections.replace("Bahasa Indonesia: ", "")
        text = f"{header}\n\n## {sections}".replace(f"{base}llms-full.txt", f"{base}{i18n.LANG}/llms-full.txt")
        (site / i18n.LANG / "llms.txt").write_text(
            _with_instructions(text, instructions["id"], areas["id"], "id"), encoding="utf-8"
        )


def _instructions(root: Path, base: str) -> dict[str, str]:
    data = safe_load((root / "data" / "agents.yml").read_text(encoding="utf-8"))
    facts = safe_load((root / "data" / "facts.yml").read_text(encoding="utf-8")) or {}
    units = i18n.load_glossary(root).get("units", {})
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False)
    out = {}
    for lang in ("en", "id"):
        values = {k: pick_language(localize(k, v, units) if lang == "id" else v, lang) for k, v in facts.items()}
        out[lang] = env.from_string(data[lang].replace("{base}", base)).render(**values).strip()
    return out


def _with_instructions(text: str, instructions: str, areas: list[tuple[str, str]], lang: str) -> str:
    """Instructions and the per-area files right after the title and summary, before the list of pages."""
    head, sep, rest = text.partition("\n## ")
    listing = "\n".join(f"- [{label}]({url})" for label, url in areas)
    return (
        f"{head.rstrip()}\n\n{instructions}\n\n{AREA_HEADING[lang]}\n\n{listing}\n\n{sep.lstrip()}{rest}".rstrip()
        + "\n"
    )


def twin_of(site: Path, page: str, lang: str) -> Path:
    """The built Markdown twin of nav entry `page` (`snap/index.md`, `core-api/gopay.md`)."""
    edition = site / i18n.LANG if lang == "id" else site
    return edition / page


def write_area_files(site: Path, pages: list[str], lang: str, base: str) -> list[tuple[str, str]]:
    """`<area>/llms-full.txt` (or -1, -2 … when over MAX_BYTES) per top folder of the nav; (label, URL) of each."""
    by_area: dict[str, list[Path]] = {}
    for page in pages:
        if "/" not in page:
            continue  # the home page belongs to no area
        twin = twin_of(site, page, lang)
        if twin.is_file():
            by_area.setdefault(page.split("/")[0], []).append(twin)
    edition = site / i18n.LANG if lang == "id" else site
    prefix = f"{base}{i18n.LANG}/" if lang == "id" else base
    out = []
    for area, twins in by_area.items():
        parts = _pack([(t, _entry(t, edition, prefix)) for t in twins])
        for old in (edition / area).glob("llms-full*.txt"):
            old.unlink()
        names = ["llms-full.txt"] if len(parts) == 1 else [f"llms-full-{i}.txt" for i in range(1, len(parts) + 1)]
        for name, part in zip(names, parts, strict=True):
            (edition / area / name).write_text(part, encoding="utf-8")
            title = _title(twins[0]) + (f" ({name[len('llms-full-') : -4]}/{len(parts)})" if len(parts) > 1 else "")
            out.append((title, f"{prefix}{area}/{name}"))
    return out


def _entry(twin: Path, edition: Path, prefix: str) -> str:
    text = twin.read_text(encoding="utf-8")
    if text.startswith("> ") and "llms.txt" in text.split("\n", 1)[0]:
        text = text.split("\n", 1)[1].lstrip("\n")  # a rebuild in place: the pointer is already there
    return f"<!-- source: {prefix}{twin.relative_to(edition).as_posix()} -->\n\n{text.strip()}\n"


def _pack(entries: list[tuple[Path, str]]) -> list[str]:
    parts: list[list[str]] = [[]]
    size = 0
    for _twin, text in entries:
        n = len(text.encode("utf-8")) + 2
        if parts[-1] and size + n > MAX_BYTES:
            parts.append([])
            size = 0
        parts[-1].append(text)
        size += n
    return ["\n\n".join(p) for p in parts]


def _title(twin: Path) -> str:
    for line in twin.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return twin.parent.name


def add_pointers(site: Path, lang: str, base: str) -> None:
    edition = site / i18n.LANG if lang == "id" else site
    pointer = POINTER[lang].format(url=base)
    for twin in edition.rglob("*.md"):
        if lang == "en" and twin.is_relative_to(site / i18n.LANG):
            continue
        text = twin.read_text(encoding="utf-8")
        if not text.startswith("> ") or "llms.txt" not in text.split("\n", 1)[0]:
            twin.write_text(f"{pointer}\n\n{text}", encoding="utf-8")
