"""How pages are written: no placeholder text, Markdown lint (markdownlint-cli2), spelling (codespell),
Dashboard paths from data/facts.yml, and the site's own voice.

Gap the last two fill: no linter knows our data file or our voice rules. markdownlint checks Markdown
structure and codespell spelling; `check_dashboard_paths` and `check_voice` read the words.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from ..problems import Problem
from ..reference.corpus import iter_pages
from ..sources.facts import load_facts
from ..sources.fences import prose_lines
from .registry import source_check

# Built from parts so that this file does not flag itself.
_WORDS = ["TO" + "DO", "T" + "BD", "T" + "BC", "FIX" + "ME", "X" + "XX"]
PLACEHOLDER = re.compile(r"\b(" + "|".join(_WORDS) + r")\b|lorem\s+ipsum|coming\s+soon", re.IGNORECASE)
PLACEHOLDER_DIRS = ("docs", "overrides", "midtrans_docs", "samples", "openapi")
TEXT_SUFFIXES = {
    ".md",
    ".html",
    ".py",
    ".js",
    ".css",
    ".json",
    ".yml",
    ".yaml",
    ".sh",
    ".php",
    ".java",
    ".go",
    ".txt",
    ".svg",
    ".tsv",
}


@source_check
def check_placeholders(root: Path) -> list[Problem]:
    problems = []
    for top in PLACEHOLDER_DIRS:
        base = root / top
        if not base.exists():
            continue
        for path in sorted(base.rglob("*")):
            if not path.is_file() or path.suffix not in TEXT_SUFFIXES or "__pycache__" in path.parts:
                continue
            for number, text in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                m = PLACEHOLDER.search(text)
                if m and (m[0].upper() != _WORDS[4] or not _is_masked_number(text)):
                    problems.append(
                        Problem(
                            path,
                            number,
                            f"placeholder text '{m[0]}'",
                            "write the finished content, or take the page out of the nav",
                        )
                    )
    return problems


def _is_masked_number(text: str) -> bool:
    """Masked card numbers (six digits, a run of capital X, four digits) are data, not placeholders."""
    return bool(re.search(r"\d{4,}X{3,}\d|\dX{3,}|X{3,}-?\d{3,}", text))


MARKDOWNLINT = re.compile(r"^(\S+\.md):(\d+)(?::\d+)? (?:error )?(MD\d+)/(\S+) (.*)$")
CODESPELL = re.compile(r"^(.+?):(\d+): (.+?) ==> (.+)$")


def _tool_problems(
    root: Path, output: str, pattern: re.Pattern[str], describe: Callable[[re.Match[str]], tuple[str, str]]
) -> list[Problem]:
    """A linter's `path:line…` output lines as problems; `describe(match)` gives (what, fix)."""
    return [Problem(root / m[1], int(m[2]), *describe(m)) for line in output.splitlines() if (m := pattern.match(line))]


RULE_PAGE = "https://github.com/DavidAnson/markdownlint/blob/main/doc/"


@source_check
def check_markdownlint(root: Path) -> list[Problem]:
    """markdownlint-cli2 with the Material-aware config in .markdownlint-cli2.jsonc."""
    cli = root / "node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs"
    proc = subprocess.run(["node", str(cli)], cwd=root, capture_output=True, text=True)
    problems = _tool_problems(
        root,
        proc.stdout + proc.stderr,
        MARKDOWNLINT,
        lambda m: (f"{m[3]} {m[4]}: {m[5]}", f"see {RULE_PAGE}{m[3].lower()}.md"),
    )
    if proc.returncode != 0 and not problems:
        config = root / ".markdownlint-cli2.jsonc"
        problems.append(Problem(config, 1, "markdownlint-cli2 failed: " + proc.stderr[-300:], "read its output"))
    return problems


# English prose outside docs/: the spec and data files (their descriptions become the reference pages) and the
# package's own strings (generated page text). Their translations and the Indonesian word lists are not English.
SPELLING_SKIP = "*.id.md,*.id.yml,i18n,search-synonyms.yml,hunspell-id-words.txt"
SPELLING_PATHS = ("docs", "samples", "openapi", "data", "README.md", "CONTRIBUTING.md")
# codespell's own en-GB → en-US list (the writing style is US English). midtrans_docs/ holds Indonesian strings that
# codespell's typo lists misread ("sistem"), so it gets only this list.
US_LIST = "en-GB_to_en-US"


