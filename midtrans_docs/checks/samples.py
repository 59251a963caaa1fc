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
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlparse, urlunparse

from .. import ROOT
from ..problems import Findings, Problem
from ..reference.corpus import all_blocks, iter_pages
from ..sources.facts import fact
from ..sources.openapi import load_spec
from ..sources.pages import Page, line_of
from ..sources.snippets import includes
from .openapi import request_problems
from .registry import slow_source_check, source_check
from .secrets import ALLOWED_KEYS

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


VALUE_OPTIONS = {"-X", "--request", "-H", "--header", "-d", "--data", "--data-raw", "--data-binary", "-u", "--user"}
VALUE_OPTIONS |= {"--data-urlencode"}


@dataclass
class _CurlOptions:
    method: str | None = None
    url: str | None = None
    data: str | None = None
    user: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    query: list[str] = field(default_factory=list)  # --data-urlencode values (sent as the query with -G)
    get: bool = False


def _curl_options(tokens: list[str]) -> _CurlOptions:
    """The options of `curl …` that matter here: -X, -H, -d, -u, -G with --data-urlencode, and the URL."""
    opts = _CurlOptions()
    it = iter(range(1, len(tokens)))
    for i in it:
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in VALUE_OPTIONS:
            next(it, None)
        if tok in ("-G", "--get"):
            opts.get = True
        elif tok == "--data-urlencode":
            opts.query.append(nxt)
        elif tok in ("-X", "--request"):
            opts.method = nxt
        elif tok in ("-H", "--header"):
            name, _, value = nxt.partition(":")
            opts.headers[name.strip().lower()] = value.strip()
        elif tok in ("-d", "--data", "--data-raw", "--data-binary"):
            opts.data = nxt
        elif tok in ("-u", "--user"):
            opts.user = nxt
        elif tok.startswith(("http://", "https://")):
            opts.url = tok
    return opts


def parse_curl(path: Path, text: str | None = None, first_line: int = 1) -> tuple[Request | None, list[Problem]]:
    """Parse one curl command (a samples/ curl.sh, or a command written in a page).

    Production hosts are accepted only with the production placeholder key
    (the going-live page shows the switch); samples always use sandbox.
    """
    if text is None:
        text = path.read_text(encoding="utf-8")
    try:
        tokens = shlex.split(re.sub(r"\\\n", " ", text), comments=True)
    except ValueError as exc:
        return None, [
            Problem(path, 1, f"cURL command does not parse: {exc}", "close every quote; end continued lines with \\")
        ]
    if not tokens or tokens[0] != "curl":
        return None, [Problem(path, 1, "curl.sh must hold one curl command", "start the file with `curl`")]
    opts = _curl_options(tokens)
    if opts.url is None:
        return None, [Problem(path, 1, "no URL in the curl command", "add the full sandbox URL in quotes")]
    method = (opts.method or ("POST" if opts.data is not None and not opts.get else "GET")).upper()
    problems = _host_and_auth_problems(path, text, opts, first_line)
    body, body_problems = _curl_body(path, text, opts)
    url = opts.url
    if opts.query:  # curl -G --data-urlencode "name=value": the values go into the query, encoded
        url += ("&" if "?" in url else "?") + urlencode(
            [(q.partition("=")[0], q.partition("=")[2]) for q in opts.query if "=" in q]
        )
    return Request(method, url, body, opts.headers), problems + body_problems


