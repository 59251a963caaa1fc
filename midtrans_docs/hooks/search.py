"""Site search with Pagefind: marks what each page gives the index, then indexes the built site.

Gap it fills: Pagefind indexes built HTML, and Material's page template has no Pagefind
attributes, and MkDocs has no Pagefind plugin that runs the PyPI binary. This hook

* marks each page's article `data-pagefind-body` (so navigation, header, footer and the
  legacy-URL stubs stay out of the index) and gives it its nav section as
  `data-pagefind-meta="section:…"` (results read "Snap › Advanced features");
* renders the front matter `keywords:` (words merchants type that the page does not use,
  Indonesian ones until the Indonesian edition exists) as a visually hidden, weighted
  paragraph at the top of the article;
* indexes the synonyms of data/search-synonyms.yml (English and Indonesian words merchants mix:
  refund / pengembalian dana, kartu kredit / credit card): when a page says one word of a group, the
  others go into a hidden paragraph, weighted by where the page says it (title, headings, keywords and
  description, or only the text). Pagefind 1.5 has no synonym feature (its custom records API adds
  whole records, not words to a page), so hidden indexed text is how the index learns them;
* gives a generated API reference page's title to the index as the `api_title` meta, which search.js shows and
  does not boost (reference_title): Pagefind's title boost ignores the page's lower weight;
* writes `pagefind/query-<lang>.json`: the synonym phrases search.js searches as one word (`phrases`) and the
  filler words it drops from a query (`filler:` in data/search-synonyms.yml);
* writes `pagefind/terms-<lang>.json`, the words of each edition's titles, headings and keywords, which
  search.js loads only when a query finds nothing, to offer the closest words the index knows;
* runs `python -m pagefind` (PyPI `pagefind[bin]`, pinned in requirements.txt) after the
  build, excluding permalink symbols, tab labels, edit buttons, dates and the feedback form.

Pagefind builds one index per `<html lang>` and stems each language, so pages of an
Indonesian edition (lang="id") get their own index with no change here. The browser side
is docs/assets/javascripts/search.js; the results markup is Material's.
"""

from __future__ import annotations

import functools
import html
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from mkdocs.plugins import get_plugin_logger

from midtrans_docs.hooks import current_language, last_language_build, normalized_src_uri
from midtrans_docs.sources import rebuild
from midtrans_docs.sources.yamlio import safe_load

log = get_plugin_logger("search")

ARTICLE = '<article class="md-content__inner md-typeset">'
# Rendered but not content: permalink "¶", content-tab labels (they would fuse into tokens such as
# "PythonJava"), the edit button, "Last updated", the feedback form and code-copy buttons.
EXCLUDE = [
    ".headerlink",
    ".tabbed-labels",
    ".md-content__button",
    ".md-source-file",
    ".md-feedback",
    ".md-clipboard",
    # Code blocks: the same JSON samples on many pages drowned the page that explains a field;
    # identifiers stay findable through the prose and tables that explain them.
    "pre",
]
# Weight of the keywords paragraph (Pagefind: h1 = 7, h2 = 6 … body text = 1; max 10).
KEYWORD_WEIGHT = 10
DESCRIPTION_WEIGHT = 2
# Generated API reference pages (midtrans_docs.reference): text and heading weights (Pagefind's defaults
# are h1 7, h2 6, h3 5).
API_REFERENCE = "reference/api/"
API_REFERENCE_WEIGHT = 0.3
API_HEADING_WEIGHT = {"1": 2, "2": 1.5, "3": 1}
REFERENCE_HEADING = re.compile(r"<h([123])(?= |>)")
# The error-codes page: each code's permalink anchor (`<a href="#core-api-407" id="core-api-407">`).
ERROR_CODES = "reference/error-codes.md"
CODE_ANCHOR = re.compile(r'<a href="#([a-z-]+-[0-9a-z]+)" id="\1"')
CODE_WEIGHT = 6
# The pages that quote the messages the API returns ("Transaction doesn't exist.", `Access denied due to
# unauthorized transaction`): a reader pastes a message, and the page that explains it should come first. On
# these pages a quoted phrase of three words or more, and inline code of four words or more, is weighted like a
# heading. Attribute values follow `=`, never a space or `>`, so the pattern leaves them alone.
MESSAGE_PAGES = {ERROR_CODES, "reference/troubleshooting.md"}
QUOTED_MESSAGE = re.compile(r'(?<=[\s(>])"([A-Za-z][^"<>]*\s[^"<>]*\s[^"<>]*)"')
CODE_MESSAGE = re.compile(r"<code>([^<]*\s[^<]*\s[^<]*\s[^<]*)</code>")
MESSAGE_WEIGHT = 4
# The `title` meta of a generated reference page: a mark with no words (reference_title).
NO_TITLE = "~"
# Front matter `search: boost:` (Material's key for the same purpose): the weight of the page's whole text,
# for pages that summarize others (the changelog, the payment-method matrix), which should rank behind the
# guide they point to. Pagefind's range is 0.0–10, body text 1.
BOOST_RANGE = (0.0, 10.0)


