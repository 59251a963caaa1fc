"""mkdocs-macros pluglet: facts from data/facts.yml in the page's language.

Gap it fills: mkdocs-macros renders `{{ lifetime.card_token }}` with one value for every page; an
Indonesian page needs "3 menit" where English says "3 minutes". The facts stay written once, in English;
on a translation (docs/x.id.md) the time and count words are swapped for the `units:` of the glossary
(data/glossary.id.yml), and a value that is a sentence is given per language (`{en: …, id: …}`).
A fact with a word the glossary does not translate fails the build, naming the fact.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from midtrans_docs import i18n
from midtrans_docs.i18n import localize, pick_language, translate_words  # noqa: F401 (pages and hooks use them)

from .sources import rebuild
from .sources.yamlio import safe_load

_state: dict[str, Any] = {}


def define_env(env: Any) -> None:
    root = Path(env.project_dir)
    _state["units"] = i18n.load_glossary(root).get("units", {})
    groups = set(_fact_groups(env))  # once, not once per variable
    _state["en"] = {k: copy.deepcopy(v) for k, v in env.variables.items() if k in groups}
    _state["id"] = {k: localize(k, v, _state["units"]) for k, v in _state["en"].items()}
    for group, value in _state["en"].items():
        env.variables[group] = pick_language(value, "en")
    _define_payment_methods(env, root)
    _define_status_transitions(env, root)


def _define_payment_methods(env: Any, root: Path) -> None:
    """`{{ method_summary("gopay") }}` and `{{ payment_methods_table("ewallet") }}` (see payment_methods.py)."""
    from midtrans_docs import payment_methods

    # Parsed again only when a data file changed (make serve rebuilds; midtrans_docs.sources.rebuild).
    data = rebuild.unless_changed(("payment-methods", str(root)), root, lambda: payment_methods.load(root))

    def current() -> tuple[str, str]:
        page = env.page
        depth = str(page.file.src_uri).count("/") if page is not None else 0
        return _state.get("language", "en"), "../" * depth

    @env.macro
    def method_summary(key: str) -> str:
        language, prefix = current()
        return payment_methods.summary(data, key, language, _state["units"], prefix)

    @env.macro
    def payment_methods_table(family: str) -> str:
        language, prefix = current()
        return payment_methods.table(data, family, language, _state["units"], prefix)


def _define_status_transitions(env: Any, root: Path) -> None:
    """`{{ status_next("pending") }}` and `{{ status_transitions_table() }}` from data/status-transitions.yml.

    Gap it fills: the status-cycle page and the checkout apps state the same transitions; the page draws them
    from the file the apps' JSON copy is made of (checks/checkout.py), so the two cannot drift apart.
    """
    from midtrans_docs.sources import transitions

    data = transitions.load(root)
    headers = {
        "en": ("Status key", "Order state", "Can change to"),
        "id": ("Kunci status", "Status pesanan", "Bisa berubah menjadi"),
    }

    def codes(keys: list[str]) -> str:
        return ", ".join(f"`{key}`" for key in keys) or "–"

    @env.macro
    def status_next(status: str) -> str:
        return codes(transitions.next_statuses(data, status))

    @env.macro
    def status_transitions_table() -> str:
        names = headers.get(_state.get("language", "en"), headers["en"])
        rows = [f"| {' | '.join(names)} |", "|---|---|---|"]
        for key, entry in transitions.statuses(data).items():
            rows.append(f"| `{key}` | `{entry['order']}` | {codes(list(entry['next']))} |")
        return "\n".join(rows)


def _fact_groups(env: Any) -> list[str]:
    facts = safe_load((Path(env.project_dir) / "data" / "facts.yml").read_text(encoding="utf-8")) or {}
    return list(facts)


def on_pre_page_macros(env: Any) -> None:
    file = env.page.file
    language = i18n.LANG if i18n.is_translation(Path(file.abs_src_path or file.src_uri)) else "en"
    if file.abs_src_path is None and str(file.src_uri).endswith(i18n.SUFFIX):
        language = i18n.LANG
    _state["language"] = language
    for group, value in _state.get(language, {}).items():
        env.variables[group] = pick_language(value, language)
