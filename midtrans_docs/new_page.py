"""Create a new docs page with front matter and add it to the nav.

    midtrans-docs new-page snap/some-feature "Some feature" --description "One sentence."

The page lands in docs/<area>/<name>.md under its outline area (the areas are the
nav's top-level sections, see sources/config.py), is appended to that area's section
in mkdocs.yml `nav:`, and the preview URL is printed. Bad input gets a clear message
and changes nothing.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from . import ROOT
from .sources.config import areas, load_config

NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class Refused(Exception):
    pass


def plan(root: Path, target: str, title: str, description: str) -> tuple[Path, str, list[str], int]:
    target = target.strip().removesuffix(".md").strip("/")
    if target.startswith("docs/"):
        target = target[len("docs/") :]
    parts = target.split("/")
    if ".." in parts or target.startswith("/") or len(parts) != 2:
        raise Refused(f"'{target}' is not <area>/<page-name> inside docs/ (example: snap/some-feature)")
    area, name = parts
    known = areas(load_config(root))
    if area not in known:
        raise Refused(f"unknown area '{area}'; use one of: {', '.join(known)}")
    if not NAME.match(name):
        raise Refused(f"'{name}' is not a kebab-case file name (lowercase letters, digits and hyphens)")
    if name == "index":
        raise Refused("every area already has its index.md; choose another name")
    if not title.strip():
        raise Refused("the title is empty; give the page a title in quotes")
    if not description.strip():
        raise Refused('the description is missing; add --description "one sentence about the page"')
    if len(description) > 160:
        raise Refused(f"the description is {len(description)} characters; keep it to 160 or fewer")
    if any(c in title for c in '"\n'):
        raise Refused("the title may not contain double quotes or line breaks")
    page = root / "docs" / area / f"{name}.md"
    if page.exists():
        raise Refused(f"docs/{area}/{name}.md already exists; edit it instead")
    config = root / "mkdocs.yml"
    lines = config.read_text(encoding="utf-8").splitlines()
    label = known[area]
    try:
        start = next(i for i, line in enumerate(lines) if line.rstrip() == f"  - {label}:")
    except StopIteration:
        raise Refused(f"mkdocs.yml nav has no '{label}' section; restore the outline") from None
    end = start + 1
    while end < len(lines) and lines[end].startswith("      - "):
        end += 1
    entry = f"      - {title}: {area}/{name}.md"
    return page, entry, lines, end


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(prog="midtrans-docs new-page", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("path", help="<area>/<page-name>, e.g. snap/some-feature")
    parser.add_argument("title", help="page title, in quotes")
    parser.add_argument("--description", default="", help="one sentence, at most 160 characters")
    args = parser.parse_args(argv)
    try:
        page, entry, lines, at = plan(root, args.path, args.title, args.description)
    except Refused as exc:
        print(f"new_page: {exc} → nothing was changed", file=sys.stderr)
        return 2
    description = args.description.replace('"', '\\"')
    page.write_text(
        f'---\ntitle: "{args.title}"\ndescription: "{description}"\n---\n\n# {args.title}\n',
        encoding="utf-8",
    )
    # Its Indonesian twin, with the same skeleton: `make lint` fails until it is translated and stamped.
    page.with_name(page.stem + ".id.md").write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    lines.insert(at, entry)
    (root / "mkdocs.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rel = page.relative_to(root / "docs").as_posix()[:-3]
    print(f"Created docs/{rel}.md and added it to nav.")
    print(f"Created docs/{rel}.id.md: translate it when the page is written (CONTRIBUTING.md, section 9),")
    print(f"then run `.venv/bin/midtrans-docs i18n stamp docs/{rel}.id.md`.")
    print(f"Preview: run `make serve`, then open http://127.0.0.1:8000/{rel}/")
    return 0
