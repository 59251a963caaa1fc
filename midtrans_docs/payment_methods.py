"""The payment-method matrix (data/payment-methods.yml): loading with line numbers, and its Markdown.

Gap it fills: mkdocs-macros can print a value, not a table or an admonition in the page's language; these
functions turn the one data file into the Reference page's tables (`payment_methods_table`) and the summary
box at the top of each Core API method section (`method_summary`). Durations are localized with the
glossary units, as macros.py does for data/facts.yml; amounts get each edition's digit grouping. Lines come
from PyYAML's node marks, so the checks in checks/payment_methods.py can point at an entry.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .sources.yamlio import safe_load

FILE = "data/payment-methods.yml"
FAMILIES = ("card", "bank_transfer", "ewallet", "store", "paylater", "direct_debit")
PRODUCTS = ("snap", "core_api", "payment_link")
REFUND_ENDPOINTS = ("refund", "direct")
SETTLES = ("on_payment", "card")
REQUIRED = ("name", "family", "payment_type", "products", "settles", "sandbox")
OPTIONAL = ("bank", "channel", "expiry_default", "expiry_max", "refund", "amount_min", "amount_max")
# Amount limits (whole rupiah): a number, or a mapping condition -> number when the limit depends on one.
AMOUNT_CONDITIONS = ("verified", "unverified", "cashless", "cash", "pay_in_30_days", "installment")
# Words an amount_max may be instead of a number.
AMOUNT_WORDS = ("none", "credit_limit")

# Every label as (English, Indonesian), so a label added in one language cannot miss the other.
_PAIRS: dict[str, Any] = {
    "family": {
        "card": ("Cards", "Kartu"),
        "bank_transfer": ("Bank transfer (virtual accounts)", "Transfer bank (Virtual Account)"),
        "ewallet": ("E-wallets and QRIS", "E-wallet dan QRIS"),
        "store": ("Convenience stores", "Gerai ritel"),
        "paylater": ("Pay later", "Pay later"),
        "direct_debit": ("Direct debit and internet banking", "Direct debit dan internet banking"),
    },
    "products": {"snap": ("Snap",) * 2, "core_api": ("Core API",) * 2, "payment_link": ("Payment Link",) * 2},
    "settles": {
        "on_payment": ("When the customer pays", "Saat pelanggan membayar"),
        "card": ("Capture, then settlement", "Capture, lalu settlement"),
    },
    "refund": {"refund": ("`/refund`",) * 2, "direct": ("direct refund",) * 2},
    "method": ("Method", "Metode"),
    "payment_type": ("`payment_type`",) * 2,
    "bank": ("Bank or acquirer", "Bank atau acquirer"),
    "offered": ("Offered in", "Tersedia di"),
    "expiry": ("Expiry (default / max)", "Masa berlaku (default / maks.)"),
    "refunds": ("Refund",) * 2,
    "settlement": ("Settles", "Settlement"),
    "sandbox": ("Sandbox",) * 2,
    "none": ("No", "Tidak"),
    "not_applicable": ("–",) * 2,
    "how": ("How to pay", "Cara membayar"),
    "windows": ("windows", "batas waktu"),
    "summary": ("At a glance", "Ringkasan"),
    "amount": ("Amount, IDR (min – max)", "Jumlah, Rp (min – maks.)"),
    "or": ("or", "atau"),
    "amount_from": ("from {}", "mulai {}"),
    "amount_up_to": ("up to {}", "hingga {}"),
    "amount_words": {
        "none": ("no limit", "tanpa batas"),
        "credit_limit": ("the customer's credit limit", "limit kredit pelanggan"),
    },
    "amount_conditions": {
        "verified": ("verified account", "akun terverifikasi"),
        "unverified": ("unverified account", "akun belum terverifikasi"),
        "cashless": ("cashless", "nontunai"),
        "cash": ("cash", "tunai"),
        "pay_in_30_days": ("pay in 30 days", "bayar dalam 30 hari"),
        "installment": ("3, 6 or 12-month installments", "cicilan 3, 6 atau 12 bulan"),
    },
}


def _pick(value: Any, index: int) -> Any:
    return value[index] if isinstance(value, tuple) else {k: _pick(v, index) for k, v in value.items()}


LABELS: dict[str, dict[str, Any]] = {lang: _pick(_PAIRS, i) for i, lang in enumerate(("en", "id"))}


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that records the line of every mapping under `__line__`."""


