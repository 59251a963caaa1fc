"""What every bench section shares: paths, running a timed command, and formatting figures."""

from __future__ import annotations

import re
import resource
import socket
import statistics
import subprocess
import time
from pathlib import Path

from .. import ROOT
from ..site.build import build_env
from ..sources.pages import page_files

OUT = ROOT / "build" / "bench"
SITE = OUT / "site"
BASE_ENV = build_env(strict=True)


def log(msg: str) -> None:
    print(msg, flush=True)


LAST_CPU = [0.0]  # CPU seconds (user+sys) of the last run() call's process tree


def run(cmd, cwd=ROOT, env=None, timeout=1800) -> tuple[float, int, str]:
    """Run a command; return (wall seconds, exit code, stdout+stderr).

    The CPU seconds it used (user+sys of it and its waited-for children) go to LAST_CPU[0]: on a busy
    machine wall time is inflated by other processes, CPU time much less so."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    try:
        p = subprocess.run(
            [str(c) for c in cmd],
            cwd=cwd,
            env=env or BASE_ENV,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
        )
        rc, out = p.returncode, p.stdout + p.stderr
    except subprocess.TimeoutExpired as e:
        rc, out = -1, f"timeout after {timeout}s\n{str(e.stdout or '')}{str(e.stderr or '')}"
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    LAST_CPU[0] = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return wall, rc, out


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def kib(n) -> str:
    return "—" if n is None else f"{n / 1024:,.1f} KiB"


def secs(s) -> str:
    return "—" if s is None else f"{s:.2f} s"


def ratio(a, b) -> str:
    return "—" if a is None or not b else f"{a / b:.1f}×"


def table(headers: list[str], rows: list[list], title: str | None = None) -> None:
    """Print a plain-text table (right-align cells that look numeric)."""
    rows = [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    num = re.compile(r"^[-+]?[\d,.]+( ?(s|KiB|MiB|×|%|ms))?$")
    if title:
        log(f"\n{title}")
    log("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False)))
    log("  ".join("-" * w for w in widths))
    for r in rows:
        log("  ".join(c.rjust(w) if num.match(c) else c.ljust(w) for c, w in zip(r, widths, strict=False)))


def built_in(out: str) -> float | None:
    """MkDocs' own "Documentation built in X seconds" (excludes interpreter start-up)."""
    m = re.search(r"Documentation built in ([\d.]+) seconds", out)
    return float(m.group(1)) if m else None


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def short(items: list[str], n: int = 6) -> str:
    """'a, b, c … (+12 more)' for long lists of paths."""
    if not items:
        return "none"
    return ", ".join(items[:n]) + (f" … (+{len(items) - n} more)" if len(items) > n else "")


def doc_pages() -> list[Path]:
    return page_files(ROOT / "docs")
