"""5. Successor check: zensical on the same mkdocs.yml (MkDocs remains the build of record)."""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path
from typing import Any

from .. import ROOT
from ..site.pagebytes import first_load
from ..site.urls import html_files
from ..sources.config import load_config, plugin_names
from ..sources.project import copy_project
from .common import BASE_ENV, LAST_CPU, OUT, SITE, median, run

ZENSICAL_VERSION = "0.0.73"
ZVENV = OUT / "zensical-venv"
THIRD_PARTY = re.compile(
    r"""https?://(?:[a-z0-9-]+\.)*(?:unpkg\.com|jsdelivr\.net|googleapis\.com|gstatic\.com)[^\s"'`)<>\\]*"""
)


def zensical_install(report) -> Path | None:
    exe = ZVENV / "bin" / "zensical"
    py = ZVENV / "bin" / "python"
    if exe.exists():
        _, rc, out = run([py, "-c", "import importlib.metadata as m; print(m.version('zensical'))"])
        if rc == 0 and out.strip() == ZENSICAL_VERSION:
            report["install_seconds"] = 0.0
            return exe
        shutil.rmtree(ZVENV, ignore_errors=True)
    t0 = time.perf_counter()
    _, rc, out = run(["python3", "-m", "venv", ZVENV])
    if rc == 0:
        _, rc, out = run(
            [py, "-m", "pip", "install", "-q", "--disable-pip-version-check", f"zensical=={ZENSICAL_VERSION}"],
            timeout=900,
        )
    report["install_seconds"] = time.perf_counter() - t0
    if rc or not exe.exists():
        report["error"] = f"install failed: {out.strip()[-300:]}"
        return None
    return exe


def third_party(site: Path) -> dict[str, Any]:
    """Third-party URLs (unpkg, jsdelivr, Google Fonts) anywhere in the HTML, JS and CSS output."""
    urls: dict[str, int] = {}
    files = 0
    for p in site.rglob("*"):
        if p.suffix not in (".html", ".js", ".css") or not p.is_file():
            continue
        found = set(THIRD_PARTY.findall(p.read_text(encoding="utf-8", errors="replace")))
        if found:
            files += 1
            for u in found:
                urls[u] = urls.get(u, 0) + 1
    return {"files": files, "urls": dict(sorted(urls.items()))}


def zensical(args: Any, report: dict[str, Any], notes: list[str]) -> None:
    z: dict[str, Any] = {}
    report["zensical"] = z
    exe = zensical_install(z)
    if exe is None:
        notes.append("zensical: " + z.get("error", "install failed"))
        return
    _, _, ver = run([exe, "--version"])
    z["version"] = ver.strip().splitlines()[-1] if ver.strip() else ZENSICAL_VERSION
    # zensical has no --site-dir and insists that docs_dir and site_dir sit under the config's folder,
    # so it builds a snapshot copy of the project (same mkdocs.yml, default site_dir "site").
    proj = OUT / "zensical-project"
    shutil.rmtree(proj, ignore_errors=True)
    copy_project(ROOT, proj, leave_out=["tests"])
    env = {**BASE_ENV, "MKDOCS_STRICT": "false", "NO_COLOR": "1"}
    clean, clean_cpu, rc, out = [], [], 0, ""
    for _ in range(args.runs):  # `-c` clears zensical's cache: comparable with a cold mkdocs build
        t, rc, out = run([exe, "build", "-f", "mkdocs.yml", "-c"], cwd=proj, env=env)
        clean.append(t)
        clean_cpu.append(LAST_CPU[0])
    t_cached, _, _ = run([exe, "build", "-f", "mkdocs.yml"], cwd=proj, env=env)
    z["clean_seconds"] = median(clean)
    z["clean_cpu"] = median(clean_cpu)
    z["clean_samples"] = clean
    z["cached_seconds"] = t_cached
    z["exit_code"] = rc
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    z["output_warnings"] = len(re.findall(r"(?im)^\s*(warning|error)\b", plain))
    z["output_tail"] = plain.strip().splitlines()[-3:]
    mk_cold = report["writer"]["cold_build"]["seconds"]
    z["ratio_vs_mkdocs_cold"] = (z["clean_seconds"] / mk_cold) if mk_cold else None
    mk_cpu = report["writer"]["cold_build"].get("cpu")
    z["cpu_ratio_vs_mkdocs_cold"] = (z["clean_cpu"] / mk_cpu) if mk_cpu else None
    zsite = proj / "site"
    if rc or not zsite.is_dir():
        notes.append(f"zensical build exited {rc}: {z['output_tail']}")
        return

    z.update(differences(zsite))


