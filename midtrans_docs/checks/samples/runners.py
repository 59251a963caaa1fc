"""Each language's sample run, compiled or linted, and the request it sends (or, for Java and Go, shows).

Python runs under `responses`, Node.js under nock (tests/js/samples.test.cjs), Java and Go compile with javac and
go, PHP passes `php -l`.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import runpy
import subprocess
import tempfile
import traceback
from pathlib import Path
from urllib.parse import urlparse

from ... import ROOT
from ...problems import Problem
from ..curl import SANDBOX_HOSTS, Request, line_in, mock_status


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
                    line_in(text, bodies[0].strip().splitlines()[0]) + exc.lineno - 1,
                    f"the JSON body is not valid JSON: {exc.msg}",
                    "make the body strict JSON",
                )
            ]
    return Request(method, urls[0], body), []


# -------------------------------------------------------------- page structure
