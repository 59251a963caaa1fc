"""Shared fixtures: the project root and the site, built once per test session."""

from __future__ import annotations

import json
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
# How a figure that several tests (or xdist workers) report is combined: "sum", or "max" of a value that
# starts with a number ("118.0 KB /id/core-api/gopay/"). A figure not listed here is reported by one test.
MERGE: dict[str, str] = {}


def tally(key: str, value, how: str = "sum") -> None:
    """Add a figure that parts of one check report separately (the every-page visit runs in shards)."""
    MERGE[key] = how
    COUNTS[key] = _merged(COUNTS[key], value, how) if key in COUNTS else value


def _merged(old, new, how: str):
    if how == "sum":
        return old + new
    return max(old, new, key=lambda v: float(str(v).split()[0]))


@dataclass
class Build:
    returncode: int
    log: str
    site: Path


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def build(worker_id: str, tmp_path_factory: pytest.TempPathFactory) -> Build:
    """`mkdocs build --strict` of the project, once per run, into build/site.

    Under pytest-xdist (`make test` runs one worker per core) the first worker to take the lock builds and
    leaves its result beside the run's temporary directories; the others wait for it and share the site."""
    if worker_id == "master":
        return _build()
    from filelock import FileLock

    shared = tmp_path_factory.getbasetemp().parent  # one directory per run, common to its workers
    with FileLock(str(shared / "build.lock")):
        result = shared / "build.json"
        if result.exists():
            return Build(**{**json.loads(result.read_text()), "site": SITE_DIR})
        built = _build()
        result.write_text(json.dumps({"returncode": built.returncode, "log": built.log}))
        return built


def _build() -> Build:
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


def pytest_itemcollected(item: pytest.Item) -> None:
    """A test that uses a module-scoped fixture (a served app, a started server) runs on the xdist worker that
    runs the module's other such tests (`--dist loadgroup`), so the fixture starts once, not once per worker."""
    fixtures = item._fixtureinfo.name2fixturedefs  # type: ignore[attr-defined]
    if any(defs[-1].scope == "module" for defs in fixtures.values()):
        item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))


def pytest_sessionfinish(session: pytest.Session) -> None:
    """On an xdist worker: hand the figures to the controller, which prints them."""
    output = getattr(session.config, "workeroutput", None)
    if output is not None:
        output["counts"] = json.dumps({"counts": COUNTS, "merge": MERGE}, default=str)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:
    """On the xdist controller: collect each worker's figures, combining the ones several workers report."""
    sent = json.loads(getattr(node, "workeroutput", {}).get("counts", "{}") or "{}")
    for key, value in sent.get("counts", {}).items():
        how = sent.get("merge", {}).get(key)
        if how:
            tally(key, value, how)
        else:
            COUNTS[key] = value


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if COUNTS:
        terminalreporter.section("Midtrans Docs: what the checks covered")
        for key, value in sorted(COUNTS.items()):
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
