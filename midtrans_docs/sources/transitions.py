"""data/status-transitions.yml: which transaction_status may follow which, and the order state of each.

The status-cycle page renders it (macros.py: `status_next`, `status_transitions_table`), and the checkout
apps read its JSON copy, samples/snap/checkout-app/status-transitions.json (checks/checkout.py proves the
copy identical). Gap it fills: the apps must run from the samples folder without this project's YAML
loader, and every language parses JSON by itself; `python -m midtrans_docs.sources.transitions --write`
rewrites the copy from the YAML.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

from .. import ROOT

FILE = Path("data") / "status-transitions.yml"
APP_COPY = Path("samples") / "snap" / "checkout-app" / "status-transitions.json"
START = "created"  # the order before any payment; drawn as [*] in the page's diagrams
ORDER_STATES = (
    "created",
    "pending",
    "authorized",
    "review",
    "paid",
    "failed",
    "partially_refunded",
    "refunded",
    "partially_charged_back",
    "charged_back",
)


def load(root: Path) -> dict[str, Any]:
    path = root / FILE
    if not path.is_file():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def statuses(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    value = data.get("statuses")
    return value if isinstance(value, dict) else {}


def as_json(data: dict[str, Any]) -> str:
    """The JSON copy, as the apps read it (same content as the YAML), one status a line."""
    rows = [f"    {json.dumps(key)}: {json.dumps(entry, ensure_ascii=False)}" for key, entry in statuses(data).items()]
    return '{\n  "statuses": {\n' + ",\n".join(rows) + "\n  }\n}\n"


def base(key: str) -> str:
    """`capture/challenge` → `capture`: the transaction_status a key stands for."""
    return key.split("/", 1)[0]


def next_statuses(data: dict[str, Any], key: str) -> list[str]:
    """The transaction_status values that may follow `key`, each once, in the file's order."""
    entry = statuses(data).get(key)
    if entry is None:
        raise KeyError(f"{key!r} is not a status in {FILE.as_posix()}")
    seen: list[str] = []
    for target in entry.get("next") or []:
        if base(target) not in seen:
            seen.append(base(target))
    return seen


def edges(data: dict[str, Any]) -> set[tuple[str, str]]:
    """Every allowed direct change, as transaction_status pairs (`created` for the start)."""
    return {(base(key), base(target)) for key, entry in statuses(data).items() for target in entry.get("next") or []}


def write(root: Path) -> None:
    (root / APP_COPY).write_text(as_json(load(root)), encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        raise SystemExit("usage: python -m midtrans_docs.sources.transitions --write")
    write(ROOT)
