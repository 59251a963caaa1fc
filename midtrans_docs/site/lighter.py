"""A lighter DOM for long pages: the page's HTML keeps every word, the browser builds the heavy parts when the
reader gets to them.

Gap it fills: Pygments writes one <span> per token (a 60-line Java sample is 700 elements) and Material's
collapsed blocks (`??? abstract "Fields"`) still put their whole table in the document, so the longest pages had
10,000+ elements that the browser styles and lays out at load (Lighthouse's blocking time). Neither Pygments,
pymdownx nor Material has a way to defer that work; this rewrites the page's HTML (hooks/lighter.py):

* `<span class="w">` (whitespace tokens, which no stylesheet colors) become plain text;
* every code block gets its line count (`style="--lines:12"`), from which the stylesheet sizes it until the
  browser lays it out (content-visibility), so the page is as long before as after and nothing appears to
  overlap the blocks below it; a content tab whose panel is one code block gets the same count;
* every `<pre><code>` gets `tabindex="0"` (keyboard access to a wide block before Material has set it up);
* a code block with more than CODE_SPANS token spans keeps its text, plain, in <code> (readable, copyable and
  found by the browser's find at once) and its highlighting as runs in `data-hl` ("nt.18 p.1 2": class and
  length of each token, in UTF-16 units), which docs/assets/javascripts/reader.js turns back into Pygments' spans
  when the block comes near the viewport (a few bytes a token: the page weighs less than with the spans);
* a closed `<details>` whose body holds more than DETAILS_ELEMENTS elements (and no code block, form field or
  anchor target) keeps its text in a `hidden="until-found"` paragraph (indexed by Pagefind, found by the
  browser's find, which opens it) and its markup in a <template> that reader.js renders on open.

Pagefind skips <template> content, so a closed block's text is indexed through its plain copy (code blocks are
not indexed at all: hooks/search.py excludes `pre`)."""

from __future__ import annotations

import html
import re

CODE_SPANS = 40  # token spans above which a code block is highlighted on demand
DETAILS_ELEMENTS = 60  # elements above which a closed <details> body is rendered on open

WHITESPACE_SPAN = re.compile(r'<span class="w">(\s*)</span>')
CODE_BLOCK = re.compile(
    r'(?P<head><div class="language-[\w+#.-]+ highlight">(?:<span class="filename">[^<]*</span>)?<pre>'
    r"(?:<span></span>)?<code>)(?P<body>.*?)(?P<tail></code></pre>)",
    re.S,
)
TAG = re.compile(r"<[^>]+>")
# A content tab whose panel is one code block (the sample tabs): the panel gets the block's line count too, so the
# stylesheet can defer its layout at the right size (a panel with more in it is laid out at once).
CODE_PANEL = re.compile(
    r'<div class="tabbed-block">(?P<body>\s*<div class="language-[\w+#.-]+ highlight" style="--lines:(?P<lines>\d+)">'
    r'(?:(?!<div class="language-|<div class="tabbed-block").)*?</code></pre></div>\s*</div>)',
    re.S,
)
# Every code block can take keyboard focus, so a reader can scroll a wide one with the arrow keys. Material
# sets this up when a block first comes into view (content.lazy in mkdocs.yml; it drops tabindex again from
# a block that does not scroll), so a block not yet seen needs it in the HTML.
CODE_FOCUS = re.compile(r"(<pre(?:\s[^>]*)?>(?:<span></span>)?<code)(?=[\s>])(?![^>]*\stabindex=)")
# A highlighted block's body: plain text and flat `<span class="x">text</span>` tokens; anything else stops.
TOKEN = re.compile(r'<span class="(?P<cls>[\w-]+)">(?P<inner>[^<]*)</span>|(?P<text>[^<]+)|<')
# Material's code annotations (`# (1)` in a comment, the list right after the block) are wired at load: keep those.
ANNOTATION = re.compile(r'<span class="c[^"]*">[^<]*\(\d+\)')
ANNOTATION_LIST = re.compile(r"\s*</div>\s*<ol")
DETAILS_OPEN = re.compile(r"<details(?=[\s>])[^>]*>")
DETAILS_ANY = re.compile(r"<details(?=[\s>])[^>]*>|</details>")
SUMMARY_END = "</summary>"
# What must stay in the document from the start: Material wires code blocks and tab sets at load, and a link to
# an id inside the body must find its target.
KEEP_IN_DOCUMENT = re.compile(r"<pre|<input|\sid=|<script|<template")
BLOCK_END = re.compile(r"</(?:p|td|th|li|tr|h\d|dt|dd|div|pre|table)>|<br\s*/?>")


