"""Prose and Markdown lint: markdownlint-cli2 (Material-aware config) and codespell."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, assert_no_problems
from doccheck import Problem


def test_markdownlint():
    proc = subprocess.run(["node", str(ROOT / "node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs")],
                          cwd=ROOT, capture_output=True, text=True)
    problems = []
    for line in (proc.stdout + proc.stderr).splitlines():
        m = re.match(r"^(\S+\.md):(\d+)(?::\d+)? (?:error )?(MD\d+)/(\S+) (.*)$", line)
        if m:
            problems.append(Problem(m.group(1), int(m.group(2)), f"{m.group(3)} {m.group(4)}: {m.group(5)}",
                                    f"see https://github.com/DavidAnson/markdownlint/blob/main/doc/{m.group(3).lower()}.md"))
    if proc.returncode != 0 and not problems:
        problems.append(Problem(".markdownlint-cli2.jsonc", 1, "markdownlint-cli2 failed: " + proc.stderr[-300:],
                                "read its output"))
    assert_no_problems(problems)


def test_spelling():
    codespell = Path(sys.executable).parent / "codespell"
    proc = subprocess.run([str(codespell), "docs", "samples", "README.md", "CONTRIBUTING.md"], cwd=ROOT,
                          capture_output=True, text=True)
    problems = []
    for line in proc.stdout.splitlines():
        m = re.match(r"^(.+?):(\d+): (.+?) ==> (.+)$", line)
        if m:
            problems.append(Problem(m.group(1), int(m.group(2)), f"spelling: '{m.group(3)}'",
                                    f"write '{m.group(4)}', or add the word to .codespell-words.txt if it is a name"))
    assert_no_problems(problems)
