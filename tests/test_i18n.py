"""The Indonesian edition: every page at /id/, its switcher and alternates, shared code, legacy URLs, stale
translations listed (a warning, never a failure), and each translation check failing on a writer's mistake."""

from __future__ import annotations

import posixpath
import re
import warnings
from pathlib import Path
from types import SimpleNamespace

import pytest
from playwright.sync_api import Page, expect

from conftest import COUNTS, ROOT, copy_project
from midtrans_docs import i18n
from midtrans_docs.checks.i18n import (
    check_glossary,
    check_translation_source,
    check_translation_structure,
    check_translations_exist,
)
from midtrans_docs.hooks import i18n as hook
from midtrans_docs.problems import report
from midtrans_docs.site.server import serve
from midtrans_docs.sources.redirects import MAP_FILE, load_map

ENGLISH = i18n.english_pages(ROOT)


def address(rel: str) -> str:
    """docs/-relative page → its address below the site root ("snap/", "" for the home page)."""
    rel = rel[: -len(".md")]
    return "" if rel == "index" else (rel.removesuffix("/index") + "/").removeprefix("/")


def test_stale_translations_are_listed_not_failed() -> None:
    """`make test` names every translation behind its English page; an English fix is never blocked."""
    stale = i18n.stale_translations(ROOT)
    COUNTS["translations (Indonesian pages)"] = len(i18n.translations(ROOT))
    COUNTS["translations behind their English page"] = len(stale)
    for path in stale:
        rel = path.relative_to(ROOT).as_posix()
        warnings.warn(
            f"{rel}: its English page changed since it was translated → update it, then "
            f"`.venv/bin/midtrans-docs i18n stamp {rel}`",
            stacklevel=1,
        )


def test_every_page_has_its_indonesian_page(site: Path) -> None:
    missing, wrong = [], []
    for english in ENGLISH:
        rel = english.relative_to(ROOT / "docs").as_posix()
        built = site / "id" / address(rel) / "index.html"
        if not built.is_file():
            missing.append(rel)
            continue
        text = built.read_text(encoding="utf-8")
        switch = re.search(r'<a href="([^"]+)" hreflang="en" lang="en" class="md-select__link"', text)
        target = posixpath.normpath(posixpath.join("/id/" + address(rel), switch[1])) if switch else ""
        if '<html lang="id"' not in text or target.rstrip("/") != ("/" + address(rel)).rstrip("/"):
            wrong.append(rel)
    assert not missing and not wrong, f"no /id/ page: {missing}; no lang=id or switcher to English: {wrong}"
    # hreflang alternates: in the sitemaps (search engines read them there as from <head> tags).
    for sitemap in (site / "sitemap.xml", site / "id/sitemap.xml"):
        xml = sitemap.read_text(encoding="utf-8")
        for rel in ("snap/index.md", "core-api/bank-transfer.md"):
            for url in (address(rel), "id/" + address(rel)):
                assert f'href="https://midtrans-docs.github.io/{url}"' in xml, (sitemap, url)
    COUNTS["Indonesian pages built"] = len(ENGLISH)


def test_generated_reference_is_in_indonesian(site: Path) -> None:
    """The reference's /id/ pages render the string catalogs and the label table (reference/localize.py)."""
    text = (site / "id/reference/api/charge/index.html").read_text(encoding="utf-8")
    assert '<html lang="id"' in text and '<div lang="en">' not in text
    assert ">Wajib<" in text and ">Respons<" in text  # table header and section heading in Indonesian
    assert 'id="charge-transaction"' in text  # same anchors as English: guides link into it
    assert "data-pagefind-body" in text  # in the Indonesian search index
    errors = (site / "id/reference/error-codes/index.html").read_text(encoding="utf-8")
    assert 'id="core-api-407"' in errors and "data-pagefind-body" in errors


def test_code_is_shared_with_the_english_page(site: Path) -> None:
    """A translation's code blocks are the English page's blocks (hooks/i18n.py), byte for byte."""

    def blocks(path: Path) -> list[str]:
        return re.findall(r"<pre[^>]*>(.*?)</pre>", path.read_text(encoding="utf-8"), re.S)

    for rel in ("core-api/bank-transfer/", "after-payment/http-notification/", "reference/rest-api-basics/"):
        en, tr = blocks(site / rel / "index.html"), blocks(site / "id" / rel / "index.html")
        assert en and en == tr, rel


