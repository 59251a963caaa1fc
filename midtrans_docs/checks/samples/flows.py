"""check_samples: every flow's six languages agree with its cURL sample and with the spec in openapi/."""

from __future__ import annotations

import json
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ... import ROOT
from ...problems import Findings, Problem
from ...sources.facts import fact
from ...sources.openapi import load_spec
from ..curl import Request, line_in, normalize_url, parse_curl, sample_dirs
from ..openapi.bodies import request_problems
from ..registry import slow_source_check
from .runners import compile_go, compile_java, lint_php, response_variants, run_node, run_python, shown_request

COUNT_NAMES = (
    "cURL parsed",
    "Python executed",
    "Node.js executed",
    "PHP linted",
    "Java compiled",
    "Go compiled",
    "cURL requests validated (spec)",
    "Python requests validated (spec)",
    "Node.js requests validated (spec)",
    "Java requests validated (spec)",
    "Go requests validated (spec)",
)


@slow_source_check
def check_samples(root: Path) -> list[Problem]:
    """cURL parsed; Python and Node.js executed with HTTP intercepted; PHP, Java, Go built; all send one request."""
    found = Findings(counts=dict.fromkeys(COUNT_NAMES, 0))
    flows = sample_dirs(root)
    curl = _curl_requests(root, flows, found)
    found += _python_problems(root, flows, curl, found.counts)
    with tempfile.TemporaryDirectory() as work:
        found += _node_problems(root, flows, curl, Path(work), found.counts)
    found += _toolchain_problems(root, found.counts)
    for folder in flows:
        for name, label in (("Main.java", "Java"), ("main.go", "Go")):
            file = folder / name
            if file.exists() and folder in curl:
                shown, problems = shown_request(file)
                found += problems
                if shown is not None:
                    found += _compare(file, [shown], curl[folder], label, check_auth=False)
                    found += _against_spec(root, file, [shown], label, found.counts)
    found.counts = {f"samples: {k}": v for k, v in found.counts.items()}
    return found


def _against_spec(root: Path, file: Path, sent: list[Request], label: str, counts: dict[str, int]) -> list[Problem]:
    """Every request a sample sent (or shows) against its operation in openapi/ (checks/openapi/)."""
    spec = load_spec(root)
    text = file.read_text(encoding="utf-8")
    problems: list[Problem] = []
    for req in sent:
        problems += request_problems(spec, req.method, req.url, req.body, file, text)[1]
        counts[f"{label} requests validated (spec)"] += 1
    return problems


def _curl_requests(root: Path, flows: list[Path], found: Findings) -> dict[Path, Request]:
    """Parse each flow's curl.sh (problems into `found`) and validate the request against the spec."""
    curl: dict[Path, Request] = {}
    for folder in flows:
        req, problems = parse_curl(folder / "curl.sh")
        found += problems
        found.counts["cURL parsed"] += 1
        if req is None:
            continue
        curl[folder] = req
        found += _against_spec(root, folder / "curl.sh", [req], "cURL", found.counts)
    return curl


def _python_problems(root: Path, flows: list[Path], curl: dict[Path, Request], counts: dict[str, int]) -> list[Problem]:
    """Run each Python sample in this process, HTTP intercepted."""
    problems = []
    for folder in flows:
        file = folder / "python.py"
        if file.exists():
            captured, _out, found = run_python(file)
            problems += found
            counts["Python executed"] += 1
            problems += _compare(file, captured, curl.get(folder), "Python")
            problems += _against_spec(root, file, captured, "Python", counts)
            for variant in response_variants(folder):
                problems += run_python(file, variant)[2]
                counts["Python executed"] += 1
    return problems


