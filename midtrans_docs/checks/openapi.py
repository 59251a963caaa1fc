"""Everything against the OpenAPI spec in openapi/: the spec itself (openapi-spec-validator,
`$ref`s, operationIds, x-samples, x-error-codes, x-guide), its own examples, the samples' responses,
the request, response and notification bodies on pages, and the Postman collection. The requests the
samples send are validated by checks/samples/ through `request_problems` here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from openapi_spec_validator import validate as validate_spec

from ..problems import Findings, Problem
from ..reference.corpus import all_blocks, iter_pages
from ..sources.fences import Block
from ..sources.openapi import MISSING, FieldError, Operation, Spec, load_spec
from ..sources.pages import line_of
from ..sources.postman import COLLECTION, postman_requests, substitute, variables
from .curl import parse_curl, sample_dirs
from .registry import source_check

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
    data = yaml.safe_load((root / "data" / "errors.yml").read_text(encoding="utf-8")) or {}
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


@source_check
def check_spec(root: Path) -> list[Problem]:
    """Each openapi/*.yaml is valid OpenAPI 3.1; $refs resolve; operationIds unique; x-samples, x-error-codes
    and x-guide point at things that exist."""
    spec = load_spec(root)
    problems = [
        Problem(file, getattr(getattr(exc, "problem_mark", None), "line", 0) + 1, f"not valid YAML: {exc}", "fix it")
        for file, exc in spec.load_errors.items()
    ]
    for file, doc in spec.raw.items():
        refs = _ref_problems(spec, file, doc, [])
        problems += refs
        if not refs:
            problems += _validity_problems(spec, file, doc)
    seen: dict[str, Operation] = {}
    errors = error_ids(root)
    for op in spec.operations:
        line = spec.line(op.file, [*op.where, "operationId"])
        if op.id in seen:
            first = seen[op.id]
            problems.append(
                Problem(op.file, line, f"operationId {op.id} is used twice", f"rename one ({first.key} has it too)")
            )
        seen.setdefault(op.id, op)
        problems += _extension_problems(spec, op, errors)
    return Findings(problems, counts={"spec: operations": len(spec.operations), "spec: webhooks": len(spec.webhooks)})


def _validity_problems(spec: Spec, file: Path, doc: Any) -> list[Problem]:
    try:
        validate_spec(doc, base_uri=file.as_uri())
    except Exception as exc:  # the validator's errors and the resolver's: report them all the same way
        parts = list(getattr(exc, "absolute_path", []) or getattr(exc, "path", []) or [])
        message = getattr(exc, "message", str(exc)).splitlines()[0][:200]
        where = "/".join(map(str, parts)) or "(document)"
        return [
            Problem(
                file,
                spec.line(file, parts),
                f"not valid OpenAPI 3.1 at {where}: {message}",
                "follow the OpenAPI 3.1 specification (openapi-spec-validator names the rule)",
            )
        ]
    return []


def _ref_problems(spec: Spec, file: Path, node: Any, where: list[str | int]) -> list[Problem]:
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in _ref_problems(spec, file, v, [*where, i])]
    if not isinstance(node, dict):
        return []
    problems = [p for k, v in node.items() if k != "$ref" for p in _ref_problems(spec, file, v, [*where, k])]
    ref = node.get("$ref")
    if isinstance(ref, str) and not _resolves(spec, file, ref):
        problems.append(
            Problem(
                file,
                spec.line(file, [*where, "$ref"]),
                f"$ref '{ref}' does not resolve",
                "point it at an existing file and #/pointer (for example common.yaml#/components/schemas/Name)",
            )
        )
    return problems


def _resolves(spec: Spec, file: Path, ref: str) -> bool:
    target_name, _, pointer = ref.partition("#")
    target = (file.parent / target_name).resolve() if target_name else file
    doc = next((d for f, d in spec.raw.items() if f.resolve() == target.resolve()), None)
    if doc is None:
        return False
    node: Any = doc
    for part in [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    return True


def _extension_problems(spec: Spec, op: Operation, errors: set[str]) -> list[Problem]:
    problems = []
    for i, folder in enumerate(op.node.get("x-samples", [])):
        if not (spec.root / "samples" / folder / "curl.sh").is_file():
            problems.append(
                Problem(
                    op.file,
                    spec.line(op.file, [*op.where, "x-samples", i]),
                    f"x-samples of {op.id} names '{folder}', which is no sample folder",
                    "use a folder of samples/ that holds a curl.sh (for example core-api/card-charge)",
                )
            )
    for i, code in enumerate(op.node.get("x-error-codes", [])):
        if code not in errors:
            problems.append(
                Problem(
                    op.file,
                    spec.line(op.file, [*op.where, "x-error-codes", i]),
                    f"x-error-codes of {op.id} names '{code}', which data/errors.yml does not have",
                    "use an id from data/errors.yml (<product>-<code>, or the row's own id), or add the row there",
                )
            )
    return problems + _guide_problems(spec, op)


def _guide_problems(spec: Spec, op: Operation) -> list[Problem]:
    guide = str(op.node.get("x-guide", ""))
    page, _, anchor = guide.partition("#")
    path = spec.root / "docs" / page
    line = spec.line(op.file, [*op.where, "x-guide"])
    if not page or not path.is_file():
        return [
            Problem(op.file, line, f"x-guide of {op.id} is '{guide}', no page", "give the page (docs/-relative)#anchor")
        ]
    if anchor and anchor not in heading_anchors(path.read_text(encoding="utf-8").splitlines()):
        return [
            Problem(
                op.file,
                line,
                f"x-guide of {op.id}: {page} has no heading #{anchor}",
                "use the id of a heading on that page (its slug, or its { #id })",
            )
        ]
    return []


# --------------------------------------------------------- the spec's examples


@source_check
def check_spec_examples(root: Path) -> list[Problem]:
    """Every inline example in the spec (parameters, request and response bodies, webhooks) fits its schema;
    every externalValue file exists."""
    spec = load_spec(root)
    found = Findings()
    checked = 0
    for file, doc in spec.raw.items():
        for where, example, schema_where in _examples(doc, []):
            if "externalValue" in example:
                target = (file.parent / str(example["externalValue"])).resolve()
                if not target.is_file():
                    found.append(
                        Problem(
                            file,
                            spec.line(file, [*where, "externalValue"]),
                            f"externalValue {example['externalValue']} is no file",
                            "point it at a samples/…/response.json (relative to openapi/)",
                        )
                    )
                continue
            checked += 1
            for error in spec.schema_errors(file, schema_where, example.get("value")):
                found.append(
                    Problem(
                        file,
                        spec.line(file, [*where, "value", *error.path]),
                        f"example field {error.field}: {error.what}",
                        f"{error.fix}, or change the schema if the example is right",
                    )
                )
    found.counts["spec: inline examples validated"] = checked
    return found


def _examples(node: Any, where: list[str | int]) -> list[tuple[list[str | int], dict[str, Any], list[str | int]]]:
    """(where, Example object, where its schema is) of every named example beside a `schema`."""
    if not isinstance(node, dict):
        return []
    found = []
    examples = node.get("examples")
    if isinstance(examples, dict) and "schema" in node:
        for name, example in examples.items():
            if isinstance(example, dict):
                found.append(([*where, "examples", name], example, [*where, "schema"]))
    if "example" in node and "schema" in node:
        found.append(([*where], {"value": node["example"]}, [*where, "schema"]))
    for key, value in node.items():
        if key not in ("examples", "example", "schema"):
            found += _examples(value, [*where, key])
    return found


# ------------------------------------------------------------ sample responses


@source_check
def check_sample_operations(root: Path) -> list[Problem]:
    """Each sample calls an operation that lists it in x-samples, and its response*.json fit that operation."""

    spec = load_spec(root)
    statuses = _external_statuses(spec)
    found = Findings()
    responses = 0
    for folder in sample_dirs(root):
        curl = folder / "curl.sh"
        req, _problems = parse_curl(curl)  # check_samples reports these
        if req is None:
            continue
        text = curl.read_text(encoding="utf-8")
        op = spec.find(req.method, req.url)
        if op is None:
            found.append(unknown_endpoint(spec, req.method, req.url, curl, line_of(text.splitlines(), "http")))
            continue
        name = folder.relative_to(root / "samples").as_posix()
        if name not in op.node.get("x-samples", []):
            found.append(
                Problem(
                    curl,
                    1,
                    f"this sample calls {op.key} but is not in the x-samples of {op.id}",
                    f"add '- {name}' to x-samples at {rel(spec, op.file)}:{spec.line(op.file, op.where)}",
                )
            )
        for response in sorted(folder.glob("response*.json")):
            status = statuses.get(response.resolve(), (op.id, op.success_status()))[1]
            body = response.read_text(encoding="utf-8")
            found += response_problems(spec, op, status, json.loads(body), response, body)
            responses += 1
    found += _listed_elsewhere(spec)
    found.counts["sample responses validated"] = responses
    return found


def _external_statuses(spec: Spec) -> dict[Path, tuple[str, str]]:
    """response file → (operationId, status) from the externalValue examples."""
    out = {}
    for op in spec.operations:
        for status, response in op.node.get("responses", {}).items():
            media = (response.get("content") or {}).get("application/json", {}) if isinstance(response, dict) else {}
            for example in (media.get("examples") or {}).values():
                if isinstance(example, dict) and "externalValue" in example:
                    out[(op.file.parent / str(example["externalValue"])).resolve()] = (op.id, str(status))
    return out


def _listed_elsewhere(spec: Spec) -> list[Problem]:
    """An x-samples entry whose sample calls another operation."""

    problems = []
    for op in spec.operations:
        for i, folder in enumerate(op.node.get("x-samples", [])):
            curl = spec.root / "samples" / folder / "curl.sh"
            req = parse_curl(curl)[0] if curl.is_file() else None
            calls = spec.find(req.method, req.url) if req else None
            if calls is not None and calls is not op:
                problems.append(
                    Problem(
                        op.file,
                        spec.line(op.file, [*op.where, "x-samples", i]),
                        f"x-samples of {op.id} lists {folder}, which calls {calls.key} ({calls.id})",
                        f"move the entry to the x-samples of {calls.id}",
                    )
                )
    return problems


# ------------------------------------------------------------------- pages


@source_check
def check_request_blocks(root: Path) -> list[Problem]:
    """JSON blocks titled with an endpoint (`POST /v2/charge`) fit that operation's request body."""
    spec = load_spec(root)
    found = Findings()
    count = 0
    for b in all_blocks(root):
        m = ENDPOINT_TITLE.match(b.title.strip())
        if b.lang != "json" or not m:
            continue
        try:
            body = json.loads(b.text)
        except json.JSONDecodeError:
            continue  # check_json_blocks reports it
        op, problems = request_problems(spec, m[1], m[2], body, b.path, b.text, b.line)
        if op is None:
            problems = [Problem(b.page, b.page_line, p.what, p.fix) for p in problems]
        found += problems
        count += 1
    found.counts["request bodies on pages validated"] = count
    return found


@source_check
def check_response_blocks(root: Path) -> list[Problem]:
    """JSON blocks titled `Response (…)` fit the response of the operation the page shows above them
    (or that the title names: `… from Get Status`); the status comes from the title."""
    spec = load_spec(root)
    found = Findings()
    count = 0
    by_page: dict[Path, list[Block]] = {}
    for block in all_blocks(root):
        by_page.setdefault(block.page, []).append(block)
    for page in iter_pages(root):
        if not page.path.is_file():
            # A generated reference page shows the spec's own examples, which check_spec_examples and
            # check_sample_operations already validate against the operation they belong to.
            continue
        blocks = by_page.get(page.path, [])
        # A page about one operation keeps it to the end; otherwise each `##` section starts afresh.
        several = len({op for b in blocks if (op := _request_shown(spec, b)) is not None}) > 1
        current, last_line = None, 0
        for b in blocks:
            if several and any(line.startswith("## ") for line in page.lines[last_line : b.page_line - 1]):
                current = None
            last_line = b.page_line
            current = _request_shown(spec, b) or current
            m = RESPONSE_TITLE.match(b.title.strip())
            if b.lang != "json" or not m or b.snippet is not None:
                continue
            try:
                body = json.loads(b.text)
            except json.JSONDecodeError:
                continue
            detail = m["detail"] or ""
            candidates = _named_operations(spec, detail, current)
            if not candidates:
                continue
            status = _status(detail, candidates[0])
            results: list[list[Problem]] = [
                response_problems(spec, op, status, body, b.path, b.text, b.line) for op in candidates
            ]
            best = min(results, key=len)
            found += best
            count += 1
    found.counts["response bodies on pages validated"] = count
    return found


def _request_shown(spec: Spec, b: Block) -> Operation | None:
    """The operation a block shows a request to: a titled body, an included curl.sh, or a curl command."""

    m = ENDPOINT_TITLE.match(b.title.strip())
    if m:
        return spec.find(m[1], m[2])
    if b.lang in ("bash", "sh", "shell") and re.search(r"\bcurl\s", b.text) and "midtrans.com" in b.text:
        command = b.text[b.text.index("curl") :]
        req = parse_curl(b.path, text=command, first_line=b.line)[0]
        return spec.find(req.method, req.url) if req else None
    return None


def _named_operations(spec: Spec, detail: str, current: Operation | None) -> list[Operation]:
    """`… from Get Status` names an operation by the words of its summary; otherwise the one shown above."""
    named = re.search(r"\bfrom (.+)$", detail)
    if not named:
        return [current] if current else []
    words = {w for w in re.findall(r"[a-z0-9]+", named[1].lower()) if w not in ("a", "an", "the")}
    scored = [
        (len(words & set(re.findall(r"[a-z0-9]+", str(op.node.get("summary", "")).lower()))), op)
        for op in spec.operations
    ]
    best = max((s for s, _ in scored), default=0)
    if best == 0:
        return [current] if current else []
    found = [op for s, op in scored if s == best]
    return [current] if current in found else found


def _status(detail: str, op: Operation) -> str:
    m = re.match(r"\s*(\d{3})\b", detail)
    return m[1] if m else op.success_status()


@source_check
def check_notification_blocks(root: Path) -> list[Problem]:
    """JSON blocks titled `Notification …` fit a webhook of the spec (notifications.yaml, iris.yaml)."""
    spec = load_spec(root)
    found = Findings()
    count = 0
    for b in all_blocks(root):
        if b.lang != "json" or not NOTIFICATION_TITLE.match(b.title.strip()):
            continue
        try:
            body = json.loads(b.text)
        except json.JSONDecodeError:
            continue
        results = []
        for hook in spec.webhooks:
            errors = spec.schema_errors(hook.file, hook.schema_where, body)
            # Missing required fields say "another webhook", more than a wrong value does.
            rank = (sum(e.what == MISSING for e in errors), len(errors))
            label = f"webhook {hook.name} in {rel(spec, hook.file)}"
            results.append((rank, field_problems(errors, b.path, b.text, b.line, "notification", label)))
        if results:
            found += min(results, key=lambda r: r[0])[1]
        count += 1
    found.counts["notification bodies on pages validated"] = count
    return found


# ------------------------------------------------------------------ Postman


@source_check
def check_postman_requests(root: Path) -> list[Problem]:
    """Every request of the Postman collection calls an operation of the spec, with a body that fits it."""
    spec = load_spec(root)
    values = variables(root)
    file = root / COLLECTION
    found = Findings()
    count = 0
    for item in postman_requests(root):
        request = item.item.get("request")
        if not isinstance(request, dict) or not isinstance(request.get("url"), dict):
            continue  # tests/test_postman.py reports a malformed item
        url = substitute(request["url"].get("raw", ""), values)
        raw = (request.get("body") or {}).get("raw")
        try:
            body = json.loads(substitute(raw, values)) if raw else None
        except json.JSONDecodeError:
            continue  # tests/test_postman.py reports it
        _op, problems = request_problems(spec, request.get("method", "GET"), url, body, file, "", item.line)
        # A value still written `{{name}}` is one Postman fills at run time ({{$guid}}, a stored token): not checked.
        found += [Problem(p.path, p.line, f"'{item.where}': {p.what}", p.fix) for p in problems if "'{{" not in p.what]
        count += 1
    found.counts["Postman requests validated"] = count
    return found
