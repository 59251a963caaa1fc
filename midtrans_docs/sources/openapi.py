"""The OpenAPI 3.1 spec in openapi/*.yaml, loaded and compiled once per process (per project copy).

`load_spec(root)` returns a `Spec`: every operation (method, path template, servers, the raw
YAML node), every webhook, the line of any node in its YAML file, and validation through
openapi-core (parameters; schemas with the OAS 3.1 dialect, `$ref`s across files resolved).
Validation answers `FieldError`s: the JSON path of the field, what is wrong and how to fix it;
the checks in midtrans_docs/checks/openapi/ turn them into `path:line: what → fix`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml
from jsonschema.exceptions import ValidationError
from jsonschema_path import SchemaPath
from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest
from openapi_core.validation.request.validators import V31RequestParametersValidator
from openapi_core.validation.schemas import oas31_schema_validators_factory

from .facts import render_facts

METHODS = ("get", "put", "post", "patch", "delete")
SPEC_DIR = "openapi"
SHARED = "common.yaml"  # components only, no operations
DEFAULT_PATH_VALUE = "ORDER-2026-0001"
MISSING = "a required field is missing"
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: the spec is 12,000 lines


@dataclass(frozen=True)
class Operation:
    file: Path
    method: str  # upper case
    path: str  # the template, as in `paths:`
    id: str
    node: dict[str, Any] = field(repr=False, compare=False)
    servers: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def where(self) -> list[str | int]:
        """The node's path in its YAML document."""
        return ["paths", self.path, self.method.lower()]

    def success_status(self) -> str:
        return min((s for s in self.node.get("responses", {}) if str(s).startswith("2")), default="200")


@dataclass(frozen=True)
class Webhook:
    file: Path
    name: str
    node: dict[str, Any] = field(repr=False, compare=False)

    @property
    def schema_where(self) -> list[str | int]:
        return ["webhooks", self.name, "post", "requestBody", "content", "application/json", "schema"]


@dataclass(frozen=True)
class FieldError:
    """One thing a body or parameter breaks: `field` is a JSON path ($.a.b[0].c)."""

    field: str
    what: str
    fix: str
    key: str | None = None  # the last object key on the way (to find its line in the source text)
    path: tuple[str | int, ...] = ()


def json_path(parts: Iterable[str | int]) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def _template_regex(template: str) -> str:
    return re.sub(r"\\\{[^}]+\\\}", r"[^/]+", re.escape(template.rstrip("/")))


