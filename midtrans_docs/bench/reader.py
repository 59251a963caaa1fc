"""1. Reader: first-load bytes and requests of every built page, and the search index."""

from __future__ import annotations

import re
import statistics

from ..site.pagebytes import first_load, search_index
from ..site.urls import html_files
from .common import SITE


def reader(report) -> None:
    built, stubs = html_files(SITE)
    pages = []
    for html in built:
        r = first_load(SITE, html)
        figures = re.findall(r'<figure class="diagram"[ >].*?</figure>', html.read_text(encoding="utf-8"), flags=re.S)
        pages.append(
            {
                "page": r["page"],
                "requests": len(r["requests"]),
                "raw": r["raw"],
                "gzip": r["gzip"],
                "diagrams": len(figures),
                "diagram_raw": sum(len(f.encode()) for f in figures),
                "lazy_raw": r["lazy_raw"],
                "lazy_gzip": r["lazy_gzip"],
                "lazy": [i["path"] for i in r["lazy"]],
                "external": r["external"],
                "missing": r["missing"],
                "files": [{k: i[k] for k in ("kind", "path", "raw", "gzip")} for i in r["requests"]],
            }
        )

    def stat(key, fn):
        vals = [p[key] for p in pages]
        return fn(vals) if vals else None

    diag = [p for p in pages if p["diagrams"]]
    plain = [p for p in pages if not p["diagrams"]]
    report["reader"] = {
        "pages": len(pages),
        "redirect_stubs": len(stubs),
        "max": {k: stat(k, max) for k in ("raw", "gzip", "requests")},
        "median": {k: stat(k, statistics.median) for k in ("raw", "gzip", "requests")},
        "heaviest_page": max(pages, key=lambda p: p["gzip"])["page"] if pages else None,
        "diagram_pages": len(diag),
        "max_gzip_plain": max((p["gzip"] for p in plain), default=None),
        "max_gzip_diagram": max((p["gzip"] for p in diag), default=None),
        "diagram_inline_raw_max": max((p["diagram_raw"] for p in diag), default=None),
        "search_index": search_index(SITE),
        "external_urls": sorted({u for p in pages for u in p["external"]}),
        "missing_files": sorted({m for p in pages for m in p["missing"]}),
        "per_page": pages,
    }
