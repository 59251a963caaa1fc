"""Data for the reader tools (docs/assets/javascripts/tools.js): JSON files the tools fetch lazily.

Gap it fills: the four tools run in the reader's browser and send nothing anywhere, so what they know
(key prefixes from data/facts.yml, codes from data/errors.yml, notification bodies and request schemas from
openapi/*.yaml) must be served by the site itself. No MkDocs plugin turns our sources into such files; this
module does, and midtrans_docs/hooks/tools.py adds them to the build. Request schemas are resolved here, in
Python, into one JSON Schema 2020-12 document per file (components under `$defs`), so the browser only
validates (with @cfworker/json-schema, bundled by esbuild from node_modules: `bundle_validator`).

Placeholders: a page asks for a tool with `<div class="mt-tool" data-tool="NAME" markdown>` and a fallback
sentence inside; `placeholder_problems` reports an unknown NAME with its line.
"""

from __future__ import annotations

import copy
import html
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import jinja2
import markdown

from midtrans_docs.problems import Problem
from midtrans_docs.reference.errors import code_id, load_errors
from midtrans_docs.reference.localize import LANG, errors_for
from midtrans_docs.reference.spec import Node, Spec, load_spec
from midtrans_docs.sources.facts import load_facts
from midtrans_docs.sources.openapi import load_spec as load_checked_spec

TOOLS = ("signature-verifier", "notification-simulator", "error-decoder", "request-checker")
PLACEHOLDER = re.compile(r"""<div\b[^>]*\bclass="mt-tool"[^>]*>""")
TOOL_NAME = re.compile(r"""\bdata-tool="([^"]*)\"""")
DATA_DIR = "assets/tools"  # site path of the JSON files
SCRIPT = "assets/javascripts/tools.js"
LOADER = "assets/javascripts/tools-loader.js"  # what pages with a tool load first (hooks/tools.py)
VALIDATOR = "assets/javascripts/tools-validator.js"
VALIDATOR_ENTRY = "@cfworker/json-schema/dist/esm/index.js"
# Keywords the browser validator needs; descriptions, examples and OpenAPI extras stay out of the JSON.
KEEP = {
    "type", "enum", "const", "required", "properties", "additionalProperties", "items", "prefixItems",
    "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems",
    "minProperties", "maxProperties", "multipleOf", "patternProperties", "dependentRequired", "format", "$ref",
}  # fmt: skip
# Statuses the simulator offers for every payment method besides those of its spec examples (kept only when the
# body still fits the webhook's schema).
CYCLE = ("pending", "settlement", "expire", "cancel")
PRODUCTS = {"core-api": "Core API", "snap": "Snap", "payment-link": "Payment Link", "iris": "IRIS", "card": "card"}


def placeholder_problems(path: Path | str, text: str) -> list[Problem]:
    """`path:line` for each tool placeholder that names no tool (or none), with the names that exist."""
    out = []
    for match in PLACEHOLDER.finditer(text):
        name = TOOL_NAME.search(match[0])
        if name is None or name[1] not in TOOLS:
            line = text.count("\n", 0, match.start()) + 1
            got = f'data-tool="{name[1]}"' if name else "no data-tool"
            out.append(
                Problem(
                    path,
                    line,
                    f"tool placeholder with {got}",
                    f"use one of {', '.join(TOOLS)} (midtrans_docs/tools.py TOOLS)",
                )
            )
    return out


def has_placeholder(html_text: str) -> bool:
    return PLACEHOLDER.search(html_text) is not None


# ----------------------------------------------------------------------------------------------- data files


def data_files(root: Path) -> dict[str, str]:
    """Site path → JSON text of every data file the tools fetch."""
    facts = load_facts(root)
    prefixes = {str(k): str(v) for k, v in facts["key_prefix"].items()}
    files = {
        "signature.json": {"keyPrefix": prefixes},
        "notifications.json": {"keyPrefix": prefixes, "samples": notification_samples(root)},
        "errors.json": {"codes": error_codes(root, facts)},
        "requests.json": request_schemas(root),
    }
    return {
        f"{DATA_DIR}/{name}": json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        for name, value in files.items()
    }