class Spec:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.dir = root / SPEC_DIR
        self.files = sorted(self.dir.glob("*.yaml"))
        self.raw: dict[Path, Any] = {}
        self.load_errors: dict[Path, yaml.YAMLError] = {}
        for file in self.files:
            try:
                # Descriptions may say `{{ lifetime.card_token }}`: mkdocs-macros renders it on the reference pages,
                # and everything that reads the spec here (checks, the agents' server) gets the same English fact.
                data = yaml.load(render_facts(file.read_text(encoding="utf-8"), root), Loader=LOADER) or {}
                self.raw[file] = json.loads(json.dumps(data, default=str))  # JSON values only (dates as text)
            except yaml.YAMLError as exc:
                self.load_errors[file] = exc
        self._nodes: dict[Path, yaml.Node | None] = {}
        self._apis: dict[Path, OpenAPI] = {}
        self._validators: dict[tuple[Path, tuple[str | int, ...]], Any] = {}  # compiled once, used many times
        self.operations = sorted(self._operations(), key=lambda o: (o.path.count("{"), o.path))
        self.webhooks = [
            Webhook(file, name, item["post"])
            for file, doc in self.raw.items()
            for name, item in (doc.get("webhooks") or {}).items()
            if isinstance(item, dict) and "post" in item
        ]

    def _operations(self) -> Iterator[Operation]:
        for file, doc in self.raw.items():
            servers = tuple(s["url"].rstrip("/") for s in doc.get("servers", []) if isinstance(s, dict))
            for template, item in (doc.get("paths") or {}).items():
                for method, node in (item or {}).items():
                    if method in METHODS and isinstance(node, dict):
                        yield Operation(file, method.upper(), template, node.get("operationId", ""), node, servers)

    # ------------------------------------------------------------------ lookup

    def api(self, file: Path) -> OpenAPI:
        """The openapi-core object of one spec file (built on first use, then kept). check_spec validates the
        documents with openapi-spec-validator once; openapi-core does not repeat it for each file."""
        if file not in self._apis:
            config = Config(spec_validator_cls=None)
            handlers = {"file": self._retrieve}
            path = SchemaPath.from_dict(self.raw[file], base_uri=file.as_uri(), handlers=handlers)
            self._apis[file] = OpenAPI(path, config=config)
        return self._apis[file]

    def _retrieve(self, uri: str) -> Any:
        """A `$ref` to another spec file: the document already parsed (jsonschema-path would re-read it each time)."""
        path = Path(urlsplit(uri).path)
        if path not in self.raw:
            self.raw[path] = json.loads(json.dumps(yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)))
        return self.raw[path]

    def find(self, method: str, url: str) -> Operation | None:
        """The operation a request calls: a full URL, or a path (with the server's path prefix, if any)."""
        parts = urlsplit(url)
        path = parts.path.rstrip("/") or "/"
        for op in self.operations:
            if op.method != method.upper():
                continue
            for server in op.servers:
                base = urlsplit(server)
                if parts.hostname and parts.hostname != base.hostname:
                    continue
                prefix = re.escape(base.path.rstrip("/"))
                if re.fullmatch(prefix + _template_regex(op.path), path) or (
                    not parts.hostname and re.fullmatch(_template_regex(op.path), path)
                ):
                    return op
        return None

    def methods_at(self, url: str) -> list[str]:
        """The methods the spec has for a URL (to say `GET only` when a request uses another)."""
        return sorted({op.method for m in METHODS if (op := self.find(m, url)) is not None})

    def by_id(self, operation_id: str) -> Operation | None:
        return next((op for op in self.operations if op.id == operation_id), None)

    def line(self, file: Path, where: Iterable[str | int]) -> int:
        """1-based line of the node at `where` in a spec file (of the deepest part that exists)."""
        if file not in self._nodes:
            try:
                self._nodes[file] = yaml.compose(file.read_text(encoding="utf-8"), Loader=LOADER)
            except yaml.YAMLError:
                self._nodes[file] = None
        node = self._nodes[file]
        if node is None:
            return 1
        line = node.start_mark.line + 1
        for part in where:
            if isinstance(node, yaml.MappingNode):
                hit = next(((k, v) for k, v in node.value if k.value == str(part)), None)
                if hit is None:
                    break
                line, node = hit[0].start_mark.line + 1, hit[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                node = node.value[part]
                line = node.start_mark.line + 1
            else:
                break
        return line

    # -------------------------------------------------------------- validation

    def schema_errors(self, file: Path, where: Iterable[str | int], value: Any) -> list[FieldError]:
        """`value` against the schema at `where` in `file` (OAS 3.1 dialect, `$ref`s followed)."""
        key = (file, tuple(where))
        if key not in self._validators:
            api = self.api(file)
            schema = api.spec
            for part in key[1]:
                schema = schema / str(part)
            self._validators[key] = oas31_schema_validators_factory.create(api.spec, schema).validator
        return field_errors(self._validators[key].iter_errors(value))

    def has(self, file: Path, where: Iterable[str | int]) -> bool:
        node: Any = self.raw.get(file, {})
        for part in where:
            if isinstance(node, dict) and "$ref" in node and part not in node:
                return True  # behind a $ref: schema_errors follows it
            if not isinstance(node, dict | list) or (isinstance(node, dict) and str(part) not in node):
                return False
            node = node[int(part)] if isinstance(node, list) else node[str(part)]
        return True

    def body_errors(self, op: Operation, body: Any) -> list[FieldError]:
        """A request body against the operation's `requestBody`."""
        request_body = op.node.get("requestBody")
        if body in (None, {}, ""):
            if request_body and request_body.get("required"):
                return [FieldError("$", "the request has no body", f"send the JSON body {op.key} requires")]
            return []
        if not request_body:
            return [FieldError("$", f"{op.key} takes no request body", "send the request without a body")]
        return self.schema_errors(op.file, [*op.where, "requestBody", "content", "application/json", "schema"], body)

    def parameter_errors(self, op: Operation, url: str) -> list[FieldError]:
        """Path and query parameters of a request URL (openapi-core's parameter validator)."""
        parts = urlsplit(url)
        server = urlsplit(op.servers[0]) if op.servers else parts
        host = f"{parts.scheme or 'https'}://{parts.hostname or server.hostname}"
        path = parts.path if parts.hostname else server.path.rstrip("/") + parts.path
        request = MockRequest(host, op.method.lower(), self._concrete(op, path), args=dict(parse_qsl(parts.query)))
        problems = []
        for error in V31RequestParametersValidator(self.api(op.file).spec).iter_errors(request):
            cause = error.__cause__
            inner = getattr(cause, "schema_errors", None) or getattr(
                getattr(cause, "__cause__", None), "schema_errors", ()
            )
            label = f"parameter {getattr(error, 'name', '')}".strip()
            if inner:
                problems += [
                    FieldError(label, e.message, f"give it a value the spec allows ({e.validator})") for e in inner
                ]
            else:
                problems.append(FieldError(label, str(error), "send the parameters the operation declares"))
        return problems

    def _concrete(self, op: Operation, path: str) -> str:
        """Fill template segments a writer left in a path (`{order_id}`, Postman's `{{order_id}}`)."""
        examples = {
            p.get("name"): p.get("example", DEFAULT_PATH_VALUE) for p in self._parameters(op) if p.get("in") == "path"
        }
        segments = path.split("/")
        template = op.path.split("/")
        offset = len(segments) - len(template)
        for i, seg in enumerate(template):
            j = i + offset
            if seg.startswith("{") and 0 <= j < len(segments) and ("{" in segments[j] or segments[j].startswith(":")):
                segments[j] = str(examples.get(seg.strip("{}"), DEFAULT_PATH_VALUE))
        return "/".join(segments)

    def _parameters(self, op: Operation) -> Iterator[dict[str, Any]]:
        spec = self.api(op.file).spec
        for where in (["paths", op.path, "parameters"], [*op.where, "parameters"]):
            node = spec
            for part in where:
                node = node / part
            if node.exists():
                for param in node:
                    yield {k: param[k] for k in ("name", "in", "example") if k in param}


_CACHE: dict[tuple[Path, tuple[tuple[str, int, int], ...]], Spec] = {}


def load_spec(root: Path) -> Spec:
    """The spec of a project, loaded once and kept while its files do not change."""
    files = sorted((root / SPEC_DIR).glob("*.yaml"))
    stamp = tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in files)
    key = (root.resolve(), stamp)
    if key not in _CACHE:
        _CACHE.clear() if len(_CACHE) > 8 else None
        _CACHE[key] = Spec(root)
    return _CACHE[key]


