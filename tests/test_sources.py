"""Every check of the sources (midtrans_docs.checks, registered with @source_check) passes on the project.

One test per check; the negative tests in test_negative.py show that each can fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, assert_no_problems
from midtrans_docs.checks import SOURCE_CHECKS


@pytest.mark.parametrize("name", sorted(SOURCE_CHECKS))
def test_source_check(name: str, root: Path) -> None:
    check, info = SOURCE_CHECKS[name]
    assert_no_problems(check(root), f"checks/{info.module}.py {name}")


def test_render_facts_writes_a_two_language_fact_in_english() -> None:
    """sources.facts.render_facts (the spec and data files outside a page): a fact with `en`/`id` texts gives its
    English text, not the mapping; an unknown name stays as written for check_fact_numbers to name."""
    from midtrans_docs.sources.facts import load_facts, render_facts

    english = load_facts(ROOT)["settlement_time"]["card"]["en"]
    out = render_facts("Settles {{ settlement_time.card }}; {{ no_such.fact }}.", ROOT)
    assert out == f"Settles {english}; {{{{ no_such.fact }}}}.", out
