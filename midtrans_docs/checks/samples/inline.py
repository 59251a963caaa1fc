"""Midtrans curl commands written directly in a page: parsed and checked like a curl.sh sample."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from pathlib import Path

from ...problems import Findings, Problem
from ...reference.corpus import all_blocks
from ...sources.openapi import load_spec
from ..curl import Request, parse_curl
from ..openapi.bodies import request_problems
from ..registry import source_check


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
