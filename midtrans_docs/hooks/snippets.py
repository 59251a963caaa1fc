"""Expands `--8<--` sample includes before any plugin sees a page's Markdown.

Gap it fills: mkdocs-llms-source publishes each page's Markdown as written
(llms.txt, llms-full.txt and a `.md` twin next to every page), but most of our
request and response samples are pymdownx.snippets includes, which would reach
the twins as bare `--8<-- "path"` lines. This hook runs pymdownx.snippets' own
preprocessor, with the options from mkdocs.yml, at the start of
`on_page_markdown`, so the twins carry the real code. The HTML build is
unchanged: the snippets extension would have made the same substitution one
step later.

We use the source-based plugin instead of mkdocs-llmstxt because converting the
rendered HTML back to Markdown took about 17 s of a 27 s build.
"""

from __future__ import annotations

from typing import Any

import markdown
from mkdocs.plugins import event_priority

_preprocessor: Any = None


def on_config(config: Any) -> Any:
    global _preprocessor
    options = config.mdx_configs.get("pymdownx.snippets", {})
    md = markdown.Markdown(extensions=["pymdownx.snippets"], extension_configs={"pymdownx.snippets": options})
    _preprocessor = md.preprocessors["snippet"]
    return config


@event_priority(100)  # before mkdocs-llms-source captures the page
def on_page_markdown(markdown_text: str, page: Any, config: Any, files: Any) -> str:
    if "--8<--" not in markdown_text or _preprocessor is None:
        return markdown_text
    return "\n".join(_preprocessor.run(markdown_text.split("\n")))
