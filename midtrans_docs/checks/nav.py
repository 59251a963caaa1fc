"""The nav in mkdocs.yml: the outline, every page listed once it exists, overview titles in step."""

from __future__ import annotations

import re
from pathlib import Path

from ..i18n import is_translation
from ..problems import Problem
from ..reference.corpus import generated_pages
from ..sources.config import load_config, nav_entries, outline
from ..sources.pages import front_matter, line_of, page_files
from .registry import source_check

OVERVIEW_ENTRY = re.compile(r"\s+- (?P<title>[^:]+): (?P<rel>[\w-]+/index\.md)\s*$")


@source_check
def check_nav(root: Path) -> list[Problem]:
    """Every page is in the nav (or in not_in_nav), every nav entry exists, each section opens with its overview."""
    config = load_config(root)
    mk = root / "mkdocs.yml"
    mk_lines = mk.read_text(encoding="utf-8").splitlines()
    nav_line = line_of(mk_lines, "nav:")
    problems = _outline_problems(config, mk, mk_lines, nav_line)
    listed = set(nav_entries(config.get("nav") or []))
    allowed = {line.strip().lstrip("/") for line in (config.get("not_in_nav") or "").splitlines() if line.strip()}
    for md in page_files(root / "docs"):
        rel = md.relative_to(root / "docs").as_posix()
        if is_translation(md):
            continue  # built in the nav of its English page (checks/i18n.py checks that page exists)
        if rel not in listed and rel not in allowed:
            problems.append(
                Problem(
                    md,
                    1,
                    "page is not in the nav",
                    f"add '{rel}' under its area in mkdocs.yml nav: "
                    "(or list it in not_in_nav: with a comment saying why)",
                )
            )
    generated = {page.rel for page in generated_pages(root)}
    for rel in sorted(listed):
        if not (root / "docs" / rel).is_file() and rel not in generated:
            problems.append(
                Problem(
                    mk,
                    line_of(mk_lines, rel, nav_line),
                    f"nav lists '{rel}', which does not exist",
                    f"create docs/{rel} or remove it from nav",
                )
            )
    return problems + _overview_title_problems(root, mk, mk_lines)


def _outline_problems(config: dict, mk: Path, mk_lines: list[str], nav_line: int) -> list[Problem]:
    """The outline is the nav's top level: Home first, then one section per docs/ area, opening with its index.md
    (`midtrans-docs new-page` and the area tabs rely on it)."""
    problems = []
    for number, (label, first) in enumerate(outline(config)):
        wanted = "index.md" if number == 0 else f"{first.split('/')[0]}/index.md"
        if first != wanted or (number and "/" not in first):
            problems.append(
                Problem(
                    mk,
                    line_of(mk_lines, f"- {label}:", nav_line),
                    f"top-level nav section '{label}' starts with '{first}', not its overview page",
                    "start the site with Home: index.md and each section with <area>/index.md",
                )
            )
    return problems


def _overview_title_problems(root: Path, mk: Path, mk_lines: list[str]) -> list[Problem]:
    """An area's overview page carries its title in the nav too (llms.txt is written from the
    nav before front matter is read); the two must not drift apart."""
    problems = []
    for number, text in enumerate(mk_lines, 1):
        m = OVERVIEW_ENTRY.match(text)
        page = root / "docs" / m["rel"] if m else None
        if not m or page is None or not page.is_file():
            continue
        meta_title = front_matter(page.read_text(encoding="utf-8").splitlines())[0].get("title")
        if meta_title and meta_title != m["title"]:
            problems.append(
                Problem(
                    mk,
                    number,
                    f"nav calls {m['rel']} '{m['title']}' but its front matter title is '{meta_title}'",
                    f"write '- {meta_title}: {m['rel']}' in the nav",
                )
            )
    return problems
