"""Search of the built site for the MCP server's `search_docs`, in Python, with no browser and no network.

Gap it fills: the site's own search is Pagefind, whose query side is WebAssembly run by a browser script;
Pagefind ships no query API for Python or a plain Node process. This module reads the same marked-up article
that Pagefind indexes (`data-pagefind-body`, the excluded selectors of midtrans_docs/hooks/search.py, every
`data-pagefind-weight` and the heading weights Pagefind uses), stems with the Snowball stemmers Pagefind uses
(English and Indonesian, PyPI `snowballstemmer`), and ranks pages with BM25 on the weighted term counts, plus
Pagefind's title boost. So the writers' tuning (titles, `keywords:`, descriptions, the lower weight of generated
reference pages) applies to agents the way it applies to readers. A query is rewritten as search.js rewrites it,
from the `pagefind/query-<lang>.json` the build writes (data/search-synonyms.yml, one place): a synonym phrase
becomes its group's one word ("pengembalian dana" → "refund") and filler words are dropped ("how do I",
"apakah"). Indonesian words whose meN-/peN- prefix swallowed the root's first consonant also give the root
("pengembalian" → "kembali", "menerima" → "terima"), which the Snowball stemmer does not restore. Each hit
carries the section that matched best, as its passage.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

import snowballstemmer

# What hooks/search.py leaves out of the Pagefind index (class names and tags).
SKIP_CLASSES = {"headerlink", "tabbed-labels", "md-content__button", "md-source-file", "md-feedback", "md-clipboard"}
SKIP_TAGS = {"pre", "script", "style", "svg", "template", "button", "nav"}
HEADING_WEIGHT = {"h1": 7.0, "h2": 6.0, "h3": 5.0, "h4": 4.0, "h5": 3.0, "h6": 2.0}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
TOKEN = re.compile(r"[0-9a-z]+(?:[._-][0-9a-z]+)*")
# BM25's saturation and length normalization. Term counts here are weighted (a `keywords:` word counts 10, a
# heading 5–7), so K1 is on that scale: at 1.2 one keyword already saturated a term, and a page that says a word
# in its title, keywords and headings scored like one that mentions it once.
K1, B = 6.0, 0.3
# The title's words count this much more, as search.js's Pagefind option `metaWeights: {title: 5}` makes them.
TITLE_WEIGHT = 5.0
# And, as Pagefind does for a meta field, the page gains TITLE_COVERAGE × (IDF of the query words its title says)
# × (their share of the query's IDF)²: a title that says the whole query counts, one common word of it hardly.
TITLE_COVERAGE = 0.5
LANGUAGES = {"en": "english", "id": "indonesian"}


@dataclass
class Section:
    anchor: str
    heading: str
    text: list[str] = field(default_factory=list)
    found: frozenset[str] | None = None  # its terms, once a hit needed them


@dataclass
class Doc:
    url: str  # site path, e.g. "snap/advanced-features/"
    lang: str
    title: str
    terms: dict[str, float]
    length: float
    sections: list[Section]
    title_terms: frozenset[str] = frozenset()  # empty when the page's title is not Pagefind's `title` meta


@dataclass(frozen=True)
class Hit:
    url: str
    title: str
    score: float
    passage: str
    anchor: str


class _Article(HTMLParser):
    """The text of `<article data-pagefind-body>`, each run of text with its weight, split into sections."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = "en"
        self.runs: list[tuple[str, float]] = []
        self.sections: list[Section] = [Section("", "")]
        self._stack: list[tuple[str, bool, float | None]] = []  # (tag, skipped, weight)
        # Depth of the open hidden keyword paragraph (hooks/search.py): indexed, never part of a passage.
        self._keywords_at: int | None = None
        self._heading: str | None = None
        self.title_meta = True  # False when the page sets Pagefind's `title` meta itself (hooks/search.py)

    def _skipping(self) -> bool:
        return any(skip for _t, skip, _w in self._stack)

    def _weight(self) -> float:
        base = next((w for _t, _s, w in reversed(self._stack) if w is not None), 1.0)
        tags = [t for t, _s, _w in self._stack]
        heading = next((HEADING_WEIGHT[t] for t in reversed(tags) if t in HEADING_WEIGHT), None)
        return base * heading if heading is not None else base

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang", "en")[:2] or "en"
        if tag in VOID:
            return
        inside = bool(self._stack)
        if not inside:
            if tag == "article" and "data-pagefind-body" in a:
                self._stack.append((tag, False, float(a.get("data-pagefind-weight") or 1)))
            return
        if a.get("data-pagefind-meta", "").startswith("title:"):
            self.title_meta = False  # a generated reference page: its title is not boosted (reference_title)
        classes = set(a.get("class", "").split())
        skip = tag in SKIP_TAGS or bool(classes & SKIP_CLASSES) or "data-pagefind-ignore" in a
        weight: float | None = float(a["data-pagefind-weight"]) if a.get("data-pagefind-weight") else None
        if weight is not None and weight > 1:  # keyword paragraph: scaled like the article
            weight *= self._stack[0][2] or 1.0
        if "search-keywords" in classes and self._keywords_at is None:
            self._keywords_at = len(self._stack)
        self._stack.append((tag, skip, weight))
        if tag in ("h2", "h3") and not skip:
            self.sections.append(Section(a.get("id", ""), ""))
            self._heading = tag

    def handle_endtag(self, tag: str) -> None:
        if not self._stack or tag in VOID:
            return
        while self._stack:  # tolerate unclosed tags (<p>, <li>) the way browsers do
            open_tag = self._stack.pop()[0]
            if self._keywords_at is not None and len(self._stack) <= self._keywords_at:
                self._keywords_at = None
            if open_tag == tag:
                break
        if tag == self._heading:
            self._heading = None

    def handle_data(self, data: str) -> None:
        if not self._stack or self._skipping() or not data.strip():
            return
        self.runs.append((data, self._weight()))
        section = self.sections[-1]
        if self._keywords_at is not None:
            return  # counted for ranking above; a passage quotes only what the page shows
        if self._heading:
            section.heading += data
        else:
            section.text.append(data)


