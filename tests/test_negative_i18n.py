"""The Indonesian string catalogs, the Indonesian spell check and the English-page check can fail: a writer's
mistake injected into a copy of the project names the file, the line and the fix (as tests/test_negative.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from midtrans_docs.checks.i18n import check_string_translations
from midtrans_docs.checks.language import check_indonesian_pages_read_as_indonesian
from midtrans_docs.checks.spelling import check_indonesian_spelling
from midtrans_docs.problems import report
from midtrans_docs.sources import catalog
from test_negative import expect

pytestmark = pytest.mark.slow


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_stale_missing_and_orphaned_string_translations(project: Path) -> None:
    errors = project / "data/errors.yml"
    # Stale: the English meaning of core-api 402 changes; its Indonesian text does not.
    _replace(errors, "No access to this payment type", "No access to this payment method")
    # Missing: a new English string with no catalog entry.
    _replace(errors, "  title: Snap\n", "  title: Snap\n  after:\n    - markdown: A brand new note for readers.\n")
    # Orphaned: a catalog entry whose English string is gone.
    path = project / catalog.ERRORS_CATALOG
    path.write_text(
        path.read_text(encoding="utf-8")
        + "/core-api/groups/9/title:\n  source: 00000000\n  en: Gone\n  text: Hilang\n",
        encoding="utf-8",
    )
    entries = catalog.read_catalog(path)
    problems = check_string_translations(project)
    line = entries["/core-api/groups/1/codes/2/meaning"].line
    expect(problems, "data/errors.id.yml", line, "the English text changed since it was translated")
    assert "'No access to this payment method'" in report(problems)  # the English text to translate
    expect(problems, "data/errors.yml", None, "/snap/after/0/markdown has no Indonesian text in data/errors.id.yml")
    expect(problems, "data/errors.id.yml", entries["/core-api/groups/9/title"].line, "no longer has")


def test_untranslated_string_in_a_finished_catalog(project: Path) -> None:
    path = project / catalog.ERRORS_CATALOG
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["/card/groups/0/codes/0/meaning"]["text"] = ""
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    line = catalog.read_catalog(path)["/card/groups/0/codes/0/meaning"].line
    expect(check_string_translations(project), "data/errors.id.yml", line, "is not translated")


@pytest.mark.skipif(shutil.which("hunspell") is None, reason="hunspell is not installed (make system-deps)")
def test_indonesian_misspelling(project: Path) -> None:
    page = project / "docs/index.id.md"
    lines = page.read_text(encoding="utf-8").rstrip("\n").split("\n")
    page.write_text("\n".join(lines) + "\n\nPembayaran Anda sudah diterimma oleh bank.\n", encoding="utf-8")
    problems = check_indonesian_spelling(project)
    expect(problems, "docs/index.id.md", len(lines) + 2, "diterimma → ")
    # A catalog string is checked too, on its entry's line.
    path = project / catalog.ERRORS_CATALOG
    _replace(
        path, "text: Tidak punya akses ke metode pembayaran ini", "text: Tidak punya aksess ke metode pembayaran ini"
    )
    line = catalog.read_catalog(path)["/core-api/groups/1/codes/2/meaning"].line
    expect(check_indonesian_spelling(project), "data/errors.id.yml", line, "aksess → ")


def test_indonesian_page_that_reads_as_english(tmp_path: Path) -> None:
    site = tmp_path / "site"
    english = "<p>" + "Send the request to the server and read the response of the API. " * 5 + "</p>"
    indonesian = "<p>" + "Kirim request ke server dan baca response dari API yang Anda panggil. " * 5 + "</p>"
    for rel, body in (("id/core-api/x/index.html", english), ("id/core-api/y/index.html", indonesian)):
        (site / rel).parent.mkdir(parents=True)
        (site / rel).write_text(
            f'<html lang="id"><body><article class="md-content__inner md-typeset">{body}'
            "<pre><code>the the the the the the the the</code></pre></article></body></html>",
            encoding="utf-8",
        )
    problems = check_indonesian_pages_read_as_indonesian(ROOT, site)
    expect(problems, "site/id/core-api/x/index.html", 1, "/id/core-api/x/ reads as English")
    assert "core-api/y" not in report(problems)
