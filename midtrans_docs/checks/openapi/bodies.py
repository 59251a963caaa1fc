"""A body against its operation in openapi/: the shared helpers every check of the spec, the pages, the
samples and the Postman collection reports through (`request_problems`, `response_problems`, …).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ...problems import Problem
from ...reference.corpus import all_blocks
from ...sources.fences import Block
from ...sources.openapi import FieldError, Operation, Spec
from ...sources.pages import line_of
from ...sources.yamlio import safe_load

ENDPOINT_TITLE = re.compile(r"^(GET|POST|PUT|PATCH|DELETE)\s+(/\S*)$")
RESPONSE_TITLE = re.compile(r"^Response\b(?:\s*\((?P<detail>[^)]*)\))?")
NOTIFICATION_TITLE = re.compile(r"^Notification\b")


def rel(spec: Spec, file: Path) -> str:
    return file.relative_to(spec.root).as_posix()


def field_line(text: str, offset: int, key: str | None) -> int:
    """Line of a field in a body written in `text` (whose first line is line `offset` of its file)."""
    if key is None:
        return offset
    lines = text.splitlines()
    for needle in (f'"{key}"', f"'{key}'", f"{key}:", f"{key} ="):
        number = line_of(lines, needle, 0)
        if number:
            return offset + number - 1
    return offset


def field_problems(
    errors: list[FieldError], file: Path | str, text: str, offset: int, kind: str, where: str
) -> list[Problem]:
    return [
        Problem(file, field_line(text, offset, e.key), f"{kind} field {e.field}: {e.what} ({where})", e.fix)
        for e in errors
    ]


def operation_label(spec: Spec, op: Operation) -> str:
    return f"{op.key}, {op.id} in {rel(spec, op.file)}"


def unknown_endpoint(spec: Spec, method: str, url: str, file: Path | str, line: int) -> Problem:
    path = urlsplit(url).path or url
    others = spec.methods_at(url)
    fix = (
        f"this path takes {', '.join(others)} only"
        if others
        else "call an endpoint the spec describes (check the host and path), or describe it in openapi/"
    )
    return Problem(file, line, f"{method.upper()} {path} matches no operation in openapi/", fix)


def request_problems(
    spec: Spec, method: str, url: str, body: Any, file: Path | str, text: str, offset: int = 1
) -> tuple[Operation | None, list[Problem]]:
    """A request (method, URL with query, JSON body) against its operation: parameters, body, amounts."""
    op = spec.find(method, url)
    if op is None:
        return None, [unknown_endpoint(spec, method, url, file, field_line(text, offset, None))]
    label = operation_label(spec, op)
    problems = field_problems(spec.parameter_errors(op, url), file, text, offset, "request", label)
    problems += field_problems(spec.body_errors(op, body), file, text, offset, "request body", label)
    return op, problems + amount_problems(body, file, text, offset)


def amount_problems(body: Any, file: Path | str, text: str, offset: int) -> list[Problem]:
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
    if total == details["gross_amount"]:
        return []
    return [
        Problem(
            file,
            field_line(text, offset, "gross_amount"),
            f"gross_amount {details['gross_amount']} is not the item total {total}",
            "make transaction_details.gross_amount equal the sum of price × quantity (Midtrans rejects it otherwise)",
        )
    ]


def response_problems(
    spec: Spec, op: Operation, status: str, body: Any, file: Path | str, text: str, offset: int = 1
) -> list[Problem]:
    """A response body against the operation's response for `status` (exact, then 2XX-style, then default)."""
    responses = op.node.get("responses", {})
    key = next((k for k in (status, f"{status[0]}XX", "default") if k in responses), None)
    if key is None:
        return [
            Problem(
                file,
                offset,
                f"{op.id} has no {status} response in {rel(spec, op.file)}",
                f"show a status the operation answers ({', '.join(map(str, responses))}), or add it to the spec",
            )
        ]
    where = [*op.where, "responses", key, "content", "application/json", "schema"]
    if not spec.has(op.file, where):
        return []
    label = f"{status} response of {operation_label(spec, op)}"
    return field_problems(spec.schema_errors(op.file, where, body), file, text, offset, "response", label)


# ------------------------------------------------------------------ the spec


def error_ids(root: Path) -> set[str]:
    """The ids of data/errors.yml: `<product>-<code>` in lower case, or a row's own `id`."""
    data = safe_load((root / "data" / "errors.yml").read_text(encoding="utf-8")) or {}
    ids = set()
    for product, section in data.items():
        for group in (section or {}).get("groups", []) if isinstance(section, dict) else []:
            for code in group.get("codes", []):
                ids.add(str(code.get("id") or f"{product}-{str(code.get('code')).lower()}"))
    return ids


def heading_anchors(lines: list[str]) -> set[str]:
    """The ids of a page's headings (pymdownx slugify, lower case, as mkdocs.yml sets it) and `{ #id }`s."""
    from pymdownx.slugs import slugify

    slug = slugify(case="lower")
    anchors, fence = set(), False
    for line in lines:
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        if fence:
            continue
        anchors.update(re.findall(r"\{[^}]*#([\w-]+)[^}]*\}", line))
        m = re.match(r"^#{1,6}\s+(.*?)\s*(\{[^}]*\})?\s*$", line)
        if m and not (m[2] and "#" in m[2]):
            anchors.add(slug(re.sub(r"[`*]", "", m[1]), "-"))
    return anchors


def titled_json(root: Path, title: re.Pattern[str]) -> list[tuple[Block, re.Match[str], Any]]:
    """(block, title match, parsed body) of each JSON block on a page whose title matches `title`.

    A block whose JSON does not parse is left out: check_json_blocks reports it."""
    out = []
    for b in all_blocks(root):
        m = title.match(b.title.strip())
        if b.lang != "json" or not m:
            continue
        try:
            out.append((b, m, json.loads(b.text)))
        except json.JSONDecodeError:
            continue
    return out