@lru_cache(maxsize=4)
def _stemmer(lang: str) -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer(LANGUAGES.get(lang, "english"))


def terms(text: str, lang: str) -> list[str]:
    """Lower-cased tokens and their stems; `snap.js`, `Idempotency-Key` and `SB-Mid-server-` also give their parts,
    a hyphenated word also its parts written together; an Indonesian word also the roots of nasal_roots."""
    out = []
    stem = _stemmer(lang).stemWord
    for token in TOKEN.findall(text.lower()):
        out.append(stem(token))
        if lang == "id":
            out += nasal_roots(token, out[-1])
        if re.search(r"[._-]", token):
            out += [stem(p) for p in re.split(r"[._-]", token) if p]
            if "-" in token:
                out.append(stem(token.replace("-", "")))  # "pop-up" is also found as "popup", "e-wallet" as "ewallet"
    return out


# Indonesian meN-/peN- before a vowel: the root began with k (meng-, peng-) or t (men-, pen-), which the prefix
# swallowed and the Snowball stemmer does not give back ("pengembalian" → "embali", not "kembali").
NASAL = re.compile(r"^[mp]e(ng|n)[aeiou]")


def nasal_roots(word: str, stem: str) -> list[str]:
    """The root an Indonesian `word` may have lost a consonant of, besides its Snowball `stem`: "menerima" →
    ["terima"], "pengembalian" → ["kembali"], "mengecek" → ["kecek", "cek"]. A wrong guess ("mengambil" →
    "kambil") is a word no page says, so it costs nothing."""
    match = NASAL.match(word)
    if not match or not stem or stem[0] not in "aeiou" or not word[len(match[0]) - 1 :].startswith(stem[:2]):
        return []
    roots = ["k" + stem if match[1] == "ng" else "t" + stem]
    if match[1] == "ng" and word.startswith(("menge", "penge")) and stem.startswith("e") and len(stem) > 3:
        roots.append(stem[1:])  # menge-/penge- before a one-syllable root: "mengecek" → "cek"
    return roots


def _url(site: Path, file: Path) -> str:
    rel = file.relative_to(site).as_posix()
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel


def read_doc(site: Path, file: Path) -> Doc | None:
    parser = _Article()
    parser.feed(file.read_text(encoding="utf-8", errors="replace"))
    if not parser.runs:
        return None
    counts: dict[str, float] = {}
    length = 0.0
    for text, weight in parser.runs:
        found = terms(text, parser.lang)
        length += len(found)
        for term in found:
            counts[term] = counts.get(term, 0.0) + weight
    title = parser.sections[0].text[0].strip() if parser.sections[0].text else ""
    h1 = next((s for s in parser.sections), None)
    if h1 is not None and not title:
        title = h1.heading
    title = _title(file) or title
    title_terms = frozenset(terms(title, parser.lang)) if parser.title_meta else frozenset()
    for term in title_terms:
        counts[term] = counts.get(term, 0.0) + TITLE_WEIGHT
    return Doc(_url(site, file), parser.lang, title, counts, float(length), parser.sections, title_terms)


