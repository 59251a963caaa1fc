"""Shared fixtures: the project root and the site, built once per test session."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from midtrans_docs import ROOT
from midtrans_docs.checks.build_log import problems_from_log
from midtrans_docs.diagrams import CHROMIUM
from midtrans_docs.problems import Problem, report, use_root
from midtrans_docs.site.build import run_build
from midtrans_docs.sources.project import copy_project as sources_copy

BUILD_DIR = ROOT / "build"
SITE_DIR = BUILD_DIR / "site"

# Figures the checks report (Findings.counts), printed at the end of the run.
COUNTS: dict[str, int] = {}


@dataclass
class Build:
    returncode: int
    log: str
    site: Path


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
def site(build: Build) -> Path:
    if build.returncode != 0:
        pytest.fail(
            "the strict build failed, so the built-site checks cannot run:\n"
            + report(problems_from_log(ROOT, build.log, build.returncode)),
            pytrace=False,
        )
    return build.site


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
            # Pages are checked two at a time; keep the second tab at full speed.
            "--disable-background-timer-throttling",
            "--disable-renderer-backgrounding",
            "--disable-backgrounding-occluded-windows",
        ],
    }


def assert_no_problems(problems: list[Problem], label: str = "") -> None:
    COUNTS.update(getattr(problems, "counts", {}))
    if problems:
        pytest.fail(f"{len(problems)} problem(s){' in ' + label if label else ''}:\n" + report(problems), pytrace=False)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if COUNTS:
        terminalreporter.section("Midtrans Docs: what the checks covered")
        for key, value in COUNTS.items():
            terminalreporter.write_line(f"{key:>48}: {value}")


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Path]:
    """A copy of the project, made the checks' root (`path:line` messages name its files) for one test."""
    copy = copy_project(tmp_path / "project")
    use_root(copy)
    yield copy
    use_root(ROOT)


def copy_project(dest: Path) -> Path:
    """A copy of the project for negative tests (node_modules symlinked, not copied).

    Its builds run with publishing=False (midtrans_docs.site.build.VALIDATION_ONLY)."""
    return sources_copy(ROOT, dest, link_node_modules=True)
