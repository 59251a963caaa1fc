"""data/facts.yml: the facts several pages state (rendered by mkdocs-macros-plugin as `{{ group.key }}`).

Checks that compare pages or samples with a fact read it here, e.g.
`load_facts(root)["runtime"]["java"]`.
"""

from __future__ import annotations

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
    value: Any = load_facts(root)
    for key in dotted.split("."):
        value = value[key]
    return value
