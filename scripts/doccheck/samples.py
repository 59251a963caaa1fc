"""API samples under samples/: parse, execute with HTTP intercepted, compare.

A sample directory holds one flow in six languages (see CONTRIBUTING.md §5).
Python runs with the real `midtransclient`/`requests` under `responses`;
Node.js runs with the real `midtrans-client` under nock (tests/js/samples.test.cjs);
Java and Go compile with javac and go; PHP passes `php -l`. The request that
each language sends (or shows) is compared with the cURL sample.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import re
import runpy
import shlex
import subprocess
import tempfile
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlparse, urlunparse

from . import Problem
from .content import ALLOWED_KEYS
from .markdown import SNIPPET, iter_pages
from .schemas import SchemaRegistry

LANG_FILES = [
    ("cURL", "curl.sh"),
    ("Python", "python.py"),
    ("Node.js", "node.js"),
    ("PHP", "php.php"),
    ("Java", "Main.java"),
    ("Go", "main.go"),
]
SANDBOX_HOSTS = {"api.sandbox.midtrans.com", "app.sandbox.midtrans.com"}


@dataclass
class Request:
    method: str
    url: str
    body: object = None
    headers: dict = field(default_factory=dict)


def normalize_url(url: str) -> str:
    parts = urlparse(url)
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return urlunparse((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", query, ""))


def sample_dirs(root: Path) -> list[Path]:
    """Directories that hold an API flow (they have a curl.sh)."""
    return sorted(p.parent for p in (root / "samples").rglob("curl.sh"))


def all_sample_files(root: Path) -> list[Path]:
    return sorted(p for p in (root / "samples").rglob("*") if p.is_file())


def mock_status(method: str, url: str) -> int:
    return 201 if method == "POST" and urlparse(url).path.rstrip("/").endswith("/snap/v1/transactions") else 200


# ----------------------------------------------------------------------- cURL


PRODUCTION_HOSTS = {"api.midtrans.com", "app.midtrans.com"}


def parse_curl(path: Path, text: str | None = None, first_line: int = 1) -> tuple[Request | None, list[Problem]]:
    """Parse one curl command (a samples/ curl.sh, or a command written in a page).

    Production hosts are accepted only with the production placeholder key
    (the going-live page shows the switch); samples always use sandbox.
    """
    if text is None:
        text = path.read_text(encoding="utf-8")
    joined = re.sub(r"\\\n", " ", text)
    try:
        tokens = shlex.split(joined, comments=True)
    except ValueError as exc:
        return None, [Problem(path, 1, f"cURL command does not parse: {exc}", "close every quote; end continued lines with \\")]
    if not tokens or tokens[0] != "curl":
        return None, [Problem(path, 1, "curl.sh must hold one curl command", "start the file with `curl`")]
    method, url, data, headers, user = None, None, None, {}, None
    it = iter(range(1, len(tokens)))
    problems = []
    for i in it:
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in ("-X", "--request"):
            method = nxt
            next(it, None)
        elif tok in ("-H", "--header"):
            name, _, value = nxt.partition(":")
            headers[name.strip().lower()] = value.strip()
            next(it, None)
        elif tok in ("-d", "--data", "--data-raw", "--data-binary"):
            data = nxt
            next(it, None)
        elif tok in ("-u", "--user"):
            user = nxt
            next(it, None)
        elif tok.startswith("http://") or tok.startswith("https://"):
            url = tok
        elif tok.startswith("-"):
            continue
    if url is None:
        return None, [Problem(path, 1, "no URL in the curl command", "add the full sandbox URL in quotes")]
    method = (method or ("POST" if data is not None else "GET")).upper()
    line = _line(text, url)
    host = urlparse(url).hostname
    env_key = user is not None and re.fullmatch(r"\$\{?[A-Z][A-Z0-9_]*\}?:?", user) is not None
    if env_key and first_line > 1:
        # A page may read the key from an environment variable; that is not a secret.
        headers["authorization"] = "Basic (from environment)"
        user = None
    # Card tokenization authenticates with the client key as a parameter, not a header.
    client_key_call = urlparse(url).path in ("/v2/token", "/v2/card/register") and "client_key=" in text
    production_ok = first_line > 1 and host in PRODUCTION_HOSTS and "SB-Mid-server" not in text and (
        "Mid-server-YOUR_SERVER_KEY" in text or env_key)
    if host not in SANDBOX_HOSTS and not production_ok:
        problems.append(Problem(path, line, f"URL host '{host}' is not a sandbox host",
                                f"use one of {sorted(SANDBOX_HOSTS)}; samples never call production"))
    if user is not None:
        key = user[:-1] if user.endswith(":") else user
        if not user.endswith(":"):
            problems.append(Problem(path, _line(text, "-u"), "the -u value has no trailing colon",
                                    f'write -u "{user}:" (key as user name, empty password)'))
        if key not in ALLOWED_KEYS:
            problems.append(Problem(path, _line(text, "-u"), f"'{key}' is not a placeholder key",
                                    "use SB-Mid-server-YOUR_SERVER_KEY (or an IRIS placeholder key)"))
        headers["authorization"] = "Basic " + base64.b64encode(f"{key}:".encode()).decode()
    elif "authorization" not in headers and not client_key_call:
        problems.append(Problem(path, 1, "no authorization in the curl command",
                                'add -u "SB-Mid-server-YOUR_SERVER_KEY:"'))
    body = None
    if data is not None:
        if headers.get("content-type", "").split(";")[0].strip() != "application/json":
            problems.append(Problem(path, 1, "request with a body has no Content-Type: application/json header",
                                    '-H "Content-Type: application/json"'))
        try:
            body = json.loads(data)
        except json.JSONDecodeError as exc:
            start = _line(text, "-d")
            problems.append(Problem(path, start + exc.lineno - 1, f"the -d body is not valid JSON: {exc.msg}",
                                    "make the body strict JSON inside single quotes"))
    return Request(method, url, body, headers), problems


def _line(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number
    return 1


# --------------------------------------------------------------------- Python


def run_python(path: Path) -> tuple[list[Request], str, list[Problem]]:
    """Execute a Python sample with every HTTP call intercepted by `responses`."""
    import responses

    response_file = path.parent / "response.json"
    reply = response_file.read_text(encoding="utf-8") if response_file.exists() else "{}"
    captured: list[Request] = []

    def callback(request):
        body = request.body
        if isinstance(body, bytes):
            body = body.decode()
        parsed = json.loads(body) if body else None
        captured.append(Request(request.method, request.url, parsed, {k.lower(): v for k, v in request.headers.items()}))
        return mock_status(request.method, request.url), {"Content-Type": "application/json"}, reply

    out = io.StringIO()
    problems = []
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        for method in ("GET", "POST", "PUT", "PATCH", "DELETE"):
            mock.add_callback(method, re.compile(r"https://[a-z.]*midtrans\.com/.*"), callback=callback)
        try:
            with contextlib.redirect_stdout(out):
                runpy.run_path(str(path), run_name="__main__")
        except SystemExit:
            pass
        except Exception as exc:  # noqa: BLE001 - report any failure of the sample
            tb = traceback.extract_tb(exc.__traceback__)
            line = next((f.lineno for f in reversed(tb) if Path(f.filename) == path), 1)
            problems.append(Problem(path, line, f"the sample fails against its documented response: {type(exc).__name__}: {exc}",
                                    "fix the sample (or response.json) so that it runs as a reader would run it"))
    return captured, out.getvalue(), problems


# --------------------------------------------------------------------- Node.js


def run_node(root: Path, capture_file: Path) -> tuple[dict, str, int]:
    """Run tests/js/samples.test.cjs under `node --test`; return captures by sample."""
    env = {**os.environ, "SAMPLES_ROOT": str(root / "samples"), "CAPTURE_OUT": str(capture_file)}
    harness = Path(__file__).resolve().parents[2] / "tests" / "js" / "samples.test.cjs"
    env["NODE_PATH"] = str(Path(__file__).resolve().parents[2] / "node_modules")
    proc = subprocess.run(["node", "--test", "--test-reporter=spec", str(harness)],
                          capture_output=True, text=True, env=env, cwd=root)
    captures = json.loads(capture_file.read_text()) if capture_file.exists() else {}
    return captures, proc.stdout + proc.stderr, proc.returncode


# ------------------------------------------------------------------ Java and Go


def compile_java(paths: list[Path]) -> list[Problem]:
    """Compile every Java sample in one javac run.

    Each sample is a class named Main; a copy of each goes into its own package
    (declared on line 1, so line numbers stay the same).
    """
    if not paths:
        return []
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = {}
        for index, path in enumerate(paths):
            copy = Path(tmp) / "src" / f"s{index}" / "Main.java"
            copy.parent.mkdir(parents=True)
            copy.write_text(f"package s{index}; " + path.read_text(encoding="utf-8"), encoding="utf-8")
            copies[str(copy)] = path
        proc = subprocess.run(["javac", "-d", str(Path(tmp) / "out"), "-Xlint:none", "-Xmaxerrs", "1000", *copies],
                              capture_output=True, text=True)
    if proc.returncode == 0:
        return []
    for m in re.finditer(r"^(\S+Main\.java):(\d+): error: (.*)$", proc.stderr, re.MULTILINE):
        source = copies.get(m.group(1))
        if source is not None:
            problems.append(Problem(source, int(m.group(2)), f"javac: {m.group(3)}",
                                    "fix the Java sample; it must compile with the JDK's standard library only"))
    if not problems:
        problems.append(Problem(paths[0], 1, "javac failed: " + proc.stderr.strip()[:200], "read the javac output"))
    return problems


def compile_go(paths: list[Path], cache: Path) -> list[Problem]:
    """Type-check every Go sample in one `go vet` run.

    Each sample is `package main`; a copy of each goes into its own directory of
    one throw-away module, so a single run checks them all with a shared cache.
    """
    if not paths:
        return []
    problems = []
    env = {**os.environ, "GOCACHE": str(cache), "GOPATH": str(cache / "gopath"), "GOTOOLCHAIN": "local",
           "GOFLAGS": "-mod=mod", "GOPROXY": "off", "GO111MODULE": "on"}
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "go.mod").write_text("module samples\n\ngo 1.19\n")
        copies = {}
        for index, path in enumerate(paths):
            copy = Path(tmp) / f"s{index}" / "main.go"
            copy.parent.mkdir()
            copy.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
            copies[f"s{index}/main.go"] = path
        proc = subprocess.run(["go", "vet", "./..."], capture_output=True, text=True, cwd=tmp, env=env)
    if proc.returncode == 0:
        return []
    for m in re.finditer(r"(s\d+/main\.go):(\d+):(?:\d+:)? (.*)", proc.stderr):
        source = copies.get(m.group(1))
        if source is not None:
            problems.append(Problem(source, int(m.group(2)), f"go vet: {m.group(3)}",
                                    "fix the Go sample; it must build with the standard library only"))
    if not problems:
        problems.append(Problem(paths[0], 1, "go vet failed: " + proc.stderr.strip()[:200], "read the go vet output"))
    return problems


def lint_php(path: Path) -> list[Problem]:
    proc = subprocess.run(["php", "-l", str(path)], capture_output=True, text=True)
    if proc.returncode == 0:
        return []
    m = re.search(r"on line (\d+)", proc.stdout + proc.stderr)
    first = (proc.stderr or proc.stdout).strip().splitlines()[0].replace(str(path), path.name)
    return [Problem(path, int(m.group(1)) if m else 1, f"php -l: {first[:160]}", "fix the PHP sample")]


STRING_URL = re.compile(r'"(https://[^"\s]+)"')
JAVA_TEXT_BLOCK = re.compile(r'"""\s*\n(.*?)"""', re.DOTALL)
GO_RAW = re.compile(r"`(\s*[\[{].*?)`", re.DOTALL)
JAVA_METHOD = re.compile(r"\.(GET|POST|PUT|DELETE)\(|\.method\(\"(\w+)\"")
GO_METHOD = re.compile(r"http\.Method(Get|Post|Put|Patch|Delete)|NewRequest\(\"(\w+)\"")


def shown_request(path: Path) -> tuple[Request | None, list[Problem]]:
    """The request a Java or Go sample shows: its literal URL, method and JSON body."""
    text = path.read_text(encoding="utf-8")
    urls = [u for u in STRING_URL.findall(text) if urlparse(u).hostname in SANDBOX_HOSTS]
    if not urls:
        return None, [Problem(path, 1, "no literal sandbox URL (https://api.sandbox.midtrans.com/… or https://app.sandbox.midtrans.com/…) in the sample",
                              "write the full endpoint URL as one string literal so the check can compare it with cURL")]
    if path.suffix == ".java":
        bodies, methods = JAVA_TEXT_BLOCK.findall(text), JAVA_METHOD.findall(text)
    else:
        bodies, methods = GO_RAW.findall(text), GO_METHOD.findall(text)
    method = next(("".join(m).upper() for m in methods), "GET")
    body = None
    if bodies:
        try:
            body = json.loads(bodies[0])
        except json.JSONDecodeError as exc:
            return None, [Problem(path, _line(text, bodies[0].strip().splitlines()[0]) + exc.lineno - 1,
                                  f"the JSON body is not valid JSON: {exc.msg}", "make the body strict JSON")]
    return Request(method, urls[0], body), []


# -------------------------------------------------------------- page structure


def check_inclusion(root: Path) -> list[Problem]:
    """Each flow appears once as a complete tab set, in the house order; no sample is unused."""
    problems = []
    included: dict[str, list[tuple[Path, int]]] = {}
    tab_label = re.compile(r'^\s*===\+?\s+"([^"]+)"')
    pages = iter_pages(root)
    for page in pages:
        for number, text in enumerate(page.lines, 1):
            m = SNIPPET.match(text)
            if m:
                included.setdefault(m.group("path"), []).append((page.path, number))
    for file in all_sample_files(root):
        rel = file.relative_to(root / "samples").as_posix()
        if rel not in included:
            problems.append(Problem(file, 1, "sample file is not included in any page",
                                    f'include it with --8<-- "{rel}" in a tab set, or delete it'))
    for folder in sample_dirs(root):
        rel_dir = folder.relative_to(root / "samples").as_posix()
        for label, name in LANG_FILES + [("response", "response.json")]:
            if not (folder / name).is_file():
                problems.append(Problem(folder / "curl.sh", 1, f"flow has no {name}",
                                        f"add {rel_dir}/{name} (every API flow has cURL, Python, Node.js, PHP, Java, Go and response.json)"))
        curl_rel = f"{rel_dir}/curl.sh"
        for page_path, curl_line in included.get(curl_rel, []):
            page = next(p for p in pages if p.path == page_path)
            last = curl_line
            for label, name in LANG_FILES:
                spots = [n for pth, n in included.get(f"{rel_dir}/{name}", []) if pth == page_path and n >= curl_line]
                if not spots:
                    problems.append(Problem(page_path, curl_line, f"the {label} tab of {rel_dir} is missing here",
                                            f'add === "{label}" with --8<-- "{rel_dir}/{name}" (order: cURL, Python, Node.js, PHP, Java, Go)'))
                    continue
                spot = min(spots)
                above = next((tab_label.match(page.lines[k]).group(1) for k in range(spot - 1, -1, -1)
                              if tab_label.match(page.lines[k])), None)
                if above != label or spot < last:
                    problems.append(Problem(page_path, spot, f"{name} is not in a tab labelled \"{label}\" in the house order",
                                            'use the tab order cURL, Python, Node.js, PHP, Java, Go with those exact labels'))
                last = spot
    return problems


# ------------------------------------------------------------------ everything


@dataclass
class SampleReport:
    problems: list[Problem]
    counts: dict[str, int]


def check_samples(root: Path, work: Path) -> SampleReport:
    registry = SchemaRegistry(root)
    problems: list[Problem] = []
    counts = {"cURL parsed": 0, "Python executed": 0, "Node.js executed": 0, "PHP linted": 0,
              "Java compiled": 0, "Go compiled": 0, "request bodies validated": 0}
    flows = sample_dirs(root)
    curl: dict[Path, Request] = {}
    for folder in flows:
        req, found = parse_curl(folder / "curl.sh")
        problems += found
        counts["cURL parsed"] += 1
        if req is None:
            continue
        curl[folder] = req
        if req.body is not None:
            problems += registry.validate(req.method, req.url, req.body, folder / "curl.sh",
                                          _line((folder / "curl.sh").read_text(), "-d"),
                                          (folder / "curl.sh").read_text())
    counts["request bodies validated"] = registry.validated

    # Python: run each sample in this process, HTTP intercepted.
    for folder in flows:
        file = folder / "python.py"
        if not file.exists():
            continue
        captured, _out, found = run_python(file)
        problems += found
        counts["Python executed"] += 1
        problems += _compare(file, captured, curl.get(folder), "Python")

    # Node.js: one `node --test` run for all samples.
    node_captures, node_output, code = run_node(root, work / "node-captures.json")
    for folder in flows:
        file = folder / "node.js"
        if not file.exists():
            continue
        rel = file.relative_to(root / "samples").as_posix()
        entry = node_captures.get(rel)
        if entry is None:
            problems.append(Problem(file, 1, "the Node.js harness did not run this sample",
                                    "run `node --test tests/js/samples.test.cjs` and read its output"))
            continue
        counts["Node.js executed"] += 1
        if entry.get("error"):
            problems.append(Problem(file, entry.get("line") or 1, f"the sample fails against its documented response: {entry['error']}",
                                    "fix the sample (or response.json) so that it runs as a reader would run it"))
        captured = [Request(r["method"], r["url"], r.get("body"), r.get("headers", {})) for r in entry.get("requests", [])]
        problems += _compare(file, captured, curl.get(folder), "Node.js")
    if code != 0 and not any("Node.js" in p.what or p.path.__str__().endswith("node.js") for p in problems):
        problems.append(Problem("tests/js/samples.test.cjs", 1, "node --test failed: " + node_output.strip()[-300:],
                                "read the node --test output above"))

    # PHP, Java, Go: toolchains, in parallel.
    jobs = []
    # A cache kept between runs (gitignored) makes the warm run fast.
    go_cache = Path(__file__).resolve().parents[2] / ".cache" / "go"
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        for folder in sorted({p.parent for p in (root / "samples").rglob("*.php")}):
            for f in folder.glob("*.php"):
                jobs.append(("PHP linted", pool.submit(lint_php, f)))
        java = sorted((root / "samples").rglob("*.java"))
        java_job = pool.submit(compile_java, java)
        go = sorted((root / "samples").rglob("*.go"))
        go_job = pool.submit(compile_go, go, go_cache)
        for label, job in jobs:
            problems += job.result()
            counts[label] += 1
        problems += java_job.result()
        counts["Java compiled"] = len(java)
        problems += go_job.result()
        counts["Go compiled"] = len(go)
    for folder in flows:
        for name, label in (("Main.java", "Java"), ("main.go", "Go")):
            file = folder / name
            if file.exists() and folder in curl:
                shown, found = shown_request(file)
                problems += found
                if shown is not None:
                    problems += _compare(file, [shown], curl[folder], label, check_auth=False)
    return SampleReport(problems, counts)


def _compare(file: Path, captured: list[Request], expected: Request | None, label: str,
             check_auth: bool = True) -> list[Problem]:
    if expected is None:
        return []
    if not captured:
        return [Problem(file, 1, f"the {label} sample sent no request",
                        "call the API as the cURL sample does")]
    first = captured[0]
    problems = []
    if (first.method.upper(), normalize_url(first.url)) != (expected.method, normalize_url(expected.url)):
        problems.append(Problem(file, _line(file.read_text(), "http") if label in ("Java", "Go") else 1,
                                f"{label} sends {first.method.upper()} {first.url}, cURL sends {expected.method} {expected.url}",
                                "make every language call the same endpoint"))
    # The SDKs send `{}` for actions without parameters (approve, cancel…);
    # Midtrans treats it like no body.
    got_body = None if first.body in ({}, "") else first.body
    want_body = None if expected.body in ({}, "") else expected.body
    if got_body != want_body:
        diff = _first_difference(want_body, got_body)
        problems.append(Problem(file, 1, f"{label} request body differs from the cURL body ({diff})",
                                "send exactly the same JSON in every language"))
    if check_auth:
        got = first.headers.get("authorization")
        want = expected.headers.get("authorization")
        if got != want:
            problems.append(Problem(file, 1, f"{label} sends Authorization '{got}', cURL sends '{want}'",
                                    "use the same placeholder key in every language"))
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
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
    return f"{path}: {json.dumps(a)[:60]} vs {json.dumps(b)[:60]}"


# ------------------------------------------------------ curl commands in pages


def inline_curl_commands(root: Path):
    """(page, line, command text) for every Midtrans curl command written directly in a page."""
    from .content import all_blocks

    for b in all_blocks(root):
        if b.snippet is not None or b.lang not in ("bash", "sh", "shell", "console"):
            continue
        lines = b.text.splitlines()
        i = 0
        while i < len(lines):
            if re.match(r"^\s*(\$\s+)?curl\s", lines[i]):
                start = i
                # The command ends at the first line that neither continues (\\)
                # nor sits inside an open quote (a multi-line -d body).
                while i + 1 < len(lines) and (lines[i].rstrip().endswith("\\")
                                              or not _balanced("\n".join(lines[start:i + 1]))):
                    i += 1
                command = "\n".join(lines[start:i + 1]).lstrip().removeprefix("$ ")
                if re.search(r"https://[a-z.]*midtrans\.com", command):
                    yield b.path, b.line + start, command
            i += 1


def _balanced(text: str) -> bool:
    try:
        shlex.split(re.sub(r"\\\n", " ", text), comments=True)
        return True
    except ValueError:
        return False


def check_inline_curl(root: Path) -> tuple[list[Problem], list[Request]]:
    """The cURL rules for commands written in pages, plus schema validation of their bodies."""
    registry = SchemaRegistry(root)
    problems: list[Problem] = []
    requests: list[Request] = []
    for page, line, command in inline_curl_commands(root):
        req, found = parse_curl(page, text=command, first_line=line)
        problems += [Problem(p.path, p.line + line - 1, p.what, p.fix) for p in found]
        if req is None:
            continue
        requests.append(req)
        if req.body is not None:
            problems += registry.validate(req.method, req.url, req.body, page, line + _line(command, "-d") - 1, command)
    return problems, requests
