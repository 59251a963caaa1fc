"""Samples in pages: each flow appears once as a complete tab set, in the house order; no sample is unused."""

from __future__ import annotations

import re
from pathlib import Path

from ...problems import Problem
from ...reference.corpus import iter_pages
from ...sources.pages import Page
from ...sources.snippets import includes
from ..curl import LANG_FILES, all_sample_files, sample_dirs
from ..registry import source_check

TAB_LABEL = re.compile(r'^\s*===\+?\s+"([^"]+)"')


@source_check
def check_inclusion(root: Path) -> list[Problem]:
    """Each flow appears once as a complete tab set, in the house order; no sample is unused."""
    pages = iter_pages(root)
    included: dict[str, list[tuple[Path, int]]] = {}
    for page in pages:
        for number, name in includes(page.lines):
            included.setdefault(name, []).append((page.path, number))
    problems = []
    for file in all_sample_files(root):
        rel = file.relative_to(root / "samples").as_posix()
        if rel not in included:
            problems.append(
                Problem(
                    file,
                    1,
                    "sample file is not included in any page",
                    f'include it with --8<-- "{rel}" in a tab set, or delete it',
                )
            )
    for folder in sample_dirs(root):
        rel_dir = folder.relative_to(root / "samples").as_posix()
        for _label, name in [*LANG_FILES, ("response", "response.json")]:
            if not (folder / name).is_file():
                problems.append(
                    Problem(
                        folder / "curl.sh",
                        1,
                        f"flow has no {name}",
                        f"add {rel_dir}/{name} (every API flow has cURL, Python, Node.js, PHP, Java, "
                        "Go and response.json)",
                    )
                )
        for page_path, curl_line in included.get(f"{rel_dir}/curl.sh", []):
            page = next(p for p in pages if p.path == page_path)
            problems += _tab_set_problems(page, curl_line, rel_dir, included)
    return problems


def _tab_set_problems(
    page: Page, curl_line: int, rel_dir: str, included: dict[str, list[tuple[Path, int]]]
) -> list[Problem]:
    """The tabs after a flow's cURL tab: every language, labeled, in the house order."""
    problems = []
    last = curl_line
    for label, name in LANG_FILES:
        spots = [n for pth, n in included.get(f"{rel_dir}/{name}", []) if pth == page.path and n >= curl_line]
        if not spots:
            problems.append(
                Problem(
                    page.path,
                    curl_line,
                    f"the {label} tab of {rel_dir} is missing here",
                    f'add === "{label}" with --8<-- "{rel_dir}/{name}" (order: cURL, Python, Node.js, PHP, Java, Go)',
                )
            )
            continue
        spot = min(spots)
        above = next((m[1] for k in range(spot - 1, -1, -1) if (m := TAB_LABEL.match(page.lines[k]))), None)
        if above != label or spot < last:
            problems.append(
                Problem(
                    page.path,
                    spot,
                    f'{name} is not in a tab labeled "{label}" in the house order',
                    "use the tab order cURL, Python, Node.js, PHP, Java, Go with those exact labels",
                )
            )
        last = spot
    return problems


# ------------------------------------------------------------------ everything
