"""The Indonesian edition: every English page has its translation, in the same structure, naming the same things.

A stale translation (its English page changed since `translation_of`) is not a failure here: an English fix
must never wait for a translator. The build shows a notice on it and `make test` lists it
(tests/test_i18n.py); `midtrans-docs i18n status` prints the same list.
"""

from __future__ import annotations

import re
from pathlib import Path

from .. import i18n
from ..problems import Problem
from ..sources import catalog
from ..sources.fences import prose_lines
from ..sources.pages import read_page
from .registry import source_check


@source_check
def check_translations_exist(root: Path) -> list[Problem]:
    """Each English page has docs/x.id.md, and each translation has its English page."""
    problems = []
    for english in i18n.english_pages(root):
        if not i18n.translation_of(english).is_file():
            rel = i18n.translation_of(english).relative_to(root).as_posix()
            problems.append(
                Problem(
                    english,
                    1,
                    f"no Indonesian translation ({rel})",
                    f'translate the page into {rel} (CONTRIBUTING.md, "Translating a page")',
                )
            )
    for translation in i18n.translations(root):
        if not i18n.source_of(translation).is_file():
            problems.append(
                Problem(
                    translation,
                    1,
                    "this translation has no English page",
                    "rename it to match an English page, or delete it",
                )
            )
    return problems


@source_check
def check_translation_structure(root: Path) -> list[Problem]:
    """Same headings (with the English ids), tabs, admonitions, code blocks, sample includes, tables and
    diagrams as the English page; no endpoint, field, value, link or fact the English page does not name."""
    docs = root / "docs"
    problems = []
    for translation in i18n.translations(root):
        english = i18n.source_of(translation)
        if not english.is_file():
            continue
        for m in i18n.compare(read_page(english, docs), read_page(translation, docs), root):
            problems.append(Problem(translation, m.line, m.what, m.fix))
    return problems


@source_check
def check_translation_source(root: Path) -> list[Problem]:
    """Each translation says which revision of its English page it translates (`translation_of:`)."""
    docs = root / "docs"
    problems = []
    for translation in i18n.translations(root):
        page = read_page(translation, docs)
        if i18n.recorded_source(page) is None:
            rel = translation.relative_to(root).as_posix()
            problems.append(
                Problem(
                    translation,
                    1,
                    f"no `{i18n.STAMP_KEY}:` in the front matter",
                    f"once it translates the current English page, run `.venv/bin/midtrans-docs i18n stamp {rel}`",
                )
            )
    return problems


@source_check
def check_glossary(root: Path) -> list[Problem]:
    """Indonesian pages use the glossary's words: none of the words it lists under `avoid`."""
    glossary = i18n.load_glossary(root)
    avoid: dict[str, str] = {}
    for term, entry in (glossary.get("translate") or {}).items():
        for word in (entry or {}).get("avoid", []) if isinstance(entry, dict) else []:
            avoid[word.lower()] = f"{entry['id']} (for '{term}')"
    if not avoid:
        return []
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in avoid) + r")\b", re.IGNORECASE)
    docs = root / "docs"
    problems = []
    for translation in i18n.translations(root):
        for n, text in prose_lines(read_page(translation, docs)):
            for m in pattern.finditer(text):
                problems.append(
                    Problem(
                        translation,
                        n,
                        f"'{m[1]}' is not the glossary's word",
                        f"write '{avoid[m[1].lower()]}' (data/glossary.id.yml)",
                    )
                )
    return problems


# Catalogs still being translated: their empty `text` entries are listed by `midtrans-docs i18n strings`, not
# failed. Remove a file from this set once it is fully translated; from then on an empty text fails too.
CATALOGS_IN_PROGRESS: set[str] = set()


def _english_line(path: Path, pointer: str) -> int:
    """Roughly where the English string is: the line of its last pointer segment's key (1 if not found)."""
    key = catalog.unescape(pointer.rsplit("/", 1)[-1])
    lines = path.read_text(encoding="utf-8").splitlines()
    parts = [catalog.unescape(p) for p in pointer.split("/")[1:-1] if not p.isdigit()]
    start = 0
    for part in parts:  # walk down the named keys in order; list indexes are skipped
        start = next((i for i in range(start, len(lines)) if lines[i].lstrip().startswith(f"{part}:")), start)
    return next((i + 1 for i in range(start, len(lines)) if lines[i].lstrip().startswith(f"{key}:")), 1)


@source_check
def check_string_translations(root: Path) -> list[Problem]:
    """Every human-readable string of openapi/*.yaml and data/errors.yml has a catalog entry
    (openapi/i18n/id/, data/errors.id.yml) translating its current English text, and no entry is orphaned."""
    problems = []
    for source in catalog.sources(root):
        english = source.strings(root)
        path = root / source.catalog
        rel = source.catalog.as_posix()
        entries = catalog.read_catalog(path)
        fix_skeleton = "run `.venv/bin/midtrans-docs i18n strings`, then write its `text`"
        for pointer, text in english.items():
            entry = entries.get(pointer)
            short = text if len(text) <= 160 else text[:157] + "…"
            if entry is None:
                problems.append(
                    Problem(
                        root / source.english,
                        _english_line(root / source.english, pointer),
                        f"{pointer} has no Indonesian text in {rel}",
                        f"{fix_skeleton} (English: {short!r})",
                    )
                )
            elif not entry.text.strip():
                if rel not in CATALOGS_IN_PROGRESS:
                    problems.append(
                        Problem(path, entry.line, f"{pointer} is not translated", f"write its `text`: {short!r}")
                    )
            elif entry.source != catalog.digest(text):
                problems.append(
                    Problem(
                        path,
                        entry.line,
                        f"{pointer}: the English text changed since it was translated",
                        f"update `text` to translate {short!r}, then set `source: {catalog.digest(text)}`",
                    )
                )
        for pointer, entry in entries.items():
            if pointer not in english:
                problems.append(
                    Problem(
                        path,
                        entry.line,
                        f"{pointer} translates a string {source.english.as_posix()} no longer has",
                        f"delete the entry, or {fix_skeleton.split(', then')[0]} (it drops orphans)",
                    )
                )
    return problems