SYNONYMS = Path(__file__).resolve().parents[2] / "data" / "search-synonyms.yml"
# Weight of a synonym: where the page says a word of the group (a word in its title, headings, keywords or
# description is what the page is about; one in its text is a mention).
SYNONYM_WEIGHT_STRONG = 5
SYNONYM_WEIGHT_TEXT = 1
TAG = re.compile(r"<[^>]+>")
PRE = re.compile(r"<pre[ >].*?</pre>", re.S)
HEADINGS = re.compile(r"<h[1-3][^>]*>(.*?)</h[1-3]>", re.S)
WORD = re.compile(r"[a-z0-9][a-z0-9_.-]*[a-z0-9]|[a-z0-9]", re.I)
# Per page, (language, src_uri) → the words of its title, headings and keywords (the zero-results
# suggestions) and how often it says each word (to pick the word a synonym phrase is searched as, phrases).
# Kept across `make serve` rebuilds, which render only the pages that changed (midtrans_docs.sources.rebuild).
PAGE_WORDS: dict[tuple[str, str], tuple[set[str], Counter[str]]] = rebuild.remembered("search-words")


def load_synonyms(path: Path = SYNONYMS) -> list[list[str]]:
    """The synonym groups of data/search-synonyms.yml, each a list of lower-case words or phrases (read once per
    version of the file: every page of a build asks)."""
    stat = path.stat()
    return [list(group) for group in _synonyms(str(path), stat.st_mtime_ns, stat.st_size)]


@functools.lru_cache(maxsize=4)
def _synonyms(path: str, mtime_ns: int, size: int) -> tuple[tuple[str, ...], ...]:
    data = safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return tuple(tuple(str(w).strip().lower() for w in group if str(w).strip()) for group in data.get("groups") or [])


def load_filler(path: Path = SYNONYMS) -> list[str]:
    """The `filler:` words of data/search-synonyms.yml: dropped from a query before it is searched."""
    data = safe_load(path.read_text(encoding="utf-8")) or {}
    return [str(w).strip().lower() for w in data.get("filler") or [] if isinstance(w, str) and w.strip()]


def phrases(groups: list[list[str]], counts: Counter[str]) -> dict[str, str]:
    """Each phrase of a synonym group mapped to the group's one-word term that the edition's pages say most
    (`counts`), of four letters or more: in English "pengembalian dana" → "refund".

    Pagefind matches the words of a phrase one by one, and stems them: "pengembalian" becomes "kembali"
    ("again"), so "pengembalian dana" found every page that says "kembali" and "dana" (funds). Every page that
    says a word of the group has that one word indexed (synonyms_for), so search.js searches the word instead
    of the phrase and finds the same pages, without the stray ones. Four letters at least, since Pagefind also
    matches a word as a prefix: "mid" (merchant id) would find every page that says "Midtrans"."""
    folded: dict[str, str] = {}
    for group in groups:
        singles = [t for t in group if re.fullmatch(r"[a-z0-9]{4,}", t)]
        if singles:
            single = max(singles, key=lambda t: (counts[t], -group.index(t)))
            folded.update({t: single for t in group if " " in t})
    return folded


TOKEN = re.compile(r"[\w-]+")


def words_of(text: str) -> str:
    """The text as its words (letters, digits, `_` and `-`) between single spaces, with a space at each end: a
    term is said when " term " is in it. One pass per page, instead of one regular expression per term (the
    build spent 23 s of 220 in them)."""
    return " " + " ".join(TOKEN.findall(text.lower())) + " "


