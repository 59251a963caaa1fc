"""JSON Schemas (OpenAPI 3.1) as parameter-table rows: dotted names for nested fields, `[]` for array items."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .markdown import cell
from .spec import Node, Spec

MAX_DEPTH = 6
COLUMNS = ["Name", "Type", "Required", "Description", "Limits"]


@dataclass(frozen=True)
class Row:
    name: str
    type: str
    required: bool
    description: str
    limits: str

    def cells(self) -> list[str]:
        return [f"`{self.name}`", self.type, "Yes" if self.required else "No", cell(self.description), self.limits]


def _code(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return f"`{text}`".replace("|", "\\|")


def type_of(spec: Spec, node: Node) -> str:
    """`string`, `array of object`, `string or null`, `one of: A, B`."""
    schema = node.value
    for key in ("oneOf", "anyOf"):
        if key in schema:
            variants = [spec.resolve(Node(v, node.file)) for v in schema[key]]
            return " or ".join(sorted({type_of(spec, v) for v in variants}))
    if "allOf" in schema:
        return type_of(spec, spec.resolve(Node(schema["allOf"][0], node.file)))
    kind = schema.get("type") or ("object" if "properties" in schema else "")
    if isinstance(kind, list):
        return " or ".join(str(k) for k in kind)
    if kind == "array" and "items" in schema:
        return "array of " + type_of(spec, spec.child(node, "items"))
    return str(kind or "any")


def limits(schema: dict[str, Any]) -> str:
    """The constraints a reader must respect, in one cell."""
    parts = []
    if "const" in schema:
        parts.append("always " + _code(schema["const"]))
    if "enum" in schema:
        parts.append("one of " + ", ".join(_code(v) for v in schema["enum"]))
    for low, high, unit in (("minLength", "maxLength", " characters"), ("minItems", "maxItems", " items")):
        if low in schema or high in schema:
            parts.append(_range(schema.get(low), schema.get(high)) + unit)
    if "minimum" in schema or "maximum" in schema:
        parts.append(_range(schema.get("minimum"), schema.get("maximum")))
    if "exclusiveMinimum" in schema:
        parts.append(f"more than {schema['exclusiveMinimum']}")
    if "format" in schema:
        parts.append(f"format `{schema['format']}`")
    if "pattern" in schema:
        parts.append("pattern " + _code(schema["pattern"]))
    if "default" in schema:
        parts.append("default " + _code(schema["default"]))
    return "; ".join(parts)


def _range(low: Any, high: Any) -> str:
    if low is not None and high is not None:
        return f"{low}–{high}" if low != high else f"exactly {low}"
    return f"at least {low}" if low is not None else f"at most {high}"


def rows(spec: Spec, node: Node, prefix: str = "", depth: int = 0, skip: dict[str, Any] | None = None) -> list[Row]:
    """One row per property of an object schema, then its nested properties (dotted)."""
    schema = node.value
    if "allOf" in schema:
        return [r for part in schema["allOf"] for r in rows(spec, spec.resolve(Node(part, node.file)), prefix, depth)]
    required = set(schema.get("required") or [])
    out: list[Row] = []
    for name, raw in (schema.get("properties") or {}).items():
        if skip and skip.get(name) == raw:
            continue
        prop = spec.resolve(Node(raw, node.file))
        full = f"{prefix}{name}"
        value = prop.value
        description = str(value.get("description") or "")
        out.append(Row(full, type_of(spec, prop), name in required, description, limits(value)))
        out += _nested(spec, prop, full, depth)
    return out


def _nested(spec: Spec, prop: Node, full: str, depth: int) -> list[Row]:
    if depth >= MAX_DEPTH:
        return []
    value = prop.value
    if value.get("type") == "array" and "items" in value:
        item = spec.child(prop, "items")
        return rows(spec, item, f"{full}[].", depth + 1) if "properties" in item.value else []
    if "properties" in value or "allOf" in value:
        return rows(spec, prop, f"{full}.", depth + 1)
    return []


def variants(spec: Spec, node: Node) -> list[Node]:
    """The schemas of a oneOf/anyOf, resolved; [] for a plain schema."""
    schema = node.value
    return [spec.resolve(Node(v, node.file)) for v in schema.get("oneOf") or schema.get("anyOf") or []]


def shared_properties(options: list[Node]) -> dict[str, Any]:
    """Properties most variants define identically (the fields all payment types share): name → raw schema.

    A variant's own table then lists only what differs from these."""
    if len(options) < 2:
        return {}
    counts: dict[str, list[tuple[Any, int]]] = {}
    for option in options:
        for name, raw in (option.value.get("properties") or {}).items():
            tally = counts.setdefault(name, [])
            match = next((i for i, (value, _) in enumerate(tally) if value == raw), None)
            tally.append((raw, 1)) if match is None else tally.__setitem__(match, (raw, tally[match][1] + 1))
    shared = {}
    for name, tally in counts.items():
        raw, count = max(tally, key=lambda item: item[1])
        if count * 2 > len(options) and "$ref" in raw:
            shared[name] = raw
    return shared