def lighten(page: str) -> str:
    """The page's HTML with whitespace spans unwrapped, long code blocks and heavy closed blocks deferred."""
    page = WHITESPACE_SPAN.sub(r"\1", page)
    page = CODE_BLOCK.sub(_code_block, page)
    page = CODE_PANEL.sub(r'<div class="tabbed-block" style="--lines:\g<lines>">\g<body>', page)
    page = CODE_FOCUS.sub(r'\1 tabindex="0"', page)
    return _defer_details(page)


def _code_block(match: re.Match[str]) -> str:
    body = match["body"]
    lines = TAG.sub("", body).rstrip("\n").count("\n") + 1
    # Its line count, for the size the stylesheet gives the block until it is laid out (content-visibility).
    sized = match["head"].replace(' highlight">', f' highlight" style="--lines:{lines}">', 1)
    annotated = ANNOTATION.search(body) and ANNOTATION_LIST.match(match.string, match.end())
    if body.count("<span") <= CODE_SPANS or annotated:
        return sized + body + match["tail"]
    runs = []
    for token in TOKEN.finditer(body):
        if token["text"] is None and token["cls"] is None:
            return match[0]  # markup other than flat token spans (highlighted lines): leave it
        cls, text = (token["cls"], token["inner"]) if token["cls"] is not None else ("", token["text"])
        runs.append(f"{cls}.{_units(text)}" if cls else str(_units(text)))
    plain = TAG.sub("", body)  # the text as written, entities kept
    head = sized.replace("<code>", f'<code data-hl="{" ".join(runs)}">')
    return f"{head}{plain}{match['tail']}"


def _units(text: str) -> int:
    """Length of escaped HTML text as the browser's string counts it (UTF-16 code units)."""
    return len(html.unescape(text).encode("utf-16-le")) // 2


def _defer_details(page: str) -> str:
    out: list[str] = []
    at = 0
    for opening in DETAILS_OPEN.finditer(page):
        if opening.start() < at or " open" in opening[0]:
            continue  # inside a body deferred already, or shown open
        end = _closing(page, opening.end())
        head = page.find(SUMMARY_END, opening.end(), end)
        if end < 0 or head < 0:
            continue
        body_start = head + len(SUMMARY_END)
        body = page[body_start:end]
        if body.count("<") - body.count("</") <= DETAILS_ELEMENTS or KEEP_IN_DOCUMENT.search(body):
            continue
        text = _words(body)
        out += [
            page[at:body_start],
            f'\n<p class="lazy-text" hidden="until-found">{html.escape(text, quote=False)}</p>',
        ]
        out += [f"<template>{body}</template>"]
        at = end
    out.append(page[at:])
    return "".join(out)


def _words(body: str) -> str:
    """The body's text for search and find: each cell or paragraph once (a table repeats "string", "Yes")."""
    cells = (" ".join(html.unescape(TAG.sub(" ", part)).split()) for part in BLOCK_END.split(body))
    return " ".join(dict.fromkeys(c for c in cells if c))


def _closing(page: str, start: int) -> int:
    """Index of the </details> that closes the <details> opened just before `start` (-1 when unbalanced)."""
    depth = 1
    for tag in DETAILS_ANY.finditer(page, start):
        depth += -1 if tag[0] == "</details>" else 1
        if depth == 0:
            return tag.start()
    return -1
