"""The strict build, and every check of the built site (registered with @site_check)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import COUNTS, ROOT, Build, assert_no_problems
from midtrans_docs.checks import SITE_CHECKS
from midtrans_docs.checks.build_log import problems_from_log
from midtrans_docs.checks.site import built_counts
from midtrans_docs.problems import use_root


def test_strict_build_passes(build: Build) -> None:
    """mkdocs build --strict: links, anchors, absolute links, nav, snippets, redirects."""
    use_root(ROOT)
    assert_no_problems(problems_from_log(ROOT, build.log, build.returncode), "the strict build")
    COUNTS.update(built_counts(build.site))


@pytest.mark.parametrize("name", sorted(SITE_CHECKS))
def test_site_check(name: str, site: Path) -> None:
    check, info = SITE_CHECKS[name]
    assert_no_problems(check(ROOT, site), f"checks/{info.module}.py {name}")
