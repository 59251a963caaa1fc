"""After the build: no /id/ page reads as English.

A page's article text (tables included; code blocks, inline code and the hidden search keywords left out)
is counted for English and for Indonesian function words; more English than Indonesian fails, naming the
page. Function words are what makes a sentence English or Indonesian; names, field names and the glossary's
kept terms are neither. Gap it fills: language detectors (langdetect, lingua) guess one language per text
and are thrown by the many English product and field names of a developer page; a ratio of function words
is the measure the issue was filed with, and needs no model.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from ..problems import Problem
from ..reference.pages import edit_sources
from ..site.urls import content_pages, is_redirect_stub
from .i18n import CATALOGS_IN_PROGRESS
from .registry import site_check

ENGLISH = set(
    "the and of to is are with for in on that this you your it or be by from as an at not when if each every "
    "can its which what how was were has have will than then into only".split()
)
INDONESIAN = set(
    "yang dan di ke dari untuk dengan ini itu atau pada tidak anda adalah dalam jika akan sebagai oleh juga saat "
    "setiap bisa dapat sudah belum lalu agar karena tetapi hanya sama setelah sebelum bila masih".split()
)
ARTICLE = re.compile(r'<article class="md-content__inner[^>]*>(.*?)</article>', re.S)
DROP = re.compile(
    r"<pre\b.*?</pre>|<code\b.*?</code>|<script\b.*?</script>|<style\b.*?</style>|<svg\b.*?</svg>"
    r'|<p class="search-keywords".*?</p>',
    re.S,
)


def counts(page_html: str) -> tuple[int, int]:
    """(English, Indonesian) function words in the article text of one built page."""
    match = ARTICLE.search(page_html)
    text = DROP.sub(" ", match[1] if match else "")
    words = re.findall(r"[a-z]+", html.unescape(re.sub(r"<[^>]+>", " ", text)).lower())
    return sum(w in ENGLISH for w in words), sum(w in INDONESIAN for w in words)


def in_progress(root: Path) -> set[str]:
    """Site paths (id/reference/api/x/) of generated pages whose spec catalog is still being translated
    (checks/i18n.py CATALOGS_IN_PROGRESS); tests/test_i18n.py lists them, like stale translations."""
    out = set()
    for page, source in edit_sources(root).items():
        name = Path(source).name
        if f"openapi/i18n/id/{name}" in CATALOGS_IN_PROGRESS:
            out.add("id/" + page.removesuffix(".md").removesuffix("index").rstrip("/") + "/")
    return out


@site_check
def check_indonesian_pages_read_as_indonesian(root: Path, site: Path) -> list[Problem]:
    """Every /id/ page has at least as many Indonesian as English function words in its article."""
    skip = in_progress(root)
    problems = []
    for file in content_pages(site):
        rel = file.relative_to(site).as_posix()
        if not rel.startswith("id/") or rel == "id/404.html":
            continue
        url = rel.removesuffix("index.html")
        text = file.read_text(encoding="utf-8")
        if url in skip or is_redirect_stub(text):
            continue
        english, indonesian = counts(text)
        if english > indonesian:
            problems.append(
                Problem(
                    f"site/{rel}",
                    1,
                    f"/{url} reads as English ({english} English, {indonesian} Indonesian function words)",
                    "translate its text: the page's *.id.md, or the catalog strings it renders "
                    "(openapi/i18n/id/, data/errors.id.yml; `midtrans-docs i18n strings`)",
                )
            )
    return problems
