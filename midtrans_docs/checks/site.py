"""Checks on the built HTML: what only the rendered site shows."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import urlparse

from ..budgets import DOM_ELEMENTS, KB, budget_for
from ..problems import Findings, Problem
from ..reference.corpus import iter_pages
from ..site.dom import count_elements, dom_size_of
from ..site.html import css_refs, is_external, parse
from ..site.lychee import run_lychee
from ..site.pagebytes import first_load
from ..site.urls import content_pages, html_files, page_html, source_of
from ..sources.pages import line_of
from .registry import site_check


@site_check
def check_rendered_meta(root: Path, site: Path) -> list[Problem]:
    """Front matter title and description reach <title> and <meta name=description>."""
    problems = []
    for page in iter_pages(root):
        if page.rel == "404.md" or not isinstance(page.meta.get("description"), str):
            continue
        built = page_html(site, page.rel)
        if not built.exists():
            problems.append(
                Problem(
                    page.path,
                    1,
                    f"page was not built to {built.relative_to(site)}",
                    "check that it is in nav and that the build passes",
                )
            )
            continue
        doc = parse(built)
        title = str(page.meta.get("title", ""))
        if title and (not doc.title or title not in html.unescape(doc.title)):
            problems.append(
                Problem(
                    page.path,
                    2,
                    f"<title> is '{doc.title}', without the front matter title",
                    "keep `title:` in the front matter; do not override the title block in overrides/",
                )
            )
        if (doc.description or "").strip() != page.meta["description"].strip():
            problems.append(
                Problem(
                    page.path,
                    line_of(page.lines, "description:", 2),
                    'the page\'s <meta name="description"> is not its front matter description',
                    "keep `description:` in the front matter",
                )
            )
    return problems


# Tags whose URL the browser loads while reading the page (not links to follow).
LOADED = {
    ("script", "src"),
    ("link", "href"),
    ("img", "src"),
    ("img", "srcset"),
    ("source", "src"),
    ("source", "srcset"),
    ("iframe", "src"),
    ("video", "src"),
    ("audio", "src"),
    ("embed", "src"),
    ("object", "data"),
    ("video", "poster"),
}
LOADED_LINK_RELS = ("stylesheet", "icon", "preload", "modulepreload", "manifest", "preconnect", "dns-prefetch")


@site_check
def check_self_contained(root: Path, site: Path) -> list[Problem]:
    """No script, stylesheet, font, image or frame comes from another host."""
    problems = []
    for file in sorted(site.rglob("*.html")):
        for ref in parse(file).refs:
            if (ref.tag, ref.attr) not in LOADED:
                continue
            if ref.tag == "link" and not any(r in rel for rel in ref.rels for r in LOADED_LINK_RELS):
                continue  # canonical, alternate …: links, not loads
            url = ref.url
            if urlparse(url if "://" in url or url.startswith("//") else "").hostname:
                src = source_of(site, root, file)
                where = (
                    (src, line_of(src.read_text(encoding="utf-8").splitlines(), url))
                    if src.suffix == ".md"
                    else (file, ref.line)
                )
                what = "preconnect" if "preconnect" in ref.rels else ref.attr
                problems.append(
                    Problem(
                        where[0],
                        where[1],
                        f"<{ref.tag} {what}> loads {url} from another host",
                        "serve it from docs/assets/ (vendor it from its npm package) or remove it",
                    )
                )
    for file in sorted(site.rglob("*.css")):
        for number, _kind, url in css_refs(file.read_text(encoding="utf-8", errors="replace")):
            if is_external(url):
                src = root / "docs" / file.relative_to(site)
                problems.append(
                    Problem(
                        src if src.exists() else file,
                        number,
                        "stylesheet loads a file from another host",
                        "serve the font or image from docs/assets/",
                    )
                )
    return problems


@site_check
def check_links(root: Path, site: Path) -> list[Problem]:
    """lychee over the built HTML: pages, assets and #fragments, raw HTML and templates included."""
    proc = run_lychee(site, cwd=root)
    if proc.returncode == 0:
        return []
    try:
        data = json.loads(proc.stdout[proc.stdout.index("{") :])
    except ValueError:
        return [
            Problem(
                "site", 1, "lychee failed: " + (proc.stderr or proc.stdout).strip()[-300:], "read the lychee output"
            )
        ]
    problems = []
    for html_file, failures in sorted((data.get("error_map") or data.get("fail_map") or {}).items()):
        file = Path(html_file)
        src = source_of(site, root, file if file.is_absolute() else root / file)
        lines = src.read_text(encoding="utf-8").splitlines() if src.exists() else []
        for failure in failures:
            url = failure.get("url", "")
            status = failure.get("status", {})
            text = status.get("text") if isinstance(status, dict) else str(status)
            if "#" in url:
                number = line_of(lines, "#" + url.split("#")[-1])
            else:
                number = line_of(lines, Path(urlparse(url).path).name or url)
            problems.append(
                Problem(
                    src,
                    number,
                    f"broken link in the built page: {_short(url, site)} ({text})",
                    "point it at a page or heading that exists (check the anchor spelling)",
                )
            )
    return problems


