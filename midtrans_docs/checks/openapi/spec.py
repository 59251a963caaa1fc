"""The spec itself: valid OpenAPI 3.1 (openapi-spec-validator), `$ref`s resolve, operationIds unique,
x-samples, x-error-codes and x-guide point at what exists; its own examples fit their schemas.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openapi_spec_validator import validate as validate_spec

from ...problems import Findings, Problem
from ...sources.openapi import Operation, Spec, load_spec
from ..registry import source_check
from .bodies import error_ids, heading_anchors


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