def _host_and_auth_problems(path: Path, text: str, opts: _CurlOptions, first_line: int) -> list[Problem]:
    """Sandbox host, placeholder key with its colon; sets opts.headers["authorization"] as curl would send it."""
    url, user, headers = opts.url or "", opts.user, opts.headers
    host = urlparse(url).hostname
    env_key = user is not None and re.fullmatch(r"\$\{?[A-Z][A-Z0-9_]*\}?:?", user) is not None
    if env_key and first_line > 1:
        # A page may read the key from an environment variable; that is not a secret.
        headers["authorization"] = "Basic (from environment)"
        user = None
    # Card tokenization authenticates with the client key as a parameter, not a header.
    client_key_call = urlparse(url).path in ("/v2/token", "/v2/card/register") and "client_key=" in text
    production_ok = (
        first_line > 1
        and host in PRODUCTION_HOSTS
        and "SB-Mid-server" not in text
        and ("Mid-server-YOUR_SERVER_KEY" in text or env_key)
    )
    problems = []
    if host not in SANDBOX_HOSTS and not production_ok:
        problems.append(
            Problem(
                path,
                _line(text, url),
                f"URL host '{host}' is not a sandbox host",
                f"use one of {sorted(SANDBOX_HOSTS)}; samples never call production",
            )
        )
    if user is not None:
        key = user[:-1] if user.endswith(":") else user
        if not user.endswith(":"):
            problems.append(
                Problem(
                    path,
                    _line(text, "-u"),
                    "the -u value has no trailing colon",
                    f'write -u "{user}:" (key as user name, empty password)',
                )
            )
        if key not in ALLOWED_KEYS:
            problems.append(
                Problem(
                    path,
                    _line(text, "-u"),
                    f"'{key}' is not a placeholder key",
                    "use SB-Mid-server-YOUR_SERVER_KEY (or an IRIS placeholder key)",
                )
            )
        headers["authorization"] = "Basic " + base64.b64encode(f"{key}:".encode()).decode()
    elif "authorization" not in headers and not client_key_call:
        problems.append(
            Problem(path, 1, "no authorization in the curl command", 'add -u "SB-Mid-server-YOUR_SERVER_KEY:"')
        )
    return problems


def _curl_body(path: Path, text: str, opts: _CurlOptions) -> tuple[Any, list[Problem]]:
    if opts.data is None:
        return None, []
    problems = []
    if opts.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        problems.append(
            Problem(
                path,
                1,
                "request with a body has no Content-Type: application/json header",
                '-H "Content-Type: application/json"',
            )
        )
    try:
        return json.loads(opts.data), problems
    except json.JSONDecodeError as exc:
        start = _line(text, "-d")
        return None, [
            *problems,
            Problem(
                path,
                start + exc.lineno - 1,
                f"the -d body is not valid JSON: {exc.msg}",
                "make the body strict JSON inside single quotes",
            ),
        ]


def _line(text: str, needle: str) -> int:
    return line_of(text.splitlines(), needle)


# --------------------------------------------------------------------- Python


def run_python(path: Path, response_file: Path | None = None) -> tuple[list[Request], str, list[Problem]]:
    """Execute a Python sample with every HTTP call intercepted by `responses`.

    Each call is answered with `response_file` (default: the flow's response.json).
    """
    import responses

    response_file = response_file or path.parent / "response.json"
    reply = response_file.read_text(encoding="utf-8") if response_file.exists() else "{}"
    captured: list[Request] = []

    def callback(request):
        body = request.body
        if isinstance(body, bytes):
            body = body.decode()
        parsed = json.loads(body) if body else None
        captured.append(
            Request(request.method, request.url, parsed, {k.lower(): v for k, v in request.headers.items()})
        )
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
        except Exception as exc:  # any failure of the sample is the reader's failure: report it
            tb = traceback.extract_tb(exc.__traceback__)
            line = next((f.lineno or 1 for f in reversed(tb) if Path(f.filename) == path), 1)
            problems.append(
                Problem(
                    path,
                    line,
                    f"the sample fails against its documented response {response_file.name}: "
                    f"{type(exc).__name__}: {exc}",
                    f"fix the sample (or {response_file.name}) so that it runs as a reader would run it",
                )
            )
    return captured, out.getvalue(), problems


def response_variants(folder: Path) -> list[Path]:
    """Other documented answers of a flow (response-202.json, …): the samples must handle each of them."""
    return sorted(folder.glob("response-*.json"))


# --------------------------------------------------------------------- Node.js


def run_node(root: Path, capture_file: Path) -> tuple[dict, str, int]:
    """Run tests/js/samples.test.cjs under `node --test`; return captures by sample."""
    env = {**os.environ, "SAMPLES_ROOT": str(root / "samples"), "CAPTURE_OUT": str(capture_file)}
    harness = ROOT / "tests" / "js" / "samples.test.cjs"
    env["NODE_PATH"] = str(ROOT / "node_modules")
    proc = subprocess.run(
        ["node", "--test", "--test-reporter=spec", str(harness)], capture_output=True, text=True, env=env, cwd=root
    )
    captures = json.loads(capture_file.read_text()) if capture_file.exists() else {}
    return captures, proc.stdout + proc.stderr, proc.returncode


# ------------------------------------------------------------------ Java and Go


