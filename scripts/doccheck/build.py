"""The strict MkDocs build, with its warnings turned into `path:line` problems.

MkDocs validation (`validation:` in mkdocs.yml) finds broken links, anchors,
absolute links and pages missing from nav, but names only the file. This module
runs the build and finds the line each warning is about.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from . import Problem
from .markdown import line_of

DOC_LINK = re.compile(r"Doc file '(?P<file>[^']+)' contains (?:a|an absolute) link '(?P<link>[^']+)'(?P<rest>.*)")
NOT_IN_NAV = re.compile(r"^\s+- (?P<file>\S+\.md)\s*$")
NAV_MISSING = re.compile(r"A reference to '(?P<file>[^']+)' is included in the 'nav'")
SNIPPET_MISSING = re.compile(r"Snippet at path '(?P<path>[^']+)' could not be found")
REDIRECT_MISSING = re.compile(r"Redirect target '(?P<target>[^']+)'")
# Our hooks already speak the house format: "path:line: what → fix".
HOOK_MESSAGE = re.compile(r"^(?:WARNING|ERROR)\s+-\s+(?P<path>[\w./-]+):(?P<line>\d+): (?P<what>.+?) → (?P<fix>.+)$")


def run_build(root: Path, site_dir: Path) -> tuple[int, str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "MKDOCS_STRICT": "true"}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    proc = subprocess.run([str(mkdocs), "build", "--strict", "--clean", "-d", str(site_dir)],
                          cwd=root, capture_output=True, text=True, env=env)
    return proc.returncode, proc.stdout + proc.stderr


def problems_from_log(root: Path, log: str, returncode: int) -> list[Problem]:
    docs = root / "docs"
    problems: list[Problem] = []
    in_nav_list = False
    for raw in log.splitlines():
        line = raw.strip()
        if "not included in the \"nav\" configuration" in line:
            in_nav_list = True
            continue
        if in_nav_list:
            m = NOT_IN_NAV.match(raw)
            if m:
                problems.append(Problem(docs / m.group("file"), 1, "page is not in the nav",
                                        f"add '{m.group('file')}' to nav: in mkdocs.yml under its area"))
                continue
            in_nav_list = False
        m = DOC_LINK.search(line)
        if m:
            file, link, rest = m.group("file"), m.group("link"), m.group("rest")
            path = docs / file
            lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
            number = line_of(lines, f"({link}") if any(f"({link}" in l for l in lines) else line_of(lines, link)
            if "absolute link" in line:
                what, fix = f"absolute link '{link}'", "use a relative link to the .md file, e.g. ../snap/index.md"
            elif "anchor" in rest:
                what = f"link '{link}' points to an anchor that does not exist"
                fix = "use the id of an existing heading (see the ¶ link next to it on the built page)"
            else:
                what = f"link '{link}' points to a page that does not exist"
                fix = "link to an existing .md file, relative to this page"
            problems.append(Problem(path, number, what, fix))
            continue
        m = NAV_MISSING.search(line)
        if m:
            mk = root / "mkdocs.yml"
            problems.append(Problem(mk, line_of(mk.read_text().splitlines(), m.group("file")),
                                    f"nav lists '{m.group('file')}', which does not exist",
                                    f"create docs/{m.group('file')} or remove it from nav"))
            continue
        m = SNIPPET_MISSING.search(line)
        if m:
            where = _find_snippet_user(docs, m.group("path"))
            problems.append(Problem(where[0], where[1], f"included file '{m.group('path')}' does not exist",
                                    "fix the --8<-- path (relative to samples/ or docs/)"))
            continue
        m = REDIRECT_MISSING.search(line)
        if m:
            tsv = root / "redirects.tsv"
            problems.append(Problem(tsv, line_of(tsv.read_text().splitlines(), "\t" + m.group("target")),
                                    f"redirect target '{m.group('target')}' is not a page",
                                    "point the legacy path at an existing page (path relative to docs/)"))
            continue
        m = HOOK_MESSAGE.match(line)
        if m:
            problems.append(Problem(root / m.group("path"), int(m.group("line")), m.group("what"), m.group("fix")))
            continue
        if line.startswith(("WARNING", "ERROR")) or "Aborted" in line or "Error:" in line:
            if "Aborted with" in line:
                continue
            problems.append(Problem("mkdocs.yml", 1, f"build: {line[:300]}", "fix what the message names"))
    if returncode != 0 and not problems:
        problems.append(Problem("mkdocs.yml", 1, "the build failed: " + log.strip()[-400:], "read the build log above"))
    return problems


def _find_snippet_user(docs: Path, name: str) -> tuple[Path, int]:
    for page in sorted(docs.rglob("*.md")):
        lines = page.read_text(encoding="utf-8").splitlines()
        for number, text in enumerate(lines, 1):
            if "--8<--" in text and name in text:
                return page, number
    return docs, 1
