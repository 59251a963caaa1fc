"""2. Writer: build and check times, each also relative to plain Python-Markdown converting all docs pages."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import markdown

from .. import ROOT
from ..site.build import MKDOCS, build_command, build_env
from ..site.lychee import LYCHEE, lychee_command
from ..sources.project import copy_project
from .common import BASE_ENV, LAST_CPU, OUT, SITE, built_in, doc_pages, free_port, log, median, run

# The page whose one-page rebuild is timed (first that exists).
DIRTY_CANDIDATES = ["snap/backend-integration.md", "snap/index.md", "index.md"]


def build_mode(report: dict[str, Any]) -> tuple[bool, dict[str, str]]:
    """Strict if the site passes it, otherwise non-strict (bench must not need a green site): (strict, env)."""
    env = build_env(strict=True)
    t, rc, out = run(build_command(SITE), env=env)
    m = re.search(r"Aborted with (\d+) warnings", out)
    report["strict"] = {"ok": rc == 0, "seconds": round(t, 3), "warnings": int(m.group(1)) if m else 0}
    if rc == 0:
        return True, env
    log(
        f"  strict build failed ({report['strict']['warnings']} warnings): benchmarking a non-strict build "
        "(MKDOCS_STRICT=false)"
    )
    return False, build_env(strict=False)


def reference_markdown(runs: int) -> dict:
    """Reference: Python-Markdown alone converting every docs/**/*.md (in-process, no MkDocs)."""
    texts = [p.read_text(encoding="utf-8") for p in doc_pages()]
    times, cpu = [], []
    for _ in range(max(runs, 3)):  # it is cheap; take at least 3 samples
        t0, c0 = time.perf_counter(), time.process_time()
        for text in texts:
            markdown.markdown(text, extensions=["tables", "fenced_code", "toc"])
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return {
        "pages": len(texts),
        "bytes": sum(len(t.encode()) for t in texts),
        "seconds": median(times),
        "cpu": median(cpu),
        "samples": times,
    }


def writer_builds(args: Any, strict: bool, env: dict[str, str], report: dict[str, Any], notes: list[str]) -> None:
    """Cold build (empty site dir, no template cache) then warm build (caches warm), `runs` times."""
    cold, warm, cold_in, warm_in, cold_cpu, warm_cpu = [], [], [], [], [], []
    for i in range(args.runs):
        shutil.rmtree(SITE, ignore_errors=True)
        shutil.rmtree(ROOT / ".cache" / "jinja", ignore_errors=True)  # hooks/template_cache.py: cold = no cache
        t, rc, out = run(build_command(SITE, strict), env=env)
        cold.append(t)
        cold_cpu.append(LAST_CPU[0])
        cold_in.append(built_in(out))
        if rc:
            notes.append(f"cold build run {i + 1} exited {rc}: {out.strip().splitlines()[-1:]}")
        t, rc, out = run(build_command(SITE, strict), env=env)
        warm.append(t)
        warm_cpu.append(LAST_CPU[0])
        warm_in.append(built_in(out))
        log(f"  build run {i + 1}/{args.runs}: cold {cold[-1]:.2f} s, warm {t:.2f} s")
    report["cold_build"] = {
        "seconds": median(cold),
        "cpu": median(cold_cpu),
        "samples": cold,
        "mkdocs_reported": median(cold_in),
    }
    report["warm_build"] = {
        "seconds": median(warm),
        "cpu": median(warm_cpu),
        "samples": warm,
        "mkdocs_reported": median(warm_in),
    }


def preview_rebuild(args: Any, report: dict[str, Any], notes: list[str]) -> None:
    """One-page rebuild as a writer feels it: `make serve`'s command (mkdocs serve --dirty, preview
    mode) on a copy of the project; append an HTML comment to one page and time how long until the
    served page contains it. That includes the file watcher (MkDocs polls every 0.5 s, then waits
    0.1 s for more changes) and the rebuild. The rebuild alone (what the ≤ 1 s target is about) is
    then timed without the watcher in one warm process, doing what serve does per save."""
    src = next((p for p in DIRTY_CANDIDATES if (ROOT / "docs" / p).exists()), None)
    if src is None:
        src = doc_pages()[0].relative_to(ROOT / "docs").as_posix()
    proj = OUT / "preview-project"
    shutil.rmtree(proj, ignore_errors=True)
    copy_project(ROOT, proj, leave_out=["tests"], link_node_modules=True)  # the tools hook bundles from it
    env = {**BASE_ENV, "MKDOCS_STRICT": "false", "DOCS_FULL_BUILD": "false"}
    times = _served_edits(args, proj, src, env, notes)
    built = _warm_rebuilds(args, proj, src, env, notes)
    log(
        f"  preview: save → served page {', '.join(f'{t:.2f}' for t in times)} s; "
        f"rebuilds {', '.join(f'{b:.2f}' for b in built)} s"
    )
    report["preview_rebuild"] = {
        "seconds": median(times),
        "samples": times,
        "rebuild_seconds": median(built),
        "rebuild_samples": built,
        "page": f"docs/{src}",
        "method": "make serve's mkdocs serve --dirty (DOCS_FULL_BUILD=false) on a copy; seconds: saving the page "
        "→ served HTML has the edit (includes MkDocs' 0.5 s file polling); rebuild_seconds: reload "
        "mkdocs.yml + build(dirty=True) in a warm process",
    }


def _served_edits(args: Any, proj: Path, src: str, env: dict[str, str], notes: list[str]) -> list[float]:
    """Seconds from saving the page to the served page showing the edit, under `mkdocs serve --dirty`."""
    port = free_port()
    stem = src[:-3]
    url = f"http://127.0.0.1:{port}/" + (stem[: -len("index")] if stem.endswith("index") else stem + "/")
    logfile = OUT / "preview-serve.log"
    with logfile.open("w") as out:
        proc = subprocess.Popen(
            [str(MKDOCS), "serve", "--dev-addr", f"127.0.0.1:{port}", "--livereload", "--dirty"],
            cwd=proj,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    page = proj / "docs" / src
    original = page.read_text(encoding="utf-8")
    times: list[float] = []
    try:
        if not _wait_for(url, None, 180):
            notes.append(f"preview: mkdocs serve did not answer on {url}; see {logfile.relative_to(ROOT)}")
            return times
        for i in range(max(args.runs, 5)):
            time.sleep(1.0)  # let the watcher settle between edits
            marker = f"bench-edit-{i}-{time.time_ns()}"
            t0 = time.perf_counter()
            page.write_text(original + f"\n<!-- {marker} -->\n", encoding="utf-8")
            if not _wait_for(url, marker, 60):
                notes.append(f"preview: edit {i + 1} never reached the served page")
                continue
            times.append(time.perf_counter() - t0)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        page.write_text(original, encoding="utf-8")
    return times


# The rebuild alone, exactly as serve's builder does it per save (reload mkdocs.yml, then
# build(dirty=True); `--dirty` in argv, where mkdocs-static-i18n looks for it), timed in one warm process so
# the watcher's polling is not in it. Each run saves a real edit: a rebuild renders only what changed.
_REBUILD_SCRIPT = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from mkdocs.config import load_config\n"
    "from mkdocs.commands.build import build\n"
    "site, page, runs = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])\n"
    "sys.argv.append('--dirty')\n"
    "original = page.read_text(encoding='utf-8')\n"
    "config = load_config('mkdocs.yml', site_dir=site)\n"
    "config.plugins.on_startup(command='serve', dirty=True)\n"
    "build(config, dirty=True)\n"
    "try:\n"
    "    for i in range(runs):\n"
    "        page.write_text(original + f'\\n<!-- bench edit {i} -->\\n', encoding='utf-8')\n"
    "        t0 = time.perf_counter()\n"
    "        build(load_config('mkdocs.yml', site_dir=site), dirty=True)\n"
    "        print('REBUILD', time.perf_counter() - t0, flush=True)\n"
    "        time.sleep(1.5)  # the search index, rebuilt after serving, finishes before the next save\n"
    "finally:\n"
    "    page.write_text(original, encoding='utf-8')\n"
)


def _warm_rebuilds(args: Any, proj: Path, src: str, env: dict[str, str], notes: list[str]) -> list[float]:
    _, rc, out = run(
        [sys.executable, "-P", "-c", _REBUILD_SCRIPT, OUT / "preview-site", f"docs/{src}", max(args.runs, 5)],
        cwd=proj,
        env=env,
        timeout=600,
    )
    built = [float(x) for x in re.findall(r"^REBUILD ([\d.]+)", out, flags=re.M)]
    if rc or not built:
        notes.append(f"preview: in-process rebuild failed: {out.strip()[-200:]}")
    return built


def _wait_for(url: str, marker: str | None, timeout: float) -> bool:
    """Poll url every 20 ms until it answers 200 (and contains marker, if given)."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200 and (marker is None or marker in response.read().decode("utf-8", "replace")):
                    return True
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.02)
    return False


def link_check(args, report) -> None:
    """lychee over the built site: offline, with #fragments (the project's link checker)."""
    if not LYCHEE.exists():
        report["lychee"] = {"skipped": "lychee not in .venv"}
        return
    cmd = lychee_command(SITE)
    times, cpu, rc, out = [], [], 0, ""
    for _ in range(args.runs):
        t, rc, out = run(cmd)
        times.append(t)
        cpu.append(LAST_CPU[0])
    total = re.search(r"(\d+)\s+Total", out)
    errors = re.search(r"(\d+)\s+Errors", out)
    report["lychee"] = {
        "seconds": median(times),
        "cpu": median(cpu),
        "samples": times,
        "exit_code": rc,
        "links": int(total.group(1)) if total else None,
        "errors": int(errors.group(1)) if errors else None,
    }


def make_test(report) -> None:
    """`make test` once, warm (venv, node_modules and the site tools already installed)."""
    t, rc, out = run(["make", "test"], timeout=3600)
    tail = [line for line in out.strip().splitlines() if line.strip()][-1:] or [""]
    report["make_test"] = {"seconds": t, "cpu": LAST_CPU[0], "exit_code": rc, "summary": tail[0][-200:]}
