"""The status-transition checks can fail: a writer's mistake in data/status-transitions.yml, in the checkout
apps' JSON copy or in a status diagram names the file, the line and the fix (as tests/test_negative.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from midtrans_docs.checks.checkout import (
    check_checkout_transitions,
    check_status_diagrams,
    check_status_transitions_data,
)
from test_negative import edit, expect

pytestmark = pytest.mark.slow

DATA = "data/status-transitions.yml"
COPY = "samples/snap/checkout-app/status-transitions.json"
PAGE = "docs/after-payment/status-cycle.md"


def test_status_transitions_data_mistakes(project: Path) -> None:
    """An unknown order state, a next key with no entry, a status the spec lacks, an entry nothing leads to."""
    line = edit(project, DATA, "  refund:\n    order: refunded\n", "  refund:\n    order: returned\n")
    edit(project, DATA, "    next: [chargeback]\n", "    next: [charge_back]\n")
    edit(project, DATA, "  failure:\n    order: failed\n", "  failed:\n    order: failed\n")
    problems = check_status_transitions_data(project)
    expect(problems, DATA, line, "refund: order state 'returned' is not known")
    expect(problems, DATA, None, "partial_chargeback: next 'charge_back' has no entry")
    expect(problems, DATA, None, "failed: not a transaction_status")
    expect(problems, DATA, 1, "transaction_status 'failure' of openapi/common.yaml has no entry")
    expect(problems, DATA, None, "failed: no status leads to it")


def test_checkout_copy_out_of_date(project: Path) -> None:
    """The YAML gains a transition the apps' JSON copy lacks."""
    edit(project, DATA, "    next: [capture, cancel, expire]\n", "    next: [capture, cancel, expire, deny]\n")
    expect(check_checkout_transitions(project), COPY, None, "differs from data/status-transitions.yml")
    assert "midtrans_docs.sources.transitions --write" in str(check_checkout_transitions(project)[0])


def test_diagram_arrow_the_data_does_not_allow(project: Path) -> None:
    """A diagram draws settlement --> pending, which the transitions file does not allow."""
    line = edit(project, PAGE, "    settlement --> refund: you refund\n", "    settlement --> pending: you refund\n")
    expect(check_status_diagrams(project), PAGE, line, "settlement --> pending is not a transition")
