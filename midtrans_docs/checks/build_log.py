"""The strict MkDocs build's warnings, turned into `path:line` problems.

MkDocs validation (`validation:` in mkdocs.yml) finds broken links, anchors,
absolute links and pages missing from nav, but names only the file. This module
reads the build log (midtrans_docs.site.build.run_build) and finds the line each warning is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ..problems import Problem
from ..sources.pages import line_of, page_files
from ..sources.snippets import includes

NOT_IN_NAV = re.compile(r"^\s+- (?P<file>\S+\.md)\s*$")


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def _doc_link(root: Path, m: re.Match[str], line: str) -> Problem:
    file, link, rest = m["file"], m["link"], m["rest"]
    path = root / "docs" / file
    lines = _lines(path)
    number = line_of(lines, f"({link}") if any(f"({link}" in text for text in lines) else line_of(lines, link)
    if "absolute link" in line:
        return Problem(
            path, number, f"absolute link '{link}'", "use a relative link to the .md file, e.g. ../snap/index.md"
        )
    if "anchor" in rest:
        what = "an anchor"
        fix = "use the id of an existing heading (see the ¶ link next to it on the built page)"
    else:
        what, fix = "a page", "link to an existing .md file, relative to this page"
    return Problem(path, number, f"link '{link}' points to {what} that does not exist", fix)


def _nav_missing(root: Path, m: re.Match[str], line: str) -> Problem:
    mk = root / "mkdocs.yml"
    return Problem(
        mk,
        line_of(_lines(mk), m["file"]),
        f"nav lists '{m['file']}', which does not exist",
        f"create docs/{m['file']} or remove it from nav",
    )


def _snippet_missing(root: Path, m: re.Match[str], line: str) -> Problem:
    path, number = _snippet_user(root / "docs", m["path"])
    return Problem(
        path,
        number,
        f"included file '{m['path']}' does not exist",
        "fix the --8<-- path (relative to samples/ or docs/)",
    )


def _redirect_missing(root: Path, m: re.Match[str], line: str) -> Problem:
    tsv = root / "redirects.tsv"
    return Problem(
        tsv,
        line_of(_lines(tsv), "\t" + m["target"]),
        f"redirect target '{m['target']}' is not a page",
        "point the legacy path at an existing page (path relative to docs/)",
    )


def _hook_message(root: Path, m: re.Match[str], line: str) -> Problem:
    return Problem(root / m["path"], int(m["line"]), m["what"], m["fix"])


HANDLERS: list[tuple[re.Pattern[str], Callable[[Path, re.Match[str], str], Problem], bool]] = [
    # (pattern, problem, match at the start of the line)
    (
        re.compile(r"Doc file '(?P<file>[^']+)' contains (?:a|an absolute) link '(?P<link>[^']+)'(?P<rest>.*)"),
        _doc_link,
        False,
    ),
    (re.compile(r"A reference to '(?P<file>[^']+)' is included in the 'nav'"), _nav_missing, False),
    (re.compile(r"Snippet at path '(?P<path>[^']+)' could not be found"), _snippet_missing, False),
    (re.compile(r"Redirect target '(?P<target>[^']+)'"), _redirect_missing, False),
    # Our hooks already speak the house format: "path:line: what → fix".
    (
        re.compile(r"^(?:WARNING|ERROR)\s+-\s+(?P<path>[\w./-]+):(?P<line>\d+): (?P<what>.+?) → (?P<fix>.+)$"),
        _hook_message,
        True,
    ),
]


def problems_from_log(root: Path, log: str, returncode: int) -> list[Problem]:
    docs = root / "docs"
    problems: list[Problem] = []
    in_nav_list = False
    for raw in log.splitlines():
        line = raw.strip()
        if 'not included in the "nav" configuration' in line:
            in_nav_list = True
            continue
        if in_nav_list and (m := NOT_IN_NAV.match(raw)):
            problems.append(
                Problem(
                    docs / m["file"],
                    1,
                    "page is not in the nav",
                    f"add '{m['file']}' to nav: in mkdocs.yml under its area",
                )
            )
            continue
        in_nav_list = False
        problem = next(
            (
                handle(root, m, line)
                for pattern, handle, anchored in HANDLERS
                if (m := (pattern.match(line) if anchored else pattern.search(line)))
            ),
            None,
        )
        if problem is not None:
            problems.append(problem)
        elif "Aborted with" not in line and (
            line.startswith(("WARNING", "ERROR")) or "Aborted" in line or "Error:" in line
        ):
            problems.append(Problem("mkdocs.yml", 1, f"build: {line[:300]}", "fix what the message names"))
    if returncode != 0 and not problems:
        problems.append(Problem("mkdocs.yml", 1, "the build failed: " + log.strip()[-400:], "read the build log above"))
    return problems


def _snippet_user(docs: Path, name: str) -> tuple[Path, int]:
    """The first page (and line) that includes `name`."""
    for page in page_files(docs):
        for number, included in includes(page.read_text(encoding="utf-8").splitlines()):
            if name in included:
                return page, number
    return docs, 1
