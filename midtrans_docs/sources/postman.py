"""The hand-written Postman collection in docs/assets/postman/: its requests, variables and lines."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .pages import line_of

POSTMAN_DIR = Path("docs/assets/postman")
COLLECTION = POSTMAN_DIR / "midtrans.postman_collection.json"
ENVIRONMENT = POSTMAN_DIR / "midtrans-sandbox.postman_environment.json"
VARIABLE = re.compile(r"\{\{(\w+)\}\}")


@dataclass
class PostmanRequest:
    trail: tuple[str, ...]  # folder names, then the request's name
    item: dict[str, Any]
    line: int  # line of the item's "name" in the collection file

    @property
    def where(self) -> str:
        return " › ".join(self.trail)


def walk(items: list[dict[str, Any]], trail: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """(folder names + name, item) of every request item, depth first."""
    for item in items:
        if "item" in item:
            yield from walk(item["item"], (*trail, item.get("name", "?")))
        else:
            yield (*trail, item.get("name", "?")), item


def postman_requests(root: Path) -> list[PostmanRequest]:
    """Every request of the collection, with the line its name is on."""
    path = root / COLLECTION
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    found = []
    for trail, item in walk(json.loads(text).get("item", [])):
        found.append(PostmanRequest(trail, item, line_of(lines, json.dumps(trail[-1])[:-1] + '"')))
    return found


def variables(root: Path) -> dict[str, str]:
    """The collection's variables overlaid with the sandbox environment's (the values Postman would use)."""
    collection = json.loads((root / COLLECTION).read_text(encoding="utf-8"))
    environment = json.loads((root / ENVIRONMENT).read_text(encoding="utf-8"))
    values = {v.get("key"): v.get("value", "") for v in collection.get("variable", [])}
    values.update({v.get("key"): v.get("value", "") for v in environment.get("values", [])})
    return {k: str(v) for k, v in values.items() if k}


def substitute(text: str, values: dict[str, str]) -> str:
    """Replace every `{{name}}` that has a non-empty value; leave the others as they are."""
    return VARIABLE.sub(lambda m: values.get(m[1]) or m[0], text)
