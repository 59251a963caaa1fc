"""data/facts.yml: the facts several pages state (rendered by mkdocs-macros-plugin as `{{ group.key }}`).

Checks that compare pages or samples with a fact read it here, e.g.
`load_facts(root)["runtime"]["java"]`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .yamlio import safe_load

FACTS = Path("data") / "facts.yml"


def load_facts(root: Path) -> dict[str, Any]:
    path = root / FACTS
    if not path.is_file():
        return {}
    return safe_load(path.read_text(encoding="utf-8")) or {}


def fact(root: Path, dotted: str) -> Any:
    """One fact by its macro name, e.g. fact(root, "runtime.java"); KeyError if it is not in facts.yml."""
    return _lookup(load_facts(root), dotted)


def _lookup(facts: dict[str, Any], dotted: str) -> Any:
    value: Any = facts
    for key in dotted.split("."):
        value = value[key]
    return value


def pick_language(value: Any, language: str) -> Any:
    """`{en: …, id: …}` leaves become the text of `language`."""
    if isinstance(value, dict):
        if set(value) == {"en", "id"}:
            return value[language]
        return {k: pick_language(v, language) for k, v in value.items()}
    return value


MACRO = re.compile(r"\{\{\s*([A-Za-z_][\w.]*)\s*\}\}")


def render_facts(text: str, root: Path) -> str:
    """`{{ group.key }}` in a spec or data file's text, replaced by the English fact.

    Pages get their facts from mkdocs-macros, in the page's language; this is for what reads openapi/ and data/
    outside a page: the checks, the agents' server and the YAML the site publishes. Only plain fact names are
    written in those files, so a lookup is all it takes (no template language). An unknown name is left as written;
    check_fact_numbers (checks/numbers.py) names its line."""
    if "{{" not in text:
        return text
    facts = load_facts(root)

    def value(m: re.Match[str]) -> str:
        try:
            return str(pick_language(_lookup(facts, m[1]), "en"))
        except (KeyError, TypeError):
            return m[0]

    return MACRO.sub(value, text)
