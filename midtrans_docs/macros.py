"""mkdocs-macros pluglet: facts from data/facts.yml in the page's language.

Gap it fills: mkdocs-macros renders `{{ lifetime.card_token }}` with one value for every page; an
Indonesian page needs "3 menit" where English says "3 minutes". The facts stay written once, in English;
on a translation (docs/x.id.md) the time and count words are swapped for the `units:` of the glossary
(data/glossary.id.yml), and a value that is a sentence is given per language (`{en: …, id: …}`).
A fact with a word the glossary does not translate fails the build, naming the fact.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from midtrans_docs import i18n

# Groups whose values carry words (durations, counts, dates); the others are hosts, paths and
# Dashboard labels, which Midtrans shows in English in both editions.
LOCALIZED = ("lifetime", "limit", "notification_retry", "change_date")
_state: dict[str, Any] = {}


def define_env(env: Any) -> None:
    root = Path(env.project_dir)
    _state["units"] = i18n.load_glossary(root).get("units", {})
    _state["en"] = {k: copy.deepcopy(v) for k, v in env.variables.items() if k in _fact_groups(env)}
    _state["id"] = {k: localize(k, v, _state["units"]) for k, v in _state["en"].items()}
    for group, value in _state["en"].items():
        env.variables[group] = pick_language(value, "en")
    _define_payment_methods(env, root)


def _define_payment_methods(env: Any, root: Path) -> None:
    """`{{ method_summary("gopay") }}` and `{{ payment_methods_table("ewallet") }}` (see payment_methods.py)."""
    from midtrans_docs import payment_methods

    data = payment_methods.load(root)

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


def _fact_groups(env: Any) -> list[str]:
    import yaml

    facts = yaml.safe_load((Path(env.project_dir) / "data" / "facts.yml").read_text(encoding="utf-8")) or {}
    return list(facts)


def on_pre_page_macros(env: Any) -> None:
    file = env.page.file
    language = i18n.LANG if i18n.is_translation(Path(file.abs_src_path or file.src_uri)) else "en"
    if file.abs_src_path is None and str(file.src_uri).endswith(i18n.SUFFIX):
        language = i18n.LANG
    _state["language"] = language
    for group, value in _state.get(language, {}).items():
        env.variables[group] = pick_language(value, language)


def pick_language(value: Any, language: str) -> Any:
    """`{en: …, id: …}` leaves become the text of `language`."""
    if isinstance(value, dict):
        if set(value) == {"en", i18n.LANG}:
            return value[language]
        return {k: pick_language(v, language) for k, v in value.items()}
    return value


def localize(group: str, value: Any, units: dict[str, str], path: str = "") -> Any:
    path = path or group
    if isinstance(value, dict):
        if set(value) == {"en", i18n.LANG}:
            return value
        return {k: localize(group, v, units, f"{path}.{k}") for k, v in value.items()}
    if group not in LOCALIZED or not isinstance(value, str):
        return value
    return translate_words(value, units, path)


WORD = re.compile(r"[A-Za-z][A-Za-z ]*[A-Za-z]|[A-Za-z]")


def translate_words(text: str, units: dict[str, str], name: str) -> str:
    """ "about 2 minutes, 10 minutes" → "sekitar 2 menit, 10 menit"; longest glossary phrases first."""
    phrases = sorted(units, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(p) for p in phrases) + r")\b")
    out = pattern.sub(lambda m: units[m[1]], text)
    out = re.sub(r"(\d)\.(\d)", r"\1,\2", out)  # Indonesian writes 1,5 jam
    leftover = [w for w in re.findall(r"[A-Za-z]+", pattern.sub("", text)) if w not in ("KB", "MB")]
    if leftover:
        raise ValueError(
            f"data/facts.yml: {name}: '{text}' has words the Indonesian edition cannot translate "
            f"({', '.join(leftover)}) → add them under `units:` in data/glossary.id.yml"
        )
    return out
