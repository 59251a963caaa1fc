"""The strict build, and what only the built HTML shows."""

from conftest import COUNTS, ROOT, assert_no_problems
from doccheck import use_root
from doccheck.build import problems_from_log
from doccheck.site import check_links, check_rendered_meta, check_self_contained


def test_strict_build_passes(build):
    """mkdocs build --strict: links, anchors, absolute links, nav, snippets, redirects."""
    use_root(ROOT)
    assert_no_problems(problems_from_log(ROOT, build.log, build.returncode), "the strict build")
    html = list(build.site.rglob("*.html"))
    stubs = sum(1 for f in html if "<title>Redirecting...</title>" in f.read_text(encoding="utf-8")[:400])
    COUNTS["HTML pages built"] = len(html) - stubs
    COUNTS["legacy redirect pages built"] = stubs


def test_title_and_description_rendered(site):
    assert_no_problems(check_rendered_meta(ROOT, site))


def test_no_third_party_requests(site):
    """No script, style, font, image or frame is loaded from another host."""
    assert_no_problems(check_self_contained(ROOT, site))


def test_links_and_anchors_in_built_html(site):
    """lychee: raw-HTML links, template links, assets and #fragments."""
    assert_no_problems(check_links(ROOT, site))
