"""Numbers said once: a duration, limit or amount typed by hand in prose where a data file already holds it.

Gap this fills: mkdocs-macros puts `{{ lifetime.card_token }}` into a page, but nothing notices a writer who
types "3 minutes" instead, and the two drift apart the day the fact changes. This check reads every fact whose
value is a number with a unit ("3 minutes", "16 KB", or `46` with a `# characters` comment), looks for that
number and unit in the prose of every page of docs/ (English, and the Indonesian units of
data/glossary.id.yml on `.id.md` pages: "3 menit", "1,5 jam"), and flags it only when a word of the fact's
own key ("card", "token", "idempotency", …) stands near it. A number that merely equals a value, or the
same value in another unit, is not flagged.

Not read: code blocks and inline code (samples keep literal values), front matter, heading ids, link
targets, generated reference pages, the changelog (history is stated there on purpose), and any line that
carries the opt-out marker `<!-- literal -->` (a number that is not the fact, written on purpose).

A second data file joins with one line in `DATA_FILES`: its path and the macro prefix its keys take.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..problems import Problem
from ..sources.facts import MACRO, load_facts
from ..sources.fences import CODE_SPAN, prose_lines
from ..sources.pages import page_files, read_page
from ..sources.yamlio import safe_load
from .registry import source_check

# (data file, macro prefix: "" when its top-level keys are the macro groups, as in data/facts.yml).
DATA_FILES: tuple[tuple[str, str], ...] = (
    ("data/facts.yml", ""),
    ("data/payment-methods.yml", "payment_methods"),
)
# Groups that hold no numbers a writer types (paths, hosts, prefixes, dates, prose blocks).
SKIP_GROUPS = {"dashboard", "dashboard_url", "dashboard_change", "host", "key_prefix", "change_date", "runtime"}
# Pages that state history on purpose.
SKIP_PAGES = {"reference/changelog.md", "reference/changelog.id.md"}
OPT_OUT = "<!-- literal -->"
GLOSSARY = Path("data") / "glossary.id.yml"

UNITS = ("seconds", "second", "minutes", "minute", "hours", "hour", "days", "day", "months", "month",
         "characters", "requests per minute", "KB", "MB")  # fmt: skip
VALUE = re.compile(r"^(?P<number>\d+(?:\.\d+)?)\s+(?P<unit>" + "|".join(map(re.escape, UNITS)) + r")$")
# `key: 46  # characters; …`: an integer fact whose unit is its comment's first word.
COMMENTED = re.compile(r"^\s+(?P<key>\w+):\s*(?P<number>\d+)\s*#\s*(?P<unit>characters)\b")
NUMBER_WORDS = {
    "en": {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "10": "ten"},
    "id": {"1": "satu", "2": "dua", "3": "tiga", "4": "empat", "5": "lima", "6": "enam", "7": "tujuh",
           "10": "sepuluh"},
}  # fmt: skip
SINGULAR = {"seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "months": "month"}

# Key words of fact names → the words that mean them on a page (English and Indonesian), lower case.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "card": ("card", "kartu"),
    "token": ("token",),
    "three": ("3ds", "3-d secure", "3d secure"),
    "redirect": ("redirect",),
    "snap": ("snap",),
    "idempotency": ("idempotency",),
    "subscription": ("subscription", "langganan"),
    "iris": ("iris", "disbursement", "payout"),
    "gopay": ("gopay",),
    "verification": ("verification", "linking", "verifikasi", "penautan"),
    "preauth": ("pre-auth", "preauth", "pre-otorisasi", "praotorisasi"),
    "refund": ("refund_key", "refund key"),
    "expiry": ("expiry", "expire", "masa berlaku", "kedaluwarsa"),
    "idle": ("idle", "inactiv", "tidak aktif"),
    "logout": ("log out", "logged out", "logout", "sign out", "keluar"),
    "password": ("password", "kata sandi"),
    "reset": ("reset",),
    "notification": ("notification", "notifikasi"),
    "body": ("body",),
    "timeout": ("timeout", "time out", "wait", "menunggu"),
    "answer": ("answer", "respond", "reply", "menjawab", "membalas", "merespons"),
    "bin": ("bin",),
    "login": ("login", "log in", "sign in", "masuk"),
    "virtual": ("virtual account", "bank transfer", "transfer bank"),
    "ewallet": ("gopay", "shopeepay", "e-wallet"),
    "internet": ("internet banking", "clicks", "brimo", "klikbca", "klikpay"),
}
# Words that tell facts of one group from another group's equal value ("15 minutes" by default, or at
# least 15 minutes): they break a tie, they are not required.
GROUP_WORDS: dict[str, tuple[str, ...]] = {
    "expiry_default": ("default",),
    "expiry_min": ("less than", "below", "at least", "or more", "minimum", "kurang dari", "minimal", "atau lebih"),
}
# Key words that name the fact's kind, not which fact it is.
GENERIC = {"account", "banking", "key", "length", "max", "rate", "change", "link", "ds", "request", "api", "dashboard",
           "attempts", "urls"}  # fmt: skip
WINDOW = 120  # characters either side of the number in which a key word counts


@dataclass(frozen=True)
class Fact:
    macro: str  # group.key, as a page writes it inside {{ }}
    value: str  # as the data file holds it, e.g. "3 minutes"
    number: str
    unit: str
    words: tuple[tuple[str, ...], ...]  # synonym sets of the key's distinguishing words
    group: str = ""
    bare: bool = False  # the macro gives the number only (`46  # characters`): the page adds the unit


def _words(path: list[str]) -> tuple[tuple[str, ...], ...]:
    parts = [w for p in path for w in p.split("_")]
    if "three" in parts:  # three_ds
        parts.remove("three")
        parts.insert(0, "three")
    return tuple(SYNONYMS.get(w, (w,)) for w in dict.fromkeys(parts) if w not in GENERIC and not w.isdigit())


def _walk(node: Any, path: list[str]) -> Iterator[tuple[list[str], Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, [*path, str(key)])
    else:
        yield path, node


def load_number_facts(root: Path) -> list[Fact]:
    """Every fact of DATA_FILES whose value is a number with a unit."""
    facts = []
    for rel, prefix in DATA_FILES:
        path = root / rel
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        data = safe_load(text) or {}
        commented = {m["key"]: m for m in map(COMMENTED.match, text.splitlines()) if m}
        for keys, value in _walk(data, []):
            if not keys or keys[0] in SKIP_GROUPS or len(keys) < 2:
                continue
            macro = ".".join([prefix, *keys] if prefix else keys)
            m = VALUE.match(str(value)) if isinstance(value, str) else None
            bare = m is None and isinstance(value, int) and keys[-1] in commented
            if bare:
                m = commented[keys[-1]]
            if m is None:
                continue
            words = _words(keys[1:] if not prefix else keys)
            facts.append(Fact(macro, str(value), m["number"], m["unit"], words, keys[0], bare))
    return facts


def _unit_words(root: Path) -> dict[str, str]:
    path = root / GLOSSARY
    data = safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return {str(k): str(v) for k, v in ((data or {}).get("units") or {}).items()}


def _pattern(fact: Fact, lang: str, units_id: dict[str, str]) -> re.Pattern[str]:
    number, unit = fact.number, fact.unit
    numbers = [re.escape(number)]
    if lang == "id":
        numbers = [re.escape(number.replace(".", ","))]
        unit = units_id.get(unit, unit)
    if number in NUMBER_WORDS[lang]:
        numbers.append(NUMBER_WORDS[lang][number])
    units = [re.escape(unit)]
    if lang == "en" and unit in SINGULAR:
        units.append(re.escape(SINGULAR[unit]))
    return re.compile(
        r"(?<![\w.,])(?:" + "|".join(numbers) + r")(?:\s+|-)(?:" + "|".join(units) + r")\b", re.IGNORECASE
    )


# What is not prose on a line: heading ids / attribute lists, link targets, macros, HTML comments.
NOT_PROSE = re.compile(r"\{\s*[#.:][^}]*\}|\]\([^)]*\)|\{\{.*?\}\}|<!--.*?-->")


def _score(fact: Fact, context: str) -> int:
    """How many key words of the fact stand in the context; 0 unless every one does."""
    hits = sum(1 for group in fact.words if any(w in context for w in group))
    if not fact.words or hits < len(fact.words):
        return 0
    return hits + any(w in context for w in GROUP_WORDS.get(fact.group, ()))


# The spec and the error catalog are prose too: their descriptions become the generated reference pages, and their
# Indonesian catalogs the Indonesian ones. Their lines are read as written (path:line is where to fix).
YAML_SOURCES = (("openapi", "*.yaml", "en"), ("data", "errors.yml", "en"))
YAML_CATALOGS = (("openapi/i18n/id", "*.yaml"), ("data", "errors.id.yml"))
CATALOG_KEY = re.compile(r"^  (source|en|text):")


def _yaml_lines(root: Path) -> Iterator[tuple[Path, int, str, str]]:
    """(file, line number, line, language) of each line of the spec, errors.yml and, in the Indonesian catalogs,
    of each translated `text:` (not the `en:` copy of the English)."""
    for folder, pattern, lang in YAML_SOURCES:
        for path in sorted((root / folder).glob(pattern)):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                yield path, number, line, lang
    for folder, pattern in YAML_CATALOGS:
        for path in sorted((root / folder).glob(pattern)):
            in_text = False
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                key = CATALOG_KEY.match(line)
                if key or not line.startswith(" "):
                    in_text = bool(key and key[1] == "text")
                if in_text:
                    yield path, number, line, "id"


@source_check
def check_fact_numbers(root: Path) -> list[Problem]:
    """A number with a unit typed in prose that a data file holds: write {{ key }} instead. Also reads the
    spec, errors.yml and their Indonesian catalogs, and names a `{{ key }}` there that no data file holds."""
    facts = load_number_facts(root)
    units_id = _unit_words(root)
    patterns = {lang: [(f, _pattern(f, lang, units_id)) for f in facts] for lang in ("en", "id")}
    problems = []
    docs = root / "docs"
    for file in page_files(docs):
        page = read_page(file, docs)
        if page.rel in SKIP_PAGES:
            continue
        lang = "id" if page.rel.endswith(".id.md") else "en"
        no_macros = page.meta.get("render_macros") is False
        for number, raw in prose_lines(page):
            whole = page.lines[number - 1]
            problems += _line_problems(page.path, number, raw, whole, page.rel, lang, patterns, units_id, no_macros)
    known = _fact_names(root)
    for path, number, line, lang in _yaml_lines(root):
        rel = path.relative_to(root).as_posix()
        prose = CODE_SPAN.sub(lambda m: " " * len(m[0]), line)
        problems += _line_problems(path, number, prose, line, rel, lang, patterns, units_id, False)
        for m in MACRO.finditer(line):
            if m[1] not in known:
                problems.append(
                    Problem(
                        path,
                        number,
                        f"{{{{ {m[1]} }}}} is not a fact of data/facts.yml",
                        "correct the name (data/facts.yml lists them, as group.key), or add the fact there",
                    )
                )
    return problems


def _fact_names(root: Path) -> set[str]:
    """Every dotted name a `{{ }}` in the spec may use: the leaves of data/facts.yml."""
    return {".".join(keys) for keys, _ in _walk(load_facts(root), []) if keys}


def _line_problems(
    path: Path,
    number: int,
    raw: str,
    whole: str,
    rel: str,
    lang: str,
    patterns: dict[str, list[tuple[Fact, re.Pattern[str]]]],
    units_id: dict[str, str],
    no_macros: bool,
) -> list[Problem]:
    """The facts typed by hand on one line: `raw` is its prose (code blanked out), `whole` the line as written."""
    if OPT_OUT in raw:
        return []
    text = NOT_PROSE.sub(lambda m: " " * len(m[0]), raw)
    # Key words count in code spans too (`card_token_id`), and the file's own name (iris/payouts.md).
    lower = NOT_PROSE.sub(lambda m: " " * len(m[0]), whole).lower()
    found: dict[tuple[int, int], list[tuple[int, Fact]]] = {}
    for fact, pattern in patterns[lang]:
        for m in pattern.finditer(text):
            context = lower[max(0, m.start() - WINDOW) : m.end() + WINDOW] + " " + rel
            score = _score(fact, context)
            if score:
                found.setdefault(m.span(), []).append((score, fact))
    problems = []
    said = set()
    for (start, end), scored in sorted(found.items()):
        best = max(s for s, _ in scored)
        chosen = [f for s, f in scored if s == best]
        if (text[start:end], chosen[0].macro) in said:
            continue
        said.add((text[start:end], chosen[0].macro))
        fact_text = " or ".join(f.macro for f in chosen)
        unit = " " + (units_id.get(chosen[0].unit, chosen[0].unit) if lang == "id" else chosen[0].unit)
        fix = "write " + " or ".join(f"{{{{ {f.macro} }}}}" + (unit if f.bare else "") for f in chosen)
        if no_macros:
            fix = "this page sets render_macros: false, so link to the page that states the fact instead"
        marker = OPT_OUT if path.suffix == ".md" else f"# {OPT_OUT}"
        problems.append(
            Problem(
                path,
                number,
                f'"{text[start:end]}" is the fact {fact_text}',
                f"{fix} (or end the line with {marker} if this number is not that fact)",
            )
        )
    return problems
