"""Every check of the sources (midtrans_docs.checks, registered with @source_check) passes on the project.

One test per check; the negative tests in test_negative.py show that each can fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assert_no_problems
from midtrans_docs.checks import SOURCE_CHECKS


@pytest.mark.parametrize("name", sorted(SOURCE_CHECKS))
def test_source_check(name: str, root: Path) -> None:
    check, info = SOURCE_CHECKS[name]
    assert_no_problems(check(root), f"checks/{info.module}.py {name}")
