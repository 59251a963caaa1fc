"""The payment-method matrix (data/payment-methods.yml): its shape, and that the spec agrees with it.

Gap it fills: a method added to the spec's `payment_type` or `enabled_payments` enums and not to the matrix
(or the other way round) would leave the Reference page and the summary boxes silently incomplete. No
library compares a data file with OpenAPI enums; these checks do, with the line of the YAML entry or enum item.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..payment_methods import (
    AMOUNT_CONDITIONS,
    AMOUNT_WORDS,
    FAMILIES,
    FILE,
    OPTIONAL,
    PRODUCTS,
    REFUND_ENDPOINTS,
    REQUIRED,
    SETTLES,
    key_lines,
    load,
)
from ..problems import Problem
from .registry import source_check

SANDBOX_PAGE = "docs/reference/sandbox-testing.md"
# (file, schema, the product whose entries must match, which entry field holds the value)
ENUMS = (
    ("openapi/common.yaml", "PaymentType", "core_api", "payment_type"),
    ("openapi/snap.yaml", "SnapPaymentChannel", "snap", "channel"),
    ("openapi/payment-link.yaml", "enabled_payments", "payment_link", "channel"),
)


def _heading_ids(root: Path) -> set[str]:
    ids = set()
    for line in (root / SANDBOX_PAGE).read_text(encoding="utf-8").split("\n"):
        if line.startswith("#"):
            text = re.sub(r"[^\w\s-]", "", line.lstrip("#").strip().lower())
            ids.add(re.sub(r"[\s]+", "-", text).strip("-"))
    return ids


@source_check
def check_payment_methods_data(root: Path) -> list[Problem]:
    """Every entry has the required keys, no unknown key, and values from the allowed lists."""
    path = root / FILE
    data = load(root)
    lines = key_lines(root)
    anchors = _heading_ids(root)
    out: list[Problem] = []
    for key, method in (data.get("methods") or {}).items():
        line = lines.get(key, method.get("__line__", 1))
        fields = {k for k in method if k != "__line__"}
        for unknown in sorted(fields - set(REQUIRED) - set(OPTIONAL)):
            out.append(Problem(path, line, f"{key}: unknown key '{unknown}'", f"use {', '.join(REQUIRED + OPTIONAL)}"))
        for missing in [k for k in REQUIRED if k not in fields]:
            out.append(Problem(path, line, f"{key}: missing '{missing}'", f"add `{missing}:` (see the file's header)"))
        allowed = {"family": FAMILIES, "settles": SETTLES}
        for field, values in allowed.items():
            if field in method and method[field] not in values:
                out.append(Problem(path, line, f"{key}: {field} '{method[field]}'", f"use one of {', '.join(values)}"))
        for field, values in {"products": PRODUCTS, "refund": REFUND_ENDPOINTS}.items():
            value = method.get(field, [])
            if not isinstance(value, list) or any(v not in values for v in value):
                out.append(
                    Problem(path, line, f"{key}: {field} {value!r}", f"a list of {', '.join(values)} ([] for none)")
                )
        out.extend(_amount_problems(root, key, method, line))
        if "sandbox" in method and method["sandbox"] not in anchors:
            out.append(
                Problem(
                    path,
                    line,
                    f"{key}: sandbox '#{method['sandbox']}' is no heading of {SANDBOX_PAGE}",
                    "use the id of the sandbox-testing section that explains the method",
                )
            )
    return out


def _field_line(root: Path, start: int, field: str) -> int:
    """Line of `    field:` inside the entry that starts at line `start` (the entry's line when absent)."""
    text = (root / FILE).read_text(encoding="utf-8").split("\n")
    for number in range(start, len(text)):
        line = text[number]
        if line.startswith("  ") and not line.startswith("   "):
            break
        if line.strip().startswith(f"{field}:"):
            return number + 1
    return start


def _amount_numbers(value: object) -> list[int] | None:
    """The rupiah numbers of an amount (a whole number, or a mapping condition -> number); None when malformed."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return [value] if value >= 1 else None
    if isinstance(value, dict):
        items = {k: v for k, v in value.items() if k != "__line__"}
        if not items or any(k not in AMOUNT_CONDITIONS for k in items):
            return None
        numbers = [v for v in items.values() if isinstance(v, int) and not isinstance(v, bool) and v >= 1]
        return numbers if len(numbers) == len(items) else None
    return None


def _amount_problems(root: Path, key: str, method: dict, line: int) -> list[Problem]:
    """amount_min / amount_max: whole rupiah, a mapping of a listed condition to rupiah, and min <= max."""
    path = root / FILE
    out: list[Problem] = []
    numbers: dict[str, list[int]] = {}
    for field in ("amount_min", "amount_max"):
        if field not in method:
            continue
        value = method[field]
        if field == "amount_max" and isinstance(value, str) and value in AMOUNT_WORDS:
            continue
        found = _amount_numbers(value)
        if found is None:
            shown = {k: v for k, v in value.items() if k != "__line__"} if isinstance(value, dict) else value
            words = f", or one of {', '.join(AMOUNT_WORDS)}" if field == "amount_max" else ""
            out.append(
                Problem(
                    path,
                    _field_line(root, line, field),
                    f"{key}: {field} {shown!r} is no amount",
                    f"write whole rupiah as a plain number (10000, not 'Rp10.000'), or a mapping of "
                    f"{', '.join(AMOUNT_CONDITIONS)} to such numbers{words}",
                )
            )
        else:
            numbers[field] = found
    if len(numbers) == 2 and max(numbers["amount_min"]) > min(numbers["amount_max"]):
        out.append(
            Problem(
                path,
                _field_line(root, line, "amount_max"),
                f"{key}: amount_max {min(numbers['amount_max'])} is below amount_min {max(numbers['amount_min'])}",
                "check both against the source; the minimum comes first",
            )
        )
    return out


def enum_values(root: Path, rel: str, name: str) -> dict[str, int]:
    """The items of the first `enum:` under the key `name:` in a spec file, with their lines."""
    text = (root / rel).read_text(encoding="utf-8").split("\n")
    values: dict[str, int] = {}
    start = next((i for i, line in enumerate(text) if line.strip() == f"{name}:"), None)
    if start is None:
        return values
    indent = len(text[start]) - len(text[start].lstrip())
    in_enum = False
    for number, line in enumerate(text[start + 1 :], start + 2):
        stripped = line.strip()
        if stripped and len(line) - len(line.lstrip()) <= indent:
            break
        if stripped.startswith("enum:"):
            inline = re.match(r"enum:\s*\[(.*)\]", stripped)
            if inline:
                return {v.strip(): number for v in inline[1].split(",")}
            in_enum = True
            continue
        if in_enum:
            item = re.match(r"-\s*([\w-]+)\s*$", stripped)
            if not item:
                break
            values[item[1]] = number
    return values


@source_check
def check_payment_methods_spec(root: Path) -> list[Problem]:
    """The spec's payment_type and enabled_payments enums name the same methods as the matrix."""
    data = load(root)
    methods = data.get("methods") or {}
    lines = key_lines(root)
    out: list[Problem] = []
    for rel, schema, product, field in ENUMS:
        in_spec = enum_values(root, rel, schema)
        aliases = data.get("payment_type_aliases", {}) if field == "payment_type" else {}
        skip = set(aliases) | (set(data.get("channel_aliases", [])) if field == "channel" else set())
        in_matrix = {m[field]: k for k, m in methods.items() if product in m.get("products", []) and m.get(field)}
        for value, line in in_spec.items():
            if value not in in_matrix and value not in skip:
                out.append(
                    Problem(
                        root / rel,
                        line,
                        f"{schema} has '{value}', which no {product} method of {FILE} has as `{field}`",
                        f"add the method to {FILE} (with {product} in `products`), or remove it from the enum",
                    )
                )
        for value, key in sorted(in_matrix.items()):
            if value not in in_spec:
                out.append(
                    Problem(
                        root / FILE,
                        lines.get(key, 1),
                        f"{key}: {field} '{value}' is offered in {product} but missing from {schema} in {rel}",
                        f"add '{value}' to the enum, or drop {product} from the entry's `products`",
                    )
                )
    return out


@source_check
def check_payment_methods_tools(root: Path) -> list[Problem]:
    """Every `payment_type` the notification simulator offers (midtrans_docs/tools.py) is a method of the matrix."""
    from ..tools import notification_samples

    known = {m["payment_type"] for m in load(root)["methods"].values()}
    out: list[Problem] = []
    seen: set[str] = set()
    for hook in notification_samples(root):
        for status in hook["statuses"]:
            value = status["body"].get("payment_type")
            if not value or value in known or value in seen:
                continue
            seen.add(value)
            rel, line = _first_line(root, f"payment_type: {value}")
            out.append(
                Problem(
                    root / rel,
                    line,
                    f"the notification simulator offers payment_type '{value}', which {FILE} does not list",
                    f"add the method to {FILE}, or fix the example's payment_type",
                )
            )
    return out


def _first_line(root: Path, needle: str) -> tuple[str, int]:
    for path in sorted((root / "openapi").glob("*.yaml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if line.strip() == needle:
                return f"openapi/{path.name}", number
    return "openapi/notifications.yaml", 1
