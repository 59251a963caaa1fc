"""How pages are written: no placeholder text, Markdown lint (markdownlint-cli2), spelling (codespell).

Rules about wording (how pages name things, which facts they may state by hand) belong here too.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from ..problems import Problem
from .registry import source_check

# Built from parts so that this file does not flag itself.
_WORDS = ["TO" + "DO", "T" + "BD", "T" + "BC", "FIX" + "ME", "X" + "XX"]
PLACEHOLDER = re.compile(r"\b(" + "|".join(_WORDS) + r")\b|lorem\s+ipsum|coming\s+soon", re.IGNORECASE)
PLACEHOLDER_DIRS = ("docs", "overrides", "midtrans_docs", "samples", "schemas")
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


@source_check
def check_markdownlint(root: Path) -> list[Problem]:
    """markdownlint-cli2 with the Material-aware config in .markdownlint-cli2.jsonc."""
    cli = root / "node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs"
    proc = subprocess.run(["node", str(cli)], cwd=root, capture_output=True, text=True)
    problems = []
    for line in (proc.stdout + proc.stderr).splitlines():
        m = MARKDOWNLINT.match(line)
        if m:
            problems.append(
                Problem(
                    root / m[1],
                    int(m[2]),
                    f"{m[3]} {m[4]}: {m[5]}",
                    f"see https://github.com/DavidAnson/markdownlint/blob/main/doc/{m[3].lower()}.md",
                )
            )
    if proc.returncode != 0 and not problems:
        problems.append(
            Problem(
                root / ".markdownlint-cli2.jsonc",
                1,
                "markdownlint-cli2 failed: " + proc.stderr[-300:],
                "read its output",
            )
        )
    return problems


CODESPELL = re.compile(r"^(.+?):(\d+): (.+?) ==> (.+)$")


@source_check
def check_spelling(root: Path) -> list[Problem]:
    """codespell over the pages, samples and the two guides (words it must accept: .codespell-words.txt)."""
    codespell = Path(sys.executable).parent / "codespell"
    proc = subprocess.run(
        [str(codespell), "docs", "samples", "README.md", "CONTRIBUTING.md"], cwd=root, capture_output=True, text=True
    )
    problems = []
    for line in proc.stdout.splitlines():
        m = CODESPELL.match(line)
        if m:
            problems.append(
                Problem(
                    root / m[1],
                    int(m[2]),
                    f"spelling: '{m[3]}'",
                    f"write '{m[4]}', or add the word to .codespell-words.txt if it is a name",
                )
            )
    return problems