def says(words: str, term: str) -> bool:
    return f" {term} " in words


def synonyms_for(strong: str, text: str, groups: list[list[str]]) -> tuple[list[str], list[str]]:
    """The words to index with a page: (for its strong text, for its body text). A group counts once, at its
    strongest match; only the words the page does not say are added."""
    strong, text = words_of(strong), words_of(text)
    add_strong: list[str] = []
    add_text: list[str] = []
    for group in groups:
        if any(says(strong, t) for t in group):
            add_strong += [t for t in group if not says(strong, t)]
        elif any(says(text, t) for t in group):
            add_text += [t for t in group if not says(text, t)]
    return add_strong, add_text


def plain(html_text: str) -> str:
    return html.unescape(TAG.sub(" ", PRE.sub(" ", html_text)))


def keywords_of(meta: dict[str, Any]) -> list[str]:
    """The front matter `keywords:` as a list (a YAML list or one comma-separated string)."""
    value = meta.get("keywords") or []
    items = value.split(",") if isinstance(value, str) else [str(v) for v in value]
    return [item.strip() for item in items if item.strip()]


def section_of(page: Any) -> str:
    """The page's top-level nav section ("Snap"), or "" for the home page and a section's own index."""
    ancestors = [a for a in page.ancestors if getattr(a, "title", None)]
    if not ancestors:
        return ""
    section = str(ancestors[-1].title)
    return "" if section == page.title else section


def on_page_content(content: str, page: Any, config: Any, files: Any) -> str:
    """The keywords and the description, for the index only: visually hidden and hidden from screen
    readers (the description is already the page's <meta name="description">)."""
    marks = []
    words = keywords_of(page.meta)
    if words:
        text = html.escape(", ".join(words))
        marks.append(
            f'<p class="search-keywords" aria-hidden="true" data-pagefind-weight="{KEYWORD_WEIGHT}">{text}</p>'
        )
    description = page.meta.get("description")
    if isinstance(description, str) and description.strip():
        text = html.escape(description.strip())
        marks.append(
            f'<p class="search-keywords" aria-hidden="true" data-pagefind-weight="{DESCRIPTION_WEIGHT}" '
            f'data-pagefind-meta="description">{text}</p>'
        )
    strong = " ".join(
        [str(page.title or ""), ", ".join(words), str(description or "")]
        + [plain(h) for h in HEADINGS.findall(content)]
    )
    if not (page.file.abs_src_path is None and current_language(config) != "en"):
        PAGE_WORDS[(current_language(config), page.file.src_uri)] = (
            {w.lower() for w in WORD.findall(strong) if len(w) > 2 and not w.isdigit()},
            Counter(w.lower() for w in WORD.findall(plain(content))),
        )
    add_strong, add_text = synonyms_for(strong, plain(content), load_synonyms())
    for weight, added in ((SYNONYM_WEIGHT_STRONG, add_strong), (SYNONYM_WEIGHT_TEXT, add_text)):
        if added:
            marks.append(
                f'<p class="search-keywords" aria-hidden="true" data-pagefind-weight="{weight}">'
                f"{html.escape(', '.join(added))}</p>"
            )
    return "\n".join([*marks, content])


def on_post_page(output: str, page: Any, config: Any) -> str:
    src_uri = normalized_src_uri(page)
    if src_uri == "404.md" or ARTICLE not in output:
        return output
    attrs = "data-pagefind-body"
    boost = page_boost(page)
    if boost is not None:
        attrs += f' data-pagefind-weight="{boost:g}"'
    elif src_uri.startswith(API_REFERENCE):
        # The generated API reference repeats every field and status across many operations, and its
        # headings are resource names ("Refunds"): the guide that explains a topic should come first,
        # with the reference entry close behind. Lower its text and its headings' weights.
        attrs += f' data-pagefind-weight="{API_REFERENCE_WEIGHT}"'
        output = REFERENCE_HEADING.sub(lambda m: f'{m[0]} data-pagefind-weight="{API_HEADING_WEIGHT[m[1]]}"', output)
        output = reference_title(output)
    if src_uri == ERROR_CODES:
        # A status code is defined in one table row here; give the code itself the weight of a heading so
        # that searching `407` finds its definition before the pages that mention it.
        output = CODE_ANCHOR.sub(lambda m: f'{m[0]} data-pagefind-weight="{CODE_WEIGHT}"', output)
    if src_uri in MESSAGE_PAGES:
        output = weight_messages(output)
    section = section_of(page)
    if section:
        # Pagefind splits this attribute on commas; nav section names have none.
        attrs += f' data-pagefind-meta="section:{html.escape(section.replace(",", " "))}"'
    return output.replace(ARTICLE, f'<article class="md-content__inner md-typeset" {attrs}>', 1)