def test_each_edition_has_its_404_and_sitemap(site: Path) -> None:
    assert '<html lang="en"' in (site / "404.html").read_text(encoding="utf-8")
    assert "Halaman tidak ditemukan" in (site / "id/404.html").read_text(encoding="utf-8")
    sitemap = (site / "id/sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert len(locs) >= len(ENGLISH) and all("/id/" in loc for loc in locs)
    assert sitemap.rstrip().endswith("</urlset>")


def test_legacy_indonesian_urls_land_on_indonesian_pages(site: Path) -> None:
    """Every /id/… legacy path and Indonesian FAQ slug in redirects.tsv reaches a page under /id/."""
    wrong, count = [], 0
    for line, old, target in load_map(ROOT / MAP_FILE):
        if "*" in old or not target.partition("#")[0].endswith(i18n.SUFFIX):
            continue
        count += 1
        rel = old.strip("/")
        url = "/" + rel if rel.endswith(".html") else "/" + rel + "/index.html"
        built = site / url.lstrip("/")
        text = built.read_text(encoding="utf-8") if built.is_file() else ""
        refresh = re.search(r'<meta http-equiv="refresh" content="0; url=([^"#]+)', text)
        if refresh:  # a redirect stub: where does it send the reader?
            landed = posixpath.normpath(posixpath.join(posixpath.dirname(url), refresh[1])) + "/"
            ok = landed.startswith("/id/") and '<html lang="id"' in (
                site / landed.lstrip("/") / "index.html"
            ).read_text(encoding="utf-8")
        else:  # the legacy address is now the Indonesian page itself
            landed, ok = url, '<html lang="id"' in text
        if not ok:
            wrong.append(f"{MAP_FILE}:{line}: {old} lands on {landed if text else 'nothing'}")
    assert not wrong, "\n".join(wrong)
    COUNTS["legacy URLs → Indonesian page"] = count


def test_stale_translation_shows_a_notice(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    translation = project / "docs/security/index.id.md"
    english = project / "docs/security/index.md"
    page = SimpleNamespace(file=SimpleNamespace(abs_src_path=str(translation)), url="id/security/")
    assert "translation-stale" not in hook.on_page_content("<p>x</p>", page, _Config(), None)
    english.write_text(english.read_text(encoding="utf-8") + "\nOne more English sentence.\n", encoding="utf-8")
    out = hook.on_page_content("<p>x</p>", page, _Config(), None)
    assert "translation-stale" in out and 'href="../../security/"' in out
    assert [p.name for p in i18n.stale_translations(project)] == ["index.id.md"]


class _Config(dict):
    """Just enough of MkDocs' config for the hook: the i18n plugin building Indonesian."""

    def __init__(self) -> None:
        super().__init__()
        self.plugins = {"i18n": SimpleNamespace(current_language="id", build_languages=["en", "id"])}


# ----------------------------------------------------------------- the checks fail on a writer's mistake


def _expect(problems, rel: str, line: int | None, fragment: str) -> None:
    text = report(problems)
    pattern = re.escape(rel) + ":" + (str(line) if line else r"\d+") + ": [^\n]*" + re.escape(fragment)
    assert re.search(pattern, text), f"expected `{rel}:{line}: …{fragment}…`, got:\n{text or '(no problems)'}"
    assert "→" in text


def _line(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_translation_checks_fail(project: Path) -> None:
    rel = "docs/core-api/installment.id.md"
    path = project / rel
    text = path.read_text(encoding="utf-8")
    heading = next(ln for ln in text.splitlines() if ln.startswith("## "))
    table_row = next(ln for ln in text.splitlines() if ln.startswith("| ") and "---" not in ln)
    include = next(ln for ln in text.splitlines() if "--8<--" in ln)
    text = text.replace(heading, heading.replace("{ #", "{ #x-"), 1)
    text = text.replace(table_row + "\n", "", 1)
    text = text.replace(include, include.replace(".sh", ".bash"), 1)
    text = text.replace("Anda", "Anda `installment_period`", 1)
    text = re.sub(r"^translation_of: .*\n", "", text, flags=re.M)
    text += "\nTransaksi ini sudah kadaluarsa.\n"
    path.write_text(text, encoding="utf-8")
    structure = check_translation_structure(project)
    _expect(structure, rel, _line(path, "{ #x-"), "heading 1 is")
    _expect(structure, rel, None, "table")
    _expect(structure, rel, None, "sample include")
    _expect(structure, rel, _line(path, "`installment_period`"), "`installment_period` is not in the English page")
    _expect(check_translation_source(project), rel, 1, "no `translation_of:`")
    _expect(check_glossary(project), rel, _line(path, "kadaluarsa"), "'kadaluarsa' is not the glossary's word")
    (project / "docs/security/pci-dss.id.md").unlink()
    (project / "docs/security/orphan.id.md").write_text("---\ntitle: Yatim\n---\n\n# Yatim\n", encoding="utf-8")
    exist = check_translations_exist(project)
    _expect(exist, "docs/security/pci-dss.md", 1, "no Indonesian translation")
    _expect(exist, "docs/security/orphan.id.md", 1, "has no English page")


# ----------------------------------------------------------------- in the browser


@pytest.fixture(scope="module")
def site_url(site: Path):
    with serve(site, with_headers=True, compress=True) as url:
        yield url


def test_switcher_keeps_the_page_and_section(page: Page, site_url: str) -> None:
    """From an English section to the same section in Indonesian and back."""
    page.goto(site_url + "/core-api/bank-transfer/#supported-banks")
    page.locator(".md-header__option .md-select").hover()
    page.locator("a.md-select__link[hreflang='id']").click()
    expect(page).to_have_url(re.compile(r"/id/core-api/bank-transfer/#supported-banks$"))
    expect(page.locator("html")).to_have_attribute("lang", "id")
    page.locator(".md-header__option .md-select").hover()
    page.locator("a.md-select__link[hreflang='en']").click()
    expect(page).to_have_url(re.compile(r"[^d]/core-api/bank-transfer/#supported-banks$"))


def test_facts_read_in_indonesian_and_an_untranslatable_word_fails() -> None:
    """`{{ notification_retry.intervals }}` on an Indonesian page; a fact word the glossary lacks stops the build."""
    from midtrans_docs.i18n import translate_words

    units = i18n.load_glossary(ROOT)["units"]
    assert translate_words("about 2 minutes, 1.5 hours and 3 days", units, "x") == "sekitar 2 menit, 1,5 jam dan 3 hari"
    with pytest.raises(ValueError, match=r"data/facts.yml: lifetime.x: .*fortnights.* → add them under `units:`"):
        translate_words("3 fortnights", units, "lifetime.x")
