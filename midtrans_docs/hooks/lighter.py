"""A lighter DOM for long pages: long code blocks highlighted on demand, heavy closed blocks rendered on open.

Gap it fills: Pygments and Material put every token span and every collapsed table in the document at load; the
logic (and why) is midtrans_docs/site/lighter.py, the browser half docs/assets/javascripts/reader.js."""

from __future__ import annotations

from typing import Any

from midtrans_docs.site.lighter import lighten


def on_page_content(content: str, page: Any, config: Any, files: Any) -> str:
    return lighten(content)
