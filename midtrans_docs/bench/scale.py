"""3. Scale: synthetic 100 / 300 / 1000-page sites made from the real pages: build cost per page."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from .. import ROOT
from ..site.build import MKDOCS
from ..sources.snippets import SNIPPET, resolve_snippet
from .common import BASE_ENV, LAST_CPU, OUT, built_in, doc_pages, log, median, run, secs


def make_scale_site(n: int, where: Path) -> int:
    """A temp project with n pages: copies of the real pages (first round under their real names, then
    `<name>-<k>.md` in the same folder so relative asset links still work), the real theme overrides,
    assets and samples/ (so --8<-- snippets resolve), and a mkdocs.yml that INHERITs a copy of
    the real one with: the real nav's shape repeated (see scale_nav), plugins: [search], no hooks, strict off and all
    link/anchor validation at `info` (copied pages repeat anchors and point at renamed pages)."""
    shutil.rmtree(where, ignore_errors=True)
    (where / "docs").mkdir(parents=True)
    for name in ("overrides", "samples"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, where / name)
    shutil.copytree(
        ROOT / "docs",
        where / "docs",
        dirs_exist_ok=True,
        ignore=lambda d, names: [x for x in names if x.endswith(".md")],
    )
    shutil.copy2(ROOT / "mkdocs.yml", where / "base.yml")

    real = [p.relative_to(ROOT / "docs").as_posix() for p in doc_pages()]
    real.sort(key=lambda p: (p != "index.md", p))  # home first
    texts = {}
    for rel in real:
        lines = (ROOT / "docs" / rel).read_text(encoding="utf-8").splitlines(keepends=True)
        keep = []
        for line in lines:  # drop snippet lines whose file does not exist (writers may be mid-edit)
            m = SNIPPET.match(line)
            if m and resolve_snippet(m["path"], ROOT) is None:
                continue
            keep.append(line)
        texts[rel] = "".join(keep)
    made = []
    for i in range(n):
        rel = real[i % len(real)]
        k = i // len(real)
        out = rel if k == 0 else f"{rel[:-3]}-{k}.md"
        (where / "docs" / out).parent.mkdir(parents=True, exist_ok=True)
        (where / "docs" / out).write_text(texts[rel], encoding="utf-8")
        made.append(out)
    info = "info"
    cfg = {
        "INHERIT": "base.yml",
        "strict": False,
        "site_dir": "site",
        "hooks": [],
        "watch": [],  # the real watch list names folders (openapi/, data/) a scale site has no copy of
        "plugins": ["search"],
        "nav": scale_nav(made),
        "validation": {
            "omitted_files": info,
            "absolute_links": info,
            "unrecognized_links": info,
            "anchors": info,
            "nav": {"omitted_files": info, "not_found": info, "absolute_links": info},
            "links": {"not_found": info, "absolute_links": info, "unrecognized_links": info, "anchors": info},
        },
    }
    (where / "mkdocs.yml").write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    return len(made)


def scale_nav(made: list[str]) -> list:
    """The real nav's shape, repeated: one top-level section per area (folder); the first copy of an
    area's pages sits in it directly and each further copy is a sub-section of it ("Set 2" …). A
    1000-page site is organized like that, not as one flat list of 999 links, and this is the shape
    navigation.prune is built for: each page renders its own branch of the nav, not every link."""
    areas: dict[str, list] = {}
    for rel in made[1:]:
        area, _, name = rel.rpartition("/")
        k = int(m.group(1)) if (m := re.search(r"-(\d+)\.md$", name)) else 0
        areas.setdefault(area or "more", []).append((k, rel))
    nav: list = [{"Home": made[0]}]
    for area, items in areas.items():
        children: list = [rel for k, rel in items if k == 0]
        for k in sorted({k for k, _ in items if k}):
            children.append({f"Set {k + 1}": [rel for kk, rel in items if kk == k]})
        nav.append({area.replace("-", " ").title(): children})
    return nav


def scale(args, report, notes) -> None:
    rows = []
    for n in args.scale_sizes:
        where = OUT / "scale" / str(n)
        pages = make_scale_site(n, where)
        env = {**BASE_ENV, "MKDOCS_STRICT": "false"}
        times, cpu, inner, rc = [], [], [], 0
        for _ in range(args.runs):
            shutil.rmtree(where / "site", ignore_errors=True)
            t, rc, out = run([MKDOCS, "build", "--clean"], cwd=where, env=env)
            times.append(t)
            cpu.append(LAST_CPU[0])
            inner.append(built_in(out))
            if rc:
                notes.append(f"scale {n}: build exited {rc}: {out.strip().splitlines()[-1:]}")
        md_bytes = sum(p.stat().st_size for p in (where / "docs").rglob("*.md"))
        html = list((where / "site").rglob("*.html"))
        out_bytes = sum(p.stat().st_size for p in html)
        w = median(times)
        c = median(cpu)
        rows.append(
            {
                "pages": pages,
                "seconds": w,
                "cpu": c,
                "samples": times,
                "mkdocs_reported": median(inner),
                "per_page_ms": 1000 * w / pages,
                "cpu_per_page_ms": 1000 * c / pages,
                "markdown_bytes": md_bytes,
                "html_files": len(html),
                "html_bytes": out_bytes,
                "exit_code": rc,
            }
        )
        log(f"  scale {pages} pages: {secs(w)} wall, {secs(c)} CPU ({1000 * w / pages:.1f} ms/page wall)")
        shutil.rmtree(where, ignore_errors=True)  # a 1000-page output is hundreds of MB
    # Marginal cost between sizes removes the fixed start-up cost from the comparison.
    for a, b in zip(rows, rows[1:], strict=False):
        b["marginal_ms_per_page"] = 1000 * (b["seconds"] - a["seconds"]) / (b["pages"] - a["pages"])
        b["cpu_marginal_ms_per_page"] = 1000 * (b["cpu"] - a["cpu"]) / (b["pages"] - a["pages"])
    report["scale"] = rows