def compile_java(paths: list[Path], release: int) -> list[Problem]:
    """Compile every Java sample in one javac run, for the oldest Java the pages promise.

    `release` is runtime.java in data/facts.yml (the pages say "Java {{ runtime.java }} or later"), so
    javac --release checks that no sample uses a newer language feature. Each sample is a class named Main;
    a copy of each goes into its own package (declared on line 1, so line numbers stay the same).
    """
    if not paths:
        return []
    with tempfile.TemporaryDirectory() as tmp:
        copies: dict[str, Path] = {}
        for index, path in enumerate(paths):
            copy = Path(tmp) / "src" / f"s{index}" / "Main.java"
            copy.parent.mkdir(parents=True)
            copy.write_text(f"package s{index}; " + path.read_text(encoding="utf-8"), encoding="utf-8")
            copies[str(copy)] = path
        proc = subprocess.run(
            [
                "javac",
                "--release",
                str(release),
                "-d",
                str(Path(tmp) / "out"),
                "-Xlint:none",
                "-Xmaxerrs",
                "1000",
                *copies,
            ],
            capture_output=True,
            text=True,
        )
    if proc.returncode == 0:
        return []
    return _compiler_problems(
        proc.stderr,
        re.compile(r"^(\S+Main\.java):(\d+): error: (.*)$", re.MULTILINE),
        copies,
        "javac",
        f"fix the Java sample; it must compile for Java {release} (runtime.java in data/facts.yml) "
        "with the standard library only",
    )


def _compiler_problems(
    output: str, pattern: re.Pattern[str], copies: dict[str, Path], tool: str, fix: str
) -> list[Problem]:
    """A toolchain's `copy:line: message` errors, mapped back to the sample files the copies came from."""
    problems = [
        Problem(copies[m[1]], int(m[2]), f"{tool}: {m[3]}", fix) for m in pattern.finditer(output) if m[1] in copies
    ]
    if not problems:
        first = next(iter(copies.values()))
        problems.append(Problem(first, 1, f"{tool} failed: " + output.strip()[:200], f"read the {tool} output"))
    return problems


def compile_go(paths: list[Path], cache: Path) -> list[Problem]:
    """Type-check every Go sample in one `go vet` run.

    Each sample is `package main`; a copy of each goes into its own directory of
    one throw-away module, so a single run checks them all with a shared cache.
    """
    if not paths:
        return []
    env = {
        **os.environ,
        "GOCACHE": str(cache),
        "GOPATH": str(cache / "gopath"),
        "GOTOOLCHAIN": "local",
        "GOFLAGS": "-mod=mod",
        "GOPROXY": "off",
        "GO111MODULE": "on",
    }
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "go.mod").write_text("module samples\n\ngo 1.19\n")
        copies: dict[str, Path] = {}
        for index, path in enumerate(paths):
            copy = Path(tmp) / f"s{index}" / "main.go"
            copy.parent.mkdir()
            copy.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
            copies[f"s{index}/main.go"] = path
        proc = subprocess.run(["go", "vet", "./..."], capture_output=True, text=True, cwd=tmp, env=env)
    if proc.returncode == 0:
        return []
    return _compiler_problems(
        proc.stderr,
        re.compile(r"(s\d+/main\.go):(\d+):(?:\d+:)? (.*)"),
        copies,
        "go vet",
        "fix the Go sample; it must build with the standard library only",
    )


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
        return None, [
            Problem(
                path,
                1,
                "no literal sandbox URL (https://api.sandbox.midtrans.com/… or "
                "https://app.sandbox.midtrans.com/…) in the sample",
                "write the full endpoint URL as one string literal so the check can compare it with cURL",
            )
        ]
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
            return None, [
                Problem(
                    path,
                    _line(text, bodies[0].strip().splitlines()[0]) + exc.lineno - 1,
                    f"the JSON body is not valid JSON: {exc.msg}",
                    "make the body strict JSON",
                )
            ]
    return Request(method, urls[0], body), []


# -------------------------------------------------------------- page structure

TAB_LABEL = re.compile(r'^\s*===\+?\s+"([^"]+)"')


