"""String catalogs: the Indonesian text of every human-readable string of openapi/*.yaml and data/errors.yml.

The spec and the error data stay the one source; a catalog holds translations only, keyed by the JSON pointer
of the English string, each with `source:` (the first 8 hex digits of the SHA-1 of the English text it
translates; the same idea as a page's `translation_of:`) and `en:` (that English text, for the translator):

    openapi/i18n/id/core-api.yaml     one catalog per spec file
    data/errors.id.yml                the catalog of data/errors.yml

    /paths/~1v2~1charge/post/summary:
      source: 1a2b3c4d
      en: Charge a transaction
      text: Buat transaksi

`midtrans-docs i18n strings` writes the skeleton (an entry with empty `text` for every new string, `en` and
the current English refreshed, orphans dropped) and keeps every `text` and `source` already written.
`localized(...)` returns a copy of the documents with each current translation put in place of its English
string, which the reference generator renders on /id/ pages (an in-memory overlay, like an OpenAPI Overlay).

Gap it fills: mkdocs-static-i18n translates pages, not data files; no library maps JSON-pointer catalogs over
YAML documents with staleness hashes (gettext keys by msgid, which loses where a string lives).
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .yamlio import safe_load

LANG = "id"
SPEC_DIR = Path("openapi")
CATALOG_DIR = SPEC_DIR / "i18n" / LANG
ERRORS = Path("data") / "errors.yml"
ERRORS_CATALOG = Path("data") / f"errors.{LANG}.yml"

# Keys whose string value is prose a reader sees. Example payloads, defaults, enums and vendor keys are data.
SPEC_TEXT_KEYS = {"summary", "description", "title"}
SPEC_DATA_KEYS = {"example", "default", "const", "enum", "servers", "externalDocs"}
ERROR_TEXT_KEYS = {
    "title",
    "intro",
    "label",
    "meaning",
    "cause",
    "fix",
    "situation",
    "response",
    "where",
    "markdown",
    "description",
    "tool",
    "outro",
}
ERROR_DATA_KEYS = {"body", "keywords"}
CODE_SPAN = re.compile(r"`[^`]*`|\{\{[^}]*\}\}|https?://\S+")


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def has_prose(text: str) -> bool:
    """False for a string that is only code spans, variables or URLs (nothing to translate)."""
    return bool(re.search(r"[A-Za-z]{2,}", CODE_SPAN.sub("", text)))


def _walk(value: Any, pointer: str, text_keys: set[str], data_keys: set[str]) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, child in value.items():
            key = str(key)
            if key in data_keys or key.startswith("x-") or (key == "value" and "/examples/" in pointer):
                continue
            here = f"{pointer}/{escape(key)}"
            if isinstance(child, str):
                if key in text_keys and has_prose(child):
                    yield here, child
            else:
                yield from _walk(child, here, text_keys, data_keys)
    elif isinstance(value, list):
        for i, child in enumerate(value):
            if not isinstance(child, str):
                yield from _walk(child, f"{pointer}/{i}", text_keys, data_keys)


def spec_strings(doc: dict[str, Any]) -> dict[str, str]:
    """JSON pointer → English text of every translatable string of one spec document."""
    return dict(_walk(doc, "", SPEC_TEXT_KEYS, SPEC_DATA_KEYS))


def error_strings(doc: dict[str, Any]) -> dict[str, str]:
    """JSON pointer → English text of every translatable string of data/errors.yml."""
    return dict(_walk(doc, "", ERROR_TEXT_KEYS, ERROR_DATA_KEYS))


@dataclass(frozen=True)
class Source:
    """One translated document: the English file, its catalog and what reads its strings."""

    english: Path  # relative to the project root
    catalog: Path

    @property
    def is_errors(self) -> bool:
        return self.english == ERRORS

    def strings(self, root: Path) -> dict[str, str]:
        doc = safe_load((root / self.english).read_text(encoding="utf-8")) or {}
        return error_strings(doc) if self.is_errors else spec_strings(doc)


def sources(root: Path) -> list[Source]:
    out = [Source(p.relative_to(root), CATALOG_DIR / p.name) for p in sorted((root / SPEC_DIR).glob("*.yaml"))]
    return [*out, Source(ERRORS, ERRORS_CATALOG)]


@dataclass(frozen=True)
class Entry:
    pointer: str
    source: str
    en: str
    text: str
    line: int


def read_catalog(path: Path) -> dict[str, Entry]:
    """pointer → entry of a catalog file ({} when it does not exist), with the line each entry starts on."""
    if not path.is_file():
        return {}
    text = path.read_text(encoding="utf-8")
    data = safe_load(text) or {}
    lines = {}
    for number, line in enumerate(text.splitlines(), 1):
        if line and not line[0].isspace() and not line.startswith("#"):
            key = line.rsplit(":", 1)[0] if line.endswith(":") else line.split(": ", 1)[0]
            lines[key.strip("'\"")] = number
    out = {}
    for pointer, value in data.items():
        value = value if isinstance(value, dict) else {}
        out[str(pointer)] = Entry(
            str(pointer),
            str(value.get("source") or ""),
            str(value.get("en") or ""),
            str(value.get("text") or ""),
            lines.get(str(pointer), 1),
        )
    return out


def translations(root: Path, source: Source) -> dict[str, str]:
    """pointer → Indonesian text of every entry that translates the current English string."""
    english = source.strings(root)
    return {
        p: e.text
        for p, e in read_catalog(root / source.catalog).items()
        if e.text.strip() and p in english and e.source == digest(english[p])
    }


def _literal(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(str, _literal)

HEADER = (
    "# Indonesian text of {english}, keyed by the JSON pointer of each English string.\n"
    "# source: SHA-1 (8 hex) of the English text translated; en: that English text (refreshed by the command);\n"
    "# text: the Indonesian text (empty: not translated yet). Regenerate with `midtrans-docs i18n strings`.\n"
)


def write_skeleton(root: Path, source: Source) -> tuple[int, int, int]:
    """Update one catalog: new strings get empty entries, orphans go, `en` follows the English text.

    Returns (added, stale, removed)."""
    english = source.strings(root)
    old = read_catalog(root / source.catalog)
    added = stale = 0
    data: dict[str, dict[str, str]] = {}
    for pointer, text in english.items():
        entry = old.get(pointer)
        if entry is None:
            added += 1
            data[pointer] = {"source": digest(text), "en": text, "text": ""}
            continue
        if entry.text and entry.source != digest(text):
            stale += 1  # keep the old source: the check lists it until a translator updates `text` and `source`
        data[pointer] = {"source": entry.source if entry.text else digest(text), "en": text, "text": entry.text}
    removed = len(set(old) - set(english))
    path = root / source.catalog
    path.parent.mkdir(parents=True, exist_ok=True)
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120)
    path.write_text(HEADER.format(english=source.english.as_posix()) + body, encoding="utf-8")
    return added, stale, removed


def localized(doc: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """A deep copy of `doc` with the string at each pointer replaced by its translation."""
    out = copy.deepcopy(doc)
    for pointer, text in texts.items():
        parts = [unescape(p) for p in pointer.split("/")[1:]]
        node: Any = out
        try:
            for part in parts[:-1]:
                node = node[int(part)] if isinstance(node, list) else node[part]
            last = parts[-1]
            if isinstance(node, list):
                node[int(last)] = text
            else:
                node[last] = text
        except (KeyError, IndexError, ValueError, TypeError):
            continue
    return out