def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Any:
    value = loader.construct_mapping(node, deep=True)
    value["__line__"] = node.start_mark.line + 1
    return value


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load(root: Path) -> dict[str, Any]:
    """The data file with `__line__` on each mapping (an entry's line is the line of its first key)."""
    data = yaml.load((root / FILE).read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506 (SafeLoader subclass)
    data = data or {}
    methods = data.get("methods") or {}
    data["methods"] = {k: _facts_resolved(root, v) for k, v in methods.items() if k != "__line__"}
    return data


FACT = re.compile(r"^\{\{\s*([a-z_]+)\.([a-z_]+)\s*\}\}$")


def _facts_resolved(root: Path, method: Any) -> Any:
    """`expiry_default: "{{ expiry_default.virtual_account }}"`: a value data/facts.yml holds, written once there."""
    if not isinstance(method, dict):
        return method
    facts = safe_load((root / "data" / "facts.yml").read_text(encoding="utf-8")) or {}
    out = {}
    for key, value in method.items():
        match = FACT.match(value) if isinstance(value, str) else None
        out[key] = facts.get(match[1], {}).get(match[2], value) if match else value
    return out


def key_lines(root: Path) -> dict[str, int]:
    """Line of each `  key:` under `methods:` (the line a problem about that method points at)."""
    lines: dict[str, int] = {}
    inside = False
    for number, line in enumerate((root / FILE).read_text(encoding="utf-8").split("\n"), 1):
        if line.startswith("methods:"):
            inside = True
        elif inside and line.startswith("  ") and not line.startswith("   ") and line.rstrip().endswith(":"):
            lines[line.strip()[:-1]] = number
    return lines


def _duration(text: str | None, language: str, units: dict[str, str]) -> str:
    if not text:
        return LABELS[language]["not_applicable"]
    if language == "en":
        return text
    from midtrans_docs.i18n import translate_words

    return translate_words(text, units, FILE)


def _rupiah(value: int, language: str) -> str:
    """10000 -> "10,000" (English) or "10.000" (Indonesian)."""
    text = f"{value:,}"
    return text.replace(",", ".") if language == "id" else text


def _amount(value: Any, language: str) -> str:
    labels = LABELS[language]
    if isinstance(value, dict):
        parts = [
            f"{_rupiah(v, language)} ({labels['amount_conditions'][k]})" for k, v in value.items() if k != "__line__"
        ]
        return f" {labels['or']} ".join(parts)
    if isinstance(value, str):
        return str(labels["amount_words"][value])
    return _rupiah(value, language)


def _amounts(method: dict[str, Any], language: str) -> str:
    """The amount cell: "10,000 – 999,999,999", "from 10,000", "up to 5,000,000" or a dash."""
    labels = LABELS[language]
    low, high = method.get("amount_min"), method.get("amount_max")
    if low is None and high is None:
        return str(labels["not_applicable"])
    if high is None:
        return str(labels["amount_from"].format(_amount(low, language)))
    if low is None:
        return str(labels["amount_up_to"].format(_amount(high, language)))
    return f"{_amount(low, language)} – {_amount(high, language)}"


def _cells(method: dict[str, Any], language: str, units: dict[str, str], prefix: str) -> dict[str, str]:
    labels = LABELS[language]
    refund = method.get("refund")
    if refund is None:
        refunds = labels["not_applicable"]
    elif not refund:
        refunds = labels["none"]
    else:
        endpoints = ", ".join(labels["refund"][e] for e in refund)
        refunds = f"{endpoints} ([{labels['windows']}]({prefix}after-payment/status-cycle.md#refund-windows))"
    return {
        "payment_type": f"`{method['payment_type']}`" + (f" (`{method['channel']}`)" if method.get("channel") else ""),
        "bank": method.get("bank") or labels["not_applicable"],
        "offered": ", ".join(labels["products"][p] for p in method["products"]),
        "expiry": f"{_duration(method.get('expiry_default'), language, units)} / "
        f"{_duration(method.get('expiry_max'), language, units)}",
        "refunds": refunds,
        "amount": _amounts(method, language),
        "settlement": labels["settles"][method["settles"]],
        "sandbox": f"[{labels['how']}]({prefix}reference/sandbox-testing.md#{method['sandbox']})",
    }


def table(data: dict[str, Any], family: str, language: str, units: dict[str, str], prefix: str) -> str:
    """One Markdown table of a family: a row per method, short columns (phones scroll the rest)."""
    labels = LABELS[language]
    columns = ("payment_type", "offered", "expiry", "amount", "refunds", "settlement", "sandbox")
    rows = [
        "| " + " | ".join([labels["method"], *(labels[c] for c in columns)]) + " |",
        "|" + "---|" * (len(columns) + 1),
    ]
    for method in data["methods"].values():
        if method["family"] != family:
            continue
        cells = _cells(method, language, units, prefix)
        rows.append("| " + " | ".join([method["name"], *(cells[c] for c in columns)]) + " |")
    return "\n".join(rows)


def summary(data: dict[str, Any], key: str, language: str, units: dict[str, str], prefix: str) -> str:
    """A short admonition for the top of a method's section."""
    labels = LABELS[language]
    method = data["methods"][key]
    cells = _cells(method, language, units, prefix)
    lines = [f'!!! abstract "{labels["summary"]}: {method["name"]}"', ""]
    for column in ("payment_type", "bank", "offered", "expiry", "amount", "refunds", "settlement", "sandbox"):
        if column == "bank" and not method.get("bank"):
            continue
        if column == "amount" and method.get("amount_min") is None and method.get("amount_max") is None:
            continue
        lines.append(f"    - **{labels[column]}:** {cells[column]}")
    return "\n".join(lines)
