"""What search engines, AI agents and hosts read: sitemap, canonical and Open Graph
tags, llms.txt, Markdown twins, robots.txt, _headers, edit links."""

from __future__ import annotations

import re

from conftest import ROOT, assert_no_problems
from midtrans_docs.problems import Problem
from midtrans_docs.reference.pages import edit_sources
from midtrans_docs.site import urls
from midtrans_docs.site.urls import page_html
from midtrans_docs.sources.config import load_config, nav_entries

CONFIG = load_config(ROOT)
SITE_URL = CONFIG["site_url"]
PAGES = nav_entries(CONFIG["nav"])
GENERATED = edit_sources(ROOT)


def page_url(rel: str) -> str:
    return SITE_URL + urls.page_url(rel)


def edit_link(rel: str) -> str:
    """The page's source in the repository; a generated page links to the file it is generated from."""
    generated = GENERATED.get(rel)
    if generated is None:
        return f"{CONFIG['repo_url']}/{CONFIG['edit_uri']}{rel}"
    return f"{CONFIG['repo_url']}/{CONFIG['edit_uri'].removesuffix('docs/')}{generated}"


def test_every_page_has_canonical_open_graph_and_edit_link(site):
    problems = []
    for rel in PAGES:
        html = page_html(site, rel).read_text(encoding="utf-8")
        src = ROOT / "docs" / rel
        wants = {
            f'<link rel="canonical" href="{page_url(rel)}">': "canonical link",
            '<meta property="og:title"': "Open Graph title",
            '<meta property="og:description"': "Open Graph description",
            '<meta name="description"': "meta description",
            f'href="{edit_link(rel)}"': "edit-this-page link",
            'class="md-feedback"': "feedback widget",
        }
        for needle, what in wants.items():
            if needle not in html:
                problems.append(
                    Problem(
                        src,
                        1,
                        f"built page has no {what}",
                        "keep the front matter and do not override base.html blocks that render it",
                    )
                )
    assert_no_problems(problems)


def test_sitemap_and_robots(site):
    sitemap = (site / "sitemap.xml").read_text()
    missing = [rel for rel in PAGES if f"<loc>{page_url(rel)}</loc>" not in sitemap]
    assert not missing, f"sitemap.xml lacks {missing}"
    robots = (site / "robots.txt").read_text()
    assert f"Sitemap: {SITE_URL}sitemap.xml" in robots, (
        f"docs/robots.txt:4: Sitemap line does not match site_url → write 'Sitemap: {SITE_URL}sitemap.xml'"
    )


def test_llms_txt_and_markdown_twins(site):
    llms = (site / "llms.txt").read_text()
    full = (site / "llms-full.txt").read_text()
    problems = []
    for rel in PAGES:
        twin = site / rel
        text = twin.read_text() if twin.exists() else ""
        if not text.strip():
            problems.append(
                Problem(
                    ROOT / "docs" / rel,
                    1,
                    "no Markdown twin at the page's source path",
                    "keep the page in the nav of mkdocs.yml (mkdocs-llms-source follows it)",
                )
            )
        if "--8<--" in text:
            problems.append(
                Problem(
                    ROOT / "docs" / rel,
                    1,
                    "the Markdown twin still has a --8<-- include",
                    "keep midtrans_docs/hooks/snippets.py in the hooks of mkdocs.yml",
                )
            )
        if f"]({SITE_URL}{rel})" not in llms:
            problems.append(
                Problem(ROOT / "docs" / rel, 1, "page is not listed in llms.txt", "add it to the nav of mkdocs.yml")
            )
    nav_lines = (ROOT / "mkdocs.yml").read_text().splitlines()
    for rel in re.findall(rf"^- \[Index\]\({re.escape(SITE_URL)}(.+?)\)", llms, flags=re.M):
        line = next((n for n, text in enumerate(nav_lines, 1) if text.strip().endswith(f"- {rel}")), 1)
        problems.append(
            Problem(
                ROOT / "mkdocs.yml",
                line,
                f"{rel} is listed in llms.txt as 'Index'",
                f"give it its front matter title in the nav (- Title: {rel})",
            )
        )
    assert len(full) > 100_000 and "SB-Mid-server-YOUR_SERVER_KEY" in full, "llms-full.txt lacks the samples"
    assert_no_problems(problems)


def test_security_headers_file(site):
    text = (site / "_headers").read_text()
    for header in (
        "Content-Security-Policy:",
        "Strict-Transport-Security:",
        "X-Content-Type-Options: nosniff",
        "Referrer-Policy:",
        "Permissions-Policy:",
    ):
        assert header in text, f"midtrans_docs/hooks/headers.py:1: _headers lacks {header} → add it to the /* block"
    csp = re.search(r"Content-Security-Policy: (.*)", text).group(1)
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0], (
        "script-src must not allow 'unsafe-inline'"
    )
    assert re.search(r"/assets/javascripts/bundle\.\*\n\s+Cache-Control: public, max-age=31536000, immutable", text)
