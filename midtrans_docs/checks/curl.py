"""cURL samples: a curl command read into the request it sends, with the problems of its host, auth and body.

Shared by checks/samples/ (every flow starts from its curl.sh), checks/openapi/ (which operation a sample calls)
and tests/test_postman.py.
"""

from __future__ import annotations

import base64
import json
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlparse, urlunparse

from ..problems import Problem
from ..sources.pages import line_of
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
                line_in(text, url),
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
                    line_in(text, "-u"),
                    "the -u value has no trailing colon",
                    f'write -u "{user}:" (key as user name, empty password)',
                )
            )
        if key not in ALLOWED_KEYS:
            problems.append(
                Problem(
                    path,
                    line_in(text, "-u"),
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
        start = line_in(text, "-d")
        return None, [
            *problems,
            Problem(
                path,
                start + exc.lineno - 1,
                f"the -d body is not valid JSON: {exc.msg}",
                "make the body strict JSON inside single quotes",
            ),
        ]


def line_in(text: str, needle: str) -> int:
    return line_of(text.splitlines(), needle)


# --------------------------------------------------------------------- Python