@source_check
def check_inclusion(root: Path) -> list[Problem]:
    """Each flow appears once as a complete tab set, in the house order; no sample is unused."""
    pages = iter_pages(root)
    included: dict[str, list[tuple[Path, int]]] = {}
    for page in pages:
        for number, name in includes(page.lines):
            included.setdefault(name, []).append((page.path, number))
    problems = []
    for file in all_sample_files(root):
        rel = file.relative_to(root / "samples").as_posix()
        if rel not in included:
            problems.append(
                Problem(
                    file,
                    1,
                    "sample file is not included in any page",
                    f'include it with --8<-- "{rel}" in a tab set, or delete it',
                )
            )
    for folder in sample_dirs(root):
        rel_dir = folder.relative_to(root / "samples").as_posix()
        for _label, name in [*LANG_FILES, ("response", "response.json")]:
            if not (folder / name).is_file():
                problems.append(
                    Problem(
                        folder / "curl.sh",
                        1,
                        f"flow has no {name}",
                        f"add {rel_dir}/{name} (every API flow has cURL, Python, Node.js, PHP, Java, "
                        "Go and response.json)",
                    )
                )
        for page_path, curl_line in included.get(f"{rel_dir}/curl.sh", []):
            page = next(p for p in pages if p.path == page_path)
            problems += _tab_set_problems(page, curl_line, rel_dir, included)
    return problems


def _tab_set_problems(
    page: Page, curl_line: int, rel_dir: str, included: dict[str, list[tuple[Path, int]]]
) -> list[Problem]:
    """The tabs after a flow's cURL tab: every language, labelled, in the house order."""
    problems = []
    last = curl_line
    for label, name in LANG_FILES:
        spots = [n for pth, n in included.get(f"{rel_dir}/{name}", []) if pth == page.path and n >= curl_line]
        if not spots:
            problems.append(
                Problem(
                    page.path,
                    curl_line,
                    f"the {label} tab of {rel_dir} is missing here",
                    f'add === "{label}" with --8<-- "{rel_dir}/{name}" (order: cURL, Python, Node.js, PHP, Java, Go)',
                )
            )
            continue
        spot = min(spots)
        above = next((m[1] for k in range(spot - 1, -1, -1) if (m := TAB_LABEL.match(page.lines[k]))), None)
        if above != label or spot < last:
            problems.append(
                Problem(
                    page.path,
                    spot,
                    f'{name} is not in a tab labelled "{label}" in the house order',
                    "use the tab order cURL, Python, Node.js, PHP, Java, Go with those exact labels",
                )
            )
        last = spot
    return problems


# ------------------------------------------------------------------ everything

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
    """Every request a sample sent (or shows) against its operation in openapi/ (checks/openapi.py)."""
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
                _line(file.read_text(), "http") if label in ("Java", "Go") else 1,
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


# ------------------------------------------------------ curl commands in pages


def inline_curl_commands(root: Path) -> Iterator[tuple[Path, int, str]]:
    """(page, line, command text) for every Midtrans curl command written directly in a page."""
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
                while i + 1 < len(lines) and (
                    lines[i].rstrip().endswith("\\") or not _balanced("\n".join(lines[start : i + 1]))
                ):
                    i += 1
                command = "\n".join(lines[start : i + 1]).lstrip().removeprefix("$ ")
                if re.search(r"https://[a-z.]*midtrans\.com", command):
                    yield b.path, b.line + start, command
            i += 1


def _balanced(text: str) -> bool:
    try:
        shlex.split(re.sub(r"\\\n", " ", text), comments=True)
        return True
    except ValueError:
        return False


def inline_curl_requests(root: Path) -> list[tuple[Path, int, str, Request | None, list[Problem]]]:
    """(file, line, command, parsed request, problems) of every curl command written in a page."""
    parsed = []
    for page, line, command in inline_curl_commands(root):
        req, found = parse_curl(page, text=command, first_line=line)
        parsed.append((page, line, command, req, [Problem(p.path, p.line + line - 1, p.what, p.fix) for p in found]))
    return parsed


@source_check
def check_inline_curl(root: Path) -> list[Problem]:
    """Curl commands written in pages follow the samples' rules (host, key, headers, JSON) and the spec."""
    spec = load_spec(root)
    found = Findings()
    requests = 0
    for page, line, command, req, problems in inline_curl_requests(root):
        found += problems
        if req is None:
            continue
        requests += 1
        found += request_problems(spec, req.method, req.url, req.body, page, command, line)[1]
    found.counts["curl commands in pages checked"] = requests
    return found