# ------------------------------------------------------------ error messages


def field_errors(errors: Iterable[ValidationError]) -> list[FieldError]:
    """jsonschema errors → one FieldError per field, with a fix that says what the spec wants."""
    out: dict[tuple[str, str], FieldError] = {}
    for error in _leaves(list(errors)):
        for found in _explain(error):
            out.setdefault((found.field, found.what), found)  # allOf branches can report one field twice
    return sorted(out.values(), key=lambda e: e.field)


def _leaves(errors: list[ValidationError]) -> list[ValidationError]:
    """Replace a oneOf/anyOf failure by the errors of the branch that came closest."""
    leaves: list[ValidationError] = []
    for error in errors:
        if error.validator in ("oneOf", "anyOf") and error.context:
            branches: dict[Any, list[ValidationError]] = {}
            for sub in error.context:
                branches.setdefault(sub.relative_schema_path[0], []).append(sub)
            # A branch whose discriminator (const/enum at the top) fails is not the one the writer meant.
            fitting = [b for b in branches.values() if not any(_is_discriminator(e) for e in b)] or list(
                branches.values()
            )
            leaves += _leaves(min(fitting, key=len))
        else:
            leaves.append(error)
    return leaves


def _is_discriminator(error: ValidationError) -> bool:
    return error.validator in ("const", "enum") and len(error.relative_path) == 1


def _explain(error: ValidationError) -> list[FieldError]:
    parts = tuple(error.absolute_path)
    last = next((str(p) for p in reversed(parts) if isinstance(p, str)), None)
    value, kind = error.validator_value, error.validator
    if kind in ("additionalProperties", "unevaluatedProperties"):
        names = re.findall(r"'([^']*)'", error.message.split("(", 1)[-1]) or ["?"]
        return [
            FieldError(
                json_path((*parts, n)),
                "a field the spec does not know",
                "remove it (check its spelling), or describe it in the spec if Midtrans accepts it",
                n,
                (*parts, n),
            )
            for n in names
        ]
    if kind == "required" and isinstance(error.instance, dict):
        missing = [r for r in value if r not in error.instance]
        return [
            FieldError(json_path((*parts, n)), MISSING, f"add {n} (the spec requires it)", last, parts) for n in missing
        ]
    fixes = {
        "enum": f"use one of {value}",
        "const": f"use {value!r}",
        "type": f"write it as {' or '.join(value) if isinstance(value, list) else value}",
    }
    fix = fixes.get(str(kind), f"keep to the spec's {kind}: {value!r}"[:160])
    return [FieldError(json_path(parts), error.message[:200], fix, last, parts)]
