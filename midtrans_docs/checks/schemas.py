"""Request bodies against schemas/*.schema.json (jsonschema): JSON blocks on pages titled with an
endpoint here; samples/ and inline cURL bodies through SchemaRegistry in checks/samples.py."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from ..problems import Findings, Problem
from ..sources.fences import all_blocks
from ..sources.pages import line_of
from .registry import source_check


def endpoint_path(url_or_path: str) -> str:
    """`https://app.sandbox.midtrans.com/snap/v1/transactions` → `/snap/v1/transactions`."""
    path = urlparse(url_or_path).path if "://" in url_or_path else url_or_path.split("?")[0]
    return path.rstrip("/") or "/"


def _pattern(endpoint: str) -> re.Pattern[str]:
    method, path = endpoint.split(None, 1)
    regex = re.sub(r"\\\{[^}]+\\\}", r"[^/]+", re.escape(path.rstrip("/")))
    return re.compile(rf"^{method}\s+{regex}$")


class SchemaRegistry:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.schemas: list[tuple[Path, dict[str, Any], list[re.Pattern[str]]]] = []
        resources = []
        for path in sorted((root / "schemas").glob("*.schema.json")):
            schema = json.loads(path.read_text(encoding="utf-8"))
            resources.append((schema.get("$id", path.name), Resource.from_contents(schema)))
            patterns = [_pattern(e) for e in schema.get("x-endpoints", [])]
            if patterns:
                self.schemas.append((path, schema, patterns))
        self.registry = Registry().with_resources(resources)
        self.validated = 0

    def for_request(self, method: str, path: str, body: Any) -> list[tuple[Path, dict[str, Any]]]:
        key = f"{method.upper()} {endpoint_path(path)}"
        found = []
        for file, schema, patterns in self.schemas:
            if not any(p.match(key) for p in patterns):
                continue
            when = schema.get("x-when", {})
            if isinstance(body, dict) and all(body.get(k) == v for k, v in when.items()):
                found.append((file, schema))
        return found

    def validate(self, method: str, path: str, body: Any, file: Path, first_line: int, text: str) -> list[Problem]:
        key = f"{method.upper()} {endpoint_path(path)}"
        schemas = self.for_request(method, path, body)
        if not schemas:
            return [
                Problem(
                    file,
                    first_line,
                    f"no schema covers the request body of {key}",
                    "add schemas/<name>.schema.json with this endpoint in x-endpoints (see schemas/README.md)",
                )
            ]
        problems = []
        for schema_file, schema in schemas:
            validator = Draft202012Validator(schema, registry=self.registry)
            for error in sorted(validator.iter_errors(body), key=lambda e: list(e.path)):
                field = ".".join(str(p) for p in error.absolute_path) or "(body)"
                last = next((str(p) for p in reversed(error.absolute_path) if isinstance(p, str)), None)
                line = first_line + (line_of(text.splitlines(), f'"{last}"', 1) - 1 if last else 0)
                problems.append(
                    Problem(
                        file,
                        line,
                        f"request body field {field}: {error.message}",
                        f"follow {schema_file.name} (the documented limits for {key})",
                    )
                )
        problems += _amount_problems(body, file, first_line, text)
        self.validated += 1
        return problems


def _amount_problems(body: Any, file: Path, first_line: int, text: str) -> list[Problem]:
    """JSON Schema cannot compare two fields: gross_amount must equal the item total."""
    if not isinstance(body, dict):
        return []
    details = body.get("transaction_details") or {}
    items = body.get("item_details")
    if not isinstance(items, list) or "gross_amount" not in details:
        return []
    try:
        total = sum(int(i["price"]) * int(i["quantity"]) for i in items)
    except (KeyError, TypeError, ValueError):
        return []
    if total != details["gross_amount"]:
        line = first_line + line_of(text.splitlines(), '"gross_amount"', 1) - 1
        return [
            Problem(
                file,
                line,
                f"gross_amount {details['gross_amount']} is not the item total {total}",
                "make transaction_details.gross_amount equal the sum of price × quantity "
                "(Midtrans rejects it otherwise)",
            )
        ]
    return []


ENDPOINT_TITLE = re.compile(r"^(GET|POST|PUT|PATCH|DELETE)\s+(/\S*)$")


@source_check
def check_request_blocks(root: Path) -> list[Problem]:
    """JSON blocks titled with an endpoint validate against that endpoint's schemas."""
    registry = SchemaRegistry(root)
    problems: list[Problem] = []
    for b in all_blocks(root):
        m = ENDPOINT_TITLE.match(b.title.strip())
        if b.lang != "json" or not m:
            continue
        try:
            body = json.loads(b.text)
        except json.JSONDecodeError:
            continue
        problems += registry.validate(m[1], m[2], body, b.path, b.line, b.text)
    return Findings(problems, counts={"request bodies on pages validated": registry.validated})
