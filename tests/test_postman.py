"""The Postman collection is a well-formed v2.1 collection that covers every cURL sample."""

from __future__ import annotations

import json
import re
from urllib.parse import urlparse

from conftest import ROOT, assert_no_problems
from midtrans_docs.checks.samples import inline_curl_requests, parse_curl, sample_dirs
from midtrans_docs.problems import Problem
from midtrans_docs.sources.postman import COLLECTION as COLLECTION_PATH
from midtrans_docs.sources.postman import ENVIRONMENT as ENVIRONMENT_PATH
from midtrans_docs.sources.postman import walk as requests

COLLECTION = ROOT / COLLECTION_PATH
ENVIRONMENT = ROOT / ENVIRONMENT_PATH
SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
HOSTS = {
    "{{base_url}}": "api.sandbox.midtrans.com",
    "{{snap_url}}": "app.sandbox.midtrans.com/snap/v1",
    "{{iris_url}}": "app.sandbox.midtrans.com/iris/api/v1",
}


def pattern(method: str, raw: str) -> re.Pattern:
    """`{{base_url}}/v2/{{order_id}}/status` → regex over `METHOD host/path`."""
    url = raw.split("?")[0]
    for var, host in HOSTS.items():
        url = url.replace(var, host)
    parts = [r"[^/]+" if re.fullmatch(r"\{\{\w+\}\}|:\w+", seg) else re.escape(seg) for seg in url.split("/")]
    return re.compile(rf"^{method.upper()} " + "/".join(parts) + "$")


def test_collection_is_well_formed():
    problems = []
    data = json.loads(COLLECTION.read_text(encoding="utf-8"))
    if data.get("info", {}).get("schema") != SCHEMA:
        problems.append(Problem(COLLECTION, 1, "info.schema is not the Postman v2.1 schema", f"set it to {SCHEMA}"))
    if not data.get("info", {}).get("name") or not data.get("info", {}).get("_postman_id"):
        problems.append(Problem(COLLECTION, 1, "info needs name and _postman_id", "add both"))
    names = {v.get("key") for v in data.get("variable", [])}
    env = json.loads(ENVIRONMENT.read_text(encoding="utf-8"))
    names |= {v.get("key") for v in env.get("values", [])}
    for trail, item in requests(data.get("item", [])):
        req = item.get("request")
        where = " › ".join(trail)
        if not isinstance(req, dict) or not req.get("method") or not isinstance(req.get("url"), dict):
            problems.append(Problem(COLLECTION, 1, f"'{where}' has no request method and url object", "add them"))
            continue
        raw = req["url"].get("raw", "")
        for var in re.findall(r"\{\{(\w+)\}\}", raw + json.dumps(req.get("auth", {}))):
            if var not in names and not var.endswith(("_id", "_no", "_name", "reference_no", "token")):
                problems.append(
                    Problem(
                        COLLECTION,
                        1,
                        f"'{where}' uses {{{{{var}}}}}, defined nowhere",
                        "define it in the collection's variable list or the environment file",
                    )
                )
        body = req.get("body", {})
        if body.get("mode") == "raw":
            try:
                json.loads(body.get("raw") or "{}")
            except json.JSONDecodeError as exc:
                problems.append(Problem(COLLECTION, 1, f"'{where}' body is not JSON: {exc.msg}", "fix the raw body"))
    assert_no_problems(problems)


def test_every_curl_endpoint_is_in_the_collection():
    data = json.loads(COLLECTION.read_text(encoding="utf-8"))
    patterns = [
        pattern(item["request"]["method"], item["request"]["url"]["raw"])
        for _, item in requests(data["item"])
        if isinstance(item.get("request"), dict)
    ]
    problems = []
    shown = [(folder / "curl.sh", parse_curl(folder / "curl.sh")[0]) for folder in sample_dirs(ROOT)]
    shown += [(ROOT / "docs", req) for _page, _line, _command, req, _found in inline_curl_requests(ROOT)]
    for where, req in shown:
        if req is None or urlparse(req.url).hostname not in ("api.sandbox.midtrans.com", "app.sandbox.midtrans.com"):
            continue
        url = urlparse(req.url)
        key = f"{req.method} {url.hostname}{url.path.rstrip('/')}"
        if not any(p.match(key) for p in patterns):
            problems.append(
                Problem(
                    where,
                    1,
                    f"{req.method} {url.path} is not in the Postman collection",
                    f"add a request for it to {COLLECTION.relative_to(ROOT)}",
                )
            )
    assert_no_problems(problems)
