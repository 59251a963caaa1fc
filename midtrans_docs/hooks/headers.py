"""Writes site/_headers: security headers and cache lifetimes for hosts that read
the file (Netlify, Cloudflare Pages), and the same Content-Security-Policy as a
`<meta http-equiv>` first in every page's <head>, for GitHub Pages, which sends
no headers of ours (README.md, "Publishing", says what only a header can do).

No plugin generates a Content-Security-Policy from the built pages. Material
puts a few small inline scripts in every page; this hook hashes each of them
after the build, so the policy allows exactly those and nothing else inline.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority

from midtrans_docs.hooks import full_build, last_language_build
from midtrans_docs.site.urls import is_redirect_stub

INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?:(?!src=)[^>])*)>(?P<body>.*?)</script>", re.DOTALL)


def inline_script_hashes(site: Path) -> list[str]:
    hashes = set()
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        # Legacy-URL stubs from mkdocs-redirects carry one unique inline script each;
        # hashing 750 of them would bloat the header. Their <meta http-equiv=refresh>
        # redirects without script.
        if is_redirect_stub(text):
            continue
        for m in INLINE_SCRIPT.finditer(text):
            attrs = m.group("attrs")
            if 'type="application/json"' in attrs or not m.group("body").strip():
                continue
            digest = hashlib.sha256(m.group("body").encode("utf-8")).digest()
            hashes.add("'sha256-" + base64.b64encode(digest).decode() + "'")
    return sorted(hashes)


# Directives a browser ignores in a <meta> policy (CSP3 §3.3): only a response header carries them.
HEADER_ONLY = ("frame-ancestors", "report-uri", "sandbox")
CHARSET = '<meta charset="utf-8">'


def policy(hashes: list[str], meta: bool = False) -> str:
    """The policy of _headers; with meta=True, without the directives a <meta> cannot carry."""
    directives = [d for d in _directives(hashes) if not (meta and d.startswith(HEADER_ONLY))]
    return "; ".join(directives).replace("  ", " ")


REFERRER = "strict-origin-when-cross-origin"


def meta_element(hashes: list[str]) -> str:
    """The header protections a <meta> can carry: the policy and the referrer policy."""
    return (
        f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes, meta=True)}">'
        f'<meta name="referrer" content="{REFERRER}">'
    )


def add_meta_policy(site: Path, hashes: list[str]) -> int:
    """Put the policy right after <meta charset> (before any script) in every built page; returns the count.

    Inserting an element outside the scripts leaves every hashed script body as it was."""
    element = meta_element(hashes)
    count = 0
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if is_redirect_stub(text) or CHARSET not in text or CHARSET + element in text:
            continue
        page.write_text(text.replace(CHARSET, CHARSET + element, 1), encoding="utf-8")
        count += 1
    return count


def _directives(hashes: list[str]) -> list[str]:
    return [
        "default-src 'self'",
        # 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly (compiles, never evals JS).
        "script-src 'self' 'wasm-unsafe-eval' " + " ".join(hashes),
        # Material and Mermaid set styles inline (CSS variables, SVG <style>).
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",  # Pagefind runs without a worker (docs/assets/javascripts/search.js)
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]


@event_priority(-60)  # after hooks/i18n.py (-50) puts each edition's 404.html in place
def on_post_build(config: Any) -> None:
    if not full_build():
        return  # `make serve` preview: the dev server reads no _headers
    if not last_language_build(config):
        return  # hash the inline scripts of both editions, after the Indonesian build
    site = Path(config["site_dir"])
    hashes = inline_script_hashes(site)
    add_meta_policy(site, hashes)
    lines = [
        "/*",
        f"  Content-Security-Policy: {policy(hashes)}",
        "  Strict-Transport-Security: max-age=63072000; includeSubDomains",
        "  X-Content-Type-Options: nosniff",
        f"  Referrer-Policy: {REFERRER}",
        "  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()",
        "  X-Frame-Options: DENY",
        # Material's bundle, worker and stylesheets carry a content hash in their names
        # (tests/test_budgets.py checks that every file these rules match does).
        "/assets/javascripts/bundle.*",
        "  Cache-Control: public, max-age=31536000, immutable",
        "/assets/javascripts/workers/*",
        "  Cache-Control: public, max-age=31536000, immutable",
        "/assets/stylesheets/main.*",
        "  Cache-Control: public, max-age=31536000, immutable",
        "/assets/stylesheets/palette.*",
        "  Cache-Control: public, max-age=31536000, immutable",
        "",
    ]
    (site / "_headers").write_text("\n".join(lines), encoding="utf-8")
