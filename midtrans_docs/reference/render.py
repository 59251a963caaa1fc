"""One operation or webhook as a `##` section of Markdown: endpoint, auth, parameters, samples, responses, errors."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..i18n import is_translation
from ..sources.pages import front_matter as read_front_matter
from ..sources.pages import page_files, read_page
from ..sources.snippets import includes
from .errors import Code
from .markdown import cell, details, fence, json_fence, kebab, relative, table, tabs
from .schema import COLUMNS, Row, limits, rows, shared_properties, type_of, variants
from .spec import Node, Operation, Spec

LANGUAGES = [
    ("cURL", "bash", "curl.sh"),
    ("Python", "python", "python.py"),
    ("Node.js", "javascript", "node.js"),
    ("PHP", "php", "php.php"),
    ("Java", "java", "Main.java"),
    ("Go", "go", "main.go"),
]
SAMPLES_REF = "../samples/"  # how externalValue reaches samples/ from openapi/
COMMON = "common.yaml"  # shared components; its header parameters are described in full on the index page
LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")


@dataclass
class Context:
    """What every section needs besides its operation: the spec, the error codes, the project."""

    spec: Spec
    codes: dict[str, Code]
    root: Path
    page: str  # src_uri of the page being written, for relative links


def rel_link(ctx: Context, target: str) -> str:
    """A docs/-relative path (with optional #anchor) as a link from the page being written."""
    return relative(ctx.page, target)


def anchor(op: Operation) -> str:
    return kebab(op.operation_id)


def section(ctx: Context, op: Operation) -> str:
    """The whole `##` section of one path operation."""
    parts = [f"## {op.op['summary']} {{ #{anchor(op)} }}", str(op.op.get("description", "")).strip()]
    parts += [_guide(ctx, op), _endpoint(ctx, op), _auth(ctx, op)]
    parts += _parameters(ctx, op) + _body(ctx, op) + _samples(ctx, op) + _responses(ctx, op) + _errors(ctx, op)
    return "\n\n".join(p for p in parts if p)


def _heading(op: Operation, label: str) -> str:
    return f"### {label} {{ #{anchor(op)}-{kebab(label).replace(' ', '-')} }}"


def _guide(ctx: Context, op: Operation) -> str:
    target = op.op.get("x-guide")
    if not target:
        return ""
    page = ctx.root / "docs" / str(target).partition("#")[0]
    title = read_front_matter(page.read_text(encoding="utf-8").splitlines())[0].get("title", target)
    return f"Guide: [{title}]({rel_link(ctx, str(target))})"


def _endpoint(ctx: Context, op: Operation) -> str:
    method = op.method.upper()
    rows_ = [[s.get("description", ""), f"`{method} {s['url']}{op.key}`"] for s in ctx.spec.servers(op)]
    return table(["Environment", "Request"], rows_)


def _auth(ctx: Context, op: Operation) -> str:
    schemes = ctx.spec.security(op)
    if not schemes:
        return ""
    lines = [f"- `{name}`: {cell(scheme.get('description', ''))}" for name, scheme in schemes]
    lead = "Authentication, one of:" if len(schemes) > 1 else "Authentication:"
    return lead + "\n\n" + "\n".join(lines)


def parameters(ctx: Context, op: Operation) -> list[Node]:
    """Path-item parameters, then the operation's own (an operation's parameter wins), resolved."""
    found: dict[tuple[str, str], Node] = {}
    for raw in [*(op.path_item.get("parameters") or []), *(op.op.get("parameters") or [])]:
        node = ctx.spec.resolve(Node(raw, op.file))
        found[(node.value["in"], node.value["name"])] = node
    return list(found.values())


def _parameters(ctx: Context, op: Operation) -> list[str]:
    out = []
    for where, label in (("header", "Headers"), ("path", "Path parameters"), ("query", "Query parameters")):
        params = [p for p in parameters(ctx, op) if p.value["in"] == where]
        if params:
            out += [_heading(op, label), table(COLUMNS, [_param_row(ctx, p).cells() for p in params])]
    return out


def _param_row(ctx: Context, param: Node) -> Row:
    value = param.value
    if param.file == COMMON and value.get("in") == "header":  # described once on the index page
        first = str(value.get("description", "")).split(". ")[0].rstrip(".")
        link = rel_link(ctx, "reference/api/index.md#optional-headers")
        # Descriptive link text (Lighthouse SEO "link-text": "More" says nothing out of context).
        value = {**value, "description": f"{first}. See [optional headers]({link})."}
    schema = ctx.spec.child(param, "schema") if "schema" in value else Node({}, param.file)
    return Row(
        str(value["name"]),
        type_of(ctx.spec, schema),
        bool(value.get("required")),
        str(value.get("description") or schema.value.get("description") or ""),
        limits(schema.value),
    )


def body_schema(ctx: Context, op: Operation) -> Node | None:
    if "requestBody" not in op.op:
        return None
    body = ctx.spec.child(Node(op.op, op.file), "requestBody")
    content = body.value.get("content", {}).get("application/json")
    return ctx.spec.child(Node(content, body.file), "schema") if content and "schema" in content else None


def schema_tables(ctx: Context, schema: Node) -> list[str]:
    """A field table; for a oneOf, the shared fields once, then one collapsed table per variant."""
    options = variants(ctx.spec, schema)
    if not options:
        return [table(COLUMNS, [r.cells() for r in rows(ctx.spec, schema)])]
    shared = shared_properties(options)
    out = [cell(str(schema.value.get("description", "")))]
    if shared:
        common = rows(ctx.spec, Node({"properties": shared}, options[0].file))
        out += [
            "Fields most variants share (a variant that differs lists its own):",
            table(COLUMNS, [r.cells() for r in common]),
        ]
    for option in options:
        title = str(option.value.get("title") or option.name)
        text = "\n\n".join(
            p for p in (cell(str(option.value.get("description", ""))), _own_table(ctx, option, shared)) if p
        )
        out.append(details(title, text, "abstract"))
    return out


def _own_table(ctx: Context, option: Node, shared: dict[str, Any]) -> str:
    own = rows(ctx.spec, option, skip=shared)
    return table(COLUMNS, [r.cells() for r in own]) if own else ""


def _body(ctx: Context, op: Operation) -> list[str]:
    schema = body_schema(ctx, op)
    if schema is None:
        return []
    return [_heading(op, "Request body"), *schema_tables(ctx, schema)]


def example_index(ctx: Context, op: Operation) -> list[tuple[str, str, Node]]:
    """(status, summary, example) of every response example, in status order."""
    out = []
    for status, raw in sorted((op.op.get("responses") or {}).items()):
        response = ctx.spec.resolve(Node(raw, op.file))
        media = (response.value.get("content") or {}).get("application/json") or {}
        for _name, example in (media.get("examples") or {}).items():
            node = ctx.spec.resolve(Node(example, response.file))
            out.append((str(status), str(node.value.get("summary", "")), node))
    return out


def sample_of(example: Node) -> str | None:
    """samples/-relative path of an externalValue example, e.g. core-api/card-charge/response.json."""
    external = str(example.value.get("externalValue", ""))
    return external[len(SAMPLES_REF) :] if external.startswith(SAMPLES_REF) else None


MAX_SAMPLES = 1  # full six-language tab sets per operation; more would break the page-weight budget


def ordered_samples(op: Operation, examples: list[tuple[str, str, Node]]) -> list[str]:
    """x-samples in the order of their response examples (the spec lists the main case first)."""
    order = [sample_of(e) or "" for _s, _summary, e in examples]
    folders = [str(f) for f in op.op.get("x-samples") or []]
    return sorted(folders, key=lambda f: next((i for i, s in enumerate(order) if s.startswith(f + "/")), len(order)))


def _samples(ctx: Context, op: Operation) -> list[str]:
    examples = example_index(ctx, op)
    folders = ordered_samples(op, examples)
    if not folders:
        return []
    blocks = []
    for folder in folders[:MAX_SAMPLES]:
        request = tabs([(label, fence(lang, f'--8<-- "{folder}/{name}"')) for label, lang, name in LANGUAGES])
        shown = [(s, summary, e) for s, summary, e in examples if (sample_of(e) or "").startswith(folder + "/")]
        blocks += [request, *[_sample_response(s, summary, e) for s, summary, e in shown]]
    return [_heading(op, "Request sample"), *blocks, *_more_samples(ctx, folders[MAX_SAMPLES:], examples)]


def _more_samples(ctx: Context, folders: list[str], examples: list[tuple[str, str, Node]]) -> list[str]:
    """Links to the guide pages that show the other samples in full."""
    if not folders:
        return []
    lines = []
    for folder in folders:
        summary = next((sm for _s, sm, e in examples if (sample_of(e) or "").startswith(folder + "/")), folder)
        page = next((p for p, names in _includes(ctx.root).items() if f"{folder}/curl.sh" in names), None)
        lines.append(f"- [{summary}]({rel_link(ctx, page)})" if page else f"- {summary}")
    return ["More samples, in six languages, in the guides (their responses are under Responses):", "\n".join(lines)]


@functools.lru_cache(maxsize=4)
def _includes(root: Path) -> dict[str, set[str]]:
    """docs/-relative English page → the files it includes with --8<-- (a translation links the same guide
    in its own language: MkDocs resolves the link to it in the Indonesian build)."""
    docs = root / "docs"
    pages = [read_page(f, docs) for f in page_files(docs) if not is_translation(f)]
    return {p.rel: {name for _n, name in includes(p.lines)} for p in pages}


def _sample_response(status: str, summary: str, example: Node) -> str:
    return fence(
        "json",
        f'--8<-- "{sample_of(example)}"',
        f"Response ({status}): {summary}" if summary else f"Response ({status})",
    )


def _responses(ctx: Context, op: Operation) -> list[str]:
    out = [_heading(op, "Responses")]
    examples = example_index(ctx, op)
    shown = tuple(f + "/" for f in ordered_samples(op, examples)[:MAX_SAMPLES]) or ("\0",)
    for status, raw in sorted((op.op.get("responses") or {}).items()):
        response = ctx.spec.resolve(Node(raw, op.file))
        out.append(f"**{status}**: {cell(str(response.value.get('description', '')))}")
        for _s, summary, example in [e for e in examples if e[0] == str(status)]:
            title = f"Response ({status}): {summary}" if summary else f"Response ({status})"
            sample = sample_of(example)
            if sample and sample.startswith(shown):
                continue  # shown beside its request sample
            if sample:
                out.append(fence("json", f'--8<-- "{sample}"', title))
            elif "value" in example.value:
                out.append(json_fence(example.value["value"], title))
    return out


def _errors(ctx: Context, op: Operation) -> list[str]:
    ids = [str(i) for i in op.op.get("x-error-codes") or []]
    if not ids:
        return []
    rows_ = [
        [
            f"[`{ctx.codes[i].code or i}`]({rel_link(ctx, 'reference/error-codes.md#' + i)})",
            _plain(ctx.codes[i].meaning),
        ]
        for i in ids
    ]
    return [_heading(op, "Errors"), table(["Code", "Meaning"], rows_)]


def _plain(text: str) -> str:
    """A table cell without links (the text's links are relative to another page)."""
    return cell(LINK.sub(r"\1", text))


def webhook_section(ctx: Context, op: Operation) -> str:
    """The `##` section of one webhook: what triggers it, headers, body fields, one example body per status."""
    parts = [f"## {op.op['summary']} {{ #{anchor(op)} }}", str(op.op.get("description", "")).strip(), _guide(ctx, op)]
    parts += _parameters(ctx, op)
    schema = body_schema(ctx, op)
    if schema is not None:
        parts += [_heading(op, "Body fields"), details("Fields", "\n\n".join(schema_tables(ctx, schema)), "abstract")]
    parts += [_heading(op, "Examples"), *_webhook_examples(ctx, op), _acknowledge(ctx, op)]
    return "\n\n".join(p for p in parts if p)


def _webhook_examples(ctx: Context, op: Operation) -> list[str]:
    body = ctx.spec.child(Node(op.op, op.file), "requestBody")
    media = body.value.get("content", {}).get("application/json") or {}
    items = []
    for name, raw in (media.get("examples") or {}).items():
        example = ctx.spec.resolve(Node(raw, body.file))
        summary = str(example.value.get("summary") or name)
        items.append(details(summary, json_fence(example.value.get("value"), f"Notification ({summary})")))
    return items  # collapsed blocks: a tab strip this long would scroll without keyboard access


def _acknowledge(ctx: Context, op: Operation) -> str:
    lines = []
    for status, raw in sorted((op.op.get("responses") or {}).items()):
        response = ctx.spec.resolve(Node(raw, op.file))
        label = "Any other status" if status == "default" else f"`{status}`"
        lines.append(f"- {label}: {cell(str(response.value.get('description', '')))}")
    return "Your answer:\n\n" + "\n".join(lines) if lines else ""
