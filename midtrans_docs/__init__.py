"""Midtrans Docs tooling: one package for the build hooks, the checks, the bench and the CLI.

sources/   what writers edit: pages, front matter, fences, snippets, mkdocs.yml (nav), facts, redirects
site/      what the build produces: URL mapping, HTML parsing, page weight, the build, lychee, a local server
hooks/     MkDocs hooks (listed in mkdocs.yml): thin adapters onto sources/ and site/
checks/    writer-facing checks grouped by concern; each returns `path:line: what → fix` problems
bench/     performance figures (`midtrans-docs bench`)
cli.py     the `midtrans-docs` command (new-page, diagrams, check, bench, lock)
"""

from __future__ import annotations

from pathlib import Path

# The project checkout this package is installed from (editable install, see pyproject.toml).
# Functions take the project root as an argument (the negative tests check a copy); ROOT is the default.
ROOT = Path(__file__).resolve().parent.parent
