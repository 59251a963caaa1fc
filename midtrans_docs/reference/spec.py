"""openapi/*.yaml read as one set of documents, with `$ref`s resolved across files.

A reference such as `common.yaml#/components/schemas/ItemDetail` is resolved relative to the file it
appears in. `resolve` returns the target with its own references still in place (so a schema keeps
its name for headings), `deref` follows references all the way down one level at a time.
"""

from __future__ import annotations

import functools
import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..sources.yamlio import safe_load

SPEC_DIR = Path("openapi")
METHODS = ("get", "put", "post", "patch", "delete")


@dataclass(frozen=True)
class Node:
    """A piece of a spec document and the file its relative references start from."""

    value: Any
    file: str  # file name under openapi/, e.g. "core-api.yaml"
    name: str = ""  # the last segment of the $ref that led here (a component's name), if any


@dataclass(frozen=True)
class Operation:
    """One path operation or webhook, as written in its file."""

    file: str
    kind: str  # "paths" or "webhooks"
    key: str  # the path (/v2/charge) or the webhook name
    method: str
    op: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.op["operationId"])

    @property
    def tag(self) -> str:
        return str((self.op.get("tags") or [""])[0])


class Spec:
    """Every document in openapi/, by file name."""

    def __init__(self, root: Path) -> None:
        self.dir = root / SPEC_DIR
        self.docs: dict[str, dict[str, Any]] = {
            path.name: safe_load(path.read_text(encoding="utf-8")) or {} for path in sorted(self.dir.glob("*.yaml"))
        }

    def resolve(self, node: Node) -> Node:
        """Follow `$ref` until the node is not a reference; keywords beside a `$ref` are merged over its target."""
        seen = 0
        while isinstance(node.value, dict) and "$ref" in node.value:
            ref = str(node.value["$ref"])
            target, _, pointer = ref.partition("#")
            file = posixpath.normpath(posixpath.join(posixpath.dirname(node.file), target)) if target else node.file
            value: Any = self.docs[file]
            for part in [p for p in pointer.split("/") if p]:
                value = value[part.replace("~1", "/").replace("~0", "~")]
            siblings = {k: v for k, v in node.value.items() if k != "$ref"}
            if siblings and isinstance(value, dict):  # OpenAPI 3.1: keywords beside $ref apply too
                value = {
                    **value,
                    **siblings,
                    "required": sorted({*value.get("required", []), *siblings.get("required", [])}),
                }
                value = value if value["required"] else {k: v for k, v in value.items() if k != "required"}
            node, seen = Node(value, file, pointer.rsplit("/", 1)[-1]), seen + 1
            if seen > 20:
                raise ValueError(f"$ref loop at {ref}")
        return node

    def child(self, node: Node, *keys: str | int) -> Node:
        """node[key][key]…, each step resolved."""
        for key in keys:
            node = self.resolve(Node(node.value[key], node.file))
        return node

    def operations(self) -> list[Operation]:
        """Every operation and webhook of every file, in file order, then in the order written."""
        out = []
        for file, doc in self.docs.items():
            for kind in ("paths", "webhooks"):
                for key, item in (doc.get(kind) or {}).items():
                    out += [Operation(file, kind, key, m, item[m], item) for m in METHODS if m in item]
        return out

    def servers(self, operation: Operation) -> list[dict[str, str]]:
        return list(operation.op.get("servers") or self.docs[operation.file].get("servers") or [])

    def security(self, operation: Operation) -> list[tuple[str, dict[str, Any]]]:
        """(name, scheme) of every scheme the operation accepts (any one of them)."""
        required = operation.op.get("security", self.docs[operation.file].get("security")) or []
        schemes = (self.docs[operation.file].get("components") or {}).get("securitySchemes") or {}
        return [(name, schemes[name]) for entry in required for name in entry]


@functools.lru_cache(maxsize=4)
def _cached(root: Path, stamp: tuple[tuple[str, int], ...]) -> Spec:
    return Spec(root)


def load_spec(root: Path) -> Spec:
    """The spec of the project at `root`, re-read when a file in openapi/ changes."""
    stamp = tuple((p.name, p.stat().st_mtime_ns) for p in sorted((root / SPEC_DIR).glob("*.yaml")))
    return _cached(root, stamp)
