"""Performance figures for the Midtrans Docs site. Reports only: nothing here fails on a duration.

    make bench                       # everything except `make test` (about 15 minutes on 2 cores)
    midtrans-docs bench --quick      # 1 run each, 100-page scale only, no Lighthouse/zensical
    midtrans-docs bench --runs 5 --with-tests --scale-sizes 100,300
    midtrans-docs bench --print      # re-print the tables of the last build/bench/bench.json

Sections (each is commented where it is measured):
  1. reader     first-load bytes and requests of every built page, search index size
  2. writer     cold / warm build, one-page rebuild under `make serve`, lychee link check, optional `make test`,
                each also as a ratio to plain Python-Markdown converting all docs pages
  3. scale      synthetic 100 / 300 / 1000-page sites made from the real pages: build cost per page
  4. lighthouse mobile scores, TBT, LCP, DOM and bytes (median of --runs) for one page of each kind and the
                --lh-heaviest largest-DOM pages of each edition; lighthouse@12.2.3 is installed on demand
                into build/bench/lighthouse-npm (it is not in package.json)
  5. zensical   the same mkdocs.yml built with zensical: time ratio and every output difference
  6. targets    the issue's targets with the measured values, "met" / "not met" (the final table)

Output: tables on stdout, everything in build/bench/bench.json. MkDocs stays the build of record;
zensical is installed on demand into build/bench/zensical-venv, never into the project's venv.
Uses only the standard library plus what .venv has (PyYAML, Markdown).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import sys
import time
from pathlib import Path
from typing import Any

import markdown

from ..diagrams import CHROMIUM
from .common import OUT, ROOT, doc_pages, log, run
from .lighthouse import lighthouse
from .reader import reader
from .report import print_report, targets
from .scale import scale
from .writer import build_mode, link_check, make_test, preview_rebuild, reference_markdown, writer_builds
from .zensical import zensical


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="midtrans-docs bench", description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=None, help="runs per timing, median reported (default 3)")
    ap.add_argument("--quick", action="store_true", help="1 run each, scale 100 only, no Lighthouse, no zensical")
    ap.add_argument("--no-scale", action="store_true", help="skip the synthetic-site scale test")
    ap.add_argument("--scale-sizes", default="100,300,1000", help="comma-separated page counts (default 100,300,1000)")
    ap.add_argument("--no-lighthouse", action="store_true", help="skip Lighthouse")
    ap.add_argument(
        "--lh-heaviest", type=int, default=10, help="Lighthouse on this many largest-DOM pages per edition (default 10)"
    )
    ap.add_argument("--no-zensical", action="store_true", help="skip the zensical successor check")
    ap.add_argument("--with-tests", action="store_true", help="also time `make test` once (long)")
    ap.add_argument("--print", action="store_true", help="only re-print the tables of build/bench/bench.json")
    args = ap.parse_args(argv)
    if args.quick:
        args.runs = args.runs or 1
        args.no_lighthouse = args.no_zensical = True
        args.scale_sizes = "100"
    args.runs = max(1, args.runs or 3)
    args.lh_runs = args.runs
    args.scale_sizes = sorted({int(s) for s in str(args.scale_sizes).split(",") if s.strip()})
    return args


def _header(args: argparse.Namespace) -> dict[str, Any]:
    """What the figures were measured on: machine, versions, commit, options."""
    from importlib.metadata import version

    import mkdocs

    git = run(["git", "rev-parse", "--short", "HEAD"])[2].strip()
    dirty = bool(run(["git", "status", "--porcelain", "--", "docs", "mkdocs.yml", "overrides"])[2].strip())
    return {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "load_average_start": [round(x, 2) for x in os.getloadavg()],
        },
        "versions": {
            "mkdocs": mkdocs.__version__,
            "material": version("mkdocs-material"),
            "markdown": markdown.__version__,
        },
        "git": {"commit": git, "uncommitted_docs_changes": dirty},
        "options": dict(vars(args)),
        "docs_pages": len(doc_pages()),
        "notes": [],
    }


def _measure(args: argparse.Namespace, report: dict[str, Any]) -> None:
    notes = report["notes"]
    # Writer: builds first (they produce the site every other section reads).
    log("\n[writer] builds")
    strict, env = build_mode(report)
    writer = {"mode": ["build", "--strict"] if strict else ["build"], "reference": reference_markdown(args.runs)}
    report["writer"] = writer
    writer_builds(args, strict, env, writer, notes)
    log("[reader] page weight")
    reader(report)
    log("[writer] link check, one-page rebuild (make serve)")
    link_check(args, writer)
    preview_rebuild(args, writer, notes)
    if args.with_tests:
        log("[writer] make test")
        make_test(writer)
    if not args.no_lighthouse:
        log("[lighthouse]")
        lighthouse(args, report, notes)
    if not args.no_scale and args.scale_sizes:
        log("[scale]")
        scale(args, report, notes)
    if not args.no_zensical:
        log("[zensical]")
        zensical(args, report, notes)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if args.print:
        saved = json.loads((OUT / "bench.json").read_text(encoding="utf-8"))
        print_report(saved, argparse.Namespace(**saved["options"]))
        return 0
    if not Path(CHROMIUM).is_file():
        # The reader and Lighthouse figures drive Chromium; without it Playwright fails with a long traceback.
        print(
            f"midtrans-docs bench: Chromium is not installed ({CHROMIUM}) → run `make bench`, which installs it "
            "(or `make system-deps` once)",
            file=sys.stderr,
        )
        return 2
    # On SIGTERM, unwind normally so subprocess.run() kills the build it is waiting for.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.perf_counter()
    OUT.mkdir(parents=True, exist_ok=True)
    report = _header(args)
    log(
        f"Midtrans Docs bench — {report['docs_pages']} docs pages, commit {report['git']['commit']}"
        f"{' (+ uncommitted docs)' if report['git']['uncommitted_docs_changes'] else ''}, "
        f"{os.cpu_count()} CPUs, runs={args.runs}"
    )
    _measure(args, report)
    report["machine"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    busy = max(report["machine"]["load_average_start"][0], report["machine"]["load_average_end"][0])
    if busy > (os.cpu_count() or 1):
        report["notes"].append(
            f"machine was busy (1-min load average up to {busy:.1f} on {os.cpu_count()} CPUs): "
            "wall times and Lighthouse performance are inflated; CPU seconds are the steadier figure"
        )
    report["targets"] = [dict(zip(("target", "measured", "status"), r, strict=False)) for r in targets(report)]
    report["total_seconds"] = time.perf_counter() - started
    (OUT / "bench.json").write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    print_report(report, args)
    log(f"\nbench took {report['total_seconds']:.0f} s; JSON: {(OUT / 'bench.json').relative_to(ROOT)}")
    return 0