def _node_problems(
    root: Path, flows: list[Path], curl: dict[Path, Request], work: Path, counts: dict[str, int]
) -> list[Problem]:
    """One `node --test` run for all Node.js samples."""
    node_captures, node_output, code = run_node(root, work / "node-captures.json")
    problems = []
    for folder in flows:
        file = folder / "node.js"
        if not file.exists():
            continue
        entry = node_captures.get(file.relative_to(root / "samples").as_posix())
        if entry is None:
            problems.append(
                Problem(
                    file,
                    1,
                    "the Node.js harness did not run this sample",
                    "run `node --test tests/js/samples.test.cjs` and read its output",
                )
            )
            continue
        counts["Node.js executed"] += 1
        if entry.get("error"):
            problems.append(
                Problem(
                    file,
                    entry.get("line") or 1,
                    f"the sample fails against its documented response: {entry['error']}",
                    "fix the sample (or response.json) so that it runs as a reader would run it",
                )
            )
        captured = [
            Request(r["method"], r["url"], r.get("body"), r.get("headers", {})) for r in entry.get("requests", [])
        ]
        problems += _compare(file, captured, curl.get(folder), "Node.js")
        problems += _against_spec(root, file, captured, "Node.js", counts)
    if code != 0 and not any("Node.js" in p.what or str(p.path).endswith("node.js") for p in problems):
        problems.append(
            Problem(
                "tests/js/samples.test.cjs",
                1,
                "node --test failed: " + node_output.strip()[-300:],
                "read the node --test output above",
            )
        )
    return problems


def _toolchain_problems(root: Path, counts: dict[str, int]) -> list[Problem]:
    """PHP, Java and Go samples through their toolchains, in parallel."""
    samples = root / "samples"
    php, java, go = sorted(samples.rglob("*.php")), sorted(samples.rglob("*.java")), sorted(samples.rglob("*.go"))
    go_cache = ROOT / ".cache" / "go"  # kept between runs (git-ignored): the warm run is fast
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        php_jobs = [pool.submit(lint_php, f) for f in php]
        java_job = pool.submit(compile_java, java, int(fact(root, "runtime.java")))
        go_job = pool.submit(compile_go, go, go_cache)
        problems = [p for job in php_jobs for p in job.result()] + java_job.result() + go_job.result()
    counts.update({"PHP linted": len(php), "Java compiled": len(java), "Go compiled": len(go)})
    return problems


def _compare(
    file: Path, captured: list[Request], expected: Request | None, label: str, check_auth: bool = True
) -> list[Problem]:
    if expected is None:
        return []
    if not captured:
        return [Problem(file, 1, f"the {label} sample sent no request", "call the API as the cURL sample does")]
    first = captured[0]
    problems = []
    if (first.method.upper(), normalize_url(first.url)) != (expected.method, normalize_url(expected.url)):
        problems.append(
            Problem(
                file,
                line_in(file.read_text(), "http") if label in ("Java", "Go") else 1,
                f"{label} sends {first.method.upper()} {first.url}, cURL sends {expected.method} {expected.url}",
                "make every language call the same endpoint",
            )
        )
    # The SDKs send `{}` for actions without parameters (approve, cancel…);
    # Midtrans treats it like no body.
    got_body = None if first.body in ({}, "") else first.body
    want_body = None if expected.body in ({}, "") else expected.body
    if got_body != want_body:
        diff = _first_difference(want_body, got_body)
        problems.append(
            Problem(
                file,
                1,
                f"{label} request body differs from the cURL body ({diff})",
                "send exactly the same JSON in every language",
            )
        )
    if check_auth:
        got = first.headers.get("authorization")
        want = expected.headers.get("authorization")
        if got != want:
            problems.append(
                Problem(
                    file,
                    1,
                    f"{label} sends Authorization '{got}', cURL sends '{want}'",
                    "use the same placeholder key in every language",
                )
            )
    return problems


def _first_difference(a, b, path="body") -> str:
    if type(a) is not type(b):
        return f"{path}: {json.dumps(a)[:60]} vs {json.dumps(b)[:60]}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a:
                return f"{path}.{k} only in {''}this language"
            if k not in b:
                return f"{path}.{k} missing"
            if a[k] != b[k]:
                return _first_difference(a[k], b[k], f"{path}.{k}")
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items vs {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
    return f"{path}: {json.dumps(a)[:60]} vs {json.dumps(b)[:60]}"
