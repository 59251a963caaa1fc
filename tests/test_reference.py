"""The API reference and error-codes pages generated from openapi/ and data/errors.yml: complete,
deterministic (the same sources give byte-identical Markdown and HTML), and the spec published with the site."""

from __future__ import annotations

import re

from conftest import BUILD_DIR, ROOT
from midtrans_docs.reference import spec as spec_module
from midtrans_docs.reference.errors import codes, load_errors
from midtrans_docs.reference.markdown import kebab
from midtrans_docs.reference.pages import generate, spec_files
from midtrans_docs.site.build import run_build
from midtrans_docs.site.urls import page_html
from midtrans_docs.sources.facts import render_facts


def _fresh_generation() -> dict[str, str]:
    spec_module._cached.cache_clear()  # re-read every file, as a new build does
    return generate(ROOT)


def test_two_generations_are_byte_identical():
    first, second = _fresh_generation(), _fresh_generation()
    assert list(first) == list(second)
    assert first == second


def test_every_operation_and_webhook_has_its_section():
    pages = generate(ROOT)
    text = "\n".join(pages.values())
    ops = spec_module.load_spec(ROOT).operations()
    missing = [op.operation_id for op in ops if f"{{ #{kebab(op.operation_id)} }}" not in text]
    assert not missing, f"operations without a reference section: {missing}"
    assert len(ops) >= 50


def test_error_codes_page_keeps_every_anchor(site):
    html = page_html(site, "reference/error-codes.md").read_text(encoding="utf-8")
    ids = set(re.findall(r'id="([^"]+)"', html))
    lost = sorted(set(codes(load_errors(ROOT))) - ids)
    assert not lost, f"error codes without their anchor on the page: {lost}"


def test_built_reference_pages_are_identical_across_builds(site):
    """A second build gives the same HTML for every generated page. It leaves out the two steps that write
    files beside the pages, not the pages themselves (the Pagefind index, llms.txt): about 5 s less."""
    again = BUILD_DIR / "site-again"
    code, log = run_build(ROOT, again, env={"DOCS_SEARCH_INDEX": "false", "DOCS_LLMS_TXT": "false"})
    assert code == 0, log[-2000:]
    different = [
        rel for rel in sorted(generate(ROOT)) if page_html(site, rel).read_bytes() != page_html(again, rel).read_bytes()
    ]
    assert not different, f"pages that differ between two builds: {different}"


def test_spec_is_published_and_linked(site):
    llms = (site / "llms.txt").read_text(encoding="utf-8")
    for path in spec_files(ROOT):
        # Published as written, with the facts its descriptions name filled in.
        published = (site / path).read_text(encoding="utf-8")
        assert published == render_facts((ROOT / path).read_text(encoding="utf-8"), ROOT), path
        assert "{{" not in published, f"{path}: a fact name is left unrendered"
        assert path in llms, f"llms.txt does not link {path}"
    index = page_html(site, "reference/api/index.md").read_text(encoding="utf-8")
    assert all(f'href="../../{path}"' in index for path in spec_files(ROOT))
