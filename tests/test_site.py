"""The strict build, and every check of the built site (registered with @site_check)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import COUNTS, ROOT, Build, assert_no_problems, copy_project
from midtrans_docs.checks import SITE_CHECKS
from midtrans_docs.checks.build_log import problems_from_log
from midtrans_docs.checks.site import built_counts
from midtrans_docs.problems import use_root
from midtrans_docs.site.build import MKDOCS, build_env


def test_strict_build_passes(build: Build) -> None:
    """mkdocs build --strict: links, anchors, absolute links, nav, snippets, redirects."""
    use_root(ROOT)
    assert_no_problems(problems_from_log(ROOT, build.log, build.returncode), "the strict build")
    COUNTS.update(built_counts(build.site))


@pytest.mark.parametrize("name", sorted(SITE_CHECKS))
def test_site_check(name: str, site: Path) -> None:
    check, info = SITE_CHECKS[name]
    assert_no_problems(check(ROOT, site), f"checks/{info.module}.py {name}")


def test_preview_rebuilds_a_saved_page(tmp_path: Path) -> None:
    """`make serve` rebuilds with --dirty after a save; that path (generated pages, sample includes) must work.

    Two preview builds of a copy, the second after an edit, as `mkdocs serve --dirty` runs them."""
    project = copy_project(tmp_path / "project")
    env = build_env(strict=False, DOCS_FULL_BUILD="false", DOCS_SEARCH_INDEX="false")
    command = [str(MKDOCS), "build", "--dirty", "-d", str(tmp_path / "site")]
    first = subprocess.run(command, cwd=project, capture_output=True, text=True, env=env)
    assert first.returncode == 0, first.stderr[-2000:]
    page = project / "docs/snap/index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSaved by the preview test.\n", encoding="utf-8")
    second = subprocess.run(command, cwd=project, capture_output=True, text=True, env=env)
    assert second.returncode == 0, (
        f"the preview rebuild after a save failed → fix the hook in the traceback:\n{second.stderr[-2000:]}"
    )
    assert "Saved by the preview test." in (tmp_path / "site/snap/index.html").read_text(encoding="utf-8")