def plain(text: str, facts: dict[str, Any]) -> str:
    """Markdown with {{ facts }} (as in data/errors.yml) → plain text for the tools' result box."""
    rendered = jinja2.Environment(undefined=jinja2.StrictUndefined).from_string(text).render(**facts)
    body = markdown.markdown(rendered)
    return html.unescape(re.sub(r"<[^>]+>", "", body)).strip()


def error_codes(root: Path, facts: dict[str, Any]) -> list[dict[str, Any]]:
    """Every row of data/errors.yml: product, code (and the codes sharing its row), HTTP status, anchor id, text."""
    out = []
    english = load_errors(root)
    translated = {lang: errors_for(root, english, lang) for lang in (LANG,)}
    for pid, product in english.items():
        if pid == "page":
            continue
        for g, group in enumerate(product["groups"]):
            for r, row in enumerate(group["codes"]):
                entry: dict[str, Any] = {
                    "id": code_id(pid, row),
                    "product": pid,
                    "code": str(row.get("code") or ""),
                    "also": [str(a) for a in row.get("also", [])],
                    "http": None if row.get("http_status", "") is None else str(row.get("http_status") or ""),
                }
                keys = [k for k in ("meaning", "situation", "response", "cause", "fix", "where") if row.get(k)]
                for key in keys:
                    entry[key] = plain(str(row[key]), facts)
                # The texts of each translation (data/errors.id.yml); tools.js picks them by <html lang>.
                entry["i18n"] = {}
                for lang, doc in translated.items():
                    own = doc[pid]["groups"][g]["codes"][r]
                    texts = {k: plain(str(own[k]), facts) for k in keys if own.get(k) != row[k]}
                    if texts:
                        entry["i18n"][lang] = texts
                out.append(entry)
    return out


def notification_samples(root: Path) -> list[dict[str, Any]]:
    """One entry per webhook that is signed (payment notifications with `signature_key`, IRIS with the
    `Iris-Signature` header): its statuses, each with a body that fits the webhook's schema."""
    spec = load_checked_spec(root)
    status_codes: dict[str, str] = {}
    hooks = []
    for hook in spec.webhooks:
        content = hook.node["requestBody"]["content"]["application/json"]
        examples = [e["value"] for e in (content.get("examples") or {}).values()]
        headers = [p.get("name") for p in hook.node.get("parameters", [])]
        hooks.append((hook, examples, "Iris-Signature" in headers))
        for body in examples:
            if "transaction_status" in body and "status_code" in body:
                status_codes.setdefault(body["transaction_status"], body["status_code"])
    out = []
    for hook, examples, iris in hooks:
        signed = [b for b in examples if "signature_key" in b]
        if not iris and not signed:
            continue  # subscription and pay-account notifications: no signature to compute
        key = "status" if iris else "transaction_status"
        statuses: dict[str, dict[str, Any]] = {}
        for body in examples if iris else signed:
            label = str(body[key]) + (" (fraud_status: challenge)" if body.get("fraud_status") == "challenge" else "")
            statuses.setdefault(label, body)
        if not iris and hook.name != "refund":
            base = next((b for b in signed if b[key] in ("settlement", "capture")), signed[0])
            for status in CYCLE:
                if status in statuses or status not in status_codes:
                    continue
                body = copy.deepcopy(base)
                body.update(transaction_status=status, status_code=status_codes[status], fraud_status="accept")
                if status == "settlement":
                    body.setdefault("settlement_time", body["transaction_time"])
                else:
                    body.pop("settlement_time", None)
                if not spec.schema_errors(hook.file, hook.schema_where, body):
                    statuses[status] = body
        title = str(hook.node.get("summary", hook.name)).removeprefix("Receive ").removeprefix("a ").removeprefix("an ")
        out.append(
            {
                "id": hook.name,
                "title": ("IRIS " if iris else "") + title[:1].upper() + title[1:],
                "operation": str(hook.node.get("operationId", "")),
                "iris": iris,
                "statuses": [{"label": label, "body": body} for label, body in statuses.items()],
            }
        )
    return out


