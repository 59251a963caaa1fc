"""Keys and the values computed from them: only placeholder keys anywhere; every worked
Base64 string and signature a page shows recomputes from the inputs it shows."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..problems import Findings, Problem
from ..reference.corpus import iter_pages
from ..sources.fences import Block, fenced_blocks
from ..sources.pages import Page, line_of
from .registry import source_check

KEY_SHAPE = re.compile(
    r"(?<![A-Za-z0-9_])(?:SB-)?Mid-(?:server|client)-[A-Za-z0-9_\-]+|(?<![A-Za-z0-9_])IRIS-[A-Za-z0-9_\-]{6,}"
)
ALLOWED_KEYS = {
    "SB-Mid-server-YOUR_SERVER_KEY",
    "SB-Mid-client-YOUR_CLIENT_KEY",
    "Mid-server-YOUR_SERVER_KEY",
    "Mid-client-YOUR_CLIENT_KEY",
    "IRIS-YOUR_CREATOR_API_KEY",
    "IRIS-YOUR_APPROVER_API_KEY",
}
# Other placeholders writers use (not key-shaped, listed for CONTRIBUTING.md):
# YOUR_MERCHANT_ID, YOUR_IRIS_MERCHANT_KEY.
SECRET_DIRS = ("docs", "samples", "openapi", "overrides", "midtrans_docs", "tests", ".github")
SECRET_FILES = ("README.md", "CONTRIBUTING.md", "mkdocs.yml", "redirects.tsv")


@source_check
def check_secrets(root: Path) -> list[Problem]:
    problems = []
    files = [root / f for f in SECRET_FILES if (root / f).is_file()]
    for top in SECRET_DIRS:
        if (root / top).exists():
            files += [
                p for p in sorted((root / top).rglob("*")) if p.is_file() and p.suffix not in (".png", ".woff2", ".pyc")
            ]
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), 1):
            for m in KEY_SHAPE.finditer(line):
                key = m[0].rstrip("-_")
                if key not in ALLOWED_KEYS and not _is_key_prefix_only(line, m):
                    problems.append(
                        Problem(
                            path,
                            number,
                            f"'{key}' looks like a real Midtrans key",
                            f"use a placeholder: {', '.join(sorted(ALLOWED_KEYS))}",
                        )
                    )
    return problems


def _is_key_prefix_only(line: str, m: re.Match[str]) -> bool:
    """`SB-Mid-server-` followed by an ellipsis or nothing describes the shape of a key."""
    return m[0].endswith("-") and not line[m.end() : m.end() + 1].isalnum()


# --------------------------------------------------------------- worked values

BASE64_TOKEN = re.compile(r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])")
BASIC_VALUE = re.compile(r"Basic\s+([A-Za-z0-9+/]{12,}={0,2})(?![A-Za-z0-9+/=])")
HEX128 = re.compile(r"(?<![0-9a-fA-F])[0-9a-f]{128}(?![0-9a-fA-F])")
WORKED_FIELDS = re.compile(
    r"^\s*(order_id|status_code|gross_amount|server_key|signature_key)\s*[:=]\s*\"?([^\s\"]+)\"?", re.MULTILINE
)
IRIS_FIELDS = re.compile(r"^\s*(raw body|merchant key|Iris-Signature):\s*(\S.*?)\s*$", re.MULTILINE)
SERVER_KEY = "SB-Mid-server-YOUR_SERVER_KEY"


def signature(order_id: str, status_code: str, gross_amount: str, server_key: str = SERVER_KEY) -> str:
    return hashlib.sha512((order_id + status_code + gross_amount + server_key).encode()).hexdigest()


@dataclass(frozen=True)
class Signature:
    """A signature a page shows, and the one its inputs give."""

    kind: str  # "notification" (JSON), "worked" (key: value lines) or "iris"
    path: Path
    line: int
    shown: str
    expected: str


def _signatures(blocks: list[Block]) -> Iterator[Signature]:
    for b in blocks:
        if b.lang == "json" and "signature_key" in b.text:
            yield from _notification_signatures(b)
        elif b.lang != "json":
            fields = dict(WORKED_FIELDS.findall(b.text))
            if {"order_id", "status_code", "gross_amount", "signature_key"} <= fields.keys():
                expected = signature(
                    fields["order_id"],
                    fields["status_code"],
                    fields["gross_amount"],
                    fields.get("server_key", SERVER_KEY),
                )
                yield Signature("worked", b.path, _line_in(b, "signature_key"), fields["signature_key"], expected)
            iris = dict(IRIS_FIELDS.findall(b.text))
            if len(iris) >= 3:
                expected = hashlib.sha512((iris["raw body"] + iris["merchant key"]).encode()).hexdigest()
                yield Signature("iris", b.path, _line_in(b, "Iris-Signature"), iris["Iris-Signature"], expected)


def _notification_signatures(b: Block) -> Iterator[Signature]:
    """Notification payloads carry their own inputs."""
    try:
        data = json.loads(b.text)
    except json.JSONDecodeError:
        return  # reported by check_json_blocks
    for obj in _objects(data):
        if "signature_key" in obj:
            expected = signature(
                str(obj.get("order_id", "")), str(obj.get("status_code", "")), str(obj.get("gross_amount", ""))
            )
            yield Signature("notification", b.path, _line_in(b, "signature_key"), obj["signature_key"], expected)


def _line_in(b: Block, needle: str) -> int:
    return b.line + line_of(b.text.splitlines(), needle, 1) - 1


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, dict):
        yield data
        for v in data.values():
            yield from _objects(v)
    elif isinstance(data, list):
        for v in data:
            yield from _objects(v)


def _pages_and_blocks(root: Path) -> Iterator[tuple[Page, list[Block]]]:
    for page in iter_pages(root):
        yield page, fenced_blocks(page, root)


@source_check
def check_notification_signatures(root: Path) -> list[Problem]:
    """Every signature_key in a notification JSON is SHA-512(order_id + status_code + gross_amount + server key)."""
    found = Findings(counts={"notification signature_key values recomputed": 0})
    for _page, blocks in _pages_and_blocks(root):
        for sig in _signatures(blocks):
            if sig.kind != "notification":
                continue
            if sig.shown != sig.expected:
                found.append(
                    Problem(
                        sig.path,
                        sig.line,
                        "signature_key does not match its notification",
                        f"set it to SHA-512(order_id + status_code + gross_amount + {SERVER_KEY}) = {sig.expected}",
                    )
                )
            else:
                found.counts["notification signature_key values recomputed"] += 1
    return found


@source_check
def check_worked_signatures(root: Path) -> list[Problem]:
    """Worked examples written as `key: value` lines (signature_key, IRIS Iris-Signature) recompute."""
    found = Findings(counts={"worked signature values recomputed": 0})
    for _page, blocks in _pages_and_blocks(root):
        for sig in _signatures(blocks):
            if sig.kind == "notification":
                continue
            name = "signature_key" if sig.kind == "worked" else "Iris-Signature"
            inputs = "inputs above it" if sig.kind == "worked" else "body and key above it"
            if sig.shown != sig.expected:
                found.append(
                    Problem(
                        sig.path,
                        sig.line,
                        f"worked {name} is wrong for the {inputs}",
                        f"replace it with {sig.expected}",
                    )
                )
            else:
                found.counts["worked signature values recomputed"] += 1
    return found


def _texts(page: Page, blocks: list[Block]) -> list[tuple[Path, int, str]]:
    """(file, first line, text) of a page and of the samples it includes."""
    return [(page.path, 1, "\n".join(page.lines))] + [(b.path, b.line, b.text) for b in blocks if b.snippet]


@source_check
def check_unverified_hashes(root: Path) -> list[Problem]:
    """Any other 128-hex value on a page must be a signature one of the checks above recomputes."""
    problems = []
    for page, blocks in _pages_and_blocks(root):
        verified = {s.expected for s in _signatures(blocks) if s.shown == s.expected}
        for path, first, text in _texts(page, blocks):
            for number, line in enumerate(text.splitlines(), first):
                problems += [
                    Problem(
                        path,
                        number,
                        "a SHA-512 value that no test recomputes",
                        "show its inputs (order_id, status_code, gross_amount, server_key) "
                        "in the same notification JSON or worked-example block",
                    )
                    for m in HEX128.finditer(line)
                    if m[0] not in verified
                ]
    return problems


@source_check
def check_base64_values(root: Path) -> list[Problem]:
    """Base64 auth strings decode to a placeholder key plus ':' that the page shows."""
    found = Findings(counts={"worked Base64 strings recomputed": 0})
    for page, blocks in _pages_and_blocks(root):
        whole = "\n".join(page.lines)
        for path, first, text in _texts(page, blocks):
            for number, line in enumerate(text.splitlines(), first):
                for m in BASE64_TOKEN.finditer(line):
                    decoded = _b64(m[0])
                    if decoded is not None and re.search(r"Mid-(server|client)-|IRIS-", decoded):
                        found.counts["worked Base64 strings recomputed"] += 1
                        found += _base64_problems(path, number, m[0], decoded, text + "\n" + whole)
                # A Basic auth value that does not decode at all ("Basic authentication"
                # in prose is not a value: values are long and contain digits or padding).
                for token in BASIC_VALUE.findall(line):
                    if (re.search(r"\d", token) or token.endswith("=")) and _b64(token) is None:
                        found.append(
                            Problem(
                                path,
                                number,
                                f"'Basic {token}' is not valid Base64",
                                "recompute it: base64(server_key + ':')",
                            )
                        )
    return found


def _base64_problems(path: Path, number: int, token: str, decoded: str, shown: str) -> list[Problem]:
    key = decoded[:-1]
    if not decoded.endswith(":"):
        fixed = base64.b64encode((decoded + ":").encode()).decode()
        return [
            Problem(
                path,
                number,
                f"Base64 '{token}' decodes to '{decoded}', without the trailing colon",
                f"encode '{decoded}:' instead: {fixed}",
            )
        ]
    if key not in ALLOWED_KEYS:
        return [
            Problem(
                path,
                number,
                f"Base64 '{token}' encodes a key that is not a placeholder",
                "encode a placeholder key from CONTRIBUTING.md",
            )
        ]
    if key not in shown:
        return [
            Problem(
                path,
                number,
                f"Base64 '{token}' encodes '{key}', which the page does not show",
                "show the key it was computed from next to it",
            )
        ]
    return []


def _b64(token: str) -> str | None:
    try:
        text = base64.b64decode(token, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return text if text.isprintable() else None
