"""The strict build, and every check of the built site (registered with @site_check)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from conftest import COUNTS, ROOT, Build, assert_no_problems, copy_project
from midtrans_docs.checks import SITE_CHECKS
from midtrans_docs.checks.build_log import problems_from_log
from midtrans_docs.checks.site import built_counts, check_dom_size
from midtrans_docs.problems import report, use_root
from midtrans_docs.site.build import MKDOCS, build_env
from midtrans_docs.site.dom import count_elements
from midtrans_docs.site.lighter import lighten


def test_strict_build_passes(build: Build) -> None:
    """mkdocs build --strict: links, anchors, absolute links, nav, snippets, redirects."""
    use_root(ROOT)
    assert_no_problems(problems_from_log(ROOT, build.log, build.returncode), "the strict build")
    COUNTS.update(built_counts(build.site))


@pytest.mark.parametrize("name", sorted(SITE_CHECKS))
def test_site_check(name: str, site: Path) -> None:
    check, info = SITE_CHECKS[name]
    assert_no_problems(check(ROOT, site), f"checks/{info.module}.py {name}")


# `make serve`'s rebuilds, in one process as serve runs them: build(dirty=True) after each save, with --dirty in
# argv (mkdocs-static-i18n reads it there). Prints the pages each rebuild rendered.
PREVIEW_SCRIPT = """
import json, sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.pages import Page

site = sys.argv[1]
sys.argv.append("--dirty")
rendered = []
render = Page.render
def counted(self, config, files):
    rendered.append(self.file.src_uri)
    return render(self, config, files)
Page.render = counted
config = load_config("mkdocs.yml", site_dir=site)
config.plugins.on_startup(command="serve", dirty=True)
build(config, dirty=True)
def save(path, text):
    Path(path).write_text(Path(path).read_text(encoding="utf-8") + text, encoding="utf-8")
    rendered.clear()
    build(load_config("mkdocs.yml", site_dir=site), dirty=True)
    return sorted(rendered)