def _relative_set(site: Path, paths: list[Path]) -> set[str]:
    return {p.relative_to(site).as_posix() for p in paths}


def _other_files(site: Path) -> set[str]:
    """Non-HTML outputs (llms.txt, sitemap, _headers from a hook, Markdown twins …). Hashed theme assets
    (assets/javascripts, assets/stylesheets) differ by design between the two themes and are left out."""
    return {
        p.relative_to(site).as_posix()
        for p in site.rglob("*")
        if p.is_file()
        and p.suffix != ".html"
        and not p.relative_to(site).as_posix().startswith(("assets/javascripts/", "assets/stylesheets/"))
    }


def differences(zsite: Path) -> dict[str, Any]:
    """Every difference in output that matters to readers and to the project's tooling."""
    z: dict[str, Any] = {}
    (mk_built, mk_stub_files), (z_built, z_stub_files) = html_files(SITE), html_files(zsite)
    mk_pages, mk_stubs = _relative_set(SITE, mk_built), _relative_set(SITE, mk_stub_files)
    z_pages, z_stubs = _relative_set(zsite, z_built), _relative_set(zsite, z_stub_files)
    z["pages"] = {
        "mkdocs": len(mk_pages),
        "zensical": len(z_pages),
        "missing_in_zensical": sorted(mk_pages - z_pages),
        "extra_in_zensical": sorted(z_pages - mk_pages),
    }
    z["redirects"] = {
        "mkdocs_stubs": len(mk_stubs),
        "zensical_stubs": len(z_stubs),
        "missing_in_zensical": len(mk_stubs - z_stubs),
        "generated": bool(z_stubs),
    }
    mk_o, z_o = _other_files(SITE), _other_files(zsite)
    z["other_files"] = {"missing_in_zensical": sorted(mk_o - z_o), "extra_in_zensical": sorted(z_o - mk_o)}
    z["search_index"] = {
        "mkdocs": sorted(p.relative_to(SITE).as_posix() for p in SITE.rglob("search*.json")),
        "zensical": sorted(p.relative_to(zsite).as_posix() for p in zsite.rglob("search*.json")),
    }
    z.update(_plugins_and_hooks())
    z["third_party"] = {"zensical": third_party(zsite), "mkdocs": third_party(SITE)}
    home = zsite / "index.html"
    z["home_first_load"] = (
        (
            {k: v for k, v in first_load(zsite, home).items() if k in ("raw", "gzip", "external")}
            | {"requests": len(first_load(zsite, home)["requests"])}
        )
        if home.exists()
        else None
    )
    return z


def _plugins_and_hooks() -> dict[str, Any]:
    """Which of the project's plugins zensical drops without a word, and whether it reads hooks."""
    z: dict[str, Any] = {}
    supported_out = run(
        [
            ZVENV / "bin" / "python",
            "-c",
            "import json; from zensical.config import _PLUGIN_UNSUPPORTED_OPTIONS as p; print(json.dumps(sorted(p)))",
        ]
    )[2]
    try:
        supported = json.loads(supported_out.strip().splitlines()[-1])
    except (ValueError, IndexError):
        supported = []
    cfg = load_config(ROOT)
    names = plugin_names(cfg)
    z["plugins"] = {
        "project": names,
        "dropped_silently": [n for n in names if n.removeprefix("material/") not in supported],
        "zensical_supports": supported,
    }
    zsrc = "".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in (ZVENV / "lib").glob("python3*/site-packages/zensical/**/*.py")
    )
    z["hooks"] = {"project": cfg.get("hooks") or [], "read_by_zensical": '"hooks"' in zsrc or "'hooks'" in zsrc}
    return z
