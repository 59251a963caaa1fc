"""What the built site gives coding agents (midtrans_docs/hooks/agents.py): instructions at the top of llms.txt in
both editions, full text per outline area within MAX_BYTES each, a pointer to llms.txt at the top of every twin."""

from __future__ import annotations

import re
from pathlib import Path

from midtrans_docs.hooks.agents import AREA_HEADING, MAX_BYTES, POINTER

BASE = "https://midtrans-docs.github.io/"
RULES = {
    "en": ["sandbox", "server key", "signature_key", "GET /v2/{order_id}/status", "order_id", "midtrans-docs mcp"],
    "id": ["sandbox", "Server key", "signature_key", "GET /v2/{order_id}/status", "order_id", "midtrans-docs mcp"],
}


def _llms(site: Path, lang: str) -> str:
    return (site / ("id/llms.txt" if lang == "id" else "llms.txt")).read_text(encoding="utf-8")


def test_instructions_come_first_in_both_editions(site: Path) -> None:
    for lang in ("en", "id"):
        text = _llms(site, lang)
        first_section = text.split("\n## ", 2)[1]
        assert first_section.startswith(("Instructions", "Petunjuk")), f"{lang}: llms.txt does not open with them"
        for rule in RULES[lang]:
            assert rule in first_section, f"{lang}: llms.txt instructions do not mention {rule!r}"
        assert "{{" not in text and "{base}" not in text, f"{lang}: an unrendered fact in llms.txt"
        assert f"{BASE}openapi/" in text


def test_full_text_per_area_within_size(site: Path) -> None:
    for lang in ("en", "id"):
        text = _llms(site, lang)
        block = text.split(AREA_HEADING[lang], 1)[1].split("\n## ", 1)[0]
        urls = re.findall(r"\]\((https://[^)]+)\)", block)
        folders = {u[len(BASE) :].removeprefix("id/").split("/")[0] for u in urls}
        assert {
            "account",
            "snap",
            "core-api",
            "payment-link",
            "iris",
            "after-payment",
            "security",
            "reference",
        } <= folders
        for url in urls:
            file = site / url[len(BASE) :]
            assert file.is_file(), f"{lang}: llms.txt links {url}, which the build did not write"
            assert file.stat().st_size <= MAX_BYTES, f"{file}: {file.stat().st_size} bytes > {MAX_BYTES}"
        assert (site / ("id/llms-full.txt" if lang == "id" else "llms-full.txt")).is_file(), "the single file stays"


def test_every_twin_points_to_its_llms_txt(site: Path) -> None:
    twins = [p for p in site.rglob("*.md") if not p.is_relative_to(site / "assets")]
    assert len(twins) > 100
    for twin in twins:
        lang = "id" if twin.is_relative_to(site / "id") else "en"
        first = twin.read_text(encoding="utf-8").split("\n", 1)[0]
        assert first == POINTER[lang].format(url=BASE), f"{twin.relative_to(site)}: starts with {first!r}"