def _short(url: str, site: Path) -> str:
    prefix = "file://" + str(site.resolve())
    return url.replace(prefix, "") if url.startswith(prefix) else url


@site_check
def check_first_load_budget(root: Path, site: Path) -> list[Problem]:
    """Each page's first load (HTML, CSS, JS, fonts, images; gzip) stays within its budget
    (midtrans_docs/budgets.py)."""
    found = Findings()
    worst = 0
    for page in content_pages(site):
        kind, budget = budget_for(page.read_text(encoding="utf-8"))
        result = first_load(site, page)
        worst = max(worst, result["gzip"])
        if result["gzip"] > budget:
            biggest = sorted(result["requests"], key=lambda r: -(r["gzip"] or 0))[:3]
            found.append(
                Problem(
                    source_of(site, root, page),
                    1,
                    f"first load is {result['gzip'] / KB:.1f} KB gzip, over the {budget // KB} KB budget "
                    f"for a {kind} page (largest: {', '.join(str(r['url']) for r in biggest)})",
                    "split the page, or drop the heavy asset",
                )
            )
    # Third-party and missing files are check_self_contained's and check_links' concern.
    found.counts["largest first load (KB gzip)"] = round(worst / KB)
    return found


@site_check
def check_dom_size(root: Path, site: Path) -> list[Problem]:
    """Each page's document has at most DOM_ELEMENTS elements at load (midtrans_docs/budgets.py); a page over it is
    named with its largest blocks (the browser styles and lays out every element, Material walks them)."""
    found = Findings()
    worst = 0
    for page in content_pages(site):
        text = page.read_text(encoding="utf-8", errors="replace")
        elements = count_elements(text)
        worst = max(worst, elements)
        if elements <= DOM_ELEMENTS:
            continue
        rel = page.relative_to(site).as_posix()
        size = dom_size_of(text, top=4)
        largest = ", ".join(f"{b} (line {b.line})" for b in size.blocks)
        found.append(
            Problem(
                source_of(site, root, page),
                1,
                f"{rel}: {elements:,} elements > {DOM_ELEMENTS:,}; largest: {largest}",
                "split the page, fold long samples into `??? example` blocks, or move a long sample to the guide "
                "that needs it (code blocks over midtrans_docs/site/lighter.py CODE_SPANS tokens are already "
                "highlighted on demand)",
            )
        )
    found.counts["largest page DOM (elements)"] = worst
    return found


@site_check
def check_no_mermaid_script(root: Path, site: Path) -> list[Problem]:
    """Diagrams are inline SVG: no page loads the 3.5 MB Mermaid library, from here or a CDN."""
    problems = [
        Problem(
            source_of(site, root, page),
            1,
            f"the page loads {ref.url}",
            "draw diagrams as ```mermaid fences; midtrans_docs/hooks/diagrams.py inlines them as SVG",
        )
        for page in content_pages(site)
        for ref in parse(page).refs
        if ref.tag == "script" and ref.attr == "src" and "mermaid" in ref.url.lower()
    ]
    problems += [
        Problem(script, 1, "a Mermaid script is in the site", "remove it from extra_javascript")
        for script in site.rglob("mermaid*.js")
    ]
    return problems


@site_check
def check_year_long_caching(root: Path, site: Path) -> list[Problem]:
    """_headers lets hosts cache some assets for a year; each of those files must carry a hash or version
    in its name, or readers would keep a stale copy after a deploy."""
    headers = (site / "_headers").read_text(encoding="utf-8")
    rules = re.findall(r"^(/\S+)\n\s+Cache-Control: [^\n]*immutable", headers, flags=re.M)
    hook = "midtrans_docs/hooks/headers.py"
    if not rules:
        return [Problem(hook, 1, "no immutable caching rule in _headers", "cache Material's hashed assets")]
    problems = []
    for rule in rules:
        pattern = re.compile(re.escape(rule.lstrip("/")).replace(r"\*", ".*") + "$")
        matched = [p for p in site.rglob("*") if p.is_file() and pattern.match(p.relative_to(site).as_posix())]
        if not matched:
            problems.append(
                Problem(hook, 1, f"the caching rule {rule} matches no file", "remove the rule or fix its path")
            )
        problems += [
            Problem(
                hook,
                1,
                f"{path.relative_to(site)} is cached for a year but its name has no hash or version",
                "narrow the rule to hashed names",
            )
            for path in matched
            if not re.search(r"[.-]([0-9a-f]{8,}|\d+\.\d+\.\d+)\.", path.name)
        ]
    return problems


def built_counts(site: Path) -> dict[str, int]:
    pages, stubs = html_files(site)
    return {"HTML pages built": len(pages), "legacy redirect pages built": len(stubs)}