def _british_words() -> set[str]:
    """The British spellings in codespell's en-GB → en-US dictionary, lower case."""
    data = resources.files("codespell_lib").joinpath(f"data/dictionary_{US_LIST}.txt")
    return {line.split("->", 1)[0].strip().lower() for line in data.read_text(encoding="utf-8").splitlines()}


@source_check
def check_spelling(root: Path) -> list[Problem]:
    """codespell over the pages, samples, spec, data and the two guides: typos and British spellings.

    Words it must accept: .codespell-words.txt; a literal that must keep its spelling (an API message) ends its
    line with a `codespell:ignore WORD` comment."""
    codespell = str(Path(sys.executable).parent / "codespell")
    runs = [
        [codespell, "--builtin", f"clear,rare,{US_LIST}", "--skip", SPELLING_SKIP, *SPELLING_PATHS],
        [codespell, "--builtin", US_LIST, "midtrans_docs"],
    ]
    output = "".join(subprocess.run(cmd, cwd=root, capture_output=True, text=True).stdout for cmd in runs)
    british = _british_words()

    def describe(m: re.Match[str]) -> tuple[str, str]:
        if m[3].lower() in british:
            return f"British spelling '{m[3]}'", f"write '{m[4]}' (the site is in US English)"
        return f"spelling: '{m[3]}'", f"write '{m[4]}', or add the word to .codespell-words.txt if it is a name"

    return _tool_problems(root, output, CODESPELL, describe)


# A Dashboard path starts with a top-level Dashboard menu. A path whose first word follows a ">"
# belongs to another product's admin, written as one span: **WooCommerce > Settings > Payments**.
DASHBOARD_START = re.compile(r"(?<![>\w])(?<!> )\b(?:Settings|Accounts?|Disbursement) >")
PATH_TEXT = re.compile(r"[^*|,.;:()\[\]]+")


def _dashboard_problem(page_path: Path, number: int, rest: str, known: dict[str, str]) -> Problem:
    match = next(
        (p for p in sorted(known, key=len, reverse=True) if rest.startswith(p) and not rest[len(p) :].startswith(" >")),
        None,
    )
    if match is not None:
        return Problem(
            page_path,
            number,
            f'Dashboard path "{match}" typed by hand',
            f"write **{{{{ dashboard.{known[match]} }}}}** so every page shows the path from data/facts.yml",
        )
    shown = PATH_TEXT.match(rest)
    path = shown[0].strip() if shown else rest[:40]
    options = ", ".join(f"dashboard.{key}" for key in sorted(known.values()))
    return Problem(
        page_path,
        number,
        f'unknown Dashboard path "{path}"',
        f"use one of {options}, or add the path under dashboard: in data/facts.yml",
    )


@source_check
def check_dashboard_paths(root: Path) -> list[Problem]:
    """Every Midtrans Dashboard menu path comes from data/facts.yml ({{ dashboard.KEY }}), never typed by hand."""
    known = {str(path): key for key, path in (load_facts(root).get("dashboard") or {}).items()}
    problems = []
    for page in iter_pages(root):
        for number, text in prose_lines(page):
            for m in DASHBOARD_START.finditer(text):
                problems.append(_dashboard_problem(page.path, number, text[m.start() :], known))
    return problems


# Ways of speaking of Midtrans's documentation as another party. This site is that documentation.
THIRD_PARTY_VOICE = re.compile(
    r"\b(?:current|older|old|other) (?:Midtrans )?(?:docs|documentation|integration guides?|API reference"
    r"|reference pages?|help pages?|status reference|text)\b"
    r"|\bMidtrans(?:'s|\u2019s|') (?:docs|documentation|pages?|reference|guides?)\b"
    r"|\bolder dashboards?\b"
    r"|\bMidtrans prints\b",
    re.IGNORECASE,
)


@source_check
def check_voice(root: Path) -> list[Problem]:
    """Pages state facts as Midtrans's documentation; they never cite 'the current/older Midtrans docs'."""
    problems = []
    for page in iter_pages(root):
        for number, text in prose_lines(page):
            for m in THIRD_PARTY_VOICE.finditer(text):
                problems.append(
                    Problem(
                        page.path,
                        number,
                        f'"{m[0]}" speaks of Midtrans documentation as another party',
                        "state the fact as this site; if Midtrans changed something, say what changed and since when",
                    )
                )
    return problems