steps = {"page": save("docs/snap/index.md", "\\nSaved by the preview test.\\n")}
steps["sample"] = save("samples/snap/create-transaction-minimal/python.py", "\\n# Saved by the preview test\\n")
steps["nothing"] = save("docs/snap/index.md", "")
card = Path("docs/core-api/card-payment.md")
card.write_text(card.read_text(encoding="utf-8").replace("title: ", "title: Retitled ", 1), encoding="utf-8")
steps["title"] = save(card, "")
print("STEPS " + json.dumps(steps))
"""


def test_preview_rebuilds_only_what_a_save_changed(tmp_path: Path) -> None:
    """`make serve` (mkdocs serve --dirty) after a save renders the saved page and its translation, or the pages
    that include a saved sample, and nothing else (midtrans_docs/sources/rebuild.py); the served HTML has the edit.
    MkDocs alone decides by file times: it rendered all 34 generated pages, and missed the sample and the
    translation, whose code blocks come from the English page."""
    project = copy_project(tmp_path / "project")
    env = build_env(strict=False, DOCS_FULL_BUILD="false", DOCS_SEARCH_INDEX="false")
    site = tmp_path / "site"
    run = subprocess.run(
        [str(MKDOCS.parent / "python"), "-P", "-c", PREVIEW_SCRIPT, str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
    )
    assert run.returncode == 0, f"a preview rebuild failed → fix the hook in the traceback:\n{run.stderr[-2000:]}"
    steps = json.loads(run.stdout.rsplit("STEPS ", 1)[1])
    assert steps["page"] == ["snap/index.id.md", "snap/index.md"], steps
    assert steps["sample"] == ["snap/backend-integration.id.md", "snap/backend-integration.md"], steps
    assert steps["nothing"] == [], steps
    # A retitled guide: the reference pages that link to it by its title are rendered again (x-guide).
    assert "core-api/card-payment.md" in steps["title"] and "reference/api/cards.md" in steps["title"], steps
    assert "Saved by the preview test." in (site / "snap/index.html").read_text(encoding="utf-8")
    assert "Saved by the preview test" in (site / "snap/backend-integration/index.html").read_text(encoding="utf-8")


def test_dom_size_check_names_a_heavy_page_and_its_largest_blocks(tmp_path: Path) -> None:
    """check_dom_size fails a page over DOM_ELEMENTS and names its biggest blocks; <template> content is not
    counted (it is not in the document until a script clones it)."""
    spans = '<span class="p">{</span>' * 3000
    heavy = (
        '<html><body><h2 id="a">Handler</h2><div class="language-java highlight"><span class="filename">Main.java'
        f"</span><pre><span></span><code>{spans}</code></pre></div><table><tr><td>x</td></tr>"
        + "<tr><td>y</td></tr>" * 30
        + "</table></body></html>"
    )
    light = f"<html><body><template>{spans}</template><p>ok</p></body></html>"
    for rel, text in (("guide/index.html", heavy), ("light/index.html", light)):
        (tmp_path / rel).parent.mkdir(parents=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    problems = check_dom_size(ROOT, tmp_path)
    assert len(problems) == 1, report(problems)
    message = report(problems)
    assert "guide/index.html: 3,071 elements > 3,000; largest: " in message, message
    assert "largest: <pre> (java) of 'Main.java' 3,003" in message and "<table> under 'Handler' 63" in message, message
    assert getattr(problems, "counts", {})["largest page DOM (elements)"] > 3000


def test_lighter_pages_keep_every_word(tmp_path: Path) -> None:
    """midtrans_docs/site/lighter.py: a long code block keeps its text (plain) with its highlighting as runs;
    a heavy closed block keeps its text for search and find; short blocks, open blocks and blocks with anchors or
    code stay as they are."""
    tokens = "".join(
        f'<span class="nt">"k{i}"</span><span class="w"> </span><span class="p">,</span>' for i in range(30)
    )
    block = f'<div class="language-json highlight"><pre><span></span><code>{tokens}</code></pre></div>'
    out = lighten(block)
    plain = re.sub(r"<[^>]+>", "", tokens)
    runs = " ".join(f"nt.{len(str(i)) + 3} 1 p.1" for i in range(30))
    assert f'<code tabindex="0" data-hl="{runs}">{plain}</code></pre>' in out and '<span class="w">' not in out
    assert count_elements(out) == 4  # div, pre, the empty span, code
    short = '<div class="language-json highlight"><pre><span></span><code><span class="p">{}</span></code></pre></div>'
    # Every code block takes keyboard focus before Material sets it up (content.lazy), once, and has its line
    # count, from which extra.css sizes it until it is laid out (content-visibility).
    focusable = short.replace("<code>", '<code tabindex="0">').replace(' highlight">', ' highlight" style="--lines:1">')
    assert lighten(short) == focusable and lighten(focusable) == focusable
    three = short.replace("{}</span>", "{</span>\n  1\n}\n")
    assert 'style="--lines:3"' in lighten(three), lighten(three)
    assert '<div class="language-json highlight" style="--lines:1">' in out  # the long block, one line
    # A tab panel that is one code block gets its count; a panel with more in it does not (laid out at once).
    panel = f'<div class="tabbed-block">\n{three}\n</div>'
    assert lighten(panel).startswith('<div class="tabbed-block" style="--lines:3">'), lighten(panel)
    mixed = f'<div class="tabbed-block">\n<p>Text</p>\n{three}\n</div>'
    assert lighten(mixed).startswith('<div class="tabbed-block">\n'), lighten(mixed)
    rows = "".join(f"<tr><td><code>field_{i}</code></td><td>Meaning {i}.</td></tr>" for i in range(40))
    closed = f'<details class="abstract">\n<summary>Fields</summary>\n<table>{rows}</table>\n</details>'
    out = lighten(closed)
    assert '<p class="lazy-text" hidden="until-found">field_0 Meaning 0. field_1' in out
    assert f"<template>\n<table>{rows}</table>\n</template></details>" in out and count_elements(out) == 4
    for kept in (closed.replace("<details", "<details open"), closed.replace("<td>Meaning 3.", '<td id="x">')):
        assert lighten(kept) == kept


def test_site_checks_name_the_source_page_of_a_mistake(tmp_path: Path) -> None:
    """Negative test for the built-site checks that have no other: a page whose <title> lost its front matter
    title, that loads a Mermaid script and 300 KB more than its budget, and a year-long caching rule over a file
    without a hash in its name. Each fails with the Markdown source of the page (or the hook that writes the
    rule), a line, and a fix."""
    import os

    from midtrans_docs.checks.site import (
        check_first_load_budget,
        check_no_mermaid_script,
        check_rendered_meta,
        check_year_long_caching,
    )

    site = tmp_path / "site"
    (site / "snap").mkdir(parents=True)
    (site / "assets").mkdir()
    (site / "assets" / "heavy.js").write_bytes(os.urandom(300 * 1024))  # incompressible
    (site / "snap" / "index.html").write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Untitled</title>'
        '<script src="../assets/heavy.js"></script><script src="../assets/mermaid.min.js"></script></head>'
        "<body><article><h1>Snap</h1></article></body></html>",
        encoding="utf-8",
    )
    (site / "_headers").write_text("/assets/*.js\n  Cache-Control: public, max-age=31536000, immutable\n")
    use_root(ROOT)
    expected = {
        check_rendered_meta: "docs/snap/index.md:2: <title> is 'Untitled', without the front matter title",
        check_first_load_budget: "docs/snap/index.md:1: first load is ",
        check_no_mermaid_script: "docs/snap/index.md:1: the page loads ../assets/mermaid.min.js",
        check_year_long_caching: "midtrans_docs/hooks/headers.py:1: assets/heavy.js is cached for a year",
    }
    for check, line in expected.items():
        text = report(check(ROOT, site))
        assert line in text and "→" in text.split(line, 1)[1].split("\n", 1)[0], f"{check.__name__}:\n{text}"


def test_test_server_is_quiet_when_a_browser_drops_a_connection(site: Path) -> None:
    """midtrans_docs/site/server.py: a client that closes its connection mid-response (a browser navigating on)
    printed a BrokenPipeError traceback into `make test`'s output for each one; now nothing, and the next
    request is served."""
    import contextlib
    import io
    import socket
    import struct
    import time
    import urllib.request

    from midtrans_docs.site.server import serve

    err = io.StringIO()
    with contextlib.redirect_stderr(err), serve(site) as url:
        port = int(url.rsplit(":", 1)[1])
        for _ in range(3):
            client = socket.create_connection(("127.0.0.1", port))
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # reset on close
            client.sendall(b"GET /reference/api/notifications/ HTTP/1.1\r\nHost: x\r\n\r\n")
            client.close()
        time.sleep(0.5)
        with urllib.request.urlopen(url + "/") as response:
            assert response.status == 200
    assert "Traceback" not in err.getvalue(), err.getvalue()[:2000]
