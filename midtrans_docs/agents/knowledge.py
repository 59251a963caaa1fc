"""What the MCP server's tools answer, as plain functions over the project and its built site.

Each function takes the tool's arguments and returns JSON-ready data, or raises `BadInput` with a message that
says what is wrong and what to send instead (the server turns it into an MCP tool error). Nothing here opens a
network connection: pages come from the built site's Markdown twins, operations and validation from openapi/
(midtrans_docs.sources.openapi, the same validator the checks use), codes from data/errors.yml.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from midtrans_docs.sources.facts import render_facts
from midtrans_docs.sources.openapi import METHODS, Operation, Spec, load_spec

from ..sources.yamlio import safe_load

SAMPLE_FILES = {
    "curl": "curl.sh",
    "python": "python.py",
    "node": "node.js",
    "php": "php.php",
    "java": "Main.java",
    "go": "main.go",
}
LANGUAGE_NAMES = {"curl": "cURL", "python": "Python", "node": "Node.js", "php": "PHP", "java": "Java", "go": "Go"}
MAX_BODY = 256 * 1024  # bytes of JSON a tool accepts (a Midtrans request body is at most 16 KB)
ERRORS = Path("data") / "errors.yml"


class BadInput(ValueError):
    """The caller sent something the tool cannot use; the message says what and how to fix it."""


# ----------------------------------------------------------------------------- pages


def page_markdown(site: Path, path_or_url: str, lang: str = "en") -> dict[str, Any]:
    """The Markdown twin of a page: `snap/advanced-features`, `/id/snap/`, a full URL or a `.md` path."""
    lang = _lang(lang)
    raw = (path_or_url or "").strip()
    if not raw:
        raise BadInput("path_or_url is empty → give a page path such as 'snap/advanced-features' or its URL")
    path = urlsplit(raw).path if "://" in raw else raw
    path = path.split("#", 1)[0].strip("/")
    if path.startswith("id/") or path == "id":
        lang, path = "id", path[3:] if path != "id" else ""
    path = re.sub(r"(/index)?(\.html|\.md)$", "", path).strip("/")
    if ".." in path.split("/"):
        raise BadInput(f"{raw!r} leaves the site → give a page path inside it, such as 'core-api/gopay'")
    base = site / "id" if lang == "id" else site
    candidates = [base / f"{path}.md", base / path / "index.md"] if path else [base / "index.md"]
    for file in candidates:
        if file.is_file() and file.resolve().is_relative_to(site.resolve()):
            url = ("id/" if lang == "id" else "") + (f"{path}/" if path else "")
            return {"url": url, "lang": lang, "markdown": file.read_text(encoding="utf-8")}
    raise BadInput(f"no page {raw!r} in the {lang} edition → call search_docs to find its path")


def _lang(lang: str) -> str:
    if lang not in ("en", "id"):
        raise BadInput(f"lang {lang!r} is not an edition → use 'en' (English) or 'id' (Bahasa Indonesia)")
    return lang


# ------------------------------------------------------------------------ operations


def find_operation(spec: Spec, ref: str) -> Operation:
    """An operation by its operationId, or by `METHOD /path` (a path template or a concrete URL)."""
    ref = (ref or "").strip()
    if not ref:
        raise BadInput("operation is empty → give an operationId such as 'chargeTransaction' or 'POST /v2/charge'")
    op = spec.by_id(ref)
    if op is None:
        match = re.fullmatch(r"([A-Za-z]+)\s+(\S+)", ref)
        if match and match[1].lower() in METHODS:
            method, url = match[1].upper(), match[2]
            op = next((o for o in spec.operations if o.method == method and o.path == url), None) or spec.find(
                method, url
            )
    if op is None:
        ids = ", ".join(sorted(o.id for o in spec.operations if o.id))
        raise BadInput(f"no operation {ref!r} → use an operationId ({ids}) or 'METHOD /path'")
    return op


def operation(root: Path, ref: str, language: str = "curl") -> dict[str, Any]:
    spec = load_spec(root)
    op = find_operation(spec, ref)
    if language not in SAMPLE_FILES:
        raise BadInput(f"language {language!r} has no samples → use one of {', '.join(SAMPLE_FILES)}")
    doc = spec.raw[op.file]
    node = op.node
    out: dict[str, Any] = {
        "operation_id": op.id,
        "method": op.method,
        "path": op.path,
        "servers": list(op.servers),
        "summary": node.get("summary", ""),
        "description": node.get("description", ""),
        "guide": node.get("x-guide"),
        "parameters": [_parameter(spec, op.file, doc, p) for p in _parameters(spec, op)],
    }
    body = ((node.get("requestBody") or {}).get("content") or {}).get("application/json", {}).get("schema")
    if body is not None:
        out["body_fields"] = _fields(spec, op.file, body)
    out["responses"] = {
        str(status): (_deref(spec, op.file, r)[0] or {}).get("description", "")
        for status, r in (node.get("responses") or {}).items()
    }
    codes = error_index(root)
    out["errors"] = [
        {"id": cid, "code": codes[cid]["code"], "product": codes[cid]["product"], "meaning": codes[cid]["meaning"]}
        for cid in node.get("x-error-codes", [])
        if cid in codes
    ]
    out["sample"] = _sample(root, node.get("x-samples") or [], language)
    return out


def _parameters(spec: Spec, op: Operation) -> list[Any]:
    doc = spec.raw[op.file]
    shared = (doc.get("paths", {}).get(op.path) or {}).get("parameters", [])
    return list(shared) + list(op.node.get("parameters", []))


def _parameter(spec: Spec, file: Path, doc: Any, param: Any) -> dict[str, Any]:
    node, where = _deref(spec, file, param)
    schema, _ = _deref(spec, where, node.get("schema", {}))
    return {
        "name": node.get("name"),
        "in": node.get("in"),
        "required": bool(node.get("required")),
        "description": node.get("description", ""),
        **_limits(schema),
    }


def _deref(spec: Spec, file: Path, node: Any, depth: int = 0) -> tuple[Any, Path]:
    """Follow `$ref` (same file or `other.yaml#/…`) to the node; (node, the file it is in)."""
    while isinstance(node, dict) and "$ref" in node and depth < 20:
        target, _, pointer = node["$ref"].partition("#")
        file = (file.parent / target).resolve() if target else file
        doc = spec.raw.get(file) or spec.raw.get(Path(file))
        if doc is None:
            doc = safe_load(file.read_text(encoding="utf-8"))
            spec.raw[file] = doc
        node = doc
        for part in [p for p in pointer.split("/") if p]:
            node = node[part.replace("~1", "/").replace("~0", "~")]
        depth += 1
    return node, file


LIMIT_KEYS = ("type", "enum", "const", "format", "pattern", "minLength", "maxLength", "minimum", "maximum", "default")


def _limits(schema: Any) -> dict[str, Any]:
    return {k: schema[k] for k in LIMIT_KEYS if isinstance(schema, dict) and k in schema}


def _fields(spec: Spec, file: Path, schema: Any, prefix: str = "", depth: int = 0) -> list[dict[str, Any]]:
    """Every field of a body schema as a flat list: dotted name, required, description, type and limits."""
    node, file = _deref(spec, file, schema)
    if not isinstance(node, dict) or depth > 6:
        return []
    out: list[dict[str, Any]] = []
    for combo in ("allOf", "oneOf", "anyOf"):
        for part in node.get(combo, []):
            for f in _fields(spec, file, part, prefix, depth + 1):
                if not any(g["name"] == f["name"] for g in out):
                    out.append(f)
    required = set(node.get("required", []))
    for name, prop in (node.get("properties") or {}).items():
        child, child_file = _deref(spec, file, prop)
        dotted = f"{prefix}{name}"
        entry = {"name": dotted, "required": name in required, "description": (child or {}).get("description", "")}
        entry.update(_limits(child))
        out.append(entry)
        kind = (child or {}).get("type")
        if kind == "object" or (child or {}).get("properties") or (child or {}).get("allOf"):
            out += _fields(spec, child_file, child, dotted + ".", depth + 1)
        elif kind == "array" and isinstance((child or {}).get("items"), dict):
            out += _fields(spec, child_file, child["items"], dotted + "[].", depth + 1)
    return out


def _sample(root: Path, folders: list[str], language: str) -> dict[str, str] | None:
    for folder in folders:
        file = root / "samples" / folder / SAMPLE_FILES[language]
        if file.is_file():
            return {"folder": folder, "language": LANGUAGE_NAMES[language], "code": file.read_text(encoding="utf-8")}
    return None


# ---------------------------------------------------------------------- check_request


def parse_body(body: Any) -> Any:
    """A request or notification body given as JSON text or as an object."""
    if isinstance(body, str):
        if len(body.encode("utf-8", "replace")) > MAX_BODY:
            raise BadInput(f"the body is over {MAX_BODY // 1024} KB → send one request body, not a file")
        text = body.lstrip("\ufeff").strip()
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise BadInput(
                f"the body is not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno} → send it as JSON"
            ) from None
    if len(json.dumps(body, default=str)) > MAX_BODY:
        raise BadInput(f"the body is over {MAX_BODY // 1024} KB → send one request body, not a file")
    return body


def check_request(root: Path, ref: str, body: Any) -> dict[str, Any]:
    spec = load_spec(root)
    op = find_operation(spec, ref)
    data = parse_body(body)
    try:
        found = spec.body_errors(op, data)
    except Exception as exc:  # noqa: BLE001 - jsonschema cannot resolve a discriminator value the mapping lacks
        return _unchecked(spec, op, data, exc)
    problems = [{"field": e.field, "problem": e.what, "fix": e.fix, "pointer": _pointer(e.path)} for e in found]
    problems += _amount(data)
    return {"operation": f"{op.method} {op.path}", "operation_id": op.id, "valid": not problems, "problems": problems}


def _unchecked(spec: Spec, op: Operation, data: Any, exc: Exception) -> dict[str, Any]:
    """A discriminator value that maps to no schema (payment_type "gopayy"): say which values exist."""
    schema = ((op.node.get("requestBody") or {}).get("content") or {}).get("application/json", {}).get("schema")
    node, _ = _deref(spec, op.file, schema or {})
    discriminator = (node or {}).get("discriminator") or {}
    name = discriminator.get("propertyName")
    allowed = sorted(discriminator.get("mapping") or {})
    value = data.get(name) if isinstance(data, dict) and name else None
    if not name or value in allowed:
        raise BadInput(f"the body could not be checked against {op.method} {op.path} ({exc}) → send a JSON object")
    problem = {
        "field": f"$.{name}",
        "pointer": f"/{name}",
        "problem": f"{name} {value!r} is not one the operation takes",
        "fix": f"use one of {allowed}",
    }
    return {"operation": f"{op.method} {op.path}", "operation_id": op.id, "valid": False, "problems": [problem]}


def _pointer(parts: tuple[str | int, ...]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _amount(body: Any) -> list[dict[str, str]]:
    """JSON Schema cannot compare two fields: gross_amount must equal Σ price × quantity."""
    if not isinstance(body, dict) or not isinstance(body.get("transaction_details"), dict):
        return []
    items, gross = body.get("item_details"), body["transaction_details"].get("gross_amount")
    if not isinstance(items, list) or gross is None:
        return []
    try:
        total = sum(int(i["price"]) * int(i["quantity"]) for i in items)
    except (KeyError, TypeError, ValueError):
        return []
    if total == gross:
        return []
    return [
        {
            "field": "$.transaction_details.gross_amount",
            "pointer": "/transaction_details/gross_amount",
            "problem": f"gross_amount {gross} is not the item total {total}",
            "fix": "make transaction_details.gross_amount equal the sum of price × quantity (Midtrans rejects it)",
        }
    ]


# ----------------------------------------------------------------- verify_notification

SIGNED = ("order_id", "status_code", "gross_amount")


def verify_notification(body: Any, server_key: str) -> dict[str, Any]:
    """signature_key = SHA-512(order_id + status_code + gross_amount + server key), computed here, sent nowhere."""
    data = parse_body(body)
    if not isinstance(data, dict):
        raise BadInput("the notification is not a JSON object → send the body Midtrans posted to your URL")
    if not isinstance(server_key, str) or not server_key.strip():
        raise BadInput("server_key is empty → give the server key of the environment that sent the notification")
    missing = [k for k in (*SIGNED, "signature_key") if k not in data]
    if missing:
        raise BadInput(f"the notification has no {', '.join(missing)} → send the whole body, unchanged")
    wrong_type = [k for k in SIGNED if not isinstance(data[k], str)]
    if wrong_type:
        raise BadInput(
            f'{", ".join(wrong_type)} must be strings as Midtrans sends them (gross_amount like "10000.00") '
            "→ pass the raw body without converting numbers"
        )
    signed = "".join(data[k] for k in SIGNED)
    expected = hashlib.sha512((signed + server_key).encode("utf-8")).hexdigest()
    valid = hmac.compare_digest(expected, str(data["signature_key"]).lower())
    out: dict[str, Any] = {
        "valid": valid,
        "signed_string": signed + "<server key>",
        "expected_signature_key": expected,
    }
    notes = []
    if server_key.startswith("Mid-server-"):
        notes.append("this is a production server key: check sandbox notifications with the SB-Mid-server- key")
    if "client" in server_key.lower():
        notes.append("this looks like a client key: the signature uses the server key")
    if not valid:
        notes.append(
            "no match: use the key of the environment that sent it, keep gross_amount with its decimals "
            '("10000.00"), and do not trim or re-serialize the fields'
        )
    else:
        notes.append("the signature matches; still confirm with GET /v2/{order_id}/status before fulfilling")
    out["notes"] = notes
    return out


# ----------------------------------------------------------------------- explain_error


def error_index(root: Path) -> dict[str, dict[str, str]]:
    """Every code of data/errors.yml by its anchor id, with facts rendered."""
    data = safe_load((root / ERRORS).read_text(encoding="utf-8")) or {}

    def render(text: Any) -> str:
        return render_facts(str(text or ""), root).strip()

    out = {}
    for pid, product in data.items():
        if pid == "page":
            continue
        for group in product.get("groups", []):
            for row in group.get("codes", []):
                cid = str(row.get("id") or f"{pid}-{str(row.get('code', '')).lower()}")
                out[cid] = {
                    "id": cid,
                    "code": str(row.get("code", "")),
                    "also": ", ".join(str(a) for a in row.get("also", []) or []),
                    "product": product.get("title", pid),
                    "group": group.get("title") or "",
                    "meaning": render(row.get("meaning") or row.get("situation") or row.get("response")),
                    "cause": render(row.get("cause")),
                    "fix": render(row.get("fix")),
                    "url": f"reference/error-codes/#{cid}",
                }
    return out


def explain_error(root: Path, query: str, product: str | None = None) -> dict[str, Any]:
    """Entries for a status code (`407`, `Z3`) or for words of an error message."""
    text = (query or "").strip()
    if not text:
        raise BadInput("status_code_or_message is empty → give a code such as '407' or the error message")
    codes = list(error_index(root).values())
    if product:
        wanted = product.lower().replace(" ", "-")
        codes = [c for c in codes if c["id"].startswith(wanted + "-") or c["product"].lower() == product.lower()]
        if not codes:
            raise BadInput(f"no product {product!r} → use core-api, snap, payment-link, iris or card")
    token = text.strip("'\"` ").upper()
    exact = [
        c
        for c in codes
        if token == c["code"].upper() or token in [a.strip().upper() for a in c["also"].split(",") if a.strip()]
    ]
    found = exact or _by_message(codes, text)
    if not found:
        raise BadInput(
            f"no code or message matches {text!r} → give the status_code (e.g. 407), a card channel_response_code "
            "(e.g. Z3) or words of the message"
        )
    return {"query": text, "matches": found[:8]}


def _by_message(codes: list[dict[str, str]], text: str) -> list[dict[str, str]]:
    words = {w for w in re.findall(r"[a-z0-9]{3,}", text.lower())}
    scored = []
    for c in codes:
        hay = " ".join((c["meaning"], c["cause"], c["fix"])).lower()
        score = sum(1 for w in words if w in hay)
        if words and score >= max(1, len(words) // 2):
            scored.append((score, c))
    return [c for _s, c in sorted(scored, key=lambda pair: -pair[0])]