def request_schemas(root: Path) -> dict[str, Any]:
    """Every operation with a JSON request body: its method, path (with the server's path prefix), title and
    schema, as one JSON Schema document whose `$defs` hold the spec's components."""
    spec = load_spec(root)
    defs: dict[str, Any] = {}
    operations = []
    for op in spec.operations():
        if op.kind != "paths":
            continue
        body = op.op.get("requestBody")
        if not body:
            continue
        body_node = spec.resolve(Node(body, op.file))
        content = (body_node.value.get("content") or {}).get("application/json")
        if not content or "schema" not in content:
            continue
        servers = spec.servers(op)
        prefix = re.sub(r"^https?://[^/]+", "", servers[0]["url"]).rstrip("/") if servers else ""
        operations.append(
            {
                "id": op.operation_id,
                "method": op.method.upper(),
                "path": prefix + op.key,
                "title": str(op.op.get("summary", op.operation_id)),
                "product": str(spec.docs[op.file].get("info", {}).get("title", op.file)),
                "schema": _schema(spec, Node(content["schema"], op.file), defs),
            }
        )
    return {"operations": operations, "$defs": defs}


def _schema(spec: Spec, node: Node, defs: dict[str, Any]) -> Any:
    """The schema at `node` with validation keywords only; a `$ref` to a component becomes `#/$defs/<file>.<name>`."""
    value = node.value
    if isinstance(value, list):
        return [_schema(spec, Node(v, node.file), defs) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, item in value.items():
        if key == "$ref":
            target, _, pointer = str(item).partition("#")
            file = target.rsplit("/", 1)[-1] if target else node.file
            name = f"{file.removesuffix('.yaml')}.{pointer.rsplit('/', 1)[-1]}"
            out["$ref"] = f"#/$defs/{name}"
            if name not in defs:
                defs[name] = {}  # reserved first: a schema that refers to itself stops here
                resolved = spec.resolve(Node({"$ref": item}, node.file))
                defs[name] = _schema(spec, resolved, defs)
        elif key in ("properties", "patternProperties", "$defs"):
            out[key] = {k: _schema(spec, Node(v, node.file), defs) for k, v in item.items()}
        elif key in KEEP:
            out[key] = _schema(spec, Node(item, node.file), defs) if isinstance(item, dict | list) else item
    return out


# ------------------------------------------------------------------------------------------ validator bundle


def minify_script(root: Path, path: Path) -> str:
    """A script as served: esbuild --minify of our source (the readable file stays in docs/)."""
    return _esbuild(root, [str(path), "--minify", "--legal-comments=none"])


def bundle_validator(root: Path) -> str:
    """@cfworker/json-schema as one ES module (esbuild from node_modules, pinned in package.json; no network)."""
    entry = root / "node_modules" / VALIDATOR_ENTRY
    if not entry.exists():
        raise FileNotFoundError(f"{entry} is missing → run `make install` (npm ci)")
    return _esbuild(root, [str(entry), "--bundle", "--format=esm", "--minify", "--legal-comments=none"])


def _esbuild(root: Path, args: list[str]) -> str:
    esbuild = root / "node_modules" / ".bin" / "esbuild"
    if not esbuild.exists():
        raise FileNotFoundError(f"{esbuild} is missing → run `make install` (npm ci)")
    proc = subprocess.run([str(esbuild), *args, "--log-level=error"], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"esbuild failed: {proc.stderr.strip()[-1000:]}")
    return proc.stdout
