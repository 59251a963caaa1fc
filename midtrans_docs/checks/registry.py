"""Where checks register themselves.

A check is a function that returns a list of `Problem`s (or `Findings`, a list that also carries counts):

    @source_check                      # reads the sources only: check(root)
    @slow_source_check                 # the same, but runs toolchains (not in `make lint`)
    def check_something(root: Path) -> list[Problem]: ...

    @site_check                        # reads the built site too: check(root, site)
    def check_built_thing(root: Path, site: Path) -> list[Problem]: ...

tests/test_sources.py and tests/test_site.py run every registered check (one test each), and
`midtrans-docs check` runs the source checks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..problems import Problem

SourceCheck = Callable[[Path], list[Problem]]
SiteCheck = Callable[[Path, Path], list[Problem]]


@dataclass(frozen=True)
class Registered:
    name: str
    module: str  # checks/<module>.py (or the package checks/<module>/)
    slow: bool


SOURCE_CHECKS: dict[str, tuple[SourceCheck, Registered]] = {}
SITE_CHECKS: dict[str, tuple[SiteCheck, Registered]] = {}


def _info(fn: Callable[..., object], slow: bool) -> Registered:
    return Registered(fn.__name__, fn.__module__.split(".checks.", 1)[-1].split(".")[0], slow)


def source_check(fn: SourceCheck) -> SourceCheck:
    """Register a check of the sources (no build needed); `make lint` runs it."""
    SOURCE_CHECKS[fn.__name__] = (fn, _info(fn, slow=False))
    return fn


def slow_source_check(fn: SourceCheck) -> SourceCheck:
    """Register a source check that runs toolchains (seconds); `make test` runs it, `make lint` does not."""
    SOURCE_CHECKS[fn.__name__] = (fn, _info(fn, slow=True))
    return fn


def site_check(fn: SiteCheck) -> SiteCheck:
    """Register a check of the built site."""
    SITE_CHECKS[fn.__name__] = (fn, _info(fn, slow=False))
    return fn
