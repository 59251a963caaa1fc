"""The spec against what uses it: the samples' operations and responses, the request, response and
notification blocks on pages, and the Postman collection.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ...problems import Findings, Problem
from ...reference.corpus import all_blocks, iter_pages
from ...sources.fences import Block
from ...sources.openapi import MISSING, Operation, Spec, load_spec
from ...sources.pages import line_of
from ...sources.postman import COLLECTION, postman_requests, substitute, variables
from ..curl import parse_curl, sample_dirs
from ..registry import source_check
from .bodies import (
    ENDPOINT_TITLE,
    NOTIFICATION_TITLE,
    RESPONSE_TITLE,
    field_problems,
    rel,
    request_problems,
    response_problems,
    titled_json,
    unknown_endpoint,
)

BlockProblems = Callable[[Spec, Block, re.Match[str], Any], list[Problem]]


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


def _titled_blocks(root: Path, title: re.Pattern[str], counted: str, problems: BlockProblems) -> Findings:
    """`problems` of each JSON block on a page whose title matches `title`, counted as `counted`."""
    spec = load_spec(root)
    blocks = titled_json(root, title)
    found = Findings(counts={counted: len(blocks)})
    for b, m, body in blocks:
        found += problems(spec, b, m, body)
    return found


@source_check
def check_request_blocks(root: Path) -> list[Problem]:
    """JSON blocks titled with an endpoint (`POST /v2/charge`) fit that operation's request body."""
    return _titled_blocks(root, ENDPOINT_TITLE, "request bodies on pages validated", _request_block)


def _request_block(spec: Spec, b: Block, m: re.Match[str], body: Any) -> list[Problem]:
    op, problems = request_problems(spec, m[1], m[2], body, b.path, b.text, b.line)
    if op is None:
        problems = [Problem(b.page, b.page_line, p.what, p.fix) for p in problems]
    return problems


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
    return _titled_blocks(root, NOTIFICATION_TITLE, "notification bodies on pages validated", _notification_block)


def _notification_block(spec: Spec, b: Block, _m: re.Match[str], body: Any) -> list[Problem]:
    """The problems against the webhook the body fits best (the fewest missing fields, then the fewest errors)."""
    results = []
    for hook in spec.webhooks:
        errors = spec.schema_errors(hook.file, hook.schema_where, body)
        # Missing required fields say "another webhook", more than a wrong value does.
        rank = (sum(e.what == MISSING for e in errors), len(errors))
        label = f"webhook {hook.name} in {rel(spec, hook.file)}"
        results.append((rank, field_problems(errors, b.path, b.text, b.line, "notification", label)))
    return min(results, key=lambda r: r[0])[1] if results else []


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