def _title(file: Path) -> str:
    match = re.search(r"<h1[^>]*>(.*?)</h1>", file.read_text(encoding="utf-8", errors="replace"), re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", match[1])).replace("¶", "").strip() if match else ""


class Index:
    """Every page of one built site, per language."""

    def __init__(self, site: Path) -> None:
        self.site = site
        self.docs: dict[str, list[Doc]] = {}
        for file in sorted(site.rglob("index.html")):
            if (site / "pagefind") in file.parents or (site / "assets") in file.parents:
                continue
            doc = read_doc(site, file)
            if doc is not None:
                self.docs.setdefault(doc.lang, []).append(doc)
        self._df: dict[str, Counter[str]] = {
            lang: Counter(t for d in docs for t in d.terms) for lang, docs in self.docs.items()
        }
        self._avg = {lang: sum(d.length for d in docs) / len(docs) for lang, docs in self.docs.items() if docs}
        rules = {lang: _query_rules(site, lang) for lang in self.docs}
        self.filler = {lang: set(r.get("filler") or []) for lang, r in rules.items()}
        # Longest first, as search.js folds them.
        self.phrases = {
            lang: sorted((r.get("phrases") or {}).items(), key=lambda p: -len(p[0])) for lang, r in rules.items()
        }

    def search(self, query: str, lang: str = "en", limit: int = 5) -> list[Hit]:
        docs = self.docs.get(lang, [])
        words = self.fold(query.lower(), lang).split()
        kept = [w for w in words if w not in self.filler.get(lang, set())]
        wanted = list(dict.fromkeys(terms(" ".join(kept or words), lang)))
        if not docs or not wanted:
            return []
        n, df, avg = len(docs), self._df[lang], self._avg[lang]
        idf = {term: math.log(1 + (n - df[term] + 0.5) / (df[term] + 0.5)) for term in wanted}
        query_idf = sum(idf.values())
        scored = []
        for doc in docs:
            score = 0.0
            for term in wanted:
                tf = doc.terms.get(term, 0.0)
                if tf:
                    score += idf[term] * tf * (K1 + 1) / (tf + K1 * (1 - B + B * doc.length / avg))
            if score > 0 and doc.title_terms and query_idf:
                said = sum(idf[t] for t in wanted if t in doc.title_terms)
                score += TITLE_COVERAGE * said * (said / query_idf) ** 2
            if score > 0:
                scored.append((score, doc))
        scored.sort(key=lambda pair: (-pair[0], pair[1].url))
        return [self._hit(doc, score, wanted) for score, doc in scored[:limit]]

    def fold(self, query: str, lang: str) -> str:
        """Each synonym phrase of the query as its group's one word, as search.js does ("pengembalian dana" →
        "refund")."""
        text = " " + " ".join(query.split()) + " "
        for phrase, word in self.phrases.get(lang, []):
            text = text.replace(f" {phrase} ", f" {word} ")
        return text.strip()

    def _hit(self, doc: Doc, score: float, wanted: list[str]) -> Hit:
        def matches(section: Section) -> int:
            if section.found is None:  # stemmed once per section, on its first hit
                section.found = frozenset(terms(section.heading + " " + " ".join(section.text), doc.lang))
            return sum(term in section.found for term in wanted)

        best = max(doc.sections, key=matches)
        text = re.sub(r"\s+", " ", " ".join(best.text)).strip()
        return Hit(doc.url, doc.title, round(score, 3), _passage(text, wanted, doc.lang), best.anchor)


def _query_rules(site: Path, lang: str) -> dict:
    """The build's query rules for one edition (midtrans_docs/hooks/search.py), or {} when the site has none."""
    path = site / "pagefind" / f"query-{lang}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _passage(text: str, wanted: list[str], lang: str, size: int = 280) -> str:
    """About `size` characters of `text` around the first word that matches the query."""
    words = text.split(" ")
    at = next((i for i, w in enumerate(words) if set(terms(w, lang)) & set(wanted)), 0)
    start = max(0, at - 12)
    out = " ".join(words[start:])
    if len(out) > size:
        out = out[:size].rsplit(" ", 1)[0] + " …"
    return ("… " if start else "") + out
