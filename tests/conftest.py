"""Shared fixtures: the project root and the site, built once per test session."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from doccheck import report  # noqa: E402
from doccheck.build import problems_from_log, run_build  # noqa: E402

BUILD_DIR = ROOT / "build"
SITE_DIR = BUILD_DIR / "site"

# Figures the tests collect and print at the end of the run.
COUNTS: dict[str, int] = {}


class Build:
    def __init__(self, returncode: int, log: str, site: Path):
        self.returncode = returncode
        self.log = log
        self.site = site


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def build() -> Build:
    """`mkdocs build --strict` of the project, once per session, into build/site."""
    BUILD_DIR.mkdir(exist_ok=True)
    code, log = run_build(ROOT, SITE_DIR)
    return Build(code, log, SITE_DIR)


@pytest.fixture(scope="session")
def site(build) -> Path:
    if build.returncode != 0:
        pytest.fail("the strict build failed, so the built-site checks cannot run:\n"
                    + report(problems_from_log(ROOT, build.log, build.returncode)), pytrace=False)
    return build.site


@pytest.fixture(scope="session")
def work_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("work")


def assert_no_problems(problems, label: str = "") -> None:
    if problems:
        pytest.fail(f"{len(problems)} problem(s){' in ' + label if label else ''}:\n" + report(problems), pytrace=False)


def pytest_terminal_summary(terminalreporter):
    if COUNTS:
        terminalreporter.section("Midtrans Docs: what the checks covered")
        for key, value in COUNTS.items():
            terminalreporter.write_line(f"{key:>40}: {value}")


def copy_project(dest: Path) -> Path:
    """A copy of the project for negative tests (toolchains symlinked, not copied)."""
    ignore = shutil.ignore_patterns(".venv", "node_modules", "build", "site", ".git", ".cache", "__pycache__",
                                    ".pytest_cache")
    shutil.copytree(ROOT, dest, ignore=ignore, symlinks=True)
    for heavy in ("node_modules",):
        if (ROOT / heavy).exists():
            (dest / heavy).symlink_to(ROOT / heavy)
    # The copies test validation, not publishing: drop the two slowest plugins
    # (llms.txt conversion, git dates) so each rebuild takes seconds.
    config = dest / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = re.sub(r"\n  # llms\.txt.*?\n(?=  # \"Last updated\")", "\n", text, flags=re.S)
    text = re.sub(r"\n  # \"Last updated\".*?\n(?=  - redirects:)", "\n", text, flags=re.S)
    config.write_text(text, encoding="utf-8")
    return dest
