"""API samples: executed against the real SDKs offline, compared, schema-validated."""

from conftest import COUNTS, ROOT, assert_no_problems
from doccheck.content import check_request_blocks, check_secrets, check_worked_values
from doccheck.samples import check_inclusion, check_inline_curl, check_samples


def test_samples_run_and_agree(work_dir):
    """cURL parsed; Python and Node.js executed with HTTP intercepted; PHP, Java, Go built; all send one request."""
    result = check_samples(ROOT, work_dir)
    COUNTS.update({f"samples: {k}": v for k, v in result.counts.items()})
    assert_no_problems(result.problems)


def test_samples_are_complete_tab_sets():
    assert_no_problems(check_inclusion(ROOT))


def test_request_bodies_on_pages_match_schemas():
    problems = check_request_blocks(ROOT)
    COUNTS["request bodies on pages validated"] = getattr(check_request_blocks, "validated", 0)
    assert_no_problems(problems)


def test_worked_values_recomputed():
    problems = check_worked_values(ROOT)
    counted = getattr(check_worked_values, "counted", {})
    COUNTS["worked Base64 strings recomputed"] = counted.get("base64", 0)
    COUNTS["worked signature_key values recomputed"] = counted.get("signature", 0)
    assert_no_problems(problems)


def test_only_placeholder_keys():
    assert_no_problems(check_secrets(ROOT))


def test_curl_commands_written_in_pages():
    """Illustrative curl commands in pages follow the same rules as samples/ (host, key, headers, JSON, schema)."""
    problems, requests = check_inline_curl(ROOT)
    COUNTS["curl commands in pages checked"] = len(requests)
    assert_no_problems(problems)
