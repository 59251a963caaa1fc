"""4. Lighthouse: mobile (the default form factor), Debian Chromium, the site on 127.0.0.1 with gzip.

The pages are chosen from the build, so a page that grows heavy is measured without anyone listing it: the
`--lh-heaviest` pages with the most DOM elements in each edition, plus one page of each kind (LH_PAGES)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from .. import ROOT
from ..budgets import DIAGRAM_MARK
from ..site.dom import dom_size
from ..site.server import serve
from ..site.urls import content_pages
from .common import BASE_ENV, OUT, SITE, log, median, run

LIGHTHOUSE_VERSION = "12.2.3"  # 13 needs Node 22; Debian's is 20
LIGHTHOUSE_PROJECT = ROOT / "node_modules" / ".bin" / "lighthouse"  # used if the project ever installs it
LIGHTHOUSE_PREFIX = OUT / "lighthouse-npm"  # otherwise bench installs it here
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
LH_PAGES = [
    ("home", "index.html", "home page"),
    ("guide", "snap/backend-integration/index.html", "guide with code tabs"),
    ("diagram", "snap/index.html", "page with a diagram"),
    ("tool", "after-payment/http-notification/index.html", "page with reader tools"),
    ("operation", "reference/api/charge/index.html", "API reference operation"),
    ("errors", "reference/error-codes/index.html", "error codes"),
]

LH_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]

LH_CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage "
    "--disable-background-networking --disable-component-update --disable-sync "
    "--disable-quic --no-first-run"
)


def lighthouse_exe(notes) -> Path | None:
    """Lighthouse is not in package.json (kept out of the lock): install the pinned version on demand
    into build/bench/lighthouse-npm with npm, like zensical gets its own venv."""
    if LIGHTHOUSE_PROJECT.exists():
        return LIGHTHOUSE_PROJECT
    exe = LIGHTHOUSE_PREFIX / "node_modules" / ".bin" / "lighthouse"
    pkg = LIGHTHOUSE_PREFIX / "node_modules" / "lighthouse" / "package.json"
    if exe.exists() and pkg.exists() and json.loads(pkg.read_text())["version"] == LIGHTHOUSE_VERSION:
        return exe
    if not shutil.which("npm"):
        notes.append("Lighthouse skipped: npm not found")
        return None
    shutil.rmtree(LIGHTHOUSE_PREFIX, ignore_errors=True)
    LIGHTHOUSE_PREFIX.mkdir(parents=True)
    (LIGHTHOUSE_PREFIX / "package.json").write_text('{"private": true}\n')
    t, rc, out = run(
        ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", f"lighthouse@{LIGHTHOUSE_VERSION}"],
        cwd=LIGHTHOUSE_PREFIX,
        timeout=900,
    )
    if rc or not exe.exists():
        notes.append(f"Lighthouse skipped: npm install lighthouse@{LIGHTHOUSE_VERSION} failed: {out.strip()[-200:]}")
        return None
    log(f"  installed lighthouse@{LIGHTHOUSE_VERSION} into {LIGHTHOUSE_PREFIX.relative_to(ROOT)} ({t:.0f} s)")
    return exe


def lighthouse(args: Any, report: dict[str, Any], notes: list[str]) -> None:
    if not Path(CHROME).exists():
        report["lighthouse"] = {"skipped": f"needs {CHROME} (make system-deps)"}
        notes.append("Lighthouse skipped: " + report["lighthouse"]["skipped"])
        return
    exe = lighthouse_exe(notes)
    if exe is None:
        report["lighthouse"] = {"skipped": "lighthouse could not be installed"}
        return
    pages = list(LH_PAGES)
    diag = SITE / "snap/index.html"
    if not (diag.exists() and DIAGRAM_MARK in diag.read_text(encoding="utf-8")):
        other = next((p for p in content_pages(SITE) if DIAGRAM_MARK in p.read_text(encoding="utf-8")), None)
        if other:
            pages[2] = ("diagram", other.relative_to(SITE).as_posix(), "page with a diagram")
    pages += heaviest_pages(SITE, getattr(args, "lh_heaviest", 10), {html for _, html, _ in pages})
    lh_dir = OUT / "lighthouse"
    shutil.rmtree(lh_dir, ignore_errors=True)
    lh_dir.mkdir(parents=True)
    results = {}
    with serve(SITE, compress=True) as server:
        base = server + "/"
        for label, html, why in pages:
            if not (SITE / html).exists():
                results[label] = {"page": html, "why": why, "missing": True}
                continue
            url = base + (html[: -len("index.html")] if html.endswith("index.html") else html)
            runs = []
            for i in range(args.lh_runs):
                result = _audit(exe, url, lh_dir / f"{label}-{i + 1}.json", notes)
                if result is not None:
                    runs.append(result)
                    seconds = result["seconds"]
                    log(f"  lighthouse {label} run {i + 1}/{args.lh_runs}: {result['scores']} ({seconds:.0f} s)")
            results[label] = {
                "page": html,
                "dom": dom_size(SITE / html).elements,
                "bytes": (SITE / html).stat().st_size,
                "url_path": url[len(base) - 1 :],
                "why": why,
                "runs": runs,
                "median": {c: median([r["scores"][c] for r in runs]) for c in LH_CATEGORIES},
                "median_metrics": {m: median([r["metrics"][m] for r in runs]) for m in runs[0]["metrics"]}
                if runs
                else {},
                "failed_audits": sorted({a for r in runs for a in r["failed_audits"]}),
            }
    report["lighthouse"] = results


def heaviest_pages(site: Path, n: int, skip: set[str]) -> list[tuple[str, str, str]]:
    """The n pages of each edition with the most DOM elements at load, as (label, html, why)."""
    sizes = {p.relative_to(site).as_posix(): dom_size(p).elements for p in content_pages(site)}
    chosen: list[tuple[str, str, str]] = []
    for edition in ("en", "id"):
        mine = [h for h in sizes if h.startswith("id/") == (edition == "id") and h not in skip]
        for rank, html in enumerate(sorted(mine, key=lambda h: -sizes[h])[:n], 1):
            chosen.append((f"dom-{edition}-{rank}", html, f"{rank}. largest DOM ({edition})"))
    return chosen


def _audit(exe: Path, url: str, dest: Path, notes: list[str]) -> dict[str, Any] | None:
    """One Lighthouse run: scores, metrics and the failed a11y/BP/SEO audits (None if it failed)."""
    env = {**BASE_ENV, "CHROME_PATH": CHROME}
    t, rc, out = run(
        [
            exe,
            url,
            "--quiet",
            f"--chrome-flags={LH_CHROME_FLAGS}",
            "--only-categories=" + ",".join(LH_CATEGORIES),
            "--output=json",
            f"--output-path={dest}",
        ],
        env=env,
        timeout=300,
    )
    if rc or not dest.exists():
        notes.append(f"lighthouse {dest.stem} exited {rc}: {out.strip()[-200:]}")
        return None
    data = json.loads(dest.read_text(encoding="utf-8"))
    cats = data.get("categories", {})
    audits = data.get("audits", {})
    failed = sorted(
        ref["id"]
        for c in LH_CATEGORIES[1:]
        for ref in cats.get(c, {}).get("auditRefs", [])
        if ref.get("weight", 0) > 0 and audits.get(ref["id"], {}).get("score") not in (None, 1)
    )
    return {
        "seconds": t,
        "scores": {
            c: (None if cats.get(c, {}).get("score") is None else round(100 * cats[c]["score"])) for c in LH_CATEGORIES
        },
        "metrics": {
            m: audits.get(m, {}).get("numericValue")
            for m in (
                "first-contentful-paint",
                "largest-contentful-paint",
                "total-blocking-time",
                "cumulative-layout-shift",
                "speed-index",
            )
        },
        "failed_audits": failed,
        "warnings": data.get("runWarnings", []),
    }
