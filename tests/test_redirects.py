"""Every legacy Midtrans docs URL in redirects.tsv still leads to a page."""

from __future__ import annotations

from conftest import COUNTS, ROOT, assert_no_problems
from midtrans_docs.problems import Problem
from midtrans_docs.site import urls
from midtrans_docs.site.urls import is_redirect_stub
from midtrans_docs.sources.config import load_config, nav_entries
from midtrans_docs.sources.redirects import MAP_FILE, load_map

TSV = ROOT / MAP_FILE


def built_file(site, old: str):
    rel = old.strip("/")
    if not rel:
        return site / "index.html"
    if rel.endswith(".html"):
        return site / rel
    return site / rel / "index.html"


def test_every_target_is_a_page_in_nav():
    """A renamed or removed page cannot orphan a legacy URL."""
    nav = set(nav_entries(load_config(ROOT)["nav"]))
    problems, seen = [], {}
    for line, old, target in load_map(TSV):
        page = target.split("#")[0]
        # A row that lands on a translation (x.id.md, the Indonesian edition) names the English page's twin.
        if page.removesuffix(".id.md") + ".md" in nav if page.endswith(".id.md") else False:
            seen[old] = line
            continue
        if page not in nav:
            problems.append(
                Problem(
                    TSV,
                    line,
                    f"legacy path {old} points to '{target}', which is not a page in nav",
                    "point it at the page that now covers the topic (path relative to docs/)",
                )
            )
        if old in seen:
            problems.append(
                Problem(
                    TSV,
                    line,
                    f"legacy path {old} is listed twice (first on line {seen[old]})",
                    "keep one row per legacy path",
                )
            )
        seen[old] = line
    rows = load_map(TSV)
    overview = sum(1 for _, _, t in rows if t.split("#")[0].endswith("index.md"))
    COUNTS["legacy URLs mapped"] = len(rows)
    COUNTS["legacy URLs → topic page"] = len(rows) - overview
    COUNTS["legacy URLs → area overview"] = overview
    assert_no_problems(problems)


def test_every_legacy_path_exists_in_the_built_site(site):
    problems = []
    for line, old, target in load_map(TSV):
        if "*" in old:
            continue  # handled by the 404 page script, tested below
        if old.strip("/") + "/" == urls.page_url(target.split("#")[0]):
            continue  # the legacy address is now the address of the page itself (/id/core-api/bank-transfer)
        file = built_file(site, old)
        if not file.exists():
            problems.append(
                Problem(
                    TSV,
                    line,
                    f"legacy path {old} is not in the built site",
                    "check the row's spelling; the build writes a redirect page for each row",
                )
            )
            continue
        text = file.read_text(encoding="utf-8")
        if old.strip("/") and not is_redirect_stub(text):
            problems.append(
                Problem(
                    TSV,
                    line,
                    f"{old} is a real page, not a redirect",
                    "remove the row, or rename the page that took the legacy path",
                )
            )
    assert_no_problems(problems)


def test_wildcard_indonesian_paths_fall_back_to_english(site):
    """The old /id/* → /en/:splat rule: the 404 page sends /id/<x> to /en/<x> when that exists."""
    assert any("*" in old for _, old, _ in load_map(TSV))
    html = (site / "404.html").read_text(encoding="utf-8")
    assert "legacy-id.js" in html
    assert (site / "assets/javascripts/legacy-id.js").exists()
    for area in ("Snap", "Core API", "Reference"):
        assert area in html, f"the 404 page should link to {area}"