def reference_title(output: str) -> str:
    """The reference page's h1 as the `api_title` meta instead of Pagefind's `title`.

    Pagefind adds a boost to every page whose title says a word of the query (search.js `metaWeights.title`), on
    top of the weighted text, and the lowered weight of the article does not reach it: "Refunds" came first for
    `how to refund a transaction` and `refund notification`, "Pay accounts" for `one account multiple websites`.
    Under another meta name (weighted in search.js, shown as the result's title) the reference title counts
    like its text; the `title` meta is set to a mark with no words, so Pagefind does not take the h1 for it."""
    start = output.find(ARTICLE)
    at = output.find("<h1 ", start)
    if start < 0 or at < 0:
        return output
    mark = f'<span hidden data-pagefind-meta="title:{NO_TITLE}"></span>'
    return output[:at] + mark + '<h1 data-pagefind-meta="api_title" ' + output[at + 4 :]


def weight_messages(output: str) -> str:
    """QUOTED_MESSAGE and CODE_MESSAGE weighted, in the article only (the page's scripts hold quoted strings too)."""
    start = output.find(ARTICLE)
    end = output.find("</article>", start)
    if start < 0 or end < 0:
        return output
    article = QUOTED_MESSAGE.sub(
        lambda m: f'"<span data-pagefind-weight="{MESSAGE_WEIGHT}">{m[1]}</span>"', output[start:end]
    )
    article = CODE_MESSAGE.sub(lambda m: f'<code data-pagefind-weight="{MESSAGE_WEIGHT}">{m[1]}</code>', article)
    return output[:start] + article + output[end:]


def page_boost(page: Any) -> float | None:
    """The page's front matter `search: boost:`, or None. Checked by midtrans_docs.checks (front matter)."""
    value = (page.meta.get("search") or {}).get("boost") if isinstance(page.meta.get("search"), dict) else None
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def pagefind_command(site: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site),
        "--output-subdir",
        "pagefind",
        "--exclude-selectors",
        ", ".join(EXCLUDE),
        "--quiet",
    ]


def on_post_build(config: Any) -> None:
    if os.environ.get("DOCS_SEARCH_INDEX", "true").lower() == "false":
        return  # validation-only builds (midtrans_docs.site.build.VALIDATION_ONLY)
    if not last_language_build(config):
        return  # the Indonesian build follows; index both editions once, after it
    site = Path(config["site_dir"])
    rebuild.after_serving(lambda: index(site))  # make serve: the page first, then the index


def index(site: Path) -> None:
    """Pagefind over the built site, then the query rules and known words search.js reads."""
    started = time.perf_counter()
    proc = subprocess.run(pagefind_command(site), capture_output=True, text=True)
    if proc.returncode != 0:
        log.warning(
            "pagefind failed (exit %s): %s → run `make install` (pagefind is in requirements.txt)",
            proc.returncode,
            (proc.stderr or proc.stdout).strip()[-2000:],
        )
        return
    terms: dict[str, set[str]] = {}
    counts: dict[str, Counter[str]] = {}
    for (language, _uri), (words, said) in list(PAGE_WORDS.items()):
        terms.setdefault(language, set()).update(words)
        counts.setdefault(language, Counter()).update(said)
    for language, known in terms.items():
        # How search.js (and the MCP server's search_docs) rewrite a query before searching it.
        rules = {"phrases": phrases(load_synonyms(), counts[language]), "filler": load_filler()}
        (site / "pagefind" / f"query-{language}.json").write_text(
            json.dumps(rules, ensure_ascii=False), encoding="utf-8"
        )
        # The words the index knows, for "did you mean" when a query finds nothing (search.js).
        (site / "pagefind" / f"terms-{language}.json").write_text(
            json.dumps(sorted(known), ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
    log.info("search index written to %s/pagefind in %.1f s", site.name, time.perf_counter() - started)
