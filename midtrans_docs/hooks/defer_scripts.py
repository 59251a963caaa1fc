"""Marks the page's external scripts `defer`, so the page paints before they run.

Gap it fills: Material's template loads its bundle with a plain <script> at the
end of <body>, and MkDocs can defer only the extra_javascript entries. On a
slow phone the browser then runs about 100 KB of JavaScript before it shows
the text, and Lighthouse counts that against first paint. Deferred scripts
keep their order and still run before DOMContentLoaded, which is when
Material starts, so behavior is unchanged; inline scripts are left alone.
"""

from __future__ import annotations

import re
from typing import Any

SCRIPT = re.compile(r"<script(?P<attrs>\s[^>]*\bsrc=[^>]*)>")


def _defer(match: re.Match[str]) -> str:
    attrs = match["attrs"]
    if re.search(r"\b(defer|async)\b|type=\"module\"", attrs):
        return match[0]
    return f"<script defer{attrs}>"


def on_post_page(output: str, page: Any, config: Any) -> str:
    return SCRIPT.sub(_defer, output)


def on_post_template(output_content: str, template_name: str, config: Any) -> str:
    return SCRIPT.sub(_defer, output_content) if template_name.endswith(".html") else output_content
