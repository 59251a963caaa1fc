"""Each page on its own: front matter (title, description, heading), images' alt text, reader-tool placeholders."""

from __future__ import annotations

import re
from pathlib import Path

from ..hooks.search import BOOST_RANGE
from ..problems import Problem
from ..reference.corpus import iter_pages
from ..sources.pages import Page, line_of
from ..tools import placeholder_problems
from .registry import source_check

MD_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)")
HTML_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)


@source_check
def check_front_matter(root: Path) -> list[Problem]:
    problems = []
    for page in iter_pages(root):
        if page.meta_error:
            problems.append(
                Problem(page.path, 1, page.meta_error, "fix the YAML between the two --- lines (key: value per line)")
            )
        elif page.body_start == 1:
            problems.append(
                Problem(
                    page.path, 1, "page has no front matter", "start the file with ---, title: …, description: …, ---"
                )
            )
        else:
            problems += _meta_problems(page)
    return problems


def _meta_problems(page: Page) -> list[Problem]:
    problems = []
    title = page.meta.get("title")
    desc = page.meta.get("description")
    if not isinstance(title, str) or not title.strip():
        problems.append(
            Problem(page.path, 2, "front matter has no title", "add `title: <page title>` to the front matter")
        )
    if not isinstance(desc, str) or not desc.strip():
        problems.append(
            Problem(
                page.path,
                2,
                "front matter has no description",
                "add `description: <one sentence, at most 160 characters>`",
            )
        )
    elif len(desc) > 160:
        problems.append(
            Problem(
                page.path,
                line_of(page.lines, "description:", 2),
                f"description is {len(desc)} characters long",
                "shorten it to 160 characters or fewer (search engines cut the rest)",
            )
        )
    problems += _boost_problems(page)
    if page.rel != "404.md" and not any(line.startswith("# ") for line in page.lines[page.body_start - 1 :]):
        problems.append(Problem(page.path, page.body_start, "page has no # heading", "start the body with `# <title>`"))
    return problems


def _boost_problems(page: Page) -> list[Problem]:
    """`search: boost:` (hooks/search.py gives it to Pagefind as the page's weight) must be a number in range."""
    search = page.meta.get("search")
    if search is None:
        return []
    low, high = BOOST_RANGE
    boost = search.get("boost") if isinstance(search, dict) else None
    if isinstance(boost, (int, float)) and not isinstance(boost, bool) and low < boost <= high:
        return []
    return [
        Problem(
            page.path,
            line_of(page.lines, "boost:", line_of(page.lines, "search:", 2)),
            f"`search: boost:` is {boost!r}" if isinstance(search, dict) else "`search:` is not a mapping",
            f"write `search:` then `  boost: <number above {low:g}, at most {high:g}>` (below 1 ranks the page behind "
            "the guides it summarizes; CONTRIBUTING.md, Search)",
        )
    ]


@source_check
def check_images(root: Path) -> list[Problem]:
    problems = []
    for page in iter_pages(root):
        for number, text in enumerate(page.lines, 1):
            for m in MD_IMAGE.finditer(text):
                if not m["alt"].strip():
                    problems.append(
                        Problem(
                            page.path,
                            number,
                            f"image '{m['src']}' has no alt text",
                            "describe the image between the brackets: ![What it shows](…)",
                        )
                    )
            for m in HTML_IMG.finditer(text):
                alt = re.search(r'\balt="([^"]*)"', m[0])
                if not alt or not alt[1].strip():
                    problems.append(
                        Problem(page.path, number, "<img> has no alt text", 'add alt="what the image shows"')
                    )
    return problems


@source_check
def check_tool_placeholders(root: Path) -> list[Problem]:
    """Each `<div class="mt-tool" data-tool="…">` names a tool that docs/assets/javascripts/tools.js renders."""
    problems: list[Problem] = []
    for page in iter_pages(root):
        problems += placeholder_problems(page.path, "\n".join(page.lines))
    return problems
