"""The status transitions (data/status-transitions.yml), the checkout apps' copy of them, and the status diagrams.

Gap it fills: three apps in three languages and a page's Mermaid diagrams all state which transaction_status
may follow which. No library compares a data file with its JSON copy, with the spec's status enums and with
Mermaid edges, so these checks do, each problem with the line to change.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from ..problems import Problem
from ..sources import transitions
from ..sources.fences import iter_fences, parse_info
from .registry import source_check

SPEC = Path("openapi") / "common.yaml"
DIAGRAM_PAGES = ("docs/after-payment/status-cycle.md", "docs/after-payment/status-cycle.id.md")
EDGE = re.compile(r"^\s*(\[\*\]|[\w]+)\s*-->\s*([\w]+)")
WRITE = "python -m midtrans_docs.sources.transitions --write"


def _line_of(lines: list[str], key: str) -> int:
    pattern = re.compile(r"^\s+" + re.escape(key) + r":")
    return next((i for i, line in enumerate(lines, 1) if pattern.match(line)), 1)


def _spec_enum(root: Path, name: str) -> list[str]:
    schemas = (yaml.safe_load((root / SPEC).read_text(encoding="utf-8")) or {}).get("components", {}).get("schemas", {})
    return [str(v) for v in (schemas.get(name) or {}).get("enum") or []]


@source_check
def check_status_transitions_data(root: Path) -> list[Problem]:
    """Every key a spec status (or status/fraud_status), with an order state and known next keys; all reachable."""
    path = root / transitions.FILE
    if not path.is_file():
        return [Problem(path, 1, "the status transitions file is missing", "restore data/status-transitions.yml")]
    lines = path.read_text(encoding="utf-8").split("\n")
    entries = transitions.statuses(transitions.load(root))
    problems: list[Problem] = []
    if transitions.START not in entries:
        problems.append(Problem(path, 1, "no 'created' entry", "add `created:` (the order before any payment)"))
    known = set(_spec_enum(root, "TransactionStatus"))
    frauds = set(_spec_enum(root, "FraudStatus"))
    for key, entry in entries.items():
        line = _line_of(lines, key)
        status, _, fraud = key.partition("/")
        if key != transitions.START and (status not in known or (fraud and fraud not in frauds)):
            problems.append(
                Problem(
                    path,
                    line,
                    f"{key}: not a transaction_status (or transaction_status/fraud_status) of {SPEC.as_posix()}",
                    f"use one of {', '.join(sorted(known))}",
                )
            )
        if not isinstance(entry, dict) or set(entry) != {"order", "next"}:
            problems.append(Problem(path, line, f"{key}: needs exactly `order:` and `next:`", "add or remove keys"))
            continue
        if entry["order"] not in transitions.ORDER_STATES:
            problems.append(
                Problem(
                    path,
                    line,
                    f"{key}: order state {entry['order']!r} is not known",
                    f"use one of {', '.join(transitions.ORDER_STATES)}",
                )
            )
        for target in entry["next"] or []:
            if target not in entries:
                problems.append(
                    Problem(path, line, f"{key}: next {target!r} has no entry", f"add `{target}:` or remove it")
                )
    for status in sorted(known - {transitions.base(k) for k in entries}):
        problems.append(
            Problem(path, 1, f"transaction_status {status!r} of {SPEC.as_posix()} has no entry", f"add `{status}:`")
        )
    reached, queue = {transitions.START}, [transitions.START]
    while queue:
        current = entries.get(queue.pop())
        for target in (current.get("next") or []) if isinstance(current, dict) else []:
            if target in entries and target not in reached:
                reached.add(target)
                queue.append(target)
    for key in entries:
        if key not in reached and transitions.START in entries:
            problems.append(
                Problem(path, _line_of(lines, key), f"{key}: no status leads to it", "list it in a `next:`")
            )
    return problems


@source_check
def check_checkout_transitions(root: Path) -> list[Problem]:
    """The checkout apps' status-transitions.json says what data/status-transitions.yml says."""
    copy = root / transitions.APP_COPY
    expected = transitions.as_json(transitions.load(root))
    if not copy.is_file():
        return [Problem(copy, 1, "the checkout apps' copy of the status transitions is missing", f"run {WRITE}")]
    text = copy.read_text(encoding="utf-8")
    if text == expected:
        return []
    try:
        same = json.loads(text) == json.loads(expected)
    except json.JSONDecodeError:
        same = False
    wanted, found = expected.split("\n"), text.split("\n")
    pairs = enumerate(zip(wanted, found, strict=False), 1)
    line = next((i for i, (a, b) in pairs if a != b), min(len(wanted), len(found)))
    what = "written differently from" if same else "differs from"
    return [Problem(copy, line, f"{what} {transitions.FILE.as_posix()} (edit the YAML, not the copy)", f"run {WRITE}")]


@source_check
def check_status_diagrams(root: Path) -> list[Problem]:
    """Each `a --> b` of the status-cycle diagrams is a transition data/status-transitions.yml allows."""
    allowed = transitions.edges(transitions.load(root))
    names = {transitions.base(k) for k in transitions.statuses(transitions.load(root))}
    problems: list[Problem] = []
    for rel in DIAGRAM_PAGES:
        path = root / rel
        if not path.is_file():
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        for fence in iter_fences(lines):
            if parse_info(fence.info)[0] != "mermaid" or not any("stateDiagram" in b for b in fence.body):
                continue
            for offset, body_line in enumerate(fence.body, 1):
                match = EDGE.match(body_line)
                if not match:
                    continue
                source = transitions.START if match[1] == "[*]" else match[1]
                if source not in names or match[2] not in names:
                    unknown = match[2] if source in names else source
                    fix = f"use a status of {transitions.FILE.as_posix()}"
                    problems.append(Problem(path, fence.line + offset, f"{unknown!r} is not a status", fix))
                elif (source, match[2]) not in allowed:
                    problems.append(
                        Problem(
                            path,
                            fence.line + offset,
                            f"{match[1]} --> {match[2]} is not a transition of {transitions.FILE.as_posix()}",
                            f"add {match[2]!r} to the `next:` of {source!r} there, or remove the arrow",
                        )
                    )
    return problems
